"""Where in a plan a path points, in the words a reader knows: the goal's id or the section's title."""

from __future__ import annotations

import re

from planctl.model.plan import Goal, KeyFigure, Plan, Section

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


def place_name(plan: Plan, path: str) -> str:
    """'MÅL 1', 'Indsatsområde: Unge', 'Oversigt over mål', or the plan field ('title')."""
    section, item = located(plan, path)
    if isinstance(item, Goal) and item.id:
        return item.id
    if section is not None:
        return section.title
    if path.startswith("goal_overview") and plan.goal_overview is not None:
        return _overview_place(plan, path)
    if path.startswith("contents"):
        return "Indholdsfortegnelse"
    return path


def _overview_place(plan: Plan, path: str) -> str:
    """'Oversigt over mål, MÅL 7': the overview's title and, where the path says, the goal's id."""
    assert plan.goal_overview is not None
    match = _OVERVIEW_GOAL.match(path)
    groups = plan.goal_overview.groups
    if match is not None and int(match[1]) < len(groups) and int(match[2]) < len(groups[int(match[1])].goals):
        goal_id = groups[int(match[1])].goals[int(match[2])].id
        if goal_id:
            return f"{plan.goal_overview.title}, {goal_id}"
    return plan.goal_overview.title


def concerns(plan: Plan, path: str, group: str) -> bool:
    """The goal, key figure or section at `path` is tagged with the target group.

    An item with its own target groups is judged by them; one without takes its section's.
    """
    section, item = located(plan, path)
    if section is None:
        return False
    if item is not None and item.target_groups:
        return group in item.target_groups
    return group in section.target_groups
