"""compare decides ministermål coverage as check does: links given, and inferred where a goal has none."""

from __future__ import annotations

from pathlib import Path

from planctl.compare.inputs import CompareOptions
from planctl.compare.model import Comparison
from planctl.compare.run import compare_files
from planctl.messages import Lang
from tests.compare.helpers import row
from tests.conftest import PLANS
from tests.unlinked import write_without_links


def _compared(tmp_path: Path, lang: str) -> Comparison:
    unlinked = write_without_links(PLANS / "lyngby-taarbaek-2019.yaml", tmp_path / "lyngby-uden-links.yaml")
    return compare_files([PLANS / "lyngby-taarbaek-2019.yaml", unlinked], CompareOptions(lang=Lang(lang)))


def test_a_plan_without_links_is_covered_as_the_linked_one_and_says_the_links_are_inferred(tmp_path: Path) -> None:
    comparison = _compared(tmp_path, "da")
    linked, unlinked = row(comparison, "minister-goals", "minister:coverage").cells
    assert linked.text == unlinked.text == "7 af 7 besvaret"
    assert "links udledt af målgrupper og ordlyd" not in linked.details
    assert "links udledt af målgrupper og ordlyd" in unlinked.details
    refugees = row(comparison, "minister-goals", "minister:2019-3")
    assert [cell.text for cell in refugees.cells] == ["nr. 3: MÅL 6", "nr. 3: MÅL 6"]
    assert [cell.details for cell in refugees.cells] == [[], ["udledt af målgrupper og ordlyd"]]


def test_the_inferred_links_are_said_in_english(tmp_path: Path) -> None:
    comparison = _compared(tmp_path, "en")
    _, unlinked = row(comparison, "minister-goals", "minister:coverage").cells
    assert "links inferred from target groups and wording" in unlinked.details
    _, refugees = row(comparison, "minister-goals", "minister:2019-3").cells
    assert refugees.details == ["inferred from target groups and wording"]


def test_a_goal_answered_by_a_given_and_an_inferred_link_names_the_inferred_one(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("""\
municipality: {name: Testby Kommune, code: "999"}
title: Beskæftigelsesplan 2020
period: 2020
status: final
sections:
  - title: Integration
    goals:
      - {id: Mål 1, text: Flere skal i job., minister_goals: [2]}
      - {id: Mål 2, text: Mindst 70 % af flygtningene skal være selvforsørgende}
""", encoding="utf-8")
    comparison = compare_files([plan], CompareOptions(lang=Lang("da")))
    [refugees] = row(comparison, "minister-goals", "minister:2020-2").cells
    assert (refugees.text, refugees.details) == ("nr. 2: Mål 1, 2", ["udledt af målgrupper og ordlyd: Mål 2"])
    [coverage] = row(comparison, "minister-goals", "minister:coverage").cells
    assert "nogle links udledt af målgrupper og ordlyd" in coverage.details
