"""M007 no-measurable-goal: a plan in which no goal has a measurable target.

What: one finding for the whole plan when none of its goals and success criteria has a
target of kind `change`, `level` or `relative` with a size — a value (a figure, or a
placeholder still to be filled in), a comparison ("bedste 1/3 af landets kommuner") or
what it amounts to ("Det svarer til et fald på ca. 10 personer"). Qualitative goals, goals
that only give a direction (M005), targets to be set later (M003), and a plan with no
goals at all count as none. Information, not an error, reported at the plan's title.

Why: a plan's goals are what the yearly status follows up; a plan in which not one can be
measured gives the committee nothing to hold the effort to.

Passes:

    sections:
      - title: Unge
        goals: [{text: Ledigheden skal falde med 5 pct., target: {kind: change, direction: decrease, value: 5 pct.}}]

Fails:

    sections:
      - title: Unge
        goals: [{text: Flere unge skal i uddannelse., target: {kind: qualitative}}]
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import GOAL, Message
from planctl.model.plan import Target


def measurable(target: Target) -> bool:
    """A target the yearly status can hold the result to."""
    if target.kind not in {"change", "level", "relative"}:
        return False
    return target.value is not None or target.reference is not None or target.equivalent is not None


class NoMeasurableGoal(Rule):
    id = "M007"
    name = "no-measurable-goal"
    severity = "info"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        goals = [goal for _, goal in ctx.plan.all_goals()]
        if any(measurable(target) for goal in goals for target in goal.all_targets()):
            return
        figures = ctx.plan.goal_figures()
        if figures:
            _, figure = figures[0]
            yield Report(("title",), Message(
                f"planens mål har måltal kun i figur {figure.label()}; i teksten har intet mål et måltal",
                f"the plan's goals have targets only in figure {figure.label()}; in the text no goal has one",
            ))
            return
        yield Report(("title",), Message(
            f"ingen af planens {GOAL.count(len(goals), 'da')} har et måltal",
            f"none of the plan's {GOAL.count(len(goals), 'en')} has a measurable target",
        ) if goals else Message("planen har ingen mål", "the plan has no goals"))
