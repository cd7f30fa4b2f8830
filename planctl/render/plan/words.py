"""What the plan document says beside the plan's own words: labels, and each target in words."""

from __future__ import annotations

import re

from planctl.data import target_group_label
from planctl.messages import (
    DIRECTIONS,
    EXPECTED_MINISTER_GOAL,
    MONTHS,
    STATUS,
    Lang,
    Message,
    joined,
    say,
)
from planctl.model.plan import Figure, Plan, Target
from planctl.model.values import QUALIFIERS, Period, PeriodPoint

DRAFT_MARK = Message("UDKAST", "DRAFT")
FOLLOW_UP = Message("Følgemål", "Følgemål (follow-up goals)")
SUCCESS_CRITERIA = Message("Succeskriterier", "Succeskriterier (success criteria)")
INITIATIVES = Message("Indsatsområder", "Indsatsområder (initiatives)")
KEY_FIGURES = Message("Nøgletal", "Key figures")
OVERVIEW_HEADER = (Message("Mål", "Goal"), Message("Målsætning", "Wording"), Message("Følgemål", "Følgemål"))
COLOPHON = Message("Dokumentet er dannet med planctl ud fra planens data.",
                   "This document was made with planctl from the plan's data.")

# A Danish period that starts with its year or month takes "i" ("i oktober 2019"); one that
# starts with its own words ("ved udgangen af 2023", "ultimo 2021", "fra … til …") does not.
_BARE_PERIOD = re.compile(rf"^(?:\d|(?:{'|'.join(MONTHS[Lang.da])})\b)", re.IGNORECASE)
# A relative target named by a rank ("bedste 1/3 af landets kommuner") is a place to be "i";
# one that carries its own preposition or adverb ("markant under landsgennemsnittet") is not.
_OWN_WORDS = re.compile(r"^(?:i|på|blandt|under|over|markant|mindst|højst|lavere|højere|bedre|som)\b",
                        re.IGNORECASE)
_POSITIONS_EN = {"end": "the end of ", "start": "the start of ", "middle": "mid-"}
_HALVES_EN = {1: "the first half of ", 2: "the second half of "}


def identity_line(plan: Plan, lang: Lang) -> str:
    """'Lyngby-Taarbæk Kommune · 2019 · udkast', with the version label when the plan prints one
    ('· 2. udkast'); an unknown status is named as one ('status ukendt'), not left a bare word."""
    status = STATUS[plan.status].text(lang)
    if plan.status == "unknown":
        status = f"status {status}"  # the same word in both languages
    version = f" · {plan.version}" if plan.version else ""
    return f"{plan.municipality.name} · {plan.period} · {status}{version}"


def figure_line(figure: Figure, lang: Lang) -> str:
    """'[Figur 2: Mål og måltal for 2021 — planens mål står i figuren]': a figure, which show cannot draw."""
    name = say(lang, "Figur", "Figure") + (f" {figure.number}" if figure.number else "")
    said = [part for part in (figure.caption, figure.shows) if part]
    if figure.holds_goals:
        said.append(say(lang, "afsnittets mål står i figuren", "the section's goals are in the figure"))
    return f"[{name}: {' — '.join(said)}]" if said else f"[{name}]"


def expected_minister_goal(text: str, lang: Lang) -> str:
    """'Ministermål (forventet, endnu ikke udmeldt): Flere ... '."""
    return say(lang, "Ministermål", "Minister's goal") + f" ({EXPECTED_MINISTER_GOAL.text(lang)}): {text}"


def target_sentence(target: Target, lang: Lang) -> str:
    """The target said in words: 'Måltal: fald på 4 pct. fra oktober 2018 til oktober 2019.';
    a target for a target group of its own: 'Måltal for Sygedagpengemodtagere: højst 443 personer i 2020.'."""
    text = {
        "change": _change,
        "level": _level,
        "relative": _relative,
        "qualitative": lambda t, lang: say(lang, "kvalitativt mål uden måltal", "a qualitative goal, no number"),
        "deferred": _deferred,
    }[target.kind](target, lang)
    if target.equivalent is not None:
        text += say(lang, f" (svarer til {target.equivalent})", f" (equivalent to {target.equivalent})")
    if target.target_groups:
        groups = joined([target_group_label(code) for code in target.target_groups], lang)
        return say(lang, f"Måltal for {groups}: ", f"Target for {groups}: ") + text + "."
    return say(lang, "Måltal: ", "Target: ") + text + "."


def _change(target: Target, lang: Lang) -> str:
    direction = DIRECTIONS[target.direction].text(lang) if target.direction else say(lang, "ændring", "change")
    value = say(lang, f" på {target.value}", f" of {target.value}") if target.value is not None else ""
    return direction + value + _average(target, lang) + _span(target, lang)


def _level(target: Target, lang: Lang) -> str:
    """'mindst 60 pct. i gennemsnit i 2019'; 'minimum 26 pct.' already says 'mindst'."""
    stated = QUALIFIERS.get(getattr(target.value, "qualifier", None) or "")
    operator = (DIRECTIONS[target.direction].text(lang) + " "
                if target.direction in ("at_least", "at_most") and stated != target.direction else "")
    value = str(target.value) if target.value is not None else say(lang, "et niveau", "a level")
    return operator + value + _average(target, lang) + _span(target, lang)


def _relative(target: Target, lang: Lang) -> str:
    """'i bedste 1/3 af landets kommuner ved udgangen af 2023', 'stigning til bedste 1/3 …'."""
    direction = DIRECTIONS[target.direction].text(lang) if target.direction in ("increase", "decrease") else ""
    if target.reference is None:
        where = say(lang, "relativt mål", "relative target")
        return ", ".join(filter(None, (direction, where))) + _span(target, lang)
    if lang != Lang.da:
        where = f"{direction} to “{target.reference}”" if direction else f"“{target.reference}”"
    elif _OWN_WORDS.match(target.reference):
        where = f"{direction}, {target.reference}" if direction else target.reference
    else:
        where = f"{direction} til {target.reference}" if direction else f"i {target.reference}"
    return where + _span(target, lang)


def _deferred(target: Target, lang: Lang) -> str:
    when = f" ({target.deferred_until})" if target.deferred_until else ""
    return say(lang, "fastsættes senere", "to be set later") + when


def _average(target: Target, lang: Lang) -> str:
    return say(lang, " i gennemsnit", " on average") if target.average else ""


def _span(target: Target, lang: Lang) -> str:
    """' fra oktober 2018 til oktober 2019', ' i 2019', ' ved udgangen af 2023'."""
    if target.baseline is not None and target.period is not None:
        return say(lang, f" fra {_from_to(target.baseline)} til {_from_to(target.period)}",
                   f" from {_point_en(target.baseline)} to {_point_en(target.period)}")
    if target.period is not None:
        return " " + _when(target.period, lang)
    if target.baseline is not None:
        return say(lang, f" fra {_from_to(target.baseline)}", f" from {_point_en(target.baseline)}")
    return ""


def _when(period: Period, lang: Lang) -> str:
    """'i oktober 2019', 'ved udgangen af 2023' / 'in October 2019', 'at the end of 2023'."""
    if lang == Lang.da:
        text = str(period)
        return f"i {text}" if _BARE_PERIOD.match(text) else text
    if period.end is not None:
        if period.start.month is None and period.end.month is None and not (period.start.position
                                                                             or period.end.position):
            return f"in {period.start.year}-{period.end.year}"
        return f"from {_words_en(period.start)} to {_words_en(period.end)}"
    if period.start.deadline:
        return _words_en(period.start)
    return ("at " if period.start.position in ("end", "start") else "in ") + _words_en(period.start)


def _from_to(period: Period) -> str:
    """A period after 'fra' or 'til': the plan's words without their own 'ved' or 'i'."""
    return re.sub(r"^(?:ved|i)\s+", "", str(period))


def _point_en(period: Period) -> str:
    """A period after 'from' or 'to': 'October 2018', '2019-2023'."""
    return _words_en(period.start) + (f"-{_words_en(period.end)}" if period.end is not None else "")


def _words_en(point: PeriodPoint) -> str:
    """'October 2018', 'the end of 2023', 'mid-2019', 'the first half of 2021', 'by May 2022'."""
    month = f"{MONTHS[Lang.en][point.month - 1]} " if point.month else ""
    half = _HALVES_EN.get(point.half or 0, "")
    words = _POSITIONS_EN.get(point.position or "", "") + half + month + str(point.year)
    return f"by {words}" if point.deadline else words
