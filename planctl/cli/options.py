"""Options several commands share, and how they are resolved."""

from __future__ import annotations

import os
from enum import Enum
from typing import Annotated

import typer


class Lang(str, Enum):
    da = "da"
    en = "en"


LangOption = Annotated[
    Lang | None,
    typer.Option("--lang", help="Language of messages: da or en (default: from the locale, Danish when it is Danish)."),
]


def resolve_lang(lang: Lang | None) -> str:
    if lang is not None:
        return lang.value
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "da" if value.lower().startswith("da") else "en"
    return "en"


def split_codes(values: list[str] | None) -> tuple[str, ...]:
    """--select U,C --select M001 -> ('U', 'C', 'M001')."""
    return tuple(code.strip().upper() for value in values or [] for code in value.split(",") if code.strip())
