"""write_document: a plan document as a .docx, its marks written as tracked changes.

The one Word writer of planctl. `show --format docx` gives it blocks whose marks are all
'equal'; `diff --format docx` gives it the new plan's blocks with insertions, deletions,
whole paragraphs and rows marked, and the previous role of a paragraph whose style changed.
The writer honours every mark, so accepting all changes in Word gives the new plan's
document and rejecting them all gives the old one's.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from docx.document import Document

from planctl.messages import Lang
from planctl.render.docx.numbering import add_bullets
from planctl.render.docx.ooxml import Element, child, element
from planctl.render.docx.package import open_document, set_language, set_properties, text_width, to_bytes
from planctl.render.docx.revisions import TAGS, Revisions, revision_date, track_revisions
from planctl.render.docx.runs import Inline
from planctl.render.docx.safe import SafeText, xml_safe
from planctl.render.docx.styles import TABLE_TEXT, StyleBook, spec_for
from planctl.render.docx.tables import TableWriter
from planctl.render.page import Page
from planctl.render.plan.document import Block, Paragraph, PlanDocument, Role, Table


def write_document(document: PlanDocument, page: Page) -> bytes:
    """The document as .docx bytes, on `page.options['template']` when given.

    `page.options['orientation'] = "landscape"` turns the pages (the template's too) on their side,
    for tables of many columns. Revisions carry `page.options['author']` (default "planctl") and `page.options['date']`
    (a datetime; default now, UTC). What the user should know (a style the template lacks,
    characters Word cannot hold) is added to `page.notices`, once each.
    """
    template = page.options.get("template")
    word = open_document(Path(str(template)) if template else None,
                         landscape=page.options.get("orientation") == "landscape")
    revisions = Revisions(str(page.options.get("author") or "planctl"), revision_date(page.options.get("date")))
    safe = SafeText()
    styles = StyleBook(word, page.lang, page.notices)
    body = _Body(word, styles, Inline(revisions, safe), revisions)
    section = child(word.element.body, "w:sectPr")
    blocks = [body.block(block) for block in document.blocks]
    if not document.blocks or isinstance(document.blocks[-1], Table):
        blocks.append(element("w:p"))  # a body, and a table cell, ends with a paragraph
    for made in blocks:
        if section is not None:
            section.addprevious(made)
        else:
            word.element.body.append(made)
    if revisions.count:
        track_revisions(word.settings.element)
    if template is None or page.lang == Lang.da:
        set_language(word, styles_too=template is None)
    # The title block has told about any unsafe character in these already.
    set_properties(word, xml_safe(document.title), xml_safe(f"{document.municipality} · {document.period}"),
                   datetime.now(timezone.utc))
    notice = safe.notice(page.lang)
    if notice is not None:
        page.notices.append(notice)
    return to_bytes(word)


class _Body:
    """Turns blocks into body elements: paragraphs with their style and marks, and tables."""

    def __init__(self, word: Document, styles: StyleBook, inline: Inline, revisions: Revisions) -> None:
        self.word = word
        self.styles = styles
        self.inline = inline
        self.revisions = revisions
        self._tables: TableWriter | None = None
        self._bullets: int | None = None
        self._after_table = False

    def block(self, block: Block) -> Element:
        made = self.paragraph(block) if isinstance(block, Paragraph) else self.table(block)
        self._after_table = isinstance(block, Table)
        return made

    def paragraph(self, paragraph: Paragraph) -> Element:
        properties = element("w:pPr", *self._properties(paragraph.role, paragraph.level))
        if self._after_table and child(properties, "w:spacing") is None:
            properties.append(element("w:spacing", before="160"))  # text does not touch the table above
        if paragraph.mark != "equal":
            properties.append(element("w:rPr", self.revisions.mark(TAGS[paragraph.mark])))
        if paragraph.was is not None:
            properties.append(self.revisions.mark("w:pPrChange", element("w:pPr", *self._properties(*paragraph.was))))
        return element("w:p", properties, *self.inline.runs(paragraph.runs, paragraph.origin, paragraph.mark))

    def table(self, table: Table) -> Element:
        if self._tables is None:  # made on first use: a plan without tables needs no grid style
            self._tables = TableWriter(self.inline, self.revisions, self.styles.table(),
                                       self.styles.paragraph(TABLE_TEXT), text_width(self.word))
        return self._tables.table(table)

    def _properties(self, role: Role, level: int) -> list[Element]:
        """The paragraph properties of a role, in schema order: style, then keep-with-next or numbering."""
        style_id = self.styles.paragraph(spec_for(role, level))
        properties = [element("w:pStyle", val=style_id)]
        if role == "caption":  # a table's title stays with its table, at a distance from a table above
            properties += [element("w:keepNext"), element("w:spacing", before="160")]
        if role == "bullet" and not self.styles.gives_bullets(style_id):
            properties.append(element("w:numPr", element("w:ilvl", val=str(max(level - 1, 0))),
                                      element("w:numId", val=str(self._bullet_list()))))
        return properties

    def _bullet_list(self) -> int:
        """The numbering of bullets the template's list style lacks, defined on first use."""
        if self._bullets is None:
            self._bullets = add_bullets(self.word)
        return self._bullets
