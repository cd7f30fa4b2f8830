"""The changes since the version a meeting saw, taken from the diff of the two plans.

The rows are the diff's own `Change` objects, filtered to what a reader of an appendix needs,
so an appendix and `planctl diff --format json` of the same pair cannot disagree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from planctl.appendix.model import Changes, ProseChanges
from planctl.diff.changes import Change, Kind, PlanDiff

# What a meeting reads in the table of changes. Left to the summary counts: moves, renumbering
# and the goal overview (a copy of the goals, whose own changes are in the table), table cells.
ROW_KINDS = frozenset({
    Kind.status_changed, Kind.plan_period_changed, Kind.title_changed, Kind.minister_goal_list_changed,
    Kind.goal_added, Kind.goal_removed, Kind.goal_reworded, Kind.target_changed, Kind.placeholder_filled,
    Kind.placeholder_introduced, Kind.period_changed, Kind.unit_changed, Kind.follow_up_added,
    Kind.follow_up_removed, Kind.follow_up_changed, Kind.minister_goals_changed,
    Kind.section_added, Kind.section_removed, Kind.section_renamed,
    Kind.figure_added, Kind.figure_removed, Kind.figure_changed,
})
LARGEST = 3


def changed_words(change: Change) -> int:
    """How many words a word diff took out or put in."""
    return sum(len(op.text.split()) for op in change.words if op.op != "equal")


def stretches(change: Change) -> int:
    """How many separate stretches of the text changed."""
    count, inside = 0, False
    for op in change.words:
        if op.op != "equal" and not inside:
            count += 1
        inside = op.op != "equal"
    return count


def appendix_changes(diff: PlanDiff, keep: Callable[[Change], bool] = lambda change: True) -> Changes:
    """The summary, the rows and the prose changes of the diff's changes that `keep` accepts."""
    kept = [change for change in diff.changes if keep(change)]
    prose = [change for change in kept if change.kind is Kind.prose_changed]
    old = diff.old_plan
    return Changes(
        old_status=old.status if old is not None else "draft",
        old_date=old.date if old is not None else None,
        counts=dict(Counter(change.kind for change in kept)),
        rows=tuple(change for change in kept if change.kind in ROW_KINDS),
        prose=tuple(ProseChanges(change.subject, stretches(change), changed_words(change)) for change in prose),
        largest_prose=tuple(sorted(prose, key=changed_words, reverse=True)[:LARGEST]),
        alignment=diff.alignment,
    )
