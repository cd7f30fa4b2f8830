"""diff_plans: everything that changed from one plan to another, in the words of the domain."""

from __future__ import annotations

from planctl.diff.changes import Alignment, Area, Kind, PlanDiff
from planctl.diff.figures import compare_figures, compare_tables
from planctl.diff.goals import compare_goals
from planctl.diff.minister import compare_minister_goal_lists
from planctl.diff.pair import PlanPair
from planctl.diff.sections import align_sections, compare_sections
from planctl.load import LoadedPlan

_PLAN_FIELDS = (
    ("status", Kind.status_changed),
    ("period", Kind.plan_period_changed),
    ("date", Kind.date_changed),
    ("title", Kind.title_changed),
)


def diff_plans(old: LoadedPlan, new: LoadedPlan) -> PlanDiff:
    """Align the two plans and report every change, plan first, then goals, sections, figures, tables."""
    pair = PlanPair(old, new)
    for name, kind in _PLAN_FIELDS:
        a, b = getattr(old.plan, name), getattr(new.plan, name)
        if name == "status" and "unknown" in (a, b):
            continue  # a document that states no status did not change it; the header says so
        if str(a) != str(b):
            pair.report(kind, name, (name,), (name,), a, b, part=name)
    compare_minister_goal_lists(pair)
    section_pairs = align_sections(pair)
    goals_matched, goals_old, goals_new = compare_goals(pair)
    compare_sections(pair, section_pairs)
    compare_figures(pair)
    compare_tables(pair)
    order = list(Area)
    changes = sorted(pair.changes, key=lambda c: order.index(c.area))  # stable: document order within an area
    alignment = Alignment(
        goals_matched=goals_matched, goals_old=goals_old, goals_new=goals_new,
        sections_matched=len(section_pairs),
        sections_old=len(old.plan.sections), sections_new=len(new.plan.sections),
        same_municipality=old.plan.municipality.name == new.plan.municipality.name,
    )
    paths = {("sections", i): ("sections", j) for i, j in section_pairs} | pair.goal_paths
    return PlanDiff(str(old.path), str(new.path), changes, alignment, old.plan, new.plan, paths)
