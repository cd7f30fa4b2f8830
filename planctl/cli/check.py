"""planctl check: validate plans (and, with the lint rules, find what is wrong in them)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from planctl.cli.common import EXIT_OK, EXIT_TROUBLE, guarded
from planctl.errors import PlanctlError, Problem
from planctl.load import load_plan
from planctl.paths import discover_plans


def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Plan files, or folders to search for *.yaml.", show_default=False),
    ] = None,
) -> None:
    """Validate plans against the plan format.

    Example: planctl check plans/
    """
    raise SystemExit(guarded(lambda: _check(paths or [Path(".")])))


def _check(paths: list[Path]) -> int:
    files = discover_plans(paths)
    invalid: list[Problem] = []
    for path in files:
        try:
            load_plan(path)
        except PlanctlError as error:
            invalid.extend(error.problems)
    for problem in invalid:
        print(problem, file=sys.stderr)
    bad_files = len({p.file for p in invalid})
    noun = "plan" if len(files) == 1 else "plans"
    if bad_files:
        print(f"{len(files)} {noun} checked: {bad_files} invalid.")
        return EXIT_TROUBLE
    print(f"{len(files)} {noun} checked: all valid.")
    return EXIT_OK
