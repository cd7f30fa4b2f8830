"""check --format github: GitHub Actions workflow commands, one annotation per finding."""

from __future__ import annotations

from planctl.lint.run import CheckReport

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: CheckReport) -> str:
    lines = []
    for f in report.findings():
        title = _property(f"planctl {f.rule} ({f.name})")
        lines.append(
            f"::{_COMMAND[f.severity]} file={_property(f.file)},line={f.line},col={f.column},"
            f"title={title}::{_data(f.message)}\n"
        )
    return "".join(lines)
