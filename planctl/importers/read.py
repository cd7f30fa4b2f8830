"""Which reader a document needs, by its content (not only its name), and reading it.

A Word file is a zip with `word/document.xml`; a PDF starts with `%PDF-`; anything else must
be UTF-8 text (Markdown when it is named .md or has Markdown headings). Every refusal is
one `PlanctlError` line.
"""

from __future__ import annotations

from pathlib import Path

from planctl.errors import PlanctlError, Problem
from planctl.importers.blocks import DocumentKind, SourceDocument

# Larger documents are not employment plans; reading them would only cost memory.
MAX_BYTES = 50 * 1024 * 1024


def document_kind(path: Path, data: bytes) -> DocumentKind:
    """The kind of document the bytes hold."""
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if b"\x00" in data[:65536]:
        raise PlanctlError(Problem("not a Word file, a PDF or a text file (it holds binary data)", path))
    return "md" if path.suffix.lower() in (".md", ".markdown") else "txt"


def read_document(path: Path) -> SourceDocument:
    """The document's blocks, from whichever reader its content needs."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise PlanctlError(Problem(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB", path))
        data = path.read_bytes()
    except IsADirectoryError:
        raise PlanctlError(Problem("is a folder, not a document", path)) from None
    except FileNotFoundError:
        raise PlanctlError(Problem("no such file", path)) from None
    except OSError as error:
        raise PlanctlError(Problem(f"cannot read: {error.strerror}", path)) from None
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
