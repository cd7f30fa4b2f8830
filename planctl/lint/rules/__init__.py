"""The lint rules, registered in one explicit table (in the order `planctl rules` lists them).

Families: U unfinished text, C consistency, M completeness, S suppressions.
"""

from __future__ import annotations

from planctl.lint.rule import Rule
from planctl.lint.rules.announced_list_empty import AnnouncedListEmpty
from planctl.lint.rules.contents_missing_section import ContentsMissingSection
from planctl.lint.rules.count_contradicts_percentage import CountContradictsPercentage
from planctl.lint.rules.dangling_reference import DanglingReference
from planctl.lint.rules.deferred_target import DeferredTarget
from planctl.lint.rules.draft_marker import DraftMarker
from planctl.lint.rules.duplicate_heading import DuplicateHeading
from planctl.lint.rules.duplicated_text import DuplicatedText
from planctl.lint.rules.editorial_note import EditorialNote
from planctl.lint.rules.field_code_error import FieldCodeError
from planctl.lint.rules.goal_numbering import GoalNumbering
from planctl.lint.rules.goal_period import GoalPeriodOutsidePlan
from planctl.lint.rules.goal_without_size import GoalWithoutSize
from planctl.lint.rules.goal_without_target import GoalWithoutTarget
from planctl.lint.rules.heading_mismatch import HeadingMismatch
from planctl.lint.rules.malformed_date import MalformedDate
from planctl.lint.rules.measurement_undecided import MeasurementUndecided
from planctl.lint.rules.minister_goal_count import MinisterGoalCount
from planctl.lint.rules.minister_goal_misquoted import MinisterGoalMisquoted
from planctl.lint.rules.minister_goal_unanswered import MinisterGoalUnanswered
from planctl.lint.rules.missing_number import MissingNumber
from planctl.lint.rules.municipality_name import MunicipalityNameMisspelt
from planctl.lint.rules.no_measurable_goal import NoMeasurableGoal
from planctl.lint.rules.overview_wording import OverviewDiffersFromBody
from planctl.lint.rules.placeholder_in_prose import PlaceholderInProse
from planctl.lint.rules.placeholder_value import PlaceholderValue
from planctl.lint.rules.plan_period_contradicted import PlanPeriodContradicted
from planctl.lint.rules.prose_contradicts_table import ProseContradictsTable
from planctl.lint.rules.repeated_passage import RepeatedPassage
from planctl.lint.rules.section_numbering import SectionNumbering
from planctl.lint.rules.table_arithmetic import TableArithmetic
from planctl.lint.rules.unused_suppression import UnusedSuppression

RULES: tuple[type[Rule], ...] = (
    PlaceholderValue,
    PlaceholderInProse,
    EditorialNote,
    DraftMarker,
    FieldCodeError,
    GoalPeriodOutsidePlan,
    MalformedDate,
    OverviewDiffersFromBody,
    HeadingMismatch,
    GoalNumbering,
    TableArithmetic,
    ProseContradictsTable,
    CountContradictsPercentage,
    DanglingReference,
    DuplicatedText,
    SectionNumbering,
    MinisterGoalUnanswered,
    GoalWithoutTarget,
    DeferredTarget,
    MinisterGoalMisquoted,
    UnusedSuppression,
    MissingNumber,
    MunicipalityNameMisspelt,
    PlanPeriodContradicted,
    RepeatedPassage,
    ContentsMissingSection,
    DuplicateHeading,
    GoalWithoutSize,
    MeasurementUndecided,
    NoMeasurableGoal,
    AnnouncedListEmpty,
    MinisterGoalCount,
)

# The families' names, as the summary of check and the quality rows of compare say them.


def rule_by_id(rule_id: str) -> type[Rule] | None:
    wanted = rule_id.strip().upper()
    return next((rule for rule in RULES if rule.id == wanted or rule.name == rule_id.strip()), None)
