"""Where in a plan a path points, in the words a reader knows: the goal's id or the section's title."""

from __future__ import annotations

import re
from typing import Literal

from planctl.model.plan import Goal, KeyFigure, Plan, Section

PlaceArea = Literal["body", "overview", "contents", "plan"]
_OVERVIEW_GOAL = re.compile(r"^goal_overview\.groups\[(\d+)\]\.goals\[(\d+)\]")
_SECTION_PATH = re.compile(r"^sections\[(\d+)\](?:\.(goals|success_criteria|key_figures)\[(\d+)\])?")


def located(plan: Plan, path: str) -> tuple[Section | None, Goal | KeyFigure | None]:
    """The section a path ('sections[11].goals[0].target.value') lies in, and its goal or key figure."""
    match = _SECTION_PATH.match(path)
    if match is None or int(match[1]) >= len(plan.sections):
        return None, None
    section = plan.sections[int(match[1])]
    if match[2] is None:
        return section, None
    items: list[Goal] | list[KeyFigure] = getattr(section, match[2])
    index = int(match[3])
    return section, items[index] if index < len(items) else None


def place_name(plan: Plan, path: str) -> tuple[PlaceArea, str]:
    """Which part of the plan a path lies in, and the name a reader knows it by there.

    ('body', 'MÅL 1'), ('body', 'Indsatsområde: Unge'), ('overview', 'MÅL 7'), ('contents', ''),
    or ('plan', the field) for the plan's own fields. The renderer words the part.
    """
    section, item = located(plan, path)
    if isinstance(item, Goal) and item.id:
        return "body", item.id
    if section is not None:
        return "body", section.title
    if path.startswith("goal_overview") and plan.goal_overview is not None:
        return "overview", _overview_goal(plan, path)
    if path.startswith("contents"):
        return "contents", ""
    return "plan", path


def _overview_goal(plan: Plan, path: str) -> str:
    """The id of the overview's goal the path points into ('MÅL 7'), or '' for the overview itself."""
    assert plan.goal_overview is not None
    match = _OVERVIEW_GOAL.match(path)
    groups = plan.goal_overview.groups
    if match is not None and int(match[1]) < len(groups) and int(match[2]) < len(groups[int(match[1])].goals):
        return groups[int(match[1])].goals[int(match[2])].id or ""
    return ""


def concerns(plan: Plan, path: str, group: str) -> bool:
    """The goal, key figure or section at `path` is tagged with the target group.

    An item with its own target groups (a goal's: its own and its targets') is judged by them;
    one without takes its section's.
    """
    section, item = located(plan, path)
    if section is None:
        return False
    groups = item.all_target_groups() if isinstance(item, Goal) else item.target_groups if item is not None else []
    if groups:
        return group in groups
    return group in section.target_groups
