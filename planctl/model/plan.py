"""The Pydantic models of a beskæftigelsesplan: the single source of truth of the
plan format. ``schemas/plan.schema.json`` is generated from them.

Unlike the rest of planctl, the annotations here are evaluated as Python reads them (no
``from __future__ import annotations``): Pydantic needs the types themselves, and evaluating
every field's annotation from its text cost more than a millisecond of start-up.
"""

import datetime
from typing import Annotated, Any, Literal, NamedTuple

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

from planctl.model.fields import AmountField, CellField, PeriodField, Printed, TargetGroupField, WholeNumber
from planctl.model.values import LAST_YEAR

# The ministermål were introduced with the 2015 reform; earlier plans answered the
# minister's "beskæftigelsespolitiske mål" from 2008. A year before that is a slip.
FIRST_MINISTER_GOAL_YEAR = 2007


class PlanModel(BaseModel):
    """Base of every part of a plan: unknown keys are errors, not silently dropped.

    The validators are built when a plan is first validated, once, for the whole tree (defer_build):
    built class by class at import, every model re-generated the schemas of the models it holds.
    """

    model_config = ConfigDict(extra="forbid", validate_default=False, defer_build=True)


def _empty() -> list[Any]:
    """A list field left out: empty. A function of planctl's, not `list`: Pydantic reads each
    default factory's signature when it builds the validators, and parsing a builtin's costs
    about 120 µs (with `tokenize` compiled on first use); 16 fields made that ~5 ms of start-up."""
    return []


Status = Literal["draft", "final", "adopted", "unknown"]
TargetKind = Literal["change", "level", "relative", "qualitative", "deferred"]
Direction = Literal["decrease", "increase", "at_least", "at_most", "equal"]


class Municipality(PlanModel):
    name: str = Field(description="The municipality's name, e.g. 'Lyngby-Taarbæk Kommune'.")
    code: str = Field(
        pattern=r"^[1-9]\d{2}$",
        description="The official three-digit kommunekode, e.g. '173' for Lyngby-Taarbæk (101-860).",
    )


class Source(PlanModel):
    document: str = Field(description="The document the plan was taken from (file name or title).")
    description: str | None = Field(default=None, description="What the document is.")
    url: str | None = None


class ExpectedMinisterGoal(str):
    """A minister's goal the plan prints as expected, not yet announced ("Herudover forventes et
    mål om ..."). It is the goal's text, so every reader of `goals` still reads strings; the type
    is the mark (see `MinisterGoalList.printed_goals`)."""

    __slots__ = ()


class PrintedMinisterGoal(NamedTuple):  # not a frozen dataclass: made at import far faster (see `errors.Problem`)
    """A minister's goal as the plan prints it: its text, and whether it is only expected."""

    text: str
    expected: bool = False


def _printed_goal(raw: object) -> str:
    """A goal is its text, or `{text: ..., expected: true}` when the plan prints it as expected."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, dict) and set(raw) <= {"text", "expected"} and isinstance(raw.get("text"), str):
        expected = raw.get("expected", False)
        if not isinstance(expected, bool):
            raise ValueError("`expected` is true or false")
        return ExpectedMinisterGoal(raw["text"]) if expected else str(raw["text"])
    raise ValueError("a minister's goal is its text, or {text: ..., expected: true} when the plan expects it")


def _printed_goal_data(goal: str) -> str | dict[str, object]:
    return {"text": str(goal), "expected": True} if isinstance(goal, ExpectedMinisterGoal) else goal


def _printed_goal_schema() -> JsonSchemaValue:
    return {
        "anyOf": [
            {"type": "string", "description": "The goal as printed."},
            {
                "type": "object",
                "description": (
                    "A goal the plan prints as expected, not yet announced ('Herudover forventes et mål om ...')."
                ),
                "properties": {"text": {"type": "string"}, "expected": {"type": "boolean"}},
                "required": ["text"],
                "additionalProperties": False,
            },
        ]
    }


def _text_or_mapping() -> CoreSchema:
    return core_schema.union_schema([core_schema.str_schema(),
                                     core_schema.dict_schema(core_schema.str_schema(), core_schema.any_schema())])


# One `Printed` annotation, not PlainValidator, PlainSerializer and WithJsonSchema: the plan's only use
# of PlainSerializer imported pydantic.functional_serializers (~1.4 ms of check's start-up).
MinisterGoalText = Annotated[str, Printed(_printed_goal, _printed_goal_data, _printed_goal_schema, _text_or_mapping)]


class MinisterGoalList(PlanModel):
    """The minister's goals as the plan prints them, for a year."""

    year: WholeNumber = Field(
        ge=FIRST_MINISTER_GOAL_YEAR, le=LAST_YEAR, description="The plan year the goals were announced for."
    )
    goals: list[MinisterGoalText] | None = Field(
        default=None,
        description=(
            "The goals as printed in the plan, in order; omit to use planctl's reference list. "
            "A goal the plan prints as expected is written {text: ..., expected: true}."
        ),
    )

    def printed_goals(self) -> list[PrintedMinisterGoal]:
        """The printed goals in order, each with its text and whether the plan only expects it."""
        return [PrintedMinisterGoal(str(goal), isinstance(goal, ExpectedMinisterGoal)) for goal in self.goals or []]


def _year_only(value: object) -> object:
    """`minister_goals: 2019` names the year and takes the goals from planctl's reference data."""
    if isinstance(value, int) and not isinstance(value, bool):
        return {"year": value}
    return value


class Target(PlanModel):
    """The measurable part of a goal, parsed from its text."""

    kind: TargetKind = Field(
        description=(
            "change: a rise or fall between two periods; level: a value to reach or hold; "
            "relative: a rank or a comparison with other municipalities; qualitative: no number; "
            "deferred: the target is to be set later."
        )
    )
    direction: Direction | None = None
    value: AmountField | None = Field(default=None, description="The target value: '4 pct.', 'x pct.'.")
    baseline: PeriodField | None = Field(default=None, description="The period the change is measured from.")
    period: PeriodField | None = Field(default=None, description="The period the target is for.")
    average: bool = Field(default=False, description="The target is an average over the period ('i gennemsnit').")
    reference: str | None = Field(
        default=None,
        description="What a relative target compares with: 'bedste 1/3 af landets kommuner', 'landsgennemsnittet'.",
    )
    baseline_value: AmountField | None = Field(
        default=None, description="The stated starting level, e.g. 'ca. 190 personer'."
    )
    equivalent: AmountField | None = Field(
        default=None,
        description="What the target amounts to, as stated: 'Det svarer til et fald på ca. 10 personer'.",
    )
    deferred_until: str | None = Field(
        default=None, description="When a deferred target is to be set, as printed."
    )
    target_groups: list[TargetGroupField] = Field(
        default_factory=_empty,
        description=(
            "The target group this target is for, when a goal has several targets ('henholdsvis 275 og 443')."
        ),
    )


class FollowUpGoal(PlanModel):
    """A følgemål: an indicator the plan follows, with or without a target."""

    text: str
    target: Target | None = None


class Goal(PlanModel):
    """A local goal (mål) or a success criterion (succeskriterium)."""

    # The editor's schema refuses what `_one_form_of_target` refuses: `target` beside a non-empty `targets`.
    model_config = ConfigDict(
        extra="forbid", validate_default=False,
        json_schema_extra={"not": {"required": ["target", "targets"], "properties": {"targets": {"minItems": 1}}}},
    )

    id: str | None = Field(default=None, description="The goal's label as printed: 'MÅL 4', 'Mål 5'.")
    text: str = Field(description="The goal's text, verbatim.")
    target: Target | None = Field(default=None, description="The goal's target (the short form of `targets`).")
    targets: list[Target] = Field(
        default_factory=_empty,
        description="The goal's targets when it has more than one, each with its own target groups.",
    )
    follow_up: list[FollowUpGoal] = Field(default_factory=_empty, description="The goal's følgemål.")
    minister_goals: list[Annotated[WholeNumber, Field(ge=1)]] = Field(
        default_factory=_empty,
        description="Numbers (1-based) of the minister's goals of the plan year this goal answers.",
    )
    target_groups: list[TargetGroupField] = Field(default_factory=_empty)
    note: str | None = Field(default=None, description="Text printed with the goal, e.g. its data basis.")

    @model_validator(mode="after")
    def _one_form_of_target(self) -> "Goal":
        if self.target is not None and self.targets:
            raise ValueError("a goal has either `target` or `targets`, not both")
        return self

    def all_targets(self) -> list[Target]:
        """The goal's targets, in order, whichever form the plan wrote them in."""
        if self.target is not None:
            return [self.target]
        return list(self.targets)

    def all_target_groups(self) -> list[str]:
        """The target groups the goal is for: its own, then its targets', each once, in order."""
        groups = [*self.target_groups, *(code for target in self.all_targets() for code in target.target_groups)]
        return list(dict.fromkeys(groups))


class KeyFigure(PlanModel):
    """A nøgletal: one figure the plan states about the labour market."""

    name: str = Field(description="What is measured: 'erhvervsfrekvens', 'a-dagpengemodtagere'.")
    value: AmountField
    period: PeriodField | None = Field(default=None, description="When the figure was measured.")
    area: str | None = Field(default=None, description="Where: the municipality, 'hele landet', 'RAR Hovedstaden'.")
    target_groups: list[TargetGroupField] = Field(default_factory=_empty)
    text: str | None = Field(default=None, description="The sentence that states the figure, verbatim.")


class TableRow(PlanModel):
    label: str
    cells: list[CellField]


class Table(PlanModel):
    """A data table as printed: a header row and labelled rows."""

    title: str
    columns: list[str] = Field(description="The header row, the first being the row labels' header.")
    rows: list[TableRow]
    note: str | None = Field(default=None, description="A footnote printed under the table.")


class Figure(PlanModel):
    """A figur: a chart, diagram or image the plan prints in a section, whose content is no text."""

    number: str | None = Field(default=None, description="The number as printed: '1' for 'Figur 1'; omit if none.")
    caption: str | None = Field(default=None, description="The caption as printed, if the figure has one.")
    shows: str | None = Field(
        default=None, description="What the figure shows, in the plan writer's words, when no caption says it."
    )
    holds_goals: bool = Field(
        default=False,
        description="The section's goals or their targets are printed only in this figure, not in the text.",
    )

    def label(self) -> str:
        """How a message names the figure: its number, else its caption or what it shows."""
        return self.number or self.caption or self.shows or ""


class Section(PlanModel):
    """A section of the plan (indsatsområde, fokusområde, chapter) in document order."""

    id: str | None = Field(default=None, description="A stable id for diffs, e.g. 'unge'.")
    number: str | None = Field(default=None, description="The number as printed: '3.', '2.1'.")
    title: str
    level: WholeNumber = Field(default=1, ge=1, le=4, description="1 for a chapter, 2 for a sub-heading.")
    target_groups: list[TargetGroupField] = Field(default_factory=_empty)
    prose: list[str] = Field(default_factory=_empty, description="The section's paragraphs, verbatim.")
    goals: list[Goal] = Field(default_factory=_empty)
    success_criteria: list[Goal] = Field(
        default_factory=_empty, description="Succeskriterier, as goals with their targets."
    )
    initiatives: list[str] = Field(
        default_factory=_empty, description="Indsatsområder: the list of efforts the section names."
    )
    key_figures: list[KeyFigure] = Field(default_factory=_empty)
    tables: list[Table] = Field(default_factory=_empty)
    figures: list[Figure] = Field(
        default_factory=_empty, description="The figures printed in the section (charts, diagrams, images)."
    )

    def goal_figure(self) -> Figure | None:
        """The figure that holds the section's goals, when the text does not."""
        return next((figure for figure in self.figures if figure.holds_goals), None)


class OverviewGoal(PlanModel):
    id: str | None = None
    text: str = Field(description="The goal as the overview prints it, verbatim.")
    follow_up: list[str] = Field(default_factory=_empty)


class OverviewGroup(PlanModel):
    heading: str | None = Field(default=None, description="The group heading as printed.")
    goals: list[OverviewGoal]


class GoalOverview(PlanModel):
    """The goal overview ('Oversigt over mål') as the document prints it."""

    title: str
    label: str | None = Field(default=None, description="The appendix label printed with it, e.g. 'Bilag A'.")
    groups: list[OverviewGroup]


class ContentsEntry(PlanModel):
    """A line of the table of contents (indholdsfortegnelse) as printed."""

    title: str
    number: str | None = None
    page: Annotated[WholeNumber, Field(ge=1)] | None = None


class Plan(PlanModel):
    """A municipal employment plan (beskæftigelsesplan)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"title": "planctl plan (beskæftigelsesplan)"},
    )

    municipality: Municipality
    title: str = Field(description="The plan's title as printed.")
    period: PeriodField = Field(description="The plan year ('2019') or span ('2019-2023').")
    status: Status = Field(
        description="draft (udkast), final, adopted (vedtaget), or unknown when the document states none."
    )
    version: str | None = Field(
        default=None, description="The version label as printed: 'revideret 2020', '2. udkast'."
    )
    date: datetime.date | None = Field(default=None, description="The date the document carries.")
    source: Source | None = None
    minister_goals: Annotated[MinisterGoalList, BeforeValidator(_year_only)] | None = Field(
        default=None,
        description="The year of the minister's goals the plan answers, or the goals as the plan lists them.",
    )
    contents: list[ContentsEntry] = Field(default_factory=_empty, description="The table of contents as printed.")
    sections: list[Section]
    goal_overview: GoalOverview | None = None

    @property
    def minister_goal_year(self) -> int | None:
        return self.minister_goals.year if self.minister_goals else None

    def goal_figures(self) -> list[tuple[int, Figure]]:
        """Every figure that holds goals, with the index of its section: a plan whose goals stand
        only in a figure has its goals there, not missing."""
        return [(index, figure) for index, section in enumerate(self.sections)
                if (figure := section.goal_figure()) is not None]

    def all_goals(self) -> list[tuple[tuple[str | int, ...], Goal]]:
        """Every goal and success criterion with its path in the plan, in document order."""
        found: list[tuple[tuple[str | int, ...], Goal]] = []
        for s, section in enumerate(self.sections):
            for g, goal in enumerate(section.goals):
                found.append((("sections", s, "goals", g), goal))
            for c, criterion in enumerate(section.success_criteria):
                found.append((("sections", s, "success_criteria", c), criterion))
        return found
