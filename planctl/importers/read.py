"""Which reader a document needs, by its content (not only its name), and reading it.

A Word file is a zip with `word/document.xml`; a PDF starts with `%PDF-`; anything else must
be UTF-8 text (Markdown when it is named .md or has Markdown headings). Every refusal is
one `PlanctlError` line.
"""

from __future__ import annotations

from pathlib import Path

from planctl.errors import PlanctlError, Problem
from planctl.file_problems import A_DOCUMENT
from planctl.importers.blocks import DocumentKind, SourceDocument
from planctl.limits import MAX_DOCUMENT_BYTES
from planctl.paths import read_bytes

# Word 97-2003 files and encrypted .docx files are OLE compound files, not zip archives.
_COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def document_kind(path: Path, data: bytes) -> DocumentKind:
    """The kind of document the bytes hold."""
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if data.startswith(_COMPOUND_FILE):
        raise PlanctlError(Problem(
            "an old Word .doc or a password-protected Word file; save it as .docx without a password", path))
    if b"\x00" in data[:65536]:
        raise PlanctlError(Problem("not a Word file, a PDF or a text file (it holds binary data)", path))
    return "md" if path.suffix.lower() in (".md", ".markdown") else "txt"


def read_document(path: Path) -> SourceDocument:
    """The document's blocks, from whichever reader its content needs."""
    # A pipe or device is refused before it is opened; a document past the bound is not a plan.
    data = read_bytes(path, limit=MAX_DOCUMENT_BYTES, what=A_DOCUMENT)
    if not data.strip():
        raise PlanctlError(Problem("the file is empty", path))
    kind = document_kind(path, data)
    # Each reader is imported here, when a document of its kind is read.
    if kind == "docx":
        from planctl.importers.docx_reader import read_docx

        return read_docx(data, path)
    if kind == "pdf":
        from planctl.importers.pdf_reader import read_pdf

        return read_pdf(data, path)
    from planctl.importers.text_reader import read_text

    return read_text(data, path, markdown=kind == "md")
