"""What a rule sees of a plan: the model, its texts with their paths, positions."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import Any

from pydantic import BaseModel

from planctl.load import LoadedPlan
from planctl.messages import Lang
from planctl.model.plan import Plan, Target
from planctl.model.values import MONTHS, Placeholder
from planctl.model.walk import ByType, PlanPath
from planctl.text import Joined, folded, folds_apart, sentences

# Fields whose strings are the municipality's own text, in which words can be wrong.
TEXT_FIELDS = frozenset({
    "prose", "text", "title", "heading", "follow_up", "initiatives", "note",
    "label", "columns", "cells", "reference", "deferred_until", "goals",
})


_IDENTITY = frozenset({"municipality", "source", "status"})


def _field(path: PlanPath) -> str:
    """The field a value stands in: the path's last name (a list's item stands in the list's field)."""
    last = path[-1]
    if isinstance(last, str):
        return last
    return next(part for part in reversed(path) if isinstance(part, str))


# str.lower() of each Latin-1 character, by its code: one character of Latin-1 each, and in that range
# lower-casing is the same whatever stands around (bytes() refuses any other; the Greek final sigma, the one
# letter lower-cased by its neighbours, is not Latin-1).
_LATIN_1_LOWER = bytes(ord(chr(code).lower()) for code in range(256))


# TextNode and PlanContext are plain classes: every check imports them, and a dataclass costs a quarter
# to half a millisecond to build at import.


class TextNode:
    """A text of the plan and its path.

    What the rules ask of every text is worked out as the node is made, in plain attributes: the rules
    read each of them for every text, and a cached_property's first read (taking a lock in Python 3.11)
    cost more than the work.
    """

    __slots__ = ("path", "text", "field", "lower", "folded", "names_month", "_sentences")

    def __init__(self, path: PlanPath, text: str, field: str | None = None, names_month: bool | None = None) -> None:
        self.path = path
        self.text = text
        # The field the text stands in ('prose', 'text', ...).
        self.field: str = field if field is not None else _field(path)
        # The text lower-cased by str.lower(), as C010 and C014 compare texts; and lower-cased as
        # case-insensitive patterns read it (`text.folded`; the same string as `lower` for most texts): a
        # rule tests it for a word every match holds before it searches the text with a pattern.
        if text.isascii():
            self.lower: str = text.lower()
            self.folded: str = self.lower
        else:
            try:
                # Most of a plan's texts are Latin-1 (æ, ø, å): lower-cased by a table of bytes in C, a
                # half of str.lower()'s time, and folded alike (no letter folding treats apart is Latin-1).
                self.lower = self.folded = text.encode("latin-1").translate(_LATIN_1_LOWER).decode("latin-1")
            except UnicodeEncodeError:
                self.lower = text.lower()
                self.folded = folded(text) if folds_apart(text) else self.lower
        # Whether the folded text names a month (januar … december): C002 and U006 look for dates only
        # in a text that does. PlanContext.texts finds it for all the plan's texts at once (`Joined`).
        self.names_month: bool = (any(map(self.folded.__contains__, MONTHS)) if names_month is None
                                  else names_month)
        self._sentences: list[tuple[int, str]] | None = None

    def sentences(self) -> list[tuple[int, str]]:
        """(offset, sentence) for each sentence of the text (`text.sentences`), split at the first rule's
        asking and shared with the others: C013, U006 and C009 split many of the same texts."""
        if self._sentences is None:
            self._sentences = list(sentences(self.text))
        return self._sentences


class Views:
    """The texts, targets and placeholders of a plan, gathered in one pass over its model, each in file
    order (the order of `walk`): not every value listed with its path first and the list filtered three
    times. A value that is none of these and holds none (a number, a date, a Quantity) gets no path."""

    __slots__ = ("texts", "targets", "placeholders", "folded")

    def __init__(self) -> None:
        self.texts: list[TextNode] = []
        self.folded: Joined
        self.targets: list[tuple[PlanPath, Target]] = []
        self.placeholders: list[tuple[PlanPath, Placeholder]] = []

    def model(self, model: Any, path: PlanPath, scope: bool) -> None:
        """A model and what it holds; `scope`: whether strings below it can be texts (not under an
        identity field of the plan)."""
        shape = _SHAPES[type(model)]
        if shape.target:
            self.targets.append((path, model))
        for name, names_text, outside_identity in shape.fields:
            value = getattr(model, name)
            role = _ROLES[type(value)]
            # The plan's identity fields (the root's) hold no texts.
            field_scope = scope if path else outside_identity
            if role is _TEXT:
                if names_text and field_scope:
                    self.texts.append(TextNode(path + (name,), value, name, names_month=False))
            elif role is not _OTHER:
                self.value(value, role, path + (name,), name, field_scope, names_text)

    def value(self, value: Any, role: int, path: PlanPath, field: str, scope: bool, names_text: bool) -> None:
        """A model, list or placeholder in the model's field `field` (itself, or an item of a list in it).
        A string that is no text is passed by where it is met, without a path or a call."""
        if role is _MODEL:
            self.model(value, path, scope)
        elif role is _LIST:
            texts = names_text and scope
            for index, item in enumerate(value):
                item_role = _ROLES[type(item)]
                if item_role is _TEXT:
                    if texts:
                        self.texts.append(TextNode(path + (index,), item, field, names_month=False))
                elif item_role is not _OTHER:
                    self.value(item, item_role, path + (index,), field, scope, names_text)
        else:
            self.placeholders.append((path, value))


# What the gathering does with a value, by its type (looked up once a type): the same kinds as `walk`.
_OTHER, _TEXT, _MODEL, _LIST, _PLACEHOLDER = range(5)


def _role(kind: type) -> int:
    if issubclass(kind, Placeholder):
        return _PLACEHOLDER
    if issubclass(kind, str):
        return _TEXT
    if issubclass(kind, BaseModel):
        return _MODEL
    return _LIST if issubclass(kind, list) else _OTHER


_ROLES = ByType(_role)


class _Shape:
    """A model type as the gathering reads it: whether it is a Target, and its fields, each with whether
    its strings are texts by its name and whether it is not an identity field (on the plan itself)."""

    __slots__ = ("target", "fields")

    def __init__(self, kind: type[BaseModel]) -> None:
        self.target = issubclass(kind, Target)
        self.fields = tuple((name, name in TEXT_FIELDS, name not in _IDENTITY) for name in kind.model_fields)


_SHAPES = ByType(_Shape)


class PlanContext:
    """One plan as every rule reads it; what several rules need is worked out once, at first use."""

    def __init__(self, loaded: LoadedPlan, lang: Lang | str = Lang.en) -> None:
        self.loaded = loaded
        self.lang = lang

    @property
    def plan(self) -> Plan:
        return self.loaded.plan

    @property
    def targets(self) -> list[tuple[PlanPath, Target]]:
        """Every target of the plan (goals', følgemål's, the goal overview's) with its path, in file order."""
        return self._views.targets

    @property
    def placeholders(self) -> list[tuple[PlanPath, Placeholder]]:
        """Every typed placeholder value of the plan with its path, in file order."""
        return self._views.placeholders

    @property
    def texts(self) -> list[TextNode]:
        """Every text of the plan (not identity fields), in file order."""
        return self._views.texts

    @cached_property
    def _views(self) -> Views:
        views = Views()
        views.model(self.plan, (), True)
        views.folded = Joined([node.folded for node in views.texts])
        # Twelve searches a plan, not twelve a text.
        for index in views.folded.holding(*MONTHS):
            views.texts[index].names_month = True
        return views

    @property
    def folded(self) -> Joined:
        """The folded form of every text (`TextNode.folded`), in the order of `texts`, joined once: a rule
        asks which of them hold a word every match of its pattern holds (`Joined.holding`)."""
        return self._views.folded

    def prose(self) -> Iterator[TextNode]:
        return (node for node in self.texts if node.field == "prose")

    def position(self, path: PlanPath, offset: int | None = None) -> tuple[int, int]:
        """Line and column of a node; with an offset, of that character in its text
        when the text stands on one line of the file (plain or quoted)."""
        line, column = self.loaded.positions.locate(path)
        if offset is None:
            return line, column
        value = self.value_at(path)
        if not isinstance(value, str):
            return line, column
        lines = self._lines
        if line - 1 >= len(lines):
            return line, column
        raw = lines[line - 1]
        start = column - 1
        quote = 1 if raw[start:start + 1] in {'"', "'"} else 0
        prefix = value[:offset]
        if raw[start + quote:start + quote + len(prefix)] == prefix:
            return line, column + quote + offset
        return line, column

    @cached_property
    def _lines(self) -> list[str]:
        """The file's lines, split once: a finding's column is looked up in its line."""
        return self.loaded.text.splitlines()

    def value_at(self, path: PlanPath) -> object:
        node: object = self.plan
        for part in path:
            if isinstance(part, int):
                assert isinstance(node, list)
                node = node[part]
            else:
                node = getattr(node, part)
        return node
