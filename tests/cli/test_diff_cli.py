"""planctl diff as a user runs it: exit codes as diff(1), formats, --only, --stat, -o."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, RunCli

DRAFT = "plans/lyngby-taarbaek-2019-udkast.yaml"
FINAL = "plans/lyngby-taarbaek-2019.yaml"


def test_differences_exit_1_and_none_exit_0(planctl: RunCli) -> None:
    assert planctl("diff", DRAFT, FINAL, cwd=ROOT).code == 1
    same = planctl("diff", FINAL, FINAL, cwd=ROOT)
    assert same.code == 0
    assert "No differences." in same.out


def test_a_missing_plan_exits_2_with_one_line(planctl: RunCli) -> None:
    result = planctl("diff", DRAFT, "plans/nowhere.yaml", cwd=ROOT)
    assert result.code == 2
    assert result.err.strip() == "plans/nowhere.yaml: no such file"


def test_only_and_stat(planctl: RunCli) -> None:
    figures = json.loads(planctl("diff", DRAFT, FINAL, "--only", "figures", "--format", "json", cwd=ROOT).out)
    assert {c["area"] for c in figures["changes"]} == {"figures"}
    stat = planctl("diff", DRAFT, FINAL, "--stat", "--lang", "da", cwd=ROOT).out
    assert "pladsholdere udfyldt" in stat
    assert "MÅL 1" not in stat


def test_unrelated_plans_are_said_to_be_unrelated(planctl: RunCli) -> None:
    result = planctl("diff", FINAL, "plans/rudersdal-2021.yaml", "--stat", cwd=ROOT)
    assert result.code == 1
    assert "do not look like versions of one plan" in " ".join(result.out.split())


def test_the_format_choices_are_the_renderers(planctl: RunCli) -> None:
    result = planctl("diff", DRAFT, FINAL, "--format", "csv", cwd=ROOT)
    assert result.code == 2
    assert "text, markdown, json" in result.err


@pytest.mark.parametrize("output_format", ["text", "markdown", "json"])
def test_output_file_gets_exactly_the_bytes_of_standard_output(
    planctl: RunCli, tmp_path: Path, output_format: str
) -> None:
    printed = planctl("diff", DRAFT, FINAL, "--format", output_format, "--lang", "da", cwd=ROOT)
    target = tmp_path / f"diff.{output_format}"
    written = planctl("diff", DRAFT, FINAL, "--format", output_format, "--lang", "da", "-o", target, cwd=ROOT)
    assert printed.code == written.code == 1
    assert written.out == ""
    assert printed.out.startswith({"text": DRAFT, "markdown": "## `", "json": "{"}[output_format])
    assert target.read_bytes() == printed.out.encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left behind
