"""The words a comparison is written in, Danish and English.

The comparison model is built for one language: its cells say in words what they hold
("ingen mål i planen", "ikke et ministermål i 2021"), so every renderer prints the same.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from planctl.data import target_groups
from planctl.model.values import format_danish_number

Lang = str

MONTH_ABBREVIATIONS = {
    "da": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}

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
    """37818 -> '37.818' in Danish, '37,818' in English."""
    if lang == "da":
        return format_danish_number(value)
    from babel.numbers import format_decimal

    return format_decimal(value, locale="en_GB", decimal_quantization=False)


def percent(part: int, whole: int, lang: Lang) -> str:
    """9 of 11 -> '82 pct.' / '82%' (rounded half up, as a person would)."""
    share = (Decimal(100 * part) / Decimal(whole)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{number(share, lang)} pct." if lang == "da" else f"{number(share, lang)}%"


def count_goals(n: int, lang: Lang) -> str:
    return say(lang, f"{n} mål", f"{n} goal" if n == 1 else f"{n} goals")


def count_sections(n: int, lang: Lang) -> str:
    return say(lang, f"{n} afsnit", f"{n} section" if n == 1 else f"{n} sections")


def kinds_text(kinds: dict[str, int], lang: Lang) -> str:
    """{'change': 2, 'level': 1} -> '2 ændringer, 1 niveau'."""
    words = KINDS[lang]
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
