"""M006 measurement-undecided: a goal whose measurement the plan says is not yet decided.

What: a sentence in a goal (its text, note or følgemål) or in the prose of the section that
holds the goal, saying that how the goal is measured is not settled: "målemetoden er endnu
ikke fastlagt", "opgørelsesmetode afklares", "Regeringen har endnu ikke udmeldt en
målemetode". Reported at the sentence: in the section's prose the finding names the goal(s)
of the section; in a goal's text, note or følgemål it names that goal.

Why: a goal that cannot yet be measured cannot be followed up; the committee should know
that the plan says so itself, and ask when the method comes.

Passes:

    sections:
      - title: Handicap
        prose: [Målet opgøres som andelen i job efter 6 måneder.]
        goals: [{id: MÅL 11, text: Flere personer med handicap skal i beskæftigelse.}]

Fails:

    sections:
      - title: Handicap
        prose: [Målemetoden er endnu ikke fastlagt.]
        goals: [{id: MÅL 11, text: Flere personer med handicap skal i beskæftigelse.}]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from planctl.lint.context import PlanContext
from planctl.lint.naming import quote
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.model.plan import Goal
from planctl.model.walk import PlanPath
from planctl.text import folded

_METHOD = r"(?:måle|opgørelses|beregnings)(?:metode|metoden|måde|måden)|målingen|opgørelsen"
_UNDECIDED = (
    r"(?:endnu\s+ikke|ikke\s+endnu|mangler\s+at\s+blive)\s+(?:\w+\s+){0,2}?"
    r"(?:fastlagt|fastsat|besluttet|udmeldt|afklaret|kendt|defineret|udviklet)"
    r"|afklares|fastlægges\s+senere|er\s+under\s+udarbejdelse|kendes\s+ikke"
)
# A sentence says it when it holds both, in either order: "målemetoden er endnu ikke fastlagt" and "har endnu
# ikke udmeldt en målemetode". A text lacking either cannot, and is skipped.
_STOP = r"[.!?]"
_HAS_METHOD = rf"\b(?:{_METHOD})\b"
_HAS_UNDECIDED = _UNDECIDED
# A word every match of each part holds, one of them: a text whose folded form lacks them is not searched.
_METHOD_CUES = ("måle", "opgørelse", "beregnings", "målingen")
_UNDECIDED_CUES = ("endnu", "mangler", "afklares", "fastlægges", "udarbejdelse", "kendes")


@cache
def _pattern(source: str) -> re.Pattern[str]:
    """A pattern of the rule, compiled at first need: most plans hold no text with the cues."""
    return re.compile(source, re.IGNORECASE)


def _may_match(text: str) -> bool:
    lower = folded(text)
    return (any(map(lower.__contains__, _METHOD_CUES)) and any(map(lower.__contains__, _UNDECIDED_CUES))
            and _pattern(_HAS_METHOD).search(text) is not None and _pattern(_HAS_UNDECIDED).search(text) is not None)


def _sentences_saying(text: str) -> Iterator[tuple[int, int]]:
    """Where each sentence that says the method is undecided begins, and where it ends (after its stop):
    from the text's start or the end of the sentence before, to the next stop (.!?) or the text's end.

    A stretch between stops says it when a word of the method stands before a match of the undecided
    wording, or after one: the first word of the method and the last are tried (each is one whole word,
    so the first ends first and the last begins last). This is what one pattern of both parts in either
    order matched (~1.3 ms to compile), without it.
    """
    method, undecided, stop = _pattern(_HAS_METHOD), _pattern(_HAS_UNDECIDED), _pattern(_STOP)
    at = 0
    while at < len(text):
        found = stop.search(text, at)
        end = found.start() if found is not None else len(text)
        words = list(method.finditer(text, at, end))
        if words and (undecided.search(text, words[0].end(), end) or undecided.search(text, at, words[-1].start())):
            yield at, end + 1 if found is not None else end
        if found is None:
            return
        at = found.end()


def _texts_of(path: PlanPath, goal: Goal) -> Iterator[tuple[PlanPath, str]]:
    yield (*path, "text"), goal.text
    if goal.note:
        yield (*path, "note"), goal.note
    for f, follow_up in enumerate(goal.follow_up):
        yield (*path, "follow_up", f, "text"), follow_up.text


class MeasurementUndecided(Rule):
    id = "M006"
    name = "measurement-undecided"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        goals_by_section: dict[int, list[tuple[PlanPath, Goal]]] = {}
        for path, goal in ctx.plan.all_goals():
            goals_by_section.setdefault(int(path[1]), []).append((path, goal))
        for s, goals in goals_by_section.items():
            texts: list[tuple[PlanPath, str]] = [
                (("sections", s, "prose", p), text) for p, text in enumerate(ctx.plan.sections[s].prose)]
            texts += [found for path, goal in goals for found in _texts_of(path, goal)]
            labels = ", ".join(f"'{goal.id or quote(goal.text, width=40)}'" for _, goal in goals)
            for where, text in texts:
                if not _may_match(text):
                    continue
                for start, end in _sentences_saying(text):
                    said = text[start:end]
                    sentence = said.strip()
                    # In a goal's own text the finding names the goal (lint/naming.py).
                    yield Report(where, Message(
                        "planen skriver, at målemetoden ikke er fastlagt; målet kan ikke følges op endnu",
                        "the plan says the measurement method is not decided; the goal cannot be followed up yet",
                    ) if where[2] != "prose" else Message(
                        f"planen skriver, at målemetoden ikke er fastlagt; {labels} kan ikke følges op endnu",
                        f"the plan says the measurement method is not decided; {labels} cannot be followed up yet",
                    ), excerpt=sentence, offset=start + len(said) - len(said.lstrip()))
