"""Danish values as types: quantities, draft placeholders and periods.

A plan writes its values the way the document prints them ("4,5 pct.", "ca. 600
personer", "fra oktober 2018 til oktober 2019"). These parsers turn such text into
typed values and keep the printed text, so a plan serialises back to what it said.
A malformed value raises ``ValueError`` with a message meant for the plan's author.
"""

# No `from __future__ import annotations` here: typing.NamedTuple makes each annotation written as
# text a ForwardRef, compiling it (~8 µs a field at import); written as Python reads them, it does not.

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from planctl.limits import MAX_NUMBER_DIGITS
from planctl.messages import Lang, Message


class ValueProblem(ValueError):
    """A malformed value, said in Danish and English; as a ValueError it reads in English."""

    def __init__(self, da: str, en: str) -> None:
        self.said = Message(da, en)
        super().__init__(en)

    def text(self, lang: Lang | str) -> str:
        return self.said.text(lang)

# --- numbers --------------------------------------------------------------

# Danish digits: "37.818" (thousands separated by dots), "4,5" (decimal comma),
# "1.234,5". A leading zero ("018") is not a number a plan would print.
_NUMBER = r"[-−+]?(?:0|[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*)(?:,\d+)?"
_NUMBER_RE = re.compile(_NUMBER)


def parse_danish_number(text: str) -> Decimal:
    """Parse "37.818", "4,5" or "-2" into a Decimal; raise ValueError otherwise."""
    cleaned = text.strip()
    if not _NUMBER_RE.fullmatch(cleaned):
        raise ValueProblem(f"'{text}' er ikke et dansk tal (skriv fx 37.818 eller 4,5)",
                           f"'{text}' is not a Danish number (write e.g. 37.818 or 4,5)")
    # Counted only when the text is longer than the bound: a shorter one cannot hold more digits.
    if len(cleaned) > MAX_NUMBER_DIGITS and sum(c.isdigit() for c in cleaned) > MAX_NUMBER_DIGITS:
        raise ValueProblem(f"'{text[:40]}…' har flere end {MAX_NUMBER_DIGITS} cifre; intet tal i en plan er så langt",
                           f"'{text[:40]}…' has more than {MAX_NUMBER_DIGITS} digits; no number in a plan is that long")
    normalised = cleaned.replace("−", "-").replace(".", "").replace(",", ".")
    return Decimal(normalised)


def format_danish_number(value: Decimal | int) -> str:
    """Format a number the Danish way, every digit kept: 37818 -> "37.818", 4.5 -> "4,5".

    Written digit by digit rather than through a decimal context, so a number of any length
    is written whole (a context of 28 digits cannot hold a 30-digit amount).
    """
    number = Decimal(value)
    if not number.is_finite():
        return str(number)
    sign, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)
    decimals = max(0, -exponent)
    figures = ("".join(map(str, digits)) + "0" * max(0, exponent)).rjust(decimals + 1, "0")
    whole = figures[:len(figures) - decimals].lstrip("0") or "0"
    fraction = figures[len(figures) - decimals:].rstrip("0")
    grouped = ".".join(whole[max(0, end - 3):end] for end in range(len(whole) % 3 or 3, len(whole) + 1, 3))
    return ("-" if sign else "") + grouped + ("," + fraction if fraction else "")


# --- quantities and placeholders -----------------------------------------

# Words that qualify a value: "ca. 600", "minimum 26 pct.", "mindst 30 pct.".
QUALIFIERS = {
    "ca.": "approximately",
    "ca": "approximately",
    "cirka": "approximately",
    "omkring": "approximately",
    "knap": "approximately",
    "godt": "approximately",
    "minimum": "at_least",
    "mindst": "at_least",
    "min.": "at_least",
    "over": "more_than",
    "maksimalt": "at_most",
    "maks.": "at_most",
    "højst": "at_most",
    "under": "less_than",
}

# Units as printed -> the canonical unit.
_UNIT_ALIASES = {
    "pct.": "pct.",
    "pct": "pct.",
    "%": "pct.",
    "procent": "pct.",
    "procentpoint": "procentpoint",
    "pct. point": "procentpoint",
    "pct.point": "procentpoint",
    "pct.-point": "procentpoint",
    "%-point": "procentpoint",
    "procentpoints": "procentpoint",
}

_QUALIFIER_RE = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
_UNIT_WORD = r"[a-zæøåA-ZÆØÅ][a-zæøåA-ZÆØÅ\-]+"
_UNIT_RE = (
    r"(?P<unit>%(?:-point)?|pct\.?(?:\s?-?point)?|(?:mio\.|mia\.)?\s?kr\.?"
    rf"|{_UNIT_WORD}(?:\s{_UNIT_WORD})?)"
)
# "x", "xx", "X", "xxx" and "?" stand for a value still to be filled in.
_PLACEHOLDER_TOKEN = r"(?:[xX]{1,3}(?:,[xX]+)?|\?{1,3}|…|\.\.\.)"
# A quantity or a placeholder, told apart by the group that matched: one expression, not one for each
# (compiling each took ~0.7 ms of start-up). A number starts with a sign or a digit, a placeholder
# token never does, and no qualifier starts like either: a text matches one of the two, as before.
_AMOUNT_RE = re.compile(
    rf"^(?:(?P<qualifier>{_QUALIFIER_RE})\s+)?(?:(?P<number>{_NUMBER})|(?P<token>{_PLACEHOLDER_TOKEN}))"
    rf"\s*{_UNIT_RE}?$",
    re.IGNORECASE,
)
# The whole grammar of a value, quantity or placeholder, as one expression (case-insensitive,
# on text whose whitespace is normalised): the JSON Schema's pattern is made from it.
AMOUNT_GRAMMAR = rf"(?:(?:{_QUALIFIER_RE})\s+)?(?:{_NUMBER}|{_PLACEHOLDER_TOKEN})\s*{_UNIT_RE}?"
# Somewhere in prose: "med x pct.", "ca. xx personer", "X pct. af borgere", "i xx".
# A lone "x" counts only with a unit after it or a qualifier before it ("3 x 2" is no draft).
_PROSE_UNIT = r"(?:pct\.|%|procent|personer|helårspersoner|fuldtidspersoner|borgere|unge)"
_PROSE_TOKEN = r"(?<![\wæøåÆØÅ.\-])[xX]{1,3}(?:,[xX]+)?(?![\wæøåÆØÅ\-])"
PLACEHOLDER_IN_TEXT_RE = re.compile(
    rf"(?:(?:{_QUALIFIER_RE})\s+{_PROSE_TOKEN}(?:\s*{_PROSE_UNIT})?"
    rf"|{_PROSE_TOKEN}\s*{_PROSE_UNIT}"
    r"|(?<![\wæøåÆØÅ.\-])[xX]{2,3}(?![\wæøåÆØÅ\-]))",
    re.IGNORECASE,
)


def canonical_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    stripped = " ".join(unit.split())
    return _UNIT_ALIASES.get(stripped.lower(), stripped)


# Quantity, PeriodPoint and Period are NamedTuples, not frozen dataclasses: as immutable and comparable, and
# made at import far faster (see `errors.Problem`). A Placeholder is told its place after it is made.
class Quantity(NamedTuple):
    """A number with its unit as a Danish document prints it: "ca. 600 personer"."""

    value: Decimal
    unit: str | None = None
    qualifier: str | None = None
    text: str = ""

    @property
    def is_percentage(self) -> bool:
        return self.unit == "pct."

    def __str__(self) -> str:
        return self.text or format_quantity(self.value, self.unit, self.qualifier)


@dataclass(frozen=True)
class Placeholder:
    """A value the draft has not filled in yet: "x pct.", "ca. xx personer".

    ``stands_for`` is the unit the missing value would have ("pct.", "personer"),
    or None when the text does not say. ``line`` and ``column`` are filled in by
    the loader: where in the plan file the placeholder stands.
    """

    text: str
    stands_for: str | None = None
    qualifier: str | None = None
    line: int | None = field(default=None, compare=False)
    column: int | None = field(default=None, compare=False)

    def __str__(self) -> str:
        return self.text


Amount = Quantity | Placeholder


def format_quantity(value: Decimal, unit: str | None, qualifier: str | None = None) -> str:
    parts = [qualifier] if qualifier else []
    parts.append(format_danish_number(value))
    if unit:
        parts.append(unit)
    return " ".join(parts)


def parse_amount(raw: object) -> Amount:
    """Parse a quantity or a placeholder from what a plan file holds."""
    if isinstance(raw, (Quantity, Placeholder)):
        return raw
    if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
        raise ValueProblem("forventede en værdi som '4 pct.', 'ca. 600 personer' eller 'xx pct.'",
                           "expected a value such as '4 pct.', 'ca. 600 personer' or 'xx pct.'")
    if isinstance(raw, float) and not math.isfinite(raw):  # YAML's .nan and .inf
        raise ValueProblem(f"{raw} er ikke et tal, en plan kan angive; skriv fx '4,5 pct.'",
                           f"{raw} is not a number a plan can state; write e.g. '4,5 pct.'")
    if isinstance(raw, float):  # YAML read 4.5 as a number: Danish prints 4,5
        raise ValueProblem(f"{raw} er skrevet med decimalpunktum", f"{raw} is written with a decimal point")
    if isinstance(raw, int):
        return Quantity(value=Decimal(raw), text=str(raw))
    text = " ".join(raw.split())
    if not text:
        raise ValueProblem("tom værdi; skriv fx '4 pct.' eller, i et udkast, 'x pct.'",
                           "empty value; write e.g. '4 pct.' or, in a draft, 'x pct.'")
    match = _AMOUNT_RE.match(text)
    if match and match["number"] is not None:
        return Quantity(
            value=parse_danish_number(match["number"]),
            unit=canonical_unit(match["unit"]),
            qualifier=_qualifier(match["qualifier"]),
            text=text,
        )
    if match:
        return Placeholder(
            text=text,
            stands_for=canonical_unit(match["unit"]),
            qualifier=_qualifier(match["qualifier"]),
        )
    raise ValueProblem(
        f"'{text}' er hverken en dansk mængde (fx '4,5 pct.', 'ca. 600 personer') "
        "eller en pladsholder i et udkast (fx 'xx pct.')",
        f"'{text}' is neither a Danish quantity (e.g. '4,5 pct.', 'ca. 600 personer') "
        "nor a draft placeholder (e.g. 'xx pct.')"
    )


def _qualifier(word: str | None) -> str | None:
    return word.lower() if word else None


# --- periods ---------------------------------------------------------------

MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)
_MONTH_ABBREVIATIONS = {name[:3]: number for number, name in enumerate(MONTHS, start=1)}
# "ultimo 2021", "ved udgangen af 2021", "medio 2019", "primo 2020".
_POSITIONS = {
    "ultimo": "end",
    "udgangen af": "end",
    "ved udgangen af": "end",
    "slutningen af": "end",
    "primo": "start",
    "starten af": "start",
    "begyndelsen af": "start",
    "medio": "middle",
    "midten af": "middle",
}
_POSITION_WORDS = {value: key for key, value in _POSITIONS.items() if " " not in key}
_POSITION_RE = "|".join(re.escape(p) for p in sorted(_POSITIONS, key=len, reverse=True))
# "1. halvår 2021", "2. halvår 2021": a half of a year, written with its ordinal.
_HALF_RE = r"(?P<half>\d+)\.\s+halvår"
# "inden maj 2022": a deadline, the point by which, not in which, a thing is to happen.
_DEADLINE = "inden"
_POINT_RE = re.compile(
    rf"^(?:(?P<deadline>{_DEADLINE})\s+)?(?:(?P<position>{_POSITION_RE})\s+)?"
    rf"(?:{_HALF_RE}\s+|(?P<month>[a-zæøå]+)\.?\s+)?(?P<year>\S+)$",
    re.IGNORECASE,
)
_SPAN_SEPARATOR = r"(?:til|-|–)"
_YEAR_SEPARATOR = r"[-–/]"
_POINT_PREFIX = r"(?:fra|i|til|frem mod)\s+"
_SPAN_RE = re.compile(rf"^(?:fra\s+)?(?P<start>.+?)\s+{_SPAN_SEPARATOR}\s+(?P<end>.+)$", re.IGNORECASE)
_YEAR_SPAN_RE = re.compile(rf"^(?P<start>\d+)\s*{_YEAR_SEPARATOR}\s*(?P<end>\d+)$")
FIRST_YEAR, LAST_YEAR = 1900, 2100
# The forms a period may take, as a message names them to a plan's author.
PERIOD_FORMS = (
    "'2019', 'oktober 2018', 'ultimo 2021', 'medio 2020', 'udgangen af 2023', '1. halvår 2021', "
    "'inden maj 2022', '2019-2023', '2019-21', 'fra oktober 2018 til oktober 2019'"
)


def _year_grammar(first: int, last: int) -> str:
    """The four-digit years first..last as an expression; first and last are whole centuries."""
    centuries = [rf"{century}\d\d" for century in range(first // 100, last // 100)]
    return "(?:" + "|".join([*centuries, str(last)]) + ")"


# The whole grammar of a period as one expression (case-insensitive, whitespace normalised),
# for the JSON Schema. What it cannot say: that a span ends no earlier than it starts.
_MONTH_GRAMMAR = "(?:" + "|".join([*MONTHS, *_MONTH_ABBREVIATIONS]) + r")\.?"
_YEAR_GRAMMAR = _year_grammar(FIRST_YEAR, LAST_YEAR)
_HALF_GRAMMAR = r"[12]\.\s+halvår"
_POINT_GRAMMAR = (
    rf"(?:{_POINT_PREFIX})?(?:{_DEADLINE}\s+)?(?:(?:{_POSITION_RE})\s+)?"
    rf"(?:(?:{_MONTH_GRAMMAR}|{_HALF_GRAMMAR})\s+)?{_YEAR_GRAMMAR}"
)
PERIOD_GRAMMAR = (
    rf"{_YEAR_GRAMMAR}\s*{_YEAR_SEPARATOR}\s*(?:{_YEAR_GRAMMAR}|\d\d)"
    rf"|(?:fra\s+)?{_POINT_GRAMMAR}\s+{_SPAN_SEPARATOR}\s+{_POINT_GRAMMAR}"
    rf"|{_POINT_GRAMMAR}"
)
_HALF_WORDS = {1: "1. halvår", 2: "2. halvår"}


class PeriodPoint(NamedTuple):
    """A year, a month or half of a year, or a position in one ("ultimo 2021");
    a deadline when the plan writes "inden" ("inden maj 2022": by, not in, May 2022)."""

    year: int
    month: int | None = None
    position: str | None = None
    half: int | None = None
    deadline: bool = False

    def __str__(self) -> str:
        parts = [_DEADLINE] if self.deadline else []
        if self.position:
            parts.append(_POSITION_WORDS[self.position])
        if self.month:
            parts.append(MONTHS[self.month - 1])
        if self.half:
            parts.append(_HALF_WORDS[self.half])
        parts.append(str(self.year))
        return " ".join(parts)

    @property
    def sort_key(self) -> tuple[int, int]:
        if self.half:
            return (self.year, 1 if self.half == 1 else 7)
        return (self.year, self.month or 0)


class Period(NamedTuple):
    """One point ("2019", "oktober 2018", "1. halvår 2021") or a span ("2019-2023", "2019-21",
    "fra november 2018 til november 2019"), with the text as printed."""

    start: PeriodPoint
    end: PeriodPoint | None = None
    text: str = ""

    @property
    def last(self) -> PeriodPoint:
        return self.end or self.start

    @property
    def years(self) -> range:
        return range(self.start.year, self.last.year + 1)

    def __str__(self) -> str:
        if self.text:
            return self.text
        return f"{self.start}-{self.end}" if self.end else str(self.start)


def parse_period(raw: object) -> Period:
    """Parse a Danish period; raise ValueError naming what is wrong."""
    if isinstance(raw, Period):
        return raw
    if isinstance(raw, bool) or not isinstance(raw, (int, str)):
        raise ValueProblem(f"forventede en periode; disse former kan bruges: {PERIOD_FORMS}",
                           f"expected a period; accepted forms: {PERIOD_FORMS}")
    text = " ".join(str(raw).split())
    if not text:
        raise ValueProblem(f"tom periode; disse former kan bruges: {PERIOD_FORMS}",
                           f"empty period; accepted forms: {PERIOD_FORMS}")
    years = _YEAR_SPAN_RE.match(text)
    if years:
        start = _year(years["start"], text)
        return _span(PeriodPoint(start), PeriodPoint(_end_year(years["end"], start, text)), text)
    span = _SPAN_RE.match(text)
    if span:
        return _span(_point(span["start"], text), _point(span["end"], text), text)
    return Period(start=_point(text, text), text=text)


def _end_year(word: str, start: int, whole: str) -> int:
    """"2019-21": a span's end year may be printed with its last two digits, in the start's century."""
    if re.fullmatch(r"\d\d", word):
        return start // 100 * 100 + int(word)
    if not re.fullmatch(r"\d{4}", word):
        raise ValueProblem(
            f"'{word}' i '{whole}' er hverken et firecifret årstal eller, sidst i en periode, to cifre ('2019-21')",
            f"'{word}' in '{whole}' is neither a four-digit year nor, ending a span, two digits ('2019-21')")
    return _year(word, whole)


def _span(start: PeriodPoint, end: PeriodPoint, text: str) -> Period:
    if end.sort_key < start.sort_key:
        raise ValueProblem(f"'{text}' slutter, før den begynder", f"'{text}' ends before it starts")
    return Period(start=start, end=end, text=text)


def _point(text: str, whole: str) -> PeriodPoint:
    text = re.sub(rf"^{_POINT_PREFIX}", "", text.strip(), flags=re.IGNORECASE)
    match = _POINT_RE.match(text)
    if not match:
        raise ValueProblem(f"'{whole}' er ikke en periode; disse former kan bruges: {PERIOD_FORMS}",
                           f"'{whole}' is not a period; accepted forms: {PERIOD_FORMS}")
    month = None
    if match["month"]:
        month = _month(match["month"], whole)
    position = _POSITIONS[match["position"].lower()] if match["position"] else None
    return PeriodPoint(year=_year(match["year"], whole), month=month, position=position,
                       half=_half(match["half"], whole), deadline=bool(match["deadline"]))


def _half(ordinal: str | None, whole: str) -> int | None:
    if ordinal is None:
        return None
    if ordinal not in ("1", "2"):
        raise ValueProblem(f"'{ordinal}. halvår' i '{whole}' er ikke et halvår (skriv '1. halvår' eller '2. halvår')",
                           f"'{ordinal}. halvår' in '{whole}' is not a half-year (write '1. halvår' or '2. halvår')")
    return int(ordinal)


def _month(word: str, whole: str) -> int:
    name = word.lower().rstrip(".")
    if name in MONTHS:
        return MONTHS.index(name) + 1
    if name in _MONTH_ABBREVIATIONS:
        return _MONTH_ABBREVIATIONS[name]
    raise ValueProblem(f"'{word}' i '{whole}' er ikke et dansk månedsnavn",
                       f"'{word}' in '{whole}' is not a Danish month name")


def _year(word: str, whole: str) -> int:
    if not re.fullmatch(r"\d{4}", word):
        raise ValueProblem(f"'{word}' i '{whole}' er ikke et firecifret årstal",
                           f"'{word}' in '{whole}' is not a four-digit year")
    year = int(word)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueProblem(f"året {year} i '{whole}' ligger uden for {FIRST_YEAR}-{LAST_YEAR}",
                           f"year {year} in '{whole}' is out of range ({FIRST_YEAR}-{LAST_YEAR})")
    return year
