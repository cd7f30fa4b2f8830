"""planctl schema: print the JSON Schema of the plan format."""

from __future__ import annotations

import sys

from planctl.model.schema import plan_json_schema_text


def schema() -> None:
    """Print the JSON Schema of the plan format (the file schemas/plan.schema.json).

    Example: planctl schema > schemas/plan.schema.json
    """
    sys.stdout.write(plan_json_schema_text())
