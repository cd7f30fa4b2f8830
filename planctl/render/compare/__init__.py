"""`planctl compare`'s output formats: a Comparison as text, Markdown, JSON, CSV or Word.

json and csv follow the comparison's shape (rows, a cell per plan); json-long and csv-long
are one record per plan and row, the shape a spreadsheet or a script wants at any scale.

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
    "json-long": Format("planctl.render.compare.long:render_json"),
    "csv-long": Format("planctl.render.compare.long:render_csv"),
    "docx": Format("planctl.render.compare.docx:render", binary=True),
})
