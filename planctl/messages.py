"""Lang and the domain's words, said once in Danish and in English.

One way to say a thing in both languages:

- a fixed word or phrase is a `Message` (`STATUS["draft"].text(lang)`), a word that is
  counted is a `Noun` (`GOAL.count(3, lang)` -> "3 mål" / "3 goals");
- a sentence built from values is said with `say(lang, da=..., en=...)`.

Words that only one report uses live with that report's renderer or builder; the words
of the domain that several places say (statuses, kinds of target, directions, severities,
months, how numbers, dates and lists are written) live here.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from typing import NamedTuple


class Lang(str, Enum):
    """The language planctl writes in."""

    da = "da"
    en = "en"

    def __str__(self) -> str:
        return self.value


def say(lang: Lang | str, da: str, en: str) -> str:
    """The Danish or the English wording of one sentence."""
    return da if lang == Lang.da else en


# Message a NamedTuple, Noun a plain class (a tuple's `count` is its own), not frozen dataclasses: made at
# import far faster (see `errors.Problem`).
class Message(NamedTuple):
    """One word, phrase or template in Danish and in English."""

    da: str
    en: str

    def text(self, lang: Lang | str) -> str:
        return say(lang, self.da, self.en)

    def format(self, lang: Lang | str, **values: object) -> str:
        """The template in `lang` with `{name}` fields filled in."""
        return self.text(lang).format(**values)


class Noun:
    """A word that is counted: singular and plural in both languages."""

    __slots__ = ("da", "en")

    def __init__(self, da: tuple[str, str], en: tuple[str, str]) -> None:
        self.da = da
        self.en = en

    def text(self, lang: Lang | str, count: int = 1) -> str:
        singular, plural = self.da if lang == Lang.da else self.en
        return singular if count == 1 else plural

    def count(self, n: int, lang: Lang | str) -> str:
        """3 -> '3 mål' / '3 goals'."""
        return f"{number(n, lang)} {self.text(lang, n)}"


def noun(da: str, en: str, da_plural: str | None = None, en_plural: str | None = None) -> Noun:
    return Noun((da, da_plural or da), (en, en_plural or en + "s"))


# --- the plan and its parts ------------------------------------------------

PLAN = noun("plan", "plan", "planer")
GOAL = noun("mål", "goal")
SECTION = noun("afsnit", "section")
FILE = noun("fil", "file", "filer")
FINDING = noun("fund", "finding")
FOLLOW_UP = noun("følgemål", "følgemål", en_plural="følgemål")
KEY_FIGURE = noun("nøgletal", "key figure")
TABLE = noun("tabel", "table", "tabeller")

STATUS = {
    "draft": Message("udkast", "draft"),
    "final": Message("endelig", "final"),
    "adopted": Message("vedtaget", "adopted"),
    "unknown": Message("ukendt", "unknown"),
}
# What `status: unknown` means where a reader meets it: the document says no status.
STATUS_NOT_STATED = Message("status ikke angivet i dokumentet", "status not stated in the document")
# A minister's goal the plan prints as expected, not yet announced ("Herudover forventes et mål om ...").
EXPECTED_MINISTER_GOAL = Message("forventet, endnu ikke udmeldt", "expected, not yet announced")

# Kinds of target a goal can have ("none": the goal has no target).
TARGET_KINDS = {
    "change": noun("ændring", "change", "ændringer"),
    "level": noun("niveau", "level", "niveauer"),
    "relative": Noun(("relativt", "relative"), ("relative", "relative")),
    "qualitative": Noun(("kvalitativt", "kvalitative"), ("qualitative", "qualitative")),
    "deferred": Noun(("udskudt", "udskudte"), ("deferred", "deferred")),
    "none": Noun(("uden mål", "uden mål"), ("without target", "without target")),
}

DIRECTIONS = {
    "decrease": Message("fald", "decrease"),
    "increase": Message("stigning", "increase"),
    "at_least": Message("mindst", "at least"),
    "at_most": Message("højst", "at most"),
    "equal": Message("præcis", "exactly"),
}

YES_NO = {True: Message("ja", "yes"), False: Message("nej", "no")}

SEVERITIES = {
    "error": Noun(("fejl", "fejl"), ("error", "errors")),
    "warning": Noun(("advarsel", "advarsler"), ("warning", "warnings")),
    "info": Noun(("info", "info"), ("info", "info")),
}

# --- dates ----------------------------------------------------------------

MONTHS = {
    Lang.da: ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
              "november", "december"),
    Lang.en: ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"),
}
MONTH_ABBREVIATIONS = {
    Lang.da: ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    Lang.en: ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def long_date(iso: str, lang: Lang | str) -> str:
    """'2020-11-18' -> '18. november 2020' / '18 November 2020'."""
    year, month, day = (int(part) for part in iso[:10].split("-"))
    if lang == Lang.da:
        return f"{day}. {MONTHS[Lang.da][month - 1]} {year}"
    return f"{day} {MONTHS[Lang.en][month - 1]} {year}"


# --- numbers and lists ----------------------------------------------------


def number(value: Decimal | int, lang: Lang | str) -> str:
    """37818 -> '37.818' in Danish, '37,818' in English; the printed precision kept ('4,0', not '4')."""
    decimals = max(0, -int(value.as_tuple().exponent)) if isinstance(value, Decimal) else 0
    if isinstance(value, int) or decimals == 0:
        grouped = f"{int(value):,}"
        return grouped.replace(",", ".") if lang == Lang.da else grouped
    text = f"{value:,.{decimals}f}"
    if lang == Lang.da:
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def percent(part: int, whole: int, lang: Lang | str) -> str:
    """9 of 11 -> '82 pct.' / '82%' (rounded half up, as a person would)."""
    share = (Decimal(100 * part) / Decimal(whole)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return say(lang, f"{number(share, lang)} pct.", f"{number(share, lang)}%")


def joined(items: list[str], lang: Lang | str) -> str:
    """['a', 'b', 'c'] -> 'a, b og c' / 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {say(lang, 'og', 'and')} {items[-1]}"


# --- check ----------------------------------------------------------------

# --- diff -----------------------------------------------------------------

# One change from one plan to the next, as diff counts them ("112 ændringer"). Spelt as
# TARGET_KINDS["change"] is, but a different thing: that is a kind of target.
CHANGE = noun("ændring", "change", "ændringer")


def _change(da: str, en: str, da_plural: str | None = None, en_plural: str | None = None) -> Noun:
    """A kind of change, said once and counted ('2 mål tilføjet', '2 goals added')."""
    return Noun((da, da_plural or da), (en, en_plural or en))


# What happened, by the change kind's stable name (the "kind" of diff's json).
CHANGE_KINDS = {
    "status-changed": _change("status ændret", "status changed"),
    "plan-period-changed": _change("planperiode ændret", "plan period changed"),
    "date-changed": _change("dato ændret", "date changed"),
    "title-changed": _change("titel ændret", "title changed"),
    "minister-goal-list-changed": _change("ministermålsliste ændret", "list of ministermål changed",
                                          "ministermålslister ændret", "lists of ministermål changed"),
    "goal-added": _change("mål tilføjet", "goal added", en_plural="goals added"),
    "goal-removed": _change("mål fjernet", "goal removed", en_plural="goals removed"),
    "goal-renumbered": _change("mål omnummereret", "goal renumbered", en_plural="goals renumbered"),
    "goal-moved": _change("mål flyttet", "goal moved", en_plural="goals moved"),
    "goal-reworded": _change("formulering ændret", "reworded", "formuleringer ændret", "rewordings"),
    "overview-reworded": _change("måloversigt ændret", "overview reworded", en_plural="overview rewordings"),
    "target-changed": _change("måltal ændret", "target changed", en_plural="targets changed"),
    "placeholder-filled": _change("pladsholder udfyldt", "placeholder filled", "pladsholdere udfyldt",
                                  "placeholders filled"),
    "placeholder-introduced": _change("pladsholder indsat", "placeholder introduced", "pladsholdere indsat",
                                      "placeholders introduced"),
    "period-changed": _change("periode ændret", "period changed", "perioder ændret", "periods changed"),
    "unit-changed": _change("enhed ændret", "unit changed", "enheder ændret", "units changed"),
    "follow-up-added": _change("følgemål tilføjet", "følgemål added"),
    "follow-up-removed": _change("følgemål fjernet", "følgemål removed"),
    "follow-up-changed": _change("følgemål ændret", "følgemål changed"),
    "minister-goals-changed": _change("ministermål ændret", "ministermål changed"),
    "section-added": _change("afsnit tilføjet", "section added", en_plural="sections added"),
    "section-removed": _change("afsnit fjernet", "section removed", en_plural="sections removed"),
    "section-renamed": _change("overskrift ændret", "section renamed", "overskrifter ændret", "sections renamed"),
    "section-moved": _change("afsnit flyttet", "section moved", en_plural="sections moved"),
    "prose-changed": _change("tekst ændret", "prose changed", "tekster ændret", "prose changes"),
    "figure-added": _change("nøgletal tilføjet", "key figure added", en_plural="key figures added"),
    "figure-removed": _change("nøgletal fjernet", "key figure removed", en_plural="key figures removed"),
    "figure-changed": _change("nøgletal ændret", "key figure changed", en_plural="key figures changed"),
    "table-added": _change("tabel tilføjet", "table added", "tabeller tilføjet", "tables added"),
    "table-removed": _change("tabel fjernet", "table removed", "tabeller fjernet", "tables removed"),
    "cell-changed": _change("tabelcelle ændret", "table cell changed", "tabelceller ændret", "table cells changed"),
}

# Where in a plan a change lies, by area name: the headings of diff's report.
DIFF_AREAS = {
    "plan": Message("Planen", "The plan"),
    "goals": Message("Mål", "Goals"),
    "sections": Message("Afsnit", "Sections"),
    "figures": Message("Nøgletal", "Key figures"),
    "tables": Message("Tabeller", "Tables"),
}

# --- compare --------------------------------------------------------------
