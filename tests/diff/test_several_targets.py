"""diff of a goal with two targets: a change of either is reported alone, named by its target group.

"... må ikke overstige henholdsvis 275 og 443 i 2020": 443 changed is a change for
Sygedagpengemodtagere at `targets[1]`, 275 changed one for Jobafklaringsforløb at `targets[0]`,
in every diff format (issue 12, point 1).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planctl.diff import diff_plans
from planctl.load import load_plan
from planctl.messages import Lang
from planctl.render.diff import FORMATS
from planctl.render.page import Page
from tests.conftest import ROOT, RunCli
from tests.docx_xml import Docx

TWO_TARGETS = ROOT / "tests" / "compare" / "plans" / "two-targets-2020.yaml"
GOAL = "sections[0].goals[0]"
# (the value changed, its replacement, the target's index, its target group, its line)
CASES = [
    ("275 personer", "250 personer", 0, "Jobafklaringsforløb", 20),
    ("443 personer", "400 personer", 1, "Sygedagpengemodtagere", 26),
]


def _changed(tmp_path: Path, old: str, new: str) -> Path:
    text = TWO_TARGETS.read_text(encoding="utf-8")
    assert text.count(f"value: {old}") == 1
    changed = tmp_path / "changed.yaml"
    changed.write_text(text.replace(f"value: {old}", f"value: {new}"), encoding="utf-8")
    return changed


@pytest.mark.parametrize(("old", "new", "index", "group", "line"), CASES, ids=["jobafklaring", "sygedagpenge"])
def test_json_reports_exactly_the_changed_target(
    planctl: RunCli, tmp_path: Path, old: str, new: str, index: int, group: str, line: int,
) -> None:
    result = planctl("diff", TWO_TARGETS, _changed(tmp_path, old, new), "--format", "json", "--lang", "da")
    changes = json.loads(result.out)["changes"]
    assert [(c["kind"], c["subject"], c["part"], c["old"], c["new"]) for c in changes] == [
        ("target-changed", f"MÅL 3 · {group}", "target.value", old, new)]
    assert changes[0]["before"] == changes[0]["after"] == {
        "path": f"{GOAL}.targets[{index}].value", "line": line, "column": 14}


@pytest.mark.parametrize(("old", "new", "index", "group", "line"), CASES, ids=["jobafklaring", "sygedagpenge"])
def test_text_and_markdown_name_the_changed_target(
    planctl: RunCli, tmp_path: Path, old: str, new: str, index: int, group: str, line: int,
) -> None:
    changed = _changed(tmp_path, old, new)
    text = planctl("diff", TWO_TARGETS, changed, "--lang", "da").out
    assert f"MÅL 3 · {group}\n" in text and text.count("MÅL 3") == 1
    assert f"[-{old}-] → {{+{new}+}}" in text
    markdown = planctl("diff", TWO_TARGETS, changed, "--format", "markdown", "--lang", "da").out
    assert f"**MÅL 3 · {group}**" in markdown and markdown.count("MÅL 3") == 1


@pytest.mark.parametrize(("old", "new", "index", "group", "line"), CASES, ids=["jobafklaring", "sygedagpenge"])
def test_word_marks_only_the_changed_targets_sentence(
    tmp_path: Path, old: str, new: str, index: int, group: str, line: int,
) -> None:
    result = diff_plans(load_plan(TWO_TARGETS), load_plan(_changed(tmp_path, old, new)))
    data = FORMATS.render("docx", result, Page(lang=Lang.da, options={"date": "2020-01-01T09:00:00Z"}))
    assert isinstance(data, bytes)
    marked = [p for p in Docx(data).paragraphs("stored") if any(mark != "equal" for _, mark in p.runs)]
    assert [p.text for p in Docx(data).paragraphs("accept") if p.text.startswith("Måltal")] == [
        f"Måltal for {name}: højst {value} i 2020."
        for name, value in (("Jobafklaringsforløb", new if index == 0 else "275 personer"),
                            ("Sygedagpengemodtagere", new if index == 1 else "443 personer"))]
    assert len(marked) == 1 and group in marked[0].text


def test_a_target_added_to_a_goal_is_reported_with_its_group(planctl: RunCli, tmp_path: Path) -> None:
    text = TWO_TARGETS.read_text(encoding="utf-8")
    one = text[: text.index("    - kind: level\n      direction: at_most\n      value: 443")]
    old = tmp_path / "one.yaml"
    old.write_text(one, encoding="utf-8")
    changes = json.loads(planctl("diff", old, TWO_TARGETS, "--format", "json", "--lang", "da").out)["changes"]
    assert [(c["kind"], c["subject"], c["old"], c["after"]["path"]) for c in changes] == [
        ("target-changed", "MÅL 3 · Sygedagpengemodtagere", None, f"{GOAL}.targets[1]")]
