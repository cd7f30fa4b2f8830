"""import of a goal with several targets: "henholdsvis 275 og 443" after two named target groups."""

from __future__ import annotations

import pytest

from planctl.importers.blocks import Heading, SourceDocument, Text
from planctl.importers.build import ImportOptions, build_plan
from planctl.importers.targets import parse_targets
from planctl.importers.yaml_out import plan_yaml

GOAL = "Antallet af borgere i jobafklaringsforløb og på sygedagpenge må ikke overstige henholdsvis 275 og 443 i 2020."


def test_the_goal_becomes_two_targets_each_with_its_target_group() -> None:
    document = SourceDocument("docx", [Text("Lyngby-Taarbæk Kommune"), Heading("Beskæftigelsesplan 2020", 1),
                                       Heading("Sygedagpenge og jobafklaring", 1), Text("MÅL 3"), Text(GOAL)])
    result = build_plan(document, ImportOptions(source="plan.docx"))
    goal = result.plan.sections[0].goals[0]
    assert goal.target is None
    assert [(t.kind, t.direction, str(t.value), str(t.period), t.target_groups) for t in goal.targets] == [
        ("level", "at_most", "275", "2020", ["jobafklaringsforloeb"]),
        ("level", "at_most", "443", "2020", ["sygedagpenge"]),
    ]
    assert "    targets:\n    - kind: level\n      direction: at_most\n      value: \"275\"\n" in plan_yaml(result.plan)


@pytest.mark.parametrize(("text", "expected"), [
    # the unit printed after the last value is both values'
    ("Antallet af sygedagpengemodtagere og personer i jobafklaringsforløb skal falde med henholdsvis 4 og 6 pct. "
     "fra oktober 2018 til oktober 2019",
     [("change", "4 pct.", ["sygedagpenge"]), ("change", "6 pct.", ["jobafklaringsforloeb"])]),
    # two values but one target group named: not split, the one target as before
    ("Antallet af sygedagpengemodtagere skal være henholdsvis 275 og 443 i 2019 og 2020",
     [("qualitative", "None", [])]),
    ("Andelen af sygedagpengemodtagere skal falde med 4 pct. i 2019", [("change", "4 pct.", [])]),
])
def test_respectively_splits_only_when_each_value_has_its_group(text: str, expected: list[object]) -> None:
    assert [(t.kind, str(t.value), t.target_groups) for t in parse_targets(text)] == expected
