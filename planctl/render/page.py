"""What every renderer is told about where its output goes: language, width, colour."""

from __future__ import annotations

import os
import shutil
import sys

from planctl.messages import Lang


class Page:
    """The medium a result is rendered for.

    `width` and `color` matter to terminal renderers only; `options` carries a command's
    switches that change the rendering (diff's `--stat`, show's `--template`), by name. A
    renderer that has something to tell the user besides its output (a template lacks a
    style) adds a line to `notices`, once; the command prints them on standard error.

    A plain class, not a dataclass: made at import far faster (see `errors.Problem`), and a page
    left without options or notices gets its own.
    """

    __slots__ = ("color", "lang", "notices", "options", "width")

    def __init__(self, lang: Lang = Lang.en, width: int = 80, color: bool = False,
                 options: dict[str, object] | None = None, notices: list[str] | None = None) -> None:
        self.lang = lang
        self.width = width
        self.color = color
        self.options: dict[str, object] = {} if options is None else options
        self.notices: list[str] = [] if notices is None else notices


COLOR_CHOICES = ("auto", "always", "never")


def wants_color(choice: str, on_terminal: bool) -> bool:
    """Colour (and every other escape sequence) or none, as `--color` and the environment say.

    `always` and `never` win; under `auto`, NO_COLOR (set and not empty, no-color.org) turns
    colour off, FORCE_COLOR (set and not empty, force-color.org) turns it on where output is
    piped, and otherwise a terminal gets colour and anything else does not.
    """
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return on_terminal


def terminal_page(lang: Lang, *, to_file: bool, color: str = "auto", **options: object) -> Page:
    """The page for standard output (or an -o file, which is never coloured).

    Colour as `wants_color` decides for standard output; the width is the terminal's, or
    COLUMNS, or 80 when piped, as Rich decides it.
    """
    on_terminal = not to_file and sys.stdout.isatty()
    colored = not to_file and wants_color(color, on_terminal)
    if "COLUMNS" in os.environ and os.environ["COLUMNS"].isdigit():
        width = int(os.environ["COLUMNS"])
    elif on_terminal:
        width = shutil.get_terminal_size().columns
    else:
        width = 80
    return Page(lang=lang, width=width, color=colored, options=options)
