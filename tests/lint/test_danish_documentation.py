"""`planctl rules ID --lang da`: every rule's documentation in Danish, with the same sections and the
same examples as its English documentation (the rule module's docstring)."""

from __future__ import annotations

import pytest

from planctl.lint.rule import Rule
from planctl.lint.rules import RULES
from planctl.lint.summaries import DANISH_SUMMARIES

_SECTIONS = {"What:": "Hvad:", "Why:": "Hvorfor:", "Passes:": "Består:", "Fails:": "Fejler:"}


def _examples(documentation: str) -> list[str]:
    """The example lines: a plan's YAML, indented, the same in both languages."""
    return [line for line in documentation.splitlines() if line.startswith("    ")]


def _sections(documentation: str) -> list[str]:
    """The section heads, in order: the word before the colon that begins a paragraph."""
    paragraphs = documentation.split("\n\n")
    return [paragraph.split(":", 1)[0] + ":" for paragraph in paragraphs[1:]
            if not paragraph.startswith(" ") and paragraph.split(":", 1)[0] + ":" in
            {*_SECTIONS, *_SECTIONS.values()}]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_every_rule_is_documented_in_danish(rule: type[Rule]) -> None:
    danish, english = rule.documentation("da"), rule.documentation("en")
    summary = DANISH_SUMMARIES[rule.id]
    assert danish.splitlines()[0] == f"{rule.id} {rule.name}: {summary[0].lower()}{summary[1:]}"
    assert _sections(danish) == [_SECTIONS[head] for head in _sections(english)]
    assert _examples(danish) == _examples(english)
    assert danish != english


def test_the_english_documentation_is_the_rule_modules_own() -> None:
    rule = RULES[0]
    assert rule.documentation() == rule.documentation("en")
    assert rule.documentation().startswith(f"{rule.id} {rule.name}: ")
