"""Plans and helpers the compare tests share."""

from __future__ import annotations

from pathlib import Path

from planctl.compare.inputs import CompareOptions
from planctl.compare.model import Comparison, Row
from planctl.compare.run import compare_files
from planctl.messages import Lang
from tests.conftest import PLANS, ROOT

# The four municipalities' final plans, in the order the acceptance names them.
FINAL_PLANS = [
    Path("plans/lyngby-taarbaek-2019.yaml"),
    Path("plans/gladsaxe-2012.yaml"),
    Path("plans/taarnby-2019-2023.yaml"),
    Path("plans/rudersdal-2021.yaml"),
]
ALL_PLANS = sorted(Path("plans") / p.name for p in PLANS.glob("*.yaml"))
LYNGBY, GLADSAXE, TAARNBY, RUDERSDAL = range(4)
SOURCES = ROOT / "tests" / "sources"


def compare(files: list[Path], lang: str = "da", **options: object) -> Comparison:
    """Compare plans named relative to the repo root; file names shown as a user there would see them."""
    comparison = compare_files([ROOT / f for f in files], CompareOptions(lang=Lang(lang), **options))  # type: ignore[arg-type]
    for plan in comparison.plans:
        plan.file = str(Path(plan.file).relative_to(ROOT))
    return comparison


def group(comparison: Comparison, kind: str) -> list[Row]:
    return next(g.rows for g in comparison.groups if g.kind == kind)


def row(comparison: Comparison, kind: str, key: str) -> Row:
    return next(r for r in group(comparison, kind) if r.key == key)


def source_text(name: str) -> str:
    """A source document with its line breaks taken out, for checking a fact against it."""
    return " ".join((SOURCES / name).read_text(encoding="utf-8").split())
