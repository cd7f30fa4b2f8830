"""check --format text: findings grouped by file, for a person at a terminal."""

from __future__ import annotations

from planctl.lint.report import CheckReport
from planctl.render.check import table
from planctl.render.check.words import summary_line
from planctl.render.page import Page
from planctl.render.terminal import printable, printed, trimmed


def render(report: CheckReport, page: Page) -> str:
    """Each file with findings underlined above their table, then the summary line.

    Written as Rich's console prints a `Text` and the table (`table.four_columns`), without a console.
    """
    if page.width < 1:  # where there is no room, Rich's console draws nothing, not even the ends of lines
        return ""
    parts: list[str] = []
    for result in report.files:
        if result.findings:
            parts.append(printed(printable(result.file), "bold underline", page))
            parts.append(table.drawn(result.findings, page))
            parts.append("\n")
    style = "bold red" if report.summary.by_severity.get("error") else "bold green"
    parts.append(printed(summary_line(report.summary, page.lang), style, page))
    return trimmed("".join(parts))
