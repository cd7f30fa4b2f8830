"""C014 repeated-passage: a passage of 25 words or more that stands twice in the plan.

What: a run of at least 25 words, word for word (case and punctuation aside), that the plan
has printed before — in another section, or earlier in the same text — where the texts
around it differ. Whole paragraphs and list items printed twice are C010's
(duplicated-text) and are not reported again here. Not compared: the goal overview, which
repeats the goals by design, a key figure's text, which quotes the sentence it stands in, and
the table of contents, the tables and the list of ministermål, which repeat headings and goals.

Why: a passage pasted twice doubles what the reader must read and, when one copy is later
edited and the other not, becomes a contradiction — and, unlike a whole paragraph, a
pasted passage inside a longer text is easy to miss in a read-through.

Passes:

    prose:
      - Jobcentret samarbejder med virksomhederne om rekruttering, opkvalificering og
        fastholdelse af medarbejdere, så ledige borgere kommer i job og virksomhederne
        får den arbejdskraft, de har behov for.
      - Ungeindsatsen tager udgangspunkt i den enkelte unges ønsker og muligheder.

Fails:

    prose:
      - Jobcentret samarbejder med virksomhederne om rekruttering, opkvalificering og
        fastholdelse af medarbejdere, så ledige borgere kommer i job og virksomhederne
        får den arbejdskraft, de har behov for, i hele kommunen.
      - Derudover gælder, at jobcentret samarbejder med virksomhederne om rekruttering,
        opkvalificering og fastholdelse af medarbejdere, så ledige borgere kommer i job
        og virksomhederne får den arbejdskraft, de har behov for.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import chain, compress
from operator import attrgetter

from planctl.lint.context import PlanContext, TextNode
from planctl.lint.rule import Report, Rule
from planctl.lint.rules.duplicated_text import paragraph_key
from planctl.messages import Message

PASSAGE_WORDS = 25
_WORD = re.compile(r"\w+")
# Each Latin-1 character as a byte: itself where \w matches it (a letter, a digit or '_': str.isalnum() or
# '_', as re's \w is for a text), a space where it does not. A Latin-1 text's words are then split in C,
# a third of findall's time: most of a plan's texts are Latin-1, less marks such as '–' and '”' (`_compared`).
_WORD_BYTES = bytes(code if chr(code).isalnum() or code == 0x5F else 0x20 for code in range(256))
# A character beyond Latin-1 that \w does not match ('–', '”', '€'): where it stands, no word does.
_NO_WORD_BEYOND_LATIN_1 = r"[^\w\x00-\xff]"  # compiled at its first use, by re
# Texts that repeat others by design: the goal overview, the contents, the list of ministermål (the plan
# prints them in its prose), a key figure's quotation, and a table's title and note (the model may keep
# a note printed once under the table in the prose around it as well).
_BY_DESIGN = frozenset({"goal_overview", "contents", "key_figures", "tables", "minister_goals"})
_QUOTED_WORDS = 12
_ALL_REPEATED = bytes(PASSAGE_WORDS)
_PATH = attrgetter("path")
# A word as compared: its Latin-1 bytes, or the text of it where a plan's word goes beyond Latin-1 (`_compared`).
Word = str | bytes
Texts = Sequence[Sequence[Word]]
_LOWER = attrgetter("lower")


class _Run:
    """A repeated passage: words [start, end) of a later text, the same as words from `earlier_start` of an earlier."""

    __slots__ = ("start", "end", "earlier", "earlier_start")

    def __init__(self, start: int, end: int, earlier: int, earlier_start: int) -> None:
        self.start = start
        self.end = end
        self.earlier = earlier
        self.earlier_start = earlier_start


def _compared(ctx: PlanContext) -> tuple[list[TextNode], Texts]:
    """The texts compared, and the words of each, lower-cased (both picked and split in C, not in a loop)."""
    nodes = list(compress(ctx.texts, map(_BY_DESIGN.isdisjoint, map(_PATH, ctx.texts))))
    lowered = list(map(_LOWER, nodes))
    try:
        return nodes, [_latin_1(text).translate(_WORD_BYTES).split() for text in lowered]
    except UnicodeEncodeError:  # a word beyond Latin-1 ('Łódź'): every text's words as findall finds them
        return nodes, list(map(_WORD.findall, lowered))


def _latin_1(text: str) -> bytes:
    """The text in Latin-1, a character beyond it that is no word's replaced by a space (which parts words as
    it did); UnicodeEncodeError when a word holds one. The words of all the texts are then the same
    bytes where they are the same words (as findall finds them, each character as one byte)."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return re.sub(_NO_WORD_BEYOND_LATIN_1, " ", text).encode("latin-1")


def _spans(node: TextNode) -> list[tuple[int, int]]:
    """Where each word begins and ends in the text (worked out only for a text with a finding)."""
    return [match.span() for match in _WORD.finditer(node.text)]


def _runs(texts: Texts) -> Iterator[tuple[int, _Run]]:
    """Each maximal repeated passage, as (index of the later text, run), found through a hash of every
    PASSAGE_WORDS words in a row; a shared hash is confirmed word by word.

    Only a window (PASSAGE_WORDS words in a row) that stands more than once is looked at: a run begins only
    at a window seen before and grows only along a copy (whose window is the same), so a window standing
    once only ends the run before it. Windows are hashed only where no word stands once in the plan
    (`_repeatable`), and most texts hold no such stretch; the hashes are counted in C.
    """
    once = _standing_once(texts)
    windows = [_windows(words, once) if len(words) >= PASSAGE_WORDS else [] for words in texts]
    count = Counter(chain.from_iterable(keys for stretches in windows for _, keys in stretches))
    first: dict[int, tuple[int, int]] = {}
    for index, stretches in enumerate(windows):
        repeated = [(j, key) for start, keys in stretches
                    for j, key in enumerate(keys, start) if count[key] > 1]
        if repeated:
            yield from ((index, run) for run in _runs_in(texts, index, repeated, first))


def _standing_once(texts: Texts) -> set[Word]:
    """The words that stand once in the compared texts (counted in C)."""
    return {word for word, count in Counter(chain.from_iterable(texts)).items() if count == 1}


def _windows(words: Sequence[Word], once: set[Word]) -> list[tuple[int, list[int]]]:
    """The hashes of the windows of each stretch of PASSAGE_WORDS words or more in a row none of which stands
    once in the plan, with where the stretch begins.

    A passage printed twice has each of its words at least twice (once in each copy), so a window holding a
    word that stands once stands nowhere else: its hash need not be worked out. Most texts of a plan hold
    such a word every few words.
    """
    # One byte a word, 1 for a word that stands once: a stretch is PASSAGE_WORDS zero bytes or more in a row
    # (both made and searched in C).
    flags = bytes(map(once.__contains__, words))
    found = []
    start = flags.find(_ALL_REPEATED)
    while start != -1:
        end = flags.find(1, start)
        end = len(flags) if end == -1 else end
        found.append((start, _window_keys(words[start:end])))
        start = flags.find(_ALL_REPEATED, end)
    return found


def _window_keys(words: Sequence[Word]) -> list[int]:
    """The hash of each PASSAGE_WORDS words in a row: the i-th of words [i, i + PASSAGE_WORDS).

    Each window is a tuple that zip builds and hash() hashes in C (zip reuses the tuple once hash has
    let it go), a few times cheaper than a rolling hash worked out word by word in Python; the work
    grows with the text's length times the passage, but in C and with a fixed factor of PASSAGE_WORDS.
    """
    return list(map(hash, zip(*[words[start:] for start in range(PASSAGE_WORDS)], strict=False)))


def _runs_in(texts: Texts, index: int, repeated: list[tuple[int, int]],
             first: dict[int, tuple[int, int]]) -> Iterator[_Run]:
    """The runs of the text at `index`, given its windows that stand more than once (where each begins, and
    its hash), in order; `first` holds where each such hash stood first, and learns this text's.

    A window left out stands once: it neither continues a run (the earlier copy would hold it too) nor is
    seen before, so it only ends the run before it.
    """
    words = texts[index]
    run: _Run | None = None
    previous = -1
    for j, key in repeated:
        end = j + PASSAGE_WORDS
        if j != previous + 1 and run is not None:
            yield run
            run = None
        previous = j
        if run is not None and _continues(texts[run.earlier], run, words, end):
            # The next word of the earlier copy is this one: the run grows by a word (and a text
            # that repeats itself, 'xx pct. xx pct. …', stays one run, not one per word).
            run.end = end
            first.setdefault(key, (index, j))
            continue
        seen = first.get(key)
        if (seen is None or (seen[0] == index and j - seen[1] < PASSAGE_WORDS)
                or texts[seen[0]][seen[1]:seen[1] + PASSAGE_WORDS] != words[j:end]):
            first.setdefault(key, (index, j))
            if run is not None:
                yield run
                run = None
            continue
        if run is not None and run.earlier == seen[0] and run.earlier_start + (j - run.start) == seen[1]:
            run.end = end
            continue
        if run is not None:
            yield run
        run = _Run(j, end, seen[0], seen[1])
    if run is not None:
        yield run


def _continues(earlier: Sequence[Word], run: _Run, words: Sequence[Word], end: int) -> bool:
    """The word before `end` follows the run in the earlier copy too."""
    aligned = run.earlier_start + (end - 1 - run.start)
    return run.end == end - 1 and aligned < len(earlier) and earlier[aligned] == words[end - 1]


def _duplicated_text_reports(a: TextNode, b: TextNode, words: int, run: _Run) -> bool:
    """C010 reports it already: a whole paragraph (of `words` words) printed twice, or a list item its list
    repeats."""
    if run.start != 0 or run.end != words or paragraph_key(a.text) != paragraph_key(b.text):
        return False
    return (a.field == b.field == "prose") or (a.path[:3] == b.path[:3] and a.path[2] in {"initiatives",
                                                                                         "success_criteria"})


class RepeatedPassage(Rule):
    id = "C014"
    name = "repeated-passage"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        nodes, texts = _compared(ctx)
        for index, run in _runs(texts):
            later, earlier = nodes[index], nodes[run.earlier]
            if _duplicated_text_reports(later, earlier, len(texts[index]), run):
                continue
            line, _ = ctx.position(earlier.path)
            spans = _spans(later)
            begin, end = spans[run.start][0], spans[run.end - 1][1]
            shown = spans[min(run.end, run.start + _QUOTED_WORDS) - 1][1]
            count = run.end - run.start
            yield Report(later.path, Message(
                f"samme passage på {count} ord som på linje {line}",
                f"the same passage of {count} words as on line {line}"),
                excerpt=later.text[begin:shown] + (" …" if shown < end else ""), offset=begin)
