"""Golden files: rendered output compared with a file in the repo, reviewed in the diff.

Run the tests with PLANCTL_UPDATE_GOLDEN=1 to rewrite the files after an intended change.
"""

from __future__ import annotations

import os
from pathlib import Path

UPDATE = os.environ.get("PLANCTL_UPDATE_GOLDEN") == "1"


def assert_golden(actual: str, golden: Path) -> None:
    """The output equals the golden file (or, when updating, becomes it)."""
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"{golden} is missing: run with PLANCTL_UPDATE_GOLDEN=1 to create it"
    expected = golden.read_text(encoding="utf-8")
    assert actual == expected, f"output differs from {golden.name}; rerun with PLANCTL_UPDATE_GOLDEN=1 if intended"
