from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from planctl.lint.rules.heading_mismatch import _closest
from planctl.similarity import at_least, ratio
from planctl.text import heading_key

_SHORT_TEXT = st.text(alphabet="abcæøå .-ABC", max_size=80)


@pytest.mark.parametrize(("first", "second"), [
    ("", ""), ("a", ""), ("", "b"), ("beskæftigelse", "beskæftigelse"),
    ("Indsatsområde: Flere personer med handicap skal i beskæftigelse",
     "Indsatsområde: Flere personer med handicap i beskæftigelse"),
    ("abc", "xyz"), ("a" * 200, "a" * 150 + "b" * 50),
])
def test_the_ratio_is_rapidfuzz_ratio(first: str, second: str) -> None:
    assert ratio(first, second) == fuzz.ratio(first, second)


@given(_SHORT_TEXT, _SHORT_TEXT)
def test_the_ratio_is_rapidfuzz_ratio_for_any_texts(first: str, second: str) -> None:
    assert ratio(first, second) == fuzz.ratio(first, second)


@given(_SHORT_TEXT, st.lists(_SHORT_TEXT, max_size=6))
def test_the_closest_heading_is_the_one_rapidfuzz_extracts(title: str, headings: list[str]) -> None:
    best = process.extractOne(heading_key(title), [heading_key(h) for h in headings], scorer=fuzz.ratio,
                              score_cutoff=75)
    assert _closest(title, headings) == (headings[best[2]] if best is not None else None)


def test_the_first_of_equally_close_headings_is_chosen() -> None:
    assert _closest("Unge under 30", ["Unge under 31", "Unge under 32"]) == "Unge under 31"


@given(st.text(max_size=40), st.text(max_size=40), st.floats(min_value=0, max_value=100))
def test_at_least_is_the_ratio_compared_only_faster(first: str, second: str, score: float) -> None:
    assert at_least(first, second, score) == (ratio(first, second) >= score)
