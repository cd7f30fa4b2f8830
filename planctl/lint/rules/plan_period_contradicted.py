"""C013 plan-period-contradicted: the plan's own account of its period contradicts the period.

What: where the plan speaks of itself, the years or the length it gives differ from its
`period` — "Denne plan ... for de kommende 3 år" in a plan for 2020-2023 (four years),
"Planen gælder for 2021" in a plan for 2022, a heading "Beskæftigelsesplan 2018" or a
sentence "Beskæftigelsesplan 2018 beskriver ..." in a plan for 2019. Only the plan speaking
of itself counts: "denne plan", "planen gælder", a title or heading, or its name opening
a sentence in the present tense. A reference to another year's plan ("I bilaget til
Beskæftigelsesplanen 2020 opgjorde man ...", "sidste års plan") is not reported.

Why: a period stated twice and differently is the mark of last year's text carried
forward; a reader cannot tell which years the plan's goals are for.

Passes:

    title: Beskæftigelsesplan 2019-2023
    period: 2019-2023
    prose: [Denne plan er udtryk for den politiske vision for de kommende 5 år.]

Fails:

    title: Beskæftigelsesplan 2019-2023
    period: 2019-2023
    prose: [Denne plan er udtryk for den politiske vision for de kommende 4 år.]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planctl.lint.context import PlanContext, TextNode
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.text import folded

_COUNT_WORDS = {"et": 1, "ét": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8}
_COUNT = r"(\d|" + "|".join(_COUNT_WORDS) + ")"
_YEARS = r"(?P<first>(?:19|20)\d{2})(?:\s*[-–]\s*(?P<last>(?:19|20)?\d{2}))?\b"
_ITSELF = r"(?:denne|nærværende|indeværende) (?:beskæftigelses)?(?:plan|strategi)(?:en)?"
_PLAN_NAME = r"\bbeskæftigelses(?:plan|strategi)(?:en)?"

# "de kommende 4 år", "en fireårig plan" — in a sentence whose subject is the plan itself.
_LENGTH = re.compile(rf"\b(?:de (?:kommende|næste) {_COUNT} år|{_COUNT}-?årig(?:e)? (?:beskæftigelses)?plan)\b",
                     re.IGNORECASE)
_ABOUT_ITSELF = re.compile(rf"\b{_ITSELF}\b|^\s*(?:beskæftigelses)?planen\b", re.IGNORECASE)
# "Planen gælder for 2021", "denne plan for 2019-2023".
_STATED = re.compile(
    rf"(?:\b(?:{_ITSELF}|(?:beskæftigelses)?planen) (?:gælder|dækker|omfatter|løber)"
    rf"(?: for| over)?(?: perioden| årene| året)?(?: fra)? |\b{_ITSELF} (?:for )?){_YEARS}",
    re.IGNORECASE)
# The plan's name with a year as the whole of a title or heading ("Opfølgning på Beskæftigelsesplan
# 2018" is about another plan), or opening a sentence in the present tense.
_NAMED = re.compile(rf"\s*(?:(?:udkast|forslag) til )?(?:[\w-]+ Kommunes )?{_PLAN_NAME} {_YEARS}\s*[.:]?\s*",
                    re.IGNORECASE)
_NAMED_OPENING = re.compile(rf"\s*(?:[\w-]+ Kommunes )?{_PLAN_NAME} {_YEARS} (?=[a-zæøå]+er\b)", re.IGNORECASE)
_HEADING_FIELDS = frozenset({"title", "heading"})


def _stated_years(match: re.Match[str]) -> range:
    first = int(match["first"])
    last = match["last"]
    if last is None:
        return range(first, first + 1)
    end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    return range(first, end + 1)


class PlanPeriodContradicted(Rule):
    id = "C013"
    name = "plan-period-contradicted"
    severity = "error"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        years = ctx.plan.period.years
        period = str(ctx.plan.period)
        for node in ctx.texts:
            # A text states the plan's period only as a title or heading, or in words that name the plan: the
            # others (most) are passed by before a generator of statements is made for them.
            if "plan" not in node.folded and node.path[0] != "title" and node.field not in _HEADING_FIELDS:
                continue
            for match in self._statements(node):
                if match.re is _LENGTH:
                    if _stated_length(match) != len(years):
                        yield Report.of_match(node.path, match, Message(
                            f"'{match.group(0)}', men planperioden {period} er {len(years)} år",
                            f"'{match.group(0)}', but the plan period {period} is {len(years)} years"))
                elif _stated_years(match) != years:
                    yield Report.of_match(node.path, match, Message(
                        f"'{match.group(0)}' i en plan for {period}", f"'{match.group(0)}' in a plan for {period}"))

    @staticmethod
    def _statements(node: TextNode) -> Iterator[re.Match[str]]:
        """Where the text states the plan's length or years of itself."""
        if node.path[0] == "title" or node.field in _HEADING_FIELDS:
            named = _NAMED.fullmatch(node.text)
            if named:
                yield named
            return
        # A length says "år" ("de kommende 4 år", "fireårig"); a year opens with 19 or 20. A text with
        # neither is not split into sentences.
        length = "år" in node.folded
        year = "19" in node.text or "20" in node.text
        if "plan" not in node.folded or not (length or year):
            return
        for start, sentence in node.sentences():
            end = start + len(sentence)
            # The same tests for each sentence, each before its patterns (searched under IGNORECASE, at every
            # character): a sentence about the plan itself says 'plan' or 'strategi', and a year opens with
            # 19 or 20.
            if length and _names_plan(folded(sentence)) and _ABOUT_ITSELF.search(sentence):
                yield from _LENGTH.finditer(node.text, start, end)
            if not year or ("19" not in sentence and "20" not in sentence):
                continue
            yield from _STATED.finditer(node.text, start, end)
            opening = _NAMED_OPENING.match(node.text, start, end)
            if opening:
                yield opening


def _names_plan(folded_sentence: str) -> bool:
    return "plan" in folded_sentence or "strategi" in folded_sentence


def _stated_length(match: re.Match[str]) -> int:
    """The number of years "de kommende 4 år" or "en fireårig plan" says."""
    count = next(group for group in match.groups() if group is not None)
    return int(count) if count.isdigit() else _COUNT_WORDS[count.lower()]
