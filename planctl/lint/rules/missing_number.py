"""U006 missing-number: a sentence where a number or a year must stand and none does.

What: three narrow shapes of a gap left where a figure was dropped —
a unit with nothing to count ("borgere i alderen år", "på  pct.", a double space where
the number stood); a period with no end ("i perioden fra 1. marts til."); and a date with
no year ("med opstart i oktober") in a plan most of whose dates carry one, when no year
stands earlier in its paragraph or anywhere in its sentence. A month in a list or range
whose last month has a year ("fra januar til marts 2020"), or in a table, is not reported.

Why: a dropped figure is unfinished text the reader cannot fill in — how old, until when,
which October. It is often the trace of a field or a figure lost when the text was copied.

Passes:

    prose: [Projektet henvender sig til borgere i alderen 18-30 år og løber fra 1. marts 2019 til 1. marts 2020.]

Fails:

    prose: [Projektet henvender sig til borgere i alderen år og løber fra 1. marts til.]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planctl.lint.context import PlanContext, TextNode
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.model.values import MONTHS

# The months TextNode.names_month looks for: a text that names none holds no date.
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_DAY = r"(?:\d{1,2}\.\s?)"

# A word that must be followed by a figure (a cue), then the unit the figure counted.
_CUES = ("i alderen", "ca.", "cirka", "omkring", "mindst", "højst", "minimum", "maksimum", "op til", "på", "med",
         "over", "under", "end")
# Compiled at its first use (by re, which keeps it), as is _RANGE_WITHOUT_END: only a text that passes the
# cheap tests below is searched with it, and most plans have none.
_UNIT_WITHOUT_NUMBER = (
    r"(?i)\b(?:" + "|".join(map(re.escape, _CUES)) + ")"
    r" +(?:år|pct\.|procent|%|kr\.|mio\. kr\.)(?!\w)"
    r"|\b\w+  +(?:år|pct\.|procent|%|kr\.)(?!\w)"
)
# Every match of it holds a space and then the unit: a text whose folded form holds none of these is not
# searched ("mio. kr." holds " kr.").
_SPACED_UNITS = (" år", " pct.", " procent", " %", " kr.")
# What a text holding one of them holds, looked for in every text at once (`Joined.holding`): the per cent sign
# alone, as one character is found fastest.
_UNIT_MARKS = (" år", " pct.", " procent", "%", " kr.")


def _may_lack_number(folded: str) -> bool:
    """Whether the folded text may hold a unit without its figure: every match has a unit after a space
    that follows a cue or another space. Each spaced unit is looked at where it stands (a unit of money
    also as ' mio. kr.'), not the whole text searched with the pattern at every word; only a text holding
    a spaced unit is asked (`Joined.holding`)."""
    for unit in (*_SPACED_UNITS, " mio. kr."):
        at = folded.find(unit)
        while at != -1:
            if (at > 0 and folded[at - 1] == " ") or folded.endswith(_CUES, 0, at):
                return True
            at = folded.find(unit, at + 1)
    return False
# "fra 1. marts til." — a period whose end was dropped.
_RANGE_WITHOUT_END = rf"(?i)\bfra (?:{_DAY}?{_MONTH}(?: \d{{4}})?|\d{{4}}) til(?=\s*(?:[.,;:)]|$))"
# What every match of it holds, looked for in a text's folded form (its " til" in lower case, what follows
# it uncased): a plain word opens the pattern, which the search skips to, as it cannot under IGNORECASE.
_OPEN_END = re.compile(r" til(?=\s*(?:[.,;:)]|$))")
# A run of dates joined as a list or range ("maj, juni og juli", "1. juli - november"), and its year if any.
# It opens with a lookahead of the first characters a date can begin with (its words' first letters and a
# digit): where none stands, one class test fails the position, not the words tried one after another.
_DATES = re.compile(
    r"(?=[adfijmnopsu\d])"
    rf"\b(?:(?:i|fra|pr\.|siden|primo|medio|ultimo) )?{_DAY}?{_MONTH}\b"
    rf"(?:\s*(?:,|og|til|-|–)?\s*{_DAY}?{_MONTH}\b)*(?P<year>\s*'?\d{{2,4}}\b)?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# Texts where a month stands as a label (a table's column "januar") and needs no year.
_LABEL_FIELDS = frozenset({"cells", "columns", "label"})
# A plan "dates with a year" when most of its dates carry one (and it has a few).
_DATED_SHARE = 0.6
_DATED_MINIMUM = 5


def _dates_without_year(node: TextNode) -> Iterator[re.Match[str]]:
    """Each date of the text without a year, when no year stands before it in the text (its paragraph)
    or in its sentence: "i juni 2020 ... toppede i juni" names the year once for both."""
    if not _DATES.search(node.text):
        return
    # Where the text's first year ends: a sentence ending there or later has a year before its end (a
    # sentence but the last ends before spaces, which no year runs across). Found once, not searched for
    # from the text's beginning again for every sentence.
    year = _YEAR.search(node.text)
    for start, sentence in node.sentences():
        if year is not None and year.end() <= start + len(sentence):
            return
        for match in _DATES.finditer(node.text, start, start + len(sentence)):
            if not match.group("year"):
                yield match


class MissingNumber(Rule):
    id = "U006"
    name = "missing-number"
    severity = "error"
    follows_status = True

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        texts = ctx.texts
        folded = ctx.folded
        # The texts that hold a spaced unit, and those that hold both words of a period: most hold neither.
        units = folded.holding(*_UNIT_MARKS)
        periods = {index for index in folded.holding("fra ") if _OPEN_END.search(texts[index].folded)}
        for index in sorted(units | periods):
            node = texts[index]
            if index in units and _may_lack_number(node.folded):
                for match in re.finditer(_UNIT_WITHOUT_NUMBER, node.text):
                    yield Report.of_match(node.path, match, Message(
                        f"tal mangler: '{match.group(0)}'", f"a number is missing: '{match.group(0)}'"))
            if index not in periods:
                continue
            for match in re.finditer(_RANGE_WITHOUT_END, node.text):
                yield Report.of_match(node.path, match, Message(
                    f"perioden mangler sin slutning: '{match.group(0)}'",
                    f"the period has no end: '{match.group(0)}'"))
        yield from self._undated(ctx)

    def _undated(self, ctx: PlanContext) -> Iterator[Report]:
        # Every date names a month: a text that names none holds no date.
        found = [(node, _DATES.findall(node.text)) for node in ctx.texts
                 if node.names_month and node.field not in _LABEL_FIELDS]
        dates = [year for _, years in found for year in years]  # findall gives the year group of each date
        dated = sum(1 for year in dates if year)
        if len(dates) < _DATED_MINIMUM or dated < _DATED_SHARE * len(dates):
            return
        for node in (node for node, years in found if years):  # a text without a date has none to report
            for match in _dates_without_year(node):
                yield Report.of_match(node.path, match, Message(
                    f"årstal mangler: '{match.group(0)}' (de fleste af planens datoer har årstal)",
                    f"the year is missing: '{match.group(0)}' (most of the plan's dates carry one)"))
