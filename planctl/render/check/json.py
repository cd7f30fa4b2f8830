"""check --format json: a stable, documented structure (see README, "check --format json").

`invalid` lists the problems of the plans that could not be read or validated, each as
`{"file", "line", "column", "message", "hint"}` (line, column and hint may be null).
"""

from __future__ import annotations

from typing import Any

from planctl.errors import Problem
from planctl.lint.report import CheckReport
from planctl.render.jsontext import dumps
from planctl.render.page import Page

FORMAT_VERSION = 1


def render(report: CheckReport, page: Page) -> str:
    document = {
        "version": FORMAT_VERSION,
        "findings": [finding._asdict() for finding in report.findings()],
        "invalid": [_problem(problem) for problem in report.invalid],
        "summary": report.summary._asdict(),
    }
    return dumps(document)


def _problem(problem: Problem) -> dict[str, Any]:
    return {
        "file": None if problem.file is None else str(problem.file),
        "line": problem.line,
        "column": problem.column,
        "message": problem.message,
        "hint": problem.hint,
    }
