"""The JSON Schema of the plan format, generated from the models.

The schema is as strict as `planctl check`'s validation where JSON Schema can say it: the
Danish quantities, placeholders and periods carry the model's own grammar as patterns
(``fields.py``). A copy ships inside the package (``planctl schema --path``) and one is kept
in the repository as schemas/plan.schema.json for the plans' modeline.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from planctl.model.plan import Plan

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "urn:planctl:schema:plan"
# The copy in the installed package; a test keeps it equal to what plan_json_schema_text() gives.
SHIPPED_SCHEMA = Path(__file__).with_name("plan.schema.json")
_COMPOSITE_KEYS = ("$ref", "anyOf", "oneOf", "allOf")


class _PlanSchemaGenerator(GenerateJsonSchema):
    """Optional values say "or null" in their own `type`, so an editor's first word is about the value."""

    def nullable_schema(self, schema: core_schema.NullableSchema) -> JsonSchemaValue:
        inner = self.generate_inner(schema["schema"])
        if "type" not in inner or any(key in inner for key in _COMPOSITE_KEYS):
            return super().nullable_schema(schema)
        types = inner["type"] if isinstance(inner["type"], list) else [inner["type"]]
        merged = {**inner, "type": [*types, *(["null"] if "null" not in types else [])]}
        if "enum" in inner and None not in inner["enum"]:
            merged["enum"] = [*inner["enum"], None]
        return merged


def plan_json_schema() -> dict[str, Any]:
    """The schema an editor uses to complete and validate a plan file."""
    schema = Plan.model_json_schema(schema_generator=_PlanSchemaGenerator)
    # `minister_goals: 2019` is shorthand for `{year: 2019}`: the model takes it in a
    # before-validator, so the schema must say so itself.
    field = schema["properties"]["minister_goals"]
    field["anyOf"] = [{"type": "integer", "description": "The plan year of the minister's goals."},
                      *field["anyOf"]]
    return {"$schema": SCHEMA_DIALECT, "$id": SCHEMA_ID, **schema}


def plan_json_schema_text() -> str:
    return json.dumps(plan_json_schema(), indent=2, ensure_ascii=False) + "\n"
