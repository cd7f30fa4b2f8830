"""What a rule finds, as every renderer receives it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True)
class Finding:
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
