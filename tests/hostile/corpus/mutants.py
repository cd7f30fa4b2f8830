"""Seeded mutants of the five real plans: lines deleted, duplicated, retyped, swapped, truncated, indented."""

from __future__ import annotations

import os
import random

from tests.conftest import PLANS
from tests.hostile.corpus.case import Case, file_with

_REPLACEMENTS = ("[]", "{}", "~", "true", "-1", "1.5", '""', "2019-02-30", "[a, [b]]", "{x: {y: z}}", "*nope", "&a",
                 "'", '"', "|", ">", "- x", "? x", "!!binary aGVq", "9" * 40, "\\e[2J", '"\\e]0;x\\a"')


def _mutate(text: str, rng: random.Random) -> tuple[str, bytes]:
    lines = text.split("\n")
    operation = rng.choice(("delete", "duplicate", "retype", "swap", "truncate", "indent"))
    index = rng.randrange(len(lines))
    if operation == "delete":
        del lines[index]
    elif operation == "duplicate":
        lines.insert(index, lines[index])
    elif operation == "retype":
        keyed = [i for i, line in enumerate(lines) if ": " in line] or [index]
        index = rng.choice(keyed)
        key = lines[index].split(": ", 1)[0]
        lines[index] = f"{key}: {rng.choice(_REPLACEMENTS)}"
    elif operation == "swap":
        keyed = [i for i, line in enumerate(lines) if ": " in line]
        first, second = rng.sample(keyed, 2)
        a, b = lines[first].split(": ", 1), lines[second].split(": ", 1)
        lines[first], lines[second] = f"{a[0]}: {b[1]}", f"{b[0]}: {a[1]}"
    elif operation == "indent":
        lines[index] = rng.choice((" ", "  ", "\t", "")) + lines[index].lstrip(" ")
    else:
        data = text.encode()
        return operation, data[:rng.randrange(len(data))]
    return operation, "\n".join(lines).encode()


def mutants(per_plan: int | None = None, seed: int = 14) -> list[Case]:
    """Seeded mutants of the five plans: 60 each, or PLANCTL_HOSTILE_MUTANTS each for a long run."""
    per_plan = per_plan or int(os.environ.get("PLANCTL_HOSTILE_MUTANTS", "60"))
    cases = []
    for plan in sorted(PLANS.glob("*.yaml")):
        text = plan.read_text(encoding="utf-8")
        for number in range(per_plan):
            rng = random.Random(f"{seed}-{plan.stem}-{number}")
            operation, data = _mutate(text, rng)
            cases.append(Case("mutants", f"{plan.stem}-{number:02d}-{operation}", file_with(data), "any"))
    return cases
