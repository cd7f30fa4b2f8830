"""check --format concise: one `path:line:col: severity [ID] message` per finding."""

from __future__ import annotations

from planctl.lint.run import CheckReport


def render_concise(report: CheckReport) -> str:
    return "".join(
        f"{f.file}:{f.line}:{f.column}: {f.severity} [{f.rule}] {f.message}\n" for f in report.findings()
    )
