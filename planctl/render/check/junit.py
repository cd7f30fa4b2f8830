"""check --format junit: JUnit XML, read by GitLab and Azure DevOps test reports.

One test suite, `planctl check`, with one test case per plan. A plan fails when it has a
finding at error level (or at warning level under `--strict`, as the exit code does): its
`<failure>` lists those findings; every other finding is in the case's `<system-out>`, so
nothing is lost and info never fails a pipeline. A plan that cannot be read or validated is
a case in `<error>`, one line per problem. `tests`, `failures` and `errors` are counted on
the suite and on the root alike.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import groupby

from planctl.errors import Problem
from planctl.lint.finding import Finding
from planctl.lint.report import CheckReport, FileResult
from planctl.render.page import Page
from planctl.render.terminal import printable

SUITE = "planctl check"


def render(report: CheckReport, page: Page) -> str:
    failing = {"error", "warning"} if page.options.get("strict") else {"error"}
    suites = ET.Element("testsuites", name=SUITE)
    suite = ET.SubElement(suites, "testsuite", name=SUITE)
    failures = sum(_plan_case(suite, result, failing) for result in report.files)
    errors = 0
    for file, problems in groupby(report.invalid, key=lambda problem: problem.file):
        _invalid_case(suite, "" if file is None else str(file), list(problems))
        errors += 1
    for element in (suites, suite):
        element.set("tests", str(len(report.files) + errors))
        element.set("failures", str(failures))
        element.set("errors", str(errors))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def _plan_case(suite: ET.Element, result: FileResult, failing: set[str]) -> bool:
    """The test case of one checked plan; True when it fails."""
    file = printable(result.file)
    case = ET.SubElement(suite, "testcase", classname=SUITE, name=file)
    fails = [f for f in result.findings if f.severity in failing]
    others = [f for f in result.findings if f.severity not in failing]
    if fails:
        first = fails[0]
        failure = ET.SubElement(case, "failure", type=first.severity, message=_line(first))
        failure.text = "".join(f"{_line(f)}\n" for f in fails)
    if others:
        ET.SubElement(case, "system-out").text = "".join(f"{_line(f)}\n" for f in others)
    return bool(fails)


def _line(f: Finding) -> str:
    return f"{printable(f.file)}:{f.line}:{f.column}: {f.severity} [{f.rule}] {printable(f.message)}"


def _invalid_case(suite: ET.Element, file: str, problems: list[Problem]) -> None:
    """The test case of a plan that could not be checked, in error."""
    case = ET.SubElement(suite, "testcase", classname=SUITE, name=printable(file))
    error = ET.SubElement(case, "error", type="invalid", message=printable(problems[0].message_with_hint))
    error.text = "".join(f"{printable(str(problem))}\n" for problem in problems)
