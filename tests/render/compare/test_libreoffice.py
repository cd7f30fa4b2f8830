"""LibreOffice converts compare's Word documents to PDF: four plans on the default look, six on a municipal
template with a logo. One `soffice` call with a private profile, as tests/render/docx/test_libreoffice.py does.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pypdfium2

from tests.render.compare.shared import HEADERS, compare_docx, finals, six_plans, template_with_logo


def test_libreoffice_converts_the_comparisons_to_landscape_pdf(tmp_path: Path, libreoffice: str) -> None:
    four = tmp_path / "fire-planer.docx"
    four.write_bytes(compare_docx(finals())[0])
    six = tmp_path / "seks-planer.docx"
    six.write_bytes(compare_docx(six_plans(tmp_path), template=template_with_logo(tmp_path))[0])
    result = subprocess.run(
        [libreoffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(four), str(six)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    assert result.returncode == 0, result.stderr
    for document, title in ((four, "Sammenligning af 4 planer"), (six, "Sammenligning af 6 planer")):
        pdf_path = tmp_path / "pdf" / f"{document.stem}.pdf"
        assert pdf_path.exists(), f"{pdf_path.name} missing: {result.stdout} {result.stderr}"
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
