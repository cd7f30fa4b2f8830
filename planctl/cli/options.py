"""Options several commands share, and how they are resolved."""

# No `from __future__ import annotations` here, as in cli/check.py: Typer reads the signatures of
# the option callbacks, and annotations written as text it evaluates again, twice.

import os
import subprocess
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Any, NamedTuple

import typer

from planctl.errors import PlanctlError, Problem
from planctl.messages import Lang
from planctl.render.formats import FormatTable
from planctl.render.page import COLOR_CHOICES


def _color_choice(value: str) -> str:
    if value not in COLOR_CHOICES:
        raise typer.BadParameter(f"'{value}' is not one of {', '.join(COLOR_CHOICES)}")
    return value


ColorOption = Annotated[
    str,
    typer.Option("--color", metavar="|".join(COLOR_CHOICES), callback=_color_choice,
                 help="Colour on a terminal (auto, honouring NO_COLOR and FORCE_COLOR), always or never."),
]

LangOption = Annotated[
    Lang | None,
    typer.Option("--lang", metavar="da|en",
                 help="Language of messages: da or en (default: from the locale, Danish when it is Danish)."),
]

OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", metavar="FILE",
                 help="Write to this file (atomically) instead of standard output.", show_default=False),
]


TemplateOption = Annotated[
    Path | None,
    typer.Option("--template", metavar="FILE", show_default=False,
                 help="docx: the municipality's Word template (.docx or .dotx) whose styles, page, header and "
                      "footer to use."),
]


class WordOptions(NamedTuple):  # not a frozen dataclass: made at import far faster (see `errors.Problem`)
    """What a Word document is made with: who and when (for tracked changes), and the template."""

    author: str | None = None
    when: str | None = None
    template: Path | None = None

    def resolved(self) -> dict[str, object]:
        """The renderer's options: the author and date defaulted, the template checked."""
        if self.template is not None and not self.template.exists():
            raise PlanctlError(Problem("--template: no such file", self.template))
        return {"author": self.author or _git_user() or "planctl", "date": _moment(self.when),
                "template": self.template}


def _git_user() -> str | None:
    """The name in `git config user.name`, as Word takes the user's name for their changes."""
    try:
        found = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return found.stdout.strip() or None


def _moment(text: str | None) -> datetime:
    if text is None:
        return datetime.now(timezone.utc).replace(microsecond=0)
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise PlanctlError(Problem(f"--date: '{text}' is not an ISO 8601 date or time",
                                   hint="e.g. 2018-11-21 or 2018-11-21T09:00:00Z")) from None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def resolve_lang(lang: Lang | None) -> Lang:
    if lang is not None:
        return lang
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return Lang.da if value.lower().startswith("da") else Lang.en
    return Lang.en


def format_option(table: FormatTable[Any], help_text: str = "Output format") -> Any:
    """A --format option whose choices are the names in the result's format table."""

    def choose(value: str | None) -> str | None:
        if value is not None and value not in table.names:
            raise typer.BadParameter(f"'{value}' is not one of {', '.join(table.names)}")
        return value

    return typer.Option("--format", metavar="|".join(table.names), callback=choose,
                        help=f"{help_text}: {', '.join(table.names)}.")


def split_codes(values: list[str] | None) -> tuple[str, ...]:
    """--select U,C --select M001 -> ('U', 'C', 'M001')."""
    return tuple(code.strip().upper() for value in values or [] for code in value.split(",") if code.strip())
