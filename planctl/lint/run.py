"""Running check: load each plan, run the selected rules, apply suppressions and
configuration, and collect a report that every renderer is given."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from planctl.errors import PlanctlError, Problem
from planctl.lint.arithmetic import exact_arithmetic
from planctl.lint.config import LintConfig, check_codes, config_for, load_config
from planctl.lint.context import PlanContext
from planctl.lint.finding import SEVERITIES, Finding, Severity, about
from planctl.lint.naming import subject
from planctl.lint.rule import Rule
from planctl.lint.rules import RULES
from planctl.lint.rules.unused_suppression import UnusedSuppression
from planctl.lint.suppress import Suppression, parse_suppressions
from planctl.lint.workers import in_order
from planctl.load import LoadedPlan, load_plan
from planctl.messages import Lang, Message
from planctl.model.walk import format_path


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


def check_files(
    files: Sequence[Path], options: CheckOptions, on_file: Callable[[Path], None] | None = None,
    texts: Mapping[Path, str] | None = None, jobs: int = 1,
) -> CheckReport:
    """Check the files; a file in `texts` (standard input, named) is checked from that text.

    With `jobs` above 1 and several files, the files are shared over that many worker processes; the
    report is the same, in the same order, as when they are checked one after another in process.
    """
    check_codes(options.select + options.ignore + options.extend_select, Problem("--select/--ignore: "))
    explicit = load_config(options.config) if options.config else None
    work = [_FileJob(path, (texts or {}).get(path), options, explicit) for path in files]
    results: list[FileResult] = []
    invalid: list[Problem] = []
    invalid_files = 0
    for path, outcome in zip(files, in_order(_check_file, work, jobs), strict=True):
        if isinstance(outcome, FileResult):
            results.append(outcome)
        else:
            invalid.extend(outcome)
            invalid_files += 1
        if on_file is not None:
            on_file(path)
    return CheckReport(files=results, invalid=invalid, summary=_summary(results, len(files), invalid_files))


@dataclass(frozen=True)
class _FileJob:
    """One file to check, with all a worker process needs to check it."""

    path: Path
    text: str | None
    options: CheckOptions
    explicit: LintConfig | None


def _check_file(job: _FileJob) -> FileResult | list[Problem]:
    """The findings of one file, or the problems that make it unreadable or not a valid plan."""
    try:
        loaded = load_plan(job.path, job.text, job.options.lang)
    except PlanctlError as error:
        return error.problems
    return lint_plan(loaded, job.options, job.explicit or config_for(job.path.parent))


def lint_plan(loaded: LoadedPlan, options: CheckOptions, config: LintConfig) -> FileResult:
    """Run the selected rules on one loaded plan."""
    ctx = PlanContext(loaded, options.lang)
    rules = selected_rules(options, config, loaded.path)
    suppressions = parse_suppressions(loaded.text)
    findings: list[Finding] = []
    suppressed = 0
    with exact_arithmetic():
        reports = [(rule, report) for rule in rules for report in rule.check(ctx)]
    for rule, report in reports:
        severity = _severity(rule, loaded.plan.status, config, report.severity)
        line, column = ctx.position(report.path, report.offset)
        named = subject(loaded.plan, report.path, report.excerpt, report.offset)
        goal = named.text(options.lang) if named is not None else None
        finding = Finding(
            rule=rule.id, name=rule.name, severity=severity, message=about(goal, report.message.text(options.lang)),
            file=str(loaded.path), line=line, column=column, path=format_path(report.path) or "plan",
            excerpt=report.excerpt, subject=goal,
        )
        if _suppress(finding, suppressions):
            suppressed += 1
        else:
            findings.append(finding)
    if any(isinstance(rule, UnusedSuppression) for rule in rules):
        findings.extend(_unused(suppressions, loaded, options, config, {rule.id for rule in rules}))
    findings.sort(key=lambda f: (f.line, f.column, f.rule))
    return FileResult(file=str(loaded.path), status=loaded.plan.status, findings=findings, suppressed=suppressed)


def selected_rules(options: CheckOptions, config: LintConfig, path: Path) -> list[Rule]:
    select = (options.select or config.select or ("ALL",)) + options.extend_select
    ignore = options.ignore + config.ignore + config.ignored_for(path)
    return [
        rule() for rule in RULES
        if _matches(rule.id, select) and not _matches(rule.id, ignore)
    ]


def _matches(rule_id: str, codes: tuple[str, ...]) -> bool:
    return any(code == "ALL" or rule_id.startswith(code) for code in codes)


def _severity(rule: Rule, status: str, config: LintConfig, reported: Severity | None = None) -> Severity:
    overrides = [(code, level) for code, level in config.severity.items() if rule.id.startswith(code)]
    if overrides:
        return max(overrides, key=lambda item: len(item[0]))[1]
    return reported or rule.severity_for(status)


def _suppress(finding: Finding, suppressions: list[Suppression]) -> bool:
    for suppression in suppressions:
        if suppression.target_line == finding.line and suppression.covers(finding.rule):
            suppression.used.add(finding.rule)
            return True
    return False


def _unused(
    suppressions: list[Suppression], loaded: LoadedPlan, options: CheckOptions, config: LintConfig, ran: set[str]
) -> list[Finding]:
    rule = UnusedSuppression()
    severity = _severity(rule, loaded.plan.status, config)
    found = []
    for suppression in suppressions:
        covered = {other.id for other in RULES if suppression.covers(other.id)}
        # Only when every rule it names has run is it known that the suppression silences nothing.
        if suppression.used or rule.id in covered or not covered <= ran:
            continue
        codes = ", ".join(suppression.codes)
        message = Message(f"undertrykkelsen af {codes} undertrykker intet",
                          f"the suppression of {codes} suppresses nothing")
        found.append(Finding(
            rule=rule.id, name=rule.name, severity=severity, message=message.text(options.lang),
            file=str(loaded.path), line=suppression.line, column=suppression.column, path="",
            excerpt=f"# planctl: ignore[{codes}]",
        ))
    return found


def at_least(report: CheckReport, severity: Severity) -> CheckReport:
    """The report with only the findings at this severity or above (error > warning > info)."""
    rank = SEVERITIES.index
    files = [replace(result, findings=[f for f in result.findings if rank(f.severity) <= rank(severity)])
             for result in report.files]
    summary = replace(_summary(files, report.summary.files, report.summary.invalid_files),
                      suppressed=report.summary.suppressed)
    return CheckReport(files=files, invalid=report.invalid, summary=summary)


def _summary(results: list[FileResult], files: int, invalid_files: int) -> Summary:
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
