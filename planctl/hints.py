"""What a validation problem says, in Danish and English, and how to fix the common slips.

`load.py` finds the problems (YAML's errors, Pydantic's errors mapped to line:col); this
module words them. Pydantic's own texts are English only, so the error types a plan's
author meets every day (a missing or unknown field, a wrong type, a value outside a fixed
set) are said here in both languages from the error's type and context; rarer types keep
Pydantic's English text. The slips get a hint that says what to write instead:

- an unquoted number where text is expected: `code: 173` -> write code: "173";
- a decimal point in a Danish quantity: '4.5 pct.' -> Danish uses a decimal comma: 4,5 pct.;
- a tab in the indentation -> indent with spaces, not a tab;
- a misspelt field, target group or fixed value -> did you mean ...? (difflib against the
  model's field names at that place, the target-group vocabulary, the allowed values and
  their Danish words: status 'udkast' -> 'draft').
"""

from __future__ import annotations

import datetime
import difflib
import re
import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from planctl.data import target_groups
from planctl.messages import DIRECTIONS, STATUS, TARGET_KINDS, Lang, Message, Noun
from planctl.model.plan import Plan
from planctl.model.values import Quantity, ValueProblem, parse_amount
from planctl.model.walk import PathKey

MISSING = Message("mangler det påkrævede felt '{name}'", "missing required field '{name}'")
UNKNOWN_FIELD = Message("ukendt felt '{name}'", "unknown field '{name}'")
DID_YOU_MEAN = Message("mente du '{name}'?", "did you mean '{name}'?")
# What YAML reads an unquoted value as, where text is expected: `code: 173`, `title: ja`, `note: 2020-01-01`.
NOT_TEXT = {
    "number": Message("{value} er et tal, men her skal stå tekst", "{value} is a number, but text is expected here"),
    "yes/no": Message("{value} læses som ja/nej (true/false), men her skal stå tekst",
                      "{value} is read as yes/no (true/false), but text is expected here"),
    "date": Message("{value} er en dato, men her skal stå tekst", "{value} is a date, but text is expected here"),
}
QUOTE = Message('skriv {key}"{value}"', 'write {key}"{value}"')
NOT_ONE_OF = Message("'{got}' er ikke en af: {allowed}", "'{got}' is not one of: {allowed}")
UNKNOWN_GROUP = Message("ukendt målgruppe '{code}'", "unknown target group '{code}'")
KNOWN_GROUPS = Message("kendte målgrupper: {known}", "known groups: {known}")
DECIMAL_POINT = Message("'{text}' har et decimalpunktum", "'{text}' has a decimal point")
DECIMAL_COMMA = Message("dansk bruger decimalkomma: {fixed}", "Danish uses a decimal comma: {fixed}")
THOUSANDS_COMMA = Message("'{text}' har komma mellem tusinder", "'{text}' separates thousands with a comma")
THOUSANDS_DOT = Message("dansk skriver tusinder med punktum: {fixed}", "Danish separates thousands with a dot: {fixed}")
INVALID_YAML = Message("ugyldig YAML: {detail}", "invalid YAML: {detail}")
TAB = Message("tabulator i indrykningen", "a tab in the indentation")
SPACES = Message("ryk ind med mellemrum, ikke tabulator", "indent with spaces, not a tab")

# Pydantic's error types said in both languages, by type; `{…}` fields come from the error's context.
_WHOLE = Message("skal være et heltal", "should be a whole number")
_YES_NO = Message("skal være true eller false", "should be true or false")
_MAPPING = Message("skal være en afbildning (felt: værdi)", "should be a mapping (field: value)")
_DATE = Message("skal være en dato (ÅÅÅÅ-MM-DD)", "should be a date (YYYY-MM-DD)")
_TYPES = {
    "string_type": Message("skal være tekst", "should be text"),
    "int_type": _WHOLE, "int_parsing": _WHOLE, "int_from_float": _WHOLE,
    "bool_type": _YES_NO, "bool_parsing": _YES_NO,
    "list_type": Message("skal være en liste (linjer, der starter med '- ')",
                         "should be a list (lines starting with '- ')"),
    "dict_type": _MAPPING, "model_type": _MAPPING, "model_attributes_type": _MAPPING,
    "date_type": _DATE, "date_from_datetime_parsing": _DATE, "date_parsing": _DATE,
    "string_pattern_mismatch": Message("passer ikke til mønsteret {pattern}", "does not match the pattern {pattern}"),
    "greater_than_equal": Message("skal være mindst {ge}", "should be at least {ge}"),
    "less_than_equal": Message("skal være højst {le}", "should be at most {le}"),
}


def _danish_words() -> dict[str, str]:
    """The Danish words for the fixed values, as messages.py says them: 'udkast' -> 'draft'."""
    words: dict[str, str] = {}
    for said in (STATUS, DIRECTIONS, TARGET_KINDS):
        for value, word in said.items():
            for form in word.da if isinstance(word, Noun) else (word.da,):
                words.setdefault(form.lower(), value)
    return words


_DANISH_WORDS = _danish_words()


def yaml_message(detail: str, text: str, line: int | None, lang: Lang | str) -> tuple[str, str | None, int | None]:
    """YAML's error said in `lang` (its detail stays PyYAML's English) and, for a tab in the
    indentation, the hint and the tab's column."""
    if line is not None:
        lines = text.splitlines()
        source = lines[line - 1] if line <= len(lines) else ""
        indent = source[: len(source) - len(source.lstrip(" \t"))]
        if "\t" in indent:
            return TAB.text(lang), SPACES.text(lang), indent.index("\t") + 1
    return INVALID_YAML.format(lang, detail=detail), None, None


def validation_message(detail: Any, loc: tuple[PathKey, ...], source: str | None,
                       lang: Lang | str) -> tuple[str, str | None]:
    """One Pydantic error said in `lang`, and a hint that says how to fix it when one helps.

    `source` is the value as the file writes it, when it is a plain scalar.
    """
    kind = detail["type"]
    name = loc[-1] if loc else ""
    if kind == "missing":
        return MISSING.format(lang, name=name), None
    if kind == "extra_forbidden":
        near = _close(str(name), _field_names(loc[:-1]))
        return UNKNOWN_FIELD.format(lang, name=name), _did_you_mean(near, lang)
    slip = _slip(detail, loc, source, lang)
    if slip is not None:
        return slip
    error = detail.get("ctx", {}).get("error")
    if isinstance(error, ValueProblem):
        return error.text(lang), None
    if kind in _TYPES:
        return _TYPES[kind].format(lang, **detail.get("ctx", {})), None
    return str(detail["msg"]).removeprefix("Value error, "), None


def _slip(detail: Any, loc: tuple[PathKey, ...], source: str | None,
          lang: Lang | str) -> tuple[str, str | None] | None:
    """A common slip, said with its fix: a value YAML did not read as text, a misspelt fixed
    value or target group, English separators in a quantity."""
    kind, given = detail["type"], detail["input"]
    read_as = _read_as(given)
    if kind == "string_type" and read_as is not None:
        written = source or str(given)
        name = loc[-1] if loc else ""
        key = f"{name}: " if isinstance(name, str) else ""  # a list item: write "…"
        return NOT_TEXT[read_as].format(lang, value=written), QUOTE.format(lang, key=key, value=written)
    if kind == "literal_error":
        return _not_one_of(str(given), loc, lang)
    if kind == "unknown_target_group":
        return _unknown_group(str(detail["ctx"]["code"]), lang)
    if kind == "value_error" and isinstance(given, (str, float)) and _holds(_annotation_at(loc), Quantity):
        return _separator_slip(source if isinstance(given, float) and source else str(given), lang)
    return None


def _read_as(value: object) -> str | None:
    """What YAML made of an unquoted scalar that is not text: 'number', 'yes/no' or 'date'."""
    if isinstance(value, bool):
        return "yes/no"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, datetime.date):
        return "date"
    return None


def _did_you_mean(near: str | None, lang: Lang | str) -> str | None:
    return DID_YOU_MEAN.format(lang, name=near) if near is not None else None


def _close(word: str, candidates: list[str]) -> str | None:
    found = difflib.get_close_matches(word.lower(), candidates, n=1)
    return found[0] if found else None


def _not_one_of(got: str, loc: tuple[PathKey, ...], lang: Lang | str) -> tuple[str, str | None] | None:
    allowed = _literal_values(_annotation_at(loc))
    if not allowed:
        return None
    danish = {word: value for word, value in _DANISH_WORDS.items() if value in allowed}
    near = _close(got, [*allowed, *danish])
    message = NOT_ONE_OF.format(lang, got=got, allowed=", ".join(allowed))
    return message, _did_you_mean(danish.get(near, near) if near else None, lang)


def _unknown_group(code: str, lang: Lang | str) -> tuple[str, str | None]:
    codes = sorted(target_groups())
    near = _close(code, codes)
    if near is None:  # 'unge' -> unge_under_30, 'kontanthjælp' -> kontanthjaelp: the label and words
        words = {word.lower(): info.code for info in target_groups().values() for word in (info.label, *info.words)}
        words |= {part: known for known in codes for part in known.split("_") if len(part) > 3}
        near = words.get(_close(code, list(words)) or "")
    hint = _did_you_mean(near, lang) or KNOWN_GROUPS.format(lang, known=", ".join(codes))
    return UNKNOWN_GROUP.format(lang, code=code), hint


_NUMBER_START = re.compile(r"^(?P<qualifier>\D*?)(?P<number>\d[\d.,]*\d)(?P<rest>.*)$")


def _separator_slip(text: str, lang: Lang | str) -> tuple[str, str | None] | None:
    """'4.5 pct.' or '1,234,567 personer': English separators in a value that, swapped, is Danish."""
    match = _NUMBER_START.match(text.strip())
    if match is None:
        return None
    number = match["number"]
    swapped = number.replace(".", "\0").replace(",", ".").replace("\0", ",")
    fixed = f"{match['qualifier']}{swapped}{match['rest']}"
    try:
        parse_amount(fixed)
    except ValueError:
        return None
    if "," in swapped:
        return DECIMAL_POINT.format(lang, text=text), DECIMAL_COMMA.format(lang, fixed=fixed)
    return THOUSANDS_COMMA.format(lang, text=text), THOUSANDS_DOT.format(lang, fixed=fixed)


# --- the model at a place in the file -----------------------------------------


def _model_at(loc: tuple[PathKey, ...]) -> type[BaseModel] | None:
    """The Pydantic model of the mapping at this place in a plan (list indexes skipped)."""
    model: type[BaseModel] | None = Plan
    for part in loc:
        if isinstance(part, int):
            continue
        if model is None or part not in model.model_fields:
            return None
        model = _inner_model(model.model_fields[part].annotation)
    return model


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    """The model inside `list[Goal] | None`, `Annotated[MinisterGoalList, ...]` and the like."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) in (list, Union, types.UnionType, Annotated):
        for argument in get_args(annotation):
            found = _inner_model(argument)
            if found is not None:
                return found
    return None


def _field_names(loc: tuple[PathKey, ...]) -> list[str]:
    model = _model_at(loc)
    return list(model.model_fields) if model is not None else []


def _annotation_at(loc: tuple[PathKey, ...]) -> Any:
    """The type of the field at this place (of its items, for a list's item), or None."""
    while loc and isinstance(loc[-1], int):
        loc = loc[:-1]
    model = _model_at(loc[:-1])
    name = loc[-1] if loc else None
    if model is None or not isinstance(name, str) or name not in model.model_fields:
        return None
    return model.model_fields[name].annotation


def _holds(annotation: Any, kind: type) -> bool:
    """Whether `kind` is among the types the annotation allows, however deeply wrapped."""
    return annotation is kind or any(_holds(argument, kind) for argument in get_args(annotation))


def _literal_values(annotation: Any) -> list[str]:
    if get_origin(annotation) is Literal:
        return [str(value) for value in get_args(annotation)]
    for argument in get_args(annotation):
        found = _literal_values(argument)
        if found:
            return found
    return []
