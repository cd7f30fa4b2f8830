"""The diff report: what changed from one plan to another, in text, Markdown and JSON, and the
new plan as a Word document with the changes as tracked changes (docx).

Each renderer is `render(diff: PlanDiff, page: Page) -> str`; `--stat` reaches the text and
Markdown renderers as `page.options["stat"]` (only the summary). The words only this report
says live in `words.py`; the words of the domain (change kinds, areas, statuses) in
`planctl.messages`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planctl.render.formats import Format, FormatTable

if TYPE_CHECKING:
    from planctl.diff import PlanDiff

FORMATS: FormatTable[PlanDiff] = FormatTable({
    "text": Format("planctl.render.diff.text:render", terminal=True),
    "markdown": Format("planctl.render.diff.markdown:render"),
    "json": Format("planctl.render.diff.json:render"),
    "docx": Format("planctl.render.diff.docx:render", binary=True),
})
