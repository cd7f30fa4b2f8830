"""The console script ends the process at once, with the command's exit code and all its output flushed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planctl import cli

ROOT = Path(__file__).resolve().parents[2]


class _Exited(Exception):
    def __init__(self, code: int) -> None:
        self.code = code


@pytest.fixture
def exits(monkeypatch: pytest.MonkeyPatch) -> None:
    def record(code: int) -> None:
        raise _Exited(code)

    monkeypatch.setattr(os, "_exit", record)


@pytest.mark.usefixtures("exits")
@pytest.mark.parametrize(("arguments", "code"), [
    (["check", "plans/taarnby-2019-2023.yaml", "--no-cache", "--format", "concise"], 1),  # it has an error
    (["check", "plans/taarnby-2019-2023.yaml", "--no-cache", "--select", "U001"], 0),
    (["check", "no-such-plan.yaml", "--no-cache"], 2),
    (["check", "--no-such-option"], 2),
    (["--version"], 0),
])
def test_main_ends_through_os_exit_with_the_commands_code(
    arguments: list[str], code: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sys, "argv", ["planctl", *arguments])
    with pytest.raises(_Exited) as exited:
        cli.main()
    assert exited.value.code == code
    capsys.readouterr()


@pytest.mark.usefixtures("exits")
def test_a_message_carried_by_system_exit_goes_to_stderr_with_code_1(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(_Exited) as exited:
        cli.exit_at_once("planctl: stopped")
    assert exited.value.code == 1
    assert capsys.readouterr().err == "planctl: stopped\n"


def test_a_large_output_piped_to_a_file_arrives_whole(tmp_path: Path) -> None:
    # os._exit skips Python's own flushing at exit: the buffered tail of the output must still arrive.
    plans = tmp_path / "plans"
    plans.mkdir()
    for index in range(12):
        (plans / f"plan-{index:02}.yaml").write_bytes((ROOT / "plans" / "lyngby-taarbaek-2019-udkast.yaml")
                                                      .read_bytes())
    done = subprocess.run([sys.executable, "-m", "planctl", "check", str(plans), "--format", "json", "--no-cache",
                           "--jobs", "1"], capture_output=True, cwd=ROOT, check=False)
    assert done.returncode == 1
    findings = json.loads(done.stdout)["findings"]
    assert {finding["file"] for finding in findings} == {str(plans / f"plan-{index:02}.yaml") for index in range(12)}
