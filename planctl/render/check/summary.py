"""The GitHub job summary of a check run (Markdown for GITHUB_STEP_SUMMARY): the summary
line, a count per severity, then every finding grouped by plan — the plans that could not be
checked first — so nothing is lost to GitHub's limit of 10 annotations per type."""

from __future__ import annotations

from itertools import groupby

from planctl.lint.report import CheckReport, FileResult
from planctl.messages import SEVERITIES, Lang, number
from planctl.render.check.words import COLUMNS, INVALID_HEADING, PROBLEM, SUMMARY_TITLE, summary_line
from planctl.render.markdown import code, escape, header, row


def job_summary(report: CheckReport, lang: Lang | str) -> str:
    lines = [f"## {SUMMARY_TITLE.text(lang)}", "", escape(summary_line(report.summary, lang)), ""]
    lines += header([SEVERITIES[level].text(lang, 2).capitalize() for level in SEVERITIES])
    lines += [row([number(report.summary.by_severity.get(level, 0), lang) for level in SEVERITIES]), ""]
    for file, problems in groupby(report.invalid, key=lambda problem: problem.file):
        lines += [f"### {code(str(file))} — {escape(INVALID_HEADING.text(lang))}", ""]
        lines += header([COLUMNS["place"].text(lang), PROBLEM.text(lang)])
        lines += [row([_place(p.line, p.column), escape(p.message_with_hint)]) for p in problems]
        lines.append("")
    for result in report.files:
        if result.findings:
            lines += _plan(result, lang)
    return "\n".join(lines) + "\n"


def _plan(result: FileResult, lang: Lang | str) -> list[str]:
    lines = [f"### {code(result.file)}", ""]
    lines += header([message.text(lang) for message in COLUMNS.values()])
    lines += [
        row([_place(f.line, f.column), SEVERITIES[f.severity].text(lang), f"{f.rule} {escape(f.name)}",
             escape(f.message)])
        for f in result.findings
    ]
    return [*lines, ""]


def _place(line: int | None, column: int | None) -> str:
    return ":".join(str(n) for n in (line, column) if n is not None)
