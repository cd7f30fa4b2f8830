"""The meeting appendix as data: what a meeting needs to read about a plan, in the order it reads it.

A leaf: every renderer (Markdown, Word) is fed one `Appendix`, so they cannot disagree. Texts that
depend on the language (a short target, a finding's message) are made by the builder in the
appendix's language; the changes are the diff's own `Change` objects, so the appendix and
`planctl diff` report the same changes.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal

from planctl.appendix.places import PlaceArea
from planctl.diff.changes import Alignment, Change, Kind


@dataclass(frozen=True)
class TitleBlock:
    """'Bilag: <title>', municipality, period, status, the meeting and the date."""

    title: str
    municipality: str
    period: str
    status: str  # the plan's status code: draft, final, adopted
    date: datetime.date | None
    meeting: str | None


@dataclass(frozen=True)
class GoalRow:
    """A goal as the goal table shows it."""

    path: str
    id: str  # as printed; "" when the plan prints none (a success criterion, an unnumbered goal)
    label: str  # how other parts of the appendix name it: the id, else its indsatsområde's heading
    text: str
    target: str  # the short form: "−4 pct. okt 2018→okt 2019", "kvalitativt (intet tal)"
    follow_up: tuple[str, ...]
    minister_goals: tuple[int, ...]


@dataclass(frozen=True)
class GoalGroup:
    """The goals of one indsatsområde, under its heading as the plan prints it."""

    heading: str
    goals: tuple[GoalRow, ...]


@dataclass(frozen=True)
class MinisterGoalRow:
    """One of the minister's goals of the plan's year, and the local goals that answer it."""

    number: int
    text: str
    answered_by: tuple[str, ...]
    # The plan prints the goal as expected, not yet announced ("Herudover forventes et mål om ...").
    expected: bool = False


@dataclass(frozen=True)
class MinisterCoverage:
    year: int
    goals: tuple[MinisterGoalRow, ...]


@dataclass(frozen=True)
class KeyFigureRow:
    name: str
    value: str
    when: str | None  # the date or period the figure was measured, as the plan prints it
    area: str | None


@dataclass(frozen=True)
class ProseChanges:
    """The prose changes of one section: how many stretches changed, and how many words."""

    section: str
    stretches: int
    words: int


@dataclass(frozen=True)
class Changes:
    """What changed since the version a meeting saw, taken from the diff of the two plans."""

    old_status: str
    old_date: datetime.date | None
    counts: dict[Kind, int]
    rows: tuple[Change, ...]  # the changes that matter to a reader, in the diff's order
    prose: tuple[ProseChanges, ...]
    largest_prose: tuple[Change, ...]  # the three largest prose changes, largest first
    alignment: Alignment


OpenKind = Literal["placeholder", "editorial-note", "error"]


@dataclass(frozen=True)
class OpenItem:
    """Something to settle before the plan is adopted, with its place in the plan file."""

    kind: OpenKind
    area: PlaceArea  # the plan's body, its goal overview, its table of contents, or a field of the plan
    place: str  # "MÅL 1", "Indsatsområde: Unge"; in the overview the goal's id
    line: int
    column: int
    text: str  # the placeholder or note as printed, or the finding's message
    stands_for: str | None = None  # what a placeholder stands for: "pct.", "personer"


@dataclass(frozen=True)
class Focus:
    """The appendix of one hearing party: the target group, what it kept and what it left out."""

    group: str
    label: str
    sections: tuple[str, ...]  # the titles of the sections tagged with the group
    goals_left_out: int
    changes_left_out: int
    open_items_left_out: int
    key_figures_left_out: int
    minister_goals_left_out: int


@dataclass
class Appendix:
    """The meeting appendix: title block, goals, ministermål, key figures, changes, open items."""

    title: TitleBlock
    goal_groups: list[GoalGroup]
    minister_goals: MinisterCoverage | None
    key_figures: list[KeyFigureRow]
    changes: Changes | None = None
    open_items: list[OpenItem] | None = None  # None when the plan is not a draft
    focus: Focus | None = None
