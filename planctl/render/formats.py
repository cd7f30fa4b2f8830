"""A command's output formats: one table from format name to renderer, each imported when chosen.

Each result package in `render/` declares its `FORMATS`; the command's `--format` choices
are the table's names, so a new format is one line in one table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Generic, NamedTuple, TypeVar

from planctl.render.page import Page

R = TypeVar("R")


# A NamedTuple and a plain class, not frozen dataclasses: made at import far faster (see `errors.Problem`).
class Format(NamedTuple):
    """One output format: its renderer as 'module:function', and whether it writes bytes (Word)."""

    renderer: str
    binary: bool = False
    terminal: bool = False  # drawn for a terminal: width and colour matter


class FormatTable(Generic[R]):
    """The formats of one result, in the order `--help` lists them; the first is the default."""

    __slots__ = ("formats",)

    def __init__(self, formats: Mapping[str, Format]) -> None:
        self.formats = formats

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.formats)

    def render(self, name: str, result: R, page: Page) -> str | bytes:
        """The result in the named format; only that renderer's module is imported."""
        module, function = self.formats[name].renderer.split(":")
        renderer: Callable[[R, Page], str | bytes] = getattr(import_module(module), function)
        return renderer(result, page)
