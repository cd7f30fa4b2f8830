"""M002 goal-without-target: a goal with nothing to measure it by.

What: a goal or success criterion with no target, or a qualitative one ("Flere personer
med handicap skal i uddannelse og beskæftigelse."). Information, not an error: some
goals are rightly qualitative, but the committee should see which. When the goal's
section lists a figure that holds its goals (`figures: [{number: "2", holds_goals: true}]`),
the target is not missing but printed in the figure, and the finding says so; a section
whose goals stand only in such a figure is named once, with the figure.

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
                figure = ctx.plan.sections[int(path[1])].goal_figure()
                message = Message("intet måleligt mål", "no measurable target")
                if figure is not None:
                    message = Message(f"måltallet står i figur {figure.label()}, ikke i teksten",
                                      f"the target is in figure {figure.label()}, not in the text")
                yield Report((*path, "text"), message, excerpt=goal.text[:80])
        for index, figure in ctx.plan.goal_figures():
            section = ctx.plan.sections[index]
            if not section.goals and not section.success_criteria:
                yield Report(("sections", index, "title"), Message(
                    f"målene for '{section.title}' står kun i figur {figure.label()}; de kan ikke måles her",
                    f"the goals of '{section.title}' are printed only in figure {figure.label()}; "
                    "they cannot be measured here",
                ))
