"""The two plans of a diff, and where their items stand in each file."""

from __future__ import annotations

from dataclasses import dataclass, field

from planctl.diff.changes import Change, Kind, Side
from planctl.diff.words import WordOp
from planctl.load import LoadedPlan
from planctl.messages import Message
from planctl.model.walk import PlanPath, format_path


@dataclass
class PlanPair:
    """The old and the new plan, and the changes found so far."""

    old: LoadedPlan
    new: LoadedPlan
    changes: list[Change] = field(default_factory=list)
    # old section index -> new section index, filled in by the section alignment
    section_of: dict[int, int] = field(default_factory=dict)
    # old goal path -> new goal path, filled in by the goal alignment
    goal_paths: dict[PlanPath, PlanPath] = field(default_factory=dict)

    def report(
        self, kind: Kind, subject: str, before: PlanPath | None, after: PlanPath | None,
        old: object = None, new: object = None, *, part: str | None = None,
        detail: Message | None = None, words: list[WordOp] | None = None,
    ) -> None:
        self.changes.append(Change(
            kind=kind, subject=subject,
            old=None if old is None else str(old), new=None if new is None else str(new),
            part=part, detail=detail,
            before=_side(self.old, before), after=_side(self.new, after),
            words=words or [],
        ))


def _side(loaded: LoadedPlan, path: PlanPath | None) -> Side | None:
    if path is None:
        return None
    line, column = loaded.positions.locate(path)
    return Side(format_path(path), line, column)
