"""The corpus's totals in the shape of issue 14's table: `python -m tests.hostile.summary`.

Runs every input as the test does and prints, per category, the inputs, the runs, and how many
runs fell into each failure class; then each failure, one per line. Exit code 1 if any.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from tests.hostile.corpus import Case, corpus
from tests.hostile.examine import CLASSES, Failure, examine, runs


def totals(cases: list[Case]) -> tuple[dict[str, Counter[str]], list[tuple[Case, Failure]]]:
    table: dict[str, Counter[str]] = defaultdict(Counter)
    found: list[tuple[Case, Failure]] = []
    position: Counter[str] = Counter()
    for case in cases:
        index = position[case.category]
        position[case.category] += 1
        row = table[case.category]
        row["inputs"] += 1
        if case.skip:
            row["skipped"] += 1
            continue
        row["runs"] += len(runs(case, index))
        with tempfile.TemporaryDirectory() as folder:
            failures = examine(case, Path(folder), index)
        for failure in failures:
            row[failure.kind] += 1
            found.append((case, failure))
    return table, found


def main() -> int:
    started = time.monotonic()
    table, found = totals(corpus())
    columns = ("inputs", "runs", "skipped", *CLASSES)
    print("| category | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    total: Counter[str] = Counter()
    for category, row in table.items():
        total.update(row)
        print(f"| {category} | " + " | ".join(str(row[c]) for c in columns) + " |")
    print("| **total** | " + " | ".join(str(total[c]) for c in columns) + " |")
    print(f"\n{time.monotonic() - started:.0f} s")
    for case, failure in found:
        print(f"{case.id}: {failure}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
