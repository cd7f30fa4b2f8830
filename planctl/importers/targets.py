"""A goal's measurable target, read from its Danish wording.

The values are parsed by the model's own types (`parse_amount`, `parse_period`), so a
target the importer writes is one the plan format reads back: "x pct." stays a
placeholder, "minimum 26 pct." a quantity with its qualifier.

    skal falde med 4 pct. fra oktober 2018 til oktober 2019   change, decrease, baseline, period
    skal minimum være 60 pct. i gennemsnit i 2019              level, at_least, average
    40 pct. af flygtninge ... skal være i beskæftigelse i 2019  level, equal
    ... i den bedst 1/3 af landets kommuner ved udgangen af 2021  relative, reference
    skal være stigende                                          change, increase (no value)
    skal fortsat styrkes                                        qualitative

`parse_targets` reads a goal with several targets: "Antallet af borgere i jobafklaringsforløb og
på sygedagpenge må ikke overstige henholdsvis 275 og 443 i 2020" names two target groups and
two values "henholdsvis" (respectively), so it is two level targets, at most 275 for
jobafklaringsforløb and at most 443 for sygedagpenge, each read as the sentence with its own value.
"""

from __future__ import annotations

import re

from planctl.model.plan import Direction, Target, TargetKind
from planctl.model.values import QUALIFIERS, Amount, Period, parse_amount, parse_period
from planctl.tags.suggest import find_groups

_QUALIFIER = r"(?:minimum|mindst|maksimalt|højst|ca\.|over|under)"
_NUMBER = r"(?:\d+(?:[.,]\d+)*|[xX]{1,3})"
_UNIT = r"(?:pct\.?-?point|procentpoint|pct\.|procent|%|personer|helårspersoner|fuldtidspersoner)"
VALUE = re.compile(rf"(?<![\w,.])(?P<value>(?:{_QUALIFIER}\s+)?{_NUMBER}\s*{_UNIT})", re.IGNORECASE)
_MONTH = r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)"
_POINT = rf"(?:(?:ultimo|primo|medio|udgangen af|ved udgangen af)\s+)?(?:{_MONTH}\s+)?\d{{4}}"
_FROM_TO = re.compile(rf"\bfra\s+(?P<base>{_POINT})\s+til\s+(?P<end>{_POINT})", re.IGNORECASE)
_BY_END = re.compile(r"\b(?P<period>ved udgangen af \d{4})", re.IGNORECASE)
_IN_YEAR = re.compile(rf"\b(?:i|til)\s+(?P<period>(?:{_MONTH}\s+)?\d{{4}}(?:\s*[-–]\s*\d{{4}})?)(?![\d-])",
                      re.IGNORECASE)
_DECREASE = re.compile(r"\b(?:falde|reduceres|nedbringes|mindskes|faldende)\b", re.IGNORECASE)
_INCREASE = re.compile(r"\b(?:stige|øges|forøges|stigende|øget)\b", re.IGNORECASE)
_CHANGE_BY = re.compile(r"\b(?:falde|stige|reduceres|øges|nedbringes|forøges)\s+med\b", re.IGNORECASE)
_RELATIVE = re.compile(
    r"(?P<reference>(?:den\s+)?bedste?\s+1/3\s+af\s+landets\s+kommuner"
    r"|(?:markant\s+(?:under|over)\s+)?landsgennemsnittet"
    r"|laveste\s+\d+\s+pct\.\s+af\s+landets\s+kommuner)",
    re.IGNORECASE,
)
# "På Erhvervsudvalgets møde i marts 2021 fastlægges kvantitative mål ...": the target is set later.
_DEFERRED = re.compile(r"^(?:på|ved|i)\s+(?P<when>.+?)\s+(?:fastlægges|fastsættes|besluttes)\b.*\bmål", re.IGNORECASE)
# "henholdsvis 275 og 443", "hhv. 4 og 5 pct.": one value for each target group named before it.
_ONE_VALUE = rf"(?:{_QUALIFIER}\s+)?{_NUMBER}(?:\s*{_UNIT})?"
_RESPECTIVELY = re.compile(
    rf"\b(?:henholdsvis|hhv\.)\s+(?P<values>{_ONE_VALUE}(?:\s*(?:,|og)\s*{_ONE_VALUE})+)(?![\w,.]\w)", re.IGNORECASE)
_UNIT_AT_END = re.compile(rf"\s*(?P<unit>{_UNIT})$", re.IGNORECASE)
_AT_LEAST = ("minimum", "mindst", "min.")
_AT_MOST = ("maksimalt", "højst", "maks.")


def parse_target(text: str) -> Target:
    """The target a goal's text states; `qualitative` when it states none."""
    deferred = _DEFERRED.search(text)
    if deferred:
        return Target(kind="deferred", deferred_until=deferred["when"], period=_last_period(text))
    references = [m["reference"] for m in _RELATIVE.finditer(text)]
    if references:
        # The last comparison is the target's ("på niveau med landsgennemsnittet ved udgangen af 2021
        # og i bedste 1/3 af landets kommuner ved udgangen af 2023"), as printed.
        return Target(kind="relative", direction="increase" if _INCREASE.search(text) else None,
                      reference=" ".join(references[-1].split()), period=_last_period(text))
    value_match = VALUE.search(text)
    if value_match is None:
        if _INCREASE.search(text) and re.search(r"skal\s+(?:være\s+)?stigende", text, re.IGNORECASE):
            return Target(kind="change", direction="increase")
        return Target(kind="qualitative")
    value = amount_or_none(value_match["value"])
    if value is None:
        return Target(kind="qualitative")
    from_to = _FROM_TO.search(text)
    if _CHANGE_BY.search(text):
        direction: Direction = "decrease" if _DECREASE.search(text) else "increase"
        return Target(kind="change", direction=direction, value=value,
                      baseline=_period(from_to["base"]) if from_to else None,
                      period=_period(from_to["end"]) if from_to else _last_period(text))
    kind: TargetKind = "level"
    return Target(kind=kind, direction=_level_direction(text, value_match), value=value,
                  period=_period(from_to["end"]) if from_to else _last_period(text),
                  average="i gennemsnit" in text.lower())


def parse_targets(text: str) -> list[Target]:
    """The targets a goal's text states: one per target group for "henholdsvis 275 og 443" after as many
    named target groups, else the one `parse_target` reads."""
    found = _RESPECTIVELY.search(text)
    if found is None:
        return [parse_target(text)]
    values = [" ".join(m.group(0).split()) for m in re.finditer(_ONE_VALUE, found["values"], re.IGNORECASE)]
    groups = list(dict.fromkeys(match.code for match in find_groups(text[:found.start()])))
    if len(groups) != len(values):
        return [parse_target(text)]
    # "275 og 443 personer": the unit printed after the last value is every value's.
    shared = _UNIT_AT_END.search(values[-1])
    targets = []
    for value, group in zip(values, groups, strict=True):
        if shared is not None and _UNIT_AT_END.search(value) is None:
            value = f"{value} {shared['unit']}"
        sentence = text[:found.start()] + value + text[found.end():]
        target = parse_target(sentence)
        if target.kind == "qualitative":  # a bare number ("275"), which `VALUE` leaves for running text
            amount = amount_or_none(value)
            if amount is None:
                return [parse_target(text)]
            target = Target(kind="level", direction=_direction_at(sentence, found.start(), value), value=amount,
                            period=_last_period(sentence), average="i gennemsnit" in text.lower())
        targets.append(target.model_copy(update={"target_groups": [group]}))
    return targets


def _level_direction(text: str, value: re.Match[str]) -> Direction:
    return _direction_at(text, value.start(), value["value"])


def _direction_at(text: str, start: int, value: str) -> Direction:
    """at_least for "minimum 26 pct." and "skal minimum være 60 pct.", at_most for "må ikke overstige 275";
    equal otherwise."""
    before = text[max(0, start - 25):start].lower().split()
    words = [*before[-2:], *value.lower().split()[:1]]
    if any(word in _AT_LEAST for word in words):
        return "at_least"
    if any(word in _AT_MOST for word in words) or before[-2:] == ["ikke", "overstige"]:
        return "at_most"
    return "equal"


def amount_or_none(text: str) -> Amount | None:
    """The value as the model reads it, its qualifier in lowercase ("Minimum 30 pct." -> "minimum 30 pct.")."""
    words = text.split()
    if words and words[0].lower() in QUALIFIERS:
        words[0] = words[0].lower()
    text = " ".join(words)
    try:
        return parse_amount(text)
    except ValueError:
        return None


def _period(text: str) -> Period | None:
    try:
        return parse_period(text)
    except ValueError:
        return None


def _last_period(text: str) -> Period | None:
    """The last period the text names: "ved udgangen af 2023", "i 2019", "i juni 2019"."""
    found = [(m.start(), m["period"]) for m in _BY_END.finditer(text)]
    found += [(m.start(), m["period"]) for m in _IN_YEAR.finditer(text)]
    for _, period in sorted(found, reverse=True):
        parsed = _period(period)
        if parsed is not None:
            return parsed
    return None
