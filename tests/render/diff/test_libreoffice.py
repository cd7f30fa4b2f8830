"""The accept/reject guarantee of diff --format docx, in LibreOffice itself.

LibreOffice opens the Word diff headless, accepts every change and reads every paragraph
(text and paragraph style) and every table cell back; then the same with every change
rejected. The results must equal what LibreOffice reads from `show NEW` and `show OLD`.
Python-UNO belongs to the system's python3, so tests/libreoffice/lo_views.py runs in a
subprocess of it, all documents in one LibreOffice session.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from tests.conftest import RunCli
from tests.render.diff.test_docx import DRAFT, FINAL, small_pair

READER = Path(__file__).resolve().parents[2] / "libreoffice" / "lo_views.py"


def read_in_libreoffice(jobs: list[tuple[Path, str]], folder: Path) -> list[dict[str, Any]]:
    (folder / "jobs.json").write_text(json.dumps([{"path": str(p), "view": v} for p, v in jobs]), encoding="utf-8")
    result = subprocess.run(["/usr/bin/python3", str(READER), str(folder / "jobs.json"), str(folder / "out.json")],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    return list(json.loads((folder / "out.json").read_text(encoding="utf-8")))


def test_libreoffice_accepts_to_the_new_plan_and_rejects_to_the_old(
    planctl: RunCli, tmp_path: Path, libreoffice: str
) -> None:
    pairs = [(DRAFT, FINAL), small_pair(tmp_path)]
    jobs: list[tuple[Path, str]] = []
    for n, (old, new) in enumerate(pairs):
        documents = {name: tmp_path / f"{n}-{name}.docx" for name in ("diff", "old", "new")}
        assert planctl("diff", old, new, "--format", "docx", "-o", documents["diff"], "--lang", "da").code == 1
        assert planctl("show", old, "--format", "docx", "-o", documents["old"], "--lang", "da").code == 0
        assert planctl("show", new, "--format", "docx", "-o", documents["new"], "--lang", "da").code == 0
        jobs += [(documents["diff"], "accept"), (documents["diff"], "reject"),
                 (documents["new"], "stored"), (documents["old"], "stored")]
    results = read_in_libreoffice(jobs, tmp_path)
    for n in range(len(pairs)):
        accepted, rejected, new, old = results[4 * n: 4 * n + 4]
        assert accepted["redlines"], "LibreOffice lists the tracked changes"
        assert {r["author"] for r in accepted["redlines"]} and accepted["left"] == 0 and rejected["left"] == 0
        assert accepted["body"] == new["body"]
        assert rejected["body"] == old["body"]

