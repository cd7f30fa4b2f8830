"""The findings of one file as the text report's table: line:col, severity, rule and message, the
message folded to the width of the terminal.

The table is Rich's borderless table of four columns (`four_columns`), written here line by line:
the first three fields of a finding are one line of fixed width, padded inside their styles as Rich
pads a cell, and the message is folded into the width left beside them as Rich folds a cell. The same
bytes, without measuring, aligning and cropping every cell as segments (~10 ms for the Lyngby
draft's 47 findings). Where the terminal is too narrow for that (the first three fields and a
message column of one cell do not fit), Rich's table draws itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text

from planctl.lint.finding import Finding
from planctl.messages import SEVERITIES
from planctl.render.page import Page
from planctl.render.terminal import cells, console_printed, folded, painted, printable

if TYPE_CHECKING:
    from rich.table import Table

STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_PLACE_STYLE = "dim"
_RULE_STYLE = "bold"
_GAP = "  "  # between two columns: the right padding of one and the left padding of the next


# One finding as the table shows it: line:col, the severity in the page's language, the rule, the
# message made printable, and the severity's name, which picks its style. A plain tuple: a class of
# its own would take longer to make at import (~0.15 ms) than all the rows of a plan.
Row = tuple[str, str, str, str, str]


def rows(findings: Sequence[Finding], page: Page) -> list[Row]:
    return [(f"{finding.line}:{finding.column}", SEVERITIES[finding.severity].text(page.lang), finding.rule,
             printable(finding.message), finding.severity) for finding in findings]


def drawn(findings: Sequence[Finding], page: Page) -> str:
    """The table of the findings as Rich's console would write it, up to the padding at the ends of lines."""
    table = rows(findings, page)
    widths = [max(cells(row[column]) for row in table) for column in range(3)]
    first = sum(widths) + 2 * len(_GAP)
    message = _message_width(table, first, page.width)
    if message < 1:  # no room for the message: Rich's table narrows every column
        return console_printed(page, four_columns(table))
    indent = " " * (first + len(_GAP))
    lines: list[str] = []
    for place, severity, rule, text, level in table:
        head = "".join((
            painted(" " * (widths[0] - cells(place)) + place, _PLACE_STYLE, page), _GAP,
            painted(severity + " " * (widths[1] - cells(severity)), STYLES[level], page), _GAP,
            painted(rule + " " * (widths[2] - cells(rule)), _RULE_STYLE, page), _GAP,
        ))
        folds = folded(text, message)
        lines.append(head + folds[0] + "\n")
        lines.extend(indent + line + "\n" for line in folds[1:])
    return "".join(lines)


def _message_width(table: Sequence[Row], first: int, width: int) -> int:
    """The cells the messages are folded into, as Rich's table shares out the terminal's width.

    Rich measures a message by its longest line (`str.splitlines`, as `Text` measures itself) and
    pads each column by one cell on its inner side. If both columns do not fit, the message column
    alone is narrowed to what is left, as long as there is anything left; past that, every column
    is narrowed, which is Rich's table's to do.
    """
    if first + 1 > width:
        return 0
    longest = max(max((cells(line) for line in message.splitlines()), default=0) for _, _, _, message, _ in table)
    return min(longest + 1, width - first - 1) - 1


def four_columns(table: Sequence[Row]) -> Table:
    """The table as Rich lays it out in four columns: what `drawn` writes, and where it cannot, draws."""
    from rich.table import Table  # here: only a terminal too narrow for `drawn` needs Rich's table (~1 ms)

    grid = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False, expand=False)
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for place, severity, rule, message, level in table:
        grid.add_row(Text(place, style=_PLACE_STYLE), Text(severity, style=STYLES[level]),
                     Text(rule, style=_RULE_STYLE), Text(message))
    return grid
