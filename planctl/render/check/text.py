"""check --format text: findings grouped by file, for a person at a terminal."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
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
_GAP = "  "  # between two columns of the table: the right padding of one and the left of the next


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
    """line:col, severity, rule and message of each finding, the message folded to the width.

    Laid out as two columns, the first three fields made into one line of their own: the same
    characters and styles as four columns (each field padded to its column inside its style, as Rich
    pads a cell) at about half Rich's work. Where Rich would have to narrow the first three columns too
    (a terminal narrower than they are), the four columns are drawn.
    """
    rows = [(f"{finding.line}:{finding.column}", SEVERITIES[finding.severity].text(page.lang), finding.rule,
             printable(finding.message), finding.severity) for finding in findings]
    widths = [max(cell_len(row[column]) for row in rows) for column in range(3)]
    first = sum(widths) + 2 * len(_GAP)
    # Rich shares the width out by narrowing the message column alone, as long as the first three
    # columns and the padding after them fit; past that it narrows every column, so four are drawn.
    if first + 1 > page.width:
        return _four_columns(rows)
    table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False, expand=False)
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for place, severity, rule, message, level in rows:
        table.add_row(
            Text.assemble(
                (" " * (widths[0] - cell_len(place)) + place, "dim"), _GAP,
                (severity + " " * (widths[1] - cell_len(severity)), _STYLE[level]), _GAP,
                (rule + " " * (widths[2] - cell_len(rule)), "bold"),
            ),
            Text(message),
        )
    return table


def _four_columns(rows: Sequence[tuple[str, str, str, str, str]]) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False, expand=False)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for place, severity, rule, message, level in rows:
        table.add_row(Text(place, style="dim"), Text(severity, style=_STYLE[level]), Text(rule, style="bold"),
                      Text(message))
    return table
