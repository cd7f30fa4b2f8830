"""How users control check: inline suppressions, --select/--ignore, exit codes, configuration
files, message language, `planctl rules`, and many paths at once."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from planctl.errors import PlanctlError
from planctl.lint.config import LintConfig
from planctl.lint.files import check_files
from planctl.lint.finding import Finding
from planctl.lint.report import CheckOptions, CheckReport
from planctl.lint.rules import RULES, rule_by_id
from planctl.lint.run import lint_plan
from planctl.load import load_plan
from tests.conftest import RunCli
from tests.lint.helpers import plan_text

# One error (U001 at 14:60), one information (M002 at 16:15) and one warning (M003 at 20:24) in a final plan.
PLAN = """\
municipality:
  name: Testby Kommune
  code: "999"
title: Beskæftigelsesplan 2020
period: 2020
status: final
minister_goals: 2020
sections:
  - title: Handicap
    goals:
      - id: MÅL 1
        text: Flere personer med handicap skal i job.
        minister_goals: [1, 2, 3]
        target: {kind: change, direction: increase, value: x pct., baseline: "2019", period: "2020"}
      - id: MÅL 2
        text: Virksomhederne skal have den arbejdskraft, de har brug for.
        target: {kind: qualitative}
      - id: MÅL 3
        text: Ledigheden skal falde.
        target: {kind: deferred, deferred_until: udvalgets møde i marts 2020}
"""
TARGET = '        target: {kind: change, direction: increase, value: x pct., baseline: "2019", period: "2020"}'
DRAFT = PLAN.replace("status: final", "status: draft")


def write(path: Path, text: str = PLAN) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def found(report: CheckReport) -> list[tuple[str, int, int]]:
    return [(f.rule, f.line, f.column) for f in report.findings()]


def lint_text(tmp_path: Path, text: str, *select: str) -> tuple[list[Finding], int]:
    """Findings of the selected rules (all by default) and how many were suppressed."""
    result = lint_plan(load_plan(write(tmp_path / "plan.yaml", text)), CheckOptions(select=select), LintConfig())
    return result.findings, result.suppressed


def rules_in(report: CheckReport) -> set[str]:
    return {f.rule for f in report.findings()}


# Inline suppression.


def test_the_plan_as_written_has_one_finding_of_each_severity(tmp_path: Path) -> None:
    found_, suppressed = lint_text(tmp_path, PLAN)
    assert [(f.rule, f.line, f.column, f.severity) for f in found_] == [
        ("U001", 14, 60, "error"), ("M002", 16, 15, "info"), ("M003", 20, 24, "warning"),
    ]
    assert suppressed == 0


def test_suppression_on_the_same_line(tmp_path: Path) -> None:
    text = PLAN.replace(TARGET, TARGET + "  # planctl: ignore[U001] fastsættes i december")
    found_, suppressed = lint_text(tmp_path, text)
    assert [f.rule for f in found_] == ["M002", "M003"]
    assert suppressed == 1


def test_suppression_on_the_line_before_and_over_further_comments(tmp_path: Path) -> None:
    for comments in ("        # planctl: ignore[U001]\n",
                     "        # planctl: ignore[u001] (lowercase is fine)\n        # tallet kommer i december\n"):
        found_, suppressed = lint_text(tmp_path, PLAN.replace(TARGET, comments + TARGET))
        assert [f.rule for f in found_] == ["M002", "M003"], comments
        assert suppressed == 1


def test_suppression_on_the_line_before_covers_only_the_next_line(tmp_path: Path) -> None:
    # The comment stands before `minister_goals:` (line 14), not before the target (line 15).
    links = "        minister_goals: [1, 2, 3]"
    text = PLAN.replace(links, "        # planctl: ignore[U001]\n" + links)
    found_, suppressed = lint_text(tmp_path, text)
    assert [(f.rule, f.line, f.column) for f in found_] == [("S001", 13, 9), ("U001", 15, 60), ("M002", 17, 15),
                                                           ("M003", 21, 24)]
    assert suppressed == 0


def test_suppression_by_family(tmp_path: Path) -> None:
    found_, suppressed = lint_text(tmp_path, PLAN.replace(TARGET, TARGET + "  # planctl: ignore[U]"))
    assert [f.rule for f in found_] == ["M002", "M003"]
    assert suppressed == 1


def test_suppression_of_another_family_suppresses_nothing_and_says_so(tmp_path: Path) -> None:
    found_, suppressed = lint_text(tmp_path, PLAN.replace(TARGET, TARGET + "  # planctl: ignore[C]"))
    # The comment's '#' follows the 100 characters of the target line and two spaces.
    assert [(f.rule, f.line, f.column) for f in found_] == [
        ("U001", 14, 60), ("S001", 14, 103), ("M002", 16, 15), ("M003", 20, 24),
    ]
    assert suppressed == 0


def test_a_suppressed_error_no_longer_fails_check(tmp_path: Path, planctl: RunCli) -> None:
    path = write(tmp_path / "plan.yaml", PLAN.replace(TARGET, TARGET + "  # planctl: ignore[U001]"))
    result = planctl("check", path)
    assert result.code == 0, result.out + result.err
    assert result.out.strip().endswith("1 suppressed.")


# --select and --ignore.


@pytest.mark.parametrize(("select", "ignore", "expected"), [
    ((), (), {"U001", "M002", "M003"}),
    (("U001",), (), {"U001"}),
    (("M",), (), {"M002", "M003"}),
    (("U001", "M003"), (), {"U001", "M003"}),
    ((), ("M002",), {"U001", "M003"}),
    ((), ("M",), {"U001"}),
    (("M",), ("M003",), {"M002"}),
    (("ALL",), ("U", "M002"), {"M003"}),
])
def test_select_and_ignore_by_id_and_by_family(
    tmp_path: Path, select: tuple[str, ...], ignore: tuple[str, ...], expected: set[str]
) -> None:
    report = check_files([write(tmp_path / "plan.yaml")], CheckOptions(select=select, ignore=ignore))
    assert rules_in(report) == expected


def test_select_and_ignore_on_the_command_line(tmp_path: Path, planctl: RunCli) -> None:
    path = write(tmp_path / "plan.yaml")
    result = planctl("check", path, "--select", "u001,m", "--ignore", "M002", "--format", "concise")
    assert result.out.splitlines() == [
        f"{path}:14:60: error [U001] MÅL 1: Flere personer med handicap skal i job. — "
        "placeholder 'x pct.' where a value belongs",
        f"{path}:20:24: warning [M003] MÅL 3: Ledigheden skal falde. — "
        "the target is left to be set later (udvalgets møde i marts 2020)",
    ]


SEE = "(see `planctl rules`)"


def test_unknown_codes_are_refused(tmp_path: Path, planctl: RunCli) -> None:
    path = write(tmp_path / "plan.yaml")
    with pytest.raises(PlanctlError, match="unknown rule or family 'X9'"):
        check_files([path], CheckOptions(select=("X9",)))
    result = planctl("check", path, "--select", "U,X9")
    assert result.code == 2
    assert result.err.splitlines() == [f"planctl: --select/--ignore: unknown rule or family 'X9' {SEE}"]
    result = planctl("check", path, "--ignore", "Q")
    assert result.code == 2
    assert result.err.splitlines() == [f"planctl: --select/--ignore: unknown rule or family 'Q' {SEE}"]


# Exit codes: 1 when an error is found (or a warning, with --strict), else 0; 2 when a plan cannot be read.


@pytest.mark.parametrize(("text", "args", "code"), [
    (PLAN, [], 1),  # an error
    (DRAFT, [], 0),  # in a draft, U001 is a warning: warnings and information do not fail
    (DRAFT, ["--strict"], 1),
    (PLAN, ["--ignore", "U"], 0),
    (PLAN, ["--ignore", "U", "--strict"], 1),
    (PLAN, ["--select", "M002", "--strict"], 0),  # information never fails
    (PLAN, ["--exit-zero"], 0),
    (DRAFT, ["--strict", "--exit-zero"], 0),
])
def test_exit_codes(tmp_path: Path, text: str, args: list[str], code: int, planctl: RunCli) -> None:
    result = planctl("check", write(tmp_path / "plan.yaml", text), *args)
    assert result.code == code, result.out + result.err
    assert "Traceback" not in result.err


def test_exit_zero_does_not_hide_an_unreadable_plan(tmp_path: Path, planctl: RunCli) -> None:
    write(tmp_path / "good.yaml")
    bad = write(tmp_path / "bad.yaml", PLAN.replace("status: final", "status: finished"))
    result = planctl("check", tmp_path, "--exit-zero", "--format", "concise")
    assert result.code == 2
    [line] = result.err.splitlines()
    assert line.startswith(f"{bad}:6:9: status: ")
    assert f"{tmp_path / 'good.yaml'}:14:60: error [U001]" in result.out


# Configuration: planctl.toml or [tool.planctl] in pyproject.toml, the nearest found walking up from the plan.


def test_planctl_toml_in_a_parent_folder_selects_and_sets_severities(tmp_path: Path, planctl: RunCli) -> None:
    write(tmp_path / "planctl.toml", 'select = ["M"]\nignore = ["M003"]\n[severity]\nM002 = "error"\n')
    path = write(tmp_path / "plans" / "2020" / "plan.yaml")
    [finding] = check_files([path], CheckOptions()).findings()
    assert (finding.rule, finding.severity) == ("M002", "error")
    assert planctl("check", path).code == 1
    # The command line's --select replaces the configuration's select; its ignore still applies.
    assert rules_in(check_files([path], CheckOptions(select=("U001", "M")))) == {"U001", "M002"}


def test_severity_by_family_gives_way_to_severity_by_rule(tmp_path: Path) -> None:
    write(tmp_path / "planctl.toml", '[severity]\nM = "error"\nM002 = "info"\nU001 = "warning"\n')
    report = check_files([write(tmp_path / "plan.yaml")], CheckOptions())
    assert [(f.rule, f.severity) for f in report.findings()] == [("U001", "warning"), ("M002", "info"),
                                                                ("M003", "error")]


def test_per_file_ignores_by_file_name_and_by_relative_path(tmp_path: Path) -> None:
    write(tmp_path / "planctl.toml", '[per-file-ignores]\n"*-udkast.yaml" = ["U001"]\n"drafts/*.yaml" = ["M"]\n')
    udkast = write(tmp_path / "plans" / "plan-udkast.yaml")
    draft = write(tmp_path / "drafts" / "plan.yaml")
    other = write(tmp_path / "plans" / "plan.yaml")
    report = check_files([udkast, draft, other], CheckOptions())
    assert [{f.rule for f in result.findings} for result in report.files] == [
        {"M002", "M003"}, {"U001"}, {"U001", "M002", "M003"},
    ]


def test_tool_planctl_in_pyproject_is_found_walking_up(tmp_path: Path, planctl: RunCli) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "plans"\n\n[tool.planctl]\nignore = ["M"]\n')
    path = write(tmp_path / "a" / "b" / "plan.yaml")
    assert rules_in(check_files([path], CheckOptions())) == {"U001"}
    result = planctl("check", path, "--format", "concise")
    assert [line.split(" [")[1][:4] for line in result.out.splitlines()] == ["U001"]


def test_the_nearest_configuration_wins_and_a_pyproject_without_planctl_is_passed_by(tmp_path: Path) -> None:
    write(tmp_path / "planctl.toml", 'select = ["U"]\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    write(tmp_path / "sub" / "inner" / "planctl.toml", 'ignore = ["U"]\n')
    write(tmp_path / "sub" / "inner" / "pyproject.toml", '[tool.planctl]\nselect = ["M003"]\n')
    outer = write(tmp_path / "sub" / "plan.yaml")
    inner = write(tmp_path / "sub" / "inner" / "plan.yaml")
    report = check_files([outer, inner], CheckOptions())
    assert [{f.rule for f in result.findings} for result in report.files] == [{"U001"}, {"M002", "M003"}]


def test_config_option_replaces_the_search(tmp_path: Path, planctl: RunCli) -> None:
    write(tmp_path / "planctl.toml", 'select = ["U"]\n')
    chosen = write(tmp_path / "elsewhere" / "pyproject.toml", '[tool.planctl]\nselect = ["M003"]\n')
    path = write(tmp_path / "plan.yaml")
    assert rules_in(check_files([path], CheckOptions(config=chosen))) == {"M003"}
    assert planctl("check", path, "--config", chosen).code == 0


@pytest.mark.parametrize(("name", "text", "message"), [
    ("planctl.toml", 'select = ["U"\nignore = []\n', "invalid TOML: "),
    ("planctl.toml", 'selct = ["U"]\n', "unknown setting 'selct' (did you mean 'select'?)"),
    ("planctl.toml", 'ignore = ["Q9"]\n', "ignore: unknown rule or family 'Q9' (see `planctl rules`)"),
    ("planctl.toml", 'select = "U"\n', 'select must be a list of rule ids, e.g. ["U001", "C"]'),
    ("planctl.toml", '[severity]\nM002 = "fatal"\n', "severity of M002 must be one of error, warning, info"),
    ("planctl.toml", 'severity = "error"\n', 'severity must be a table, e.g. [severity] M002 = "error"'),
    ("planctl.toml", "per-file-ignores = 5\n", "per-file-ignores must be a table, e.g. "),
    ("pyproject.toml", '[tool]\nplanctl = ["U"]\n', "tool.planctl must be a table, e.g. [tool.planctl] select = "),
])
def test_a_broken_configuration_is_one_line_and_exit_2(
    tmp_path: Path, name: str, text: str, message: str, planctl: RunCli
) -> None:
    config = write(tmp_path / name, text)
    result = planctl("check", write(tmp_path / "plans" / "plan.yaml"))
    assert result.code == 2
    assert "Traceback" not in result.err
    [line] = result.err.splitlines()
    assert re.match(rf"{re.escape(str(config))}:(\d+:\d+:)? {re.escape(message)}", line), line


# Language of messages.


def test_lang_option_chooses_danish_or_english(tmp_path: Path, planctl: RunCli) -> None:
    path = write(tmp_path / "plan.yaml")
    danish = planctl("check", path, "--select", "U001", "--lang", "da", "--format", "concise")
    english = planctl("check", path, "--select", "U001", "--lang", "en", "--format", "concise")
    goal = "MÅL 1: Flere personer med handicap skal i job. — "
    assert danish.out == f"{path}:14:60: error [U001] {goal}pladsholder 'x pct.' står, hvor der skal være en værdi\n"
    assert english.out == f"{path}:14:60: error [U001] {goal}placeholder 'x pct.' where a value belongs\n"


def test_lang_defaults_to_the_locale(tmp_path: Path, planctl: RunCli) -> None:
    path = write(tmp_path / "plan.yaml")
    # No locale variable but the ones a case sets (the fixture removes LC_ALL, LC_MESSAGES and LANGUAGE).
    env: dict[str, str | None] = {"LANG": None}
    danish = planctl("check", path, "--select", "M002", env={**env, "LANG": "da_DK.UTF-8"})
    assert "måleligt" in danish.out
    assert "1 fund i 1 plan" in danish.out
    english = planctl("check", path, "--select", "M002", env={**env, "LANG": "da_DK.UTF-8", "LC_ALL": "C.UTF-8"})
    assert "measurable" in english.out
    overridden = planctl("check", path, "--select", "M002", "--lang", "en", env={**env, "LANG": "da_DK.UTF-8"})
    assert "1 finding in 1 plan" in overridden.out
    assert "measurable" in planctl("check", path, "--select", "M002", env=env).out


# planctl rules.


def test_rules_lists_every_rule(planctl: RunCli) -> None:
    result = planctl("rules")
    assert result.code == 0
    first_words = {line.split()[0] for line in result.out.splitlines() if line[:1].strip()}
    assert {rule.id for rule in RULES} <= first_words


def test_rules_prints_one_rules_documentation(planctl: RunCli) -> None:
    c003 = rule_by_id("C003")
    assert c003 is not None
    for asked in ("C003", "c003", "overview-differs-from-body"):
        result = planctl("rules", asked)
        assert result.code == 0
        assert result.out == c003.documentation() + "\n"
    assert result.out.startswith("C003 overview-differs-from-body: ")


def test_rules_refuses_an_unknown_rule(planctl: RunCli) -> None:
    result = planctl("rules", "Z999")
    assert result.code == 2
    assert result.err == "planctl: no rule 'Z999' (`planctl rules` lists them)\n"
    assert result.out == ""


def test_rules_in_danish_prints_a_rules_danish_documentation_and_refuses_in_danish(planctl: RunCli) -> None:
    shown = planctl("rules", "C003", "--lang", "da")
    assert shown.code == 0
    assert shown.out.startswith("C003 overview-differs-from-body: ")
    assert "\nHvorfor: " in shown.out
    refused = planctl("rules", "Z999", "--lang", "da")
    assert refused.code == 2
    assert refused.err == "planctl: ingen regel 'Z999' (`planctl rules` viser dem)\n"


# Many paths at once.


def test_many_files_and_folders_at_once(tmp_path: Path, planctl: RunCli) -> None:
    one = write(tmp_path / "a" / "one.yaml")
    two = write(tmp_path / "a" / "sub" / "two.yml")
    write(tmp_path / "a" / ".hidden" / "skipped.yaml")
    write(tmp_path / "a" / "notes.txt", "not a plan")
    three = write(tmp_path / "b" / "three.yaml")
    write(tmp_path / "b" / "planctl.toml", 'ignore = ["U"]\n')
    four = write(tmp_path / "four.yaml", DRAFT)
    # Folder a and its file one.yaml both named: one.yaml is checked once.
    result = planctl("check", tmp_path / "a", tmp_path / "b", four, one, "--format", "json")
    assert result.code == 1, result.err
    report = json.loads(result.out)
    assert report["summary"]["files"] == 4
    errors = sorted((f["file"], f["rule"], f["severity"]) for f in report["findings"] if f["rule"] == "U001")
    assert errors == sorted([(str(one), "U001", "error"), (str(two), "U001", "error"), (str(four), "U001", "warning")])
    assert {f["file"] for f in report["findings"]} == {str(one), str(two), str(three), str(four)}


def test_every_missing_path_is_named(tmp_path: Path, planctl: RunCli) -> None:
    write(tmp_path / "plan.yaml")
    result = planctl("check", tmp_path / "plan.yaml", tmp_path / "nope.yaml", tmp_path / "gone")
    assert result.code == 2
    assert result.err.splitlines() == [
        f"{tmp_path / 'nope.yaml'}: no such file or folder",
        f"{tmp_path / 'gone'}: no such file or folder",
    ]


def test_a_suppression_comment_skips_blank_lines_to_the_line_it_silences(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Unge
        # planctl: ignore[U002] the figure comes from Jobindsats in december

        prose: [Der er ca. xx unge.]
    """
    path = tmp_path / "plan.yaml"
    path.write_text(plan_text(body, status="draft"), encoding="utf-8")
    result = lint_plan(load_plan(path), CheckOptions(select=("U002", "S001"), lang="en"), LintConfig())
    assert result.findings == []
