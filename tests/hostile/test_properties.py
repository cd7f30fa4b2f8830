"""Properties over generated YAML text and generated plans (issue 14).

- load never raises anything but PlanctlError, whatever the text or the bytes;
- a plan planctl writes (the importer's plan_yaml, a tags patch) loads back to the same model.

The diff properties (diff(A, A) empty, diff(A, B) mirrors diff(B, A)) are in tests/diff/test_properties.py.
Examples are few by default; `HYPOTHESIS_PROFILE=long` (tests/hostile/conftest.py) raises them for a
long fuzzing run.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planctl.data import target_groups
from planctl.errors import PlanctlError
from planctl.importers.yaml_out import plan_yaml
from planctl.load import decode_plan, load_plan, parse_yaml, validate_plan
from planctl.model.walk import PlanPath
from planctl.render.terminal import printable
from planctl.tags.patch import tag_patch
from tests.conftest import MINIMAL_PLAN
from tests.diff.test_properties import plan
from tests.hostile.budget import examples

PATH = Path("generated.yaml")
QUICK = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Text that looks like YAML: its punctuation, indentation, tags, anchors, and a few plan keys.
_YAML_PIECES = st.sampled_from([
    ":", " ", "\n", "  ", "- ", "[", "]", "{", "}", ",", "'", '"', "#", "&a ", "*a", "!!", "!x ", "|", ">", "?",
    "---", "...", "%YAML 1.1", "<<: ", "\t", "\\", "\x1b", "\u202e", "\ufeff", "yes", "012", "1_000", "1:20",
    "2019-02-30", ".nan", "~", "municipality:", "title:", "sections:", "goals:", "target:", "value:", "æøå",
])
yaml_like = st.lists(st.one_of(_YAML_PIECES, st.text(max_size=5)), max_size=60).map("".join)


def _load_text(text: str) -> None:
    try:
        load_plan(PATH, text=text)
    except PlanctlError as error:
        # What a user sees is one line per problem: printable() shows a newline in a key as '\n'.
        assert error.problems and all(str(p) and "\n" not in printable(str(p)) for p in error.problems)


@QUICK
@given(yaml_like)
def test_load_of_yaml_like_text_raises_only_planctl_errors(text: str) -> None:
    _load_text(text)


@QUICK
@given(st.binary(max_size=400))
def test_decoding_any_bytes_raises_only_planctl_errors(data: bytes) -> None:
    try:
        decode_plan(data, PATH)
    except PlanctlError as error:
        assert len(error.problems) == 1


@QUICK
@given(st.integers(0, len(MINIMAL_PLAN)), st.text(max_size=20))
def test_a_plan_with_text_spliced_in_raises_only_planctl_errors(at: int, spliced: str) -> None:
    _load_text(MINIMAL_PLAN[:at] + spliced + MINIMAL_PLAN[at:])


# Any value YAML can hold, for a node of a plan to be replaced by.
anything = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=12), st.dates()),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)),
    max_leaves=8,
)


def _replace_somewhere(data: Any, choice: int, by: Any) -> Any:
    """The data with one node (the choice-th, in document order, modulo their number) replaced."""
    nodes: list[tuple[Any, Any]] = []

    def collect(node: Any) -> None:
        children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
        for key, child in children:
            nodes.append((node, key))
            collect(child)

    collect(data)
    parent, key = nodes[choice % len(nodes)]
    parent[key] = by
    return data


@QUICK
@given(plan(), st.integers(0, 10_000), anything)
def test_plan_like_data_with_any_node_replaced_raises_only_planctl_errors(data: dict[str, Any], choice: int,
                                                                         by: Any) -> None:
    text = yaml.safe_dump(_replace_somewhere(data, choice, by), allow_unicode=True, sort_keys=False)
    _load_text(text)


# Text a plan may hold: anything but what YAML refuses in a file (C0 controls but tab and
# newline, DEL, C1 but NEL, surrogates, U+FFFE/U+FFFF), which planctl refuses too.
plan_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=[
    *map(chr, range(0x00, 0x09)), "\x0b", "\x0c", *map(chr, range(0x0E, 0x20)), *map(chr, range(0x7F, 0x85)),
    *map(chr, range(0x86, 0xA0)), "\ufffe", "\uffff"]), min_size=1, max_size=40).filter(lambda t: t.strip() != "")


@st.composite
def plan_with_any_text(draw: st.DrawFn) -> dict[str, Any]:
    data: dict[str, Any] = draw(plan())
    data["title"] = draw(plan_text)
    for section in data["sections"]:
        section["title"] = draw(plan_text)
        section["prose"] = draw(st.lists(plan_text, max_size=2))
    return data


def _model(text: str) -> Any:
    return validate_plan(*parse_yaml(text, PATH), PATH)


@QUICK
@given(plan_with_any_text())
def test_a_plan_written_by_the_importer_loads_back_to_the_same_model(data: dict[str, Any]) -> None:
    try:
        original = _model(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    except PlanctlError:
        return  # a text the model refuses (a heading with a number it does not accept, say)
    assert _model(plan_yaml(original)) == original


@pytest.mark.skipif(shutil.which("git") is None, reason="git apply applies the patch")
@settings(QUICK, max_examples=examples(15))
@given(plan(), st.data())
def test_a_tags_patch_applied_loads_back_to_the_plan_with_the_tags(data: dict[str, Any], draw: st.DataObject) -> None:
    groups = sorted(target_groups())
    additions: dict[PlanPath, tuple[str, ...]] = {}
    for number, section in enumerate(data["sections"]):
        section.pop("target_groups", None)
        if draw.draw(st.booleans()):
            additions[("sections", number)] = tuple(draw.draw(st.lists(st.sampled_from(groups), min_size=1,
                                                                       max_size=3, unique=True)))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.yaml"
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        path.write_text(text, encoding="utf-8")
        before = load_plan(path)
        patch, skipped = tag_patch(before.text, Path("plan.yaml"), additions)
        assert not skipped
        if not additions:
            return
        (Path(folder) / "tags.patch").write_text(patch, encoding="utf-8")
        subprocess.run(["git", "apply", "--unsafe-paths", "tags.patch"], cwd=folder, check=True, capture_output=True)
        after = load_plan(path).plan
    expected = before.plan.model_copy(deep=True)
    for (_, number), codes in additions.items():
        expected.sections[number].target_groups = list(codes)
    assert after == expected


def test_a_float_that_is_not_finite_is_refused_not_a_crash() -> None:
    for value in (math.nan, math.inf, -math.inf, 1e308):
        _load_text(MINIMAL_PLAN.replace("value: x pct.", f"value: {value!r}".replace("nan", ".nan")
                                        .replace("inf", ".inf")))
