"""What a rule finds, as every renderer receives it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


class Finding(BaseModel):
    """One finding of one rule at one place in a plan file."""

    rule: str
    name: str
    severity: Severity
    message: str
    file: str
    line: int
    column: int
    path: str
    excerpt: str | None = None

    @property
    def family(self) -> str:
        return self.rule.rstrip("0123456789")
