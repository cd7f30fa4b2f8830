"""A plan as a document: the blocks it prints, in the order the municipality printed them.

Every format of `planctl show` renders these blocks, and `planctl diff --format docx` marks
up the blocks of the new plan with the changes from the blocks of the old one, so the Word
document of a diff is exactly the Word document of `show`, with revisions.

A block knows where in the plan it comes from (`origin`, a plan path), so two versions of
a plan can be lined up block by block. A run of text may be marked inserted or deleted
(only the diff does that); `show` gives every run and every paragraph mark as `equal`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from planctl.model.walk import PlanPath

Mark = Literal["equal", "insert", "delete"]
# How a run is shown to a reader, not a revision: the appendix shows a reworded goal with the
# removed words struck through and the new ones underlined, to be read, not accepted.
Emphasis = Literal["", "strong", "strike", "underline"]

Role = Literal[
    "title",      # the plan's title
    "subtitle",   # municipality · period · status
    "draft",      # UDKAST, on a draft only
    "date",       # the date the document carries
    "heading",    # a section's heading, with its level (1-4)
    "body",       # a prose paragraph
    "bullet",     # a list item: prose bullets, følgemål, succeskriterier, indsatsområder, key figures
    "goal-id",    # the goal's id as printed ("MÅL 4")
    "goal",       # the goal's text
    "target",     # the goal's target said in words
    "label",      # a small heading over a list: "Følgemål", "Succeskriterier", "Nøgletal"
    "caption",    # a table's title
    "note",       # a note under a goal or a table
    "colophon",   # the closing line, the same in every version of a plan
]


@dataclass(frozen=True)
class Run:
    """A stretch of text, kept, inserted or deleted; perhaps struck through or underlined for display."""

    text: str
    mark: Mark = "equal"
    emphasis: Emphasis = ""


def accepted(runs: Sequence[Run]) -> str:
    """The runs' text with every change accepted: inserted text kept, deleted text gone."""
    return "".join(run.text for run in runs if run.mark != "delete")


def rejected(runs: Sequence[Run]) -> str:
    """The runs' text with every change rejected: deleted text back, inserted text gone."""
    return "".join(run.text for run in runs if run.mark != "insert")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: its role (which becomes a style), its level, and its runs."""

    role: Role
    runs: tuple[Run, ...]
    origin: PlanPath = ()
    level: int = 0
    mark: Mark = "equal"  # the paragraph mark: inserted or deleted with the whole paragraph
    # The role and level the paragraph had before, when the diff changed them (a style change).
    was: tuple[Role, int] | None = None

    @property
    def text(self) -> str:
        """The text as it reads once every change is accepted."""
        return accepted(self.runs)

    @property
    def old_text(self) -> str:
        """The text as it reads once every change is rejected."""
        return rejected(self.runs)


@dataclass(frozen=True)
class Cell:
    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        return accepted(self.runs)


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    origin: PlanPath = ()
    mark: Mark = "equal"
    header: bool = False


@dataclass(frozen=True)
class Table:
    """A real table: a header row, then the body rows. `widths` are relative column widths."""

    rows: tuple[Row, ...]
    origin: PlanPath = ()
    widths: tuple[float, ...] = ()
    mark: Mark = "equal"


Block = Paragraph | Table


@dataclass(frozen=True)
class PlanDocument:
    """The document of one plan: what its title block says, and its blocks in order."""

    title: str
    municipality: str
    period: str
    status: str
    draft: bool
    blocks: list[Block] = field(default_factory=list)


def paragraph(role: Role, text: str, origin: PlanPath = (), level: int = 0) -> Paragraph:
    return Paragraph(role, (Run(text),), origin, level)


def table(header: Sequence[str], rows: Sequence[tuple[PlanPath, Sequence[str]]], origin: PlanPath,
          widths: tuple[float, ...] = ()) -> Table:
    head = Row(tuple(Cell((Run(text),)) for text in header), origin, header=True)
    body = tuple(Row(tuple(Cell((Run(text),)) for text in cells), path) for path, cells in rows)
    return Table((head, *body), origin, widths)
