"""C002 malformed-date: a year or date in the text that cannot be one.

What: a month followed by something that is not a four-digit year ("december 018",
"fra oktober 20188"), or a date such as "31.13.2019" or "18.11.218" (a day.month.year
date must have a day from 1 to 31, a month from 1 to 12 and a two- or four-digit year:
"18.11.20" passes).

Why: typing errors in dates change what a goal means, and a goal "fra december 018"
cannot be followed up. The typed periods of a plan are validated when it loads; this
rule reads the texts (goal wording, overview, prose), where no type catches them.

Passes:

    text: Antallet skal falde fra december 2018 til december 2019.

Fails:

    text: Antallet skal falde fra december 018 til december 2019.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.model.values import MONTHS

_MONTH_AND_BAD_YEAR = re.compile(
    rf"\b(?:{'|'.join(MONTHS)})\s+(?P<year>\d{{1,3}}|\d{{5,}})(?![\d.,])", re.IGNORECASE
)
_DATE = re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{2,5})(?![\d])")
# What every match of _DATE holds, found fast (this pattern begins with a plain character, _DATE with a
# lookbehind tried at every position): _DATE searches only a text that holds it; _MONTH_AND_BAD_YEAR only
# one whose folded form names a month.
_STOP_AND_DIGIT = re.compile(r"\.\d")


class MalformedDate(Rule):
    id = "C002"
    name = "malformed-date"
    severity = "error"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        for node in ctx.texts:
            if node.names_month:
                for match in _MONTH_AND_BAD_YEAR.finditer(node.text):
                    yield self._report(node.path, match.group(0), match.start(), match.group("year"))
            if not _STOP_AND_DIGIT.search(node.text):
                continue
            for match in _DATE.finditer(node.text):
                day, month, year = int(match["day"]), int(match["month"]), match["year"]
                if not (1 <= day <= 31 and 1 <= month <= 12 and len(year) in (2, 4)):
                    yield self._report(node.path, match.group(0), match.start(), None)

    @staticmethod
    def _report(path: tuple[str | int, ...], found: str, offset: int, year: str | None) -> Report:
        if year is None:  # a day.month.year date: the day, the month or the year can be wrong
            message = Message(f"fejl i datoen '{found}': det er ikke en gyldig dato",
                              f"malformed date '{found}': not a valid date")
        else:
            message = Message(f"fejl i datoen '{found}': '{year}' er ikke et årstal eller en gyldig dato",
                              f"malformed date '{found}': '{year}' is not a year or a valid date")
        return Report(path, message, excerpt=found, offset=offset)
