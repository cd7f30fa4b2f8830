"""planctl schema: print the JSON Schema of the plan format, or where the installed copy is."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from planctl.cli.common import EXIT_OK, guarded
from planctl.cli.options import OutputOption
from planctl.model.schema import SHIPPED_SCHEMA, plan_json_schema_text
from planctl.output import deliver


def schema(
    output: OutputOption = None,
    path: Annotated[bool, typer.Option(
        "--path", help="Print where the installed package keeps its copy of the schema (for an editor's settings).",
    )] = False,
) -> None:
    """Print the JSON Schema of the plan format (the file schemas/plan.schema.json).

    Example: planctl schema -o schemas/plan.schema.json
    """
    raise SystemExit(guarded(lambda: _schema(output, path)))


def _schema(output: Path | None, path: bool) -> int:
    deliver(f"{SHIPPED_SCHEMA}\n" if path else plan_json_schema_text(), output)
    return EXIT_OK
