"""Fingerprints of findings for dashboards that track a finding across runs (GitLab Code
Quality, SARIF's partialFingerprints).

A fingerprint hashes what identifies a finding — the file, the rule, the node in the plan and
the excerpt — and not its line, so it stays when text above it moves. Findings that would
share one get an ordinal, so each fingerprint in a report is unique.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

from planctl.errors import Problem
from planctl.lint.finding import Finding
from planctl.lint.report import CheckReport

INVALID_RULE = "E001"


def fingerprints(report: CheckReport) -> tuple[list[str], list[str]]:
    """The fingerprints of the report's findings and of its invalid-plan problems, in their order."""
    seen: Counter[str] = Counter()
    return ([_unique(_finding_key(f), seen) for f in report.findings()],
            [_unique(_problem_key(p), seen) for p in report.invalid])


def _finding_key(f: Finding) -> str:
    return "\0".join([Path(f.file).as_posix(), f.rule, f.path, f.excerpt or ""])


def _problem_key(problem: Problem) -> str:
    file = "" if problem.file is None else problem.file.as_posix()
    return "\0".join([file, INVALID_RULE, problem.message])


def _unique(key: str, seen: Counter[str]) -> str:
    seen[key] += 1
    ordinal = seen[key] - 1
    # surrogateescape: a file name's bytes that are not UTF-8 are hashed as the bytes they are
    return hashlib.sha256(f"{key}\0{ordinal}".encode("utf-8", "surrogateescape")).hexdigest()
