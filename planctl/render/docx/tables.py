"""Real Word tables: a header row that repeats on every page, rows that do not split, sensible widths.

python-docx's `add_table` gives every column the same width, so a goal's id gets as much
room as its wording. A plan table says its relative widths (`Table.widths`) where it knows
them; otherwise each column gets room for its longest word and its short labels, and the
text columns get the rest in proportion to how much text they hold.
"""

from __future__ import annotations

import re

from planctl.render.docx.ooxml import Element, element
from planctl.render.docx.revisions import TAGS, Revisions
from planctl.render.docx.runs import Inline
from planctl.render.plan.document import Mark, Row, Table

_HEADER_FILL = "D9D9D9"
_SHORT = 12  # a cell this short (an id, a number, a month) should not wrap
_LONG = 60  # beyond this many characters on average a column needs no more room
_EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")
_FIGURE = re.compile(r"[-+−]?\d[\d.,]*\s?(%|pct\.)?")


def column_widths(table: Table, total: int) -> list[int]:
    """The columns' widths in twentieths of a point, summing to `total`."""
    columns = max((len(row.cells) for row in table.rows), default=1)
    weights = list(table.widths) if len(table.widths) == columns else [_need(table, c) for c in range(columns)]
    whole = sum(weights) or 1.0
    widths = [int(total * weight / whole) for weight in weights]
    widths[-1] += total - sum(widths)
    return widths


def figure_columns(table: Table) -> set[int]:
    """The columns whose body cells are all figures ("37.818", "-2%", "4,2"): set flush right."""
    body = [row for row in table.rows if not row.header]
    columns = max((len(row.cells) for row in table.rows), default=0)
    return {column for column in range(columns)
            if body and all(column < len(row.cells) and _FIGURE.fullmatch(row.cells[column].text.strip())
                            for row in body)}


def _need(table: Table, column: int) -> float:
    """How much room a column wants, in characters."""
    texts = [(row.header, row.cells[column].text) for row in table.rows if column < len(row.cells)]
    longest_word = max((len(word) for _, text in texts for word in text.split()), default=0)
    short = max((len(text) for _, text in texts if len(text) <= _SHORT), default=0)
    body = [len(text) for header, text in texts if not header]
    mean = sum(body) / len(body) if body else 0.0
    return float(max(longest_word, short, min(mean, _LONG), 3))


class TableWriter:
    """Writes one plan table; the grid style when the template has one, else borders of its own."""

    def __init__(self, inline: Inline, revisions: Revisions, style_id: str | None, text_style: str,
                 width: int) -> None:
        self.inline = inline
        self.revisions = revisions
        self.style_id = style_id
        self.text_style = text_style
        self.width = width

    def table(self, table: Table) -> Element:
        widths = column_widths(table, self.width)
        figures = figure_columns(table)
        made = element("w:tbl", self._properties(), element("w:tblGrid", *(
            element("w:gridCol", w=str(width)) for width in widths)))
        for row in table.rows:
            made.append(self._row(row, widths, figures, table.mark if table.mark != "equal" else row.mark))
        return made

    def _properties(self) -> Element:
        properties = element("w:tblPr")
        if self.style_id is not None:
            properties.append(element("w:tblStyle", val=self.style_id))
        properties.append(element("w:tblW", w=str(self.width), type="dxa"))
        if self.style_id is None:
            properties.append(element("w:tblBorders", *(
                element(f"w:{edge}", val="single", sz="4", space="0", color="auto") for edge in _EDGES)))
        properties.append(element("w:tblLayout", type="fixed"))
        if self.style_id is None:
            properties.append(element("w:tblCellMar", element("w:left", w="108", type="dxa"),
                                      element("w:right", w="108", type="dxa")))
        properties.append(element("w:tblLook", val="04A0", firstRow="1", lastRow="0", firstColumn="1",
                                  lastColumn="0", noHBand="0", noVBand="1"))
        return properties

    def _row(self, row: Row, widths: list[int], figures: set[int], mark: Mark) -> Element:
        properties = element("w:trPr", element("w:cantSplit"))
        if row.header:
            properties.append(element("w:tblHeader"))
        if mark != "equal":
            properties.append(self.revisions.mark(TAGS[mark]))
        made = element("w:tr", properties)
        for index, width in enumerate(widths):
            runs = row.cells[index].runs if index < len(row.cells) else ()
            cell_properties = element("w:tcPr", element("w:tcW", w=str(width), type="dxa"))
            if row.header:
                cell_properties.append(element("w:shd", val="clear", color="auto", fill=_HEADER_FILL))
            text = element("w:pPr", element("w:pStyle", val=self.text_style))
            if index in figures:
                text.append(element("w:jc", val="right"))
            paragraph = element("w:p", text, *self.inline.runs(runs, row.origin, mark, bold=row.header))
            made.append(element("w:tc", cell_properties, paragraph))
        return made
