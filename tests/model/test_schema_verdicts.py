"""The editor's schema gives the verdict `planctl check` gives, where JSON Schema can judge.

Every plan in plans/ and every file in tests/cases/ is validated twice: with `jsonschema`
against the shipped schema, as an editor would, and by planctl's loader. Both must say
valid, or both invalid. Three cases are the loader's alone, since a schema sees data, not
text: a duplicate key (YAML keeps the last), a YAML syntax error (no data at all) and an
alias bomb (a guard on the text). Neither can a schema see that a span ends before it
starts ("2024-2023"): test_what_the_patterns_cannot_see pins that gap.
"""

from __future__ import annotations

import datetime
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from planctl.errors import PlanctlError
from planctl.load import load_plan
from planctl.model.fields import _CELL_TEXT_GRAMMAR
from planctl.model.json_pattern import json_pattern
from planctl.model.schema import SHIPPED_SCHEMA, plan_json_schema_text
from planctl.model.values import AMOUNT_GRAMMAR, PERIOD_GRAMMAR, parse_amount, parse_period
from tests.conftest import ROOT

SCHEMA = json.loads(SHIPPED_SCHEMA.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
NOT_FOR_A_SCHEMA = {"duplicate-key.yaml", "syntax-error.yaml", "alias-bomb.yaml"}
FILES = sorted(ROOT.glob("plans/*.yaml")) + sorted(ROOT.glob("tests/cases/*/*.yaml"))
JUDGED = [path for path in FILES if path.name not in NOT_FOR_A_SCHEMA]


def _as_json(value: Any) -> Any:
    """What an editor's YAML support hands the schema: dates are strings."""
    if isinstance(value, dict):
        return {str(key): _as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def _check_says_valid(path: Path) -> bool:
    try:
        load_plan(path)
    except PlanctlError:
        return False
    return True


def test_the_shipped_schema_is_the_generated_one() -> None:
    assert SHIPPED_SCHEMA.read_text(encoding="utf-8") == plan_json_schema_text(), (
        "stale schema: run `planctl schema -o planctl/model/plan.schema.json`"
    )
    assert SCHEMA["$id"].startswith("urn:planctl:")


def test_every_file_is_judged_or_named() -> None:
    assert len(JUDGED) == len(FILES) - len(NOT_FOR_A_SCHEMA) and len(JUDGED) >= 19


@pytest.mark.parametrize("path", JUDGED, ids=[f"{p.parent.name}/{p.stem}" for p in JUDGED])
def test_the_schema_agrees_with_check(path: Path) -> None:
    data = _as_json(yaml.safe_load(path.read_text(encoding="utf-8")))
    errors = [error.message for error in VALIDATOR.iter_errors(data)]
    assert (not errors) == _check_says_valid(path), errors
    if path.parent.name == "invalid":
        assert errors


# What check refuses and an editor used to accept, and what both accept.
REFUSED_AMOUNTS = ["4.5 pct.", "4,,5 pct.", "018 personer", "pct.", "4,5 pct. pct.", "x.x pct."]
ACCEPTED_AMOUNTS = ["4 pct.", "4,5 pct.", "  ca.   600 personer ", "37.818 fuldtidspersoner", "MINIMUM 26 %",
                    "xx pct.", "ca. xx", "-2 procentpoint", "1.234,5 mio. kr.", "?", "X pct."]
REFUSED_PERIODS = ["2019-2", "2019-023", "medio 20200", "3. halvår 2021", "1 halvår 2021", "inden",
                   "december 018", "oktobr 2018", "1899", "2019 til", "ultimo"]
ACCEPTED_PERIODS = ["2019", "oktober 2018", "okt. 2018", "Ultimo 2021", "2019-2023", "2019 – 2023",
                    "fra november 2018 til november 2019", "ved udgangen af 2021", "frem mod 2025", "2019/2020",
                    "inden maj 2022", "2019-21", "medio 2020", "1. halvår 2021", "2. Halvår 2021",
                    "udgangen af 2023", "inden udgangen af 2023", "fra 1. halvår 2021 til 2. halvår 2022"]


def _parses(parser: Any, text: str) -> bool:
    try:
        parser(text)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize(("grammar", "parser", "refused", "accepted"), [
    (AMOUNT_GRAMMAR, parse_amount, REFUSED_AMOUNTS, ACCEPTED_AMOUNTS),
    (PERIOD_GRAMMAR, parse_period, REFUSED_PERIODS, ACCEPTED_PERIODS),
], ids=["amount", "period"])
def test_the_pattern_says_what_the_parser_says(grammar: str, parser: Any, refused: list[str],
                                               accepted: list[str]) -> None:
    pattern = re.compile(json_pattern(grammar))
    assert [text for text in refused if _parses(parser, text)] == []
    assert [text for text in accepted if not _parses(parser, text)] == []
    assert [text for text in refused if pattern.search(text)] == []
    assert [text for text in accepted if not pattern.search(text)] == []


def test_an_editor_is_told_about_the_value_not_about_null() -> None:
    target = SCHEMA["$defs"]["Target"]["properties"]["value"]
    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(target).iter_errors("4.5 pct."))
    assert error is not None and "does not match" in error.message
    assert "null" not in error.message


def test_what_the_patterns_cannot_see() -> None:
    """A span that ends before it starts is well-formed text: only check refuses it."""
    assert re.search(json_pattern(PERIOD_GRAMMAR), "2024-2023")
    assert not _parses(parse_period, "2024-2023")


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed: cannot try the patterns as an editor")
def test_an_editor_reads_the_patterns_as_python_does() -> None:
    """VS Code and other editors match `pattern` as ECMAScript with the u flag."""
    patterns = [json_pattern(AMOUNT_GRAMMAR), json_pattern(PERIOD_GRAMMAR),
                json_pattern(AMOUNT_GRAMMAR + _CELL_TEXT_GRAMMAR)]
    texts = REFUSED_AMOUNTS + ACCEPTED_AMOUNTS + REFUSED_PERIODS + ACCEPTED_PERIODS + ["tekst", ""]
    script = ("const [patterns, texts] = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
              "console.log(JSON.stringify(patterns.map(p => texts.map(t => new RegExp(p, 'u').test(t)))));")
    run = subprocess.run(["node", "-e", script], input=json.dumps([patterns, texts]), capture_output=True,
                         text=True, check=True, timeout=60)
    expected = [[bool(re.search(pattern, text)) for text in texts] for pattern in patterns]
    assert json.loads(run.stdout) == expected
