"""Values of the wrong type in every field the plan model has."""

from __future__ import annotations

from tests.conftest import MINIMAL_PLAN
from tests.hostile.corpus.case import Case, Expect, file_with

_FIELDS = {
    "municipality": ("municipality:\n  name: Lyngby-Taarbæk Kommune\n  code: \"173\"", "municipality: {}"),
    "municipality-name": ("  name: Lyngby-Taarbæk Kommune", "  name: {}"),
    "code": ('  code: "173"', "  code: {}"),
    "title": ("title: Beskæftigelsesplan 2019", "title: {}"),
    "period": ("period: 2019", "period: {}"),
    "status": ("status: draft", "status: {}"),
    "minister-goals": ("minister_goals: 2019", "minister_goals: {}"),
    "sections": ("sections:\n  - title: \"Indsatsområde: Unge\"", "sections: {}\nrest:\n  - title: x"),
    "section-title": ('  - title: "Indsatsområde: Unge"', "  - title: {}"),
    "goals": ("    goals:\n      - id: MÅL 2", "    goals: {}\n    gone:\n      - id: MÅL 2"),
    "goal-id": ("      - id: MÅL 2", "      - id: {}"),
    "goal-text": ("        text: Antallet af unge skal falde med x pct. fra 2018 til 2019.", "        text: {}"),
    "target": ("        target:\n          kind: change", "        target: {}\n        gone:\n          kind: change"),
    "kind": ("          kind: change", "          kind: {}"),
    "direction": ("          direction: decrease", "          direction: {}"),
    "value": ("          value: x pct.", "          value: {}"),
    "baseline": ('          baseline: "2018"', "          baseline: {}"),
}
_WRONG = {"list": "[1, 2]", "map": "{a: 1}", "null": "null", "true": "true", "number": "-17", "float": "2.5",
          "empty-string": '""', "date": "2019-01-01"}


# What the model accepts of these: null for an optional field, a whole number as a quantity.
_ACCEPTED = {"minister-goals-null", "goal-id-null", "direction-null", "value-null", "baseline-null", "value-number"}
# An empty text is accepted today (title: ""); whether it should be is the model's question (issue 12).
_OPEN = {"municipality-name-empty-string", "title-empty-string", "section-title-empty-string",
         "goal-id-empty-string", "goal-text-empty-string"}


def wrong_types() -> list[Case]:
    cases = []
    for name, (original, template) in _FIELDS.items():
        for kind, value in _WRONG.items():
            text = MINIMAL_PLAN.replace(original, template.replace("{}", value), 1)
            case = f"{name}-{kind}"
            expect: Expect = "valid" if case in _ACCEPTED else "any" if case in _OPEN else "invalid"
            cases.append(Case("wrong-types", case, file_with(text), expect, located=True))
    extra = {
        "level-true": MINIMAL_PLAN.replace('  - title: "Indsatsområde: Unge"', '  - title: "Unge"\n    level: true'),
        "level-9": MINIMAL_PLAN.replace('  - title: "Indsatsområde: Unge"', '  - title: "Unge"\n    level: 9'),
        "year-false": MINIMAL_PLAN.replace("minister_goals: 2019", "minister_goals:\n  year: false"),
        "year-0": MINIMAL_PLAN.replace("minister_goals: 2019", "minister_goals:\n  year: 0"),
        "page-true": MINIMAL_PLAN + "contents:\n  - title: x\n    page: true\n",
        "minister-goal-0": MINIMAL_PLAN.replace('          period: "2019"',
                                                '          period: "2019"\n        minister_goals: [0]'),
        "kommunekode-000": MINIMAL_PLAN.replace('code: "173"', 'code: "000"'),
        "kommunekode-number": MINIMAL_PLAN.replace('code: "173"', "code: 173"),
        "unknown-key": MINIMAL_PLAN + "colour: blue\n",
        "unknown-nested-key": MINIMAL_PLAN.replace("  name: Lyngby", "  colour: blue\n  name: Lyngby"),
        "missing-title": MINIMAL_PLAN.replace("title: Beskæftigelsesplan 2019\n", ""),
        "missing-municipality": MINIMAL_PLAN.split("title:", 1)[1].join(["title:", ""]),
    }
    cases += [Case("wrong-types", name, file_with(text), "invalid", located=name != "missing-municipality")
              for name, text in extra.items()]
    return cases
