"""The diff story end to end: the draft (seed 000) and the final plan (seed 001), both imported,
diff like the hand-made plans do: the same goals change, and the placeholders are filled."""

from __future__ import annotations

from pathlib import Path

from planctl.diff.changes import Area, Kind
from planctl.diff.plan import diff_plans
from planctl.importers.build import ImportOptions, build_plan
from planctl.importers.read import read_document
from planctl.importers.yaml_out import plan_yaml
from planctl.load import LoadedPlan, load_plan
from tests.importers.scoring import PLANS, SOURCES


def _imported(source: str, folder: Path) -> LoadedPlan:
    result = build_plan(read_document(SOURCES / source), ImportOptions(source=source))
    path = folder / f"{source[:3]}.yaml"
    path.write_text(plan_yaml(result.plan), encoding="utf-8")
    return load_plan(path)


def _goal_changes(old: LoadedPlan, new: LoadedPlan) -> set[tuple[Kind, str]]:
    return {(c.kind, c.subject.upper()) for c in diff_plans(old, new).changes
            if c.kind.area is Area.goals and c.kind is not Kind.goal_moved}


def test_imported_draft_and_final_diff_like_the_hand_made_plans(tmp_path: Path) -> None:
    imported = _goal_changes(_imported("000_2f180144ae1791e0.txt", tmp_path),
                             _imported("001_d30976d64f525835.txt", tmp_path))
    hand = _goal_changes(load_plan(PLANS / "lyngby-taarbaek-2019-udkast.yaml"),
                         load_plan(PLANS / "lyngby-taarbaek-2019.yaml"))
    filled = {subject for kind, subject in imported if kind is Kind.placeholder_filled}
    assert filled == {subject for kind, subject in hand if kind is Kind.placeholder_filled}
    assert len(filled) == 9
    print(f"goal changes: imported {len(imported)}, hand-made {len(hand)}, in both {len(imported & hand)}")
    assert imported == hand  # every goal change the hand-made pair shows, and no other
