"""The result of `planctl compare`: plans as columns, rows grouped by what they compare.

Every renderer (text, markdown, json, csv) is fed this model, so they cannot disagree.
Each cell says in words what it holds (`text`, plus `details` lines), and carries a
machine-readable `state` and the structured values behind the words. A cell is never
empty: what cannot be compared says why.

The model is a leaf: it imports nothing of the comparison that could import it back
(`compare_plans`, which builds it, lives in planctl.compare.build).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from planctl.compare.rows import RowGroupKind
from planctl.messages import Lang

CellState = Literal[
    # target groups
    "goals", "mentioned", "absent", "no-goals-in-plan",
    # ministermål
    "answered", "unanswered", "not-in-year", "not-assessed", "covered", "partly-covered",
    # key figures
    "value", "figure-only", "not-stated",
    # quality and summaries
    "count", "share", "none",
]


class TargetSummary(BaseModel):
    """One goal of a plan, its target in short form."""

    goal: str = Field(description="The goal's label: its id as printed ('MÅL 2') or where it stands.")
    kind: str = Field(description="change, level, relative, qualitative, deferred, or none (no target).")
    short: str = Field(description="The target in short form: '−5 pct. okt 2018→okt 2019'.")
    text: str = Field(description="The goal's text, verbatim.")
    unfilled: bool = Field(default=False, description="The target value is a draft placeholder ('x pct.').")


class AreaValue(BaseModel):
    """A key figure of another area the plan states beside its own (hele landet, RAR ...)."""

    area: str
    value: str


class Cell(BaseModel):
    """What one plan has in one row."""

    state: CellState
    text: str = Field(description="The cell in words.")
    details: list[str] = Field(default_factory=list, description="Further lines: targets, goals, areas.")
    count: int | None = None
    kinds: dict[str, int] = Field(default_factory=dict, description="Goals per kind of target.")
    targets: list[TargetSummary] = Field(default_factory=list)
    goals: list[str] = Field(default_factory=list, description="Labels of the goals that answer a ministermål.")
    number: int | None = Field(default=None, description="The ministermål's number in the plan's year.")
    value: str | None = Field(default=None, description="A key figure, formatted.")
    amount: float | None = Field(default=None, description="A key figure's number, for a script: 4.5 for '4,5 pct.'.")
    unit: str | None = Field(default=None, description="The unit of `amount` as the plan prints it: 'pct.'.")
    period: str | None = Field(default=None, description="When the key figure was measured, as printed.")
    areas: list[AreaValue] = Field(default_factory=list)


class Row(BaseModel):
    key: str = Field(description="Stable id of the row: a target-group code, 'minister:<n>', 'figure:<measure>' ...")
    label: str
    note: str | None = Field(default=None, description="What limits the comparison across this row, in words.")
    cells: list[Cell] = Field(description="One per plan, in the order of `plans`.")


class RowGroup(BaseModel):
    kind: RowGroupKind
    title: str
    rows: list[Row]
    notes: list[str] = Field(default_factory=list)


class PlanColumn(BaseModel):
    file: str
    header: str = Field(description="Short column header: 'Tårnby 2019-2023'.")
    municipality: str
    code: str
    title: str
    period: str
    year: int = Field(description="The first year of the plan's period.")
    status: str
    status_label: str
    version: str | None = Field(default=None, description="The version label as printed: 'revideret 2020'.")
    date: str | None = None
    notes: list[str] = Field(default_factory=list, description="The comparison's notes that concern this plan alone.")


class LegendEntry(BaseModel):
    term: str
    meaning: str


class Comparison(BaseModel):
    """Several plans side by side."""

    version: int = 1
    lang: Lang = Field(description="The language every word of the comparison is said in: da or en.")
    plans: list[PlanColumn]
    groups: list[RowGroup]
    notes: list[str] = Field(default_factory=list, description="What limits the comparison: first what concerns "
                             "all plans, then each plan's own notes (also under the plan), in the order of `plans`.")
    legend: list[LegendEntry] = Field(default_factory=list)
