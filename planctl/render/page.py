"""What every renderer is told about where its output goes: language, width, colour."""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field

from planctl.messages import Lang


@dataclass(frozen=True)
class Page:
    """The medium a result is rendered for.

    `width` and `color` matter to terminal renderers only; `options` carries a command's
    switches that change the rendering (diff's `--stat`, show's `--template`), by name. A
    renderer that has something to tell the user besides its output (a template lacks a
    style) adds a line to `notices`, once; the command prints them on standard error.
    """

    lang: Lang = Lang.en
    width: int = 80
    color: bool = False
    options: dict[str, object] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)


def terminal_page(lang: Lang, *, to_file: bool, **options: object) -> Page:
    """The page for standard output (or an -o file, which is never coloured).

    Colour only on a terminal and never under NO_COLOR; the width is the terminal's, or
    COLUMNS, or 80 when piped, as Rich decides it.
    """
    on_terminal = not to_file and sys.stdout.isatty()
    color = on_terminal and "NO_COLOR" not in os.environ
    if "COLUMNS" in os.environ and os.environ["COLUMNS"].isdigit():
        width = int(os.environ["COLUMNS"])
    elif on_terminal:
        width = shutil.get_terminal_size().columns
    else:
        width = 80
    return Page(lang=lang, width=width, color=color, options=options)
