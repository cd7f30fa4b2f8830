"""`planctl compare`'s output formats: a Comparison as text, Markdown, JSON, CSV or Word.

Importing this package imports no renderer and not the comparison model: the command line
reads the format names at start-up, and each renderer is imported when it is chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planctl.render.formats import Format, FormatTable

if TYPE_CHECKING:
    from planctl.compare.model import Comparison

FORMATS: FormatTable[Comparison] = FormatTable({
    "text": Format("planctl.render.compare.text:render", terminal=True),
    "markdown": Format("planctl.render.compare.markdown:render"),
    "json": Format("planctl.render.compare.json:render"),
    "csv": Format("planctl.render.compare.csv:render"),
    "docx": Format("planctl.render.compare.docx:render", binary=True),
})
