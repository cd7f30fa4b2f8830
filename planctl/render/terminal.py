"""The terminal as a medium: the console every text renderer draws on, and text made safe to print.

A text renderer draws on a `Console` made by `console_for(page)` and returns what was drawn,
so the command writes the same bytes to standard output or to an `-o` file. Colour and
styles follow the page: on a terminal, off when piped, written to a file or under NO_COLOR.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from functools import cache

from rich.console import Console

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
    output = console.file
    assert isinstance(output, io.StringIO)
    return trimmed(output.getvalue())
