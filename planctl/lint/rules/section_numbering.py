"""C011 section-numbering: sub-headings numbered under the wrong chapter.

What: a numbered sub-heading whose number does not continue its chapter's (under
"3. Fokusområder" the items "2.1 ... 2.6"); numbered chapters whose number is not the
previous chapter's plus one ("4." followed by "6.", by "4." again or by "3."); and a
numbered sub-heading whose earlier siblings are missing ("2.1.2" where no "2.1.1" stands
before it).

Why: numbers are how a committee refers to a part of the plan. Numbers copied from an
earlier version point readers to the wrong chapter.

Passes:

    sections: [{number: "3.", title: Fokusområder}, {number: "3.1", title: Unge, level: 2}]

Fails:

    sections: [{number: "3.", title: Fokusområder}, {number: "2.1", title: Unge, level: 2}]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message

_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.?$")


class SectionNumbering(Rule):
    id = "C011"
    name = "section-numbering"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        parents: dict[int, tuple[int, ...]] = {}
        last_chapter = 0
        misplaced: dict[tuple[tuple[int, ...], tuple[int, ...]], list[int]] = {}
        titles: dict[tuple[int, ...], str] = {}
        last_child: dict[tuple[int, ...], int] = {}
        for i, section in enumerate(ctx.plan.sections):
            match = _NUMBER.match(section.number or "")
            if not match:
                continue
            parts = tuple(int(p) for p in match.group(1).split("."))
            parent = parents.get(section.level - 1) if section.level > 1 else None
            if len(parts) == 1 and section.level == 1:
                if parts[0] != last_chapter + 1 and last_chapter:
                    yield Report(("sections", i, "number"), Message(
                        f"kapitel {section.number} følger efter kapitel {last_chapter}.",
                        f"chapter {section.number} follows chapter {last_chapter}."), excerpt=section.number)
                last_chapter = parts[0]
            elif parent is not None and len(parts) > 1 and parts[:-1] != parent[: len(parts) - 1]:
                misplaced.setdefault((parent, parts[:-1]), []).append(i)
            elif len(parts) > 1:
                yield from _missing_siblings(i, section.number or "", parts, last_child)
            parents[section.level] = parts
            titles[parts] = section.title
        # One finding per run of wrongly numbered sub-sections, at the first of them.
        for (parent, _), indexes in misplaced.items():
            first = ctx.plan.sections[indexes[0]]
            last = ctx.plan.sections[indexes[-1]]
            chapter = ".".join(map(str, parent))
            numbers = first.number if len(indexes) == 1 else f"{first.number}–{last.number}"
            under = f"{chapter} {titles[parent]}"
            yield Report(("sections", indexes[0], "number"), Message(
                f"afsnit {numbers} står under kapitel {under}",
                f"sections {numbers} stand under chapter {under}" if len(indexes) > 1
                else f"section {numbers} stands under chapter {under}",
            ), excerpt=first.number)


def _missing_siblings(index: int, number: str, parts: tuple[int, ...],
                      last_child: dict[tuple[int, ...], int]) -> Iterator[Report]:
    """A sub-heading numbered past the sibling that should stand before it ("2.1.2" with no "2.1.1")."""
    prefix, own = parts[:-1], parts[-1]
    previous = last_child.get(prefix, 0)
    last_child[prefix] = max(previous, own)
    if own <= previous + 1:
        return
    missing = ".".join(map(str, (*prefix, previous + 1)))
    yield Report(("sections", index, "number"), Message(
        f"afsnit {number} står uden et afsnit {missing} før sig",
        f"section {number} has no section {missing} before it",
    ), excerpt=number)
