"""C014 repeated-passage: a passage of 25 words or more that stands twice in the plan.

What: a run of at least 25 words, word for word (case and punctuation aside), that the plan
has printed before — in another section, or earlier in the same text — where the texts
around it differ. Whole paragraphs and list items printed twice are C010's
(duplicated-text) and are not reported again here. Not compared: the goal overview, which
repeats the goals by design, and a key figure's text, which quotes the sentence it stands in.

Why: a passage pasted twice doubles what the reader must read and, when one copy is later
edited and the other not, becomes a contradiction — and, unlike a whole paragraph, a
pasted passage inside a longer text is easy to miss in a read-through.

Passes:

    prose:
    - Jobcentret samarbejder med virksomhederne om rekruttering, opkvalificering og fastholdelse af medarbejdere, så ledige borgere kommer i job og virksomhederne får den arbejdskraft de har behov for.
    - Ungeindsatsen tager udgangspunkt i den enkelte unges ønsker og muligheder for uddannelse.

Fails:

    prose:
    - Jobcentret samarbejder med virksomhederne om rekruttering, opkvalificering og fastholdelse af medarbejdere, så ledige borgere kommer i job og virksomhederne får den arbejdskraft de har behov for i hele kommunen.
    - Derudover gælder at jobcentret samarbejder med virksomhederne om rekruttering, opkvalificering og fastholdelse af medarbejdere, så ledige borgere kommer i job og virksomhederne får den arbejdskraft de har behov for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from planctl.lint.context import PlanContext, TextNode
from planctl.lint.rule import Report, Rule
from planctl.lint.rules.duplicated_text import paragraph_key
from planctl.messages import Message

PASSAGE_WORDS = 25
_WORD = re.compile(r"\w+")
# Texts that repeat others by design: the goal overview, the contents, the list of ministermål (the plan
# prints them in its prose), a key figure's quotation, and a table's title and note (the model may keep
# a note printed once under the table in the prose around it as well).
_BY_DESIGN = frozenset({"goal_overview", "contents", "key_figures", "tables", "minister_goals"})
_QUOTED_WORDS = 12


@dataclass(frozen=True)
class _Words:
    """A text's words, lower-cased, with where each begins and ends in the text."""

    node: TextNode
    words: list[str]
    spans: list[tuple[int, int]]

    @classmethod
    def of(cls, node: TextNode) -> _Words:
        found = list(_WORD.finditer(node.text))
        return cls(node, [match.group(0).lower() for match in found], [match.span() for match in found])


@dataclass
class _Run:
    """A repeated passage: words [start, end) of a later text, the same as words from `earlier_start` of an earlier."""

    start: int
    end: int
    earlier: int
    earlier_start: int


def _compared(ctx: PlanContext) -> list[_Words]:
    return [_Words.of(node) for node in ctx.texts if not _BY_DESIGN.intersection(str(p) for p in node.path)]


def _runs(texts: list[_Words]) -> Iterator[tuple[int, _Run]]:
    """Each maximal repeated passage, as (index of the later text, run): word shingles of
    PASSAGE_WORDS words hashed once each, so the work grows with the plan's length."""
    first: dict[int, tuple[int, int]] = {}
    for index, text in enumerate(texts):
        run: _Run | None = None
        for j in range(len(text.words) - PASSAGE_WORDS + 1):
            shingle = text.words[j:j + PASSAGE_WORDS]
            key = hash(tuple(shingle))
            seen = first.get(key)
            if (seen is None or (seen[0] == index and j - seen[1] < PASSAGE_WORDS)
                    or texts[seen[0]].words[seen[1]:seen[1] + PASSAGE_WORDS] != shingle):
                first.setdefault(key, (index, j))
                if run is not None:
                    yield index, run
                    run = None
                continue
            if run is not None and run.earlier == seen[0] and run.earlier_start + (j - run.start) == seen[1]:
                run.end = j + PASSAGE_WORDS
                continue
            if run is not None:
                yield index, run
            run = _Run(j, j + PASSAGE_WORDS, seen[0], seen[1])
        if run is not None:
            yield index, run


def _duplicated_text_reports(later: _Words, earlier: _Words, run: _Run) -> bool:
    """C010 reports it already: a whole paragraph printed twice, or a list item its list repeats."""
    if run.start != 0 or run.end != len(later.words) or paragraph_key(later.node.text) != paragraph_key(
            earlier.node.text):
        return False
    a, b = later.node, earlier.node
    return (a.field == b.field == "prose") or (a.path[:3] == b.path[:3] and a.path[2] in {"initiatives",
                                                                                         "success_criteria"})


class RepeatedPassage(Rule):
    id = "C014"
    name = "repeated-passage"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        texts = _compared(ctx)
        for index, run in _runs(texts):
            later, earlier = texts[index], texts[run.earlier]
            if _duplicated_text_reports(later, earlier, run):
                continue
            line, _ = ctx.position(earlier.node.path)
            begin, end = later.spans[run.start][0], later.spans[run.end - 1][1]
            shown = later.spans[min(run.end, run.start + _QUOTED_WORDS) - 1][1]
            count = run.end - run.start
            yield Report(later.node.path, Message(
                f"samme passage på {count} ord som på linje {line}",
                f"the same passage of {count} words as on line {line}"),
                excerpt=later.node.text[begin:shown] + (" …" if shown < end else ""), offset=begin)
