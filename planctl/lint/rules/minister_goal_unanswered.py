"""M001 minister-goal-unanswered: a minister's goal of the plan's year that no local goal answers.

What: for plan years up to 2024 (the ministermål were abolished from 2025), each of the
year's goals — as the plan prints them, or from planctl's reference data when the plan
only names the year — that no goal or success criterion of the plan answers. A goal answers
the minister's goals it links to with `minister_goals`; a goal without links answers those
planctl infers from its target groups and wording (planctl/coverage.py), and the finding
says whether the coverage rests on the plan's links, on inferred ones, or on both. A plan
that sets no links at all is told so once (information). A goal the plan prints as
expected rather than announced (`{text: ..., expected: true}`) and no local goal answers is
information, not a warning; a plan whose goals stand only in a figure (`holds_goals`) is
told that coverage is not checked. When planctl has no list for the year, it says so
(information).

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

from planctl.coverage import Coverage, plan_coverage, plan_minister_goals
from planctl.data import LAST_MINISTER_GOAL_YEAR
from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.model.plan import Plan


class MinisterGoalUnanswered(Rule):
    id = "M001"
    name = "minister-goal-unanswered"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        plan = ctx.plan
        where = ("minister_goals",) if plan.minister_goals is not None else ("period",)
        year, goals = plan_minister_goals(plan)
        if year > LAST_MINISTER_GOAL_YEAR:
            return
        if goals is None:
            yield Report(where, Message(
                f"planctl kender ikke ministermålene for {year}; dækningen er ikke tjekket",
                f"planctl has no list of the minister's goals for {year}; coverage not checked",
            ), severity="info")
            return
        coverage = plan_coverage(plan, year, goals)
        basis = _basis(coverage)
        if coverage.inferred and not coverage.given:
            yield Report(where, Message(
                "planen sætter ingen links til ministermålene; planctl har udledt dem af målenes "
                "målgrupper og ordlyd",
                "the plan links no goal to the minister's goals; planctl inferred the links from the goals' "
                "target groups and wording",
            ), severity="info")
        figures = plan.goal_figures()
        if figures and not plan.all_goals():
            _, figure = figures[0]
            yield Report(where, Message(
                f"planens mål står kun i figur {figure.label()}; dækningen af ministermålene er ikke tjekket",
                f"the plan's goals stand only in figure {figure.label()}; coverage of the minister's goals "
                "not checked",
            ), severity="info")
            return
        expected = _expected_numbers(plan)
        for number in coverage.unanswered:
            text = coverage.minister_goals[number - 1]
            if number in expected:
                yield Report(where, Message(
                    f"ministermål {number} for {coverage.year} er trykt som forventet, endnu ikke udmeldt, og "
                    f"intet lokalt mål besvarer det: '{text}'",
                    f"minister's goal {number} of {coverage.year} is printed as expected, not yet announced, "
                    f"and no local goal answers it: '{text}'",
                ), excerpt=text, severity="info")
                continue
            yield Report(where, Message(
                f"ministermål {number} for {coverage.year} besvares ikke af noget lokalt mål ({basis.da}): '{text}'",
                f"minister's goal {number} of {coverage.year} is answered by no local goal ({basis.en}): '{text}'",
            ), excerpt=text)


def _expected_numbers(plan: Plan) -> set[int]:
    """The numbers of the goals the plan prints as expected rather than announced."""
    printed = plan.minister_goals.printed_goals() if plan.minister_goals is not None else []
    return {number for number, goal in enumerate(printed, start=1) if goal.expected}


def _basis(coverage: Coverage) -> Message:
    """What the coverage rests on: the plan's own links, inferred ones, or both."""
    if not coverage.given:
        return Message("links udledt af målgrupper og ordlyd", "links inferred from target groups and wording")
    if coverage.inferred:
        return Message("planens links og links udledt af målgrupper og ordlyd",
                       "the plan's links and links inferred from target groups and wording")
    return Message("ifølge planens links", "by the plan's links")
