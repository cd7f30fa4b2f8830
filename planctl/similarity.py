"""How alike two short texts are, as rapidfuzz's `fuzz.ratio` scores them, without importing rapidfuzz.

`check` compares titles and goal wordings a few dozen times a plan; rapidfuzz costs more to import
(~10 ms) than those comparisons take here. The score is the Indel similarity (insertions and deletions,
from the longest common subsequence) in percent, computed exactly as rapidfuzz does;
`tests/test_similarity.py` holds the two together. Diff and compare, which score thousands of pairs,
keep rapidfuzz.
"""

from __future__ import annotations


def ratio(first: str, second: str) -> float:
    """100 for equal texts, 0 for texts without a character in common: `rapidfuzz.fuzz.ratio`."""
    total = len(first) + len(second)
    if total == 0:
        return 100.0
    distance = total - 2 * _common_subsequence(first, second)
    return (1.0 - distance / total) * 100


def at_least(first: str, second: str, score: float) -> bool:
    """`ratio(first, second) >= score`, without the comparison when the lengths alone rule it out
    (two texts share at most the shorter one's characters): a 1 MB text is not scored against a line."""
    total = len(first) + len(second)
    if total and 200 * min(len(first), len(second)) / total < score:
        return False
    return ratio(first, second) >= score


def _common_subsequence(first: str, second: str) -> int:
    """The length of the longest common subsequence, bit-parallel (Hyyrö 2004): one pass over `second`,
    every position of `first` a bit of one integer."""
    if not first or not second:
        return 0
    positions: dict[str, int] = {}
    for index, character in enumerate(first):
        positions[character] = positions.get(character, 0) | (1 << index)
    every = (1 << len(first)) - 1
    row = every
    for character in second:
        matched = row & positions.get(character, 0)
        row = ((row + matched) | (row - matched)) & every
    return len(first) - row.bit_count()
