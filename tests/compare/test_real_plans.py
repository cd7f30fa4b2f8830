"""The acceptance facts of compare, on the four municipalities' final plans.

Each fact is checked against the plan files and the source documents, not copied from output.
"""

from __future__ import annotations

from planctl.compare.model import Comparison
from planctl.data import minister_goals_for
from planctl.load import load_plan
from tests.compare.helpers import (
    ALL_PLANS,
    FINAL_PLANS,
    GLADSAXE,
    LYNGBY,
    RUDERSDAL,
    TAARNBY,
    compare,
    group,
    row,
    source_text,
)
from tests.conftest import ROOT


def _answered(comparison: Comparison, plan: int) -> dict[int, list[str]]:
    """The ministermål numbers a plan's column says its goals answer, with the goals."""
    return {
        cell.number: cell.goals
        for r in group(comparison, "minister-goals") if r.key != "minister:coverage"
        for cell in [r.cells[plan]] if cell.state == "answered" and cell.number is not None
    }


def _unanswered(comparison: Comparison, plan: int) -> dict[int, str]:
    return {
        r.cells[plan].number: r.label
        for r in group(comparison, "minister-goals")
        if r.cells[plan].state == "unanswered" and r.cells[plan].number is not None
    }


def test_lyngby_2019_answers_all_seven_minister_goals(finals: Comparison) -> None:
    coverage = row(finals, "minister-goals", "minister:coverage").cells[LYNGBY]
    assert coverage.state == "covered"
    assert coverage.text == "7 af 7 besvaret"
    answered = _answered(finals, LYNGBY)
    assert sorted(answered) == list(range(1, 8))
    # MÅL 1-11 of the final plan, as the plan maps them (checked against the document by tests/test_plans.py).
    assert answered[1] == ["MÅL 1", "MÅL 2", "MÅL 3"] and answered[7] == ["MÅL 11"]


def test_rudersdal_2021_is_measured_against_the_five_goals_of_2021(finals: Comparison) -> None:
    reference = minister_goals_for(2021)
    assert reference is not None and len(reference.goals) == 5
    coverage = row(finals, "minister-goals", "minister:coverage").cells[RUDERSDAL]
    assert coverage.text == "5 af 5 besvaret" and "målene for 2021" in coverage.details
    rows = [r for r in group(finals, "minister-goals") if r.key != "minister:coverage"]
    in_2021 = [r for r in rows if r.cells[RUDERSDAL].state != "not-in-year"]
    assert len(in_2021) == 5
    # The 2019-only goals (socialt bedrageri, udsatte ledige, ...) are said not to be goals of 2021.
    for r in rows:
        if r.cells[RUDERSDAL].state == "not-in-year":
            assert r.cells[RUDERSDAL].text == "ikke et ministermål i 2021"
    assert any("værdig sagsbehandling" in r.label for r in in_2021)


def test_the_2019_and_2021_refugee_goals_share_a_row(finals: Comparison) -> None:
    refugee = [r for r in group(finals, "minister-goals") if "flygtninge" in r.label]
    assert len(refugee) == 1
    cells = refugee[0].cells
    assert (cells[LYNGBY].number, cells[RUDERSDAL].number) == (3, 3)


def test_taarnby_leaves_socialt_bedrageri_and_handicap_without_a_goal(finals: Comparison) -> None:
    plan = load_plan(ROOT / FINAL_PLANS[TAARNBY]).plan
    assert plan.minister_goals is None  # the year comes from the period 2019-2023, and says so
    coverage = row(finals, "minister-goals", "minister:coverage").cells[TAARNBY]
    assert coverage.text == "5 af 7 besvaret"
    assert "målene for 2019 (planperiodens første år)" in coverage.details
    assert "intet mål svarer på nr. 5 og 7" in coverage.details
    unanswered = _unanswered(finals, TAARNBY)
    assert sorted(unanswered) == [5, 7]
    assert unanswered[5].startswith("Bekæmpelsen af socialt bedrageri")
    assert unanswered[7] == "Flere personer med handicap skal i beskæftigelse"
    # The document: a section on socialt bedrageri with no succeskriterium, and no word on handicap.
    source = source_text("003_80183ab8282a4edd.txt")
    assert "handicap" not in source.lower()
    fraud = next(s for s in plan.sections if s.title == "Socialt bedrageri og fejludbetalinger")
    assert not fraud.goals and not fraud.success_criteria


def test_gladsaxe_2012_is_said_to_be_outside_the_data(finals: Comparison) -> None:
    coverage = row(finals, "minister-goals", "minister:coverage").cells[GLADSAXE]
    assert coverage.state == "not-assessed"
    assert coverage.text == (
        "2012 ligger uden for planctls data om ministermål (2013–2024); dækningen vurderes ikke")
    for r in group(finals, "minister-goals")[1:]:
        assert r.cells[GLADSAXE].state == "not-assessed"
        assert r.cells[GLADSAXE].text == "ikke vurderet (2012)"


def test_gladsaxe_has_no_goals_and_says_so_instead_of_zeros(finals: Comparison) -> None:
    for r in group(finals, "target-groups"):
        cell = r.cells[GLADSAXE]
        assert cell.state == "no-goals-in-plan"
        assert cell.text.startswith("ingen mål i planen")
    assert any("Gladsaxe 2012 har ingen mål" in note for note in finals.notes)
    measurable = row(finals, "quality", "measurable").cells[GLADSAXE]
    assert measurable.text == "ingen mål i planen; intet at måle"


def test_goals_per_target_group_with_targets_in_short_form(finals: Comparison) -> None:
    unge = row(finals, "target-groups", "unge_under_30").cells[LYNGBY]
    assert unge.text == "2 mål: ændringer"
    assert unge.details == ["MÅL 2: −5 pct. okt 2018→okt 2019", "MÅL 3: −4 pct. nov 2018→nov 2019"]
    source = source_text("001_d30976d64f525835.txt")
    assert "unge under 30 år skal falde med 5 pct. fra oktober 2018 til oktober 2019" in source
    assert "aktivitetsparate unge under 30 år skal falde med 4 pct. fra november 2018 til november 2019" in source
    taarnby = row(finals, "target-groups", "uddannelseshjaelp").cells[TAARNBY]
    assert taarnby.kinds == {"relative": 1}  # printed twice in section 4, counted once
    assert taarnby.details == ["afsnit 4: den bedst 1/3 af landets kommuner, ultimo 2021"]


def test_rudersdal_deferred_targets_are_said_to_come_later(finals: Comparison) -> None:
    cell = row(finals, "target-groups", "sygedagpenge").cells[RUDERSDAL]
    assert cell.kinds == {"deferred": 1}
    assert "fastsættes senere (Erhvervsudvalgets møde i marts 2021)" in cell.details[0]
    assert any(note.startswith("Rudersdal 2021 udskyder sine kvantitative mål") for note in finals.notes)


def test_seasonally_adjusted_unemployment_is_compared_with_its_dates(finals: Comparison) -> None:
    cells = row(finals, "figures", "figure:saesonkorrigeret-ledighed").cells
    assert cells[LYNGBY].text == "2,7 pct. (sep 2018)"
    assert cells[TAARNBY].text == "3,4 pct. (ultimo 2018)"
    assert cells[TAARNBY].details == ["Region Hovedstaden: 4,0 pct.", "hele landet: 3,9 pct."]
    assert "I september 2018 var den sæsonkorrigerede ledighed 2,7 pct." in source_text("001_d30976d64f525835.txt")
    assert "ledighed¹ i Tårnby med udgangen af 2018 3,4 pct." in source_text("003_80183ab8282a4edd.txt")
    note = row(finals, "figures", "figure:saesonkorrigeret-ledighed").note
    assert note == "målt på forskellige tidspunkter: sep 2018 og ultimo 2018"


def test_look_alike_figures_stay_in_different_rows(finals: Comparison) -> None:
    participation = row(finals, "figures", "figure:erhvervsfrekvens")
    employment = row(finals, "figures", "figure:beskaeftigelsesfrekvens")
    assert participation.cells[LYNGBY].text == "ca. 78 pct. (uden dato)"
    assert participation.cells[TAARNBY].state == "not-stated"
    assert employment.cells[TAARNBY].text == "77,4 pct. (2016)"
    assert employment.cells[LYNGBY].state == "not-stated"
    assert participation.note is not None and "ikke det samme som beskæftigelsesfrekvensen" in participation.note


def test_share_of_labour_force_from_a_table_and_a_chart_caption(finals: Comparison) -> None:
    cells = row(finals, "figures", "figure:a_dagpenge-pct-af-arbejdsstyrken").cells
    assert cells[RUDERSDAL].text == "2,7 pct. (jun 2020)"
    assert cells[RUDERSDAL].details == ["Østdanmark: 4,2 pct.", "RAR Hovedstaden: 4,4 pct."]
    assert cells[TAARNBY].state == "figure-only"
    assert cells[TAARNBY].text == "kun som figur (LAB 2.1); tallet står ikke i teksten"
    assert cells[LYNGBY].state == cells[GLADSAXE].state == "not-stated"


def test_quality_counts_what_check_finds(finals: Comparison) -> None:
    from planctl.lint.config import config_for
    from planctl.lint.report import CheckOptions
    from planctl.lint.run import lint_plan

    for index, path in enumerate(FINAL_PLANS):
        loaded = load_plan(ROOT / path)
        findings = lint_plan(loaded, CheckOptions(lang="da"), config_for(loaded.path.parent)).findings
        for family in ("U", "C", "M", "S"):
            cell = row(finals, "quality", f"findings:{family}").cells[index]
            assert cell.count == sum(1 for f in findings if f.family == family)
    measurable = row(finals, "quality", "measurable").cells
    assert measurable[LYNGBY].text == "9 af 11 mål (82 pct.)"  # MÅL 9 and MÅL 11 are qualitative
    assert measurable[RUDERSDAL].text == "0 af 6 mål (0 pct.)"


def test_no_cell_is_left_empty_on_all_five_plans() -> None:
    comparison = compare(ALL_PLANS, "da")
    for g in comparison.groups:
        for r in g.rows:
            assert len(r.cells) == len(ALL_PLANS)
            assert all(cell.text.strip() for cell in r.cells), r.key
    draft = next(i for i, p in enumerate(comparison.plans) if p.status == "draft")
    assert comparison.plans[draft].header == "Lyngby-Taarbæk 2019 (udkast)"
    assert row(comparison, "quality", "placeholders").cells[draft].count
    assert any(note.startswith("Lyngby-Taarbæk 2019 (udkast): 9 mål venter") for note in comparison.notes)
