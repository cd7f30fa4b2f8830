"""C012 municipality-name-misspelt: the own name misspelt, and the names rightly written beside it."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PLANS
from tests.lint.helpers import lint
from tests.lint.test_missing_number import column_of
from tests.lint.test_real_plans import FINAL, GLADSAXE, RUDERSDAL, check, lines_with

TAARNBY = PLANS / "taarnby-2019-2023.yaml"


def plan_of(code: str, name: str, prose: str) -> str:
    return (f'municipality:\n  name: {name} Kommune\n  code: "{code}"\ntitle: Beskæftigelsesplan 2019\n'
            f"period: 2019\nstatus: final\nsections:\n  - title: Indledning\n    prose: [{prose}]\n")


def test_rudersdal_rundersdals() -> None:
    # "... vandt udbuddet om at blive ene leverandør til Rundersdals beskæftigelsesindsats." (004_...)
    line = lines_with(RUDERSDAL, r"Rundersdals beskæftigelsesindsats")[0]
    found = [(f.rule, f.line, f.column) for f in check(RUDERSDAL, "C012")]
    assert found == [("C012", line, column_of(RUDERSDAL, line, "Rundersdals"))]


def test_the_other_real_plans_spell_their_names_right() -> None:
    # Lyngby-Taarbæk writes "Lyngby Storcenter" and "Jobcenter Lyngby-Taarbæk"; Gladsaxe "Gladsaxes".
    for plan in (FINAL, GLADSAXE, TAARNBY):
        assert check(plan, "C012") == []


def test_gladsaxxe_in_gladsaxes_plan(tmp_path: Path) -> None:
    text = plan_of("159", "Gladsaxe", "Gladsaxxe Kommune og Gladsaxes borgere.")
    assert lint(tmp_path, "", "C012", whole=text) == [("C012", 9, 13)]


def test_near_misses_neighbours_a_part_of_a_double_name_and_aa_for_å(tmp_path: Path) -> None:
    lyngby = plan_of("173", "Lyngby-Taarbæk",
                     "Lyngby-Taarbæk samarbejder med Gladsaxe, Rudersdal, Furesø og Gentofte; "
                     "Lyngby Storcenter, Lyngby-Taarbæks borgere og Lyngby-Tårbæk.")
    assert lint(tmp_path, "", "C012", whole=lyngby) == []
    taarnby = plan_of("185", "Tårnby", "Taarnby Kommune, Tårnbys borgere og TÅRNBY.")
    assert lint(tmp_path, "", "C012", whole=taarnby) == []


def test_the_plans_own_spelling_of_a_name_it_writes_often_is_its_house_style(tmp_path: Path) -> None:
    # A municipality not in the list of 98 is named by the plan: "Testby Kommune".
    often = plan_of("999", "Testby", "Testbye. Testbye. Testbye.")
    assert lint(tmp_path, "", "C012", whole=often) == []
    once = plan_of("999", "Testby", "Testby og Testbye.")
    assert lint(tmp_path, "", "C012", whole=once) == [("C012", 9, 23)]
