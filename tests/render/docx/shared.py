"""What the Word tests share: a plan rendered as show renders it, and what its blocks should read as."""

from __future__ import annotations

from pathlib import Path

from planctl.load import load_plan
from planctl.messages import Lang
from planctl.render.page import Page
from planctl.render.plan.build import plan_document
from planctl.render.plan.document import Paragraph, PlanDocument
from planctl.render.plan.docx import render
from tests.docx_xml import Block, Grid, Para

# The style each role is set in with python-docx's default template (headings: "Heading N").
STYLE_OF_ROLE = {
    "title": "Title", "subtitle": "Subtitle", "date": "Subtitle", "draft": "Udkast", "body": "Normal",
    "goal": "Normal", "bullet": "List Bullet", "goal-id": "Mål", "target": "Måltal", "label": "Mærkat",
    "caption": "Caption", "note": "Note", "colophon": "Kolofon",
}


def show_docx(path: Path, lang: Lang = Lang.da, **options: object) -> tuple[PlanDocument, bytes, list[str]]:
    """The plan's document, its .docx as `show --format docx` makes it, and the notices."""
    document = plan_document(load_plan(path).plan, lang)
    page = Page(lang=lang, options=dict(options))
    return document, render(document, page), page.notices


def expected(document: PlanDocument, styles: dict[str, str] | None = None) -> list[Block]:
    """What the document's blocks must read as: style, heading level, list or not, text; tables cell by cell."""
    names = {**STYLE_OF_ROLE, **(styles or {})}
    blocks: list[Block] = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            heading = block.role == "heading"
            style = names.get(f"heading {block.level}", f"Heading {block.level}") if heading else names[block.role]
            blocks.append(Para(style, block.level if heading else 0, block.role == "bullet", block.text))
        else:
            blocks.append(Grid(tuple(tuple(cell.text for cell in row.cells) for row in block.rows)))
    return blocks
