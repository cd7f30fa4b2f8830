"""--template: the municipality's own Word file gives the look; what it lacks is made and told once."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.shared import Twips

from planctl.errors import PlanctlError
from planctl.messages import Lang
from tests.conftest import PLANS
from tests.docx_xml import NS, Docx, w
from tests.render.docx.shared import expected, show_docx

LYNGBY_DRAFT = PLANS / "lyngby-taarbaek-2019-udkast.yaml"
HEADER = "Lyngby-Taarbæk Kommune · Center for Arbejdsmarked"
A5 = (8391, 11906)

# As Danish Word and other producers store them: localized ids, Danish UI names.
DANISH = {
    "Title": ("Titel", "Titel"), "Subtitle": ("Undertitel", "Undertitel"), "Caption": ("Billedtekst", "Billedtekst"),
    "List Bullet": ("Opstilling-punkttegn", "Opstilling - punkttegn"), "Table Grid": ("Tabel-Gitter", "Tabel - Gitter"),
    **{f"Heading {n}": (f"Overskrift{n}", f"Overskrift {n}") for n in range(1, 10)},
}
DANISH_ROLES = {"title": "Titel", "subtitle": "Undertitel", "date": "Undertitel", "caption": "Billedtekst",
                "bullet": "Opstilling - punkttegn", **{f"heading {n}": f"Overskrift {n}" for n in range(1, 5)}}


def danish_template(path: Path, *, drop: tuple[str, ...] = (), numbering: bool = True) -> Path:
    """A municipal template: Danish style names, a header line, an A5 page, sample text in the body."""
    document = docx.Document()
    for english, (style_id, name) in DANISH.items():
        style = document.styles[english]
        style.style_id = style_id
        style.element.name_val = name
    for name in drop:
        document.styles[name].delete()
    section = document.sections[0]
    section.page_width, section.page_height = Twips(A5[0]), Twips(A5[1])
    section.header.paragraphs[0].text = HEADER
    document.add_paragraph("Skabelonens eksempeltekst, der skal væk.")
    if not numbering:
        for key, relation in list(document.part.rels.items()):
            if relation.reltype == RELATIONSHIP_TYPE.NUMBERING:
                del document.part.rels[key]
    document.save(path)
    return path


def as_dotx(source: Path, target: Path) -> Path:
    """The same package saved as a Word template: only the main part's content type differs."""
    with zipfile.ZipFile(source) as package, zipfile.ZipFile(target, "w") as copy:
        for item in package.infolist():
            content = package.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"document.main+xml", b"template.main+xml")
            copy.writestr(item, content)
    return target


def test_a_danish_template_gives_its_styles_header_and_page_and_loses_its_sample_text(tmp_path: Path) -> None:
    template = danish_template(tmp_path / "skabelon.docx")
    document, data, notices = show_docx(LYNGBY_DRAFT, template=template)
    reader = Docx(data)
    assert reader.body() == expected(document, DANISH_ROLES)
    style_ids = {p.get(w("val")) for p in reader.document.iterfind(".//w:pStyle", NS)}
    assert {"Overskrift1", "Overskrift2", "Overskrift3", "Titel", "Opstilling-punkttegn"} <= style_ids
    assert not {"Heading1", "Title", "ListBullet"} & style_ids
    assert reader.document.find(".//w:tbl/w:tblPr/w:tblStyle", NS).get(w("val")) == "Tabel-Gitter"
    assert "eksempeltekst" not in "".join(p.text for p in reader.paragraphs())
    assert notices == []
    _assert_header_and_page_kept(data)


def _assert_header_and_page_kept(data: bytes) -> None:
    reader = Docx(data)
    section = reader.document.find("w:body/w:sectPr", NS)
    size = section.find("w:pgSz", NS)
    assert (int(size.get(w("w"))), int(size.get(w("h")))) == A5
    assert section.find("w:headerReference", NS) is not None
    headers = [name for name in reader.package.namelist() if name.startswith("word/header")]
    assert any(HEADER in reader.package.read(name).decode("utf-8") for name in headers)
    opened = docx.Document(io.BytesIO(data))
    assert opened.sections[-1].header.paragraphs[0].text == HEADER


def test_a_dotx_template_works_like_the_docx(tmp_path: Path) -> None:
    template = as_dotx(danish_template(tmp_path / "skabelon.docx"), tmp_path / "skabelon.dotx")
    with pytest.raises(ValueError):  # python-docx alone refuses it
        docx.Document(str(template))
    document, data, notices = show_docx(LYNGBY_DRAFT, template=template)
    assert Docx(data).body() == expected(document, DANISH_ROLES)
    assert notices == []
    _assert_header_and_page_kept(data)
    types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml").decode()
    assert "document.main+xml" in types and "template.main+xml" not in types


@pytest.mark.parametrize("numbering", [True, False], ids=["numbering", "no-numbering-part"])
def test_a_template_without_a_list_style_still_gives_bullets_and_one_notice(tmp_path: Path, numbering: bool) -> None:
    template = danish_template(tmp_path / "skabelon.docx", drop=("Opstilling - punkttegn", "List Paragraph"),
                               numbering=numbering)
    document, data, notices = show_docx(LYNGBY_DRAFT, template=template)
    reader = Docx(data)
    assert reader.body() == expected(document, {**DANISH_ROLES, "bullet": "List Bullet"})
    assert notices == ["skabelonen mangler typografien 'List Bullet'; en enkel er oprettet"]
    bullets = reader.document.xpath(".//w:p[w:pPr/w:pStyle/@w:val='ListBullet']", namespaces=NS)
    assert len(bullets) == 19
    numbers = {p.find("w:pPr/w:numPr/w:numId", NS).get(w("val")) for p in bullets}
    assert len(numbers) == 1
    definitions = reader.part("word/numbering.xml") if numbering else _numbering_of(data)
    num = definitions.xpath(f"w:num[@w:numId='{numbers.pop()}']/w:abstractNumId/@w:val", namespaces=NS)
    level = definitions.xpath(f"w:abstractNum[@w:abstractNumId='{num[0]}']/w:lvl[@w:ilvl='0']", namespaces=NS)[0]
    assert level.find("w:numFmt", NS).get(w("val")) == "bullet"
    assert level.find("w:lvlText", NS).get(w("val")) == "•"
    made = reader.styles.find("w:style[@w:styleId='ListBullet']", NS)
    assert made.find("w:pPr/w:contextualSpacing", NS) is not None  # items of a list sit close together


def _numbering_of(data: bytes) -> object:
    reader = Docx(data)
    names = [n for n in reader.package.namelist() if n.startswith("word/numbering")]
    assert len(names) == 1
    return reader.part(names[0])


def test_missing_styles_are_made_once_and_each_told_once_in_english_too(tmp_path: Path) -> None:
    template = danish_template(tmp_path / "skabelon.docx", drop=("Overskrift 2", "Tabel - Gitter"))
    document, data, notices = show_docx(LYNGBY_DRAFT, Lang.en, template=template)
    assert notices == ["the template lacks the style 'Heading 2'; a simple one was created",
                       "the template lacks the style 'Table Grid'; the tables have simple borders"]
    reader = Docx(data)
    assert reader.body() == expected(document, {**DANISH_ROLES, "heading 2": "Heading 2"})
    made = [s for s in reader.styles.iterfind("w:style", NS) if s.find("w:name", NS).get(w("val")) == "heading 2"]
    assert len(made) == 1
    assert made[0].find("w:pPr/w:outlineLvl", NS).get(w("val")) == "1"
    table = reader.document.find(".//w:tbl/w:tblPr", NS)
    assert table.find("w:tblStyle", NS) is None
    assert table.find("w:tblBorders/w:insideH", NS).get(w("val")) == "single"


def test_a_heading_style_is_found_by_its_outline_level_when_no_name_fits(tmp_path: Path) -> None:
    document = docx.Document()
    chapter = document.styles["Heading 1"]
    chapter.element.name_val, chapter.style_id = "Kapitel", "Kapitel"
    path = tmp_path / "kapitel.docx"
    document.save(path)
    _, data, notices = show_docx(LYNGBY_DRAFT, template=path)
    first_heading = next(p for p in Docx(data).paragraphs() if p.text == "Indledning")
    assert (first_heading.style, first_heading.level) == ("Kapitel", 1)
    assert notices == []


def test_the_template_s_own_language_stays_for_english_output(tmp_path: Path) -> None:
    template = danish_template(tmp_path / "skabelon.docx")
    _, english, _ = show_docx(LYNGBY_DRAFT, Lang.en, template=template)
    _, danish, _ = show_docx(LYNGBY_DRAFT, Lang.da, template=template)
    default = ("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert Docx(english).styles.find(*default).get(w("val")) == "en-US"
    assert Docx(danish).styles.find(*default).get(w("val")) == "da-DK"


@pytest.mark.parametrize("content", [b"just text, not a zip", b"PK\x03\x04broken", None],
                         ids=["text", "broken-zip", "zip-without-word"])
def test_a_template_that_is_not_a_word_file_is_one_clear_problem(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "skabelon.docx"
    if content is None:
        with zipfile.ZipFile(path, "w") as package:
            package.writestr("readme.txt", "ikke Word")
    else:
        path.write_bytes(content)
    with pytest.raises(PlanctlError) as raised:
        show_docx(LYNGBY_DRAFT, template=path)
    assert [str(p) for p in raised.value.problems] == [
        f"{path}: --template: not a Word document or template (.docx or .dotx)"]


def test_a_word_file_with_broken_xml_is_one_clear_problem(tmp_path: Path) -> None:
    good = danish_template(tmp_path / "god.docx")
    broken = tmp_path / "ødelagt.docx"
    with zipfile.ZipFile(good) as package, zipfile.ZipFile(broken, "w") as copy:
        for item in package.infolist():
            copy.writestr(item, b"<w:document><w:body>" if item.filename == "word/document.xml"
                          else package.read(item.filename))
    with pytest.raises(PlanctlError) as raised:
        show_docx(LYNGBY_DRAFT, template=broken)
    assert [str(p) for p in raised.value.problems] == [
        f"{broken}: --template: not a Word document or template (.docx or .dotx)"]


def test_a_template_that_cannot_be_read_is_one_clear_problem(tmp_path: Path) -> None:
    with pytest.raises(PlanctlError) as raised:
        show_docx(LYNGBY_DRAFT, template=tmp_path / "findes-ikke.docx")
    assert [str(p) for p in raised.value.problems] == [
        f"{tmp_path / 'findes-ikke.docx'}: --template: no such file"]


def test_a_spreadsheet_is_not_taken_for_a_template(tmp_path: Path) -> None:
    path = tmp_path / "tal.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/'
                         'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        package.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                         'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        package.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(PlanctlError, match="not a Word document"):
        show_docx(LYNGBY_DRAFT, template=path)


def test_the_style_types_are_kept_apart(tmp_path: Path) -> None:
    """A character style called 'Caption' is no paragraph style: the paragraph one is made."""
    document = docx.Document()
    document.styles["Caption"].delete()
    document.styles.add_style("Billedtekst", WD_STYLE_TYPE.CHARACTER)
    path = tmp_path / "tegn.docx"
    document.save(path)
    _, data, notices = show_docx(PLANS / "rudersdal-2021.yaml", template=path)
    assert notices == ["skabelonen mangler typografien 'Caption'; en enkel er oprettet"]
    captions = [p for p in Docx(data).paragraphs() if p.style == "Caption"]
    assert len(captions) == 11
