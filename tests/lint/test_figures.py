"""Figures a plan lists: a reference to a listed figure is not dangling (C009), and goals that
stand only in a figure are said to be there, not missing (M002)."""

from __future__ import annotations

from pathlib import Path

from planctl.load import load_plan
from planctl.messages import Lang
from planctl.render.plan.build import plan_document
from tests.lint.helpers import findings, lint, plan_text

REFERENCE = """\
sections:
  - title: Ledighed
    prose:
      - Ledigheden er faldet (se figur 1).
    figures: {figures}
"""


def test_c009_quiet_on_a_reference_to_a_listed_figure_with_no_caption(tmp_path: Path) -> None:
    body = REFERENCE.format(figures='[{number: "1", shows: Ledigheden i Tårnby og landet 2017-2018}]')
    assert lint(tmp_path, body, "C009") == []


def test_c009_fires_on_a_reference_to_an_unlisted_figure(tmp_path: Path) -> None:
    body = REFERENCE.format(figures='[{number: "2", shows: Beskæftigelsesfrekvensen}]')
    assert lint(tmp_path, body, "C009") == [("C009", 10, 34)]


def test_c009_fires_as_before_when_no_figure_is_listed(tmp_path: Path) -> None:
    assert lint(tmp_path, REFERENCE.format(figures="[]"), "C009") == [("C009", 10, 34)]


GOALS_IN_FIGURE = """\
sections:
  - title: Resultatmål
    goals:
      - {{id: Mål 1, text: Flere ledige skal i job}}
    figures:
      - {{number: "2", caption: Mål og måltal for 2021, holds_goals: {holds}}}
"""


def test_m002_says_a_target_is_in_the_figure_that_holds_the_goals(tmp_path: Path) -> None:
    [finding] = findings(tmp_path, GOALS_IN_FIGURE.format(holds="true"), "M002")
    assert (finding.line, finding.severity) == (10, "info")
    assert finding.message == "Mål 1: Flere ledige skal i job — the target is in figure 2, not in the text"
    [dansk] = findings(tmp_path, GOALS_IN_FIGURE.format(holds="true"), "M002", lang="da")
    assert dansk.message == "Mål 1: Flere ledige skal i job — måltallet står i figur 2, ikke i teksten"


def test_m002_says_no_target_when_the_figure_does_not_hold_the_goals(tmp_path: Path) -> None:
    [finding] = findings(tmp_path, GOALS_IN_FIGURE.format(holds="false"), "M002")
    assert finding.message == "Mål 1: Flere ledige skal i job — no measurable target"


ONLY_IN_FIGURE = """\
sections:
  - title: Resultatmål
    prose: [Målene for 2021 fremgår af figur 2.]
    figures:
      - {number: "2", shows: Målene for 2021 med måltal, holds_goals: true}
"""


def test_m002_names_a_section_whose_goals_stand_only_in_a_figure(tmp_path: Path) -> None:
    [finding] = findings(tmp_path, ONLY_IN_FIGURE, "M002")
    assert (finding.line, finding.column, finding.severity) == (8, 12, "info")
    assert finding.message == ("the goals of 'Resultatmål' are printed only in figure 2; they cannot be measured here")
    assert lint(tmp_path, ONLY_IN_FIGURE, "C009") == []


def test_the_plan_names_its_goal_figures(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(plan_text(ONLY_IN_FIGURE), encoding="utf-8")
    plan = load_plan(path).plan
    [(index, figure)] = plan.goal_figures()
    assert (index, figure.number, figure.label()) == (0, "2", "2")


def test_show_says_where_a_figure_stands(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(plan_text(ONLY_IN_FIGURE), encoding="utf-8")
    document = plan_document(load_plan(path).plan, Lang.da)
    notes = [block.text for block in document.blocks if getattr(block, "role", None) == "note"]
    assert notes == ["[Figur 2: Målene for 2021 med måltal — afsnittets mål står i figuren]"]


def test_m007_says_the_targets_are_in_the_figure_that_holds_the_goals(tmp_path: Path) -> None:
    [finding] = findings(tmp_path, GOALS_IN_FIGURE.format(holds="true"), "M007")
    assert finding.message == "the plan's goals have targets only in figure 2; in the text no goal has one"
    [dansk] = findings(tmp_path, GOALS_IN_FIGURE.format(holds="true"), "M007", lang="da")
    assert dansk.message == "planens mål har måltal kun i figur 2; i teksten har intet mål et måltal"
    [plain] = findings(tmp_path, GOALS_IN_FIGURE.format(holds="false"), "M007")
    assert plain.message == "none of the plan's 1 goal has a measurable target"


def test_m001_does_not_report_every_ministermal_unanswered_when_the_goals_stand_only_in_a_figure(
        tmp_path: Path) -> None:
    [finding] = findings(tmp_path, "minister_goals: 2019\n" + ONLY_IN_FIGURE, "M001")
    assert (finding.severity, finding.message) == (
        "info", "the plan's goals stand only in figure 2; coverage of the minister's goals not checked")
