"""Markdown as a medium (GitHub-flavoured, for a pull request, a wiki or an email)."""

from __future__ import annotations

from collections.abc import Sequence

from planctl.render.terminal import printable

_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


_ESCAPES = str.maketrans({
    "\\": "\\\\", "|": "\\|", "<": "&lt;", ">": "&gt;", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]",
    "`": "\\`", "~": "\\~", "\n": " ",
})


def escape(text: str) -> str:
    """Text from a plan, safe in Markdown and in a table cell: no pipes, HTML, links, emphasis,
    strike-through or line breaks."""
    return printable(text).translate(_ESCAPES)


def code(text: str) -> str:
    """Text shown as inline code (a file name), with backticks in it kept harmless."""
    text = printable(text).replace("\n", " ")
    fence = "``" if "`" in text else "`"
    return f"{fence} {text} {fence}" if fence == "``" else f"`{text}`"


def superscript(number: int) -> str:
    """3 -> '³', for footnote marks."""
    return str(number).translate(_SUPERSCRIPTS)


def row(cells: Sequence[str]) -> str:
    """One table row of cells that are already Markdown."""
    return "| " + " | ".join(cells) + " |"


def header(cells: Sequence[str]) -> list[str]:
    """A table's header row (plain text, escaped here) and its rule."""
    return [row([escape(c) for c in cells]), "|" + "|".join(" --- " for _ in cells) + "|"]
