"""The loader: positions of every node, and a clear problem for every bad input."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from planctl.errors import PlanctlError
from planctl.load import _Loader, load_plan
from planctl.model import Placeholder
from planctl.model.walk import walk
from tests.conftest import MINIMAL_PLAN

WritePlan = Callable[..., Path]


def problems_of(path: Path) -> list[tuple[int | None, int | None, str]]:
    with pytest.raises(PlanctlError) as caught:
        load_plan(path)
    return [(p.line, p.column, p.message) for p in caught.value.problems]


def test_minimal_plan_loads_with_positions(write_plan: WritePlan) -> None:
    loaded = load_plan(write_plan(MINIMAL_PLAN))
    goal = loaded.plan.sections[0].goals[0]
    assert goal.id == "MÅL 2"
    assert loaded.positions.values[("sections", 0, "goals", 0, "text")] == (12, 15)
    assert loaded.positions.keys[("sections", 0, "goals", 0, "text")] == (12, 9)


def test_placeholder_remembers_where_it_is(write_plan: WritePlan) -> None:
    loaded = load_plan(write_plan(MINIMAL_PLAN))
    target = loaded.plan.sections[0].goals[0].target
    assert target is not None and isinstance(target.value, Placeholder)
    assert (target.value.text, target.value.stands_for) == ("x pct.", "pct.")
    assert (target.value.line, target.value.column) == (16, 18)


_EVERY_PLACEHOLDER = MINIMAL_PLAN + """\
        follow_up:
          - text: Følgemål
            target: {kind: level, value: xx personer}
      - text: Mål med to
        targets:
          - {kind: level, value: x pct., baseline_value: ca. xx personer, equivalent: xx personer}
    success_criteria:
      - text: Kriterium
        target: {kind: level, value: "?"}
    key_figures:
      - {name: ledige, value: xx personer}
    tables:
      - {title: Tabel, columns: [år, antal], rows: [{label: "2019", cells: [x, "12"]}]}
"""


def test_every_placeholder_remembers_where_it_is(write_plan: WritePlan) -> None:
    loaded = load_plan(write_plan(_EVERY_PLACEHOLDER))
    placed = {path: (value.line, value.column) for path, value in walk(loaded.plan) if isinstance(value, Placeholder)}
    assert len(placed) == 8
    assert all(line is not None and column is not None for line, column in placed.values())
    assert placed[("sections", 0, "tables", 0, "rows", 0, "cells", 0)] == (31, 77)  # the x in cells: [x, "12"]


def test_malformed_quantity_points_at_its_line(write_plan: WritePlan) -> None:
    path = write_plan(MINIMAL_PLAN.replace("value: x pct.", "value: 12,,5 pct."))
    [(line, column, message)] = problems_of(path)
    assert (line, column) == (16, 18)
    assert message.startswith("sections[0].goals[0].target.value: '12,,5 pct.' is neither a Danish quantity")


def test_malformed_year_points_at_its_line(write_plan: WritePlan) -> None:
    path = write_plan(MINIMAL_PLAN.replace('baseline: "2018"', 'baseline: "december 018"'))
    [(line, column, message)] = problems_of(path)
    assert (line, column) == (17, 21)
    assert message == (
        "sections[0].goals[0].target.baseline: '018' in 'december 018' is not a four-digit year"
    )


def test_every_validation_error_is_reported(write_plan: WritePlan) -> None:
    text = MINIMAL_PLAN.replace("status: draft", "status: udkast").replace("  code: \"173\"\n", "")
    text = text.replace("        text: Antallet", "        txt: Antallet")
    found = problems_of(write_plan(text))
    assert (2, 3, "municipality: missing required field 'code'") in found
    assert (5, 9, "status: 'udkast' is not one of: draft, final, adopted, unknown") in found
    assert (11, 9, "sections[0].goals[0].txt: unknown field 'txt'") in found
    assert (10, 9, "sections[0].goals[0]: missing required field 'text'") in found


def test_unknown_target_group_is_an_error(write_plan: WritePlan) -> None:
    text = MINIMAL_PLAN.replace("    goals:\n", "    target_groups: [unge, unge_under_30]\n    goals:\n")
    [(line, column, message)] = problems_of(write_plan(text))
    assert (line, column) == (10, 21)
    assert message.startswith("sections[0].target_groups[0]: unknown target group 'unge'")


def test_duplicate_keys_are_errors(write_plan: WritePlan) -> None:
    path = write_plan(MINIMAL_PLAN + "title: Et andet navn\n")
    assert problems_of(path) == [(19, 1, "duplicate key 'title' (first given on line 4)")]


def test_alias_bomb_fails_fast(write_plan: WritePlan) -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        previous = f"*a{level - 1}"
        lines.append(f"a{level}: &a{level} [{', '.join([previous] * 9)}]")
    [(line, _column, message)] = problems_of(write_plan("\n".join(lines) + "\n"))
    assert "YAML aliases expand the plan beyond its bound" in message
    assert line is not None


def test_recursive_alias_is_an_error(write_plan: WritePlan) -> None:
    [(_, _, message)] = problems_of(write_plan("title: &t [*t]\n"))
    assert message == "a YAML alias refers to itself (recursive alias)"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", (1, 1, "the file is empty; a plan starts with 'municipality:'")),
        (b"   \n# only a comment\n", (1, 1, "the file is empty; a plan starts with 'municipality:'")),
        (b"\xef\xbb\xbf# a\r# b\r\n\t# c\xc2\x85  # d\n",
         (1, 1, "the file is empty; a plan starts with 'municipality:'")),
        # Lines end where YAML ends them (U+2028 here), not at newlines only.
        (b"# comment\xe2\x80\xa8just text\n",
         (2, 1, "a plan is a mapping at the top (municipality:, title:, ...), not a single value")),
        (b"title: a\x1bb\n", (1, 9, "the control character U+001B is not allowed in a YAML file")),
        (b"title: a\xc2\x86b\n", (1, 9, "the control character U+0086 is not allowed in a YAML file")),
        (b"title: \xef\xbf\xbe\n", (1, 8, "the control character U+FFFE is not allowed in a YAML file")),
        (b"title: a\x00b\n", (1, 9, "binary file, not a YAML plan (it contains NUL bytes)")),
        (b"title: T\xe5rnby\n", (1, 9, "not UTF-8 text (byte 0xe5)")),
        (b"- a\n- b\n", (1, 1, "a plan is a mapping at the top (municipality:, title:, ...), not a list")),
        (b"just text\n", (1, 1, "a plan is a mapping at the top (municipality:, title:, ...), not a single value")),
        (b"<<: {a: 1}\n", (1, 1, "merge keys ('<<') are not supported in plan files")),
    ],
)
def test_bad_files_get_a_clear_problem(tmp_path: Path, content: bytes, expected: tuple[int, int, str]) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    assert problems_of(path) == [expected]


def test_yaml_syntax_error_points_at_the_problem(write_plan: WritePlan) -> None:
    [(line, column, message)] = problems_of(write_plan("title: [unclosed\nstatus: draft\n"))
    assert (line, column) == (2, 7)
    assert message.startswith("invalid YAML: while parsing a flow sequence")


def test_missing_file(tmp_path: Path) -> None:
    assert problems_of(tmp_path / "nope.yaml") == [(None, None, "no such file")]


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeff".encode() + MINIMAL_PLAN.encode())
    assert load_plan(path).plan.municipality.name == "Lyngby-Taarbæk Kommune"


# Every kind of scalar YAML 1.1 resolves implicitly, quoted and tagged forms, and collections.
_TAGGED = """\
plain: [text, yes, No, ON, off, y, n, ~, null, Null, '', 0x1F, 0o17, 017, 1_000, 1:20, 0b101, 12e3, +1, -0,
        .inf, -.Inf, .NaN, 2019-01-01, 2019-1-1 10:00:00, '=', <<, 3.5, 4,5 pct., ca. 600, x pct.]
quoted: ['1', "2", 'yes', "null"]
tagged: [!!int '3', ! x, !!str 4, !foo y]
empty:
? [complex, key]
: {flow: mapping}
block: |
  2019
"""


def _tags(text: str, loader: type[yaml.SafeLoader]) -> list[tuple[str, object, int, int]]:
    """Every node's tag, with its scalar value and where it starts, in document order."""
    found = []
    pending = [yaml.compose(text, Loader=loader)]
    while pending:
        node = pending.pop(0)
        assert node is not None
        found.append((node.tag, node.value if isinstance(node, yaml.ScalarNode) else None,
                      node.start_mark.line, node.start_mark.column))
        if isinstance(node, yaml.SequenceNode):
            pending += node.value
        elif isinstance(node, yaml.MappingNode):
            pending += [child for pair in node.value for child in pair]
    return found


def test_the_loader_tags_every_node_as_pyyamls_safe_loader_does() -> None:
    ours = _tags(_TAGGED, _Loader)
    assert ours == _tags(_TAGGED, yaml.SafeLoader)
    assert len(ours) > 50


def test_loading_leaves_the_cycle_collector_as_it_found_it(write_plan: WritePlan) -> None:
    load_plan(write_plan(MINIMAL_PLAN))
    assert gc.isenabled()
    with pytest.raises(PlanctlError):
        load_plan(write_plan("title: [unclosed\n"))
    assert gc.isenabled()
    gc.disable()
    try:
        load_plan(write_plan(MINIMAL_PLAN))
        assert not gc.isenabled()
    finally:
        gc.enable()
