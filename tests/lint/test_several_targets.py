"""Rules on a goal with several targets: each target is read, and a finding on one points at its line."""

from __future__ import annotations

from pathlib import Path

from tests.lint.helpers import lint

# "henholdsvis 275 og 443": after the plan's 6 header lines, line 16 holds targets[0]'s value, 20 targets[1]'s.
GOAL = """\
sections:
- title: Sygedagpenge og jobafklaring
  goals:
  - id: MÅL 3
    text: Antallet af borgere i jobafklaringsforløb og på sygedagpenge må ikke overstige
      henholdsvis {first} og {second} personer i 2019.
    targets:
    - kind: {kind}
      direction: at_most
      value: {first} personer
      target_groups: [jobafklaringsforloeb]
    - kind: {kind}
      direction: at_most
      value: {second} personer
      target_groups: [sygedagpenge]
"""


def _goal(first: str = "275", second: str = "443", kind: str = "level") -> str:
    return GOAL.format(first=first, second=second, kind=kind)


def test_a_placeholder_in_the_second_target_is_reported_at_its_line(tmp_path: Path) -> None:
    assert lint(tmp_path, _goal(second="x"), "U001") == [("U001", 20, 14)]
    assert lint(tmp_path, _goal(first="xx"), "U001") == [("U001", 16, 14)]
    assert lint(tmp_path, _goal(), "U001") == []


def test_the_placeholder_in_the_goal_text_is_left_to_the_typed_value(tmp_path: Path) -> None:
    assert lint(tmp_path, _goal(second="x"), "U002") == []


def test_a_goal_with_two_measurable_targets_has_a_target(tmp_path: Path) -> None:
    assert lint(tmp_path, _goal(), "M002") == []
    assert lint(tmp_path, _goal(kind="qualitative"), "M002") == [("M002", 11, 11)]
