"""Round trip through Word: each plan in plans/ shown as .docx and imported back differs from the
original in no goal, target or heading. Needs the Word reader (another slice); runs once merged."""

from __future__ import annotations

from pathlib import Path

import pytest

from planctl.diff.changes import Area, Kind
from planctl.diff.plan import diff_plans
from planctl.load import load_plan
from tests.importers.scoring import PLANS

pytest.importorskip("planctl.importers.docx_reader")

_HEADING_KINDS = {Kind.section_added, Kind.section_removed, Kind.section_renamed}


@pytest.mark.parametrize("plan", sorted(p.name for p in PLANS.glob("*.yaml")))
def test_show_docx_then_import_changes_no_goal_target_or_heading(plan: str, tmp_path: Path, planctl) -> None:  # type: ignore[no-untyped-def]
    from planctl.importers.build import ImportOptions, build_plan
    from planctl.importers.read import read_document
    from planctl.importers.yaml_out import plan_yaml

    original = load_plan(PLANS / plan)
    docx = tmp_path / "plan.docx"
    assert planctl("show", PLANS / plan, "--format", "docx", "-o", docx).code == 0
    result = build_plan(read_document(docx), ImportOptions(
        source=docx.name, municipality=original.plan.municipality.code, period=str(original.plan.period),
        status=original.plan.status))
    imported = tmp_path / "imported.yaml"
    imported.write_text(plan_yaml(result.plan), encoding="utf-8")
    changes = diff_plans(original, load_plan(imported)).changes
    wrong = [c for c in changes if c.kind.area is Area.goals or c.kind in _HEADING_KINDS]
    assert wrong == []
