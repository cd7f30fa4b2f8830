"""Which files a command works on: plan files named, and plan files in folders named."""

from __future__ import annotations

from pathlib import Path

from planctl.errors import PlanctlError, Problem

PLAN_SUFFIXES = (".yaml", ".yml")


def discover_plans(paths: list[Path]) -> list[Path]:
    """Expand folders to the plan files inside them (sorted); keep files as named."""
    found: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(
                p for p in path.rglob("*")
                if p.suffix in PLAN_SUFFIXES and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not inside:
                problems.append(Problem("no plan files (*.yaml) in this folder", path))
            found.extend(inside)
        elif path.exists():
            found.append(path)
        else:
            problems.append(Problem("no such file or folder", path))
    if problems:
        raise PlanctlError(problems)
    return list(dict.fromkeys(found))


def same_file(a: Path, b: Path) -> bool:
    """The two paths name one file (so an output would overwrite an input)."""
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
