"""M001 minister-goal-unanswered: a minister's goal of the plan's year that no local goal answers.

What: for plan years up to 2024 (the ministermål were abolished from 2025), each of the
year's goals — as the plan prints them, or from planctl's reference data when the plan
only names the year — that no goal or success criterion of the plan links to with
`minister_goals`. When planctl has no list for the year, it says so (information).

Why: the law asks each plan to start from the minister's goals ("med udgangspunkt i").
A ministermål no local goal answers is either a conscious choice, which the plan should
say, or a gap.

Passes:

    minister_goals: 2020
    goals:
      - {text: Virksomhederne skal have den arbejdskraft der er brug for., minister_goals: [1]}
      - {text: Flere flygtninge skal være selvforsørgende., minister_goals: [2]}
      - {text: Flere personer med handicap skal i job., minister_goals: [3]}

Fails:

    minister_goals: 2020
    goals:
      - {text: Virksomhederne skal have den arbejdskraft der er brug for., minister_goals: [1]}
      - {text: Flere personer med handicap skal i job., minister_goals: [3]}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.data import LAST_MINISTER_GOAL_YEAR, minister_goals_for
from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message


def plan_minister_goals(ctx: PlanContext) -> tuple[int, list[str]] | None:
    """The plan's year of ministermål and the goals of that year (printed or shipped)."""
    plan = ctx.plan
    year = plan.minister_goal_year or plan.period.start.year
    if plan.minister_goals is not None and plan.minister_goals.goals:
        return year, list(plan.minister_goals.goals)
    reference = minister_goals_for(year)
    if reference is None or not reference.goals:
        return None
    return year, list(reference.goals)


class MinisterGoalUnanswered(Rule):
    id = "M001"
    name = "minister-goal-unanswered"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        plan = ctx.plan
        where = ("minister_goals",) if plan.minister_goals is not None else ("period",)
        year = plan.minister_goal_year or plan.period.start.year
        if year > LAST_MINISTER_GOAL_YEAR:
            return
        known = plan_minister_goals(ctx)
        if known is None:
            yield Report(where, Message(
                f"planctl kender ikke ministermålene for {year}; dækningen er ikke tjekket",
                f"planctl has no list of the minister's goals for {year}; coverage not checked",
            ), severity="info")
            return
        year, goals = known
        answered = {n for _, goal in plan.all_goals() for n in goal.minister_goals}
        for number, text in enumerate(goals, start=1):
            if number not in answered:
                yield Report(where, Message(
                    f"ministermål {number} for {year} besvares ikke af noget lokalt mål: '{text}'",
                    f"minister's goal {number} of {year} is answered by no local goal: '{text}'",
                ), excerpt=text)
