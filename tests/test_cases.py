"""Example plans that must pass and must fail, picked up from tests/cases/ automatically.

A plan in `valid/` must validate and `planctl check` must exit 0 on it (warnings allowed).
A plan in `invalid/` must be refused with exit code 2 and one line that points at the place:
its first line says where and what, `# expect: LINE:COL fragment of the message`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import RunCli

CASES = Path(__file__).parent / "cases"
VALID = sorted((CASES / "valid").glob("*.yaml"))
INVALID = sorted((CASES / "invalid").glob("*.yaml"))
_EXPECT = re.compile(r"^# expect: (\d+):(\d+) (.+)$")


def test_there_are_cases_of_both_kinds() -> None:
    assert len(VALID) >= 5 and len(INVALID) >= 10


@pytest.mark.parametrize("plan", VALID, ids=[p.stem for p in VALID])
def test_a_valid_plan_passes(plan: Path, planctl: RunCli) -> None:
    result = planctl("check", plan, "--format", "concise")
    assert result.code == 0, result.out + result.err
    assert result.err == ""


@pytest.mark.parametrize("plan", INVALID, ids=[p.stem for p in INVALID])
def test_an_invalid_plan_is_refused_at_the_expected_place(plan: Path, planctl: RunCli) -> None:
    expected = _EXPECT.match(plan.read_text(encoding="utf-8").splitlines()[0])
    assert expected is not None, f"{plan.name} must start with '# expect: LINE:COL message fragment'"
    line, column, fragment = expected.groups()
    before = plan.read_bytes()
    result = planctl("check", plan, "--format", "concise")
    assert result.code == 2
    problem = result.err.splitlines()[0]
    assert problem.startswith(f"{plan}:{line}:{column}: "), problem
    assert fragment in problem, problem
    assert "Traceback" not in result.err
    assert plan.read_bytes() == before
