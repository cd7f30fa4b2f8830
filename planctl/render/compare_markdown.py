"""compare --format markdown: the comparison as GitHub-flavoured Markdown tables, for a pull request or an email.

One table per row group, plans as columns; a cell's further lines are joined with <br>.
Row notes are numbered footnotes under their table. Full row labels are kept (the
terminal view shortens them).
"""

from __future__ import annotations

from planctl.compare.model import Cell, Comparison, RowGroup
from planctl.compare.words import identity_rows, printable_strings

_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def render_markdown(comparison: Comparison) -> str:
    comparison = Comparison.model_validate(printable_strings(comparison.model_dump()))
    da = comparison.lang == "da"
    n = len(comparison.plans)
    lines = [f"# {'Sammenligning af' if da else 'Comparison of'} {n} "
             f"{('plan' if n == 1 else 'planer') if da else ('plan' if n == 1 else 'plans')}", ""]
    lines += [f"- {_escape(note)}" for note in comparison.notes]
    if comparison.notes:
        lines.append("")
    headers = [plan.header for plan in comparison.plans]
    lines += _header(["", *headers])
    identity = identity_rows(comparison.plans, comparison.lang)
    for label, values in identity:
        lines.append(_row([f"**{label}**", *[_escape(v) for v in values]]))
    for group in comparison.groups:
        lines += ["", f"## {_escape(group.title)}", ""]
        lines += _group(group, headers)
    if comparison.legend:
        lines += ["", ("**Forklaring:** " if da else "**Legend:** ") + " · ".join(
            f"*{_escape(entry.term)}*: {_escape(entry.meaning)}" for entry in comparison.legend)]
    return "\n".join(lines) + "\n"


def _group(group: RowGroup, headers: list[str]) -> list[str]:
    lines = _header(["", *headers])
    footnotes: list[str] = []
    for row in group.rows:
        label = f"**{_escape(row.label)}**"
        if row.note:
            if row.note not in footnotes:
                footnotes.append(row.note)
            label += str(footnotes.index(row.note) + 1).translate(_SUPERSCRIPTS)
        lines.append(_row([label, *[_cell(cell) for cell in row.cells]]))
    if footnotes or group.notes:
        lines.append("")
    lines += [f"{str(i).translate(_SUPERSCRIPTS)} {_escape(note)}  " for i, note in enumerate(footnotes, start=1)]
    lines += [f"*{_escape(note)}*" for note in group.notes]
    return lines


def _cell(cell: Cell) -> str:
    parts = [_escape(cell.text)]
    if cell.targets:
        parts += [f"**{_escape(t.goal)}**: {_escape(t.short)}" for t in cell.targets]
    else:
        parts += [_escape(line) for line in cell.details]
    if cell.state == "unanswered":
        parts[0] = f"**{parts[0]}**"
    return "<br>".join(parts)


def _header(cells: list[str]) -> list[str]:
    return [_row([_escape(c) for c in cells]), "|" + "|".join(" --- " for _ in cells) + "|"]


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _escape(text: str) -> str:
    """Text from a plan, safe in a Markdown table cell: no pipes, HTML, links or line breaks."""
    return (text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
            .replace("*", "\\*").replace("_", "\\_").replace("[", "\\[").replace("]", "\\]").replace("\n", " "))
