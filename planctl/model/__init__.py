"""The plan format: Pydantic models and the Danish value types they use."""

from planctl.model.plan import (
    ContentsEntry,
    FollowUpGoal,
    Goal,
    GoalOverview,
    KeyFigure,
    MinisterGoalList,
    Municipality,
    OverviewGoal,
    OverviewGroup,
    Plan,
    Section,
    Source,
    Table,
    TableRow,
    Target,
)
from planctl.model.values import Period, PeriodPoint, Placeholder, Quantity

__all__ = [
    "ContentsEntry", "FollowUpGoal", "Goal", "GoalOverview", "KeyFigure", "MinisterGoalList",
    "Municipality", "OverviewGoal", "OverviewGroup", "Period", "PeriodPoint", "Placeholder",
    "Plan", "Quantity", "Section", "Source", "Table", "TableRow", "Target",
]
