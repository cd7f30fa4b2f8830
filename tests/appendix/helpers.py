"""The three appendices of issue 10's acceptance, made through the command line as a user makes them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import PLANS, RunCli

DRAFT = PLANS / "lyngby-taarbaek-2019-udkast.yaml"
FINAL = PLANS / "lyngby-taarbaek-2019.yaml"
MEETING = "Handicaprådet 21. november 2018, punkt 8"

# name -> the arguments of `planctl appendix` (the hearing, the adopted plan, the Handicapråd's)
APPENDICES: dict[str, tuple[str, ...]] = {
    "hearing": (str(DRAFT), "--meeting", MEETING),
    "adopted": (str(FINAL), "--against", str(DRAFT)),
    "handicap": (str(FINAL), "--against", str(DRAFT), "--focus", "personer_med_handicap"),
}


def appendix_docx(planctl: RunCli, name: str, target: Path, *extra: str) -> bytes:
    target.parent.mkdir(parents=True, exist_ok=True)
    run = planctl("appendix", *APPENDICES[name], *extra, "-o", str(target))
    assert run.code == 0, run.err
    return target.read_bytes()


def appendix_markdown(planctl: RunCli, name: str) -> str:
    run = planctl("appendix", *APPENDICES[name], "--format", "markdown")
    assert run.code == 0, run.err
    return run.out


def check_json(planctl: RunCli, path: Path) -> list[dict[str, Any]]:
    findings: list[dict[str, Any]] = json.loads(planctl("check", str(path), "--format", "json").out)["findings"]
    return findings


def diff_json(planctl: RunCli, old: Path, new: Path) -> list[dict[str, Any]]:
    changes: list[dict[str, Any]] = json.loads(planctl("diff", str(old), str(new), "--format", "json").out)["changes"]
    return changes
