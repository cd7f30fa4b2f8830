"""The changes a diff reports, in the words of the domain."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

from planctl.diff.words import WordOp
from planctl.messages import Message
from planctl.model.plan import Plan
from planctl.model.walk import PlanPath


class Area(str, Enum):
    """Where in the plan a change lies; the order in which reports list them."""

    plan = "plan"
    goals = "goals"
    sections = "sections"
    figures = "figures"
    tables = "tables"


class Kind(str, Enum):
    """What happened. The values are stable: the json output carries them."""

    # the plan itself
    status_changed = "status-changed"
    plan_period_changed = "plan-period-changed"
    date_changed = "date-changed"
    title_changed = "title-changed"
    minister_goal_list_changed = "minister-goal-list-changed"
    # goals
    goal_added = "goal-added"
    goal_removed = "goal-removed"
    goal_renumbered = "goal-renumbered"
    goal_moved = "goal-moved"
    goal_reworded = "goal-reworded"
    overview_reworded = "overview-reworded"
    target_changed = "target-changed"
    placeholder_filled = "placeholder-filled"
    placeholder_introduced = "placeholder-introduced"
    period_changed = "period-changed"
    unit_changed = "unit-changed"
    follow_up_added = "follow-up-added"
    follow_up_removed = "follow-up-removed"
    follow_up_changed = "follow-up-changed"
    minister_goals_changed = "minister-goals-changed"
    # sections
    section_added = "section-added"
    section_removed = "section-removed"
    section_renamed = "section-renamed"
    section_moved = "section-moved"
    prose_changed = "prose-changed"
    # key figures
    figure_added = "figure-added"
    figure_removed = "figure-removed"
    figure_changed = "figure-changed"
    # tables
    table_added = "table-added"
    table_removed = "table-removed"
    cell_changed = "cell-changed"

    @property
    def area(self) -> Area:
        return _AREA[self]

    @property
    def mirror(self) -> Kind:
        """The kind the same change has when the two plans are swapped."""
        return _MIRROR.get(self, self)


_AREA: dict[Kind, Area] = {
    **{k: Area.plan for k in (Kind.status_changed, Kind.plan_period_changed, Kind.date_changed, Kind.title_changed,
                              Kind.minister_goal_list_changed)},
    **{k: Area.sections for k in (Kind.section_added, Kind.section_removed, Kind.section_renamed,
                                  Kind.section_moved, Kind.prose_changed)},
    **{k: Area.figures for k in (Kind.figure_added, Kind.figure_removed, Kind.figure_changed)},
    **{k: Area.tables for k in (Kind.table_added, Kind.table_removed, Kind.cell_changed)},
}
for _kind in Kind:
    _AREA.setdefault(_kind, Area.goals)

_PAIRS = [
    (Kind.goal_added, Kind.goal_removed),
    (Kind.placeholder_filled, Kind.placeholder_introduced),
    (Kind.follow_up_added, Kind.follow_up_removed),
    (Kind.section_added, Kind.section_removed),
    (Kind.figure_added, Kind.figure_removed),
    (Kind.table_added, Kind.table_removed),
]
_MIRROR = {**dict(_PAIRS), **{b: a for a, b in _PAIRS}}


@dataclass(frozen=True)
class Side:
    """Where the changed item stands in one of the two plans."""

    path: str
    line: int
    column: int


@dataclass
class Change:
    """One change: its kind, the item it concerns, where it stands in each plan, old and new.

    ``subject`` names the item as a reader knows it ("MÅL 4", "Indsatsområde: Unge",
    "erhvervsfrekvens"); ``part`` says which part of it changed ("target.value",
    "follow_up[0]"); ``detail`` adds what old and new do not say (a difference, a move);
    ``words`` holds the word diff of a changed text.
    """

    kind: Kind
    subject: str
    old: str | None = None
    new: str | None = None
    part: str | None = None
    detail: Message | None = None
    before: Side | None = None
    after: Side | None = None
    words: list[WordOp] = field(default_factory=list)

    @property
    def area(self) -> Area:
        return self.kind.area


@dataclass
class Alignment:
    """How much of the two plans could be put side by side."""

    goals_matched: int = 0
    goals_old: int = 0
    goals_new: int = 0
    sections_matched: int = 0
    sections_old: int = 0
    sections_new: int = 0
    same_municipality: bool = True

    @property
    def unrelated(self) -> bool:
        """Most of the two plans does not align: they are not versions of one plan."""
        sections = self.sections_matched / max(1, max(self.sections_old, self.sections_new))
        goals = self.goals_matched / max(1, max(self.goals_old, self.goals_new))
        return sections < 0.5 and goals < 0.5


@dataclass
class PlanDiff:
    """Everything that changed from one plan to another."""

    old_file: str
    new_file: str
    changes: list[Change]
    alignment: Alignment
    # The two plans compared, and which section or goal of the old one is which of the new one
    # (old path -> new path): what a renderer that shows both plans (Word's tracked changes) needs.
    old_plan: Plan | None = None
    new_plan: Plan | None = None
    paths: dict[PlanPath, PlanPath] = field(default_factory=dict)

    def within(self, area: Area) -> PlanDiff:
        """The changes in one area of the plans only (diff's --only)."""
        return replace(self, changes=[c for c in self.changes if c.area is area])

    def counts(self) -> dict[Kind, int]:
        found: dict[Kind, int] = {}
        for change in self.changes:
            found[change.kind] = found.get(change.kind, 0) + 1
        return found
