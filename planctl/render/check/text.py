"""check --format text: findings grouped by file, for a person at a terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from planctl.lint.finding import Finding
from planctl.lint.report import CheckReport
from planctl.messages import SEVERITIES
from planctl.render.check.words import summary_line
from planctl.render.page import Page
from planctl.render.terminal import drawn, printable

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render(report: CheckReport, page: Page) -> str:
    def draw(console: Console) -> None:
        for result in report.files:
            if result.findings:
                console.print(Text(printable(result.file), style="bold underline"))
                console.print(_findings_table(result.findings, page))
                console.print()
        style = "bold red" if report.summary.by_severity.get("error") else "bold green"
        console.print(Text(summary_line(report.summary, page.lang), style=style))

    return drawn(page, draw)


def _findings_table(findings: list[Finding], page: Page) -> Table:
    """line:col, severity, rule and message of each finding, the message folded to the width."""
    table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False, expand=False)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for finding in findings:
        table.add_row(
            Text(f"{finding.line}:{finding.column}", style="dim"),
            Text(SEVERITIES[finding.severity].text(page.lang), style=_STYLE[finding.severity]),
            Text(finding.rule, style="bold"),
            Text(printable(finding.message)),
        )
    return table
