"""show --format text: the plan as a document in the terminal, drawn with Rich.

Headings by level, prose wrapped to the width, lists with hanging indents, each goal with
its id in bold and its target in words below it, tables as tables. Plan text is printed as
`Text` through `printable()`, so neither Rich markup nor escape codes in a plan take effect.
"""

from __future__ import annotations

import re

from rich import box
from rich.cells import cell_len
from rich.console import Console, RenderableType
from rich.table import Table as RichTable
from rich.text import Text

from planctl.render.page import Page
from planctl.render.plan.document import Block, Paragraph, PlanDocument, Role, Table
from planctl.render.terminal import drawn, printable

_BULLET = "  • "
_STYLES: dict[Role, str] = {
    "title": "bold",
    "draft": "bold reverse red",
    "goal-id": "bold",
    "target": "dim italic",
    "label": "bold",
    "caption": "bold",
    "note": "dim",
    "colophon": "dim",
}
# Pairs of roles that belong together and are printed without a blank line between them:
# the title block, a goal (id, text, target, note), a list under its label, a caption and its table.
_TOGETHER: set[tuple[str, str]] = {
    ("title", "subtitle"), ("subtitle", "draft"), ("subtitle", "date"), ("draft", "date"),
    ("goal-id", "goal"), ("goal", "target"), ("target", "target"), ("goal", "note"), ("target", "note"),
    ("label", "bullet"), ("bullet", "bullet"), ("bullet", "target"), ("bullet", "note"),
    ("caption", "table"), ("table", "note"),
}
# A cell that is a number as a Danish table prints it: "37.818", "-13%", "4,2", "49 pct.".
_NUMBER = re.compile(r"^[-−+]?\d[\d.,]*\s?(?:%|pct\.)?$")


def render(document: PlanDocument, page: Page) -> str:
    def draw(console: Console) -> None:
        previous: Block | None = None
        in_item = False  # a list item's target and note stand indented under it
        for block in document.blocks:
            if previous is not None and (_kind(previous), _kind(block)) not in _TOGETHER:
                console.print()
            in_item = isinstance(block, Paragraph) and (
                block.role == "bullet" or (in_item and block.role in ("target", "note")))
            console.print(_drawn(block, indent=in_item))
            if isinstance(block, Paragraph) and block.role == "heading" and not page.color:
                console.print(_rule(block, console))
            previous = block

    return drawn(page, draw)


def _kind(block: Block) -> str:
    return "table" if isinstance(block, Table) else block.role


def _drawn(block: Block, *, indent: bool) -> RenderableType:
    if isinstance(block, Table):
        return _table(block)
    text = Text(printable(block.text, keep_newlines=True), style=_style(block))
    if block.role == "bullet":
        return _hanging(_BULLET, text)
    return _hanging(" " * len(_BULLET), text) if indent else text


def _style(paragraph: Paragraph) -> str:
    if paragraph.role == "heading":
        return "bold underline" if paragraph.level <= 1 else "bold"
    return _STYLES.get(paragraph.role, "")


def _rule(heading: Paragraph, console: Console) -> Text:
    """Without colour, bold and underline do not show: a heading is underlined in characters."""
    line = "═─┄"[min(max(heading.level, 1), 3) - 1]
    wrapped = Text(printable(heading.text)).wrap(console, console.width)
    return Text(line * max((cell_len(part.plain.rstrip()) for part in wrapped), default=0))


def _hanging(marker: str, text: Text) -> RichTable:
    """The text wrapped beside its marker, every line after the first indented under the first."""
    grid = RichTable.grid()
    grid.add_column(no_wrap=True, width=len(marker))
    grid.add_column(overflow="fold")
    grid.add_row(marker, text)
    return grid


def _table(block: Table) -> RichTable:
    """A real table: the header row bold, numbers right-aligned, long cells folded to the width."""
    header = block.rows[0] if block.rows and block.rows[0].header else None
    body = [row for row in block.rows if row is not header]
    long = any(len(cell.text) > 40 or "\n" in cell.text for row in body for cell in row.cells)
    table = RichTable(box=box.SQUARE, show_header=header is not None, header_style="bold",
                      show_lines=long, expand=bool(block.widths))
    columns = max(len(row.cells) for row in block.rows) if block.rows else 0
    for index in range(columns):
        cells = [row.cells[index].text for row in body if index < len(row.cells)]
        numeric = index > 0 and any(cells) and all(_NUMBER.match(cell) for cell in cells if cell)
        title = header.cells[index].text if header is not None and index < len(header.cells) else ""
        table.add_column(Text(printable(title)), justify="right" if numeric else "left", overflow="fold",
                         ratio=int(block.widths[index] * 10) if index < len(block.widths) else None)
    for row in body:
        table.add_row(*(_cell(cell.text) for cell in row.cells))
    return table


def _cell(text: str) -> Text:
    """A cell's lines (the overview's følgemål) stand apart, as paragraphs, when they wrap."""
    return Text(printable(text.replace("\n", "\n\n"), keep_newlines=True))
