"""planctl appendix: the meeting appendix (`Appendix`) as Word or Markdown.

`document.appendix_document` turns the appendix into the block model of `show` once; Word is
the Word toolkit's `write_document` of those blocks and Markdown is `show`'s Markdown of them,
so the two formats cannot disagree. The first format is the default.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planctl.render.formats import Format, FormatTable

if TYPE_CHECKING:
    from planctl.appendix.model import Appendix

FORMATS: FormatTable[Appendix] = FormatTable({
    "docx": Format("planctl.render.appendix.docx:render", binary=True),
    "markdown": Format("planctl.render.appendix.markdown:render"),
})
