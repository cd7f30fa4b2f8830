"""The redline of two plan documents: accepting every change gives the new plan's document,
rejecting every change the old one's — on the real draft and final plan, and on generated pairs."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planctl.diff import diff_plans
from planctl.load import load_plan
from planctl.messages import Lang
from planctl.render.plan.build import plan_document
from planctl.render.plan.document import Block, Mark, Paragraph, PlanDocument, accepted, rejected
from planctl.render.plan.redline import redline
from tests.conftest import PLANS

View = list[tuple[Any, ...]]


def view(blocks: list[Block], resolve: Mark) -> View:
    """The document as it reads once every change is accepted ("insert" kept) or rejected ("delete" kept)."""
    dropped = "delete" if resolve == "insert" else "insert"
    read = accepted if resolve == "insert" else rejected
    found: View = []
    for block in blocks:
        if block.mark == dropped:
            continue
        if isinstance(block, Paragraph):
            role, level = block.was if (resolve == "delete" and block.was) else (block.role, block.level)
            found.append(("p", role, level, read(block.runs)))
        else:
            rows = [tuple(read(cell.runs) for cell in row.cells) for row in block.rows if row.mark != dropped]
            found.append(("table", tuple(rows)))
    return found


def plain(document: PlanDocument) -> View:
    return view(document.blocks, "insert")


def redlined(old_path: Path, new_path: Path) -> tuple[PlanDocument, PlanDocument, PlanDocument]:
    result = diff_plans(load_plan(old_path), load_plan(new_path))
    assert result.old_plan is not None and result.new_plan is not None
    old, new = plan_document(result.old_plan, Lang.da), plan_document(result.new_plan, Lang.da)
    return old, new, redline(old, new, result.paths)


def test_the_lyngby_draft_and_final_plan() -> None:
    old, new, marked = redlined(PLANS / "lyngby-taarbaek-2019-udkast.yaml", PLANS / "lyngby-taarbaek-2019.yaml")
    assert view(marked.blocks, "insert") == plain(new)
    assert view(marked.blocks, "delete") == plain(old)
    marked_up = ["".join(f"[-{run.text}-]" if run.mark == "delete" else f"{{+{run.text}+}}" if run.mark == "insert"
                         else run.text for run in block.runs)
                 for block in marked.blocks if isinstance(block, Paragraph) and block.mark == "equal"]
    # MÅL 1: the placeholder filled and the months added, word by word inside the goal's paragraph.
    assert ("Antallet af personer der modtager offentlig forsørgelse skal falde med [-x-]{+4+} pct. "
            "fra {+oktober +}2018 til {+oktober +}2019.") in marked_up


def test_a_plan_against_itself_has_no_marks() -> None:
    plan = PLANS / "rudersdal-2021.yaml"
    _, new, marked = redlined(plan, plan)
    assert marked.blocks == new.blocks


# --- generated pairs ------------------------------------------------------------

WORDS = ["ledige", "unge", "job", "uddannelse", "sygedagpenge", "virksomheder", "indsats", "borgere",
         "flere", "færre", "kontanthjælp", "fleksjob", "mentor", "Lyngby-Taarbæk", "pct.", "hhv."]
sentences = st.lists(st.sampled_from(WORDS), min_size=2, max_size=9).map(lambda w: " ".join(w).capitalize() + ".")
targets = st.fixed_dictionaries({
    "kind": st.just("change"), "direction": st.sampled_from(["decrease", "increase"]),
    "value": st.sampled_from(["x pct.", "4 pct.", "6 pct.", "ca. 600 personer"]),
    "baseline": st.just("oktober 2018"), "period": st.just("oktober 2019"),
})
goals = st.builds(lambda text, target, follow: {"text": text, "target": target,
                                                  "follow_up": [{"text": f} for f in follow]},
                  sentences, targets, st.lists(sentences, max_size=2))
rows = st.builds(lambda label, a, b: {"label": label, "cells": [a, b]},
                 st.sampled_from(["Ledige", "Unge", "Sygedagpenge", "Fleksjob", "I alt"]),
                 st.sampled_from(["437", "476", "9%", "xx"]), st.sampled_from(["12", "13", "1.234"]))
tables = st.builds(lambda r: {"title": "Fuldtidspersoner", "columns": ["Gruppe", "2018", "2019"], "rows": r},
                   st.lists(rows, min_size=1, max_size=4))
sections = st.builds(
    lambda title, level, prose, gs, ts: {"title": title, "level": level, "prose": prose, "goals": gs, "tables": ts},
    st.sampled_from(["Indledning", "Unge", "Flere i beskæftigelse", "Virksomheder", "Handicap"]),
    st.integers(1, 3), st.lists(sentences, max_size=3), st.lists(goals, max_size=3), st.lists(tables, max_size=1),
)


def _numbered(plan_sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
    number = 0
    for section in plan_sections:
        for goal in section["goals"]:
            number += 1
            goal["id"] = f"MÅL {number}"
    return plan_sections


def _plan(plan_sections: list[dict[str, Any]], status: str) -> dict[str, Any]:
    return {"municipality": {"name": "Lyngby-Taarbæk Kommune", "code": "173"},
            "title": "Beskæftigelsesplan 2019", "period": 2019, "status": status,
            "sections": _numbered(plan_sections)}


@st.composite
def plan_pairs(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    old = draw(st.lists(sections, min_size=1, max_size=4))
    new = [dict(section) for section in old]
    for section in new:  # edit each section a little: reword, drop and add goals, rows and paragraphs
        section["goals"] = [g for g in section["goals"] if draw(st.booleans()) or draw(st.booleans())]
        section["goals"] += draw(st.lists(goals, max_size=1))
        section["prose"] = [draw(sentences) if draw(st.integers(0, 3)) == 0 else p for p in section["prose"]]
        if section["tables"]:
            table = dict(section["tables"][0])
            table["rows"] = [r for r in table["rows"] if draw(st.booleans()) or draw(st.booleans())] + draw(
                st.lists(rows, max_size=2))
            section["tables"] = [table] if table["rows"] else []
    new = [s for s in new if draw(st.integers(0, 4))] + draw(st.lists(sections, max_size=1))
    return _plan(old, "draft"), _plan(new or old, "final")


def written(pair: tuple[dict[str, Any], dict[str, Any]], folder: Path) -> tuple[Path, Path]:
    """The generated old and new plan as plan files in the folder."""
    paths = [folder / "old.yaml", folder / "new.yaml"]
    for path, plan in zip(paths, pair, strict=True):
        path.write_text(yaml.safe_dump(plan, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return paths[0], paths[1]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_pairs())
def test_accept_gives_the_new_plan_and_reject_the_old_one(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        old, new, marked = redlined(*written(pair, Path(folder)))
    assert view(marked.blocks, "insert") == plain(new)
    assert view(marked.blocks, "delete") == plain(old)
