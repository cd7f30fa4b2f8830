"""C016 duplicate-heading: two sections with the same heading under the same parent.

What: two headings of one level that read the same (case, spacing, numbers and a
trailing stop aside) and stand under the same chapter — or are both chapters. The same
sub-heading under different chapters ("Målgruppe" in every chapter, "Sygedagpengemodtagere"
in the strategy and again in the appendix of figures) is a pattern, not a slip.

Why: a repeated heading under one chapter is a pasted passage or a section edited into
two; a reader referring to it cannot say which one is meant.

Passes:

    sections:
      - {title: Unge}
      - {title: Målgruppe, level: 2}
      - {title: Voksne}
      - {title: Målgruppe, level: 2}

Fails:

    sections:
      - {title: Unge}
      - {title: Målgruppe, level: 2}
      - {title: Indsatser, level: 2}
      - {title: Målgruppe, level: 2}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.lint.rules.contents_missing_section import title_key
from planctl.messages import Message
from planctl.model.plan import Section


def parents(sections: list[Section]) -> list[int | None]:
    """For each section, the index of the section it stands under (None for a chapter)."""
    found: list[int | None] = []
    open_at: dict[int, int] = {}  # level -> index of the last section of that level
    for i, section in enumerate(sections):
        above = [level for level in open_at if level < section.level]
        found.append(open_at[max(above)] if above else None)
        open_at = {level: j for level, j in open_at.items() if level < section.level}
        open_at[section.level] = i
    return found


class DuplicateHeading(Rule):
    id = "C016"
    name = "duplicate-heading"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        sections = ctx.plan.sections
        first: dict[tuple[int | None, int, str], int] = {}
        for i, (section, parent) in enumerate(zip(sections, parents(sections), strict=True)):
            key = (parent, section.level, title_key(section.title))
            if key not in first:
                first[key] = i
                continue
            line, _ = ctx.position(("sections", first[key], "title"))
            yield Report(("sections", i, "title"), Message(
                f"overskriften '{section.title}' gentager overskriften på linje {line}",
                f"the heading '{section.title}' repeats the heading on line {line}",
            ), excerpt=section.title)
