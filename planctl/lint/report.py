"""What a check run reports: its options, the findings per file, the files that could not be
read, and the counts. Light on purpose: the renderers, the cache and the command line use these
without loading the rules or the plan model."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from planctl.errors import Problem
from planctl.lint.finding import SEVERITIES, Finding, Severity
from planctl.messages import Lang


@dataclass(frozen=True)
class CheckOptions:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    lang: Lang | str = Lang.en
    config: Path | None = None
    extend_select: tuple[str, ...] = ()


@dataclass
class FileResult:
    file: str
    findings: list[Finding]
    status: str | None = None
    suppressed: int = 0


@dataclass
class Summary:
    files: int
    invalid_files: int
    findings: int
    by_severity: dict[str, int]
    by_family: dict[str, int]
    by_rule: dict[str, int]
    suppressed: int


@dataclass
class CheckReport:
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
    files = [replace(result, findings=[f for f in result.findings if rank(f.severity) <= rank(severity)])
             for result in report.files]
    summary = replace(summarize(files, report.summary.files, report.summary.invalid_files),
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
