"""U001 placeholder-value: a value the draft has not filled in yet.

What: a quantity written as a placeholder — "x pct.", "xx pct.", "X pct.",
"ca. xx personer" — in a goal's target, a følgemål, a key figure or a table cell.

Why: a plan goes to hearings and to the byråd. A goal that says "skal falde med x pct."
commits the municipality to nothing. The plan format accepts placeholders so that a
draft validates; this rule makes sure none survives into the final plan: a warning
while the plan's status is `draft`, an error once it is `final` or `adopted`. Where
the value can be derived from what the plan states (a count from a percentage and its
baseline), the message says what it should be.

Passes:

    target: {kind: change, direction: decrease, value: 4 pct., baseline: oktober 2018, period: oktober 2019}

Fails:

    target: {kind: change, direction: decrease, value: x pct., baseline: "2018", period: "2019"}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.lint.arithmetic import expected_equivalent
from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.model.plan import Target
from planctl.model.values import format_danish_number


class PlaceholderValue(Rule):
    id = "U001"
    name = "placeholder-value"
    severity = "error"
    follows_status = True

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        for path, value in ctx.placeholders:
            da = f"pladsholder '{value.text}' står, hvor der skal være en værdi"
            en = f"placeholder '{value.text}' where a value belongs"
            hint = self._derived(ctx, path)
            if hint is not None:
                da += f" (ud fra planens egne tal: {hint})"
                en += f" (from the plan's own figures: {hint})"
            yield Report(path, Message(da, en), excerpt=value.text)

    @staticmethod
    def _derived(ctx: PlanContext, path: tuple[str | int, ...]) -> str | None:
        if not path or path[-1] != "equivalent":
            return None
        target = ctx.value_at(path[:-1])
        if not isinstance(target, Target):
            return None
        count = expected_equivalent(target)
        if count is None or target.baseline_value is None:
            return None
        unit = getattr(target.baseline_value, "unit", None) or ""
        return f"ca. {format_danish_number(round(count))} {unit}".strip()
