"""A hostile input: how to write it into a folder, and what every planctl command must answer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from tests.conftest import MINIMAL_PLAN

Expect = Literal["invalid", "valid", "any"]
Writer = Callable[[Path], Path]


@dataclass(frozen=True)
class Case:
    """One hostile input: how to write it into a folder, and what every command must answer."""

    category: str
    name: str
    write: Writer
    expect: Expect
    # The problem is inside the file, so the error names its line (file:line:col).
    located: bool = False
    # `plan`: every plan command; `import`: planctl import; `custom`: the case's own commands.
    commands: Literal["plan", "import", "custom"] = "plan"
    custom: tuple[tuple[str, ...], ...] = ()
    # Run every command and format, not a rotating sample (small categories, the large inputs).
    every_format: bool = False
    # Needs a real process (a FIFO, a strict stdout encoding).
    process: bool = False
    skip: str | None = None
    outputs: tuple[str, ...] = field(default=())

    @property
    def id(self) -> str:
        return f"{self.category}/{self.name}"


def file_with(text: str | bytes, name: str = "plan.yaml") -> Writer:
    """A writer of one file with this text."""
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return path

    return write


def plan_with(replace: str, by: str) -> str:
    """The minimal valid plan with one piece of it replaced."""
    assert replace in MINIMAL_PLAN, replace
    return MINIMAL_PLAN.replace(replace, by, 1)
