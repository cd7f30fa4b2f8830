"""planctl diff: align two plans and say what changed, goal by goal and word by word."""

from planctl.diff.changes import Alignment, Area, Change, Kind, PlanDiff, Side
from planctl.diff.plan import diff_plans
from planctl.diff.words import WordOp, word_diff

__all__ = ["Alignment", "Area", "Change", "Kind", "PlanDiff", "Side", "WordOp", "diff_plans", "word_diff"]
