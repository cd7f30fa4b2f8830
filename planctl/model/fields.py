"""Pydantic field types for the Danish values of ``values.py``.

Each is written in a plan as the text the document prints and read back as a typed
value; the JSON Schema shows it as a string with examples, so an editor can help.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, GetCoreSchemaHandler, GetJsonSchemaHandler, WithJsonSchema
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from planctl.data import target_groups
from planctl.model.values import (
    AMOUNT_GRAMMAR,
    FIRST_YEAR,
    LAST_YEAR,
    PERIOD_FORMS,
    PERIOD_GRAMMAR,
    Amount,
    Period,
    Placeholder,
    Quantity,
    parse_amount,
    parse_period,
)


def _not_a_bool(value: object) -> object:
    """YAML's `true` is a bool, which Pydantic would take as the number 1."""
    if isinstance(value, bool):
        raise ValueError(f"expected a whole number, not {str(value).lower()}")
    return value


# A whole number that `true` and `false` are not.
WholeNumber = Annotated[int, BeforeValidator(_not_a_bool)]


class Printed:
    """A value a plan writes as the document prints it: read by `parse` (whose ValueError is the
    validation error), written back by `write` (as text, unless `written` says what else it gives),
    and described to editors by `json_schema`.

    The one annotation builds the core schema that PlainValidator, PlainSerializer and
    WithJsonSchema build together, without what each of those does first: ask Pydantic for a
    schema of the Python type (the dataclasses of values.py) only to replace it. That was a
    quarter of building the plan's validators. The JSON Schema, whose patterns take a
    millisecond to make, is made when one is asked for.
    """

    __slots__ = ("json_schema", "parse", "write", "written")

    # A plain class, not a dataclass: making one costs half a millisecond at import.
    def __init__(self, parse: Callable[[Any], Any], write: Callable[[Any], object],
                 json_schema: Callable[[], JsonSchemaValue],
                 written: Callable[[], CoreSchema] = core_schema.str_schema) -> None:
        self.parse = parse
        self.write = write
        self.json_schema = json_schema
        self.written = written  # the core schema of what `write` gives, made when the validators are built

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_plain_validator_function(
            self.parse,
            serialization=core_schema.plain_serializer_function_ser_schema(
                self.write, info_arg=False, return_schema=self.written()),
            json_schema_input_schema=core_schema.any_schema(),
        )

    def __get_pydantic_json_schema__(self, schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return self.json_schema()


def _pattern(grammar: str) -> str:
    from planctl.model.json_pattern import json_pattern  # here: only a JSON Schema asked for needs it

    return json_pattern(grammar)


def _amount_schema() -> JsonSchemaValue:
    return {
        # A whole number may stand bare (600); a decimal is written the Danish way, as text ("4,5").
        "type": ["string", "integer"],
        "title": "Quantity or placeholder",
        "pattern": _pattern(AMOUNT_GRAMMAR),
        # Shown by VS Code's YAML and JSON support instead of the pattern itself.
        "patternErrorMessage": "Not a Danish quantity ('4,5 pct.', 'ca. 600 personer') nor a draft's 'xx pct.'.",
        "description": (
            "A Danish quantity as printed ('4 pct.', '4,5 pct.', 'ca. 600 personer', "
            "'37.818 fuldtidspersoner') or, in a draft, a placeholder ('x pct.', 'ca. xx')."
        ),
        "examples": ["4 pct.", "minimum 26 pct.", "ca. 580 helårspersoner", "xx pct."],
    }


AmountField = Annotated[Amount, Printed(parse_amount, str, _amount_schema)]


_NUMBER_LIKE_STARTS = ("-", "−", "+", "x", "ca.")


def _parse_cell(raw: object) -> Quantity | Placeholder | str | None:
    """A table cell: a number when it looks like one, otherwise the text as printed."""
    if raw is None:
        return None
    if isinstance(raw, str):
        text = raw.strip()
        if not text or not (text[0].isdigit() or text.lower().startswith(_NUMBER_LIKE_STARTS)):
            return text
    return parse_amount(raw)


def _write_cell(cell: Quantity | Placeholder | str | None) -> str | None:
    return None if cell is None else str(cell)


# Text that does not start like a number (a digit, a sign, "x" or "ca.") is a cell's text as it is.
_CELL_TEXT_GRAMMAR = (
    r"|(?:(?!\d|" + "|".join(re.escape(start) for start in _NUMBER_LIKE_STARTS) + r")\S[\s\S]*)?"
)


def _cell_schema() -> JsonSchemaValue:
    return {
        "type": ["string", "integer", "null"],
        "title": "Table cell",
        "pattern": _pattern(AMOUNT_GRAMMAR + _CELL_TEXT_GRAMMAR),
        "patternErrorMessage": "Starts like a number but is not a Danish quantity ('29.934', '2,5', '10%').",
        "description": "A table cell as printed: '29.934', '10%', '2,5', or text.",
    }


def _text_or_none() -> CoreSchema:
    return core_schema.nullable_schema(core_schema.str_schema())


CellField = Annotated[
    Quantity | Placeholder | str | None, Printed(_parse_cell, _write_cell, _cell_schema, _text_or_none)
]


def _period_schema() -> JsonSchemaValue:
    return {
        "type": ["string", "integer"],
        "title": "Period",
        "pattern": _pattern(PERIOD_GRAMMAR),
        "patternErrorMessage": f"Not a Danish period; accepted forms: {PERIOD_FORMS}.",
        "minimum": FIRST_YEAR,
        "maximum": LAST_YEAR,
        "description": (
            f"A Danish period as printed: {PERIOD_FORMS}. 'inden' makes a deadline; "
            "a span's end year may be two digits ('2019-21')."
        ),
        "examples": ["2019", "oktober 2018", "2019-2023", "1. halvår 2021", "inden maj 2022",
                     "fra oktober 2018 til oktober 2019"],
    }


PeriodField = Annotated[Period, Printed(parse_period, str, _period_schema)]


def _known_target_group(code: str) -> str:
    # A typed error, so that the loader can say it in Danish or English and suggest the group meant.
    if code not in target_groups():
        raise PydanticCustomError("unknown_target_group", "unknown target group '{code}'", {"code": code})
    return code


TargetGroupField = Annotated[
    str,
    AfterValidator(_known_target_group),
    WithJsonSchema(
        {
            "type": "string",
            "enum": sorted(target_groups()),
            "description": "A target group (målgruppe) from planctl's vocabulary.",
        }
    ),
]
