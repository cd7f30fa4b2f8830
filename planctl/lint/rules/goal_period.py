"""C001 goal-period-outside-plan: a goal set for a year the plan does not cover.

What: a goal's (or følgemål's, or success criterion's) target period that lies outside the
plan period, or a baseline later than the target period — in a 2019 plan, "skal minimum
være xx pct. i 2018". Targets in the goal overview are not checked.

Why: a plan sets goals for its own period. A target year from last year's plan is the
classic mark of a text copied forward and not updated. A baseline may lie before the
plan period (goals are measured from last year), but a target may not.

Passes:

    period: 2019
    target: {kind: level, value: 60 pct., period: "2019"}

Fails:

    period: 2019
    target: {kind: level, value: 60 pct., period: "2018"}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.model.values import PeriodPoint

# The month a point without one stands for: "primo 2019" is January, "ultimo 2019" December.
_POSITION_MONTH = {"start": 1, "middle": 6, "end": 12}


def _month_of(point: PeriodPoint, edge: str) -> tuple[int, int]:
    """(year, month) of a point; a bare year counts from January as a start, to December as an end,
    so a baseline of "december 2019" does not lie after a target for "2019"."""
    month = point.month or _POSITION_MONTH.get(point.position or edge, 1)
    return point.year, month


class GoalPeriodOutsidePlan(Rule):
    id = "C001"
    name = "goal-period-outside-plan"
    severity = "error"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        plan_years = ctx.plan.period.years
        plan_text = str(ctx.plan.period)
        for path, target in ctx.targets:
            if path[0] == "goal_overview":
                continue
            if target.period is not None:
                outside = [year for year in target.period.years if year not in plan_years]
                if outside:
                    yield Report(
                        (*path, "period"),
                        Message(
                            f"målet gælder '{target.period}', uden for planperioden {plan_text}",
                            f"the target is for '{target.period}', outside the plan period {plan_text}",
                        ),
                        excerpt=str(target.period),
                    )
            if (target.baseline is not None and target.period is not None
                    and _month_of(target.baseline.start, "start") > _month_of(target.period.last, "end")):
                    yield Report(
                        (*path, "baseline"),
                        Message(
                            f"udgangspunktet '{target.baseline}' ligger efter målperioden '{target.period}'",
                            f"the baseline '{target.baseline}' lies after the target period '{target.period}'",
                        ),
                        excerpt=str(target.baseline),
                    )
