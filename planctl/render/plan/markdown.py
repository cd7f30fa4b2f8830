"""show --format markdown: the plan as a document for GitHub, a wiki or an email.

The title is `#`, the plan's headings `##` to `#####` by level, list items `- `, a goal's id
in bold with its text below and its target in italics, tables as GitHub tables. Plan text is
escaped, so nothing in a plan becomes a link, a heading, a list or HTML by accident.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from planctl.render.markdown import escape, header, row
from planctl.render.page import Page
from planctl.render.plan.document import Block, Cell, Emphasis, Paragraph, PlanDocument, Role, Run, Table

# What a paragraph may not start with, lest Markdown read it as a heading, a list or a rule.
_BLOCK_START = re.compile(r"^(?:(\d{1,9})([.)])(?=\s|$)|([#+=~-]))")


def _strong(text: str) -> str:
    return f"**{text}**"


def _emphasis(text: str) -> str:
    return f"*{text}*"


_FORMS: dict[Role, Callable[[str], str]] = {
    "title": lambda text: f"# {text}",
    "draft": _strong,
    "goal-id": _strong,
    "label": _strong,
    "caption": _strong,
    "target": _emphasis,
    "note": _emphasis,
    "colophon": _emphasis,
    "bullet": lambda text: f"- {_unblocked(text)}",
}


def render(document: PlanDocument, page: Page) -> str:
    out: list[str] = []
    previous: Block | None = None
    in_item = False  # a list item's target and note are paragraphs inside the item
    for block in document.blocks:
        markdown = _table(block) if isinstance(block, Table) else _paragraph(block)
        if not markdown:
            continue
        continues = in_item and isinstance(block, Paragraph) and block.role in ("target", "note")
        if continues:
            markdown = "  " + markdown
        if out:
            tight = _is_bullet(previous) and _is_bullet(block)
            out.append("\n" if tight else "\n\n")
        out.append(markdown)
        in_item = _is_bullet(block) or continues
        previous = block
    return "".join(out) + "\n"


def _is_bullet(block: Block | None) -> bool:
    return isinstance(block, Paragraph) and block.role == "bullet"


def _paragraph(paragraph: Paragraph) -> str:
    text = _emphasised(paragraph.runs, " ") if _has_emphasis(paragraph.runs) else _escaped(paragraph.text)
    if not text:
        return ""
    if paragraph.role == "heading":
        return "#" * (min(max(paragraph.level, 1), 4) + 1) + " " + text
    form = _FORMS.get(paragraph.role)
    return form(text) if form else _unblocked(text)


def _escaped(text: str) -> str:
    """Plan text safe in Markdown: escaped (strike-through included), on one line, trimmed."""
    return escape(text).strip()


def _unblocked(text: str) -> str:
    """'1. Alle ledige …' stays a sentence, not a numbered list; likewise '#', '-', '+', '='."""
    return _BLOCK_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text, count=1)


def _table(table: Table) -> str:
    """A GitHub table; a cell's line breaks become <br>, the only way to break a line in a cell."""
    rows = [[_cell(cell) for cell in row_.cells] for row_ in table.rows]
    if not rows:
        return ""
    if table.rows[0].header:
        lines = header([cell.text for cell in table.rows[0].cells])
        body = rows[1:]
    else:  # GitHub needs a header row: an empty one keeps the first row a row
        lines = header([""] * len(rows[0]))
        body = rows
    width = len(table.rows[0].cells)
    return "\n".join([*lines, *(row((cells + [""] * width)[:max(width, len(cells))]) for cells in body)])


def _cell(cell: Cell) -> str:
    if _has_emphasis(cell.runs):
        return _emphasised(cell.runs, "<br>")
    return "<br>".join(_escaped(line) for line in cell.text.split("\n"))


# Bold as **…**, struck-through text as GitHub's ~~…~~, underlined as <ins>…</ins> (Markdown has no underline).
_EMPHASIS_MARKS: dict[Emphasis, tuple[str, str]] = {"": ("", ""), "strong": ("**", "**"), "strike": ("~~", "~~"),
                                                    "underline": ("<ins>", "</ins>")}


def _has_emphasis(runs: tuple[Run, ...]) -> bool:
    return any(run.emphasis for run in runs)


def _emphasised(runs: tuple[Run, ...], newline: str) -> str:
    """Runs with their display emphasis; spaces stay outside the marks, where GitHub needs them."""
    out: list[str] = []
    for run in runs:
        if run.mark == "delete" or not run.text.strip():
            out.append(" " if run.text and run.mark != "delete" else "")
            continue
        text = newline.join(escape(line) for line in run.text.split("\n"))
        opening, closing = _EMPHASIS_MARKS[run.emphasis]
        core = text.strip()
        lead, trail = text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]
        out.append(f"{lead}{opening}{core}{closing}{trail}")
    return re.sub(" {2,}", " ", "".join(out)).strip()
