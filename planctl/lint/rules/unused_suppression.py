"""S001 unused-suppression: a `# planctl: ignore[...]` comment that silences nothing.

What: an inline suppression whose rules found nothing on the line it covers (its own line,
or the next line when the comment stands alone). It is reported only when every rule it
names has run (not when --select, --ignore or the configuration leaves one of them out),
and a suppression that names S001 itself is never reported.

Why: suppressions outlive the problems they silenced; one that silences nothing hides
nothing today but will hide the next real finding on that line.

Passes:

    target: {kind: change, value: x pct., period: "2025"}  # planctl: ignore[U001] fastsættes i december

Fails:

    target: {kind: change, value: 4 pct., period: "2025"}  # planctl: ignore[U001]
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule


class UnusedSuppression(Rule):
    """Reported by the runner, which alone knows which suppressions were used."""

    id = "S001"
    name = "unused-suppression"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        return iter(())
