"""M002 goal-without-target: a goal with nothing to measure it by.

What: a goal or success criterion with no target, or a qualitative one ("Flere personer
med handicap skal i uddannelse og beskæftigelse."). Information, not an error: some
goals are rightly qualitative, but the committee should see which.

Why: a goal with no number cannot be followed up in the yearly status; knowing how many
of a plan's goals are measurable is part of judging it.

Passes:

    target: {kind: change, direction: decrease, value: 4 pct., baseline: oktober 2018, period: oktober 2019}

Fails:

    target: {kind: qualitative}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message


class GoalWithoutTarget(Rule):
    id = "M002"
    name = "goal-without-target"
    severity = "info"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        for path, goal in ctx.plan.all_goals():
            if all(target.kind == "qualitative" for target in goal.all_targets()):
                # The finding names the goal (lint/naming.py); the message says what it lacks.
                yield Report((*path, "text"), Message("intet måleligt mål", "no measurable target"),
                             excerpt=goal.text[:80])
