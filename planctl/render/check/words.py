"""The check report's own wording: the summary line under the text report."""

from __future__ import annotations

from planctl.lint.rules import FAMILIES
from planctl.lint.run import Summary
from planctl.messages import FILE, FINDING, PLAN, SEVERITIES, Lang, Message, number

NO_FINDINGS = Message("Ingen fund i {plans}.", "No findings in {plans}.")
FINDINGS_IN = Message("{findings} i {plans}: {severities} ({families}).",
                      "{findings} in {plans}: {severities} ({families}).")
SUPPRESSED = Message("{n} undertrykt.", "{n} suppressed.")
UNREADABLE = Message("{files} kunne ikke læses.", "{files} could not be read.")


def summary_line(summary: Summary, lang: Lang | str) -> str:
    """'9 findings in 1 plan: 2 errors, 2 warnings, 5 info (consistency 3, completeness 6).'"""
    plans = PLAN.count(summary.files, lang)
    if summary.findings == 0:
        sentences = [NO_FINDINGS.format(lang, plans=plans)]
    else:
        severities = ", ".join(
            SEVERITIES[level].count(n, lang) for level, n in summary.by_severity.items() if n
        )
        families = ", ".join(
            f"{name.text(lang)} {number(summary.by_family[family], lang)}"
            for family, name in FAMILIES.items() if family in summary.by_family
        )
        sentences = [FINDINGS_IN.format(lang, findings=FINDING.count(summary.findings, lang), plans=plans,
                                        severities=severities, families=families)]
    if summary.suppressed:
        sentences.append(SUPPRESSED.format(lang, n=number(summary.suppressed, lang)))
    if summary.invalid_files:
        sentences.append(UNREADABLE.format(lang, files=FILE.count(summary.invalid_files, lang)))
    return " ".join(sentences)
