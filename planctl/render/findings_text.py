"""check --format text: findings grouped by file, for a person at a terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from planctl.lint.run import CheckReport
from planctl.render.findings_words import severity_word, summary_line

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render_text(report: CheckReport, console: Console, lang: str) -> None:
    for result in report.files:
        if not result.findings:
            continue
        console.print(Text(result.file, style="bold underline"))
        table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False, expand=False)
        table.add_column(justify="right", no_wrap=True)
        table.add_column(no_wrap=True)
        table.add_column(no_wrap=True)
        table.add_column(overflow="fold")
        for finding in result.findings:
            table.add_row(
                Text(f"{finding.line}:{finding.column}", style="dim"),
                Text(severity_word(finding.severity, lang), style=_STYLE[finding.severity]),
                Text(finding.rule, style="bold"),
                Text(finding.message),
            )
        _print_trimmed(console, table)
        console.print()
    style = "bold red" if report.summary.by_severity.get("error") else "bold green"
    console.print(Text(summary_line(report.summary, lang), style=style))


def _print_trimmed(console: Console, table: Table) -> None:
    """Print the table without the padding Rich leaves at the end of each line."""
    with console.capture() as captured:
        console.print(table)
    console.file.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))
