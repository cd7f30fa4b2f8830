"""Options several commands share, and how they are resolved."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer

from planctl.messages import Lang
from planctl.render.formats import FormatTable

LangOption = Annotated[
    Lang | None,
    typer.Option("--lang", help="Language of messages: da or en (default: from the locale, Danish when it is Danish)."),
]

OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", metavar="FILE",
                 help="Write to this file (atomically) instead of standard output.", show_default=False),
]


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
