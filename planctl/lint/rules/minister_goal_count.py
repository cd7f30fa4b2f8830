"""M008 minister-goal-count: the plan's own count of the minister's goals differs from its list.

What: a sentence that counts the minister's goals — "Beskæftigelsesministeren har udmeldt
7 nationale mål", "fem beskæftigelsespolitiske mål", "syv ministermål", in digits or Danish
number words — when the list the plan prints (`minister_goals.goals`) holds another
number; when the plan names only the year (`minister_goals: 2020`) and prints no list, the
count is held to the goals announced for the year (planctl's reference data, where it is
verified). A plan without `minister_goals` is not checked. A printed list longer or
shorter than the announced one is M004's.

Why: "7 nationale mål" over a list of six means a goal fell out when the list was copied
(or a count left from last year's plan); either way the reader cannot tell which is right.

Passes:

    minister_goals:
      year: 2020
      goals: [Flere skal forsørge sig selv, Virksomhederne skal have arbejdskraft, Flere med handicap i job]
    sections:
      - title: Ministerens mål
        prose: ["Beskæftigelsesministeren har udmeldt tre mål for 2020:"]

Fails:

    minister_goals:
      year: 2020
      goals: [Flere skal forsørge sig selv, Virksomhederne skal have arbejdskraft]
    sections:
      - title: Ministerens mål
        prose: ["Beskæftigelsesministeren har udmeldt tre mål for 2020:"]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import attrgetter

from planctl.data import minister_goals_for
from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.text import holding

_NUMBER_WORDS = {
    "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10,
    "elleve": 11, "tolv": 12,
}
_COUNT = r"(?P<count>\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"
_ADJECTIVE = r"(?:(?:nationale|beskæftigelsespolitiske|overordnede|udmeldte)\s+)"
# "7 nationale mål", "fem beskæftigelsespolitiske mål", "syv ministermål": a count the words name.
_NAMED = re.compile(rf"\b{_COUNT}\s+(?:{_ADJECTIVE}{{1,2}}mål|{_ADJECTIVE}?ministermål)\b", re.IGNORECASE)
# "Beskæftigelsesministeren har udmeldt fem mål": a plain count, when the minister announces it.
_ANNOUNCED = re.compile(
    rf"\b\w*minister\w*\s+(?:har\s+)?(?:udmeldt|udmelder|fastsat|opstillet)\s+{_COUNT}\s+mål\b", re.IGNORECASE)
# A word every match of each pattern holds: a paragraph whose folded form holds none is not searched with it.
_MUST_HOLD = {
    _NAMED: ("nationale", "beskæftigelsespolitiske", "overordnede", "udmeldte", "ministermål"),
    _ANNOUNCED: ("minister",),
}
_FOLDED = attrgetter("folded")


def _value(count: str) -> int:
    return int(count) if count.isdigit() else _NUMBER_WORDS[count.lower()]


class MinisterGoalCount(Rule):
    id = "M008"
    name = "minister-goal-count"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        listed = ctx.plan.minister_goals
        if listed is None:
            return
        printed = len(listed.goals) if listed.goals else None
        reference = minister_goals_for(listed.year)
        announced = (len(reference.goals) if reference is not None and reference.status == "verified"
                     and reference.goals else None)
        prose = list(ctx.prose())
        folded = list(map(_FOLDED, prose))
        # Each pattern's cues looked for in every paragraph at once (`holding`): most hold none.
        holds = [(pattern, holding(folded, *cues)) for pattern, cues in _MUST_HOLD.items()]
        for index in sorted(set().union(*(found for _, found in holds))):
            node = prose[index]
            for pattern, found in holds:
                if index not in found:
                    continue
                for match in pattern.finditer(node.text):
                    said = _value(match.group("count"))
                    start = match.start("count")
                    words = node.text[start:match.end()]
                    if printed is not None and said != printed:
                        yield Report(node.path, Message(
                            f"planen skriver '{words}', men opregner {printed} ministermål",
                            f"the plan says '{words}' but lists {printed} minister's goals",
                        ), excerpt=words, offset=start)
                    elif printed is None and announced is not None and said != announced:
                        yield Report(node.path, Message(
                            f"planen skriver '{words}'; ministeren udmeldte {announced} mål for {listed.year}",
                            f"the plan says '{words}'; the minister announced {announced} goals for {listed.year}",
                        ), excerpt=words, offset=start)
