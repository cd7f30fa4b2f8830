"""C008 count-contradicts-percentage: a count that does not follow from a percentage and its baseline.

What: a goal whose target is a percentage of a stated baseline count and which states
what that amounts to ("skal falde med 5 pct. ... Det svarer til et fald på ca. 10
personer", with a baseline of ca. 190) where the stated count is not the percentage of
the baseline (allowing for "ca." and rounding).

Why: the count is what the goal means in practice, and the committee reads it. When the
percentage is changed late and the count is not, the plan promises two things.

Passes:

    target:
      {kind: change, direction: decrease, value: 5 pct., baseline_value: ca. 190 personer, equivalent: ca. 10 personer}

Fails:

    target:
      {kind: change, direction: decrease, value: 5 pct., baseline_value: ca. 190 personer, equivalent: ca. 25 personer}
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from planctl.lint.arithmetic import expected_equivalent
from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.model.values import Quantity, format_danish_number


class CountContradictsPercentage(Rule):
    id = "C008"
    name = "count-contradicts-percentage"
    severity = "error"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        for path, target in ctx.targets:
            if not isinstance(target.equivalent, Quantity):
                continue
            expected = expected_equivalent(target)
            if expected is None:
                continue
            stated = target.equivalent.value
            # "ca." figures are rounded: accept a tenth either way, and at least one.
            tolerance = max(Decimal(1), expected * Decimal("0.1"))
            if abs(stated - expected) <= tolerance:
                continue
            should = format_danish_number(round(expected))
            yield Report((*path, "equivalent"), Message(
                f"{target.value} af {target.baseline_value} er ca. {should}, ikke {target.equivalent}",
                f"{target.value} of {target.baseline_value} is about {should}, not {target.equivalent}",
            ), excerpt=str(target.equivalent))
