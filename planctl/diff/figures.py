"""Key figures by name, and table cells by row and column label."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from planctl.diff.align import align
from planctl.diff.changes import Kind
from planctl.diff.pair import PlanPair
from planctl.diff.values import difference
from planctl.messages import Message
from planctl.model.plan import KeyFigure, Plan, Table
from planctl.model.values import Placeholder
from planctl.model.walk import PlanPath
from planctl.text import heading_key

FIGURE_CUTOFF = 85
FILLED = Message("pladsholder udfyldt", "placeholder filled")
TABLE_CUTOFF = 80


@dataclass(frozen=True)
class Placed:
    path: PlanPath
    figure: KeyFigure

    @property
    def shown(self) -> str:
        """'77 pct. (2017)': the value with when it was measured."""
        return f"{self.figure.value} ({self.figure.period})" if self.figure.period else str(self.figure.value)


def compare_figures(pair: PlanPair) -> None:
    old, new = _figures(pair.old.plan), _figures(pair.new.plan)
    pairs = align(old, new, _figure_key, _figure_score, FIGURE_CUTOFF)
    for i, j in pairs:
        a, b = old[i], new[j]
        if a.shown != b.shown:
            filled = isinstance(a.figure.value, Placeholder) and not isinstance(b.figure.value, Placeholder)
            detail = FILLED if filled else difference(a.figure.value, b.figure.value)
            pair.report(Kind.figure_changed, b.figure.name, (*a.path, "value"), (*b.path, "value"),
                        a.shown, b.shown, detail=detail)
    for i in sorted(set(range(len(old))) - {i for i, _ in pairs}):
        pair.report(Kind.figure_removed, old[i].figure.name, (*old[i].path, "name"), None, old[i].shown, None)
    for j in sorted(set(range(len(new))) - {j for _, j in pairs}):
        pair.report(Kind.figure_added, new[j].figure.name, None, (*new[j].path, "name"), None, new[j].shown)


def compare_tables(pair: PlanPair) -> None:
    old, new = _tables(pair.old.plan), _tables(pair.new.plan)
    pairs = align(old, new, lambda t: heading_key(t[1].title), _table_score, TABLE_CUTOFF)
    for i, j in pairs:
        _compare_cells(pair, old[i], new[j])
    for i in sorted(set(range(len(old))) - {i for i, _ in pairs}):
        path, table = old[i]
        pair.report(Kind.table_removed, table.title, (*path, "title"), None, table.title, None)
    for j in sorted(set(range(len(new))) - {j for _, j in pairs}):
        path, table = new[j]
        pair.report(Kind.table_added, table.title, None, (*path, "title"), None, table.title)


def _compare_cells(pair: PlanPair, old: tuple[PlanPath, Table], new: tuple[PlanPath, Table]) -> None:
    (path_a, a), (path_b, b) = old, new
    columns = dict(align(a.columns[1:], b.columns[1:], heading_key))
    for r, s in align(a.rows, b.rows, lambda row: heading_key(row.label)):
        for c, d in columns.items():
            x = a.rows[r].cells[c] if c < len(a.rows[r].cells) else None
            y = b.rows[s].cells[d] if d < len(b.rows[s].cells) else None
            if str(x) != str(y):
                pair.report(
                    Kind.cell_changed, f"{b.title}: {b.rows[s].label} × {b.columns[d + 1]}",
                    (*path_a, "rows", r, "cells", c), (*path_b, "rows", s, "cells", d), x, y,
                )


def _figures(plan: Plan) -> list[Placed]:
    return [Placed(("sections", s, "key_figures", k), figure)
            for s, section in enumerate(plan.sections) for k, figure in enumerate(section.key_figures)]


def _tables(plan: Plan) -> list[tuple[PlanPath, Table]]:
    return [(("sections", s, "tables", t), table)
            for s, section in enumerate(plan.sections) for t, table in enumerate(section.tables)]


def _figure_key(placed: Placed) -> tuple[str, str]:
    return heading_key(placed.figure.name), (placed.figure.area or "").lower()


def _figure_score(a: Placed, b: Placed) -> float:
    if (a.figure.area or "").lower() != (b.figure.area or "").lower():
        return 0.0
    return float(fuzz.ratio(heading_key(a.figure.name), heading_key(b.figure.name)))


def _table_score(a: tuple[PlanPath, Table], b: tuple[PlanPath, Table]) -> float:
    return float(fuzz.token_set_ratio(heading_key(a[1].title), heading_key(b[1].title)))
