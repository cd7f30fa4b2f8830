"""M003 deferred-target: a target the plan leaves to be set later.

What: a goal of kind `deferred` — "På Erhvervsudvalgets møde i marts 2021 fastlægges
kvantitative mål ..." — whose number is to be decided after the plan is adopted.

Why: the plan the byråd adopts then sets no measurable target for that goal; the
committee should know which targets are still open and when they will be set.

Passes:

    target: {kind: level, value: 40 pct., period: "2021"}

Fails:

    target: {kind: deferred, deferred_until: Erhvervsudvalgets møde i marts 2021}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message


class DeferredTarget(Rule):
    id = "M003"
    name = "deferred-target"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        for path, target in ctx.targets:
            if target.kind == "deferred":
                when = target.deferred_until or "senere"
                yield Report((*path, "kind"), Message(
                    f"måltallet fastsættes først senere ({when})",
                    f"the target is left to be set later ({target.deferred_until or 'later'})",
                ), excerpt=target.deferred_until)
