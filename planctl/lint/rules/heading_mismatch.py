"""C004 heading-mismatch: a heading printed differently in the table of contents, the goal overview and the body.

What: a line of the table of contents that matches no heading of the body exactly
("Jobcenterets kerneopgave" in the contents, "Jobcenteret kerneopgave" as the heading) or
gives a heading another number than the body does ("3." in the contents, "4." in the
body), and a group heading of the goal overview that differs from the heading of the body
section its goals stand in ("Indsatsområde: Beskæftigelse" / "Indsatsområde: Flere i
beskæftigelse"). The contents may also list the goal overview's own title. Case, spacing
and a trailing full stop are not compared.

Why: a reader who looks up a chapter from the contents or the overview should find it
under the same name; a renamed heading is also the sign of a text edited in one place
and not the other.

Passes:

    contents: [{title: Unge på uddannelseshjælp}]
    sections: [{title: Unge på uddannelseshjælp}]

Fails:

    contents: [{title: Jobcenterets kerneopgave}]
    sections: [{title: Jobcenteret kerneopgave}]
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.similarity import ratio
from planctl.text import goal_number, heading_key, heading_text


class HeadingMismatch(Rule):
    id = "C004"
    name = "heading-mismatch"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        yield from self._contents(ctx)
        yield from self._overview(ctx)

    def _contents(self, ctx: PlanContext) -> Iterator[Report]:
        headings = [section.title for section in ctx.plan.sections]
        if ctx.plan.goal_overview is not None:
            headings.append(ctx.plan.goal_overview.title)
        keys = {heading_key(title) for title in headings}
        by_number = {_number_key(s.number): s.title for s in ctx.plan.sections if s.number}
        number_of = {heading_key(s.title): s.number for s in ctx.plan.sections if s.number}
        for i, entry in enumerate(ctx.plan.contents):
            path = ("contents", i, "title")
            numbered = by_number.get(_number_key(entry.number)) if entry.number else None
            if heading_key(entry.title) in keys:
                body_number = number_of.get(heading_key(entry.title))
                if entry.number and body_number and _number_key(entry.number) != _number_key(body_number):
                    title = heading_text(entry.title)
                    yield Report(("contents", i, "number"), Message(
                        f"indholdsfortegnelsen nummererer '{title}' {entry.number}, teksten {body_number}",
                        f"the table of contents numbers '{title}' {entry.number}, the body {body_number}",
                    ), excerpt=entry.number)
                continue
            closest = numbered or _closest(entry.title, headings)
            if closest is None:
                yield Report(path, Message(
                    f"indholdsfortegnelsen nævner '{entry.title}', som ikke er en overskrift i planen",
                    f"the table of contents lists '{entry.title}', which is not a heading of the plan",
                ), excerpt=entry.title)
            else:
                yield Report(path, Message(
                    f"indholdsfortegnelsen skriver '{entry.title}', overskriften er '{closest}'",
                    f"the table of contents says '{entry.title}', the heading says '{closest}'",
                ), excerpt=entry.title)

    def _overview(self, ctx: PlanContext) -> Iterator[Report]:
        overview = ctx.plan.goal_overview
        if overview is None:
            return
        section_of_goal: dict[int, str] = {}
        for section in ctx.plan.sections:
            for goal in section.goals:
                number = goal_number(goal.id)
                if number is not None:
                    section_of_goal.setdefault(number, section.title)
        for g, group in enumerate(overview.groups):
            if not group.heading:
                continue
            titles = {section_of_goal[n] for e in group.goals if (n := goal_number(e.id)) in section_of_goal}
            if len(titles) != 1:
                continue
            title = titles.pop()
            if heading_key(title) != heading_key(group.heading):
                yield Report(("goal_overview", "groups", g, "heading"), Message(
                    f"måloversigten har overskriften '{group.heading}', afsnittet i teksten hedder '{title}'",
                    f"the goal overview heads this group '{group.heading}', the body's section is '{title}'",
                ), excerpt=group.heading)


def _closest(title: str, headings: list[str]) -> str | None:
    """The heading the entry most likely means: at least 75 % alike, as rapidfuzz scores it; the first
    of equally alike ones (as rapidfuzz's `process.extractOne` chooses)."""
    wanted = heading_key(title)
    best: tuple[float, int] | None = None
    for index, heading in enumerate(headings):
        score = ratio(wanted, heading_key(heading))
        if score >= 75 and (best is None or score > best[0]):
            best = (score, index)
    return headings[best[1]] if best is not None else None


def _number_key(number: str | None) -> str:
    return (number or "").strip().rstrip(".")
