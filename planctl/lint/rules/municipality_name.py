"""C012 municipality-name-misspelt: the municipality's own name misspelt in its plan.

What: a word that is almost, but not quite, the municipality's name — "Gladsaxxe Kommune"
in Gladsaxe's plan. The name is the official one (by the plan's kommunekode) and the
spelling the plan itself uses most. Not reported: the genitive ("Gladsaxes"), a part of a
double name ("Lyngby" for Lyngby-Taarbæk), "aa" for "å" ("Taarnby"), and the correctly
spelt names of the other municipalities (a plan mentions its neighbours).

Why: a council's own name misspelt in an adopted plan is the first thing a reader sees,
and the mark of a text that was not read through.

Passes:

    prose: [Lyngby-Taarbæk Kommune samarbejder med Gladsaxe og Rudersdal; Lyngby Storcenter ligger i Lyngby.]

Fails:

    prose: [Lyngby-Tarbæk Kommune samarbejder med Gladsaxe og Rudersdal.]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import cache
from operator import attrgetter

from planctl.data import municipalities
from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.text import holding

# A proper noun, with the inner hyphens of a double name ("Lyngby-Taarbæk", "Høje-Taastrup"). It opens with
# the capital and then looks behind for a word character before it (the same as a leading \b, as a capital is
# one), so that the search skips to the next capital instead of trying a match at every position.
_NAME_WORD = re.compile(r"[A-ZÆØÅ](?<!\w[A-ZÆØÅ])[\wæøåÆØÅ]+(?:-[A-ZÆØÅ][\wæøåÆØÅ]+)*\b")
# How alike a word must be to a name to be taken for a misspelling of it (one letter in eight).
_LIKENESS = 0.85
# How often a plan must write a spelling of its name for it to be the plan's own usage, not a slip.
_HOUSE_STYLE = 3
_KOMMUNE = r"(?i)\s+kommune$"  # compiled at its first use, by re (a plan whose kommunekode is unknown)
_TEXT = attrgetter("text")


def _folded(word: str) -> str:
    """The word as spellings compare: lower case, "aa" as "å", the genitive s dropped."""
    folded = word.lower().replace("aa", "å")
    return folded[:-1] if folded.endswith("s") and len(folded) > 4 else folded


def _spellings(name: str) -> set[str]:
    """The folded spellings a name is rightly written in: whole, and each part of a double name."""
    return {_folded(name), *(_folded(part) for part in name.split("-"))}


@cache
def _municipalities_spellings() -> frozenset[str]:
    """The spellings of every municipality's name (reference data: worked out once a process)."""
    return frozenset(spelling for name in municipalities().values() for spelling in _spellings(name))


def official_name(ctx: PlanContext) -> str:
    """The municipality's name without "Kommune": the official one by code, else the plan's."""
    return municipalities().get(ctx.plan.municipality.code, "") or re.sub(_KOMMUNE, "", ctx.plan.municipality.name)


class MunicipalityNameMisspelt(Rule):
    id = "C012"
    name = "municipality-name-misspelt"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        name = official_name(ctx)
        own = _spellings(name)
        right = own | _municipalities_spellings()
        # The plan's proper nouns as strings, found by one findall over its texts joined by line breaks (a name
        # holds none, and one stands before a text's first capital as the start of the text would): only a
        # text with a misspelt one is searched again for where they stand.
        found = _NAME_WORD.findall("\n".join(map(_TEXT, ctx.texts)))
        folded = {word: _folded(word) for word in set(found)}
        # The plan's own usage: a spelling it writes often, and more often than the official one, is its house style.
        usage = Counter(map(folded.__getitem__, found))
        official = max(usage[spelling] for spelling in own)
        near = _Likeness(own)
        misspelt = {word for word, count in usage.items()
                    if word not in right and not (count >= _HOUSE_STYLE and count > official) and near(word)}
        if not misspelt:
            return
        written = {word for word, spelling in folded.items() if spelling in misspelt}
        # A text that holds none of the words misspelt, even as a part of a longer word, is not searched.
        texts = ctx.texts
        for index in sorted(holding(list(map(_TEXT, texts)), *written)):
            node = texts[index]
            for match in _NAME_WORD.finditer(node.text):
                if match.group(0) in written:
                    yield Report.of_match(node.path, match, Message(
                        f"kommunens navn stavet '{match.group(0)}', ikke '{name}'",
                        f"the municipality's name spelt '{match.group(0)}', not '{name}'"))


class _Likeness:
    """Whether a word is alike enough to one of the spellings of a name (of four letters or more) to be the
    name misspelt: difflib's ratio at least _LIKENESS.

    Each spelling's matcher is built once (difflib indexes its second sequence) and given one word after
    another; a word is measured only when difflib's cheap upper bounds of the ratio reach _LIKENESS, and
    those are worked out only when a bound cheaper still does (`_may_reach`).
    """

    def __init__(self, spellings: set[str]) -> None:
        self._matchers = [(len(spelling), frozenset(spelling), SequenceMatcher(None, "", spelling))
                          for spelling in spellings if len(spelling) >= 4]

    def __call__(self, word: str) -> bool:
        letters = set(word)
        for length, spelt, matcher in self._matchers:
            if abs(len(word) - length) > 2 or not _may_reach(word, letters - spelt, length):
                continue
            matcher.set_seq1(word)
            if (matcher.real_quick_ratio() >= _LIKENESS and matcher.quick_ratio() >= _LIKENESS
                    and matcher.ratio() >= _LIKENESS):
                return True
        return False


def _may_reach(word: str, foreign: set[str], length: int) -> bool:
    """Whether difflib's ratio of the word and a spelling of `length` letters may reach _LIKENESS, when
    `foreign` are the word's letters that the spelling lacks (a set difference, in C).

    Each occurrence of a foreign letter is a letter of the word that matches none of the spelling's, so
    the word's letters less one for each foreign letter bound the matches from above, as quick_ratio's
    count of letters in common does, and the ratio with them (the same sum, in floating point).
    """
    return 2.0 * (len(word) - len(foreign)) / (len(word) + length) >= _LIKENESS
