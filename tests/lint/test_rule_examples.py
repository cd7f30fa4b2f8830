"""Every rule's documented examples are run: "Passes" gives no finding of the rule, "Fails" at least one.

A rule's docstring is its documentation (`planctl rules ID`). Its examples are fragments of
a plan; each top-level key of a fragment goes where the plan format has it — the plan, the
first section, or that section's first goal — replacing the key in a small valid plan. The
fragment is placed as text, so a suppression comment in an example works as in a real plan.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planctl.lint.config import LintConfig
from planctl.lint.report import CheckOptions
from planctl.lint.rule import Rule
from planctl.lint.rules import RULES
from planctl.lint.run import lint_plan
from planctl.load import load_plan
from planctl.model.plan import Goal, Plan, Section

# The small valid plan the examples are placed in: (key, YAML block) at each level.
BASE_PLAN = [
    ("municipality", 'municipality: {name: Lyngby-Taarbæk Kommune, code: "173"}'),
    ("title", "title: Beskæftigelsesplan 2025"),
    ("period", "period: 2025"),
    ("status", "status: draft"),
]
BASE_SECTION = [("title", "title: Unge")]
BASE_GOAL = [
    ("id", "id: MÅL 1"),
    ("text", "text: Antallet af unge på uddannelseshjælp skal falde med 4 pct. fra oktober 2024 til oktober 2025."),
    ("target", "target: {kind: change, direction: decrease, value: 4 pct., baseline: oktober 2024, "
               "period: oktober 2025}"),
]

_EXAMPLE = re.compile(r"^(Passes|Fails):\n\n((?:    .*\n|\n)+)", re.MULTILINE)


def examples(rule: type[Rule]) -> dict[str, str]:
    """{'Passes': fragment, 'Fails': fragment} from the rule's documentation."""
    found = {kind: block for kind, block in _EXAMPLE.findall(rule.documentation() + "\n")}
    return {kind: "\n".join(line[4:] for line in block.rstrip().splitlines()) for kind, block in found.items()}


def _blocks(fragment: str) -> list[tuple[str, str]]:
    """The fragment's top-level keys, each with its lines."""
    blocks: list[tuple[str, str]] = []
    for line in fragment.splitlines():
        if line and not line[0].isspace():
            blocks.append((line.split(":", 1)[0].strip(), line))
        elif blocks:
            blocks[-1] = (blocks[-1][0], blocks[-1][1] + "\n" + line)
    return blocks


def _level(key: str) -> str:
    """The outermost level of the plan format that has the key."""
    for level, model in (("plan", Plan), ("section", Section), ("goal", Goal)):
        if key in model.model_fields:
            return level
    raise AssertionError(f"'{key}' is not a field of a plan, a section or a goal")


def _indented(block: str, prefix: str, rest: str) -> str:
    lines = block.splitlines()
    return "\n".join([prefix + lines[0], *(rest + line for line in lines[1:])])


def plan_with(fragment: str) -> str:
    """The base plan with the fragment's keys put in place, as YAML text."""
    levels: dict[str, list[tuple[str, str]]] = {"plan": list(BASE_PLAN), "section": list(BASE_SECTION),
                                                "goal": list(BASE_GOAL)}
    for key, block in _blocks(fragment):
        level = levels[_level(key)]
        level[:] = [(k, b) for k, b in level if k != key] + [(key, block)]
    keys = {k for level in levels.values() for k, _ in level}
    lines = [block for _, block in levels["plan"]]
    if "sections" not in keys:
        section = [_indented(b, "  - " if i == 0 else "    ", "    ") for i, (_, b) in enumerate(levels["section"])]
        if "goals" not in keys:
            section.append("    goals:")
            section += [_indented(b, "      - " if i == 0 else "        ", "        ")
                        for i, (_, b) in enumerate(levels["goal"])]
        lines += ["sections:", *section]
    return "\n".join(lines) + "\n"


def findings_of(rule: type[Rule], yaml_text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "plan.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    result = lint_plan(load_plan(path), CheckOptions(), LintConfig())
    return [f"{f.line}:{f.column} {f.message}" for f in result.findings if f.rule == rule.id]


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_every_rule_documents_a_passing_and_a_failing_example(rule: type[Rule]) -> None:
    assert set(examples(rule)) == {"Passes", "Fails"}, rule.documentation()


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_the_passing_example_gives_no_finding_of_the_rule(rule: type[Rule], tmp_path: Path) -> None:
    text = plan_with(examples(rule)["Passes"])
    assert findings_of(rule, text, tmp_path) == [], text


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_the_failing_example_gives_a_finding_of_the_rule(rule: type[Rule], tmp_path: Path) -> None:
    text = plan_with(examples(rule)["Fails"])
    assert findings_of(rule, text, tmp_path), text


def test_the_base_plan_gives_no_finding_at_all(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(plan_with(""), encoding="utf-8")
    assert lint_plan(load_plan(path), CheckOptions(), LintConfig()).findings == []
