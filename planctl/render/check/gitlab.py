"""check --format gitlab: a GitLab Code Quality report (JSON), shown in the merge request.

Each finding is an entry {description, check_name, fingerprint, severity, location: {path,
lines: {begin}}}; a plan that cannot be read or validated is one `major` entry per problem
under E001 invalid-plan. Fingerprints do not depend on the line (see fingerprint.py), so
GitLab sees a finding as the same one when text above it moves.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planctl.errors import Problem
from planctl.lint.finding import Finding
from planctl.lint.report import CheckReport
from planctl.render.check.fingerprint import INVALID_RULE, fingerprints
from planctl.render.jsontext import dumps
from planctl.render.page import Page

SEVERITY = {"info": "info", "warning": "minor", "error": "major"}


def render(report: CheckReport, page: Page) -> str:
    found, invalid = fingerprints(report)
    entries = [_finding(f, fingerprint) for f, fingerprint in zip(report.findings(), found, strict=True)]
    entries += [_invalid(p, fingerprint) for p, fingerprint in zip(report.invalid, invalid, strict=True)]
    return dumps(entries)


def _finding(f: Finding, fingerprint: str) -> dict[str, Any]:
    return _entry(f"[{f.rule}] {f.message}", f"{f.rule} {f.name}", fingerprint, SEVERITY[f.severity],
                  Path(f.file).as_posix(), f.line)


def _invalid(problem: Problem, fingerprint: str) -> dict[str, Any]:
    path = "" if problem.file is None else problem.file.as_posix()
    return _entry(f"[{INVALID_RULE}] {problem.message_with_hint}", f"{INVALID_RULE} invalid-plan", fingerprint,
                  SEVERITY["error"], path, problem.line or 1)


def _entry(description: str, check_name: str, fingerprint: str, severity: str, path: str,
           line: int) -> dict[str, Any]:
    return {
        "description": description,
        "check_name": check_name,
        "fingerprint": fingerprint,
        "severity": severity,
        "location": {"path": path, "lines": {"begin": line}},
    }
