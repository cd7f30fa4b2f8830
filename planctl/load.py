"""YAML text -> Plan, with a map from every node to its line and column.

The YAML is composed with libyaml (PyYAML's ``CSafeLoader`` when available), whose
nodes carry start marks, and turned into Python data here rather than by PyYAML's
constructor, so that duplicate keys are errors, alias expansion is bounded, and the
position of every value is kept. Pydantic's errors are then mapped back to the line
and column in the user's file. Nothing here prints; every problem is raised as a
``PlanctlError``.
"""

from __future__ import annotations

import codecs
import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, get_args

import yaml
from pydantic import BaseModel, ValidationError

from planctl import file_problems as said
from planctl.errors import PlanctlError, Problem
from planctl.limits import (
    MAX_ALIAS_GROWTH_CHARS,
    MAX_ALIAS_NODES,
    MAX_DEPTH,
    MAX_LINE_CHARS,
    MAX_NUMBER_DIGITS,
    MAX_PLAN_BYTES,
    size,
)
from planctl.messages import Lang, Message
from planctl.model.plan import Plan
from planctl.model.values import Placeholder, format_danish_number
from planctl.model.walk import ByType, PathKey, PlanPath, format_path
from planctl.paths import read_bytes

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):  # type: ignore[misc, valid-type]  # libyaml when installed
    """PyYAML's safe loader, with the Python it runs for every node made cheap.

    libyaml composes in C, but asks Python for each node's tag (`resolve`) and tells it of
    every step down and up the tree (`descend_resolver`, `ascend_resolver`), which only
    path resolvers listen to; the safe loader has none. The tags are PyYAML's own: its
    implicit resolvers, tried in its order, gathered by first character once rather than
    at every scalar: composing the five plans went from 2.65 to 2.4 ms each. A short plain
    scalar's tag is remembered: a plan's keys and small values are the same few hundred words
    ('text', 'title', years), each tried against PyYAML's patterns once a process, not at every node.
    """

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode:
            if not implicit[0]:
                return _STR
            if len(value) > _SHORT:
                return _plain_tag(value)
            tag = _SHORT_TAGS.get(value)
            if tag is None:
                tag = _plain_tag(value)
                if len(_SHORT_TAGS) < _SHORT_TAGS_KEPT:
                    _SHORT_TAGS[value] = tag
            return tag
        return _SEQ if kind is yaml.SequenceNode else _MAP


def _plain_tag(value: str) -> str:
    """A plain scalar's tag: the first of PyYAML's implicit resolvers that matches it, or str."""
    for tag, pattern in _IMPLICIT.get(value[:1], _WILDCARD):
        if pattern.match(value):
            return tag
    return _STR


# The tags of short plain scalars met so far, a bounded number of them (a few hundred words a plan).
_SHORT = 32
_SHORT_TAGS_KEPT = 20_000
_SHORT_TAGS: dict[str, str] = {}


assert not _SafeLoader.yaml_path_resolvers, "the safe loader has no path resolvers to tell of each step"
_RESOLVERS: dict[str | None, list[tuple[str, re.Pattern[str]]]] = _SafeLoader.yaml_implicit_resolvers
_WILDCARD = tuple(_RESOLVERS.get(None, []))
# A plain scalar's tag: the first resolver for its first character ('' for an empty one) that
# matches, then the wildcard ones, as PyYAML's `BaseResolver.resolve` tries them.
_IMPLICIT = {start: (*resolvers, *_WILDCARD) for start, resolvers in _RESOLVERS.items() if start is not None}
_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
# The node types libyaml's composer makes: exactly these, looked up once.
_SCALAR_NODE, _SEQUENCE_NODE = yaml.ScalarNode, yaml.SequenceNode

# The tags a plan's values may carry: YAML's own scalar, list and mapping types. Other tags
# (`!!binary`, `!!python/...`, application tags) hold nothing a plan can say.
_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)


@dataclass
class Positions:
    """Where each node of a plan file stands: path -> (line, column), 1-based."""

    values: dict[PlanPath, tuple[int, int]] = field(default_factory=dict)
    keys: dict[PlanPath, tuple[int, int]] = field(default_factory=dict)

    def locate(self, path: PlanPath, *, key: bool = False) -> tuple[int, int]:
        """The position of the deepest node on the path that the file has."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if key and prefix in self.keys:
                return self.keys[prefix]
            if prefix in self.values:
                return self.values[prefix]
        return (1, 1)


@dataclass
class LoadedPlan:
    """A validated plan, its file, its text and the positions of its nodes."""

    path: Path
    plan: Plan
    positions: Positions
    text: str


def load_plan(path: Path, text: str | None = None, lang: Lang | str = Lang.en) -> LoadedPlan:
    """Read, parse and validate one plan file; raise PlanctlError with every problem, said in `lang`.

    With `text` (a plan read from standard input), that is the plan and `path` only names it.
    """
    with cycle_collection_paused():
        if text is None:
            raw = read_bytes(path, limit=MAX_PLAN_BYTES, what=said.A_PLAN_FILE, lang=lang)
            text = decode_plan(raw, path, lang)
            # libyaml reads UTF-8: the file's own bytes, valid UTF-8 now, are what it would be given of the
            # text, encoded again (but a byte order mark, which the text has not).
            source: str | bytes = text if raw.startswith(codecs.BOM_UTF8) else raw
        else:
            source = text
        data, positions = parse_yaml(text, path, lang, source)
        plan = validate_plan(data, positions, path, lang, text)
        _place_placeholders(plan, positions)
    return LoadedPlan(path=path, plan=plan, positions=positions, text=text)


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Python's collector of reference cycles paused while a plan is loaded (or checked).

    Loading makes tens of thousands of objects that live on (YAML nodes and marks, the data,
    the positions, the models), and every 700 new ones start a collection that walks the
    young ones again: 9% of loading a plan, for no cycle to find (a plan's data has none). The rules
    make tens of thousands more a plan (its walk's paths, its texts, their words and matches), none in
    a cycle either.
    Reference counting still frees what is dropped; what cycles other code leaves are
    collected when loading is over.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def decode_plan(data: bytes, path: Path, lang: Lang | str = Lang.en) -> str:
    """A plan's bytes as text, or a clear problem said in `lang`: binary, not UTF-8, empty, a line beyond the bound."""
    if b"\x00" in data:
        line, column = _byte_position(data, data.index(b"\x00"))
        raise PlanctlError(Problem(said.BINARY.text(lang), path, line, column))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line, column = _byte_position(data, error.start)
        raise PlanctlError(
            Problem(said.NOT_UTF8.format(lang, byte=f"{data[error.start]:02x}"), path, line, column,
                    hint=said.SAVE_AS_UTF8.text(lang))
        ) from None
    if _may_hold_control_characters(data):
        _refuse_control_characters(text, path, lang)
    if _only_comments(text):
        raise PlanctlError(Problem(said.EMPTY.text(lang), path, 1, 1))
    _check_line_lengths(text, path, lang)
    return text


def _only_comments(text: str) -> bool:
    """Blank, or comments only. A plan says what it is in its first lines, after the schema
    comment: they are looked at before the whole text is split into lines."""
    head = text[:4096].splitlines()[:-1]  # whole lines only: the head may end inside one
    return not any(_holds_content(line) for line in head) and not any(map(_holds_content, text.splitlines()))


def _holds_content(line: str) -> bool:
    return bool(line.strip()) and not line.lstrip().startswith("#")


# What a character of _NOT_YAML is in UTF-8 (a lone surrogate does not decode): a control byte,
# a C1 control (\xc2\x80-\xc2\x9f but NEL) or U+FFFE/U+FFFF. Each of these bytes or byte pairs
# is that character and no other, so where none is found the text has none: a test on the bytes
# in C, a fifth of searching the text. The expressions are compiled (by `re`) when first needed.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_C1_UTF8 = rb"\xc2[\x80-\x84\x86-\x9f]"
_NONCHARACTER_UTF8 = rb"\xef\xbf[\xbe\xbf]"


def _may_hold_control_characters(data: bytes) -> bool:
    return (len(data.translate(None, _CONTROL_BYTES)) < len(data)
            or (b"\xc2" in data and re.search(_C1_UTF8, data) is not None)
            or (b"\xef" in data and re.search(_NONCHARACTER_UTF8, data) is not None))


# What YAML does not allow in a stream: C0 controls but tab, LF and CR; DEL and C1 controls
# but NEL; lone surrogates; U+FFFE and U+FFFF.
_NOT_YAML = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"


def _refuse_control_characters(text: str, path: Path, lang: Lang | str) -> None:
    found = re.search(_NOT_YAML, text)
    if found is None:
        return
    line = text.count("\n", 0, found.start()) + 1
    column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
    raise PlanctlError(Problem(said.CONTROL_CHARACTER.format(lang, code=f"{ord(found.group()):04X}"), path, line,
                               column, hint=said.DELETE_IT.text(lang)))


def _check_line_lengths(text: str, path: Path, lang: Lang | str) -> None:
    if len(text) <= MAX_LINE_CHARS:
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_LINE_CHARS:
            raise PlanctlError(Problem(
                said.LONG_LINE.format(lang, number=number, length=format_danish_number(len(line)),
                                      limit=format_danish_number(MAX_LINE_CHARS)),
                path, number, 1))


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, offset - line_start + 1


def parse_yaml(text: str, path: Path, lang: Lang | str = Lang.en,
               source: str | bytes | None = None) -> tuple[dict[str, Any], Positions]:
    """Compose the YAML safely and build plain data plus node positions.

    `source`: the text as UTF-8 bytes when the caller has them (the same YAML, not encoded again).
    """
    try:
        root = yaml.compose(text if source is None else source, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        from planctl.hints import yaml_message  # the wording of problems: imported when a plan has one

        mark = error.problem_mark or error.context_mark
        detail = " ".join(str(part) for part in (error.context, error.problem) if part)
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        origin = _likely_origin(text, line, lang) if line else None
        if origin is not None:
            (line, column), cause = origin
            detail = f"{cause} ({detail})"
        message, hint, tab_column = yaml_message(detail, text, line, lang)
        raise PlanctlError(Problem(message, path, line, tab_column or column, hint=hint)) from None
    except yaml.YAMLError as error:
        from planctl.hints import INVALID_YAML

        raise PlanctlError(Problem(INVALID_YAML.format(lang, detail=" ".join(str(error).split())), path)) from None
    except RecursionError:
        raise PlanctlError(Problem(said.TOO_DEEP.format(lang, depth=MAX_DEPTH), path)) from None
    if root is None:
        raise PlanctlError(Problem(said.EMPTY.text(lang), path, 1, 1))
    if not isinstance(root, yaml.MappingNode):
        line, column = _mark(root)
        kind = said.A_LIST if isinstance(root, yaml.SequenceNode) else said.A_SINGLE_VALUE
        raise PlanctlError(Problem(said.NOT_A_MAPPING.format(lang, kind=kind.text(lang)), path, line, column))
    builder = _Builder(path, text, lang)
    data = builder.build(root, ())
    assert isinstance(data, dict)
    return data, builder.positions


# Read only when a plan's YAML is broken: compiled (by `re`) then.
_QUOTE = r'(?<![\\\w])"(?:[^"\\]|\\.)*$'
_INDENT_INDICATOR = r":\s+[|>][-+]?[1-9]\s*(?:#.*)?$"


def _likely_origin(text: str, error_line: int, lang: Lang | str) -> tuple[tuple[int, int], str] | None:
    """Where a syntax error YAML finds late most likely began: an unclosed double quote or a
    block scalar's explicit indentation ('|9'), on one of the lines before it."""
    lines = text.split("\n")[:error_line]
    for number in range(len(lines), max(0, len(lines) - 20), -1):
        line = lines[number - 1]
        if line.lstrip().startswith("#"):
            continue
        quote = re.search(_QUOTE, line)
        if quote and number < error_line:
            return (number, quote.start() + 1), said.UNCLOSED_QUOTE.text(lang)
        indicator = re.search(_INDENT_INDICATOR, line)
        if indicator:
            return (number, indicator.start() + 1), said.INDENTATION_INDICATOR.text(lang)
    return None


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Builder:
    """Turns composed nodes into dicts, lists and scalars, recording positions.

    Every bound of `limits` that concerns the parsed structure is kept here: nesting depth,
    the nodes and characters aliases add, the length of numbers; and every way a scalar can
    fail to construct (a date that does not exist, `!!int ''`) becomes a problem at its place.
    """

    def __init__(self, path: Path, text: str, lang: Lang | str = Lang.en) -> None:
        self.path = path
        self.lang = lang
        self.positions = Positions()
        self.values = self.positions.values
        self.constructor = yaml.constructor.SafeConstructor()
        # A node reached twice is an alias expanded again, and an alias needs an anchor ('&name'): in a
        # plan without an '&' (most plans) each node is reached once, and which were seen need not be kept.
        self.shared = "&" in text
        self.seen: set[int] = set()
        self.expanded = 0
        self.grown = 0
        self.growth_bound = MAX_ALIAS_GROWTH_CHARS + len(text)
        self.active: set[int] = set()

    def problem(self, message: Message, node: yaml.Node, **values: object) -> PlanctlError:
        """The problem at a node, said in the plan's language."""
        return PlanctlError(Problem(message.format(self.lang, **values), self.path, *_mark(node)))

    def build(self, node: yaml.Node, path: PlanPath) -> Any:
        if len(path) > MAX_DEPTH:
            raise self.problem(said.TOO_DEEP, node, depth=MAX_DEPTH)
        if self.shared:
            if id(node) in self.seen:
                self._repeated(node)
            else:
                self.seen.add(id(node))
        # The first position given a path is kept (setdefault: the path's hash worked out once, not twice).
        self.values.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
        tag = node.tag
        if tag not in _TAGS:
            raise self.problem(said.TAG_NOT_ALLOWED, node, tag=_tag_name(tag))
        if type(node) is _SCALAR_NODE:
            # A text is its value as composed (what SafeConstructor's construct_yaml_str returns).
            return node.value if tag == _STR else self._scalar(node)
        if not self.shared:
            return self._sequence(node, path) if type(node) is _SEQUENCE_NODE else self._mapping(node, path)
        if id(node) in self.active:
            raise self.problem(said.RECURSIVE_ALIAS, node)
        self.active.add(id(node))
        try:
            return self._sequence(node, path) if type(node) is _SEQUENCE_NODE else self._mapping(node, path)
        finally:
            self.active.discard(id(node))

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        if (node.tag in _NUMBER_TAGS and len(node.value) > MAX_NUMBER_DIGITS  # a shorter one holds no more digits
                and sum(c.isdigit() for c in node.value) > MAX_NUMBER_DIGITS):
            raise self.problem(said.TOO_MANY_DIGITS, node, digits=MAX_NUMBER_DIGITS)
        if node.tag in _NUMBER_TAGS and not node.style and _YAML_1_1_NUMBER.search(node.value):
            raise self.problem(said.YAML_1_1_NUMBER, node, value=node.value)
        if node.tag == _INT and node.value.isascii() and node.value.isdigit() and node.value[0] != "0":
            # Plain decimal digits, no leading zero: what SafeConstructor's construct_yaml_int makes of
            # them (no sign, no '_', no base, no ':' to read first), without its calls for every number.
            return int(node.value)
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as error:
            raise self.problem(said.INVALID_VALUE, node, problem=error.problem) from None
        except Exception as error:  # noqa: BLE001 - any failure of YAML's constructors is the value's fault
            detail = f" ({error})" if isinstance(error, ValueError) and str(error) else ""
            raise self.problem(said.NOT_VALID, node, value=node.value, kind=_kind(node.tag, self.lang),
                               detail=detail) from None

    # A key, a value or an item that is a text, within the depth bound and reached for the first time, is
    # what `build` would return at once: its value, its position recorded. _sequence and _mapping take it
    # without a call: most of a plan's nodes are such texts (the checks `build` makes are passed by all).

    def _sequence(self, node: yaml.Node, path: PlanPath) -> list[Any]:
        result = []
        values, shared, seen = self.values, self.shared, self.seen
        shallow = len(path) < MAX_DEPTH
        for index, item in enumerate(node.value):
            if item.tag == _STR and shallow and type(item) is _SCALAR_NODE and (not shared or id(item) not in seen):
                if shared:
                    seen.add(id(item))
                mark = item.start_mark
                values.setdefault(path + (index,), (mark.line + 1, mark.column + 1))
                result.append(item.value)
            else:
                result.append(self.build(item, path + (index,)))
        return result

    def _mapping(self, node: yaml.Node, path: PlanPath) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        first_seen: dict[Any, yaml.Mark] = {}  # where each key was first given
        keys, values, shared, seen = self.positions.keys, self.values, self.shared, self.seen
        shallow = len(path) < MAX_DEPTH
        key_path: PlanPath = path + ("<key>",)
        if node.value and key_path not in values:
            # The position of the mapping's keys is its first key's: the others' are kept by their paths.
            mark = node.value[0][0].start_mark
            values[key_path] = (mark.line + 1, mark.column + 1)
        for key_node, value_node in node.value:
            mark = key_node.start_mark
            if key_node.tag == _STR and shallow and type(key_node) is _SCALAR_NODE \
                    and (not shared or id(key_node) not in seen):
                if shared:
                    seen.add(id(key_node))
                key = key_node.value
            else:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise self.problem(said.MERGE_KEY, key_node)
                key = self.build(key_node, key_path)
                if not isinstance(key, (str, int)) or isinstance(key, bool):
                    raise self.problem(said.PLAIN_KEY, key_node)
            if key in result:
                raise self.problem(said.DUPLICATE_KEY, key_node, key=key, line=first_seen[key].line + 1)
            first_seen[key] = mark
            child: PlanPath = path + (key,)
            keys.setdefault(child, (mark.line + 1, mark.column + 1))
            if value_node.tag == _STR and shallow and type(value_node) is _SCALAR_NODE \
                    and (not shared or id(value_node) not in seen):
                if shared:
                    seen.add(id(value_node))
                value_mark = value_node.start_mark
                values.setdefault(child, (value_mark.line + 1, value_mark.column + 1))
                result[key] = value_node.value
            else:
                result[key] = self.build(value_node, child)
        return result

    def _repeated(self, node: yaml.Node) -> None:
        """A node seen before is an alias being expanded again: bound how much it adds."""
        self.expanded += 1
        if isinstance(node, yaml.ScalarNode):
            self.grown += len(node.value)
        if self.expanded > MAX_ALIAS_NODES + len(self.seen) or self.grown > self.growth_bound:
            raise self.problem(said.ALIAS_BOMB, node, nodes=format_danish_number(MAX_ALIAS_NODES),
                               size=size(MAX_ALIAS_GROWTH_CHARS))


_INT = "tag:yaml.org,2002:int"
_NUMBER_TAGS = frozenset({_INT, "tag:yaml.org,2002:float"})


# Numbers only YAML 1.1 reads: digits grouped by '_' (1_000), sexagesimal (1:20), octal with a
# leading 0 (012 is 10), binary (0b11). Two readers of one file would disagree on their value.
_YAML_1_1_NUMBER = re.compile(r"_|:|^[-+]?0[0-7]+$|^[-+]?0b")


def _tag_name(tag: str) -> str:
    """'tag:yaml.org,2002:int' -> '!!int'; an application tag as written."""
    return tag.replace("tag:yaml.org,2002:", "!!")


def _kind(tag: str, lang: Lang | str) -> str:
    """What a scalar's tag asks for, in words: 'date', 'whole number'."""
    kind = said.KINDS.get(tag.removeprefix("tag:yaml.org,2002:"))
    return kind.text(lang) if kind is not None else _tag_name(tag)


def validate_plan(data: dict[str, Any], positions: Positions, path: Path, lang: Lang | str = Lang.en,
                  text: str | None = None) -> Plan:
    """Validate plain data against the Plan model; map errors to file positions, said in `lang`.

    With the file's `text`, a hint quotes a value as the file writes it (`code: 0173`, not 123).
    """
    try:
        return Plan.model_validate(data)
    except ValidationError as error:
        raise PlanctlError(_problems(error, positions, path, lang, text)) from None


def _problems(error: ValidationError, positions: Positions, path: Path, lang: Lang | str,
              text: str | None) -> list[Problem]:
    from planctl.hints import validation_message  # the wording of problems: imported when a plan has one

    problems = []
    lines = text.splitlines() if text is not None else []
    for detail in error.errors(include_url=False):
        loc = tuple(part for part in detail["loc"] if isinstance(part, (str, int)))
        node_path = _data_path(loc)
        kind = detail["type"]
        line, column = positions.locate(node_path, key=kind == "extra_forbidden")
        message, hint = validation_message(detail, node_path, _scalar_at(lines, line, column), lang)
        # A missing field is reported on its parent, the mapping that lacks it.
        where = format_path(node_path[:-1] if kind == "missing" else node_path) or "plan"
        problems.append(Problem(f"{where}: {message}", path, line, column, hint=hint))
    return sorted(set(problems), key=lambda p: (p.line or 0, p.column or 0, p.message))


def _scalar_at(lines: list[str], line: int, column: int) -> str | None:
    """The plain scalar (a number, a word) that starts at line:col of the file, as written."""
    if not 1 <= line <= len(lines):
        return None
    found = re.match(r"[^\s,\[\]{}#'\"]+", lines[line - 1][column - 1:])
    return found.group() if found else None


def _data_path(loc: tuple[PathKey, ...]) -> PlanPath:
    """Drop the parts of Pydantic's location that are not in the file (validator tags)."""
    return tuple(
        part for part in loc
        if isinstance(part, int) or not ("[" in part or part.startswith("function-"))
    )


def _place_placeholders(plan: Plan, positions: Positions) -> None:
    """Tell each Placeholder where in the file it stands."""
    found: list[tuple[PlanPath, Placeholder]] = []
    _placeholders(plan, (), found)
    for node_path, value in found:
        line, column = positions.locate(node_path)
        object.__setattr__(value, "line", line)
        object.__setattr__(value, "column", column)


def _placeholders(node: Any, path: PlanPath, found: list[tuple[PlanPath, Placeholder]]) -> None:
    """Every Placeholder in the plan with its path, as `walk` finds them, but going only into
    the fields whose type can hold one: not into the prose, the titles, the contents. Gathered
    into one list by plain recursion (a generator at every level passed each one up through all)."""
    inner = _PLACES[type(node)]
    if inner is True:
        found.append((path, node))
    elif inner is False:
        for index, item in enumerate(node):
            _placeholders(item, path + (index,), found)
    elif inner:
        for name in inner:
            value = getattr(node, name)
            if value is not None:
                _placeholders(value, path + (name,), found)


def _places(kind: type) -> tuple[str, ...] | bool | None:
    """Where a value of a type can hold a Placeholder: it is one (True), a list's items (False), a model's
    fields that can (their names), nowhere (None)."""
    if issubclass(kind, Placeholder):
        return True
    if issubclass(kind, BaseModel):
        return _placeholder_fields(kind)
    return False if issubclass(kind, list) else None


# Looked up once a type: isinstance() against a model class and a cached function's call cost more than
# the lookup, at each of the ~400 values a plan.
_PLACES = ByType(_places)


@cache
def _placeholder_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a model whose type can hold a Placeholder, in a list or a model inside or not."""
    return tuple(name for name, info in model.model_fields.items() if _may_hold_placeholder(info.annotation))


def _may_hold_placeholder(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return bool(_placeholder_fields(annotation))
    return annotation is Placeholder or any(_may_hold_placeholder(part) for part in get_args(annotation))
