"""Walking a plan: every value with its path, as the YAML file nests it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from pydantic import BaseModel

PathKey = str | int
PlanPath = tuple[PathKey, ...]

Answer = TypeVar("Answer")


class ByType(dict[type, Answer], Generic[Answer]):
    """What a walk does with a value, by its type, worked out by `answer` the first time a type is met:
    isinstance() against a Pydantic model class runs Python code, a dict lookup does not."""

    def __init__(self, answer: Callable[[type], Answer]) -> None:
        super().__init__()
        self._answer = answer

    def __missing__(self, kind: type) -> Answer:
        found = self[kind] = self._answer(kind)
        return found


def _inner(kind: type) -> tuple[str, ...] | bool | None:
    """What the walk goes into: a model's field names, a list (True), or nothing (None)."""
    if issubclass(kind, BaseModel):
        return tuple(kind.model_fields)
    return True if issubclass(kind, list) else None


_INNER = ByType(_inner)


def walk(node: object, path: PlanPath = ()) -> list[tuple[PlanPath, object]]:
    """(path, value) for the node and everything below it, depth first.

    A field that is None or an empty list is not walked into (nor listed). The values are gathered into
    one list by plain recursion: a generator per level, each yielding through all those above it, cost
    a third of a check's walk.
    """
    found: list[tuple[PlanPath, object]] = []
    _gather(node, path, found.append)
    return found


def _gather(node: object, path: PlanPath, add: Callable[[tuple[PlanPath, object]], None]) -> None:
    add((path, node))
    inner = _INNER[type(node)]
    if inner is True:
        assert isinstance(node, list)
        for index, item in enumerate(node):
            _gather(item, path + (index,), add)
    elif inner:
        for name in inner:
            value = getattr(node, name)
            if value is None or (isinstance(value, list) and not value):
                continue
            _gather(value, path + (name,), add)


def format_path(path: PlanPath) -> str:
    """('sections', 3, 'goals', 0) -> 'sections[3].goals[0]'."""
    text = ""
    for key in path:
        if isinstance(key, int):
            text += f"[{key}]"
        else:
            text += f".{key}" if text else key
    return text
