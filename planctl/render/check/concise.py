"""check --format concise: one `path:line:col: severity [ID] message` per finding."""

from __future__ import annotations

from planctl.lint.report import CheckReport
from planctl.render.page import Page
from planctl.render.terminal import printable


def render(report: CheckReport, page: Page) -> str:
    return "".join(
        f"{printable(f.file)}:{f.line}:{f.column}: {f.severity} [{f.rule}] {printable(f.message)}\n"
        for f in report.findings()
    )
