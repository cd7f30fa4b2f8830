"""C015 contents-missing-section: a section the table of contents leaves out.

What: a heading of the body that no line of the table of contents (`contents`) lists,
at a heading level the contents otherwise lists. Titles are compared without their
numbers, case, spacing, dot leaders and a trailing stop; a contents line worded
differently from its heading stands in for it (C004 reports the wording). A level the
contents lists for fewer than half of its sections is taken as not in the contents
(a contents of chapters only does not make every sub-heading missing), and a plan with
no contents is not checked.

Why: a reader finds a chapter through the contents; a chapter left out is one the
committee may never open, and the sign of a contents not updated after an edit.

Passes:

    contents: [{title: Indledning}, {title: Unge}]
    sections: [{title: Indledning}, {title: Unge}, {title: Målgruppe, level: 2}]

Fails:

    contents: [{title: Indledning}, {title: Unge}]
    sections: [{title: Indledning}, {title: Unge}, {title: Udsatte ledige}]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.model.plan import ContentsEntry, Section
from planctl.similarity import ratio
from planctl.text import heading_key

_LEADING_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+")


def title_key(title: str) -> str:
    """A heading as the contents and the body are compared: no number, case, spacing or stop."""
    return heading_key(_LEADING_NUMBER.sub("", title))


def _same(entry: ContentsEntry, section: Section) -> bool:
    if title_key(entry.title) == title_key(section.title):
        return True
    numbered = entry.number and section.number and entry.number.rstrip(".") == section.number.rstrip(".")
    return bool(numbered) and ratio(title_key(entry.title), title_key(section.title)) >= 75


def listed_sections(entries: list[ContentsEntry], sections: list[Section]) -> set[int]:
    """The indexes of the sections the contents lists, matched in document order.

    A contents line that matches no heading stands in for the unlisted section most like
    it between its matched neighbours (the same heading, printed differently)."""
    listed: set[int] = set()
    unmatched: list[tuple[ContentsEntry, int]] = []  # a contents line, and where its gap begins
    cursor = 0
    for entry in entries:
        found = next((i for i in range(cursor, len(sections)) if _same(entry, sections[i])), None)
        if found is None:
            unmatched.append((entry, cursor))
            continue
        listed.add(found)
        cursor = found + 1
    for entry, start in unmatched:
        end = next((i for i in range(start, len(sections)) if i in listed), len(sections))
        gap = [i for i in range(start, end) if i not in listed]
        wording = title_key(entry.title)
        if gap:
            from rapidfuzz import fuzz  # here: only a contents line that matches no heading needs it

            listed.add(max(gap, key=lambda i: fuzz.token_set_ratio(wording, title_key(sections[i].title))))
    return listed


class ContentsMissingSection(Rule):
    id = "C015"
    name = "contents-missing-section"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        sections = ctx.plan.sections
        if not ctx.plan.contents:
            return
        overview = ctx.plan.goal_overview
        # The goal overview has a line in the contents but is no section.
        entries = [e for e in ctx.plan.contents
                   if overview is None or title_key(e.title) != title_key(overview.title)]
        listed = listed_sections(entries, sections)
        per_level = Counter(s.level for s in sections)
        listed_per_level = Counter(sections[i].level for i in listed)
        levels = {level for level, n in listed_per_level.items() if 2 * n >= per_level[level]}
        for i, section in enumerate(sections):
            if i not in listed and section.level in levels:
                yield Report(("sections", i, "title"), Message(
                    f"indholdsfortegnelsen udelader afsnittet '{section.title}'",
                    f"the table of contents leaves out the section '{section.title}'",
                ), excerpt=section.title)
