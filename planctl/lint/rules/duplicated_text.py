"""C010 duplicated-text: the same paragraph or list item printed twice.

What: a paragraph of prose, at least 60 characters long, that stands word for word earlier
in the plan, and an item of a section's "Indsatsområder" or "Succeskriterier" list, of any
length, that the same list already holds (lists of other sections are not compared) — the
trace of a block pasted twice. Case, the amount of space between words, and spaces and
full stops at the start or end are not compared.

Why: a repeated block doubles what the reader must read and, when one copy is later
edited and the other not, becomes a contradiction.

Passes:

    initiatives: [Tidlig indsats, Virksomhedsrettede tilbud]

Fails:

    initiatives: [Tidlig indsats, Virksomhedsrettede tilbud, Tidlig indsats, Virksomhedsrettede tilbud]
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.model.walk import PlanPath

MIN_PARAGRAPH = 60


def paragraph_key(text: str) -> str:
    return lowered_paragraph_key(text.lower())


def lowered_paragraph_key(lower: str) -> str:
    """The key of a paragraph already lower-cased (a TextNode's lower): its spaces made single, and spaces
    and stops at its ends dropped."""
    if lower.isprintable() and "  " not in lower:
        # Its only spaces are single ' ' (every other space character is unprintable): splitting and joining
        # would drop no more than one at either end, which the strip drops too. Most paragraphs are so, and
        # are not split into their words.
        return lower.strip(" .")
    return " ".join(lower.split()).strip(" .")


class DuplicatedText(Rule):
    id = "C010"
    name = "duplicated-text"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        first: dict[str, PlanPath] = {}
        for node in ctx.prose():
            key = lowered_paragraph_key(node.lower)
            if len(key) < MIN_PARAGRAPH:
                continue
            if key in first:
                yield self._report(ctx, node.path, first[key], node.text)
            else:
                first[key] = node.path
        for s, section in enumerate(ctx.plan.sections):
            for field, items in (("initiatives", section.initiatives),
                                 ("success_criteria", [c.text for c in section.success_criteria])):
                seen: dict[str, PlanPath] = {}
                for i, item in enumerate(items):
                    path: PlanPath = ("sections", s, field, i) if field == "initiatives" else (
                        "sections", s, field, i, "text")
                    key = paragraph_key(item)
                    if key in seen:
                        yield self._report(ctx, path, seen[key], item)
                    else:
                        seen[key] = path

    @staticmethod
    def _report(ctx: PlanContext, path: PlanPath, earlier: PlanPath, text: str) -> Report:
        line, _ = ctx.position(earlier)
        return Report(path, Message(f"samme tekst som på linje {line}", f"same text as on line {line}"),
                      excerpt=text[:80])
