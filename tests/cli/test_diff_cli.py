"""planctl diff as a user runs it: exit codes as diff(1), formats, --only, --stat."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

DRAFT = "plans/lyngby-taarbaek-2019-udkast.yaml"
FINAL = "plans/lyngby-taarbaek-2019.yaml"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "planctl", "diff", *args], cwd=ROOT,
                          capture_output=True, text=True, check=False, env={"LANG": "C", "PATH": ""})


def test_differences_exit_1_and_none_exit_0() -> None:
    assert run(DRAFT, FINAL).returncode == 1
    same = run(FINAL, FINAL)
    assert same.returncode == 0
    assert "No differences." in same.stdout


def test_a_missing_plan_exits_2_with_one_line() -> None:
    result = run(DRAFT, "plans/nowhere.yaml")
    assert result.returncode == 2
    assert result.stderr.strip() == "plans/nowhere.yaml: no such file"


def test_only_and_stat() -> None:
    figures = json.loads(run(DRAFT, FINAL, "--only", "figures", "--format", "json").stdout)
    assert {c["area"] for c in figures["changes"]} == {"figures"}
    stat = run(DRAFT, FINAL, "--stat", "--lang", "da").stdout
    assert "pladsholdere udfyldt" in stat
    assert "MÅL 1" not in stat


def test_unrelated_plans_are_said_to_be_unrelated() -> None:
    result = run(FINAL, "plans/rudersdal-2021.yaml", "--stat")
    assert result.returncode == 1
    assert "do not look like versions of one plan" in " ".join(result.stdout.split())
