"""Which goal a finding is about, named as the plan prints it.

A finding whose node lies inside a goal, a success criterion, a følgemål or an entry of the
goal overview names that goal before it says what was found:

    MÅL 4: … skal minimum være xx pct. i 2018. — the target is for '2018', outside the plan period 2019

The name is the goal's printed id (or, for a success criterion, its place: "succeskriterium 2 i
'Unge'") and a quote of its text, cut at whole words around what the finding is about. It is
done here, once, for every rule: a rule says what it found and where, never which goal that is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple, TypeVar

from planctl.messages import Message
from planctl.model.plan import Goal, Plan, Section
from planctl.model.walk import PlanPath

# About 60-80 characters: enough to recognise a goal, short enough to keep a finding on a line or two.
QUOTE_WIDTH = 70
ELLIPSIS = "…"

Span = tuple[int, int]


def quote(text: str, focus: Span | None = None, width: int = QUOTE_WIDTH) -> str:
    """The text, or a stretch of about `width` characters of it around `focus` (a span of the text),
    cut between words — never inside one — with "…" where it was cut."""
    if len(text) <= width:
        return _one_line(text)
    first, last = _clamped(focus or (0, 0), len(text))
    if last - first > width // 2:
        last = first  # a long focus (the whole text, a sentence): the quote begins where it does
    slack = width - (last - first)
    start = max(0, min(first - slack // 2, len(text) - width))
    end = min(len(text), start + width)
    start, end = _word_start(text, start, first), _word_end(text, end, last)
    shown = _one_line(text[start:end])
    if text[:start].strip():
        shown = f"{ELLIPSIS} {shown}"
    if text[end:].strip():
        shown = f"{shown} {ELLIPSIS}"
    return shown


def _clamped(span: Span, length: int) -> Span:
    first = min(max(span[0], 0), length)
    return first, min(max(span[1], first), length)


def _word_start(text: str, at: int, first: int) -> int:
    """`at`, or the nearest start of a word that keeps `first` in the quote."""
    if at == 0 or text[at - 1].isspace():
        return at
    ahead = next((i + 1 for i in range(at, first) if text[i].isspace()), None)
    if ahead is not None:
        return ahead
    while at > 0 and not text[at - 1].isspace():
        at -= 1
    return at


def _word_end(text: str, at: int, last: int) -> int:
    """`at`, or the nearest end of a word that keeps `last` in the quote."""
    if at == len(text) or text[at].isspace() or text[at - 1].isspace():
        return at
    back = next((i for i in range(at - 1, last - 1, -1) if text[i].isspace()), None)
    if back is not None:
        return back
    while at < len(text) and not text[at].isspace():
        at += 1
    return at


def _one_line(text: str) -> str:
    return " ".join(text.split())


class _Named(NamedTuple):  # not a dataclass: that costs half a millisecond to build when check imports this
    """A goal-like thing a path lies in: its text, where that text is, and how to name it."""

    text: str
    text_path: PlanPath
    labelled: Message | None  # "MÅL 4", "succeskriterium 2 i 'Unge'"; None when the plan prints no label
    unlabelled: Message  # "målet '{quote}'": how to name it by its quote alone

    def name(self, shown: str) -> Message:
        if self.labelled is not None:
            return Message(f"{self.labelled.da}: {shown}", f"{self.labelled.en}: {shown}")
        return Message(self.unlabelled.da.format(quote=shown), self.unlabelled.en.format(quote=shown))


def subject(plan: Plan, path: PlanPath, excerpt: str | None = None, offset: int | None = None) -> Message | None:
    """The name of the goal the node at `path` lies in, or None when it lies in none.

    The quote is taken around what the finding is about: the offset when the finding points into
    the goal's own text, else the excerpt where the goal's text has it, else the text's beginning.
    """
    named = _named(plan, path)
    if named is None:
        return None
    focus: Span | None = None
    if offset is not None and path == named.text_path:
        focus = (offset, offset + len(excerpt or ""))
    elif excerpt:
        found = named.text.find(excerpt)
        if found >= 0:
            focus = (found, found + len(excerpt))
    return named.name(quote(named.text, focus))


def _named(plan: Plan, path: PlanPath) -> _Named | None:
    if path[:1] == ("sections",):
        return _in_section(plan, path)
    if path[:2] == ("goal_overview", "groups"):
        return _in_overview(plan, path)
    return None


_T = TypeVar("_T")


def _item(items: Sequence[_T], index: object) -> _T | None:
    return items[index] if isinstance(index, int) and 0 <= index < len(items) else None


def _in_section(plan: Plan, path: PlanPath) -> _Named | None:
    section = _item(plan.sections, path[1] if len(path) > 1 else None)
    if section is None or len(path) < 4 or path[2] not in ("goals", "success_criteria"):
        return None
    goal = _item(section.goals if path[2] == "goals" else section.success_criteria, path[3])
    if goal is None:
        return None
    label = _criterion_label(section, goal, path[3]) if path[2] == "success_criteria" else _id_label(goal.id)
    follow_up = _item(goal.follow_up, path[5]) if len(path) > 5 and path[4] == "follow_up" else None
    if follow_up is not None:
        assert isinstance(path[5], int)
        return _Named(follow_up.text, (*path[:6], "text"), _follow_up_label(label, path[5]), _UNLABELLED_FOLLOW_UP)
    return _Named(goal.text, (*path[:4], "text"), label, _UNLABELLED_GOAL)


def _in_overview(plan: Plan, path: PlanPath) -> _Named | None:
    overview = plan.goal_overview
    group = _item(overview.groups, path[2]) if overview is not None and len(path) > 2 else None
    if group is None or len(path) < 5 or path[3] != "goals":
        return None
    entry = _item(group.goals, path[4])
    if entry is None:
        return None
    label = None if entry.id is None else Message(f"{entry.id} i måloversigten", f"{entry.id} in the goal overview")
    follow_up = _item(entry.follow_up, path[6]) if len(path) > 6 and path[5] == "follow_up" else None
    if follow_up is not None:
        assert isinstance(path[6], int)
        return _Named(follow_up, path[:7], _follow_up_label(label, path[6]), _UNLABELLED_OVERVIEW_FOLLOW_UP)
    return _Named(entry.text, (*path[:5], "text"), label, _UNLABELLED_OVERVIEW_GOAL)


_UNLABELLED_GOAL = Message("målet '{quote}'", "the goal '{quote}'")
_UNLABELLED_FOLLOW_UP = Message("følgemålet '{quote}'", "the følgemål '{quote}'")
_UNLABELLED_OVERVIEW_GOAL = Message("målet '{quote}' i måloversigten", "the goal '{quote}' in the goal overview")
_UNLABELLED_OVERVIEW_FOLLOW_UP = Message("følgemålet '{quote}' i måloversigten",
                                         "the følgemål '{quote}' in the goal overview")


def _id_label(goal_id: str | None) -> Message | None:
    return None if not goal_id else Message(goal_id, goal_id)


def _criterion_label(section: Section, criterion: Goal, index: object) -> Message:
    """'succeskriterium 2 i afsnit 3.1 'Unge'': a success criterion by its place, as the plan numbers it."""
    title = quote(section.title, width=QUOTE_WIDTH // 2)
    number = (section.number or "").rstrip(".")
    where = Message(f"i afsnit {number} '{title}'", f"in section {number} '{title}'") if number \
        else Message(f"i '{title}'", f"in '{title}'")
    if criterion.id:
        return Message(f"{criterion.id} {where.da}", f"{criterion.id} {where.en}")
    assert isinstance(index, int)
    return Message(f"succeskriterium {index + 1} {where.da}", f"success criterion {index + 1} {where.en}")


def _follow_up_label(owner: Message | None, index: int) -> Message | None:
    """'MÅL 7, følgemål 1'; None when the goal it follows has no label to name it by."""
    if owner is None:
        return None
    return Message(f"{owner.da}, følgemål {index + 1}", f"{owner.en}, følgemål {index + 1}")
