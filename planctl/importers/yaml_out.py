"""An imported plan as YAML, formatted like the hand-made plans, and proven to load back.

Block style, Danish text unescaped, keys in the schema's order, empty fields left out, and
the `yaml-language-server` comment first so an editor validates the file as it is edited.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from planctl.load import parse_yaml, validate_plan
from planctl.model.plan import Plan

SCHEMA_COMMENT = "# yaml-language-server: $schema=../schemas/plan.schema.json\n"


class _Dumper(yaml.SafeDumper):
    """Text plain where YAML allows it, else in double quotes, as in the hand-made plans."""


def _text(dumper: _Dumper, value: str) -> yaml.ScalarNode:
    analysis = dumper.analyze_scalar(value)
    plain = (analysis.allow_flow_plain and analysis.allow_block_plain and not analysis.multiline
             and dumper.resolve(yaml.ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str")  # type: ignore[no-untyped-call]
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=None if plain else '"')


_Dumper.add_representer(str, _text)


def plan_yaml(plan: Plan) -> str:
    """The plan's YAML text; it loads back to the same plan (an import that does not is a bug)."""
    data = _pruned(plan.model_dump(mode="json", exclude_none=True))
    text = SCHEMA_COMMENT + yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                                      default_flow_style=False, width=100_000)
    path = Path("<import>")
    loaded = validate_plan(*parse_yaml(text, path), path)
    if loaded != plan:
        raise AssertionError("the imported plan's YAML does not load back to the same plan")
    return text


def _pruned(value: Any) -> Any:
    """Without empty lists and false flags (`average: false`): the fields a hand-made plan leaves out."""
    if isinstance(value, dict):
        return {k: _pruned(v) for k, v in value.items() if v != [] and v is not False}
    if isinstance(value, list):
        return [_pruned(v) for v in value]
    return value
