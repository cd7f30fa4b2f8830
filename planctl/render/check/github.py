"""check --format github: GitHub Actions workflow commands, one annotation per finding and
one error annotation per problem of a plan that could not be read or validated."""

from __future__ import annotations

from planctl.errors import Problem
from planctl.lint.finding import Finding
from planctl.lint.run import CheckReport
from planctl.render.page import Page
from planctl.render.terminal import printable

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
INVALID_TITLE = "planctl (invalid plan)"


def render(report: CheckReport, page: Page) -> str:
    return "".join([*map(_finding, report.findings()), *map(_invalid, report.invalid)])


def _finding(f: Finding) -> str:
    title = _property(f"planctl {f.rule} ({f.name})")
    return (f"::{_COMMAND[f.severity]} file={_property(printable(f.file))},line={f.line},col={f.column},"
            f"title={title}::{_data(printable(f.message))}\n")


def _invalid(problem: Problem) -> str:
    where = [f"file={_property(printable(str(problem.file)))}"] if problem.file is not None else []
    if problem.line is not None:
        where.append(f"line={problem.line}")
        if problem.column is not None:
            where.append(f"col={problem.column}")
    properties = ",".join([*where, f"title={_property(INVALID_TITLE)}"])
    return f"::error {properties}::{_data(printable(problem.message_with_hint))}\n"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
