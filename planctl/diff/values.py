"""Comparing two values of a plan: amounts, periods, targets."""

from __future__ import annotations

from decimal import Decimal

from planctl.diff.changes import Kind
from planctl.diff.pair import PlanPair
from planctl.messages import Message
from planctl.model.plan import Target
from planctl.model.values import Amount, Placeholder, Quantity, format_danish_number
from planctl.model.walk import PlanPath


def amount_kind(old: Amount | None, new: Amount | None) -> Kind | None:
    """The kind of change from one amount to another, or None when it did not change."""
    if str(old) == str(new):
        return None
    if isinstance(old, Placeholder) and isinstance(new, Quantity):
        return Kind.placeholder_filled
    if isinstance(old, Quantity) and isinstance(new, Placeholder):
        return Kind.placeholder_introduced
    if isinstance(old, Quantity) and isinstance(new, Quantity) and (old.unit or "") != (new.unit or ""):
        return Kind.unit_changed
    return Kind.target_changed


def difference(old: Amount | None, new: Amount | None) -> Message | None:
    """'+1 procentpoint', '−120 personer': how far a figure moved, when both are numbers of one unit."""
    if not (isinstance(old, Quantity) and isinstance(new, Quantity)) or old.unit != new.unit:
        return None
    delta: Decimal = new.value - old.value
    if delta == 0:
        return None
    sign = "+" if delta > 0 else "−"
    number = format_danish_number(abs(delta))
    if old.is_percentage:
        points = "percentage point" if abs(delta) == 1 else "percentage points"
        return Message(f"{sign}{number} procentpoint", f"{sign}{number} {points}")
    unit = f" {old.unit}" if old.unit else ""
    return Message(f"{sign}{number}{unit}", f"{sign}{number}{unit}")


def span(target: Target) -> str | None:
    """A target's baseline and period as one text: '2018 – 2019', 'oktober 2018 – oktober 2019'."""
    if target.baseline and target.period:
        return f"{target.baseline} – {target.period}"
    return str(target.period or target.baseline) if (target.period or target.baseline) else None


def compare_targets(
    pair: PlanPair, subject: str, old: Target | None, new: Target | None,
    before: PlanPath, after: PlanPath,
) -> None:
    """Report how a goal's (or følgemål's) target changed."""
    if old is None and new is None:
        return
    if old is None or new is None:
        pair.report(Kind.target_changed, subject, before, after,
                    describe(old) if old else None, describe(new) if new else None, part="target")
        return
    for part in ("value", "equivalent"):
        a, b = getattr(old, part), getattr(new, part)
        kind = amount_kind(a, b)
        if kind is not None:
            pair.report(kind, subject, (*before, part), (*after, part), a, b,
                        part=f"target.{part}", detail=difference(a, b))
    if span(old) != span(new):
        pair.report(Kind.period_changed, subject, (*before, "period"), (*after, "period"),
                    span(old), span(new), part="target.period")
    for part in ("kind", "direction", "average", "reference", "deferred_until"):
        a, b = getattr(old, part), getattr(new, part)
        if a != b:
            pair.report(Kind.target_changed, subject, (*before, part), (*after, part),
                        _plain(a), _plain(b), part=f"target.{part}")


def describe(target: Target) -> str:
    """A target in short: '4 pct. (oktober 2018 – oktober 2019)'."""
    when = span(target)
    text = str(target.value) if target.value else target.kind
    return f"{text} ({when})" if when else text


def _plain(value: object) -> str | None:
    if value is None:
        return None
    return str(value)
