from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"

MINIMAL_PLAN = """\
municipality:
  name: Lyngby-Taarbæk Kommune
  code: "173"
title: Beskæftigelsesplan 2019
period: 2019
status: draft
minister_goals: 2019
sections:
  - title: "Indsatsområde: Unge"
    goals:
      - id: MÅL 2
        text: Antallet af unge skal falde med x pct. fra 2018 til 2019.
        target:
          kind: change
          direction: decrease
          value: x pct.
          baseline: "2018"
          period: "2019"
"""


@pytest.fixture
def write_plan(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write YAML text (dedented) to a plan file and return its path."""

    def write(text: str, name: str = "plan.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write
