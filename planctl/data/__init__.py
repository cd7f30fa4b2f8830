"""Reference data shipped with planctl: the minister's goals per year and the
target-group vocabulary. Read from the package, never fetched at run time."""

# No `from __future__ import annotations` here: typing.NamedTuple makes each annotation written as
# text a ForwardRef, compiling it (~8 µs a field at import); written as Python reads them, it does not.

from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml

# The minister's goals were abolished by LOV nr. 1656 af 30/12/2024 (§ 19 repealed).
LAST_MINISTER_GOAL_YEAR = 2024


# NamedTuples, not frozen dataclasses: made at import far faster (see `errors.Problem`).
class MinisterGoalYear(NamedTuple):
    """The minister's goals of one plan year, and how well the list is verified."""

    year: int
    goals: tuple[str, ...]
    status: str
    note: str | None = None
    minister: str | None = None


class MinisterGoalTheme(NamedTuple):
    """What a local goal answering a minister's goal of one theme looks like (minister_goal_themes.yaml)."""

    name: str
    found_in: tuple[str, ...]
    target_groups: tuple[str, ...]
    words: tuple[str, ...]


class TargetGroupInfo(NamedTuple):
    """A target group of the vocabulary: its code, label, kind and the words that name it."""

    code: str
    label: str
    kind: str
    words: tuple[str, ...]


# The files beside this module, read as plain files: planctl is installed as a folder (a wheel or
# editable), never run from a zip. importlib.resources would find them too, but its first use in a
# process imports its readers and costs ~1.3 ms of `check`'s start-up.
_FOLDER = Path(__file__).parent


def _read(name: str) -> Any:
    text = (_FOLDER / name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@cache
def minister_goal_years() -> dict[int, MinisterGoalYear]:
    """Every plan year the shipped data knows, with its goals."""
    return {
        int(year): MinisterGoalYear(
            year=int(year),
            goals=tuple(entry.get("goals") or ()),
            status=entry["status"],
            note=entry.get("note"),
            minister=entry.get("minister"),
        )
        for year, entry in _read("minister_goals.yaml").items()
    }


def minister_goals_for(year: int) -> MinisterGoalYear | None:
    return minister_goal_years().get(year)


@cache
def minister_goal_themes() -> tuple[MinisterGoalTheme, ...]:
    """The themes of the minister's goals, in the file's order."""
    return tuple(
        MinisterGoalTheme(name, tuple(entry["found_in"]), tuple(entry["target_groups"]), tuple(entry["words"]))
        for name, entry in _read("minister_goal_themes.yaml").items()
    )


@cache
def target_groups() -> dict[str, TargetGroupInfo]:
    """The controlled vocabulary of target groups, by code."""
    return {
        code: TargetGroupInfo(code, entry["label"], entry["kind"], tuple(entry["words"]))
        for code, entry in _read("target_groups.yaml").items()
    }


def target_group_label(code: str) -> str:
    """A target group's label from the vocabulary (Danish domain words, in either language); else the code."""
    info = target_groups().get(code)
    return info.label if info is not None else code


@cache
def municipalities() -> dict[str, str]:
    """The 98 municipalities: kommunekode -> name ('173' -> 'Lyngby-Taarbæk')."""
    return {str(code): str(name) for code, name in _read("municipalities.yaml").items()}
