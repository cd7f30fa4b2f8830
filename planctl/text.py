"""Danish text as planctl reads it: the one tokeniser, and the words, sentences and numbers built on it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import contains

from planctl.model.values import parse_danish_number

# Abbreviations that keep their full stop: a sentence does not end after them, and a word diff
# never splits "pct." from its stop.
ABBREVIATIONS = ("pct.", "hhv.", "ca.", "bl.a.", "f.eks.", "jf.", "mv.", "m.v.", "nr.", "inkl.", "ekskl.", "mio.",
                 "mia.", "kr.", "evt.", "dvs.", "pkt.", "stk.", "ift.", "vha.", "osv.")

# A token is an abbreviation, a number with Danish separators ("4,5", "37.818") or with a
# suffix ("16-64-årige"), a word with inner hyphens ("a-dagpenge") or a hanging one
# ("uddannelses- og kontanthjælpsmodtagere"), a run of spaces, or any single other mark.
# The abbreviations are tried only where one of their first letters stands (a lookahead of one character
# class): the regex engine tries the 21 case-insensitive alternatives one after another at each token
# otherwise (the class and the letters match the same characters, checked over every code point).
_TOKEN = re.compile(
    "(?=[" + "".join(sorted({abbreviation[0] for abbreviation in ABBREVIATIONS})) + "])"
    "(?:" + "|".join(re.escape(abbreviation) for abbreviation in ABBREVIATIONS) + r")(?!\w)"
    r"|\d+(?:[.,]\d+)*(?:-\w+)*"
    r"|\w+(?:-\w+)*-?"
    r"|\s+"
    r"|.",
    re.UNICODE | re.IGNORECASE | re.DOTALL,
)
_WORD_START = re.compile(r"\w")
# Where a sentence may end: a stop, spaces and a capital, digit or quote (a full stop is then looked at).
_STOP = re.compile(r"[.!?]\s+(?=[A-ZÆØÅ0-9\"“(])")
# Compiled at its first use (by re, which keeps it): only a sentence a rule has found to need its numbers is searched.
_NUMBER_IN_TEXT = (
    r"(?<![\w,.])[-−]?\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w])"  # 37.818 / 1.234,5
    r"|(?<![\w,.])[-−]?\d+(?:,\d+)?(?![\w])"  # 4 / 4,5
)


def tokenise(text: str) -> list[str]:
    """The text as tokens: words, numbers, abbreviations, runs of spaces and single marks.

    "16-64-årige", "4,5", "37.818", "pct." and "hhv." are one token each, so a changed figure
    reads as one changed word and "pct." is never split from its stop. Joining the tokens gives
    back the text exactly.
    """
    return _TOKEN.findall(text)


def is_word(token: str) -> bool:
    """A token that is a word, a number or an abbreviation, not a space or a mark."""
    return _WORD_START.match(token) is not None


def words(text: str) -> list[str]:
    """The words of a Danish text, lower-cased, spaces and punctuation left out.

    A hanging hyphen is left out too: in "uddannelses- og kontanthjælpsmodtagere" the words
    are "uddannelses", "og" and "kontanthjælpsmodtagere".
    """
    return [token.lower().rstrip("-") for token in tokenise(text) if is_word(token)]


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) for each sentence: a stop, spaces, and a capital, digit or quote begin the next.

    The stop of an abbreviation is part of its token, so "pct." and "hhv." end no sentence.
    """
    start = after = 0  # where the sentence begins, and where the text after the last stop tried does
    for stop in _STOP.finditer(text):
        at = stop.start()
        if text[at] == "." and not _full_stop(text, after, at):
            after = stop.end()
            continue
        yield start, text[start:at + 1]
        start = after = stop.end()
    if start < len(text):
        yield start, text[start:]


# What an abbreviation's token holds before its stop, in lower case: a full stop after none of them is one.
_STEMS = tuple(abbreviation[:-1] for abbreviation in ABBREVIATIONS)
_LONGEST_STEM = max(map(len, _STEMS))


def _full_stop(text: str, after: int, at: int) -> bool:
    """Whether the full stop at `at` is a token of its own, not an abbreviation's ("pct.").

    Only an abbreviation's token holds a full stop at its end (a number's holds one only before a digit), and
    what IGNORECASE takes for its letters folds to them: a stop whose text before it, folded, ends in no
    abbreviation's letters (most stops) ends a sentence without the tokens being looked at.
    Spaces are a token of their own (no other token holds one), so the tokens up to the stop are those of
    the run of characters without spaces that it ends, which begins after the last stop tried (spaces
    follow every stop tried): only that run is tokenised, not the text.
    """
    if not folded(text[max(0, at - _LONGEST_STEM):at]).endswith(_STEMS):
        return True
    before = text[after:at]
    run = "" if not before or before[-1].isspace() else before.rsplit(None, 1)[-1]
    return tokenise(run + ".")[-1] == "."


def numbers_in(text: str) -> list[tuple[int, Decimal]]:
    """(offset, value) of every Danish number in running text."""
    found = []
    for match in re.finditer(_NUMBER_IN_TEXT, text):
        try:
            found.append((match.start(), parse_danish_number(match.group(0))))
        except ValueError:
            continue
    return found


_GOAL_ID_RE = re.compile(r"^\s*(mål|maal)\s*(\d+)\s*$", re.IGNORECASE)


def goal_number(goal_id: str | None) -> int | None:
    """'MÅL 4' and 'Mål 4' -> 4; other labels -> None."""
    if not goal_id:
        return None
    match = _GOAL_ID_RE.match(goal_id)
    return int(match.group(2)) if match else None


def same_heading(a: str, b: str) -> bool:
    """Headings are the same up to case, spacing and a trailing full stop."""
    return heading_key(a) == heading_key(b)


def heading_text(text: str) -> str:
    """A heading as printed, without the dot leaders and page reference of a contents line."""
    return " ".join(re.sub(r"(?:\.{2,}|…).*$", "", text).split())


@lru_cache(maxsize=8192)
def heading_key(text: str) -> str:
    """A heading as compared: without dot leaders, page references, case and a trailing stop."""
    return heading_text(text).rstrip(" .:").lower()


_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-"})


def typographic(text: str) -> str:
    """The text with curly quotes and dashes made plain, for comparing what Word 'corrected'."""
    return text.translate(_TYPOGRAPHIC)


# re.IGNORECASE takes "İ" and "ı" for "i" and "ſ" for "s"; str.lower() keeps "ı" and "ſ" and makes "İ"
# two characters ("i" and a combining dot).
_IGNORECASE_ALIKE = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def folded(text: str) -> str:
    """The text lower-cased so that what a case-insensitive pattern finds in it, spelt in lower case
    (a-z, æ, ø, å and marks), stands in the folded text too: a text whose folded form lacks a word that
    every match of a pattern holds cannot match it, and need not be searched."""
    if folds_apart(text):
        text = text.translate(_IGNORECASE_ALIKE)
    return text.lower()


def folds_apart(text: str) -> bool:
    """Whether the text holds a letter that folding and str.lower() treat apart ("İ", "ı", "ſ"): the folded
    form of a text without one is its lower()."""
    return "İ" in text or "ı" in text or "ſ" in text


class Joined:
    """Texts joined into one by a character none of the words looked for holds (NUL), where each word is
    searched for once for all the texts, in C, rather than in each text by a call of its own: `holding`.
    A hit stands within one text (the word cannot run across the NUL that ends it), and the search goes on
    from the next text's start. Join a plan's texts once and ask of them as often as rules need."""

    __slots__ = ("texts", "joined", "starts")

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.joined = "\0".join(texts)
        # Where each text begins in the joined one, and where one more would.
        self.starts = list(accumulate((len(text) + 1 for text in texts), initial=0))

    def holding(self, *words: str) -> set[int]:
        """The indexes of the texts that hold one of the words (as a substring): the same as `holding`."""
        if not self.texts or any("\0" in word for word in words):
            return holding(self.texts, *words)
        joined, starts = self.joined, self.starts
        found: set[int] = set()
        for word in words:
            at = joined.find(word)
            while at != -1:
                index = bisect_right(starts, at) - 1
                found.add(index)
                at = joined.find(word, starts[index + 1])
        return found


def holding(texts: Sequence[str], *words: str) -> set[int]:
    """The indexes of the texts that hold one of the words (as a substring): the texts a rule searches, when
    every match holds one. Each word is looked for in every text by map and its hits picked by compress.
    """
    found: set[int] = set()
    indexes = range(len(texts))
    for word in words:
        found.update(compress(indexes, map(contains, texts, repeat(word))))
    return found
