"""C005 goal-numbering: goals numbered with gaps, twice, or with different labels.

What: in a plan whose goals are numbered ("MÅL 1", "Mål 2", ...): a number missing from
the sequence, a number used twice, a sequence that runs backwards, and labels written in
more than one way ("MÅL 4" next to "Mål 5").

Why: goals are referred to by number in committee papers and follow-up reports; a gap
or a duplicate makes "Mål 5" ambiguous, and mixed labels are the trace of goals copied
from different versions.

Passes:

    goals:
      - {id: MÅL 1, text: Flere i job.}
      - {id: MÅL 2, text: Færre på kontanthjælp.}
      - {id: MÅL 3, text: Flere i uddannelse.}

Fails:

    goals:
      - {id: MÅL 1, text: Flere i job.}
      - {id: Mål 2, text: Færre på kontanthjælp.}
      - {id: MÅL 4, text: Flere i uddannelse.}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.text import goal_number


class GoalNumbering(Rule):
    id = "C005"
    name = "goal-numbering"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        # Each finding is at a goal's id, so it is named by that goal (lint/naming.py); the
        # messages say only what is wrong with the number.
        numbered = [(path, goal) for path, goal in ctx.plan.all_goals() if goal_number(goal.id) is not None]
        if not numbered:
            return
        labels = Counter(_label(goal.id or "") for _, goal in numbered)
        usual = labels.most_common(1)[0][0]
        seen: dict[int, str] = {}
        previous = 0
        for path, goal in numbered:
            number = goal_number(goal.id)
            assert number is not None
            where = (*path, "id")
            if number in seen:
                yield Report(where, Message(f"nummeret er brugt to gange (også '{seen[number]}')",
                                            f"the number is used twice (also '{seen[number]}')"), excerpt=goal.id)
            elif number > previous + 1:
                missing = ", ".join(str(n) for n in range(previous + 1, number))
                yield Report(where, Message(
                    f"nummereringen springer fra mål {previous} til {number} (mangler: {missing})" if previous
                    else f"nummereringen begynder ved mål {number} (mangler: {missing})",
                    f"numbering jumps from goal {previous} to {number} (missing: {missing})" if previous
                    else f"numbering starts at goal {number} (missing: {missing})"),
                             excerpt=goal.id)
            elif number < previous:
                yield Report(where, Message(f"kommer efter mål {previous}",
                                            f"comes after goal {previous}"), excerpt=goal.id)
            seen.setdefault(number, goal.id or "")
            previous = max(previous, number)
            label = _label(goal.id or "")
            if label != usual:
                yield Report(where, Message(
                    f"skrevet '{label}', de fleste mål '{usual}'",
                    f"labelled '{label}', most goals '{usual}'"), excerpt=goal.id)


def _label(goal_id: str) -> str:
    return goal_id.strip().split()[0] if goal_id.strip() else goal_id
