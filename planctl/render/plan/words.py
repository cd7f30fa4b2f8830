"""What the plan document says beside the plan's own words: labels, and each target in words."""

from __future__ import annotations

from planctl.messages import DIRECTIONS, STATUS, Lang, Message, say
from planctl.model.plan import Plan, Target
from planctl.model.values import Quantity

DRAFT_MARK = Message("UDKAST", "DRAFT")
FOLLOW_UP = Message("Følgemål", "Følgemål (follow-up goals)")
SUCCESS_CRITERIA = Message("Succeskriterier", "Succeskriterier (success criteria)")
INITIATIVES = Message("Indsatsområder", "Indsatsområder (initiatives)")
KEY_FIGURES = Message("Nøgletal", "Key figures")
OVERVIEW_HEADER = (Message("Mål", "Goal"), Message("Målsætning", "Wording"), Message("Følgemål", "Følgemål"))
COLOPHON = Message("Dokumentet er dannet med planctl ud fra planens data.",
                   "This document was made with planctl from the plan's data.")


def identity_line(plan: Plan, lang: Lang) -> str:
    """'Lyngby-Taarbæk Kommune · 2019 · udkast'."""
    return f"{plan.municipality.name} · {plan.period} · {STATUS[plan.status].text(lang)}"


def target_sentence(target: Target, lang: Lang) -> str:
    """The target said in words: 'Måltal: fald på 4 pct. fra oktober 2018 til oktober 2019.'."""
    text = {
        "change": _change,
        "level": _level,
        "relative": _relative,
        "qualitative": lambda t, lang: say(lang, "kvalitativt mål uden måltal", "a qualitative goal, no number"),
        "deferred": _deferred,
    }[target.kind](target, lang)
    if target.average:
        text += say(lang, " i gennemsnit", " on average")
    if target.equivalent is not None:
        text += say(lang, f" (svarer til {target.equivalent})", f" (equivalent to {target.equivalent})")
    return say(lang, "Måltal: ", "Target: ") + text + "."


def _span(target: Target, lang: Lang) -> str:
    if target.baseline is not None and target.period is not None:
        return say(lang, f" fra {target.baseline} til {target.period}", f" from {target.baseline} to {target.period}")
    if target.period is not None:
        return say(lang, f" i {target.period}", f" in {target.period}")
    if target.baseline is not None:
        return say(lang, f" fra {target.baseline}", f" from {target.baseline}")
    return ""


def _change(target: Target, lang: Lang) -> str:
    direction = DIRECTIONS[target.direction].text(lang) if target.direction else say(lang, "ændring", "change")
    value = say(lang, f" på {target.value}", f" of {target.value}") if target.value is not None else ""
    return direction + value + _span(target, lang)


def _level(target: Target, lang: Lang) -> str:
    # "minimum 30 pct." says its direction itself: no "mindst" before it.
    qualified = isinstance(target.value, Quantity) and target.value.qualifier is not None
    bound = target.direction in ("at_least", "at_most") and not qualified
    operator = DIRECTIONS[target.direction].text(lang) + " " if bound and target.direction else ""
    value = str(target.value) if target.value is not None else say(lang, "et niveau", "a level")
    return operator + value + _span(target, lang)


def _relative(target: Target, lang: Lang) -> str:
    reference = target.reference or say(lang, "relativt mål", "relative target")
    return reference + _span(target, lang)


def _deferred(target: Target, lang: Lang) -> str:
    when = f" ({target.deferred_until})" if target.deferred_until else ""
    return say(lang, "fastsættes senere", "to be set later") + when
