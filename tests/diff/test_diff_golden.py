"""Golden files of the Lyngby-Taarbæk draft → final diff in text (fixed width), markdown and json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planctl.diff import PlanDiff, diff_plans
from planctl.load import load_plan
from planctl.messages import Lang
from planctl.render.diff import FORMATS
from planctl.render.page import Page
from tests.conftest import ROOT
from tests.golden import assert_golden

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def lyngby(monkeypatch: pytest.MonkeyPatch) -> PlanDiff:
    monkeypatch.chdir(ROOT)
    return diff_plans(load_plan(Path("plans/lyngby-taarbaek-2019-udkast.yaml")),
                      load_plan(Path("plans/lyngby-taarbaek-2019.yaml")))


def rendered(name: str, diff: PlanDiff, lang: Lang, *, color: bool = False) -> str:
    text = FORMATS.render(name, diff, Page(lang=lang, width=100, color=color))
    assert isinstance(text, str)
    return text


@pytest.mark.parametrize("lang", list(Lang))
def test_text(lyngby: PlanDiff, lang: Lang) -> None:
    text = rendered("text", lyngby, lang)
    assert "[-x pct.-] → {+4 pct.+}" in text  # plain markers when there is no colour
    assert_golden(text, GOLDEN / f"lyngby-{lang}.txt")


def test_text_in_colour_strikes_the_old_and_greens_the_new(lyngby: PlanDiff) -> None:
    text = rendered("text", lyngby, Lang.da, color=True)
    assert "\x1b[9;31mx pct." in text  # red strike-through
    assert "\x1b[32m4 pct." in text  # green
    assert "[-x pct.-]" not in text


def test_markdown(lyngby: PlanDiff) -> None:
    text = rendered("markdown", lyngby, Lang.da)
    assert "~~x pct.~~ → **4 pct.**" in text
    assert_golden(text, GOLDEN / "lyngby.md")


def test_json(lyngby: PlanDiff) -> None:
    text = rendered("json", lyngby, Lang.en)
    data = json.loads(text)
    assert len(data["changes"]) == len(lyngby.changes)
    assert sum(data["summary"].values()) == len(lyngby.changes)
    first = next(c for c in data["changes"] if c["kind"] == "placeholder-filled")
    assert set(first) == {"kind", "label", "area", "subject", "part", "old", "new", "detail", "before", "after",
                          "words"}
    assert_golden(text, GOLDEN / "lyngby.json")
