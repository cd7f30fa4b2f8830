"""A long fuzzing run, not part of the suite: `python -m tests.hostile.fuzz [SECONDS] [SEED]`.

Byte-level mutants of the five real plans (flip, insert, delete, duplicate a span, splice a
span of another plan) go through load, every lint rule, diff against the original and compare,
in process; anything raised but PlanctlError is printed with the seed that makes it again.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

from planctl.compare.inputs import CompareOptions
from planctl.compare.run import compare_files
from planctl.diff import diff_plans
from planctl.errors import PlanctlError
from planctl.lint.config import LintConfig
from planctl.lint.report import CheckOptions
from planctl.lint.run import lint_plan
from planctl.load import load_plan
from tests.conftest import PLANS

_PIECES = [b"\x00", b"\xff", b"\xc3", b"\x1b[2J", b"\n", b"\t", b": ", b"- ", b"&a ", b"*a", b"!!", b"'", b'"',
           b"[", b"{", b"yes", b".nan", b"1_000", b"9" * 40, "æøå".encode(), b"\xe2\x80\xae", b"<<: "]


def mutate(data: bytes, others: list[bytes], rng: random.Random) -> bytes:
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(data) + 1)
        operation = rng.randrange(5)
        if operation == 0 and data:
            data = data[:at] + bytes([rng.randrange(256)]) + data[at + 1:]
        elif operation == 1:
            data = data[:at] + rng.choice(_PIECES) + data[at:]
        elif operation == 2:
            data = data[:at] + data[at + rng.randint(1, 200):]
        elif operation == 3:
            span = data[at:at + rng.randint(1, 400)]
            data = data[:at] + span + span + data[at + len(span):]
        else:
            other = rng.choice(others)
            start = rng.randrange(len(other))
            data = data[:at] + other[start:start + rng.randint(1, 400)] + data[at:]
    return data


def main(seconds: float = 300, seed: int = 14) -> int:
    plans = {path: path.read_bytes() for path in sorted(PLANS.glob("*.yaml"))}
    texts = list(plans.values())
    started, runs, valid, failures = time.monotonic(), 0, 0, 0
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "plan.yaml"
        while time.monotonic() - started < seconds:
            rng = random.Random(f"{seed}-{runs}")
            original = rng.choice(list(plans))
            target.write_bytes(mutate(plans[original], texts, rng))
            runs += 1
            try:
                loaded = load_plan(target)
                valid += 1
                lint_plan(loaded, CheckOptions(), LintConfig())
                diff_plans(load_plan(original), loaded)
                compare_files([original, target], CompareOptions())
            except PlanctlError:
                continue
            except Exception:  # noqa: BLE001 - the finding
                failures += 1
                print(f"seed {seed}-{runs - 1} ({original.name}):")
                traceback.print_exc(limit=3)
    print(f"{runs} mutants in {time.monotonic() - started:.0f} s: {valid} loaded, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*(float(a) for a in sys.argv[1:2]), *(int(a) for a in sys.argv[2:3])))
