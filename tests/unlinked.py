"""A test helper: a plan as its writer would have written it without any `minister_goals` links."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from planctl.model.plan import Plan


def without_links(plan: Plan) -> Plan:
    """A copy of the plan with every goal's and success criterion's `minister_goals` list removed."""
    copy = plan.model_copy(deep=True)
    for _, goal in copy.all_goals():
        goal.minister_goals = []
    return copy


def write_without_links(source: Path, target: Path) -> Path:
    """The plan file at `source` written to `target` with every goal's `minister_goals` list removed.

    The plan's own list of ministermål (the top-level `minister_goals`) stays: it says which
    goals the plan answers, not which goal answers them."""
    data: dict[str, Any] = yaml.safe_load(source.read_text(encoding="utf-8"))
    for section in data["sections"]:
        for goal in [*section.get("goals", []), *section.get("success_criteria", [])]:
            goal.pop("minister_goals", None)
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target
