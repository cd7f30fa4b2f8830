"""check --format junit: JUnit XML, read by GitLab and Azure DevOps test reports.

Each plan is a test suite; each finding a failed test case; a plan without findings
is one passing test case, so the dashboard shows what was checked. A plan that cannot be
read or validated is a suite with one test case in error per problem, counted in the
root's `errors`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import groupby

from planctl.errors import Problem
from planctl.lint.run import CheckReport, FileResult
from planctl.render.page import Page
from planctl.render.terminal import printable


def render(report: CheckReport, page: Page) -> str:
    suites = ET.Element("testsuites", name="planctl check", tests="0", failures="0")
    total = failures = 0
    for result in report.files:
        total += _findings_suite(suites, result)
        failures += len(result.findings)
    for file, problems in groupby(report.invalid, key=lambda problem: problem.file):
        total += _invalid_suite(suites, "" if file is None else str(file), list(problems))
    suites.set("tests", str(total))
    suites.set("failures", str(failures))
    if report.invalid:
        suites.set("errors", str(len(report.invalid)))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def _findings_suite(suites: ET.Element, result: FileResult) -> int:
    """The suite of one checked plan; returns how many test cases it holds."""
    file = printable(result.file)
    suite = ET.SubElement(suites, "testsuite", name=file)
    for f in result.findings:
        message = printable(f.message)
        case = ET.SubElement(suite, "testcase", classname=file, name=f"{f.rule} {f.name} {f.line}:{f.column}")
        failure = ET.SubElement(case, "failure", message=message, type=f.severity)
        failure.text = f"{file}:{f.line}:{f.column}: {f.severity} [{f.rule}] {message}"
    cases = len(result.findings)
    if not result.findings:
        ET.SubElement(suite, "testcase", classname=file, name="planctl check")
        cases = 1
    suite.set("tests", str(cases))
    suite.set("failures", str(len(result.findings)))
    return cases


def _invalid_suite(suites: ET.Element, file: str, problems: list[Problem]) -> int:
    """The suite of a plan that could not be checked: one test case in error per problem."""
    suite = ET.SubElement(suites, "testsuite", name=printable(file), tests=str(len(problems)),
                          errors=str(len(problems)))
    for problem in problems:
        place = ":".join(str(n) for n in (problem.line, problem.column) if n is not None)
        case = ET.SubElement(suite, "testcase", classname="planctl", name=f"load {place}".rstrip())
        error = ET.SubElement(case, "error", message=printable(problem.message_with_hint), type="invalid")
        error.text = printable(str(problem))
    return len(problems)
