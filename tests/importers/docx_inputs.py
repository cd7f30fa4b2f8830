"""Word files the importer tests read: built here with python-docx, or as hand-written XML where
python-docx cannot write the thing (tracked changes). Shared by the .docx and the PDF tests."""

from __future__ import annotations

import io
import struct
import zlib
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

HEADER_TEXT = "Lyngby-Taarbæk Kommune · Beskæftigelsesplan 2019"
FOOTER_TEXT = "Jobcenter Lyngby-Taarbæk"


def _field(paragraph: Any, instruction: str, result: str) -> None:
    """A complex field: begin, the instruction, separate, the result Word last computed, end."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, result), ("end", None)):
        run = paragraph.add_run()
        if kind is not None:
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), kind)
            run._r.append(mark)
        elif text == instruction:
            code = OxmlElement("w:instrText")
            code.text = instruction
            run._r.append(code)
        else:
            run.text = result


def danish_docx() -> bytes:
    """A plan as a Danish municipality writes it in Word: Danish style names, a style with only an
    outline level, a bold-only heading, bullets and a numbered list, a table with merged cells, a
    field, and a header and footer (with a page number) that are not part of the plan's text."""
    document = docx.Document()
    styles = document.styles
    # Danish Word stores a built-in style with a localized id and the English name.
    styles["Heading 2"].element.set(qn("w:styleId"), "Overskrift2")
    overskrift1 = styles.add_style("Overskrift 1", WD_STYLE_TYPE.PARAGRAPH)
    overskrift1.base_style = styles["Normal"]
    rubrik = styles.add_style("Rubrik", WD_STYLE_TYPE.PARAGRAPH)
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "2")
    rubrik.element.get_or_add_pPr().append(outline)
    document.add_paragraph("Beskæftigelsesplan 2019", style="Title")
    document.add_paragraph("Indledning", style="Overskrift 1")
    document.add_paragraph("Planen beskriver de mål, Lyngby-Taarbæk Kommune arbejder efter.")
    document.add_paragraph("Ministermål", style="Heading 2")
    document.add_paragraph("Unge under 30 år", style="Rubrik")
    bold = document.add_paragraph()
    bold.add_run("Målgrupper i fokus").bold = True
    document.add_paragraph("Unge og ledige med lang ledighed.")
    label = document.add_paragraph()  # bold right before a list: the list's label, not a heading
    label.add_run("Følgemål").bold = True
    document.add_paragraph("Flere unge skal i uddannelse", style="List Bullet")
    document.add_paragraph("Færre på kontanthjælp", style="List Bullet")
    document.add_paragraph("Det første skridt", style="List Number")
    document.add_paragraph("Det andet skridt", style="List Number")
    direct = document.add_paragraph("Indsatser")
    direct_outline = OxmlElement("w:outlineLvl")
    direct_outline.set(qn("w:val"), "1")
    direct._p.get_or_add_pPr().append(direct_outline)
    reference = document.add_paragraph("Se side ")
    _field(reference, " PAGEREF _Toc1 \\h ", "4")
    reference.add_run(" for nøgletal.")
    table = document.add_table(rows=3, cols=3)
    for row, texts in zip(table.rows, (("Målgruppe", "", "Antal"), ("Unge", "Under 30 år", "580"),
                                       ("Voksne", "Over 30 år", "")), strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    table.cell(0, 0).merge(table.cell(0, 1))  # gridSpan
    table.cell(1, 2).merge(table.cell(2, 2))  # vMerge
    tabbed = document.add_paragraph("Mål\t4 pct.")
    tabbed.add_run().add_break()
    tabbed.add_run("ny linje")
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER_TEXT
    footer = section.footer.paragraphs[0]
    footer.add_run(FOOTER_TEXT + " – side ")
    _field(footer, " PAGE ", "1")
    return _save(document)


def _save(document: Any) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def png(width: int, height: int) -> bytes:
    """A grey PNG, made by hand (no imaging library is a dependency)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes([0x80, 0x80, 0x80]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def picture_only_docx() -> bytes:
    """A Word file holding one picture and no text: its PDF is what a scan looks like."""
    document = docx.Document()
    document.add_picture(io.BytesIO(png(200, 280)), width=Cm(15))
    return _save(document)


LONG_PARAGRAPH = (
    "Lyngby-Taarbæk Kommune vil i 2019 styrke samarbejdet med virksomhederne, så flere ledige kommer "
    "i arbejde, og så flere unge gennemfører en uddannelse inden for bygge- og anlægsbranchen og de "
    "andre brancher, der mangler arbejdskraft i de kommende år."
)


def hyphen_lines(count: int) -> list[str]:
    """Paragraphs whose text before "Lyngby-Taarbæk" (and "bygge- og anlæg") grows by two letters each:
    for some of them LibreOffice breaks the line right after the hyphen, wherever its margins are."""
    lines = []
    for padding in range(count):
        words = " ".join(["meget", *["i"] * padding])
        for compound in ("Lyngby-Taarbæk Kommune", "bygge- og anlægsbranchen"):
            lines.append(f"Samarbejdet med virksomhederne betyder {words} for {compound} og for borgerne.")
    return lines


def pdf_source_docx(pages: int = 3, hyphen_variants: int = 14) -> bytes:
    """A Word file for the PDF tests: a title, headings, bullet lists, long paragraphs (some of which
    LibreOffice breaks at the hyphen of "Lyngby-Taarbæk" or "bygge-"), a running header and page numbers."""
    document = docx.Document()
    document.add_paragraph("Beskæftigelsesplan 2019", style="Title")
    variants = hyphen_lines(hyphen_variants)
    per_page = -(-len(variants) // pages)
    for page in range(pages):
        document.add_paragraph(f"Kapitel {page + 1}", style="Heading 1")
        document.add_paragraph(LONG_PARAGRAPH)
        document.add_paragraph("Indsatser for unge", style="Heading 2")
        document.add_paragraph("Flere unge skal i uddannelse", style="List Bullet")
        document.add_paragraph("Færre unge på kontanthjælp", style="List Bullet")
        for line in variants[page * per_page:(page + 1) * per_page]:
            document.add_paragraph(line)
        if page < pages - 1:
            document.add_page_break()
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER_TEXT
    footer = section.footer.paragraphs[0]
    footer.add_run("Side ")
    _field(footer, " PAGE ", "1")
    return _save(document)
