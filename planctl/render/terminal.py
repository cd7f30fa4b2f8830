"""The terminal as a medium: the console every text renderer draws on, and text made safe to print.

A text renderer draws on a `Console` made by `console_for(page)` and returns what was drawn,
so the command writes the same bytes to standard output or to an `-o` file. Colour and
styles follow the page: on a terminal, off when piped, written to a file or under NO_COLOR.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable

from rich.console import Console

from planctl.render.page import Page

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Text from a plan with its control characters made visible ('\\x1b'), never sent raw.

    Applied by every renderer that prints plan text for a terminal, a Markdown reader, a CI
    log or an XML report; Rich markup needs no escaping because renderers print plan text as
    `Text`, never as markup.
    """
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


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
