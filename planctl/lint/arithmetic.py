"""The sums rules recompute: a change in pct. between two columns, a count from a
percentage of a stated baseline. Shared by the rules that check and derive them."""

from __future__ import annotations

from contextlib import AbstractContextManager
from decimal import ROUND_HALF_UP, Context, Decimal, getcontext, localcontext

from planctl.limits import MAX_NUMBER_DIGITS
from planctl.model.plan import Target
from planctl.model.values import Quantity

PERCENT_UNITS = frozenset({"pct."})

# Digits enough to hold, exactly, a change in pct. between two numbers of a plan (each at
# most MAX_NUMBER_DIGITS digits, on either side of the comma) rounded as a third is printed;
# Python's default of 28 digits cannot, and `quantize` then fails rather than round.
PRECISION = 4 * MAX_NUMBER_DIGITS + 10


def exact_arithmetic() -> AbstractContextManager[Context]:
    """The decimal context the rules compute in."""
    return localcontext(Context(prec=PRECISION, rounding=getcontext().rounding))


def change_in_percent(before: Decimal, after: Decimal) -> Decimal | None:
    """(after - before) / before in pct.; None when before is zero."""
    if before == 0:
        return None
    return (after - before) / before * 100


def decimals_of(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def rounds_to(exact: Decimal, printed: Decimal) -> bool:
    """Whether `exact`, rounded as `printed` is printed, gives `printed` (allowing
    the rounding either way at the boundary)."""
    step = Decimal(1).scaleb(-decimals_of(printed))
    return abs(exact - printed) <= step / 2 + Decimal("1e-9")


def round_like(exact: Decimal, printed: Decimal) -> Decimal:
    return exact.quantize(Decimal(1).scaleb(-decimals_of(printed)), rounding=ROUND_HALF_UP)


def expected_equivalent(target: Target) -> Decimal | None:
    """The count a percentage target amounts to, from its stated baseline count."""
    value, baseline = target.value, target.baseline_value
    if not (isinstance(value, Quantity) and isinstance(baseline, Quantity)):
        return None
    if value.unit not in PERCENT_UNITS or baseline.unit in PERCENT_UNITS:
        return None
    return baseline.value * value.value / 100
