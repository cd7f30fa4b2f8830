"""LibreOffice converts compare's Word documents to PDF: four plans on the default look, six on a municipal
template with a logo. One `soffice` call with a private profile, as tests/render/docx/test_libreoffice.py does.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2

from tests.libreoffice.pdf import converted_to_pdf
from tests.render.compare.shared import HEADERS, compare_docx, finals, six_plans, template_with_logo


def test_libreoffice_converts_the_comparisons_to_landscape_pdf(tmp_path: Path, libreoffice: str) -> None:
    four = tmp_path / "fire-planer.docx"
    four.write_bytes(compare_docx(finals())[0])
    six = tmp_path / "seks-planer.docx"
    six.write_bytes(compare_docx(six_plans(tmp_path), template=template_with_logo(tmp_path))[0])
    pdfs = converted_to_pdf(libreoffice, [four, six], tmp_path)
    for document, title in ((four, "Sammenligning af 4 planer"), (six, "Sammenligning af 6 planer")):
        pdf_path = pdfs[document]
        pdf = pypdfium2.PdfDocument(str(pdf_path))
        try:
            assert len(pdf) > 2
            for page in pdf:
                width, height = page.get_size()
                assert width > height  # landscape, every page
            first = pdf[0].get_textpage().get_text_range()
            assert title in first
            if document == four:
                assert all(header in first for header in HEADERS)
        finally:
            pdf.close()
