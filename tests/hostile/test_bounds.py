"""The acceptance bounds of issue 14, timed: bombs and oversized plans fail at once, with the bound named.

Each time is of the load alone (no interpreter start), with room for a busy machine; each
input is one that hung or took minutes before the bounds (issue 14's table).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from planctl.errors import PlanctlError
from planctl.load import load_plan
from tests.conftest import MINIMAL_PLAN, RunCli
from tests.hostile.corpus.resources import folded_placeholders
from tests.hostile.corpus.yaml_input import amplification, laughs

AT_ONCE = 1.0  # seconds


def _refusal(path: Path) -> tuple[str, float]:
    started = time.monotonic()
    with pytest.raises(PlanctlError) as raised:
        load_plan(path)
    return str(raised.value), time.monotonic() - started


def test_an_alias_bomb_fails_in_under_a_second(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(laughs(9, 10), encoding="utf-8")
    message, seconds = _refusal(path)
    assert seconds < AT_ONCE
    assert "alias" in message


def test_a_900_mb_alias_amplification_fails_in_under_a_second(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(amplification(100_000, 9_000), encoding="utf-8")  # 100 KB x 9,000
    message, seconds = _refusal(path)
    assert seconds < AT_ONCE
    assert "alias" in message and "MB" in message


def test_a_19_mb_plan_is_refused_at_once_by_the_size_bound(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(MINIMAL_PLAN + "    prose:\n" + '      - "Antallet af ledige skal falde."\n' * 500_000,
                    encoding="utf-8")
    assert path.stat().st_size > 19 * 1024 * 1024
    message, seconds = _refusal(path)
    assert seconds < AT_ONCE
    assert message == (f"{path}: the file is larger than 5 MB, the most a plan file may be "
                       "(a real one is far smaller; is it the right file?)")


def test_a_10_mb_line_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(MINIMAL_PLAN.replace("Beskæftigelsesplan 2019", "x" * 10_000_000, 1), encoding="utf-8")
    _, seconds = _refusal(path)
    assert seconds < AT_ONCE


def test_sixty_thousand_placeholders_are_checked_in_linear_time(planctl: RunCli, tmp_path: Path) -> None:
    """'xx pct. ' * 60000 took 50 s when every finding's position re-split the file; 30,000 took 11 s."""
    small, large = tmp_path / "small.yaml", tmp_path / "large.yaml"
    small.write_text(folded_placeholders(15_000), encoding="utf-8")
    large.write_text(folded_placeholders(60_000), encoding="utf-8")
    times = []
    for path in (small, large):
        started = time.monotonic()
        run = planctl("check", path, "--format", "concise")
        times.append(time.monotonic() - started)
        assert run.code == 0 and run.out.count("U002") >= 15_000
    # four times the findings: about four times the time (linear), not sixteen (quadratic); room for a busy machine
    assert times[1] < 10 * times[0] + 2
