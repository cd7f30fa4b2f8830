"""How long `planctl check` of one plan takes, as a ratio to starting Python with its libraries.

    .venv/bin/python benchmarks/check_startup.py [plan.yaml] [--runs N]

Prints the median wall time of each command over N runs and their ratio. A ratio near 1
means checking costs little beyond the interpreter and the imports check cannot avoid.
It also lists heavy libraries that check must not import (python-docx, lxml): none should be.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The libraries check needs, each as far as check uses it: `import pydantic` alone is lazy and
# loads neither BaseModel nor its validators, so the baseline imports what a pydantic user pays for.
LIBRARIES = "yaml, babel.numbers, rapidfuzz.fuzz, typer.main, rich.console, rich.table, pydantic.main, pydantic.fields"
HEAVY = ("docx", "lxml")


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def heavy_imports(plan: Path) -> list[str]:
    probe = (
        "import sys, runpy\n"
        f"sys.argv = ['planctl', 'check', {str(plan)!r}, '--format', 'concise']\n"
        "try:\n    runpy.run_module('planctl', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        f"print('heavy:' + ','.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=False)
    line = next(line for line in result.stderr.splitlines() if line.startswith("heavy:"))
    return [name for name in line.removeprefix("heavy:").split(",") if name]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("plan", nargs="?", default="plans/lyngby-taarbaek-2019-udkast.yaml")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    plan = Path(args.plan)
    check = median_seconds([sys.executable, "-m", "planctl", "check", str(plan), "--format", "concise"], args.runs)
    imports = median_seconds([sys.executable, "-c", f"import {LIBRARIES}"], args.runs)
    print(f"plan:                       {plan} ({plan.stat().st_size // 1024} KB)")
    print(f"planctl check (median):     {check * 1000:.0f} ms")
    print(f"python -c 'import {LIBRARIES}' (median): {imports * 1000:.0f} ms")
    print(f"ratio check / imports:      {check / imports:.2f}")
    heavy = heavy_imports(plan)
    print(f"heavy libraries imported:   {', '.join(heavy) if heavy else 'none'}")


if __name__ == "__main__":
    main()
