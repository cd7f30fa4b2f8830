from __future__ import annotations

import os
import shutil
import subprocess
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"

# Every test checks its plans anew: a test that changes planctl in process (a patched rule) must
# never be answered from an earlier run. The result cache has its own tests, which turn it on.
os.environ["PLANCTL_NO_CACHE"] = "1"

MINIMAL_PLAN = """\
municipality:
  name: Lyngby-Taarbæk Kommune
  code: "173"
title: Beskæftigelsesplan 2019
period: 2019
status: draft
minister_goals: 2019
sections:
  - title: "Indsatsområde: Unge"
    goals:
      - id: MÅL 2
        text: Antallet af unge skal falde med x pct. fra 2018 til 2019.
        target:
          kind: change
          direction: decrease
          value: x pct.
          baseline: "2018"
          period: "2019"
"""


@pytest.fixture
def write_plan(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write YAML text (dedented) to a plan file and return its path."""

    def write(text: str, name: str = "plan.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write


@dataclass(frozen=True)
class Run:
    """What one planctl command printed and how it ended."""

    code: int
    out: str
    err: str


RunCli = Callable[..., Run]

# The environment a command sees unless a test says otherwise: English, no colour, a known width.
_QUIET_ENV = {"LANG": "C.UTF-8", "LC_ALL": None, "LC_MESSAGES": None, "LANGUAGE": None, "COLUMNS": "100",
              "GITHUB_ACTIONS": None, "NO_COLOR": None}


def run_cli(*args: str | Path, env: Mapping[str, str | None] | None = None, cwd: Path | None = None) -> Run:
    """Run planctl in this process, as `planctl ARGS...` would run in a shell.

    An exception other than the command's own exit is a bug in planctl and fails the test.
    """
    from planctl.cli import app

    previous = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = CliRunner(env={**_QUIET_ENV, **(env or {})}).invoke(app, [str(a) for a in args])
    finally:
        os.chdir(previous)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def planctl() -> RunCli:
    """`planctl(*args, env=..., cwd=...)` runs a command in process and returns its Run."""
    return run_cli


def _libreoffice_missing() -> str | None:
    if shutil.which("soffice") is None:
        return "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer python3-uno"
    probe = subprocess.run(["/usr/bin/python3", "-c", "import uno"], capture_output=True, check=False)
    if probe.returncode != 0:
        return "Python-UNO is missing for the system python3: apt-get install python3-uno"
    return None


@pytest.fixture(scope="session")
def libreoffice() -> str:
    """The soffice command. Skips with the reason where LibreOffice is missing, but fails under CI,
    which installs it (.ci/run), so that CI never skips what only LibreOffice can prove."""
    missing = _libreoffice_missing()
    if missing is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the LibreOffice tests: {missing}")
        pytest.skip(missing)
    return shutil.which("soffice") or "soffice"
