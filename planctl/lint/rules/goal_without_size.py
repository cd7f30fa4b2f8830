"""M005 goal-without-size: a goal that says which way, but not how far.

What: a target of a goal or success criterion that has a direction and no value: a rise or
fall ("Antallet af borgere der delvis raskmeldes skal være stigende", "forskellen skal
reduceres"), or a level with no figure to reach. A target has a direction when it states
one, or when the goal's text has a word such as "stige", "falde" or "reduceres" and no
number; a level with neither is not reported. A relative target that names what it is
compared with ("bedste 1/3 af landets kommuner") has its size there; a qualitative target,
no target at all (M002) and a target to be set later (M003) are other rules'. Each target
of a goal with several is judged on its own, but the goal's words count for all of them.

Why: "skal stige" is met by one person more. A goal that cannot fail cannot be followed up
in the yearly status; the committee should see that the plan chose no size.

Passes:

    target: {kind: change, direction: increase, value: 5 pct., period: "2021"}

Fails:

    target: {kind: change, direction: increase}
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.model.plan import Target
from planctl.text import numbers_in

# Words that give a goal a direction: "skal stige", "skal være faldende", "reduceres", "øges".
# Compiled at its first use, by re (a target with a direction and no size; most plans have none).
_DIRECTION_WORDS = (
    r"(?i)\b(?:stige|stigende|øges|øget|forøges|falde|faldende|reduceres|nedbringes|mindskes|sænkes)\b"
)


def lacks_size(target: Target, text: str) -> bool:
    """A direction (in the target, or in the goal's words) with nothing to measure the distance by."""
    if target.kind not in {"change", "level", "relative"}:
        return False
    if target.value is not None or target.reference is not None or target.equivalent is not None:
        return False
    return target.direction is not None or (re.search(_DIRECTION_WORDS, text) is not None and not numbers_in(text))


class GoalWithoutSize(Rule):
    id = "M005"
    name = "goal-without-size"
    severity = "info"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        for path, goal in ctx.plan.all_goals():
            targets = goal.all_targets()
            for t, target in enumerate(targets):
                if not lacks_size(target, goal.text):
                    continue
                where = (*path, "target") if goal.target is not None else (*path, "targets", t)
                # The finding names the goal (lint/naming.py); the message says what it lacks.
                yield Report(where, Message(
                    "angiver en retning, men ingen størrelse: hvor meget er nok?",
                    "gives a direction but no size: how much is enough?",
                ), excerpt=goal.text[:80])
