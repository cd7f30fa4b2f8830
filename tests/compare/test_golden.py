"""Golden files of every compare format, on the four municipalities' final plans.

Regenerate after an intended change with PLANCTL_UPDATE_GOLDEN=1 and review the diff.
The quality rows count what `check` finds, so a change to a lint rule shows here too.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from planctl.compare.model import Comparison
from planctl.render.compare import FORMATS
from planctl.render.compare.csv import COLUMNS
from planctl.render.page import Page
from tests.golden import assert_golden

GOLDEN = Path(__file__).parent / "golden"


def rendered(comparison: Comparison, output_format: str, width: int = 80) -> str:
    text = FORMATS.render(output_format, comparison, Page(lang=comparison.lang, width=width))
    assert isinstance(text, str)
    return text


def text_at(comparison: Comparison, width: int) -> str:
    return rendered(comparison, "text", width)


@pytest.mark.parametrize("width", [100, 200])
def test_text(finals: Comparison, width: int) -> None:
    text = text_at(finals, width)
    assert "\x1b[" not in text
    assert max(len(line) for line in text.splitlines()) <= width
    assert_golden(text, GOLDEN / f"compare-text-{width}.txt")


def test_text_splits_the_plans_when_they_do_not_fit_side_by_side(finals: Comparison) -> None:
    wide, narrow = text_at(finals, 200), text_at(finals, 100)
    assert "Planer 1–2 af 4" not in wide
    assert "Planer 1–2 af 4" in narrow and "Planer 3–4 af 4" in narrow


def test_text_pivots_on_a_narrow_terminal(finals: Comparison) -> None:
    text = text_at(finals, 60)
    assert max(len(line) for line in text.splitlines()) <= 60
    # One block per plan, in order, each with every row group.
    starts = [text.index(header) for header in ("Lyngby-Taarbæk 2019 ─", "Gladsaxe 2012 ─", "Tårnby 2019-2023 ─",
                                                "Rudersdal 2021 ─")]
    assert starts == sorted(starts)
    assert text.count("Mål pr. målgruppe") == 4


def test_text_in_english(finals_en: Comparison) -> None:
    assert_golden(text_at(finals_en, 200), GOLDEN / "compare-text-200-en.txt")


def test_markdown(finals: Comparison) -> None:
    text = rendered(finals, "markdown")
    tables = [line for line in text.splitlines() if line.startswith("| --- |")]
    assert len(tables) == 1 + len(finals.groups)  # the plans, then one table per row group
    assert_golden(text, GOLDEN / "compare.md")


def test_json(finals: Comparison) -> None:
    text = rendered(finals, "json")
    data = json.loads(text)
    assert data["version"] == 1
    assert [p["header"] for p in data["plans"]] == ["Lyngby-Taarbæk 2019", "Gladsaxe 2012", "Tårnby 2019-2023",
                                                    "Rudersdal 2021"]
    assert Comparison.model_validate(data) == finals
    assert_golden(text, GOLDEN / "compare.json")


def test_csv_has_one_line_per_plan_and_row(finals: Comparison) -> None:
    text = rendered(finals, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == len(finals.plans) * sum(len(g.rows) for g in finals.groups)
    tårnby = [r for r in rows if r["file"] == "plans/taarnby-2019-2023.yaml" and r["state"] == "unanswered"]
    assert [r["text"] for r in tårnby] == ["nr. 5: intet mål", "nr. 7: intet mål"]
    assert_golden(text, GOLDEN / "compare.csv")


def test_text_on_a_colour_terminal_marks_unanswered_goals_red(finals: Comparison) -> None:
    coloured = FORMATS.render("text", finals, Page(lang=finals.lang, width=200, color=True))
    assert isinstance(coloured, str)
    assert "\x1b[1;31mnr. 5: intet mål" in coloured  # Tårnby answers no goal for ministermål 5
    assert "\x1b[" not in text_at(finals, 200)
