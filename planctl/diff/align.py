"""Putting the items of two plans side by side: by key first, then by likeness of wording.

Keys are exact ("mål 5" for "MÅL 5" and "Mål 5"; a heading without case and stops); items
whose key occurs again are paired in order of occurrence. What is left is paired by
rapidfuzz similarity, best pairs first, above a cutoff. Both steps are symmetric: swapping
the plans swaps the pairs.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

T = TypeVar("T")
Pair = tuple[int, int]


def align(
    old: Sequence[T],
    new: Sequence[T],
    key: Callable[[T], Hashable | None],
    score: Callable[[T, T], float] | None = None,
    cutoff: float = 0.0,
    key_cutoff: float | None = None,
) -> list[Pair]:
    """Index pairs (old, new) of the items that belong together, sorted by the old index.

    With ``key_cutoff``, items that share a key are paired only when they are also that
    alike: "MÅL 3" of two different plans is not one goal.
    """
    pairs = _by_key(old, new, key)
    if key_cutoff is not None and score is not None:
        pairs = [(i, j) for i, j in pairs if score(old[i], new[j]) >= key_cutoff]
    if score is not None:
        taken_old = {i for i, _ in pairs}
        taken_new = {j for _, j in pairs}
        rest_old = [i for i in range(len(old)) if i not in taken_old]
        rest_new = [j for j in range(len(new)) if j not in taken_new]
        pairs += _by_score(old, new, rest_old, rest_new, score, cutoff)
    return sorted(pairs)


def moved(pairs: Sequence[Pair]) -> set[Pair]:
    """The pairs that changed their order.

    A pair stays in place when it belongs to every longest run of pairs that keeps its order
    in both plans; the rest moved. When two sections swap places, both moved: which one "really"
    moved is not for planctl to guess, and the answer is the same with the plans swapped.
    """
    ordered = sorted(pairs)
    targets = [j for _, j in ordered]
    ending = _run_lengths(targets)  # longest run in order ending at each pair
    starting = list(reversed(_run_lengths([-j for j in reversed(targets)])))  # ... starting at it
    longest = max(ending, default=0)
    on_some_run = [k for k in range(len(ordered)) if ending[k] + starting[k] - 1 == longest]
    at_length = Counter(ending[k] for k in on_some_run)
    kept = {k for k in on_some_run if at_length[ending[k]] == 1}
    return {pair for k, pair in enumerate(ordered) if k not in kept}


def _run_lengths(values: list[int]) -> list[int]:
    """For each value, the length of the longest strictly increasing subsequence ending at it."""
    tails: list[int] = []
    lengths = []
    for value in values:
        at = bisect_left(tails, value)
        if at == len(tails):
            tails.append(value)
        else:
            tails[at] = value
        lengths.append(at + 1)
    return lengths


def _by_key(old: Sequence[T], new: Sequence[T], key: Callable[[T], Hashable | None]) -> list[Pair]:
    waiting: dict[Hashable, list[int]] = {}
    for j, item in enumerate(new):
        k = key(item)
        if k is not None:
            waiting.setdefault(k, []).append(j)
    pairs = []
    for i, item in enumerate(old):
        k = key(item)
        if k is not None and waiting.get(k):
            pairs.append((i, waiting[k].pop(0)))
    return pairs


# Left-over items are compared with the left-overs at most this many places away in the
# other plan (counted among the left-overs), so a plan grown tenfold costs tenfold, not a
# hundredfold. Ordinary plans have far fewer left-overs than this and compare all with all.
WINDOW = 60


def _by_score(
    old: Sequence[T], new: Sequence[T], rest_old: list[int], rest_new: list[int],
    score: Callable[[T, T], float], cutoff: float,
) -> list[Pair]:
    candidates = []
    for rank, i in enumerate(rest_old):
        for j in rest_new[max(0, rank - WINDOW): rank + WINDOW + 1]:
            value = score(old[i], new[j])
            if value >= cutoff:
                # Best first; equal scores go to the pair nearest the diagonal, then the earlier.
                candidates.append((-value, abs(i - j), i + j, min(i, j), i, j))
    pairs = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    for *_, i, j in sorted(candidates):
        if i not in used_old and j not in used_new:
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    return pairs
