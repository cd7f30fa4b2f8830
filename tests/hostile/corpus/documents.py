"""Word, PDF and text documents to import that are broken, encrypted, bombs or full of escapes."""

from __future__ import annotations

from tests.docx_xml import make_docx, zip_bomb, zipped
from tests.handmade_pdf import PAGES, handmade_pdf
from tests.hostile.corpus.case import Case, Expect, file_with

# Every character XML 1.0 does not allow, as a character reference (which no parser accepts) and as a raw byte.
_XML_INVALID = "".join(chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])


def _paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def documents() -> list[Case]:
    docs: dict[str, tuple[str, bytes, Expect]] = {
        "corrupt-zip": ("plan.docx", make_docx(_paragraph("Mål"))[:300], "invalid"),
        "zip-without-document": ("plan.docx", zipped({"hello.txt": b"hej"}), "invalid"),
        "encrypted-ole-docx": ("plan.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096), "invalid"),
        "zip-bomb": ("plan.docx", zip_bomb(), "invalid"),
        "document-xml-broken": ("plan.docx", zipped({"word/document.xml": b"<w:document><w:body>"}), "invalid"),
        "xml-invalid-character-references": ("plan.docx", make_docx(_paragraph(
            "".join(f"&#{ord(c)};" for c in _XML_INVALID))), "invalid"),
        "xml-invalid-raw-characters": ("plan.docx", make_docx(_paragraph(_XML_INVALID)), "invalid"),
        "escapes-in-word-text": ("plan.docx", make_docx(
            _paragraph("Beskæftigelsesplan 2019") + _paragraph("Mål \u202e 1: x pct. ::error::pwned")
            + _paragraph("]]&gt; &lt;script&gt;")), "any"),
        "billion-laughs-xml": ("plan.docx", zipped({"word/document.xml":
            b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "haha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
            b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
            b"<w:document><w:body><w:p><w:r><w:t>&d;</w:t></w:r></w:p></w:body></w:document>"}), "invalid"),
        "broken-pdf": ("plan.pdf", b"%PDF-1.7\nthis is no PDF at all\n", "invalid"),
        "truncated-pdf": ("plan.pdf", handmade_pdf(PAGES, "/Root 1 0 R")[:150], "invalid"),
        "encrypted-pdf": ("plan.pdf", handmade_pdf(
            [*PAGES, "<</Filter/Standard/V 1/R 2/O <" + "ab" * 32 + ">/U <" + "cd" * 32 + ">/P -4>>"],
            "/Root 1 0 R/Encrypt 4 0 R/ID[<" + "01" * 16 + "><" + "01" * 16 + ">]"), "invalid"),
        "image-only-pdf": ("plan.pdf", handmade_pdf(PAGES, "/Root 1 0 R"), "invalid"),
        "empty-text": ("plan.txt", b"  \n", "invalid"),
        "binary-text": ("plan.txt", bytes(range(256)) * 4, "invalid"),
        "latin-1-text": ("plan.txt", "Beskæftigelsesplan 2019\nMål 1: færre ledige\n".encode("latin-1"), "any"),
        "escapes-in-text": ("plan.txt", "Beskæftigelsesplan 2019\n\x1b]0;pwned\x07\n::error::x\n".encode(), "any"),
        "markdown-huge-heading": ("plan.md", ("# " + "Mål " * 50_000 + "\n").encode(), "any"),
    }
    return [Case("import", name, file_with(data, file), expect, commands="import")
            for name, (file, data, expect) in docs.items()]
