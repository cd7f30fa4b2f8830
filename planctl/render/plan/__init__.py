"""planctl show: a plan as a document (`PlanDocument`), in the terminal, as Markdown or as Word.

`build.plan_document` reads the plan once into blocks; every format renders those blocks,
and `planctl diff --format docx` marks up the same blocks with tracked changes. The first
format is the default; each renderer is imported only when chosen, so python-docx is
loaded by `--format docx` alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planctl.render.formats import Format, FormatTable

if TYPE_CHECKING:
    from planctl.render.plan.document import PlanDocument

FORMATS: FormatTable[PlanDocument] = FormatTable({
    "text": Format("planctl.render.plan.text:render", terminal=True),
    "markdown": Format("planctl.render.plan.markdown:render"),
    "docx": Format("planctl.render.plan.docx:render", binary=True),
})
