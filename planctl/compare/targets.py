"""A goal's target in short form, for a table cell: "−6 pct. nov 2018→nov 2019".

Danish by default, with Danish month abbreviations (jan, feb, mar, apr, maj, jun, jul,
aug, sep, okt, nov, dec); English with English ones and "%". Numbers are formatted the
language's way from the parsed value, so "minimum 26 pct." reads "≥ 26 pct." and a value
still to be filled in ("x pct.") is shown as printed and said to be unfilled.
"""

from __future__ import annotations

from collections.abc import Sequence

from planctl.data import target_group_label
from planctl.messages import MONTH_ABBREVIATIONS, TARGET_KINDS, Lang, Message, joined, number, say
from planctl.model.plan import Target
from planctl.model.values import QUALIFIERS, Amount, Period, PeriodPoint, Placeholder

_POSITIONS = {
    "end": Message("ultimo", "end of"),
    "start": Message("primo", "start of"),
    "middle": Message("medio", "mid"),
}
# Units English writes its own way; any other unit is written as printed after the number.
_UNITS = {
    "pct.": Message("{n} pct.", "{n}%"),
    "procentpoint": Message("{n} procentpoint", "{n} pp"),
}
# Which way a target without a number points.
_TRENDS = {"decrease": Message("faldende", "falling"), "increase": Message("stigende", "rising")}
_SIGNS = {"decrease": "−", "increase": "+"}
_OPERATORS = {"at_least": "≥ ", "at_most": "≤ "}
_QUALIFIER_OPERATORS = {"at_least": "≥ ", "at_most": "≤ ", "more_than": "> ", "less_than": "< "}


def short_point(point: PeriodPoint, lang: Lang) -> str:
    """oktober 2018 -> 'okt 2018'; ultimo 2021 -> 'ultimo 2021'."""
    parts = []
    if point.position:
        parts.append(_POSITIONS[point.position].text(lang))
    if point.month:
        parts.append(MONTH_ABBREVIATIONS[lang][point.month - 1])
    parts.append(str(point.year))
    return " ".join(parts)


def short_period(period: Period, lang: Lang) -> str:
    """'fra november 2018 til november 2019' -> 'nov 2018→nov 2019'."""
    if period.end is None:
        return short_point(period.start, lang)
    return f"{short_point(period.start, lang)}→{short_point(period.end, lang)}"


def short_amount(amount: Amount, lang: Lang, *, with_qualifier: bool = True) -> str:
    """A value the language's way: '4,5 pct.' / '4.5%'; a placeholder as printed."""
    if isinstance(amount, Placeholder):
        return amount.text
    text = _with_unit(number(amount.value, lang), amount.unit, lang)
    meaning = QUALIFIERS.get(amount.qualifier or "")
    if not with_qualifier or meaning is None:
        return text
    if meaning == "approximately":
        # "ca. 78 pct.", "knap 20.900": the printed word says how approximate.
        return say(lang, f"{amount.qualifier} ", "approx. ") + text
    return _QUALIFIER_OPERATORS[meaning] + text


def _with_unit(value: str, unit: str | None, lang: Lang) -> str:
    """'4,5 pct.' / '4.5%': the unit as the language writes it, or as printed."""
    if unit in _UNITS:
        return _UNITS[unit].format(lang, n=value)
    return f"{value} {unit}" if unit else value


def is_unfilled(target: Target | None) -> bool:
    """The target's value is a draft placeholder ("x pct.")."""
    return target is not None and isinstance(target.value, Placeholder)


def short_target(target: Target | None, lang: Lang) -> str:
    """The target of a goal in a few words, or what it lacks."""
    if target is None:
        return say(lang, "intet mål at måle", "nothing to measure")
    text = {
        "change": _change,
        "level": _level,
        "relative": _relative,
        "qualitative": _qualitative,
        "deferred": _deferred,
    }[target.kind](target, lang)
    if is_unfilled(target):
        text += say(lang, " (ikke udfyldt)", " (not filled in)")
    return text


def short_targets(targets: Sequence[Target], lang: Lang) -> str:
    """A goal's targets in a few words each; of several, each after its target group:
    "Jobafklaringsforløb: ≤ 275 personer i 2020; Sygedagpengemodtagere: ≤ 443 personer i 2020"."""
    if len(targets) < 2:
        return short_target(targets[0] if targets else None, lang)
    return "; ".join(_for_groups(target, lang) + short_target(target, lang) for target in targets)


def _for_groups(target: Target, lang: Lang) -> str:
    labels = [target_group_label(code) for code in target.target_groups]
    return f"{joined(labels, lang)}: " if labels else ""


def _when(target: Target, lang: Lang) -> str:
    if target.baseline is not None and target.period is not None:
        if target.baseline.end is None and target.period.end is None:
            return f"{short_point(target.baseline.start, lang)}→{short_point(target.period.start, lang)}"
        return f"{short_period(target.baseline, lang)}→{short_period(target.period, lang)}"
    if target.period is not None:
        return short_period(target.period, lang)
    if target.baseline is not None:
        return say(lang, "fra ", "from ") + short_period(target.baseline, lang)
    return ""


def _change(target: Target, lang: Lang) -> str:
    if target.value is None:
        trend = _TRENDS.get(target.direction or "", TARGET_KINDS["change"]).text(lang)
        what = say(lang, f"{trend} (intet tal)", f"{trend} (no number)")
    else:
        what = _SIGNS.get(target.direction or "", "") + short_amount(target.value, lang, with_qualifier=False)
    when = _when(target, lang)
    return f"{what} {when}" if when else what


def _level(target: Target, lang: Lang) -> str:
    if target.value is None:
        what = say(lang, "niveau (intet tal)", "level (no number)")
    else:
        value = target.value
        operator = _OPERATORS.get(target.direction or "", "")
        what = operator + short_amount(value, lang, with_qualifier=not operator)
    if target.period is None:
        return what
    when = short_period(target.period, lang)
    if target.average:
        return f"{what}, " + say(lang, f"gns. {when}", f"avg. {when}")
    return f"{what} " + say(lang, f"i {when}", f"in {when}")


def _relative(target: Target, lang: Lang) -> str:
    parts = []
    if target.direction in _TRENDS:
        parts.append(_TRENDS[target.direction].text(lang))
    parts.append(target.reference or say(lang, "relativt mål", "relative target"))
    if target.period is not None:
        parts.append(short_period(target.period, lang))
    return ", ".join(parts)


def _qualitative(target: Target, lang: Lang) -> str:
    return say(lang, "kvalitativt (intet tal)", "qualitative (no number)")


def _deferred(target: Target, lang: Lang) -> str:
    text = say(lang, "fastsættes senere", "to be set later")
    if target.deferred_until:
        text += f" ({target.deferred_until})"
    if target.period is not None:
        text += f", for {short_period(target.period, lang)}"
    return text
