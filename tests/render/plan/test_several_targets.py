"""show and appendix print every target of a goal with several, each after its target group."""

from __future__ import annotations

import pytest

from planctl.load import load_plan
from planctl.messages import Lang
from planctl.render.plan.build import plan_document
from planctl.render.plan.document import Paragraph
from tests.conftest import ROOT, RunCli

TWO_TARGETS = ROOT / "tests" / "compare" / "plans" / "two-targets-2020.yaml"


def test_the_plan_document_holds_one_target_sentence_per_target_at_its_path() -> None:
    document = plan_document(load_plan(TWO_TARGETS).plan, Lang.da)
    targets = [("".join(run.text for run in block.runs), block.origin) for block in document.blocks
               if isinstance(block, Paragraph) and block.role == "target"]
    goal = ("sections", 0, "goals", 0)
    assert targets == [
        ("Måltal for Jobafklaringsforløb: højst 275 personer i 2020.", (*goal, "targets", 0)),
        ("Måltal for Sygedagpengemodtagere: højst 443 personer i 2020.", (*goal, "targets", 1)),
    ]


@pytest.mark.parametrize(("fmt", "lang", "expected"), [
    ("text", "da", "Måltal for Jobafklaringsforløb: højst 275 personer i 2020.\n"
                   "Måltal for Sygedagpengemodtagere: højst 443 personer i 2020.\n"),
    ("markdown", "en", "*Target for Jobafklaringsforløb: at most 275 personer in 2020.*\n\n"
                       "*Target for Sygedagpengemodtagere: at most 443 personer in 2020.*\n"),
])
def test_show_prints_both_targets(planctl: RunCli, fmt: str, lang: str, expected: str) -> None:
    result = planctl("show", TWO_TARGETS, "--format", fmt, "--lang", lang)
    assert result.code == 0, result.err
    assert expected in result.out


def test_the_appendix_lists_both_targets_by_group(planctl: RunCli) -> None:
    result = planctl("appendix", TWO_TARGETS, "--format", "markdown", "--lang", "da")
    assert result.code == 0, result.err
    row = next(line for line in result.out.splitlines() if line.startswith("| MÅL 3 |"))
    assert "| Jobafklaringsforløb: ≤ 275 personer i 2020; Sygedagpengemodtagere: ≤ 443 personer i 2020 |" in row
