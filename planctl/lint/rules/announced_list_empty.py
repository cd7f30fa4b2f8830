"""U007 announced-list-empty: a list announced with a colon that never comes.

What: a paragraph ending in a colon ("Der er følgende indsatser:") that nothing follows
as its list: it is the last paragraph of its section and the section has no
initiatives, goals, success criteria, tables or key figures, and no sub-section follows;
or the next paragraph announces a list of its own. Paragraphs printed between the colon
and the items (a page footer) are not judged: a list after them is still a list.

Why: the items were lost when the text was copied or edited, or were never written; the
reader is promised efforts the plan does not name.

Passes:

    sections:
      - title: Unge
        prose: ["Der er følgende indsatser:"]
        initiatives: [Mentorstøtte, Virksomhedspraktik]

Fails:

    sections:
      - title: Unge
        prose: ["Der er følgende indsatser:"]
      - title: Voksne
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.model.plan import Section

# The last sentence of a paragraph: what follows the last full stop before the colon.
# Compiled at its first use, by re (a finding of this rule; most plans have none), not when check imports it.
_LAST_SENTENCE = r"(?:^|(?<=[.!?]\s))[^.!?]*:\s*$"


def announces(paragraph: str) -> bool:
    return paragraph.rstrip().endswith(":")


def _holds_items(section: Section) -> bool:
    return bool(section.initiatives or section.goals or section.success_criteria
                or section.tables or section.key_figures)


class AnnouncedListEmpty(Rule):
    id = "U007"
    name = "announced-list-empty"
    severity = "warning"
    follows_status = True

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        sections = ctx.plan.sections
        for s, section in enumerate(sections):
            following = sections[s + 1] if s + 1 < len(sections) else None
            for p, paragraph in enumerate(section.prose):
                if not announces(paragraph):
                    continue
                if p + 1 < len(section.prose):
                    empty = announces(section.prose[p + 1])
                else:
                    deeper = following is not None and following.level > section.level
                    empty = not _holds_items(section) and not deeper
                if empty:
                    match = re.search(_LAST_SENTENCE, paragraph)
                    sentence = match.group(0).strip() if match else paragraph.strip()
                    yield Report(("sections", s, "prose", p), Message(
                        f"'{sentence}' varsler en liste, men ingen punkter følger",
                        f"'{sentence}' announces a list, but no items follow",
                    ), excerpt=sentence, offset=paragraph.rfind(sentence))
