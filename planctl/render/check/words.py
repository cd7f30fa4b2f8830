"""The check report's own wording: the summary line under the text report, the GitHub notice
when annotations overflow, and the job summary's headings."""

from __future__ import annotations

from collections import Counter

from planctl.lint.finding import FAMILIES
from planctl.lint.report import Summary
from planctl.messages import FILE, FINDING, PLAN, SEVERITIES, Lang, Message, number

NO_FINDINGS = Message("Ingen fund i {plans}.", "No findings in {plans}.")
FINDINGS_IN = Message("{findings} i {plans}: {severities} ({families}).",
                      "{findings} in {plans}: {severities} ({families}).")
SUPPRESSED = Message("{n} undertrykt.", "{n} suppressed.")
OVERFLOW = Message(
    "planctl skrev {counts} som annoteringer; GitHub viser kun {shown} af hver type pr. trin.",
    "planctl wrote {counts} as annotations; GitHub shows only {shown} of each type per step.")
ALL_IN_SUMMARY = Message("Jobresuméet har dem alle.", "The job summary has them all.")
SUMMARY_TITLE = Message("planctl check", "planctl check")
INVALID_HEADING = Message("Kunne ikke kontrolleres", "Could not be checked")
COLUMNS = {"place": Message("Sted", "Place"), "severity": Message("Alvor", "Severity"),
           "rule": Message("Regel", "Rule"), "message": Message("Fund", "Finding")}
PROBLEM = Message("Problem", "Problem")
UNREADABLE = Message("{files} kunne ikke læses eller valideres.", "{files} could not be read or validated.")


def summary_line(summary: Summary, lang: Lang | str) -> str:
    """'9 findings in 1 plan: 2 errors, 2 warnings, 5 info (consistency 3, completeness 6).'

    The plans counted are those checked; the files that could not be read or validated are said apart.
    """
    checked = summary.files - summary.invalid_files
    plans = PLAN.count(checked, lang)
    if checked == 0 and summary.invalid_files:  # nothing was checked: "No findings" would mislead
        sentences = []
    elif summary.findings == 0:
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


def overflow(written: Counter[str], shown: int, in_summary: bool, lang: Lang | str) -> str:
    """'planctl wrote 34 errors, 64 warnings, 10 info as annotations; GitHub shows only 10 ...'"""
    counts = ", ".join(SEVERITIES[level].count(written[level], lang) for level in SEVERITIES if written[level])
    sentences = [OVERFLOW.format(lang, counts=counts, shown=number(shown, lang))]
    if in_summary:
        sentences.append(ALL_IN_SUMMARY.text(lang))
    return " ".join(sentences)
