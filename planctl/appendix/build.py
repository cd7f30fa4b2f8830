"""build_appendix: a plan, its check findings and optionally a diff -> the meeting appendix (pure).

The short target comes from `compare/targets.py` (the one short form planctl has, shared with
`compare`); the changes are the diff's; the open items are check's findings. With a focus, the
builder keeps what concerns one target group and counts what it left out, so the appendix can
say so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from planctl.appendix.changes import appendix_changes
from planctl.appendix.model import (
    Appendix,
    Focus,
    GoalGroup,
    GoalRow,
    KeyFigureRow,
    MinisterCoverage,
    MinisterGoalRow,
    TitleBlock,
)
from planctl.appendix.open_items import open_items
from planctl.appendix.places import concerns
from planctl.compare.targets import short_targets
from planctl.data import minister_goals_for, target_group_label, target_groups
from planctl.diff.changes import Area, Change, PlanDiff
from planctl.lint.finding import Finding
from planctl.load import LoadedPlan
from planctl.messages import Lang, say
from planctl.model.plan import Plan, PrintedMinisterGoal
from planctl.model.walk import format_path


@dataclass(frozen=True)
class AppendixOptions:
    lang: Lang = Lang.da
    meeting: str | None = None
    focus: str | None = None  # a target group code from the shipped vocabulary


def focus_groups() -> list[str]:
    """The target groups --focus accepts: the shipped vocabulary's codes."""
    return sorted(target_groups())


def build_appendix(loaded: LoadedPlan, findings: Sequence[Finding], diff: PlanDiff | None,
                   options: AppendixOptions) -> Appendix:
    plan, focus = loaded.plan, options.focus
    goals = _goal_groups(plan, options.lang, focus)
    all_goals = _goal_groups(plan, options.lang, None)
    coverage = _coverage(plan, all_goals, goals if focus else None)
    figures = _key_figures(plan, focus)
    changes = appendix_changes(diff, _ChangeFilter(diff, focus)) if diff is not None else None
    items = open_items(plan, [f for f in findings if focus is None or concerns(plan, f.path, focus)]) \
        if plan.status == "draft" else None
    appendix = Appendix(
        title=TitleBlock(plan.title, plan.municipality.name, str(plan.period), plan.status, plan.date,
                         options.meeting),
        goal_groups=goals, minister_goals=coverage, key_figures=figures, changes=changes, open_items=items,
    )
    if focus is not None:
        appendix.focus = _focus(plan, focus, findings, diff, appendix, all_goals)
    return appendix


def _goal_groups(plan: Plan, lang: Lang, focus: str | None) -> list[GoalGroup]:
    """The goals under the indsatsområde (the chapter, level 1) they stand in, in the plan's order."""
    groups: list[tuple[str, list[GoalRow]]] = []
    heading = ""
    for index, section in enumerate(plan.sections):
        if section.level == 1 or not heading:
            heading = section.title
        for kind in ("goals", "success_criteria"):
            for position, goal in enumerate(getattr(section, kind)):
                path = format_path(("sections", index, kind, position))
                if focus is not None and not concerns(plan, path, focus):
                    continue
                label = goal.id or say(lang, f"»{heading}«", f"“{heading}”")
                row = GoalRow(path, goal.id or "", label, goal.text, short_targets(goal.all_targets(), lang),
                              tuple(follow.text for follow in goal.follow_up), tuple(goal.minister_goals))
                if not groups or groups[-1][0] != heading:
                    groups.append((heading, []))
                groups[-1][1].append(row)
    return [GoalGroup(heading, tuple(rows)) for heading, rows in groups]


def _coverage(plan: Plan, goals: Iterable[GoalGroup], kept: Iterable[GoalGroup] | None) -> MinisterCoverage | None:
    """Each ministermål of the plan's year with the goals that answer it (with a focus: those the kept goals answer)."""
    year = plan.minister_goal_year
    if year is None:
        return None
    listed = plan.minister_goals.printed_goals() if plan.minister_goals is not None else []
    reference = minister_goals_for(year)
    printed = listed or [PrintedMinisterGoal(text) for text in (reference.goals if reference is not None else ())]
    rows = [row for group in goals for row in group.goals]
    wanted = {n for group in kept for row in group.goals for n in row.minister_goals} if kept is not None else None
    return MinisterCoverage(year, tuple(
        MinisterGoalRow(number, goal.text, _answering(rows, number), goal.expected)
        for number, goal in enumerate(printed, start=1) if wanted is None or number in wanted
    ))


def _answering(rows: Iterable[GoalRow], number: int) -> tuple[str, ...]:
    return tuple(dict.fromkeys(row.label for row in rows if number in row.minister_goals))


def _key_figures(plan: Plan, focus: str | None) -> list[KeyFigureRow]:
    return [
        KeyFigureRow(figure.name, str(figure.value), str(figure.period) if figure.period else None, figure.area)
        for index, section in enumerate(plan.sections)
        for position, figure in enumerate(section.key_figures)
        if focus is None or concerns(plan, format_path(("sections", index, "key_figures", position)), focus)
    ]


class _ChangeFilter:
    """Keeps the changes of the plan itself, and those whose goal, figure or section has the target group."""

    def __init__(self, diff: PlanDiff, focus: str | None) -> None:
        self.diff = diff
        self.focus = focus

    def __call__(self, change: Change) -> bool:
        if self.focus is None or change.area is Area.plan:
            return True
        old, new = self.diff.old_plan, self.diff.new_plan
        return bool((change.before is not None and old is not None and concerns(old, change.before.path, self.focus))
                    or (change.after is not None and new is not None
                        and concerns(new, change.after.path, self.focus)))


def _focus(plan: Plan, group: str, findings: Sequence[Finding], diff: PlanDiff | None, appendix: Appendix,
           all_goals: list[GoalGroup]) -> Focus:
    """What the focus kept, and how much of each kind it left out."""
    every_item = open_items(plan, findings) if appendix.open_items is not None else []
    every_change = appendix_changes(diff) if diff is not None else None
    every_figure = sum(len(section.key_figures) for section in plan.sections)
    every = _coverage(plan, all_goals, None)
    every_minister = len(every.goals) if every is not None else 0
    kept_changes = len(appendix.changes.rows) if appendix.changes is not None else 0
    return Focus(
        group=group,
        label=target_group_label(group),
        sections=tuple(section.title for section in plan.sections if group in section.target_groups),
        goals_left_out=sum(len(g.goals) for g in all_goals) - sum(len(g.goals) for g in appendix.goal_groups),
        changes_left_out=(len(every_change.rows) - kept_changes) if every_change is not None else 0,
        open_items_left_out=len(every_item) - len(appendix.open_items or []),
        key_figures_left_out=every_figure - len(appendix.key_figures),
        minister_goals_left_out=every_minister - (len(appendix.minister_goals.goals) if appendix.minister_goals else 0),
    )
