"""The builder on small documents: goals and their labels, lists, planctl's own lines, errors."""

from __future__ import annotations

import pytest

from planctl.errors import PlanctlError
from planctl.importers.blocks import Heading, Item, SourceDocument, TableBlock, Text, Where
from planctl.importers.build import ImportOptions, build_plan
from planctl.importers.yaml_out import plan_yaml
from planctl.model.values import Placeholder, Quantity

OPTIONS = ImportOptions(source="plan.docx")


def _plan(*blocks: Heading | Text | Item | TableBlock, **options: str):  # type: ignore[no-untyped-def]
    document = SourceDocument("docx", [Text("Tårnby Kommune"), Heading("Beskæftigelsesplan 2019", 1), *blocks])
    return build_plan(document, ImportOptions(source="plan.docx", **options))  # type: ignore[arg-type]


def test_a_goal_with_its_target_note_and_follow_up_in_english_gloss() -> None:
    result = _plan(
        Heading("Indsatsområde: Unge", 1), Text("De unge skal i uddannelse."),
        Text("MÅL 2"), Text("Antallet af unge skal falde med 5 pct. fra oktober 2018 til oktober 2019."),
        Text("Det svarer til et fald på ca. 10 personer."),
        Text("Måltal: fald på 5 pct. fra oktober 2018 til oktober 2019."),
        Text("Følgemål (follow-up goals)"), Item("Antal samtaler følges."),
    )
    goal = result.plan.sections[0].goals[0]
    assert goal.id == "MÅL 2"
    assert goal.text == "Antallet af unge skal falde med 5 pct. fra oktober 2018 til oktober 2019."
    assert goal.target is not None
    assert (goal.target.kind, goal.target.direction, str(goal.target.value)) == ("change", "decrease", "5 pct.")
    assert (str(goal.target.baseline), str(goal.target.period)) == ("oktober 2018", "oktober 2019")
    assert str(goal.target.equivalent) == "ca. 10 personer"
    assert goal.note == "Det svarer til et fald på ca. 10 personer."
    assert [f.text for f in goal.follow_up] == ["Antal samtaler følges."]
    assert all("Måltal" not in p for p in result.plan.sections[0].prose)
    assert any("planctl's own wording" in note for note in result.report.notes)


@pytest.mark.parametrize(("text", "kind", "direction", "value", "average"), [
    ("Andelen skal minimum være 60 pct. i gennemsnit i 2019", "level", "at_least", "60 pct.", True),
    ("Minimum 30 pct. af borgere i ressourceforløb skal være i tilbud i 2019.", "level", "at_least",
     "minimum 30 pct.", False),
    ("xx pct. af flygtninge skal være i beskæftigelse i 2019.", "level", "equal", "xx pct.", False),
    ("Bekæmpelse af socialt bedrageri skal fortsat styrkes.", "qualitative", None, None, False),
])
def test_targets_are_parsed_by_the_models_value_types(text: str, kind: str, direction: str | None,
                                                      value: str | None, average: bool) -> None:
    goal = _plan(Heading("Mål", 1), Text(f"Mål 1: {text}")).plan.sections[0].goals[0]
    assert goal.target is not None
    assert (goal.target.kind, goal.target.direction, goal.target.average) == (kind, direction, average)
    assert (str(goal.target.value) if goal.target.value else None) == value
    if value and value.startswith("xx"):
        assert isinstance(goal.target.value, Placeholder)
    elif value:
        assert isinstance(goal.target.value, Quantity)


def test_success_criteria_and_initiatives_under_their_labels() -> None:
    section = _plan(Heading("4. Unge på uddannelseshjælp", 1), Text("Tekst om de unge."),
                    Heading("Indsatsområder", 2), Item("Nytteaktivering."),
                    Heading("Succeskriterier", 2),
                    Item("Antallet af unge skal ved udgangen af 2021 være i den bedst 1/3 af landets kommuner")
                    ).plan.sections[0]
    assert (section.number, section.title) == ("4.", "Unge på uddannelseshjælp")
    assert section.initiatives == ["Nytteaktivering."]
    criterion = section.success_criteria[0]
    assert criterion.target is not None and criterion.target.kind == "relative"
    assert str(criterion.target.period) == "ved udgangen af 2021"


def test_a_table_becomes_a_table_and_one_with_text_cells_stays_prose() -> None:
    section = _plan(Heading("Nøgletal", 1), Text("Ledige"),
                    TableBlock((("", "Juni 2019", "Juni 2020"), ("A-dagpenge", "600", "650"))),
                    TableBlock((("Note", "År"), ("foreløbig", "2019 (jan-nov)"))),
                    ).plan.sections[0]
    assert section.tables[0].columns == ["", "Juni 2019", "Juni 2020"]
    assert section.tables[0].rows[0].label == "A-dagpenge"
    assert "foreløbig\t2019 (jan-nov)" in section.prose and len(section.tables) == 1


def test_the_yaml_validates_and_keeps_danish_letters() -> None:
    result = _plan(Heading("Indsatsområde: Flygtninge og familiesammenførte", 1), Text("Tekst med æøå."))
    text = plan_yaml(result.plan)
    assert "familiesammenførte" in text and "\\u00f8" not in text


def test_no_plan_in_the_document_is_one_clear_error() -> None:
    with pytest.raises(PlanctlError, match="found no plan"):
        build_plan(SourceDocument("txt", [Text("Referat af mødet."), Text("Godkendt.")]), OPTIONS)


def test_no_municipality_asks_for_one() -> None:
    with pytest.raises(PlanctlError, match="--municipality"):
        build_plan(SourceDocument("txt", [Heading("Beskæftigelsesplan 2019", 1), Text("Tekst.")]), OPTIONS)


def test_municipality_by_name_or_code() -> None:
    assert _plan(Heading("A", 1), Text("Tekst."), municipality="Rudersdal").plan.municipality.code == "230"
    assert _plan(Heading("A", 1), Text("Tekst."), municipality="159").plan.municipality.name == "Gladsaxe Kommune"
    with pytest.raises(PlanctlError, match="no Danish municipality"):
        _plan(Heading("A", 1), municipality="Atlantis")


def test_where_is_kept_for_the_report() -> None:
    result = _plan(Heading("A", 1), Text("Noget tekst uden tal.", Where(line=7)))
    assert (Where(line=7), "Noget tekst uden tal.") in result.report.as_prose


def test_the_98_municipalities_with_their_kommunekoder() -> None:
    from planctl.data import municipalities
    from planctl.load import load_plan
    from tests.importers.scoring import PLANS

    known = municipalities()
    assert len(known) == 98 and len(set(known.values())) == 98
    for path in PLANS.glob("*.yaml"):
        municipality = load_plan(path).plan.municipality
        assert f"{known[municipality.code]} Kommune" == municipality.name


def test_a_document_without_any_heading_keeps_its_text_and_goals_under_one_section() -> None:
    """A Word file typed without heading styles: nothing is skipped as a title page, the goals are found."""
    document = SourceDocument("docx", [
        Text("Lyngby-Taarbæk Kommune", Where(paragraph=1)),
        Text("Beskæftigelsesplan 2019", Where(paragraph=2)),
        Text("Kort om planen.", Where(paragraph=3)),
        Text("MÅL 1: Antallet skal falde med 4 pct. fra 2018 til 2019.", Where(paragraph=4)),
    ])
    result = build_plan(document, ImportOptions(source="plan.docx"))
    assert [s.title for s in result.plan.sections] == ["Beskæftigelsesplan 2019"]
    assert [g.id for g in result.plan.sections[0].goals] == ["MÅL 1"]
    assert "Kort om planen." in result.plan.sections[0].prose
    assert "no heading was found" in " ".join(result.report.notes)
    plan_yaml(result.plan)  # it validates
