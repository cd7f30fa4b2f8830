"""A goal with two targets, each for its own target group, compared with Lyngby-Taarbæk 2019.

"Antallet af borgere i jobafklaringsforløb og på sygedagpenge må ikke overstige henholdsvis
275 og 443 i 2020" is one goal: it counts under both target groups, each with its own value
(issue 12, point 1). Before, the second group was shown with no goal.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import PLANS, ROOT, RunCli

TWO_TARGETS = ROOT / "tests" / "compare" / "plans" / "two-targets-2020.yaml"
LYNGBY = PLANS / "lyngby-taarbaek-2019.yaml"


def _cells(planctl: RunCli, lang: str) -> dict[str, dict[str, object]]:
    """The two-target plan's cell in each target-group row of the comparison, by group."""
    result = planctl("compare", LYNGBY, TWO_TARGETS, "--rows", "target-groups", "--format", "json", "--lang", lang)
    assert result.code == 0, result.err
    rows = json.loads(result.out)["groups"][0]["rows"]
    return {row["key"]: row["cells"][1] for row in rows}


def test_compare_counts_the_goal_for_both_target_groups_in_json(planctl: RunCli) -> None:
    cells = _cells(planctl, "da")
    for group, value in (("jobafklaringsforloeb", "≤ 275 personer i 2020"), ("sygedagpenge", "≤ 443 personer i 2020")):
        cell = cells[group]
        assert (cell["state"], cell["count"], cell["kinds"]) == ("goals", 1, {"level": 1}), group
        assert cell["targets"] == [{
            "goal": "MÅL 3", "kind": "level", "short": value, "unfilled": False,
            "text": "Antallet af borgere i jobafklaringsforløb og på sygedagpenge må ikke overstige "
                    "henholdsvis 275 og 443 i 2020.",
        }]
    assert cells["-"]["state"] == "absent"  # the goal has target groups, so it is not "for no particular group"


def test_compare_shows_each_groups_own_value_in_text(planctl: RunCli) -> None:
    result = planctl("compare", LYNGBY, TWO_TARGETS, "--rows", "target-groups", "--lang", "en",
                     env={"COLUMNS": "200"})
    assert result.code == 0, result.err
    lines = [" ".join(line.split()) for line in result.out.splitlines()]
    row = {line.split(" ")[0]: (line, [*lines, ""][n + 1]) for n, line in enumerate(lines) if line}
    assert row["Jobafklaringsforløb"] == (
        "Jobafklaringsforløb no goals; mentioned in 3 sections 1 goal: level", "MÅL 3: ≤ 275 personer in 2020")
    assert row["Sygedagpengemodtagere"] == (
        "Sygedagpengemodtagere 1 goal: level 1 goal: level", "Mål 5: ≥ 26%, avg. 2019 MÅL 3: ≤ 443 personer in 2020")
    assert "No particular target group 1 goal: qualitative none" in lines


def test_target_and_targets_together_is_one_error_at_the_goals_line(planctl: RunCli, tmp_path: Path) -> None:
    text = TWO_TARGETS.read_text(encoding="utf-8").replace(
        "    targets:\n", '    target: {kind: level, value: 275 personer, period: "2020"}\n    targets:\n', 1)
    plan = tmp_path / "both.yaml"
    plan.write_text(text, encoding="utf-8")
    result = planctl("check", plan, "--format", "concise")
    assert result.code == 2
    assert result.err.splitlines() == [
        f"{plan}:15:5: sections[0].goals[0]: a goal has either `target` or `targets`, not both"]
