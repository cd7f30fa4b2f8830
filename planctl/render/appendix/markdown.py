"""appendix --format markdown: the appendix's blocks as `show --format markdown` writes blocks."""

from __future__ import annotations

from planctl.appendix.model import Appendix
from planctl.render.appendix.document import appendix_document
from planctl.render.page import Page
from planctl.render.plan import markdown


def render(appendix: Appendix, page: Page) -> str:
    return markdown.render(appendix_document(appendix, page.lang), page)
