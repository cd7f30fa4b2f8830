"""The terminal as a medium: the console every text renderer draws on, and text made safe to print.

A text renderer draws on a `Console` made by `console_for(page)` and returns what was drawn,
so the command writes the same bytes to standard output or to an `-o` file. Colour and
styles follow the page: on a terminal, off when piped, written to a file or under NO_COLOR.
A renderer whose lines are simple (a text of one style, folded to the width) may write them
itself with `folded` and `painted`, the same bytes the console would write for far less work.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from rich.cells import cell_len
from rich.color import ColorSystem
from rich.console import Console, RenderableType
from rich.style import Style
from rich.text import Text

from planctl.render.page import Page

# What must never reach a terminal or a CI log raw: C0 and C1 controls (ESC starts terminal
# sequences, BEL and OSC write titles and clipboards), the bidi embeddings, overrides and
# isolates that reorder what is shown (U+202A-U+202E, U+2066-U+2069), and lone surrogates
# (a file name's undecodable bytes). Newlines too where the output is one line per item.
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
# A GitHub workflow command is a line that starts with '::'.
_WORKFLOW_COMMAND = re.compile(r"^(\s*):(?=:)", re.MULTILINE)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    if code == 0x0A:
        return "\\n"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """Text from a plan or a file name with what is unsafe made visible ('\\x1b', '\\u202e'), never sent raw.

    Applied by every renderer that prints plan text for a terminal, a Markdown reader, a CI
    log or an XML report; Rich markup needs no escaping because renderers print plan text as
    `Text`, never as markup. A newline is shown as '\\n' unless the caller lays out lines
    itself (`keep_newlines`), so a text can never start a line of its own in a line-oriented
    report. Danish letters and all other printable text are kept as they are.
    """
    return _unsafe(keep_newlines).sub(_visible, text)


@cache
def _unsafe(keep_newlines: bool) -> re.Pattern[str]:
    """What `printable` replaces, compiled when first asked for (~0.3 ms each): a command prints
    mostly one kind of text, and `check --format concise` never lays out lines itself."""
    return re.compile(f"[{_UNSAFE}]" if keep_newlines else f"[{_UNSAFE}\n]")


def safe_lines(text: str) -> str:
    """Output for a log with no line that a CI runner would take as a workflow command ('::error')."""
    return _WORKFLOW_COMMAND.sub(lambda match: f"{match.group(1)}\\x3a", text)


def printable_strings(data: object) -> object:
    """Every string in plain data (a model dump) made printable."""
    if isinstance(data, str):
        return printable(data)
    if isinstance(data, list):
        return [printable_strings(item) for item in data]
    if isinstance(data, dict):
        return {key: printable_strings(value) for key, value in data.items()}
    return data


def console_for(page: Page) -> Console:
    """A console that records into memory, as wide and as colourful as the page allows."""
    return Console(
        file=io.StringIO(),
        width=page.width,
        force_terminal=page.color,
        no_color=not page.color,
        color_system="truecolor" if page.color else None,
        highlight=False,
        emoji=False,
    )


def trimmed(text: str) -> str:
    """Lines without the padding Rich leaves at their ends."""
    return "".join(line.rstrip() + "\n" for line in text.splitlines())


def drawn(page: Page, draw: Callable[[Console], None]) -> str:
    """Run `draw` on a fresh console for the page and return what it printed, trimmed."""
    console = console_for(page)
    draw(console)
    return trimmed(_recorded(console))


# A word as Rich's folding sees it: the whitespace before (at the start of a text only), the word,
# and the whitespace after it (group 1), which stays on the word's line.
_WORD = re.compile(r"\s*\S+(\s*)")
# The characters met so far that Rich measures as one cell each (most text is Latin letters, digits
# and punctuation): a text made of them alone is folded by counting characters.
_ONE_CELL: set[str] = set()


def cells(text: str) -> int:
    """The cells a text takes on a terminal, as Rich measures it (`rich.cells.cell_len`)."""
    return len(text) if _one_cell_each(text) else cell_len(text)


def folded(text: str, width: int) -> list[str]:
    """The lines Rich folds a printable one-line text into at `width` cells (at least 1): the lines
    of `Text.wrap` with overflow 'fold', as `Console.print` of a `Text` and a table cell make them,
    without the padding a cell adds after them.

    A text of one-cell characters is folded here as Rich folds it (`rich._wrap.divide_line`, where
    cells are characters), ~10x faster; so is any text that fits; any other by `Text.wrap` itself.
    """
    if _one_cell_each(text):
        return [text] if len(text) <= width else _folded_by_characters(text, width)
    # A text fits if it is no wider than the line (its words' cells add up to no more than its own: a
    # variation selector that widens an emoji in the text adds nothing at the start of a word) and has
    # no tab, which Rich expands before it folds; Rich drops whitespace past `width` characters, not cells.
    if cell_len(text) <= width and "\t" not in text and (len(text) <= width or not text[-1].isspace()):
        return [text]
    lines = Text(text).wrap(_folding_console(), width, justify="default", overflow="fold")
    return [line.plain for line in lines]


def _one_cell_each(text: str) -> bool:
    """Whether Rich measures every character of the text as one cell (the characters seen so far are known)."""
    for character in set(text).difference(_ONE_CELL):
        if cell_len(character) != 1:  # wide, or none: a combining mark, a joiner, a tab
            return False
        _ONE_CELL.add(character)
    return True


def _folded_by_characters(text: str, width: int) -> list[str]:
    """`Text.wrap`'s lines of a text whose every character is one cell, a cell counted as a character.

    As Rich does: a word goes on the line if it fits without the whitespace after it, else on the
    next line; a word wider than a line is cut into pieces of the width, the whitespace after it
    counted; each line is then cut to the width (which drops only whitespace that ran over).
    """
    breaks: list[int] = []
    used = 0  # cells taken on the current line
    for word in _WORD.finditer(text):
        start, end = word.span()
        length = word.start(1) - start  # without the whitespace after it
        if width - used >= length:
            used += end - start
        elif length > width:
            pieces = range(start, end, width)
            breaks.extend(piece for piece in pieces if piece)
            used = end - pieces[-1]
        elif used and start:
            breaks.append(start)
            used = end - start
    bounds = [0, *breaks, len(text)]
    return [text[line_start:line_end][:width] for line_start, line_end in pairwise(bounds)]


@cache
def _folding_console() -> Console:
    """`Text.wrap` asks for a console to justify by; left as it is ('default'), a text never reaches it."""
    return Console(file=io.StringIO(), highlight=False, emoji=False)


def painted(text: str, style: str, page: Page) -> str:
    """The text in a style as Rich's console writes it: the style's escape sequence, the text and a
    reset where the page has colour; the text alone where it has none, or where there is no text."""
    if not page.color or not text:
        return text
    return Style.parse(style).render(text, color_system=ColorSystem.TRUECOLOR)


def printed(text: str, style: str, page: Page) -> str:
    """What `Console.print(Text(text, style=style))` writes: the text folded to the page, each line painted.

    A text with a tab is printed by the console: Rich paints the spaces it expands a tab into apart
    from the text around them.
    """
    if "\t" in text:
        return console_printed(page, Text(text, style=style))
    return "".join(painted(line, style, page) + "\n" for line in folded(text, page.width))


def console_printed(page: Page, renderable: RenderableType) -> str:
    """What a fresh console for the page prints for the renderable, untrimmed."""
    console = console_for(page)
    console.print(renderable)
    return _recorded(console)


def _recorded(console: Console) -> str:
    """What a console made by `console_for` has printed."""
    output = console.file
    assert isinstance(output, io.StringIO)
    return output.getvalue()
