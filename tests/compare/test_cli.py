"""planctl compare and planctl tags as a user runs them: formats, language, errors, exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.compare.helpers import FINAL_PLANS
from tests.conftest import MINIMAL_PLAN, ROOT

WritePlan = Callable[..., Path]


def run(*args: str | Path, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": lang, "LC_ALL": lang, "COLUMNS": "120"}
    return subprocess.run([sys.executable, "-m", "planctl", *map(str, args)], capture_output=True, text=True,
                          check=False, cwd=ROOT, env=env)


def test_compare_json_and_csv() -> None:
    result = run("compare", *FINAL_PLANS, "--format", "json", "--rows", "minister-goals", "--lang", "en")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [g["kind"] for g in data["groups"]] == ["minister-goals"]
    assert data["lang"] == "en"
    result = run("compare", *FINAL_PLANS, "--format", "csv", "--rows", "quality")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["group"] for r in rows} == {"quality"} and len(rows) == 4 * 6


def test_language_follows_a_danish_locale() -> None:
    danish = run("compare", "plans/rudersdal-2021.yaml", "--format", "markdown", lang="da_DK.UTF-8")
    assert danish.stdout.startswith("# Sammenligning af 1 plan")
    english = run("compare", "plans/rudersdal-2021.yaml", "--format", "markdown", lang="en_GB.UTF-8")
    assert english.stdout.startswith("# Comparison of 1 plan")


def test_piped_text_has_no_colour_codes() -> None:
    result = run("compare", *FINAL_PLANS)
    assert result.returncode == 0
    assert "\x1b[" not in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 120


def test_an_invalid_plan_stops_the_comparison_with_file_line_col(write_plan: WritePlan) -> None:
    bad = write_plan(MINIMAL_PLAN.replace("value: x pct.", "value: 12,,5 pct."))
    result = run("compare", "plans/rudersdal-2021.yaml", bad)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"{bad}:16:18: sections[0].goals[0].target.value:")
    assert "Traceback" not in result.stderr


def test_bad_arguments_exit_2_in_one_line() -> None:
    result = run("compare", "plans/rudersdal-2021.yaml", "--rows", "targets")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "planctl: --rows: unknown row group 'targets' (choose from target-groups, minister-goals, figures, quality)"]
    result = run("compare", "plans/nowhere.yaml")
    assert result.returncode == 2 and result.stderr.strip() == "plans/nowhere.yaml: no such file or folder"


def test_tags_prints_file_line_col_and_never_writes_the_plans(tmp_path: Path) -> None:
    before = {p: p.read_bytes() for p in (ROOT / "plans").glob("*.yaml")}
    result = run("tags", "plans/gladsaxe-2012.yaml", "--lang", "en")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("plans/gladsaxe-2012.yaml:") for line in lines)
    assert "plans/gladsaxe-2012.yaml:118:3: section 'Jobplaner': target_groups: [sygedagpenge]" in result.stdout
    patch = tmp_path / "tags.patch"
    assert run("tags", "plans/", "--write-patch", patch).returncode == 0
    assert patch.read_text(encoding="utf-8").startswith("--- a/plans/")
    refused = run("tags", "plans/gladsaxe-2012.yaml", "--write-patch", "plans/gladsaxe-2012.yaml")
    assert refused.returncode == 2 and "will not overwrite a plan file" in refused.stderr
    assert {p: p.read_bytes() for p in (ROOT / "plans").glob("*.yaml")} == before


def test_markup_and_escape_codes_in_a_plan_are_printed_as_text(write_plan: WritePlan) -> None:
    path = write_plan(MINIMAL_PLAN.replace("name: Lyngby-Taarbæk Kommune", 'name: "[bold]Lyngby\\e[2J Kommune"'))
    for output_format, shown in [("text", "[bold]Lyngby\\x1b[2J"), ("csv", "[bold]Lyngby\\x1b[2J"),
                                 ("markdown", "\\[bold\\]Lyngby\\\\x1b\\[2J")]:
        result = run("compare", path, "--format", output_format, "--rows", "quality")
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout
        assert shown in result.stdout, output_format
