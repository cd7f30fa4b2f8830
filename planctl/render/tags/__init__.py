"""`planctl tags`'s output: a TagReport as `file:line:col:` lines, and its one-line summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planctl.render.formats import Format, FormatTable

if TYPE_CHECKING:
    from planctl.tags.model import TagReport

FORMATS: FormatTable[TagReport] = FormatTable({
    "text": Format("planctl.render.tags.text:render"),
})
