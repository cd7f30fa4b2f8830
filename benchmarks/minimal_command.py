"""The least a command built as planctl is built can cost: Typer parsing one argument and one
option (which loads Typer's own option coercion), yaml and Pydantic imported, one line printed
with Rich. benchmarks/run_all.py measures `planctl check` against it beside the import floor."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import rich.table  # noqa: F401  (imported as check's text report imports it)
import typer
import yaml  # noqa: F401
from pydantic import BaseModel  # noqa: F401
from rich.console import Console


def main(path: Path, output_format: Annotated[str, typer.Option("--format")] = "text") -> None:
    Console().print(f"{path}: {output_format}")


if __name__ == "__main__":
    typer.run(main)
