"""Danish text as planctl reads it: words, sentences, numbers in running text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

from planctl.model.values import parse_danish_number

# A word keeps Danish letters, inner hyphens ("16-64-årige", "a-dagpenge") and
# numbers with Danish separators ("4,5", "37.818"); "pct." keeps its dot.
_TOKEN_RE = re.compile(
    r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"      # 37.818 / 1.234,5
    r"|\d+(?:,\d+)?(?:-\w+)*"            # 4,5 / 16-64-årige
    r"|(?:pct|hhv|ca|bl\.a|f\.eks|jf|mv|m\.v|nr|inkl|ekskl|mio|mia|kr)\."  # abbreviations
    r"|\w+(?:-\w+)*",
    re.UNICODE,
)
_ABBREVIATIONS = ("pct.", "ca.", "hhv.", "bl.a.", "f.eks.", "jf.", "mv.", "m.v.", "nr.", "inkl.", "ekskl.",
                  "mio.", "mia.", "kr.", "evt.", "dvs.", "pkt.", "stk.", "ift.", "vha.", "osv.")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9\"“(])")
_NUMBER_IN_TEXT_RE = re.compile(
    r"(?<![\w,.])[-−]?\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w])"  # 37.818 / 1.234,5
    r"|(?<![\w,.])[-−]?\d+(?:,\d+)?(?![\w])"  # 4 / 4,5
)


def words(text: str) -> list[str]:
    """The words of a Danish text, lower-cased, punctuation left out."""
    return [token.lower() for token in _TOKEN_RE.findall(text)]


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) for each sentence; does not split after "pct." or "hhv."."""
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        before = text[start:match.start()]
        if before.lower().endswith(_ABBREVIATIONS):
            continue
        yield start, before
        start = match.end()
    if start < len(text):
        yield start, text[start:]


def numbers_in(text: str) -> list[tuple[int, Decimal]]:
    """(offset, value) of every Danish number in running text."""
    found = []
    for match in _NUMBER_IN_TEXT_RE.finditer(text):
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
