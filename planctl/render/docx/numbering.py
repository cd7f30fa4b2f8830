"""Bullets that Word draws: a numbering definition with a "•" level, for when the list style has none.

A list paragraph shows its bullet through numbering (`w:numPr` pointing into numbering.xml),
never through a "•" typed into its text. A template without a list style, or whose list
style lost its numbering, would show bare paragraphs; this adds one bullet definition
(creating numbering.xml when the template has none) and gives its id.
"""

from __future__ import annotations

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart

from planctl.render.docx.ooxml import Element, insert_after, insert_before

# Bullet glyph and indent per level (twentieths of a point).
_LEVELS = (("•", 720), ("◦", 1440), ("▪", 2160), ("•", 2880))


def numbering_element(document: Document) -> Element | None:
    """The `w:numbering` of the document, or None when it has no numbering part."""
    try:
        part = document.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING)
    except KeyError:
        return None
    return part.element if isinstance(part, NumberingPart) else None


def defined_numbers(document: Document) -> set[str]:
    """The numIds numbering.xml defines."""
    numbering = numbering_element(document)
    if numbering is None:
        return set()
    return {str(num.get(qn("w:numId"))) for num in numbering.iterfind(qn("w:num"))}


def add_bullets(document: Document) -> int:
    """A new bullet list definition in numbering.xml (made when missing); its numId."""
    numbering = numbering_element(document)
    if numbering is None:
        numbering = _new_numbering(document)
    abstract_id = 1 + max((int(a.get(qn("w:abstractNumId"), "0")) for a in numbering.iterfind(qn("w:abstractNum"))),
                          default=-1)
    num_id = 1 + max((int(n.get(qn("w:numId"), "0")) for n in numbering.iterfind(qn("w:num"))), default=0)
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        f'<w:lvlText w:val="{glyph}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl>'
        for level, (glyph, indent) in enumerate(_LEVELS)
    )
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                         f'<w:multiLevelType w:val="hybridMultilevel"/>{levels}</w:abstractNum>')
    insert_after(numbering, abstract, ("w:numPicBullet", "w:abstractNum"))
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
    insert_before(numbering, num, ("w:numIdMacAtCleanup",))
    return num_id


def _new_numbering(document: Document) -> Element:
    """python-docx cannot make a numbering part (NumberingPart.new is not implemented): made here."""
    package = document.part.package
    part = NumberingPart(package.next_partname("/word/numbering%d.xml"), CONTENT_TYPE.WML_NUMBERING,
                         parse_xml(f"<w:numbering {nsdecls('w')}/>"), package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.NUMBERING)
    return part.element
