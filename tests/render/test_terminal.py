"""The terminal's lines written without Rich's console are the lines Rich's console writes."""

from __future__ import annotations

import io

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from planctl.render.page import Page
from planctl.render.terminal import console_for, folded, printed

# One-cell letters and punctuation, no-break space and a line separator (whitespace Rich folds at,
# measured as 1 and 0 cells), wide letters, a combining mark, a tab, a joiner, a variation selector.
_ONE_CELL = "abcæøåÆØÅ.,-'–é/ \xa0\u2028"
_ANY = _ONE_CELL + "漢字\u3000\u0301\t\u200d\ufe0f☺"
_TEXTS = (st.text(alphabet=_ONE_CELL, max_size=60) | st.text(alphabet=_ANY, max_size=60)
          | st.lists(st.text(alphabet="abc", min_size=1, max_size=40) | st.sampled_from([" ", "   ", "\xa0"]),
                     max_size=8).map("".join))


def _rich_folds(text: str, width: int) -> list[str]:
    console = Console(file=io.StringIO())
    try:
        return [line.plain for line in Text(text).wrap(console, width, justify="default", overflow="fold")]
    except (ZeroDivisionError, IndexError):  # Rich's own failure to cut some runs of zero-width characters
        assume(False)
        raise


@settings(max_examples=1500, deadline=None)
@given(_TEXTS, st.integers(1, 50))
def test_folded_lines_are_the_lines_rich_folds(text: str, width: int) -> None:
    assert folded(text, width) == _rich_folds(text, width)


@pytest.mark.parametrize(("text", "width", "lines"), [
    ("aaaa     b", 5, ["aaaa ", "b"]),  # whitespace past the width dropped, within it kept
    ("abcdefghij k", 4, ["abcd", "efgh", "ij k"]),  # a word wider than a line cut into pieces
    ("abcdefghij  k", 4, ["abcd", "efgh", "ij  ", "k"]),  # the whitespace after it counted
    ("  leading", 20, ["  leading"]),
    ("é\u2028", 1, ["é"]),  # whitespace of no cells past the width in characters dropped, as Rich does
    ("", 5, [""]),
])
def test_folded_as_rich_folds_at_its_edges(text: str, width: int, lines: list[str]) -> None:
    assert folded(text, width) == lines == _rich_folds(text, width)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(1, 50), st.booleans(), st.sampled_from(["bold underline", "bold red", "dim", "cyan"]))
def test_printed_is_what_the_console_prints(text: str, width: int, color: bool, style: str) -> None:
    page = Page(width=width, color=color)
    console = console_for(page)
    try:
        console.print(Text(text, style=style))
    except (ZeroDivisionError, IndexError):
        assume(False)
    assert isinstance(console.file, io.StringIO)
    assert printed(text, style, page) == console.file.getvalue()
