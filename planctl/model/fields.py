"""Pydantic field types for the Danish values of ``values.py``.

Each is written in a plan as the text the document prints and read back as a typed
value; the JSON Schema shows it as a string with examples, so an editor can help.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, PlainSerializer, PlainValidator, WithJsonSchema

from planctl.data import target_groups
from planctl.model.values import Amount, Period, Placeholder, Quantity, parse_amount, parse_period


def _serialise(value: Any) -> str:
    return str(value)


AmountField = Annotated[
    Amount,
    PlainValidator(parse_amount),
    PlainSerializer(_serialise, return_type=str),
    WithJsonSchema(
        {
            "type": ["string", "number"],
            "description": (
                "A Danish quantity as printed ('4 pct.', '4,5 pct.', 'ca. 600 personer', "
                "'37.818 fuldtidspersoner') or, in a draft, a placeholder ('x pct.', 'ca. xx')."
            ),
            "examples": ["4 pct.", "minimum 26 pct.", "ca. 580 helårspersoner", "xx pct."],
        }
    ),
]


def _parse_cell(raw: object) -> Quantity | Placeholder | str | None:
    """A table cell: a number when it looks like one, otherwise the text as printed."""
    if raw is None:
        return None
    if isinstance(raw, str):
        text = raw.strip()
        if not text or not (text[0].isdigit() or text[0] in "-−+" or text.lower().startswith(("x", "ca."))):
            return text
    return parse_amount(raw)


CellField = Annotated[
    Quantity | Placeholder | str | None,
    PlainValidator(_parse_cell),
    PlainSerializer(lambda v: None if v is None else str(v), return_type=str | None),
    WithJsonSchema(
        {
            "type": ["string", "number", "null"],
            "description": "A table cell as printed: '29.934', '10%', '2,5', or text.",
        }
    ),
]

PeriodField = Annotated[
    Period,
    PlainValidator(parse_period),
    PlainSerializer(_serialise, return_type=str),
    WithJsonSchema(
        {
            "type": ["string", "integer"],
            "description": (
                "A Danish period as printed: '2019', 'oktober 2018', 'ultimo 2021', "
                "'2019-2023', 'fra november 2018 til november 2019'."
            ),
            "examples": ["2019", "oktober 2018", "2019-2023", "fra oktober 2018 til oktober 2019"],
        }
    ),
]


def _known_target_group(code: str) -> str:
    if code not in target_groups():
        known = ", ".join(sorted(target_groups()))
        raise ValueError(f"unknown target group '{code}'; known groups: {known}")
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
