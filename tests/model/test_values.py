import pickle
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from planctl.model.values import (
    PLACEHOLDER_IN_TEXT_RE,
    Placeholder,
    Quantity,
    format_danish_number,
    parse_amount,
    parse_danish_number,
    parse_period,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [("4", "4"), ("4,5", "4.5"), ("37.818", "37818"), ("1.234,5", "1234.5"), ("-2", "-2"), ("0,4", "0.4")],
)
def test_danish_numbers(text: str, value: str) -> None:
    assert parse_danish_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["018", "12,,5", "4.5", "37,818.5", "1.23", ""])
def test_malformed_numbers_are_rejected(text: str) -> None:
    with pytest.raises(ValueError):
        parse_danish_number(text)


@pytest.mark.parametrize(("value", "text"), [("37818", "37.818"), ("4.5", "4,5"), ("-1234567.25", "-1.234.567,25")])
def test_danish_number_format(value: str, text: str) -> None:
    assert format_danish_number(Decimal(value)) == text


@pytest.mark.parametrize("value", ["-4.50", "-0", "0.0", "1E+3", "6013000.10", "123456789012345678.9012345678"])
def test_danish_number_format_is_babels_at_the_edges(value: str) -> None:
    """Trailing zeros dropped, '-0' kept, 28 significant digits: as babel writes them, without importing it."""
    assert format_danish_number(Decimal(value)) == format_decimal(Decimal(value), locale="da_DK",
                                                                  decimal_quantization=False)


@given(st.one_of(st.integers(min_value=-10**15, max_value=10**15),
                 st.decimals(allow_nan=False, allow_infinity=False, places=6, min_value=-10**12, max_value=10**12)))
def test_danish_number_format_is_babels(value: int | Decimal) -> None:
    assert format_danish_number(value) == format_decimal(value, locale="da_DK", decimal_quantization=False)


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("4 pct.", "4", "pct.", None),
        ("4,5 pct.", "4.5", "pct.", None),
        ("ca. 600 personer", "600", "personer", "ca."),
        ("37.818 fuldtidspersoner", "37818", "fuldtidspersoner", None),
        ("2,7 procentpoint", "2.7", "procentpoint", None),
        ("0,4 pct. point", "0.4", "procentpoint", None),
        ("minimum 30 pct.", "30", "pct.", "minimum"),
        ("Minimum 30 pct.", "30", "pct.", "minimum"),
        ("10%", "10", "pct.", None),
        ("-12%", "-12", "pct.", None),
        ("ca. 580 helårspersoner", "580", "helårspersoner", "ca."),
        ("knap 20.900 fuldtidspersoner", "20900", "fuldtidspersoner", "knap"),
    ],
)
def test_quantities(text: str, value: str, unit: str, qualifier: str | None) -> None:
    amount = parse_amount(text)
    assert amount == Quantity(Decimal(value), unit, qualifier, text)
    assert str(amount) == text


@pytest.mark.parametrize(
    ("text", "stands_for", "qualifier"),
    [
        ("x pct.", "pct.", None),
        ("xx pct.", "pct.", None),
        ("X pct.", "pct.", None),
        ("XX pct.", "pct.", None),
        ("ca. xx", None, "ca."),
        ("ca. x personer", "personer", "ca."),
        ("ca. xx helårspersoner", "helårspersoner", "ca."),
        ("xx", None, None),
        ("minimum xx pct.", "pct.", "minimum"),
    ],
)
def test_placeholders_are_typed_values(text: str, stands_for: str | None, qualifier: str | None) -> None:
    amount = parse_amount(text)
    assert isinstance(amount, Placeholder)
    assert (amount.text, amount.stands_for, amount.qualifier) == (text, stands_for, qualifier)


def test_a_placeholder_is_what_it_says_not_where_it_stands() -> None:
    """Equal and hashed alike wherever it stands (the loader tells it its place afterwards); read-only."""
    here, there = Placeholder("xx pct.", "pct."), Placeholder("xx pct.", "pct.", line=3, column=9)
    assert here == there and hash(here) == hash(there) and len({here, there}) == 1
    assert here != Placeholder("xx pct.", "pct.", "ca.") and here != "xx pct."
    assert repr(there) == "Placeholder(text='xx pct.', stands_for='pct.', qualifier=None, line=3, column=9)"
    with pytest.raises(AttributeError):
        here.text = "x"
    object.__setattr__(here, "line", 4)  # as the loader does
    assert here.line == 4 and pickle.loads(pickle.dumps(here)).line == 4


@pytest.mark.parametrize("text", ["018", "12,,5 pct.", "fire pct.", "4 pct. x", "", "pct."])
def test_malformed_amounts_are_errors(text: str) -> None:
    with pytest.raises(ValueError, match="neither a Danish quantity|empty value"):
        parse_amount(text)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Der er ca. xx sygedagpengemodtagere i kommunen.", "ca. xx"),
        ("skal falde med x pct. fra 2018 til 2019", "x pct."),
        ("X pct. af borgere i ressourceforløb", "X pct."),
        ("Det svarer til et fald på ca. xx personer.", "ca. xx personer"),
    ],
)
def test_placeholders_in_prose_are_found(sentence: str, found: str) -> None:
    match = PLACEHOLDER_IN_TEXT_RE.search(sentence)
    assert match is not None and match.group(0) == found


@pytest.mark.parametrize("sentence", ["Box 10", "xxl-størrelse", "Xerox", "fx 4 pct.", "x-aksen"])
def test_words_with_x_are_not_placeholders(sentence: str) -> None:
    assert PLACEHOLDER_IN_TEXT_RE.search(sentence) is None


Point = tuple[int, int | None, str | None]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2019", (2019, None, None), None),
        (2019, (2019, None, None), None),
        ("oktober 2018", (2018, 10, None), None),
        ("okt. 2018", (2018, 10, None), None),
        ("fra november 2018 til november 2019", (2018, 11, None), (2019, 11, None)),
        ("fra 2018 til 2019", (2018, None, None), (2019, None, None)),
        ("2019-2023", (2019, None, None), (2023, None, None)),
        ("2019–2023", (2019, None, None), (2023, None, None)),
        ("ultimo 2021", (2021, None, "end"), None),
        ("ved udgangen af 2021", (2021, None, "end"), None),
        ("medio 2019", (2019, None, "middle"), None),
        ("frem mod udgangen af 2023", (2023, None, "end"), None),
        ("udgangen af 2023", (2023, None, "end"), None),
        ("medio 2020", (2020, None, "middle"), None),
        ("2019-21", (2019, None, None), (2021, None, None)),
        ("2019 - 21", (2019, None, None), (2021, None, None)),
    ],
)
def test_periods(text: str | int, start: Point, end: Point | None) -> None:
    period = parse_period(text)
    assert (period.start.year, period.start.month, period.start.position) == start
    if end is None:
        assert period.end is None
    else:
        assert period.end is not None
        assert (period.end.year, period.end.month, period.end.position) == end
    assert str(period) == str(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("december 018", "'018' in 'december 018' is not a four-digit year"),
        ("018", "'018' in '018' is not a four-digit year"),
        ("oktobr 2018", "'oktobr' in 'oktobr 2018' is not a Danish month name"),
        ("fra 2019 til 2018", "ends before it starts"),
        ("medio 20200", "'20200' in 'medio 20200' is not a four-digit year"),
        ("3. halvår 2021", "'3. halvår' in '3. halvår 2021' is not a half-year"),
        ("2019-1", "'1' in '2019-1' is neither a four-digit year nor, ending a span, two digits"),
        ("2021-19", "'2021-19' ends before it starts"),
        ("inden maj", "'maj' in 'inden maj' is not a four-digit year"),
        ("i løbet af 2022",
         "'i løbet af 2022' is not a period; accepted forms: '2019', 'oktober 2018'.*'inden maj 2022'"),
        ("halvår 2021", "'halvår' in 'halvår 2021' is not a Danish month name"),
        ("", "empty period"),
    ],
)
def test_malformed_periods_are_errors(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_period(text)


def test_inden_is_a_deadline() -> None:
    """"inden maj 2022": by May 2022, not in it; the deadline reads back as printed."""
    period = parse_period("inden maj 2022")
    assert (period.start.year, period.start.month, period.start.deadline) == (2022, 5, True)
    assert str(period.start) == "inden maj 2022"
    assert not parse_period("maj 2022").start.deadline


@pytest.mark.parametrize(("text", "half", "order"),
                         [("1. halvår 2021", 1, (2021, 1)), ("2. halvår 2021", 2, (2021, 7))])
def test_a_half_year(text: str, half: int, order: tuple[int, int]) -> None:
    point = parse_period(text).start
    assert (point.year, point.half, point.month, point.sort_key) == (2021, half, None, order)
    assert str(point) == text


def test_a_half_year_span_ends_after_it_starts() -> None:
    assert parse_period("fra 1. halvår 2021 til 2. halvår 2021").years == range(2021, 2022)
    with pytest.raises(ValueError, match="ends before it starts"):
        parse_period("fra 2. halvår 2021 til 1. halvår 2021")


def test_a_two_digit_end_year_is_in_the_start_s_century() -> None:
    assert parse_period("2019-21").years == range(2019, 2022)
    assert str(parse_period("2019-21")) == "2019-21"
