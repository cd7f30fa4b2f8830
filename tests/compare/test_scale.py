"""compare at the whole country's scale: linear output, a paged terminal view, the long formats.

The plans are benchmarks/country.py's: the five real plans renamed to other municipalities,
their years shifted and values changed. Sizes are counted (rows, records, bytes), never timed.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.country import write_country
from planctl.compare.inputs import CompareOptions
from planctl.compare.model import Comparison
from planctl.compare.run import compare_files
from planctl.messages import Lang
from planctl.render.compare import FORMATS
from planctl.render.compare.long import FIELDS
from planctl.render.compare.text import UNPAGED_PLANS, plans_side_by_side
from planctl.render.page import Page
from tests.compare.helpers import FINAL_PLANS
from tests.conftest import ROOT, Run, RunCli

FEW, MANY = 5, 20


@pytest.fixture(scope="module")
def country(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_country(tmp_path_factory.mktemp("country"), MANY)


@pytest.fixture(scope="module")
def few(country: list[Path]) -> Comparison:
    return compare_files(country[:FEW], CompareOptions(lang=Lang.da))


@pytest.fixture(scope="module")
def many(country: list[Path]) -> Comparison:
    return compare_files(country, CompareOptions(lang=Lang.da))


def rendered(comparison: Comparison, name: str, width: int = 100, **options: object) -> str:
    text = FORMATS.render(name, comparison, Page(lang=comparison.lang, width=width, options=options))
    assert isinstance(text, str)
    return text


def row_count(comparison: Comparison) -> int:
    return sum(len(group.rows) for group in comparison.groups)


def test_the_country_is_98_municipalities_each_once(tmp_path: Path) -> None:
    plans = write_country(tmp_path, 98)
    heads = [path.read_text(encoding="utf-8").split("title:")[0] for path in plans]
    assert len(set(heads)) == 98
    assert write_country(tmp_path / "again", 98)[5].read_bytes() == plans[5].read_bytes()


def test_a_plan_adds_cells_not_rows(few: Comparison, many: Comparison) -> None:
    # Rows are indicators (target groups, ministermål, measures, families): four times the plans
    # may bring an indicator no plan of the five had (another year's ministermål), not a row per plan.
    assert row_count(many) <= row_count(few) + 2
    for comparison in (few, many):
        for group in comparison.groups:
            assert all(len(row.cells) == len(comparison.plans) for row in group.rows)
            assert len({row.key for row in group.rows}) == len(group.rows)


@pytest.mark.parametrize("name", ["json", "csv", "json-long", "csv-long"])
def test_output_grows_linearly_with_the_plans(few: Comparison, many: Comparison, name: str) -> None:
    ratio = len(rendered(many, name).encode()) / len(rendered(few, name).encode())
    assert ratio <= 1.3 * MANY / FEW, f"{name}: {MANY} plans give {ratio:.1f} times the output of {FEW}"


def test_csv_long_has_one_record_per_plan_and_row(many: Comparison) -> None:
    records = list(csv.DictReader(io.StringIO(rendered(many, "csv-long"))))
    assert len(records) == row_count(many) * MANY
    assert tuple(records[0]) == FIELDS
    assert len({(r["file"], r["group"], r["indicator"]) for r in records}) == len(records)
    assert {r["code"] for r in records} == {plan.code for plan in many.plans}
    figures = [r for r in records if r["state"] == "value"]
    assert figures and all(float(r["value"]) >= 0 and r["unit"] == "pct." for r in figures)
    assert all(r["value"] == "" for r in records if r["group"] != "figures")


def test_json_long_holds_the_same_records_with_numbers(many: Comparison) -> None:
    data = json.loads(rendered(many, "json-long"))
    assert data["version"] == 1 and data["lang"] == "da" and data["fields"] == list(FIELDS)
    records = data["records"]
    assert len(records) == row_count(many) * MANY
    assert all(isinstance(r["year"], int) for r in records)
    assert any(isinstance(r["value"], (int, float)) for r in records)
    as_csv = list(csv.DictReader(io.StringIO(rendered(many, "csv-long"))))
    assert [r["text"] for r in records] == [r["text"] for r in as_csv]


def test_the_terminal_shows_one_page_of_the_plans_that_fit(many: Comparison) -> None:
    assert MANY > UNPAGED_PLANS
    fit = plans_side_by_side(100)
    text = rendered(many, "text", 100)
    assert max(len(line) for line in text.splitlines()) <= 100
    shown = [plan for plan in many.plans if f"({plan.code})" in text]
    assert shown == many.plans[:fit]
    pages = -(-MANY // fit)
    words = " ".join(text.split())  # the line that says how to get the rest wraps on a narrow terminal
    assert f"Side 1 af {pages} (planerne 1–{fit} af {MANY}). Andre sider: --page K (1–{pages})" in words
    assert "alle planer i én tabel: --format csv-long" in words
    # The notes are those of the plans on the page.
    others = [note for plan in many.plans[fit:] for note in plan.notes]
    assert others and not any(note[:40] in text for note in others)


def test_another_page_shows_the_next_plans(many: Comparison) -> None:
    fit = plans_side_by_side(200)
    text = rendered(many, "text", 200, page=2)
    shown = [plan for plan in many.plans if f"({plan.code})" in text]
    assert len(shown) <= fit
    assert shown == many.plans[len(shown):2 * len(shown)]
    assert "Side 2 af" in text


@pytest.fixture
def run(planctl: RunCli) -> Callable[..., Run]:
    def run(*args: str | Path) -> Run:
        return planctl(*args, env={"COLUMNS": "120"}, cwd=ROOT)

    return run


def test_a_page_past_the_last_is_refused(run: Callable[..., Run]) -> None:
    result = run("compare", *FINAL_PLANS, "--rows", "target-groups", "--page", "9")
    assert result.code == 2
    assert "--page 9" in result.err and "2 pages" in result.err


def test_a_page_of_few_plans_on_request(run: Callable[..., Run]) -> None:
    result = run("compare", *FINAL_PLANS, "--rows", "target-groups", "--page", "2")
    assert result.code == 0, result.err
    assert "Page 2 of 2 (plans 3–4 of 4)" in result.out
    assert "Tårnby" in result.out and "Lyngby" not in result.out.split("Page 2 of 2")[1][:2000]


def test_pages_are_for_the_terminal_only(run: Callable[..., Run]) -> None:
    result = run("compare", "plans/rudersdal-2021.yaml", "--format", "csv-long", "--page", "2")
    assert result.code == 2
    assert "--page" in result.err
