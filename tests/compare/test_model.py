"""compare_plans on small plans: what it says when it cannot compare, and that it is pure."""

from __future__ import annotations

import textwrap

import yaml

from planctl.compare.build import compare_plans
from planctl.compare.inputs import ComparedPlan, CompareOptions
from planctl.compare.model import Comparison
from planctl.messages import Lang
from planctl.model.plan import Plan
from tests.compare.helpers import row


def plan(period: str, *, name: str = "Tårnby Kommune", extra: str = "", sections: str = "") -> ComparedPlan:
    text = textwrap.dedent(f"""\
        municipality: {{name: {name}, code: "185"}}
        title: Beskæftigelsesplan {period}
        period: "{period}"
        status: final
        """) + textwrap.dedent(extra) + "sections:\n" + (textwrap.dedent(sections) or "  - title: Indledning\n")
    return ComparedPlan(file=f"{period}.yaml", plan=Plan.model_validate(yaml.safe_load(text)), findings=[])


def compared(*plans: ComparedPlan, lang: str = "da", **options: object) -> Comparison:
    return compare_plans(plans, CompareOptions(lang=Lang(lang), **options))  # type: ignore[arg-type]


GOAL_ANSWERING_2 = """\
  - title: Virksomheder
    target_groups: [virksomheder]
    goals:
      - id: Mål 1
        text: Flere virksomheder skal samarbejde med jobcentret.
        target: {kind: qualitative}
        minister_goals: [2]
        target_groups: [virksomheder]
"""


def test_years_without_minister_goals_are_said_so_not_guessed() -> None:
    comparison = compared(plan("2026"), plan("2013"), plan("2010"), lang="en")
    cells = row(comparison, "minister-goals", "minister:coverage").cells
    assert [c.state for c in cells] == ["not-assessed"] * 3
    assert cells[0].text == "no minister's goals for 2026: they were abolished from 2025"
    assert cells[1].text == "the wording of the minister's goals for 2013 is not known; coverage not assessed"
    assert cells[2].text.startswith("2010 is outside planctl's data on the minister's goals (2013–2024)")


def test_a_plan_naming_a_year_is_measured_against_that_year() -> None:
    comparison = compared(plan("2020", extra="minister_goals: 2020\n", sections=GOAL_ANSWERING_2))
    coverage = row(comparison, "minister-goals", "minister:coverage").cells[0]
    assert coverage.text == "1 af 3 besvaret"
    assert coverage.details == ["målene for 2020", "intet mål svarer på nr. 1 og 3"]
    # The three goals of 2020 in their order; the plan's goal links to number 2 (the refugee goal that year).
    cells = [(r.label.split()[0], r.cells[0].text) for r in comparison.groups[1].rows[1:]]
    assert cells == [("Virksomhederne", "nr. 1: intet mål"), ("Flere", "nr. 2: Mål 1"), ("Flere", "nr. 3: intet mål")]


def test_a_partly_verified_year_says_so() -> None:
    comparison = compared(plan("2023", sections=GOAL_ANSWERING_2))
    coverage = row(comparison, "minister-goals", "minister:coverage").cells[0]
    assert "listen for 2023 er kun delvist verificeret" in coverage.details
    assert "målene for 2023 (planperiodens første år)" in coverage.details


def test_rows_choose_and_order_the_groups() -> None:
    comparison = compared(plan("2019"), rows=("quality", "minister-goals"))
    assert [g.kind for g in comparison.groups] == ["quality", "minister-goals"]
    assert comparison.legend == []  # the legend explains the kinds of target, shown with target groups


def test_look_alike_figures_and_other_areas() -> None:
    a = plan("2019", sections="""\
      - title: Arbejdsmarkedet
        key_figures:
          - {name: erhvervsfrekvens, value: 78 pct.}
          - {name: sæsonkorrigeret ledighed, value: "3,9 pct.", area: hele landet}
          - {name: sæsonkorrigeret ledighed, value: 1.200 personer}
    """)
    b = plan("2019", name="Gladsaxe Kommune", sections="""\
      - title: Arbejdsmarkedet
        key_figures:
          - {name: beskæftigelsesfrekvens, value: "77,4 pct.", period: "2016"}
    """)
    comparison = compared(a, b)
    participation = row(comparison, "figures", "figure:erhvervsfrekvens")
    employment = row(comparison, "figures", "figure:beskaeftigelsesfrekvens")
    assert [c.state for c in participation.cells] == ["value", "not-stated"]
    assert [c.state for c in employment.cells] == ["not-stated", "value"]
    unemployment = row(comparison, "figures", "figure:saesonkorrigeret-ledighed").cells[0]
    # A count of persons is not a rate; the national figure is context, not the municipality's.
    assert unemployment.state == "not-stated"
    assert unemployment.text == "ikke oplyst for kommunen (kun hele landet 3,9 pct.)"


def test_compare_plans_is_pure() -> None:
    plans = [plan("2020", extra="minister_goals: 2020\n", sections=GOAL_ANSWERING_2), plan("2012")]
    before = [p.plan.model_dump() for p in plans]
    first = compared(*plans).model_dump()
    assert compared(*plans).model_dump() == first
    assert [p.plan.model_dump() for p in plans] == before


def test_goals_without_target_groups_are_not_guessed_into_one() -> None:
    comparison = compared(plan("2019", sections="""\
      - title: "Indsatsområde: Unge"
        target_groups: [unge_under_30]
        goals:
          - {id: MÅL 1, text: Borgerne skal opleve en god indsats., target: {kind: qualitative}}
    """))
    rows = {r.key: r for r in comparison.groups[0].rows}
    assert rows["-"].cells[0].text == "1 mål: kvalitativt"
    assert rows["unge_under_30"].cells[0].text == "ingen mål; omtalt i 1 afsnit"
