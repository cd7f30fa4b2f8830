"""The JSON Schema of the plan format, generated from the models."""

from __future__ import annotations

import json
from typing import Any

from planctl.model.plan import Plan

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def plan_json_schema() -> dict[str, Any]:
    """The schema an editor uses to complete and validate a plan file."""
    schema = Plan.model_json_schema()
    # `minister_goals: 2019` is shorthand for `{year: 2019}`: the model takes it in a
    # before-validator, so the schema must say so itself.
    field = schema["properties"]["minister_goals"]
    field["anyOf"] = [{"type": "integer", "description": "The plan year of the minister's goals."},
                      *field["anyOf"]]
    return {"$schema": SCHEMA_DIALECT, **schema}


def plan_json_schema_text() -> str:
    return json.dumps(plan_json_schema(), indent=2, ensure_ascii=False) + "\n"
