"""C006 table-arithmetic: numbers in a table that do not add up.

What: in a data table, a cell under a change column ("Udvikling", "Ændring", "Stigning" or
"Fald" with "pct.", "procent" or "%" in the header) that is not the change between the
two columns before it (recomputed and rounded as printed); a "Udvikling i pct. 2018-2019"
header over columns of other years; a total row ("I alt", "Total", "Samlet", "Sum") that
is not the sum of the rows above it. A total is not checked in a column of shares or
rates (a header with "pct", "procent", "andel" or "%") nor in a cell printed in per cent:
those do not add up.

Why: tables are copied from Jobindsats by hand, a column at a time; a row pasted from
the wrong month or a mislabelled header passes every proof-reading. The arithmetic is
cheap to redo, so planctl redoes it.

Passes:

    tables:
      - title: Fuldtidspersoner på offentlig forsørgelse
        columns: [Antal fuldtidspersoner, April 2019, April 2020, Udvikling i pct.]
        rows: [{label: Rudersdal, cells: ["437", "476", "9%"]}]

Fails:

    tables:
      - title: Fuldtidspersoner på offentlig forsørgelse
        columns: [Antal fuldtidspersoner, April 2019, April 2020, Udvikling i pct.]
        rows: [{label: Rudersdal, cells: ["437", "476", "19%"]}]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from planctl.lint.arithmetic import change_in_percent, round_like, rounds_to
from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.model.plan import Table
from planctl.model.values import Quantity, format_danish_number

# A column of changes in per cent, and a total row: compiled at their first use (by re, which keeps them), as
# only a plan with tables of figures asks for them.
_CHANGE_HEADER = r"(?i)\b(?:udvikling|ændring|stigning|fald)\b.*\b(?:pct|procent|%)"
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_TOTAL_ROW = r"(?i)^\s*(?:i alt|total|samlet|sum)\b"
# Shares and rates do not add up, whether or not their cells print "%": "Andel", "i pct. af arbejdsstyrken".
# (Compiled at its first use, by re: a column of counts with a total row.)
_PERCENT_HEADER = r"(?i)\b(?:pct|procent|andel)|%"


class TableArithmetic(Rule):
    id = "C006"
    name = "table-arithmetic"
    severity = "error"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        for s, section in enumerate(ctx.plan.sections):
            for t, table in enumerate(section.tables):
                path = ("sections", s, "tables", t)
                yield from self._changes(table, path)
                yield from self._totals(table, path)

    def _changes(self, table: Table, path: tuple[str | int, ...]) -> Iterator[Report]:
        for column, header in enumerate(table.columns):
            cell = column - 1  # the first column holds the row labels
            if not re.search(_CHANGE_HEADER, header) or cell < 2:
                continue
            first, second = table.columns[column - 2], table.columns[column - 1]
            yield from self._header_years(header, first, second, (*path, "columns", column))
            for r, row in enumerate(table.rows):
                if len(row.cells) <= cell:
                    continue
                before, after, printed = row.cells[cell - 2], row.cells[cell - 1], row.cells[cell]
                if not all(isinstance(v, Quantity) for v in (before, after, printed)):
                    continue
                assert isinstance(before, Quantity) and isinstance(after, Quantity)
                assert isinstance(printed, Quantity)
                exact = change_in_percent(before.value, after.value)
                if exact is None or rounds_to(exact, printed.value):
                    continue
                should = format_danish_number(round_like(exact, printed.value))
                yield Report((*path, "rows", r, "cells", cell), Message(
                    f"{row.label}: '{header}' er {printed}, men fra {before} til {after} er {should} pct.",
                    f"{row.label}: '{header}' is {printed}, but from {before} to {after} is {should} pct.",
                ), excerpt=str(printed))

    @staticmethod
    def _header_years(header: str, first: str, second: str, path: tuple[str | int, ...]) -> Iterator[Report]:
        stated = _YEAR.findall(header)
        columns = _YEAR.findall(first)[-1:] + _YEAR.findall(second)[-1:]
        if len(stated) == 2 and len(columns) == 2 and stated != columns:
            yield Report(path, Message(
                f"overskriften '{header}' nævner {'-'.join(stated)}, men kolonnerne er '{first}' og '{second}'",
                f"the header '{header}' names {'-'.join(stated)}, but the columns are '{first}' and '{second}'",
            ), excerpt=header)

    @staticmethod
    def _totals(table: Table, path: tuple[str | int, ...]) -> Iterator[Report]:
        for r, row in enumerate(table.rows):
            if r == 0 or not re.match(_TOTAL_ROW, row.label):
                continue
            for c, total in enumerate(row.cells):
                header = table.columns[c + 1] if c + 1 < len(table.columns) else ""
                if not isinstance(total, Quantity) or total.unit == "pct." or re.search(_PERCENT_HEADER, header):
                    continue
                parts = [above.cells[c] for above in table.rows[:r] if c < len(above.cells)]
                if not parts or not all(isinstance(p, Quantity) for p in parts):
                    continue
                exact = sum((p.value for p in parts if isinstance(p, Quantity)), Decimal(0))
                if not rounds_to(exact, total.value):
                    yield Report((*path, "rows", r, "cells", c), Message(
                        f"'{row.label}' er {total}, men rækkerne over giver {format_danish_number(exact)}",
                        f"'{row.label}' is {total}, but the rows above add up to {format_danish_number(exact)}",
                    ), excerpt=str(total))
