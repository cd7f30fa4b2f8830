"""Which files a command works on: the plan files of a folder."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from planctl import paths
from planctl.paths import discover_plans


def test_a_folder_asks_git_once_whatever_its_number_of_plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for number in range(5):
        (tmp_path / f"plan-{number}.yaml").write_text("municipality: x\n", encoding="utf-8")
    calls: list[list[str]] = []

    def run(command: list[str], **options: Any) -> subprocess.CompletedProcess[str]:
        calls.append(command)
        return subprocess.CompletedProcess(command, 1, "", "")  # 1: git ignores none of them

    monkeypatch.setattr(paths.subprocess, "run", run)
    assert len(discover_plans([tmp_path])) == 5
    assert len(calls) == 1
