"""LibreOffice converts show's Word document of every plan to PDF, and of a plan holding characters
Word's XML cannot hold: the files open where people open them.

One `soffice` call converts all five (the start-up is most of its ~2 s), with a private
profile so that a LibreOffice already running on the machine is neither used nor disturbed.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PLANS
from tests.libreoffice.pdf import converted_to_pdf
from tests.render.docx.shared import show_docx
from tests.render.docx.test_unsafe_text import PLAN as UNSAFE_PLAN


def test_libreoffice_converts_every_plan_s_document_to_pdf(tmp_path: Path, libreoffice: str) -> None:
    documents = []
    unsafe = tmp_path / "unsafe-characters.yaml"  # control characters Word's XML cannot hold
    unsafe.write_text(UNSAFE_PLAN, encoding="utf-8")
    for path in [*sorted(PLANS.glob("*.yaml")), unsafe]:
        target = tmp_path / f"{path.stem}.docx"
        target.write_bytes(show_docx(path)[1])
        documents.append(target)
    for pdf in converted_to_pdf(libreoffice, documents, tmp_path).values():
        assert pdf.stat().st_size > 10_000
