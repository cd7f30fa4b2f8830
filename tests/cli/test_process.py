"""The few things only a real process shows: how planctl starts, and how it ends when the
reader of its output goes away. Everything else runs in process (the `planctl` fixture)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def test_python_m_planctl_runs() -> None:
    result = subprocess.run([sys.executable, "-m", "planctl", "--help"], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert "Example: planctl check plans/" in result.stdout


def test_the_console_script_runs() -> None:
    script = Path(sys.executable).parent / "planctl"
    if not script.exists():
        pytest.skip(f"planctl is not installed next to {sys.executable}")
    result = subprocess.run([script, "rules", "U001"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("U001 placeholder-value: ")


@pytest.mark.parametrize("args", [
    ["check", "plans/"],  # planctl check plans/ | head -1: the report is larger than a pipe's buffer
    ["check", "plans/rudersdal-2021.yaml", "--format", "concise"],  # a report small enough to wait for exit
    ["schema"],
])
def test_a_reader_that_goes_away_ends_the_run_quietly_with_exit_0(args: list[str]) -> None:
    # Standard output buffered, as a user's is: what is written last stays in the buffer until flushed.
    env = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    process = subprocess.Popen([sys.executable, "-m", "planctl", *args], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    # Closed before planctl has written anything: no one reads, as when `head` has had its line.
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0, stderr
    assert stderr == ""
