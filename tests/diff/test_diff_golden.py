"""Golden files of the Lyngby-Taarbæk draft → final diff in text (fixed width), markdown and json."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from planctl.diff import PlanDiff, diff_plans
from planctl.load import load_plan
from planctl.render.diff_json import render_diff_json
from planctl.render.diff_markdown import render_diff_markdown
from planctl.render.diff_text import render_diff_text
from tests.conftest import ROOT
from tests.golden import assert_golden

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def lyngby(monkeypatch: pytest.MonkeyPatch) -> PlanDiff:
    monkeypatch.chdir(ROOT)
    return diff_plans(load_plan(Path("plans/lyngby-taarbaek-2019-udkast.yaml")),
                      load_plan(Path("plans/lyngby-taarbaek-2019.yaml")))


@pytest.mark.parametrize("lang", ["da", "en"])
def test_text(lyngby: PlanDiff, lang: str) -> None:
    out = io.StringIO()
    render_diff_text(lyngby, Console(file=out, width=100, color_system=None, highlight=False), lang)
    text = out.getvalue()
    assert "[-x pct.-] → {+4 pct.+}" in text  # plain markers when there is no colour
    assert_golden(text, GOLDEN / f"lyngby-{lang}.txt")


def test_text_in_colour_strikes_the_old_and_greens_the_new(lyngby: PlanDiff) -> None:
    out = io.StringIO()
    render_diff_text(lyngby, Console(file=out, width=100, color_system="standard", force_terminal=True), "da")
    text = out.getvalue()
    assert "\x1b[9;31mx pct." in text  # red strike-through
    assert "\x1b[32m4 pct." in text  # green
    assert "[-x pct.-]" not in text


def test_markdown(lyngby: PlanDiff) -> None:
    text = render_diff_markdown(lyngby, "da")
    assert "~~x pct.~~ → **4 pct.**" in text
    assert_golden(text, GOLDEN / "lyngby.md")


def test_json(lyngby: PlanDiff) -> None:
    text = render_diff_json(lyngby, "en")
    data = json.loads(text)
    assert len(data["changes"]) == len(lyngby.changes)
    assert sum(data["summary"].values()) == len(lyngby.changes)
    first = next(c for c in data["changes"] if c["kind"] == "placeholder-filled")
    assert set(first) == {"kind", "label", "area", "subject", "part", "old", "new", "detail", "before", "after",
                          "words"}
    assert_golden(text, GOLDEN / "lyngby.json")
