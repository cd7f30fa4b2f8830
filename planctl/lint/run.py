"""Checking one plan: load it, run the selected rules, apply suppressions and configuration.

`planctl.lint.files` shares many files over this (from the cache, in process or in workers);
the report it builds is in `planctl.lint.report`."""

from __future__ import annotations

from pathlib import Path

from planctl.errors import PlanctlError, Problem
from planctl.lint.arithmetic import exact_arithmetic
from planctl.lint.config import LintConfig, config_for
from planctl.lint.context import PlanContext
from planctl.lint.finding import Finding, Severity, about
from planctl.lint.naming import subject
from planctl.lint.report import CheckOptions, FileResult
from planctl.lint.rule import Rule
from planctl.lint.rules import RULES
from planctl.lint.rules.unused_suppression import UnusedSuppression
from planctl.lint.suppress import Suppression, parse_suppressions
from planctl.load import LoadedPlan, cycle_collection_paused, load_plan
from planctl.messages import Message
from planctl.model.walk import format_path


def check_file(path: Path, text: str | None, options: CheckOptions,
               explicit: LintConfig | None) -> FileResult | list[Problem]:
    """The findings of one file, or the problems that make it unreadable or not a valid plan.
    With `text` (standard input), that is the plan; `explicit` is a --config given by the user."""
    # One pause of the cycle collector over loading and checking, and the plan dropped before it
    # resumes: its first collection then looks at the plan's findings, not at the plan's tens of
    # thousands of objects (each pause on its own ended in one over all that loading had made).
    with cycle_collection_paused():
        try:
            loaded = load_plan(path, text, options.lang)
        except PlanctlError as error:
            return error.problems
        result = lint_plan(loaded, options, explicit or config_for(path.parent))
        del loaded
    return result


def lint_plan(loaded: LoadedPlan, options: CheckOptions, config: LintConfig) -> FileResult:
    """Run the selected rules on one loaded plan."""
    with cycle_collection_paused():
        return _lint(loaded, options, config)


def _lint(loaded: LoadedPlan, options: CheckOptions, config: LintConfig) -> FileResult:
    ctx = PlanContext(loaded, options.lang)
    rules = selected_rules(options, config, loaded.path)
    # Every suppression comment holds 'planctl:' ('# planctl: ignore[…]'): a plan without it has none, and
    # its lines need not be searched one by one.
    suppressions = parse_suppressions(loaded.text) if "planctl:" in loaded.text else []
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
