"""check --format json: a stable, documented structure (see README, "check --format json")."""

from __future__ import annotations

import json
from dataclasses import asdict

from planctl.lint.run import CheckReport

FORMAT_VERSION = 1


def render_json(report: CheckReport) -> str:
    document = {
        "version": FORMAT_VERSION,
        "findings": [asdict(finding) for finding in report.findings()],
        "invalid": report.invalid,
        "summary": asdict(report.summary),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
