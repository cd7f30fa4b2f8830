"""The plan format: Pydantic models and the Danish value types they use."""

import os

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

# planctl uses no Pydantic plugins. Without this, building the first validator scans the entry
# points of every installed package for them (3-5 ms of `check`'s start-up). The switch is
# Pydantic's own, documented under "Disabling Plugins"; a value the user has set is kept.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

__all__ = [
    "ContentsEntry", "Figure", "FollowUpGoal", "Goal", "GoalOverview", "KeyFigure", "MinisterGoalList",
    "Municipality", "OverviewGoal", "OverviewGroup", "Period", "PeriodPoint", "Placeholder",
    "Plan", "PrintedMinisterGoal", "Quantity", "Section", "Source", "Table", "TableRow", "Target",
]
