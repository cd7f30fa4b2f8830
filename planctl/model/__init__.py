"""The plan format: Pydantic models and the Danish value types they use."""

from planctl.model.plan import (
    ContentsEntry,
    Figure,
    FollowUpGoal,
    Goal,
    GoalOverview,
    KeyFigure,
    MinisterGoalList,
    Municipality,
    OverviewGoal,
    OverviewGroup,
    Plan,
    PrintedMinisterGoal,
    Section,
    Source,
    Table,
    TableRow,
    Target,
)
from planctl.model.values import Period, PeriodPoint, Placeholder, Quantity

__all__ = [
    "ContentsEntry", "Figure", "FollowUpGoal", "Goal", "GoalOverview", "KeyFigure", "MinisterGoalList",
    "Municipality", "OverviewGoal", "OverviewGroup", "Period", "PeriodPoint", "Placeholder",
    "Plan", "PrintedMinisterGoal", "Quantity", "Section", "Source", "Table", "TableRow", "Target",
]
