"""Round trips: each plan in plans/ rendered by `planctl show` and imported back differs from the
original in no goal, target or heading.

Two differences are known and allowed, because the rendered document does not print them:
which ministermål a goal answers (`minister_goals` of a goal), and a goal's note printed
after planctl's own target sentence. The PDF round trip makes its PDFs from show's Word files
with LibreOffice, all five in one call.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planctl.diff.changes import Area, Change, Kind
from planctl.diff.plan import diff_plans
from planctl.importers.build import ImportOptions, build_plan
from planctl.importers.read import read_document
from planctl.importers.yaml_out import plan_yaml
from planctl.load import LoadedPlan, load_plan
from tests.conftest import RunCli
from tests.importers.scoring import PLANS
from tests.libreoffice.pdf import converted_to_pdf

PLAN_FILES = sorted(p.name for p in PLANS.glob("*.yaml"))
_HEADING_KINDS = {Kind.section_added, Kind.section_removed, Kind.section_renamed}


def _not_printed(change: Change) -> bool:
    return change.kind is Kind.minister_goals_changed or change.part == "note"


def _shown(plan: str, fmt: str, suffix: str, folder: Path, planctl: RunCli) -> Path:
    document = folder / f"{Path(plan).stem}{suffix}"
    assert planctl("show", PLANS / plan, "--format", fmt, "-o", document).code == 0
    return document


def _round_trip(plan: str, fmt: str, suffix: str, folder: Path, planctl: RunCli) -> list[Change]:
    return _changes(plan, _shown(plan, fmt, suffix, folder, planctl), folder)


def _changes(plan: str, document: Path, folder: Path) -> list[Change]:
    """What importing the document changes in the plan's goals, targets and headings."""
    original: LoadedPlan = load_plan(PLANS / plan)
    result = build_plan(read_document(document), ImportOptions(
        source=document.name, municipality=original.plan.municipality.code, period=str(original.plan.period),
        status=original.plan.status))
    imported = folder / "imported.yaml"
    imported.write_text(plan_yaml(result.plan), encoding="utf-8")
    changes = diff_plans(original, load_plan(imported)).changes
    return [c for c in changes if (c.kind.area is Area.goals or c.kind in _HEADING_KINDS) and not _not_printed(c)]


@pytest.mark.parametrize("plan", PLAN_FILES)
def test_show_markdown_then_import_changes_no_goal_target_or_heading(plan: str, tmp_path: Path,
                                                                       planctl: RunCli) -> None:
    assert _round_trip(plan, "markdown", ".md", tmp_path, planctl) == []


@pytest.mark.parametrize("plan", PLAN_FILES)
def test_show_docx_then_import_changes_no_goal_target_or_heading(plan: str, tmp_path: Path, planctl: RunCli) -> None:
    assert _round_trip(plan, "docx", ".docx", tmp_path, planctl) == []


def test_show_docx_as_pdf_then_import_changes_no_goal_target_or_heading(tmp_path: Path, planctl: RunCli,
                                                                         libreoffice: str) -> None:
    documents = {plan: _shown(plan, "docx", ".docx", tmp_path, planctl) for plan in PLAN_FILES}
    pdfs = converted_to_pdf(libreoffice, list(documents.values()), tmp_path)
    changed = {plan: _changes(plan, pdfs[document], tmp_path) for plan, document in documents.items()}
    assert changed == {plan: [] for plan in PLAN_FILES}
