"""The appendix on a municipality's template (Danish style names, a logo in the header), and
LibreOffice converting the three appendices to PDF in one soffice call."""

from __future__ import annotations

import base64
import zipfile
from pathlib import Path

import docx

from tests.appendix.helpers import APPENDICES, appendix_docx
from tests.conftest import RunCli
from tests.docx_xml import NS, Docx, w
from tests.libreoffice.pdf import converted_to_pdf
from tests.render.docx.test_template import HEADER, danish_template

# A 1×1 red PNG: the municipality's logo.
LOGO = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAA"
                        "AABJRU5ErkJggg==")


def _template_with_logo(tmp_path: Path) -> Path:
    template = danish_template(tmp_path / "skabelon.docx")
    (tmp_path / "logo.png").write_bytes(LOGO)
    document = docx.Document(str(template))
    document.sections[0].header.paragraphs[0].add_run().add_picture(str(tmp_path / "logo.png"))
    document.save(str(template))
    return template


def test_the_template_gives_its_styles_header_and_logo(planctl: RunCli, tmp_path: Path) -> None:
    template = _template_with_logo(tmp_path)
    data = appendix_docx(planctl, "hearing", tmp_path / "out" / "bilag.docx", "--template", str(template))
    reader = Docx(data)
    style_ids = {p.get(w("val")) for p in reader.document.iterfind(".//w:pStyle", NS)}
    assert {"Titel", "Overskrift1", "Billedtekst"} <= style_ids and not {"Title", "Heading1"} & style_ids
    assert reader.document.find(".//w:tbl/w:tblPr/w:tblStyle", NS).get(w("val")) == "Tabel-Gitter"
    assert "eksempeltekst" not in "".join(p.text for p in reader.paragraphs())
    with zipfile.ZipFile(tmp_path / "out" / "bilag.docx") as package:
        headers = [name for name in package.namelist() if name.startswith("word/header")]
        assert any(HEADER in package.read(name).decode() and b"a:blip" in package.read(name) for name in headers)
        assert any(name.startswith("word/media/") and package.read(name) == LOGO for name in package.namelist())


def test_libreoffice_converts_the_three_appendices_to_pdf(planctl: RunCli, tmp_path: Path, libreoffice: str) -> None:
    documents = [tmp_path / f"{name}.docx" for name in sorted(APPENDICES)]
    for document in documents:
        appendix_docx(planctl, document.stem, document)
    for pdf in converted_to_pdf(libreoffice, documents, tmp_path).values():
        assert pdf.stat().st_size > 10_000
