"""planctl compare as a user runs it: formats, language, -o, errors, exit codes."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.compare.helpers import FINAL_PLANS
from tests.conftest import MINIMAL_PLAN, ROOT, Run, RunCli

WritePlan = Callable[..., Path]


@pytest.fixture
def run(planctl: RunCli) -> Callable[..., Run]:
    """planctl in the repository root, with the locale and width the command-line tests were written for."""

    def run(*args: str | Path, lang: str = "C.UTF-8", cwd: Path = ROOT) -> Run:
        return planctl(*args, env={"LANG": lang, "LC_ALL": lang, "COLUMNS": "120"}, cwd=cwd)

    return run


def test_compare_json_and_csv(run: Callable[..., Run]) -> None:
    result = run("compare", *FINAL_PLANS, "--format", "json", "--rows", "minister-goals", "--lang", "en")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert [g["kind"] for g in data["groups"]] == ["minister-goals"]
    assert data["lang"] == "en"
    result = run("compare", *FINAL_PLANS, "--format", "csv", "--rows", "quality")
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert {r["group"] for r in rows} == {"quality"} and len(rows) == 4 * 6


def test_language_follows_a_danish_locale(run: Callable[..., Run]) -> None:
    danish = run("compare", "plans/rudersdal-2021.yaml", "--format", "markdown", lang="da_DK.UTF-8")
    assert danish.out.startswith("# Sammenligning af 1 plan")
    english = run("compare", "plans/rudersdal-2021.yaml", "--format", "markdown", lang="en_GB.UTF-8")
    assert english.out.startswith("# Comparison of 1 plan")


def test_piped_text_has_no_colour_codes(run: Callable[..., Run]) -> None:
    result = run("compare", *FINAL_PLANS)
    assert result.code == 0
    assert "\x1b[" not in result.out
    assert max(len(line) for line in result.out.splitlines()) <= 120


def test_an_unknown_format_is_refused_with_the_choices(run: Callable[..., Run]) -> None:
    result = run("compare", "plans/rudersdal-2021.yaml", "--format", "html")
    assert result.code == 2
    assert "'html' is not one of text, markdown, json, csv" in result.err


@pytest.mark.parametrize("output_format", ["text", "markdown", "json", "csv"])
def test_output_file_gets_exactly_what_standard_output_gets(run: Callable[..., Run], tmp_path: Path,
                                                            output_format: str) -> None:
    shown = run("compare", *FINAL_PLANS, "--format", output_format)
    target = tmp_path / f"compare.{output_format}"
    written = run("compare", *FINAL_PLANS, "--format", output_format, "-o", target)
    assert shown.code == written.code == 0, written.err
    assert written.out == "" and written.err == ""
    assert target.read_bytes() == shown.out.encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


def test_a_failed_comparison_leaves_the_output_file_untouched(run: Callable[..., Run], write_plan: WritePlan,
                                                              tmp_path: Path) -> None:
    bad = write_plan(MINIMAL_PLAN.replace("value: x pct.", "value: 12,,5 pct."))
    target = tmp_path / "compare.md"
    target.write_bytes(b"earlier comparison\n")
    result = run("compare", "plans/rudersdal-2021.yaml", bad, "--format", "markdown", "--output", target)
    assert result.code == 2
    assert target.read_bytes() == b"earlier comparison\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([bad.name, target.name])


def test_an_invalid_plan_stops_the_comparison_with_file_line_col(run: Callable[..., Run],
                                                                 write_plan: WritePlan) -> None:
    bad = write_plan(MINIMAL_PLAN.replace("value: x pct.", "value: 12,,5 pct."))
    result = run("compare", "plans/rudersdal-2021.yaml", bad)
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith(f"{bad}:16:18: sections[0].goals[0].target.value:")
    assert "Traceback" not in result.err


def test_bad_arguments_exit_2_in_one_line(run: Callable[..., Run]) -> None:
    result = run("compare", "plans/rudersdal-2021.yaml", "--rows", "targets")
    assert result.code == 2
    assert result.err.strip().splitlines() == [
        "planctl: --rows: unknown row group 'targets' (choose from target-groups, minister-goals, figures, quality)"]
    result = run("compare", "plans/nowhere.yaml")
    assert result.code == 2 and result.err.strip() == "plans/nowhere.yaml: no such file or folder"


@pytest.mark.parametrize(("output_format", "shown"), [
    ("text", "[bold]Lyngby\\x1b[2J\\x9b31m"),
    ("csv", "[bold]Lyngby\\x1b[2J\\x9b31m"),
    ("markdown", "\\[bold\\]Lyngby\\\\x1b\\[2J\\\\x9b31m"),
])
def test_markup_and_escape_codes_in_a_plan_are_printed_as_text(run: Callable[..., Run], write_plan: WritePlan,
                                                                output_format: str, shown: str) -> None:
    name = 'name: "[bold]Lyngby\\e[2J\\x9b31m Kommune"'  # ESC, a C1 CSI and Rich markup
    path = write_plan(MINIMAL_PLAN.replace("name: Lyngby-Taarbæk Kommune", name))
    result = run("compare", path, "--format", output_format, "--rows", "quality")
    assert result.code == 0, result.err
    assert "\x1b" not in result.out and "\x9b" not in result.out
    assert shown in result.out
