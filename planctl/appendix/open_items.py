"""What a draft leaves open before adoption, from the findings of `planctl check`.

Every placeholder check reports (in a value or in the prose), every editorial note left in,
and every other finding at error level, each with its place in the plan and its line.
"""

from __future__ import annotations

from collections.abc import Iterable

from planctl.appendix.model import OpenItem, OpenKind
from planctl.appendix.places import place_name
from planctl.lint.finding import Finding
from planctl.model.plan import Plan
from planctl.model.values import Placeholder, parse_amount
from planctl.model.walk import walk

_KINDS: dict[str, OpenKind] = {
    "placeholder-value": "placeholder",
    "placeholder-in-prose": "placeholder",
    "editorial-note": "editorial-note",
}


def open_items(plan: Plan, findings: Iterable[Finding]) -> list[OpenItem]:
    """The open items, in the plan's order."""
    placeholders = {(value.line, value.column): value for _, value in walk(plan) if isinstance(value, Placeholder)}
    items: list[OpenItem] = []
    for finding in findings:
        kind = _KINDS.get(finding.name) or ("error" if finding.severity == "error" else None)
        if kind is None:
            continue
        stands_for = None
        if kind == "placeholder":
            placeholder = placeholders.get((finding.line, finding.column)) or _parsed(finding.excerpt)
            stands_for = placeholder.stands_for if placeholder is not None else None
        # The item's place already names its goal, so its text is what was found without the name.
        text = finding.excerpt if kind != "error" and finding.excerpt else finding.detail
        items.append(OpenItem(kind, *place_name(plan, finding.path), finding.line, finding.column, text, stands_for))
    return sorted(items, key=lambda item: (item.line, item.column))


def _parsed(excerpt: str | None) -> Placeholder | None:
    """The placeholder a finding in the prose quotes ('xx pct.'), read as the plan format reads it."""
    if not excerpt:
        return None
    try:
        amount = parse_amount(excerpt)
    except ValueError:
        return None
    return amount if isinstance(amount, Placeholder) else None
