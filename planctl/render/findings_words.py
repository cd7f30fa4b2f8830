"""The words the check reports use, in Danish and English."""

from __future__ import annotations

from planctl.lint.rules import FAMILIES
from planctl.lint.run import Summary

SEVERITY_WORDS = {
    "da": {"error": ("fejl", "fejl"), "warning": ("advarsel", "advarsler"), "info": ("info", "info")},
    "en": {"error": ("error", "errors"), "warning": ("warning", "warnings"), "info": ("info", "info")},
}


def severity_word(severity: str, lang: str, count: int = 1) -> str:
    singular, plural = SEVERITY_WORDS[lang][severity]
    return singular if count == 1 else plural


def summary_line(summary: Summary, lang: str) -> str:
    """'44 findings in 2 plans: 29 errors, 10 warnings, 5 info (U 27, C 10, M 7)'."""
    da = lang == "da"
    plans = summary.files
    plan_word = ("plan" if plans == 1 else "planer") if da else ("plan" if plans == 1 else "plans")
    if summary.findings == 0:
        text = f"Ingen fund i {plans} {plan_word}." if da else f"No findings in {plans} {plan_word}."
    else:
        counts = ", ".join(
            f"{n} {severity_word(level, lang, n)}" for level, n in summary.by_severity.items() if n
        )
        families = ", ".join(
            f"{words[0 if da else 1]} {summary.by_family[family]}"
            for family, words in FAMILIES.items() if family in summary.by_family
        )
        noun = "fund" if da else ("finding" if summary.findings == 1 else "findings")
        text = f"{summary.findings} {noun} i {plans} {plan_word}: {counts} ({families})." if da else \
            f"{summary.findings} {noun} in {plans} {plan_word}: {counts} ({families})."
    if summary.suppressed:
        text += f" {summary.suppressed} undertrykt." if da else f" {summary.suppressed} suppressed."
    if summary.invalid_files:
        n = summary.invalid_files
        text += (f" {n} {'fil' if n == 1 else 'filer'} kunne ikke læses." if da
                 else f" {n} {'file' if n == 1 else 'files'} could not be read.")
    return text
