"""What a check run reports: its options, the findings per file, the files that could not be
read, and the counts. Light on purpose: the renderers, the cache and the command line use these
without loading the rules or the plan model, and its records are NamedTuples, not dataclasses,
which take far longer to make at import (see `errors.Problem`)."""

# No `from __future__ import annotations` here: typing.NamedTuple makes each annotation written as
# text a ForwardRef, compiling it (~8 µs a field at import); written as Python reads them, it does not.

from collections import Counter
from pathlib import Path
from typing import NamedTuple

from planctl.errors import Problem
from planctl.lint.finding import SEVERITIES, Finding, Severity
from planctl.messages import Lang


class CheckOptions(NamedTuple):
    """What a check run checks for: the rules selected and left out, the language, a --config."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    lang: Lang | str = Lang.en
    config: Path | None = None
    extend_select: tuple[str, ...] = ()


class FileResult(NamedTuple):
    """The findings of one valid file, its plan's status, and how many findings were suppressed."""

    file: str
    findings: list[Finding]
    status: str | None = None
    suppressed: int = 0


class Summary(NamedTuple):
    """The counts of a check run."""

    files: int
    invalid_files: int
    findings: int
    by_severity: dict[str, int]
    by_family: dict[str, int]
    by_rule: dict[str, int]
    suppressed: int


class CheckReport(NamedTuple):
    """The result of a check run: findings per valid file, and the problems of the files that
    could not be read or are not valid plans (each with its file, line, column, message and hint)."""

    files: list[FileResult]
    invalid: list[Problem]
    summary: Summary

    def findings(self) -> list[Finding]:
        return [finding for result in self.files for finding in result.findings]


def at_least(report: CheckReport, severity: Severity) -> CheckReport:
    """The report with only the findings at this severity or above (error > warning > info)."""
    rank = SEVERITIES.index
    files = [result._replace(findings=[f for f in result.findings if rank(f.severity) <= rank(severity)])
             for result in report.files]
    summary = summarize(files, report.summary.files, report.summary.invalid_files)._replace(
        suppressed=report.summary.suppressed)
    return CheckReport(files=files, invalid=report.invalid, summary=summary)


def summarize(results: list[FileResult], files: int, invalid_files: int) -> Summary:
    findings = [f for r in results for f in r.findings]
    by_severity = Counter(f.severity for f in findings)
    return Summary(
        files=files,
        invalid_files=invalid_files,
        findings=len(findings),
        by_severity={level: by_severity.get(level, 0) for level in ("error", "warning", "info")},
        by_family=dict(sorted(Counter(f.family for f in findings).items())),
        by_rule=dict(sorted(Counter(f.rule for f in findings).items())),
        suppressed=sum(r.suppressed for r in results),
    )
