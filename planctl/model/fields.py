"""Pydantic field types for the Danish values of ``values.py``.

Each is written in a plan as the text the document prints and read back as a typed
value; the JSON Schema shows it as a string with examples, so an editor can help.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, PlainSerializer, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from planctl.data import target_groups
from planctl.model.json_pattern import json_pattern
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


def _serialise(value: Any) -> str:
    return str(value)


AmountField = Annotated[
    Amount,
    PlainValidator(parse_amount),
    PlainSerializer(_serialise, return_type=str),
    WithJsonSchema(
        {
            # A whole number may stand bare (600); a decimal is written the Danish way, as text ("4,5").
            "type": ["string", "integer"],
            "title": "Quantity or placeholder",
            "pattern": json_pattern(AMOUNT_GRAMMAR),
            # Shown by VS Code's YAML and JSON support instead of the pattern itself.
            "patternErrorMessage": "Not a Danish quantity ('4,5 pct.', 'ca. 600 personer') nor a draft's 'xx pct.'.",
            "description": (
                "A Danish quantity as printed ('4 pct.', '4,5 pct.', 'ca. 600 personer', "
                "'37.818 fuldtidspersoner') or, in a draft, a placeholder ('x pct.', 'ca. xx')."
            ),
            "examples": ["4 pct.", "minimum 26 pct.", "ca. 580 helårspersoner", "xx pct."],
        }
    ),
]


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


# Text that does not start like a number (a digit, a sign, "x" or "ca.") is a cell's text as it is.
_CELL_TEXT_GRAMMAR = (
    r"|(?:(?!\d|" + "|".join(re.escape(start) for start in _NUMBER_LIKE_STARTS) + r")\S[\s\S]*)?"
)


CellField = Annotated[
    Quantity | Placeholder | str | None,
    PlainValidator(_parse_cell),
    PlainSerializer(lambda v: None if v is None else str(v), return_type=str | None),
    WithJsonSchema(
        {
            "type": ["string", "integer", "null"],
            "title": "Table cell",
            "pattern": json_pattern(AMOUNT_GRAMMAR + _CELL_TEXT_GRAMMAR),
            "patternErrorMessage": "Starts like a number but is not a Danish quantity ('29.934', '2,5', '10%').",
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
            "title": "Period",
            "pattern": json_pattern(PERIOD_GRAMMAR),
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
    ),
]


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
