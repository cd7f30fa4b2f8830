"""What `compare_plans` is given: the plans, each with the file it came from, and the options."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planctl.compare.rows import ROW_GROUPS, RowGroupKind
from planctl.lint.finding import Finding
from planctl.messages import Lang
from planctl.model.plan import Plan


@dataclass(frozen=True)
class ComparedPlan:
    """A plan to compare: the file it came from, the plan, and what check found in it."""

    file: str
    plan: Plan
    findings: Sequence[Finding] | None = None


@dataclass(frozen=True)
class CompareOptions:
    """Which row groups, in which order, and the language the comparison is said in."""

    rows: tuple[RowGroupKind, ...] = ROW_GROUPS
    lang: Lang = Lang.en
