"""appendix --format docx: the appendix's blocks written by the Word toolkit (template and all)."""

from __future__ import annotations

from planctl.appendix.model import Appendix
from planctl.render.appendix.document import appendix_document
from planctl.render.docx import write_document
from planctl.render.page import Page


def render(appendix: Appendix, page: Page) -> bytes:
    return write_document(appendix_document(appendix, page.lang), page)
