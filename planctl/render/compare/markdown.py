"""compare --format markdown: the comparison as GitHub-flavoured Markdown tables, for a pull request or an email.

One table per row group, plans as columns; a cell's further lines are joined with <br>.
Row notes are numbered footnotes under their table. Full row labels are kept (the
terminal view shortens them). Every text from a plan goes through the one Markdown escaper.
"""

from __future__ import annotations

from planctl.compare.model import Cell, Comparison, RowGroup
from planctl.render.compare.words import LEGEND, identity_rows, title
from planctl.render.markdown import code, escape, header, row, superscript
from planctl.render.page import Page


def render(comparison: Comparison, page: Page) -> str:
    """The comparison as Markdown, in the comparison's language."""
    lines = [f"# {escape(title(comparison))}", ""]
    lines += [f"- {escape(note)}" for note in comparison.notes]
    if comparison.notes:
        lines.append("")
    headers = [plan.header for plan in comparison.plans]
    lines += header(["", *headers])
    for label, values in identity_rows(comparison.plans, comparison.lang):
        lines.append(row([f"**{escape(label)}**", *[escape(v) for v in values]]))
    for group in comparison.groups:
        lines += ["", f"## {escape(group.title)}", ""]
        lines += _group(group, headers)
    if comparison.legend:
        lines += ["", f"**{LEGEND.text(comparison.lang)}:** " + " · ".join(
            f"*{escape(entry.term)}*: {escape(entry.meaning)}" for entry in comparison.legend)]
    return "\n".join(lines) + "\n"


def _group(group: RowGroup, headers: list[str]) -> list[str]:
    lines = header(["", *headers])
    footnotes: list[str] = []
    for each in group.rows:
        label = f"**{escape(each.label)}**"
        if each.note:
            if each.note not in footnotes:
                footnotes.append(each.note)
            label += superscript(footnotes.index(each.note) + 1)
        lines.append(row([label, *[_cell(cell) for cell in each.cells]]))
    if footnotes or group.notes:
        lines.append("")
    lines += [f"{superscript(i)} {escape(note)}  " for i, note in enumerate(footnotes, start=1)]
    lines += [f"*{_own_words(note)}*" for note in group.notes]
    return lines


def _own_words(note: str) -> str:
    """A group's note, planctl's own words, where `backticks` mark a command: shown as code, the rest escaped."""
    parts = note.split("`")
    if len(parts) % 2 == 0:  # an unpaired backtick marks nothing
        return escape(note)
    return "".join(code(part) if i % 2 else escape(part) for i, part in enumerate(parts))


def _cell(cell: Cell) -> str:
    parts = [escape(cell.text)]
    if cell.targets:
        parts += [f"**{escape(t.goal)}**: {escape(t.short)}" for t in cell.targets]
    else:
        parts += [escape(line) for line in cell.details]
    if cell.state == "unanswered":
        parts[0] = f"**{parts[0]}**"
    return "<br>".join(parts)
