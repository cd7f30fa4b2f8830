"""C013 plan-period-contradicted: the plan's account of its own period, and references to other plans."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PLANS
from tests.lint.helpers import lint
from tests.lint.test_missing_number import column_of
from tests.lint.test_real_plans import DRAFT, FINAL, GLADSAXE, RUDERSDAL, check, lines_with

TAARNBY = PLANS / "taarnby-2019-2023.yaml"


def test_taarnby_the_coming_four_years_of_a_five_year_plan() -> None:
    # "Beskæftigelsesplan 2019-2023 ... Denne plan er udtryk for den overordnede politiske vision for
    # beskæftigelsesområdet i de kommende 4 år." (003_..., lines 8 and 35)
    line = lines_with(TAARNBY, r"i de kommende 4 år")[0]
    found = check(TAARNBY, "C013")
    assert [(f.rule, f.line, f.column) for f in found] == [("C013", line, column_of(TAARNBY, line, "de kommende 4 år"))]
    assert "5" in found[0].message


def test_the_other_plans_speak_of_their_own_period_rightly() -> None:
    # Rudersdal 2021: "I bilaget til Beskæftigelsesplanen 2020 opgjorde man ..." is last year's plan.
    assert lines_with(RUDERSDAL, r"bilaget til Beskæftigelsesplanen 2020")
    # Lyngby-Taarbæk 2019: "Beskæftigelsesplan 2019 fremlægger Lyngby-Taarbæk Kommunes strategi ..."
    assert lines_with(FINAL, r"Beskæftigelsesplan 2019 fremlægger")
    for plan in (RUDERSDAL, FINAL, DRAFT, GLADSAXE):
        assert check(plan, "C013") == []


def section(prose: str, title: str = "Indledning") -> str:
    return f"sections:\n  - title: {title}\n    prose: [{prose}]\n"


@pytest.mark.parametrize(("period", "prose", "column"), [
    ("2022", "Planen gælder for 2021.", 13),
    ("2020-2023", "Denne plan sætter retningen for de kommende 3 år.", 45),
    ("2019", "Beskæftigelsesplan 2018 beskriver kommunens strategi.", 13),
    ("2019", "Nærværende beskæftigelsesplan for 2018 er vedtaget.", 13),
])
def test_the_plan_states_another_period_of_itself(tmp_path: Path, period: str, prose: str, column: int) -> None:
    assert lint(tmp_path, section(prose), "C013", period=period) == [("C013", 9, column)]


def test_a_heading_naming_another_years_plan(tmp_path: Path) -> None:
    assert lint(tmp_path, section("Indledning.", title="Beskæftigelsesplan 2018"), "C013") == [("C013", 8, 12)]
    assert lint(tmp_path, section("Indledning.", title="Opfølgning på Beskæftigelsesplan 2018"), "C013") == []


@pytest.mark.parametrize(("period", "prose"), [
    ("2022", "Planen gælder for 2022."),
    ("2020-2023", "Denne plan sætter retningen for de kommende 4 år."),
    ("2019", "I Beskæftigelsesplan 2018 var målet at nedbringe ledigheden."),
    ("2019", "Sidste års Beskæftigelsesplan 2018 viste en fremgang."),
    ("2019", "Beskæftigelsesplan 2018 blev fulgt op af et nyt forløb."),
    ("2019", "Regeringen har for de kommende 3 år sat et mål for integrationen."),
])
def test_near_misses_another_plan_or_another_span(tmp_path: Path, period: str, prose: str) -> None:
    assert lint(tmp_path, section(prose), "C013", period=period) == []
