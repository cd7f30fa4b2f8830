"""A change in the plan's list of ministermål, said as the domain says it.

"ministermål for 2019 (7) → ministermål for 2020 (3)", with the goals added and dropped
quoted. A plan's list is the one it prints, else planctl's list for the year it names, else
for the first year of its period (as `check` and `compare` read it). Goals of the two lists
are paired by wording (`same_minister_goal`), so a goal reworded slightly from one year to
the next is neither added nor dropped; a goal whose wording changed within one year's
printed list is said to be reworded.
"""

from __future__ import annotations

from dataclasses import dataclass

from planctl.coverage import plan_minister_goals, same_minister_goal
from planctl.diff.changes import Kind
from planctl.diff.pair import PlanPair
from planctl.messages import Message, joined
from planctl.model.plan import Plan
from planctl.model.walk import PlanPath


@dataclass(frozen=True)
class MinisterGoalList:
    """The ministermål a plan answers: the year, and the goals when they are known."""

    year: int
    goals: tuple[str, ...] | None

    @property
    def value(self) -> str:
        """'2019 (7)', or '2012' when planctl does not know the year's goals; renderers say 'ministermål for …'."""
        return str(self.year) if self.goals is None else f"{self.year} ({len(self.goals)})"


def minister_goal_list(plan: Plan) -> MinisterGoalList:
    return MinisterGoalList(*plan_minister_goals(plan))


def compare_minister_goal_lists(pair: PlanPair) -> None:
    """Report a change of year or of the goals of the plan's list of ministermål."""
    old, new = minister_goal_list(pair.old.plan), minister_goal_list(pair.new.plan)
    a, b = old.goals or (), new.goals or ()
    pairs = _paired(a, b)
    added = [goal for j, goal in enumerate(b) if j not in pairs.values()]
    dropped = [goal for i, goal in enumerate(a) if i not in pairs]
    # Across years a paired goal is the same goal, whatever its punctuation; within a year a
    # printed list whose wording changed is a change.
    reworded = [(a[i], b[j]) for i, j in pairs.items() if a[i] != b[j]] if old.year == new.year else []
    if old.year == new.year and not (added or dropped or reworded):
        return
    pair.report(Kind.minister_goal_list_changed, "minister_goals", _where(pair.old.plan), _where(pair.new.plan),
                old.value, new.value, part="minister_goals", detail=_detail(added, dropped, reworded))


def _paired(a: tuple[str, ...], b: tuple[str, ...]) -> dict[int, int]:
    """Old goal index -> new goal index, for the goals that are one goal in other words."""
    pairs: dict[int, int] = {}
    for i, goal in enumerate(a):
        j = next((j for j, other in enumerate(b) if j not in pairs.values() and same_minister_goal(goal, other)), None)
        if j is not None:
            pairs[i] = j
    return pairs


def _where(plan: Plan) -> PlanPath:
    return ("minister_goals",) if plan.minister_goals is not None else ("period",)


def _detail(added: list[str], dropped: list[str], reworded: list[tuple[str, str]]) -> Message | None:
    def quoted(goals: list[str], lang: str) -> str:
        return joined([f"'{goal}'" for goal in goals], lang)

    parts = []
    if added:
        parts.append(Message(f"tilføjet {quoted(added, 'da')}", f"added {quoted(added, 'en')}"))
    if dropped:
        parts.append(Message(f"udgået {quoted(dropped, 'da')}", f"dropped {quoted(dropped, 'en')}"))
    if reworded:
        da = joined([f"'{a}' → '{b}'" for a, b in reworded], "da")
        en = joined([f"'{a}' → '{b}'" for a, b in reworded], "en")
        parts.append(Message(f"omformuleret {da}", f"reworded {en}"))
    if not parts:
        return None
    return Message("; ".join(part.da for part in parts), "; ".join(part.en for part in parts))


def same_links(pair: PlanPair, old: list[int], new: list[int]) -> bool:
    """Whether a goal's links name the same ministermål in both plans: by wording, not by number,
    so a goal linked to no. 3 of 2019 and no. 2 of 2020 (both the refugee goal) has not changed."""
    a, b = minister_goal_list(pair.old.plan).goals, minister_goal_list(pair.new.plan).goals
    if a is None or b is None or a == b or any(not 1 <= n <= len(a) for n in old) \
            or any(not 1 <= n <= len(b) for n in new):
        return old == new
    pairs = _paired(a, b)
    return sorted(pairs.get(n - 1, -1) for n in old) == sorted(n - 1 for n in new)
