"""M001 on plans written without `minister_goals` links: the coverage is inferred, and said to be."""

from __future__ import annotations

from pathlib import Path

import pytest

from planctl.lint.config import LintConfig
from planctl.lint.finding import Finding
from planctl.lint.report import CheckOptions
from planctl.lint.run import lint_plan
from planctl.load import load_plan
from tests.conftest import PLANS
from tests.lint.helpers import findings
from tests.unlinked import write_without_links


def _m001(path: Path, lang: str = "en") -> list[Finding]:
    return lint_plan(load_plan(path), CheckOptions(select=("M001",), lang=lang), LintConfig()).findings


def test_lyngby_final_without_links_gets_the_coverage_its_links_give(tmp_path: Path) -> None:
    linked = _m001(PLANS / "lyngby-taarbaek-2019.yaml")
    unlinked = _m001(write_without_links(PLANS / "lyngby-taarbaek-2019.yaml", tmp_path / "lyngby.yaml"))
    assert [f for f in linked if f.severity == "warning"] == []
    assert [f for f in unlinked if f.severity == "warning"] == []
    [said] = unlinked
    assert said.severity == "info"
    assert said.message == ("the plan links no goal to the minister's goals; planctl inferred the links from the "
                            "goals' target groups and wording")
    [danish] = _m001(tmp_path / "lyngby.yaml", "da")
    assert danish.message == ("planen sætter ingen links til ministermålene; planctl har udledt dem af målenes "
                              "målgrupper og ordlyd")


def test_taarnby_without_links_misses_the_same_goals_and_says_the_links_were_inferred(tmp_path: Path) -> None:
    linked = [f for f in _m001(PLANS / "taarnby-2019-2023.yaml") if f.severity == "warning"]
    path = write_without_links(PLANS / "taarnby-2019-2023.yaml", tmp_path / "taarnby.yaml")
    unlinked = [f for f in _m001(path) if f.severity == "warning"]
    assert [f.excerpt for f in unlinked] == [f.excerpt for f in linked] != []
    assert all("(by the plan's links)" in f.message for f in linked)
    assert unlinked[0].message == (
        "minister's goal 5 of 2019 is answered by no local goal (links inferred from target groups and wording): "
        "'Bekæmpelsen af socialt bedrageri og fejludbetalinger skal styrkes'"
    )
    [danish] = [f for f in _m001(path, "da") if f.severity == "warning"][:1]
    assert danish.message == (
        "ministermål 5 for 2019 besvares ikke af noget lokalt mål (links udledt af målgrupper og ordlyd): "
        "'Bekæmpelsen af socialt bedrageri og fejludbetalinger skal styrkes'"
    )


@pytest.mark.parametrize("period", ["2019", "2020"])
def test_a_goal_of_self_supporting_refugees_answers_the_refugee_goal(tmp_path: Path, period: str) -> None:
    body = """\
    sections:
      - title: Integration
        goals:
          - text: Mindst 70 % af flygtningene skal være selvforsørgende
    """
    reported = [f.excerpt or "" for f in findings(tmp_path, body, "M001", period=period) if f.severity == "warning"]
    assert reported != []  # the other goals of the year stay unanswered
    assert not any("flygtninge" in excerpt for excerpt in reported)


def test_a_plan_with_links_and_a_goal_without_says_both(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Beskæftigelse
        goals:
          - text: Virksomhederne skal have arbejdskraft.
            minister_goals: [1]
          - text: Mindst 70 % af flygtningene skal være selvforsørgende
    """
    [finding] = findings(tmp_path, body, "M001", period="2020")
    assert finding.message == (
        "minister's goal 3 of 2020 is answered by no local goal (the plan's links and links inferred from target "
        "groups and wording): 'Flere personer med handicap skal i beskæftigelse.'"
    )
