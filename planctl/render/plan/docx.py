"""show --format docx: the plan as a Word document, on the municipality's template when given."""

from __future__ import annotations

from planctl.render.docx import write_document
from planctl.render.page import Page
from planctl.render.plan.document import PlanDocument


def render(document: PlanDocument, page: Page) -> bytes:
    """The document as .docx bytes; `page.options['template']` names a .docx or .dotx to build on."""
    return write_document(document, page)
