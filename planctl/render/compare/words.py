"""What only the comparison report says: its title, its parts, its legend and the rows that name the plans.

The cells, labels and notes come worded from the Comparison itself (it is built in one
language); these are the words the renderers add around them, in the comparison's language.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from planctl.compare.model import Comparison, PlanColumn
from planctl.messages import FILE, PLAN, Lang, Message, long_date
from planctl.render.terminal import printable_strings

TITLE = Message("Sammenligning af {plans}", "Comparison of {plans}")
PART = Message("Planer {first}–{last} af {total}", "Plans {first}–{last} of {total}")
LEGEND = Message("Forklaring", "Legend")
PAGE = Message(
    "Side {page} af {pages} ({plans} af {total}). Andre sider: --page K (1–{pages}); "
    "alle planer i én tabel: --format csv-long",
    "Page {page} of {pages} ({plans} of {total}). Other pages: --page K (1–{pages}); "
    "every plan in one table: --format csv-long",
)
_PLANS_FROM_TO = Message("planerne {first}–{last}", "plans {first}–{last}")
_PLAN_NUMBER = Message("plan {first}", "plan {first}")

_MUNICIPALITY = Message("Kommune", "Municipality")
_TITLE = Message("Titel", "Title")
_PERIOD = Message("Periode", "Period")
_STATUS = Message("Status", "Status")
_VERSION = Message("Version", "Version")


def title(comparison: Comparison) -> str:
    """'Sammenligning af 4 planer' / 'Comparison of 4 plans'."""
    lang = comparison.lang
    return TITLE.format(lang, plans=PLAN.count(len(comparison.plans), lang))


def page_line(lang: Lang, page: int, pages: int, first: int, last: int, total: int) -> str:
    """'Side 1 af 14 (planerne 1–7 af 98). Andre sider: …', or '(plan 3 af 10)' when a page holds one plan."""
    plans = (_PLAN_NUMBER if first == last else _PLANS_FROM_TO).format(lang, first=first, last=last)
    return PAGE.format(lang, page=page, pages=pages, plans=plans, total=total)


def identity_rows(plans: Sequence[PlanColumn], lang: Lang) -> list[tuple[str, list[str]]]:
    """The rows that say which plans are compared: municipality, title, period, status, version
    (when a plan prints one), file."""
    rows = [
        (_MUNICIPALITY.text(lang), [f"{p.municipality} ({p.code})" for p in plans]),
        (_TITLE.text(lang), [p.title for p in plans]),
        (_PERIOD.text(lang), [p.period for p in plans]),
        (_STATUS.text(lang), [p.status_label + (f", {long_date(p.date, lang)}" if p.date else "") for p in plans]),
    ]
    if any(p.version for p in plans):
        rows.append((_VERSION.text(lang), [p.version or "–" for p in plans]))
    return [*rows, (FILE.text(lang).capitalize(), [p.file for p in plans])]


def plan_chunks(count: int, per_table: int) -> list[list[int]]:
    """The plans' indexes split over as few tables as hold `per_table` plans each, of (nearly) equal size.

    Six plans at four a table are two tables of three: every table reads alike.
    """
    indexes = list(range(count))
    tables = math.ceil(count / max(1, per_table))
    size = math.ceil(count / tables) if tables else 1
    return [indexes[i:i + size] for i in range(0, count, size)]


def printable_comparison(comparison: Comparison) -> Comparison:
    """The comparison with every string's control characters made visible, for a medium that has no escaper."""
    return Comparison.model_validate(printable_strings(comparison.model_dump()))
