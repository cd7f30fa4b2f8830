"""Putting the items of two plans side by side: by key first, then by likeness of wording.

Keys are exact ("mål 5" for "MÅL 5" and "Mål 5"; a heading without case and stops); items
whose key occurs again are paired in order of occurrence. What is left is paired by
rapidfuzz similarity, best pairs first, above a cutoff. Both steps are symmetric: swapping
the plans swaps the pairs.
"""

from __future__ import annotations

from bisect import bisect_left
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
) -> list[Pair]:
    """Index pairs (old, new) of the items that belong together, sorted by the old index."""
    pairs = _by_key(old, new, key)
    if score is not None:
        taken_old = {i for i, _ in pairs}
        taken_new = {j for _, j in pairs}
        rest_old = [i for i in range(len(old)) if i not in taken_old]
        rest_new = [j for j in range(len(new)) if j not in taken_new]
        pairs += _by_score(old, new, rest_old, rest_new, score, cutoff)
    return sorted(pairs)


def moved(pairs: Sequence[Pair]) -> set[Pair]:
    """The pairs that changed their order: those outside a longest run in order in both plans."""
    ordered = sorted(pairs)
    # Longest increasing subsequence of the new indexes, O(n log n).
    tails: list[int] = []
    tail_at: list[int] = []
    parent: list[int] = [-1] * len(ordered)
    for k, (_, j) in enumerate(ordered):
        at = bisect_left(tails, j)
        if at == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[at] = j
            tail_at[at] = k
        parent[k] = tail_at[at - 1] if at else -1
    keep: set[int] = set()
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        keep.add(k)
        k = parent[k]
    return {pair for k, pair in enumerate(ordered) if k not in keep}


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


def _by_score(
    old: Sequence[T], new: Sequence[T], rest_old: list[int], rest_new: list[int],
    score: Callable[[T, T], float], cutoff: float,
) -> list[Pair]:
    candidates = []
    for i in rest_old:
        for j in rest_new:
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
