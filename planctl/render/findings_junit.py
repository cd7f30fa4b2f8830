"""check --format junit: JUnit XML, read by GitLab and Azure DevOps test reports.

Each plan is a test suite; each finding a failed test case; a plan without findings
is one passing test case, so the dashboard shows what was checked.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from planctl.lint.run import CheckReport


def render_junit(report: CheckReport) -> str:
    suites = ET.Element("testsuites", name="planctl check", tests="0", failures="0")
    total = failures = 0
    for result in report.files:
        suite = ET.SubElement(suites, "testsuite", name=result.file)
        cases = len(result.findings)
        for f in result.findings:
            name = f"{f.rule} {f.name} {f.line}:{f.column}"
            case = ET.SubElement(suite, "testcase", classname=result.file, name=name)
            failure = ET.SubElement(case, "failure", message=f.message, type=f.severity)
            failure.text = f"{f.file}:{f.line}:{f.column}: {f.severity} [{f.rule}] {f.message}"
        if not result.findings:
            ET.SubElement(suite, "testcase", classname=result.file, name="planctl check")
            cases = 1
        suite.set("tests", str(cases))
        suite.set("failures", str(len(result.findings)))
        total += cases
        failures += len(result.findings)
    for line in report.invalid:
        suite = ET.SubElement(suites, "testsuite", name=line.split(":", 1)[0], tests="1", errors="1")
        case = ET.SubElement(suite, "testcase", classname="planctl", name="load")
        error = ET.SubElement(case, "error", message=line, type="invalid")
        error.text = line
        total += 1
    suites.set("tests", str(total))
    suites.set("failures", str(failures))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
