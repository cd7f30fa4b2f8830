"""check --format github: GitHub Actions workflow commands, one annotation per finding and
one error annotation per problem of a plan that could not be read or validated.

Each annotation has a title (planctl, the rule id and name) and its place in the message too,
as GitHub shows the message without it in some views. GitHub shows at most 10 annotations of
each type per step: when more were written, a notice says so — written first, since GitHub
keeps the first ten notices. When the command passes `step_summary` (GITHUB_STEP_SUMMARY),
the whole report is appended to that file as the job summary (see summary.py).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from planctl.errors import Problem
from planctl.lint.finding import Finding
from planctl.lint.report import CheckReport
from planctl.render.check.summary import job_summary
from planctl.render.check.words import overflow
from planctl.render.page import Page
from planctl.render.terminal import printable

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
INVALID_TITLE = "planctl E001 (invalid-plan)"
SHOWN_PER_TYPE = 10


def render(report: CheckReport, page: Page) -> str:
    lines = [*map(_finding, report.findings()), *map(_invalid, report.invalid)]
    summary = page.options.get("step_summary")
    if summary:
        with Path(str(summary)).open("a", encoding="utf-8") as file:
            file.write(job_summary(report, page.lang))
    written = Counter([*(f.severity for f in report.findings()), *("error" for _ in report.invalid)])
    if any(n > SHOWN_PER_TYPE for n in written.values()):
        text = overflow(written, SHOWN_PER_TYPE, bool(summary), page.lang)
        lines.insert(0, f"::notice title={_property('planctl')}::{_data(text)}\n")
    return "".join(lines)


def _finding(f: Finding) -> str:
    file = printable(f.file)
    title = _property(f"planctl {f.rule} ({f.name})")
    message = f"{file}:{f.line}:{f.column}: [{f.rule}] {printable(f.message)}"
    properties = f"file={_property(file)},line={f.line},col={f.column},title={title}"
    return f"::{_COMMAND[f.severity]} {properties}::{_data(message)}\n"


def _invalid(problem: Problem) -> str:
    where = [f"file={_property(printable(str(problem.file)))}"] if problem.file is not None else []
    if problem.line is not None:
        where.append(f"line={problem.line}")
        if problem.column is not None:
            where.append(f"col={problem.column}")
    properties = ",".join([*where, f"title={_property(INVALID_TITLE)}"])
    return f"::error {properties}::{_data(printable(str(problem)))}\n"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
