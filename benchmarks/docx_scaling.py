"""What show's Word document costs as a plan grows.

    .venv/bin/python benchmarks/docx_scaling.py [plan.yaml]

The Lyngby-Taarbæk draft, and the same plan grown 10 and 50 times by repeating its
sections, rendered as `show --format docx` renders it (the plan's blocks, then the .docx
bytes). Prints the best of a few runs for each size and the ratios: work that grows
linearly gives about 10 and 5. It asserts nothing (timings belong to the machine).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planctl.load import load_plan  # noqa: E402
from planctl.messages import Lang  # noqa: E402
from planctl.model.plan import Plan  # noqa: E402
from planctl.render.page import Page  # noqa: E402
from planctl.render.plan.build import plan_document  # noqa: E402
from planctl.render.plan.docx import render  # noqa: E402

DRAFT = ROOT / "plans" / "lyngby-taarbaek-2019-udkast.yaml"


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def grown(plan: Plan, times: int) -> Plan:
    return plan.model_copy(update={"sections": plan.sections * times})


def main() -> None:
    plan = load_plan(Path(sys.argv[1]) if len(sys.argv) > 1 else DRAFT).plan
    render(plan_document(plan, Lang.da), Page(lang=Lang.da))  # warm: python-docx imported, its template read
    costs: dict[int, float] = {}
    for times in (1, 10, 50):
        bigger = grown(plan, times)
        document = plan_document(bigger, Lang.da)
        blocks = best_of(3, lambda bigger=bigger: plan_document(bigger, Lang.da))
        costs[times] = best_of(3 if times < 50 else 2,
                               lambda bigger=bigger: render(plan_document(bigger, Lang.da), Page(lang=Lang.da)))
        size = len(render(document, Page(lang=Lang.da)))
        print(f"{times:>3}x: {len(document.blocks):>6} blocks, {size / 1024:7.0f} KiB: "
              f"{costs[times] * 1000:7.0f} ms ({blocks * 1000:.0f} ms of it the blocks)")
    print(f"ratio 10x / 1x: {costs[10] / costs[1]:.1f} (linear would be about 10, less with the fixed start)")
    print(f"ratio 50x / 10x: {costs[50] / costs[10]:.1f} (linear would be 5.0)")


if __name__ == "__main__":
    main()
