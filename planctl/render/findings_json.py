"""check --format json: a stable, documented structure (see README, "check --format json")."""

from __future__ import annotations

import json

from planctl.lint.run import CheckReport

FORMAT_VERSION = 1


def render_json(report: CheckReport) -> str:
    document = {
        "version": FORMAT_VERSION,
        "findings": [finding.model_dump() for finding in report.findings()],
        "invalid": report.invalid,
        "summary": report.summary.model_dump(),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
