"""diff says a change of the plan's list of ministermål in the domain's words, in every text format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planctl.diff import Kind, diff_plans
from planctl.load import load_plan
from tests.conftest import RunCli

PLAN = """\
municipality:
  name: Testby Kommune
  code: "999"
title: Beskæftigelsesplan {year}
period: {year}
status: final
minister_goals: {year}
sections:
  - title: Beskæftigelse
    goals:
      - text: Flere skal i job.
"""
# 2020 kept three of the seven goals of 2019, the refugee goal without its final full stop
# and with one more: none is added.
DROPPED_DA = (
    "udgået 'Flere personer skal i beskæftigelse eller uddannelse i stedet for at være på offentlig forsørgelse', "
    "'Flere jobparate personer på kontanthjælp skal i beskæftigelse og flere aktivitetsparate bliver jobparate eller "
    "kommer i beskæftigelse. Der bør i indsatsen være et særligt fokus på kvinder med indvandrerbaggrund.', "
    "'Bekæmpelsen af socialt bedrageri og fejludbetalinger skal styrkes' og 'Udsatte ledige skal have en indsats'"
)


def _plans(tmp_path: Path, old: int = 2019, new: int = 2020) -> tuple[Path, Path]:
    (tmp_path / "old.yaml").write_text(PLAN.format(year=old), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(PLAN.format(year=new), encoding="utf-8")
    return tmp_path / "old.yaml", tmp_path / "new.yaml"


def test_the_change_of_year_is_one_change_of_the_list_with_the_goals_dropped(tmp_path: Path) -> None:
    old, new = _plans(tmp_path)
    diff = diff_plans(load_plan(old), load_plan(new))
    [change] = [c for c in diff.changes if c.kind is Kind.minister_goal_list_changed]
    assert (change.old, change.new) == ("2019 (7)", "2020 (3)")
    assert change.detail is not None and change.detail.da == DROPPED_DA
    assert change.detail.en.startswith("dropped 'Flere personer skal i beskæftigelse")
    assert change.detail.en.endswith("and 'Udsatte ledige skal have en indsats'")
    assert (change.before and change.before.line, change.after and change.after.line) == (7, 7)


def test_text_says_it_in_danish_and_english(tmp_path: Path, planctl: RunCli) -> None:
    old, new = _plans(tmp_path)
    danish = planctl("diff", str(old), str(new), "--lang", "da").out
    assert f"ministermålsliste ændret: [-ministermål for 2019 (7)-] → {{+ministermål for 2020 (3)+}}  ({DROPPED_DA})" \
        in danish
    english = planctl("diff", str(old), str(new), "--lang", "en").out
    assert "list of ministermål changed: [-ministermål of 2019 (7)-] → {+ministermål of 2020 (3)+}  (dropped '" \
        in english


@pytest.mark.parametrize("lang", ["da", "en"])
def test_markdown_and_json_say_it_too(tmp_path: Path, planctl: RunCli, lang: str) -> None:
    old, new = _plans(tmp_path, 2020, 2021)
    markdown = planctl("diff", str(old), str(new), "--format", "markdown", "--lang", lang).out
    added = {"da": "tilføjet 'Alle ledige skal have en værdig sagsbehandling' og 'Flere ledige skal opkvalificeres'",
             "en": "added 'Alle ledige skal have en værdig sagsbehandling' and 'Flere ledige skal opkvalificeres'"}
    label = {"da": "Ministermålsliste ændret: ~~ministermål for 2020 (3)~~ → **ministermål for 2021 (5)**",
             "en": "List of ministermål changed: ~~ministermål of 2020 (3)~~ → **ministermål of 2021 (5)**"}
    assert label[lang] in markdown
    assert added[lang] in markdown
    [change] = [c for c in json.loads(planctl("diff", str(old), str(new), "--format", "json", "--lang", lang).out)
                ["changes"] if c["kind"] == "minister-goal-list-changed"]
    assert (change["old"], change["new"], change["detail"]) == ("2020 (3)", "2021 (5)", added[lang])


def test_the_same_list_is_no_change(tmp_path: Path) -> None:
    old, new = _plans(tmp_path, 2021, 2022)  # 2022 carried the goals of 2021 over
    diff = diff_plans(load_plan(old), load_plan(new))
    changes = [c for c in diff.changes if c.kind is Kind.minister_goal_list_changed]
    assert [(c.old, c.new, c.detail) for c in changes] == [("2021 (5)", "2022 (5)", None)]
    same = diff_plans(load_plan(old), load_plan(old))
    assert not [c for c in same.changes if c.kind is Kind.minister_goal_list_changed]


LINKED = PLAN.replace("      - text: Flere skal i job.\n", "      - text: Flere flygtninge skal i job.\n"
                      "        minister_goals: [{refugees}]\n")


def test_a_link_to_the_same_goal_under_a_new_number_is_no_change(tmp_path: Path) -> None:
    (tmp_path / "old.yaml").write_text(LINKED.format(year=2019, refugees=3), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(LINKED.format(year=2020, refugees=2), encoding="utf-8")
    (tmp_path / "other.yaml").write_text(LINKED.format(year=2020, refugees=3), encoding="utf-8")
    old = load_plan(tmp_path / "old.yaml")
    renumbered = diff_plans(old, load_plan(tmp_path / "new.yaml"))
    assert not [c for c in renumbered.changes if c.kind is Kind.minister_goals_changed]
    relinked = diff_plans(old, load_plan(tmp_path / "other.yaml"))  # no. 3 of 2020 is the handicap goal
    assert [(c.old, c.new) for c in relinked.changes if c.kind is Kind.minister_goals_changed] == [("3", "3")]
