"""The words a comparison is written in, Danish and English.

The comparison model is built for one language: its cells say in words what they hold
("ingen mål i planen", "ikke et ministermål i 2021"), so every renderer prints the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from babel.numbers import format_decimal

from planctl.data import target_groups
from planctl.model.values import MONTHS, format_danish_number

if TYPE_CHECKING:
    from planctl.compare.model import PlanColumn

Lang = str

MONTH_ABBREVIATIONS = {
    "da": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")

STATUS = {
    "da": {"draft": "udkast", "final": "endelig", "adopted": "vedtaget"},
    "en": {"draft": "draft", "final": "final", "adopted": "adopted"},
}

# Kinds of target, as counted in a cell: (singular, plural).
KINDS: dict[str, dict[str, tuple[str, str]]] = {
    "da": {
        "change": ("ændring", "ændringer"),
        "level": ("niveau", "niveauer"),
        "relative": ("relativt", "relative"),
        "qualitative": ("kvalitativt", "kvalitative"),
        "deferred": ("udskudt", "udskudte"),
        "none": ("uden mål", "uden mål"),
    },
    "en": {
        "change": ("change", "changes"),
        "level": ("level", "levels"),
        "relative": ("relative", "relative"),
        "qualitative": ("qualitative", "qualitative"),
        "deferred": ("deferred", "deferred"),
        "none": ("without target", "without target"),
    },
}
KIND_ORDER = ("change", "level", "relative", "qualitative", "deferred", "none")


def say(lang: Lang, da: str, en: str) -> str:
    """The Danish or the English wording."""
    return da if lang == "da" else en


def number(value: Decimal | int, lang: Lang) -> str:
    """37818 -> '37.818' in Danish, '37,818' in English; the printed precision kept ('4,0', not '4')."""
    decimals = max(0, -int(value.as_tuple().exponent)) if isinstance(value, Decimal) else 0
    if lang == "da" and decimals == 0:
        return format_danish_number(value)
    # format_danish_number drops trailing zeros; a figure printed "4,0 pct." must stay "4,0".
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale="da_DK" if lang == "da" else "en_GB")


def percent(part: int, whole: int, lang: Lang) -> str:
    """9 of 11 -> '82 pct.' / '82%' (rounded half up, as a person would)."""
    share = (Decimal(100 * part) / Decimal(whole)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{number(share, lang)} pct." if lang == "da" else f"{number(share, lang)}%"


def count_goals(n: int, lang: Lang) -> str:
    return say(lang, f"{n} mål", f"{n} goal" if n == 1 else f"{n} goals")


def count_sections(n: int, lang: Lang) -> str:
    return say(lang, f"{n} afsnit", f"{n} section" if n == 1 else f"{n} sections")


def kinds_text(kinds: dict[str, int], lang: Lang, *, counted: bool = False) -> str:
    """{'change': 2, 'level': 1} -> '2 ændringer, 1 niveau'; {'change': 2} -> 'ændringer' unless counted."""
    words = KINDS[lang]
    present = [kind for kind in KIND_ORDER if kinds.get(kind)]
    if len(present) == 1 and not counted:
        kind = present[0]
        return words[kind][0] if kinds[kind] == 1 else words[kind][1]
    return ", ".join(
        f"{kinds[kind]} {words[kind][0] if kinds[kind] == 1 else words[kind][1]}"
        for kind in KIND_ORDER if kinds.get(kind)
    )


def group_label(code: str) -> str:
    """A target group's label from the vocabulary: Danish domain words, in either language."""
    info = target_groups().get(code)
    return info.label if info is not None else code


def joined(items: list[str], lang: Lang) -> str:
    """['a', 'b', 'c'] -> 'a, b og c' / 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {say(lang, 'og', 'and')} {items[-1]}"


def long_date(iso: str, lang: Lang) -> str:
    """'2020-11-18' -> '18. november 2020' / '18 November 2020'."""
    year, month, day = (int(part) for part in iso.split("-"))
    if lang == "da":
        return f"{day}. {MONTHS[month - 1]} {year}"
    return f"{day} {MONTHS_EN[month - 1]} {year}"


def identity_rows(plans: Sequence[PlanColumn], lang: Lang) -> list[tuple[str, list[str]]]:
    """The rows that say which plans are compared: municipality, title, period, status, file."""
    return [
        (say(lang, "Kommune", "Municipality"), [f"{p.municipality} ({p.code})" for p in plans]),
        (say(lang, "Titel", "Title"), [p.title for p in plans]),
        (say(lang, "Periode", "Period"), [p.period for p in plans]),
        ("Status", [p.status_label + (f", {long_date(p.date, lang)}" if p.date else "") for p in plans]),
        (say(lang, "Fil", "File"), [p.file for p in plans]),
    ]


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Control characters (a terminal escape code in a plan's text) made visible, '\\x1b', never sent raw."""
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
