"""The result of `planctl tags`: suggestions where they stand in their files, counted, and the patch."""

from __future__ import annotations

from dataclasses import dataclass

from planctl.model.walk import PlanPath


@dataclass(frozen=True)
class Suggestion:
    """What planctl would tag a section or goal with, and why."""

    path: PlanPath
    kind: str  # "section" or "goal"
    name: str
    current: tuple[str, ...]
    suggested: tuple[str, ...]
    evidence: dict[str, tuple[str, ...]]  # group code -> the words of the text that name it

    @property
    def untagged(self) -> bool:
        """The section or goal has no target groups yet."""
        return not self.current

    @property
    def added(self) -> tuple[str, ...]:
        """The suggested groups it does not have yet."""
        return tuple(code for code in self.suggested if code not in self.current)


@dataclass(frozen=True)
class TagSuggestion(Suggestion):
    """A suggestion at its place in a plan file (1-based line and column of the section or goal)."""

    file: str
    line: int
    column: int


@dataclass(frozen=True)
class TagReport:
    """The suggestions to show, what they add up to, and the patch when one was asked for."""

    plans: int
    suggestions: list[TagSuggestion]
    untagged: int  # sections and goals without target groups, in all the plans
    patch: str | None = None  # a unified diff for `git apply`
    unpatched: int = 0  # suggestions the patch could not hold (flow style, an empty target_groups)

    @property
    def proposed(self) -> int:
        """Suggestions for sections and goals that have no target groups (the ones the patch adds)."""
        return sum(1 for suggestion in self.suggestions if suggestion.untagged)
