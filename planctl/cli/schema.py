"""planctl schema: print the JSON Schema of the plan format."""

from __future__ import annotations

from pathlib import Path

from planctl.cli.common import EXIT_OK, guarded
from planctl.cli.options import OutputOption
from planctl.model.schema import plan_json_schema_text
from planctl.output import deliver


def schema(output: OutputOption = None) -> None:
    """Print the JSON Schema of the plan format (the file schemas/plan.schema.json).

    Example: planctl schema -o schemas/plan.schema.json
    """
    raise SystemExit(guarded(lambda: _schema(output)))


def _schema(output: Path | None) -> int:
    deliver(plan_json_schema_text(), output)
    return EXIT_OK
