"""Running compare on files: load each plan, check it, and compare them.

A plan that cannot be read or validated stops the comparison (exit 2 with every problem),
since a comparison with a column missing would mislead.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from planctl.compare.build import compare_plans
from planctl.compare.inputs import ComparedPlan, CompareOptions
from planctl.compare.model import Comparison
from planctl.errors import PlanctlError, Problem
from planctl.lint.config import config_for
from planctl.lint.report import CheckOptions
from planctl.lint.run import lint_plan
from planctl.load import LoadedPlan, load_plan


def compare_files(files: Sequence[Path], options: CompareOptions) -> Comparison:
    """Load and check each plan file, then compare the plans; the one library call of `planctl compare`."""
    problems: list[Problem] = []
    loaded: list[LoadedPlan] = []
    for path in files:
        try:
            loaded.append(load_plan(path, lang=options.lang))
        except PlanctlError as error:
            problems.extend(error.problems)
    if problems:
        raise PlanctlError(problems)
    if not loaded:
        raise PlanctlError(Problem("no plans to compare", hint="name plan files or folders"))
    check = CheckOptions(lang=options.lang)
    plans = [
        ComparedPlan(file=str(plan.path), plan=plan.plan,
                     findings=lint_plan(plan, check, config_for(plan.path.parent)).findings
                     if "quality" in options.rows else None)
        for plan in loaded
    ]
    return compare_plans(plans, options)
