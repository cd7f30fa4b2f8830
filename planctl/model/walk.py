"""Walking a plan: every value with its path, as the YAML file nests it."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

PathKey = str | int
PlanPath = tuple[PathKey, ...]


def walk(node: object, path: PlanPath = ()) -> Iterator[tuple[PlanPath, object]]:
    """Yield (path, value) for the node and everything below it, depth first."""
    yield path, node
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            value = getattr(node, name)
            if value is None or value == []:
                continue
            yield from walk(value, (*path, name))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from walk(item, (*path, index))


def format_path(path: PlanPath) -> str:
    """('sections', 3, 'goals', 0) -> 'sections[3].goals[0]'."""
    text = ""
    for key in path:
        if isinstance(key, int):
            text += f"[{key}]"
        else:
            text += f".{key}" if text else key
    return text
