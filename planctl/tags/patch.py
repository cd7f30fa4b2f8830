"""A unified diff that adds suggested `target_groups:` lists to a plan file, for `git apply`.

The plan file itself is never written. The YAML is composed again to find where each
section or goal mapping ends its leading keys (a section's title and level, a goal's text,
target and minister_goals), and the list is inserted there, at the mapping's indentation,
in the block style the plans use. Everything else in the file stays byte for byte.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from pathlib import Path

import yaml

from planctl.model.walk import PlanPath

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# target_groups follows these keys in the plan format's order.
_BEFORE = {
    "section": ("id", "number", "title", "level"),
    "goal": ("id", "text", "target", "targets", "follow_up", "minister_goals"),
}


def tag_patch(text: str, path: Path, additions: Mapping[PlanPath, tuple[str, ...]]) -> tuple[str, list[PlanPath]]:
    """The diff adding each path's target groups, and the paths that could not be patched."""
    root = yaml.compose(text, Loader=_Loader)
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    inserts: list[tuple[int, list[str]]] = []
    skipped: list[PlanPath] = []
    for where, codes in additions.items():
        node = _node_at(root, where)
        place = _insertion(node, lines, "goal" if len(where) > 2 else "section") if node is not None else None
        if place is None:
            skipped.append(where)
            continue
        line, indent = place
        inserts.append((line, [f"{' ' * indent}target_groups:\n", *(f"{' ' * indent}- {code}\n" for code in codes)]))
    patched = list(lines)
    for line, new in sorted(inserts, key=lambda insert: insert[0], reverse=True):
        patched[line:line] = new
    name = path.as_posix().lstrip("/")
    diff = difflib.unified_diff(lines, patched, fromfile=f"a/{name}", tofile=f"b/{name}")
    return "".join(diff), skipped


def _node_at(root: yaml.Node | None, where: PlanPath) -> yaml.MappingNode | None:
    node: yaml.Node | None = root
    for key in where:
        if isinstance(key, int) and isinstance(node, yaml.SequenceNode) and key < len(node.value):
            node = node.value[key]
        elif isinstance(key, str) and isinstance(node, yaml.MappingNode):
            node = next((value for k, value in node.value if k.value == key), None)
        else:
            return None
    return node if isinstance(node, yaml.MappingNode) else None


def _insertion(node: yaml.MappingNode, lines: list[str], kind: str) -> tuple[int, int] | None:
    """(0-based line to insert before, indentation), or None for a mapping this cannot patch."""
    keys = {key.value: value for key, value in node.value}
    if node.flow_style or "target_groups" in keys or not node.value:
        return None
    before = [keys[name] for name in _BEFORE[kind] if name in keys]
    if not before:
        return None
    end = max((value.end_mark for value in before), key=lambda mark: (mark.line, mark.column))
    indent = node.value[0][0].start_mark.column
    if end.line >= len(lines):
        return len(lines), indent
    at_line_start = not lines[end.line][:end.column].strip()
    return (end.line if at_line_start else end.line + 1), indent
