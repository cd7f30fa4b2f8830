"""compare --format csv: one line per plan and row, for a spreadsheet (UTF-8, comma-separated, RFC 4180 quoting)."""

from __future__ import annotations

import csv
import io

from planctl.compare.model import Comparison
from planctl.render.compare.words import printable_comparison
from planctl.render.page import Page

COLUMNS = (
    "group", "row", "label", "note", "file", "municipality", "period", "status", "version",
    "state", "text", "details", "count", "value", "measured",
)


def render(comparison: Comparison, page: Page) -> str:
    """One line per plan and row; control characters from a plan are made visible, never written raw."""
    comparison = printable_comparison(comparison)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for group in comparison.groups:
        for row in group.rows:
            for plan, cell in zip(comparison.plans, row.cells, strict=True):
                details = [f"{t.goal}: {t.short}" for t in cell.targets] or cell.details
                writer.writerow((
                    group.kind, row.key, row.label, row.note or "", plan.file, plan.municipality, plan.period,
                    plan.status, plan.version or "", cell.state, cell.text, "; ".join(details),
                    "" if cell.count is None else cell.count, cell.value or "", cell.period or "",
                ))
    return out.getvalue()
