"""A ministermål the plan prints as expected ("Herudover forventes et mål om ..."): the list marks it,
the plain string form stays valid, M004 does not call it a misquote, and show and the appendix say so."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from planctl.errors import PlanctlError
from planctl.load import load_plan
from planctl.messages import Lang
from planctl.model.plan import PrintedMinisterGoal
from planctl.render.plan.build import plan_document
from tests.conftest import RunCli
from tests.lint.helpers import lint, plan_text

# Rudersdal's five goals of 2021, the fifth printed as expected and in the plan's own words.
EXPECTED_2021 = """\
minister_goals:
  year: 2021
  goals:
    - Alle ledige skal have en værdig sagsbehandling
    - Flere ledige skal opkvalificeres
    - Flere flygtninge og familiesammenførte skal være selvforsørgende
    - Flere personer med handicap skal i beskæftigelse
    - {text: Et mål om virksomhedernes adgang til arbejdskraft, expected: true}
sections: []
"""


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_text(plan_text(body, period="2021"), encoding="utf-8")
    return path


def test_printed_goals_carry_the_mark_and_the_plain_form_stays_valid(tmp_path: Path) -> None:
    listed = load_plan(_write(tmp_path, EXPECTED_2021)).plan.minister_goals
    assert listed is not None
    assert listed.printed_goals()[0] == PrintedMinisterGoal("Alle ledige skal have en værdig sagsbehandling")
    assert listed.printed_goals()[4] == PrintedMinisterGoal("Et mål om virksomhedernes adgang til arbejdskraft",
                                                            expected=True)
    # Every reader of `goals` still reads the texts.
    assert listed.goals is not None and listed.goals[4] == "Et mål om virksomhedernes adgang til arbejdskraft"


def test_an_expected_goal_is_written_back_in_its_mapping_form(tmp_path: Path) -> None:
    listed = load_plan(_write(tmp_path, EXPECTED_2021)).plan.minister_goals
    assert listed is not None
    dumped = listed.model_dump()["goals"]
    assert dumped[0] == "Alle ledige skal have en værdig sagsbehandling"
    assert dumped[4] == {"text": "Et mål om virksomhedernes adgang til arbejdskraft", "expected": True}
    assert yaml.safe_load(yaml.safe_dump(dumped)) == dumped


def test_a_misspelt_mark_is_a_validation_error_at_its_line(tmp_path: Path) -> None:
    body = EXPECTED_2021.replace("expected: true", "forventet: true")
    with pytest.raises(PlanctlError) as raised:
        load_plan(_write(tmp_path, body))
    assert "minister_goals.goals[4]" in str(raised.value) and ":14:" in str(raised.value)


def test_m004_does_not_compare_an_expected_goal_as_a_misquote(tmp_path: Path) -> None:
    assert lint(tmp_path, EXPECTED_2021, "M004", period="2021") == []


def test_m004_still_compares_the_same_words_unmarked(tmp_path: Path) -> None:
    body = EXPECTED_2021.replace("{text: Et mål om virksomhedernes adgang til arbejdskraft, expected: true}",
                                 "Et mål om virksomhedernes adgang til arbejdskraft")
    assert lint(tmp_path, body, "M004", period="2021") == [("M004", 14, 7)]


@pytest.mark.parametrize(("lang", "words"), [
    (Lang.da, "Ministermål (forventet, endnu ikke udmeldt): Et mål om virksomhedernes adgang til arbejdskraft"),
    (Lang.en, "Minister's goal (expected, not yet announced): Et mål om virksomhedernes adgang til arbejdskraft"),
])
def test_show_marks_an_expected_goal(tmp_path: Path, lang: Lang, words: str) -> None:
    document = plan_document(load_plan(_write(tmp_path, EXPECTED_2021)).plan, lang)
    notes = [block.text for block in document.blocks if getattr(block, "role", None) == "note"]
    assert notes == [words]


def test_the_appendix_marks_an_expected_goal(tmp_path: Path, planctl: RunCli) -> None:
    run = planctl("appendix", str(_write(tmp_path, EXPECTED_2021)), "--format", "markdown", "--lang", "da")
    assert run.code == 0, run.err
    assert "Et mål om virksomhedernes adgang til arbejdskraft (forventet, endnu ikke udmeldt)" in run.out
    assert "Alle ledige skal have en værdig sagsbehandling (forventet" not in run.out


def test_m001_says_an_unanswered_expected_goal_as_information(tmp_path: Path) -> None:
    from tests.lint.helpers import findings

    found = {f.message: f.severity for f in findings(tmp_path, EXPECTED_2021, "M001", period="2021")}
    expected = [message for message in found if "expected" in message]
    assert expected == [
        "minister's goal 5 of 2021 is printed as expected, not yet announced, and no local goal answers it: "
        "'Et mål om virksomhedernes adgang til arbejdskraft'"
    ]
    assert found[expected[0]] == "info"
    assert any(severity == "warning" and "goal 1 of 2021" in message for message, severity in found.items())
