"""The PDF reader: PDFs LibreOffice makes from Word files read back as the Word file's paragraphs,
headings and bullets, with Danish line-end hyphens kept and running headers and page numbers left
out; a scan, a password or a broken file is one clear line."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from planctl.errors import PlanctlError
from planctl.importers.blocks import Heading, Item, SourceDocument, Text
from planctl.importers.docx_reader import read_docx
from planctl.importers.pdf_reader import _is_page_number, _join, _Line, read_pdf
from tests.conftest import PLANS
from tests.handmade_pdf import PAGES, handmade_pdf
from tests.importers.docx_inputs import HEADER_TEXT, LONG_PARAGRAPH, danish_docx, hyphen_lines, pdf_source_docx
from tests.importers.docx_inputs import picture_only_docx as picture_docx
from tests.render.docx.shared import show_docx

PATH = Path("plan.pdf")
VARIANTS = 14
SHOWN = PLANS / "lyngby-taarbaek-2019.yaml"  # a plan as `planctl show --format docx` writes it
SOURCES = {"plan": lambda: pdf_source_docx(pages=3, hyphen_variants=VARIANTS), "danish": danish_docx,
           "picture": picture_docx, "shown": lambda: show_docx(SHOWN)[1]}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory, libreoffice: str) -> dict[str, bytes]:
    """Each source's PDF, from one soffice call (its start-up is most of the time)."""
    folder = tmp_path_factory.mktemp("pdf")
    documents = []
    for name, make in SOURCES.items():
        documents.append(folder / f"{name}.docx")
        documents[-1].write_bytes(make())
    result = subprocess.run(
        [libreoffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder), *map(str, documents)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    assert result.returncode == 0, result.stderr
    return {name: (folder / f"{name}.pdf").read_bytes() for name in SOURCES}


@pytest.fixture(scope="module")
def plan(pdfs: dict[str, bytes]) -> SourceDocument:
    return read_pdf(pdfs["plan"], PATH)


def texts(document: SourceDocument) -> list[str]:
    return [block.text for block in document.blocks if isinstance(block, Heading | Item | Text)]


def raw_text(pdf: bytes) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    return "".join(document[index].get_textpage().get_text_range() for index in range(len(document)))


def test_the_source_really_breaks_lines_at_danish_hyphens(pdfs: dict[str, bytes]) -> None:
    """The case is real: pdfium marks a line-end hyphen with U+FFFE and removes the line break."""
    raw = raw_text(pdfs["plan"])
    assert "Lyngby\ufffeTaarbæk" in raw and "bygge\ufffeog" in raw


def test_line_end_hyphens_are_kept_the_danish_way(plan: SourceDocument) -> None:
    found = texts(plan)
    for line in hyphen_lines(VARIANTS):
        assert line in found  # every paragraph whole, "Lyngby-Taarbæk" and "bygge- og anlæg" as written
    joined = "\n".join(found)
    assert "LyngbyTaarbæk" not in joined and "byggeog" not in joined and "\ufffe" not in joined


def test_lines_are_joined_into_the_paragraphs_they_came_from(plan: SourceDocument) -> None:
    assert texts(plan).count(LONG_PARAGRAPH) == 3
    assert not any("\r" in text or "\n" in text for text in texts(plan))


def test_headings_by_size_and_weight_and_the_title(plan: SourceDocument) -> None:
    assert plan.kind == "pdf"
    assert plan.title == "Beskæftigelsesplan 2019"
    headings = [(block.text, block.level) for block in plan.blocks if isinstance(block, Heading)]
    assert headings == [("Beskæftigelsesplan 2019", 1),
                        *[(text, level) for page in (1, 2, 3)
                          for text, level in ((f"Kapitel {page}", 1), ("Indsatser for unge", 2))]]


def test_bullets_are_items(plan: SourceDocument) -> None:
    items = [(block.text, block.numbered) for block in plan.blocks if isinstance(block, Item)]
    assert items == [("Flere unge skal i uddannelse", False), ("Færre unge på kontanthjælp", False)] * 3


def test_numbered_list_paragraphs_are_numbered_items(pdfs: dict[str, bytes]) -> None:
    document = read_pdf(pdfs["danish"], PATH)
    items = [(block.text, block.numbered) for block in document.blocks if isinstance(block, Item)]
    assert items == [("Flere unge skal i uddannelse", False), ("Færre på kontanthjælp", False),
                     ("Det første skridt", True), ("Det andet skridt", True)]
    headings = [(b.text, b.level) for b in document.blocks if isinstance(b, Heading)]
    assert ("Målgrupper i fokus", 2) in headings  # bold only, one level below "Ministermål"
    assert "Følgemål" in [b.text for b in document.blocks if isinstance(b, Text)]  # bold before a list: its label


def test_running_header_and_page_numbers_are_left_out_and_listed(plan: SourceDocument) -> None:
    assert not any(HEADER_TEXT in text or text.startswith("Side ") for text in texts(plan))
    assert [(where.page, text) for where, text in plan.left_out] == [
        (page, text) for page in (1, 2, 3) for text in (HEADER_TEXT, f"Side {page}")]


def test_a_pdf_without_a_text_layer_asks_for_ocr(pdfs: dict[str, bytes]) -> None:
    with pytest.raises(PlanctlError) as caught:
        read_pdf(pdfs["picture"], PATH)
    assert str(caught.value) == f"{PATH}: the PDF has no text layer (a scan?); run OCR first"


def test_a_shown_plan_reads_the_same_from_its_pdf_as_from_its_word_file(pdfs: dict[str, bytes]) -> None:
    """28 pages: every heading with its level, and every paragraph and bullet word for word."""
    word = read_docx(show_docx(SHOWN)[1], PATH)
    pdf = read_pdf(pdfs["shown"], PATH)
    assert pdf.title == word.title
    assert [(b.text, b.level) for b in pdf.blocks if isinstance(b, Heading)] == \
        [(b.text, b.level) for b in word.blocks if isinstance(b, Heading)]
    paragraphs = {b.text for b in word.blocks if isinstance(b, Text | Item)}
    assert paragraphs <= set(texts(pdf))


# --- without LibreOffice ----------------------------------------------------------------




def one_line_refusal(data: bytes) -> str:
    with pytest.raises(PlanctlError) as caught:
        read_pdf(data, PATH)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{PATH}: ")
    return message


def test_a_password_protected_pdf_is_refused_in_one_line() -> None:
    """A standard security handler whose user password is not empty: pdfium cannot open it without
    the password (pypdfium2 cannot encrypt, so the dictionary is written by hand)."""
    encrypted = handmade_pdf(
        [*PAGES, "<</Filter/Standard/V 1/R 2/O <" + "ab" * 32 + ">/U <" + "cd" * 32 + ">/P -4>>"],
        "/Root 1 0 R/Encrypt 4 0 R/ID[<" + "01" * 16 + "><" + "01" * 16 + ">]")
    assert "protected by a password" in one_line_refusal(encrypted)


def test_a_broken_pdf_is_refused_in_one_line() -> None:
    assert "not a readable PDF" in one_line_refusal(b"%PDF-1.7\nthis is no PDF at all\n")


def test_an_empty_page_has_no_text_layer() -> None:
    assert "no text layer" in one_line_refusal(handmade_pdf(PAGES, "/Root 1 0 R"))


def test_a_lone_number_is_a_page_number_only_near_the_page_s_own() -> None:
    assert _is_page_number(_Line("3", page=3, number=40))
    assert _is_page_number(_Line("Side 4 af 24", page=3, number=40))  # a cover page shifts the count
    assert _is_page_number(_Line("Jobcenter Lyngby-Taarbæk – side 3", page=3, number=1))
    assert not _is_page_number(_Line("2019", page=27, number=40))
    assert not _is_page_number(_Line("Se nærmere på side 3", page=3, number=40))


@pytest.mark.parametrize(("lines", "paragraph"), [
    (["… samarbejder med Lyngby\ufffeTaarbæk Kommune"], "… samarbejder med Lyngby-Taarbæk Kommune"),
    (["inden for bygge\ufffeog anlæg"], "inden for bygge- og anlæg"),
    (["… samarbejder med Lyngby-", "Taarbæk Kommune"], "… samarbejder med Lyngby-Taarbæk Kommune"),
    (["inden for bygge-", "og anlæg"], "inden for bygge- og anlæg"),
    (["kultur- ", "eller fritidstilbud"], "kultur- eller fritidstilbud"),
    (["Ledigheden skal falde", "med 4 pct."], "Ledigheden skal falde med 4 pct."),
])
def test_lines_join_the_danish_way_where_pdfium_leaves_a_hyphen(lines: list[str], paragraph: str) -> None:
    """pdfium joins most hyphenated lines itself (U+FFFE); other producers leave "Lyngby-" at a line's end."""
    assert _join([_Line(text.strip(), page=1, number=number) for number, text in enumerate(lines, 1)]) == paragraph
