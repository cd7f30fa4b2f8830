"""compare --format csv-long and json-long: one record per plan and row, for a spreadsheet or a script.

The tidy shape a pivot table, pandas or R wants, whatever the number of plans: each record
names its plan (header, file, municipality, kommunekode, first year, period, status) and its
row (group, indicator key, label), then the cell (state, words) and, where the row has one,
a number apart from its unit (`value` 4.5, `unit` 'pct.'), when it was measured, and a count.
Adding a plan adds its records and nothing else; the rows are the comparable indicators.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from planctl.compare.model import Cell, Comparison, PlanColumn, Row, RowGroup
from planctl.render.compare.words import printable_comparison
from planctl.render.jsontext import dumps
from planctl.render.page import Page

FIELDS = (
    "plan", "file", "municipality", "code", "year", "period", "status", "group", "indicator", "label",
    "state", "value", "unit", "measured", "count", "text", "details",
)
Record = dict[str, str | int | float | None]


def records(comparison: Comparison) -> Iterator[Record]:
    """Every plan's cell in every row, row by row, the plans in the comparison's order."""
    for group in comparison.groups:
        for row in group.rows:
            for plan, cell in zip(comparison.plans, row.cells, strict=True):
                yield _record(plan, group, row, cell)


def _record(plan: PlanColumn, group: RowGroup, row: Row, cell: Cell) -> Record:
    details = [f"{target.goal}: {target.short}" for target in cell.targets] or cell.details
    return {
        "plan": plan.header, "file": plan.file, "municipality": plan.municipality, "code": plan.code,
        "year": plan.year, "period": plan.period, "status": plan.status,
        "group": group.kind, "indicator": row.key, "label": row.label,
        "state": cell.state, "value": _number(cell.amount), "unit": cell.unit, "measured": cell.period,
        "count": cell.count, "text": cell.text, "details": "; ".join(details) or None,
    }


def _number(amount: float | None) -> int | float | None:
    """78 rather than 78.0: a whole number is written as one."""
    return int(amount) if amount is not None and amount.is_integer() else amount


def render_csv(comparison: Comparison, page: Page) -> str:
    """A header line, then one line per plan and row (UTF-8, RFC 4180 quoting; an empty field is no value)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, FIELDS, lineterminator="\n")
    writer.writeheader()
    for record in records(printable_comparison(comparison)):
        writer.writerow({name: "" if value is None else value for name, value in record.items()})
    return out.getvalue()


def render_json(comparison: Comparison, page: Page) -> str:
    """{"version": 1, "lang": ..., "fields": [...], "records": [{...}, ...]}; a missing value is null."""
    return dumps({"version": 1, "lang": comparison.lang.value, "fields": list(FIELDS),
                  "records": list(records(comparison))})
