"""Sections of two plans side by side: by id or heading, else by likeness of heading and prose."""

from __future__ import annotations

from rapidfuzz import fuzz

from planctl.diff.align import align, moved
from planctl.diff.changes import Kind
from planctl.diff.pair import PlanPair
from planctl.diff.words import has_changes, word_diff
from planctl.model.plan import Section
from planctl.text import heading_key, typographic

# A renamed heading ("Indsatsområde: Flere i beskæftigelse" / "Indsatsområde: Beskæftigelse")
# or unchanged prose under a new heading: at least this alike (0-100).
SECTION_CUTOFF = 75
_PROSE_SAMPLE = 1500


def align_sections(pair: PlanPair) -> list[tuple[int, int]]:
    """Pair the sections of the two plans and remember the pairing for the goals."""
    old, new = pair.old.plan.sections, pair.new.plan.sections
    pairs = align(old, new, _key, _score, SECTION_CUTOFF)
    pair.section_of = dict(pairs)
    return pairs


def compare_sections(pair: PlanPair, pairs: list[tuple[int, int]]) -> None:
    old, new = pair.old.plan.sections, pair.new.plan.sections
    shifted = moved(pairs)
    for i, j in pairs:
        a, b = old[i], new[j]
        before, after = ("sections", i), ("sections", j)
        if typographic(a.title) != typographic(b.title):
            pair.report(Kind.section_renamed, b.title, (*before, "title"), (*after, "title"), a.title, b.title)
        if (i, j) in shifted:
            pair.report(Kind.section_moved, b.title, before, after, i + 1, j + 1)
        prose_a, prose_b = "\n".join(a.prose), "\n".join(b.prose)
        words = word_diff(prose_a, prose_b)
        if has_changes(words):
            pair.report(Kind.prose_changed, b.title, (*before, "prose"), (*after, "prose"),
                        prose_a, prose_b, part="prose", words=words)
    matched_old = {i for i, _ in pairs}
    matched_new = {j for _, j in pairs}
    for i, section in enumerate(old):
        if i not in matched_old:
            pair.report(Kind.section_removed, section.title, ("sections", i, "title"), None, section.title, None)
    for j, section in enumerate(new):
        if j not in matched_new:
            pair.report(Kind.section_added, section.title, None, ("sections", j, "title"), None, section.title)


def _key(section: Section) -> str:
    return f"id:{section.id}" if section.id else heading_key(typographic(section.title))


def _score(a: Section, b: Section) -> float:
    title = fuzz.token_set_ratio(heading_key(a.title), heading_key(b.title))
    if not a.prose or not b.prose:
        return float(title)
    prose = fuzz.ratio(" ".join(a.prose)[:_PROSE_SAMPLE], " ".join(b.prose)[:_PROSE_SAMPLE])
    return float(max(title, prose))
