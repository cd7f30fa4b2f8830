"""check --statistics: how many findings each rule has, most first, as ruff prints them."""

from __future__ import annotations

from collections import Counter

from planctl.lint.report import CheckReport


def statistics_lines(report: CheckReport) -> list[str]:
    """'  29  U001  placeholder-value' per rule, the largest count first, then by rule id."""
    findings = report.findings()
    counts = Counter(finding.rule for finding in findings)
    names = {finding.rule: finding.name for finding in findings}
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    width = max((len(str(count)) for count in counts.values()), default=1)
    return [f"{count:>{width + 2}}  {rule}  {names[rule]}" for rule, count in ordered]
