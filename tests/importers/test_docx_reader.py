"""The Word reader: a Danish municipality's .docx reads as headings, paragraphs, list items and
tables in body order; tracked changes read as accepted; a broken or hostile file is one line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from planctl.errors import PlanctlError
from planctl.importers.blocks import Heading, Item, SourceDocument, TableBlock, Text
from planctl.importers.docx_reader import read_docx
from tests.docx_xml import HAND_STYLES, W, make_docx, zip_bomb, zipped
from tests.importers.docx_inputs import FOOTER_TEXT, HEADER_TEXT, danish_docx

PATH = Path("plan.docx")


@pytest.fixture(scope="module")
def danish() -> SourceDocument:
    return read_docx(danish_docx(), PATH)


def texts(document: SourceDocument) -> list[str]:
    return [block.text if not isinstance(block, TableBlock) else str(block.rows) for block in document.blocks]


def headings(document: SourceDocument) -> list[tuple[str, int]]:
    return [(block.text, block.level) for block in document.blocks if isinstance(block, Heading)]


def test_the_title_style_gives_the_document_s_title_and_a_first_level_heading(danish: SourceDocument) -> None:
    assert danish.kind == "docx"
    assert danish.title == "Beskæftigelsesplan 2019"
    assert danish.blocks[0] == Heading("Beskæftigelsesplan 2019", 1, danish.blocks[0].where)


def test_headings_by_danish_name_localized_id_outline_level_and_look(danish: SourceDocument) -> None:
    assert headings(danish) == [
        ("Beskæftigelsesplan 2019", 1),
        ("Indledning", 1),  # style named "Overskrift 1"
        ("Ministermål", 2),  # Danish Word: id "Overskrift2", name "heading 2"
        ("Unge under 30 år", 3),  # style "Rubrik" with only w:outlineLvl 2
        ("Målgrupper i fokus", 4),  # bold only, short, no full stop: one level below the last
        ("Indsatser", 2),  # w:outlineLvl 1 on the paragraph itself
    ]


def test_a_bold_line_right_before_a_list_is_the_list_s_label(danish: SourceDocument) -> None:
    label = texts(danish).index("Følgemål")
    assert isinstance(danish.blocks[label], Text) and isinstance(danish.blocks[label + 1], Item)


def test_list_paragraphs_are_items_bulleted_or_numbered_by_their_numbering(danish: SourceDocument) -> None:
    items = [(b.text, b.numbered, b.level) for b in danish.blocks if isinstance(b, Item)]
    assert items == [("Flere unge skal i uddannelse", False, 1), ("Færre på kontanthjælp", False, 1),
                     ("Det første skridt", True, 1), ("Det andet skridt", True, 1)]


def test_a_table_s_merged_cells_stand_in_their_first_cell(danish: SourceDocument) -> None:
    (table,) = [b for b in danish.blocks if isinstance(b, TableBlock)]
    assert table.rows == (("Målgruppe", "", "Antal"), ("Unge", "Under 30 år", "580"), ("Voksne", "Over 30 år", ""))


def test_a_field_shows_its_result_and_tabs_and_breaks_are_kept(danish: SourceDocument) -> None:
    assert "Se side 4 for nøgletal." in texts(danish)
    assert not any("PAGEREF" in text for text in texts(danish))
    assert "Mål\t4 pct.\nny linje" in texts(danish)


def test_body_order_is_kept(danish: SourceDocument) -> None:
    kinds = [type(block).__name__ for block in danish.blocks]
    assert kinds.index("TableBlock") == len(kinds) - 2
    assert texts(danish)[2] == "Planen beskriver de mål, Lyngby-Taarbæk Kommune arbejder efter."


def test_headers_footers_and_page_numbers_are_left_out(danish: SourceDocument) -> None:
    assert not [text for text in texts(danish) if HEADER_TEXT in text or FOOTER_TEXT in text]
    assert all(isinstance(block, Heading | Text | Item | TableBlock) for block in danish.blocks)


def _run(text: str, bold: bool = False) -> str:
    properties = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{properties}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _deleted(text: str, number: int) -> str:
    return (f'<w:del w:id="{number}" w:author="a" w:date="2019-01-01T00:00:00Z">'
            f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>')


def _inserted(text: str, number: int) -> str:
    return f'<w:ins w:id="{number}" w:author="a" w:date="2019-01-01T00:00:00Z">{_run(text)}</w:ins>'


TRACKED = (
    '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + _run("Mål") + "</w:p>"
    + "<w:p>" + _run("MÅL 2: Ledigheden skal falde med ") + _deleted("x pct.", 1) + _inserted("5 pct.", 2)
    + _run(" fra 2018 til 2019.") + "</w:p>"
    # A paragraph whose mark is deleted: its text joins the next paragraph.
    + '<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a" w:date="2019-01-01T00:00:00Z"/></w:rPr></w:pPr>'
    + _run("Flere unge skal ") + "</w:p>"
    + "<w:p>" + _run("i uddannelse.") + "</w:p>"
    # A whole paragraph deleted, mark and all.
    + '<w:p><w:pPr><w:rPr><w:del w:id="4" w:author="a" w:date="2019-01-01T00:00:00Z"/></w:rPr></w:pPr>'
    + _deleted("Dette afsnit udgår.", 5) + "</w:p>"
    + "<w:p>" + '<w:moveFrom w:id="6" w:author="a" w:date="2019-01-01T00:00:00Z"><w:r><w:t>flyttet væk</w:t></w:r>'
    + "</w:moveFrom>" + '<w:moveTo w:id="7" w:author="a" w:date="2019-01-01T00:00:00Z">' + _run("flyttet hertil")
    + "</w:moveTo></w:p>"
    + "<w:tbl><w:tr><w:tc><w:p>" + _run("Gruppe") + "</w:p></w:tc><w:tc><w:p>" + _run("Antal") + "</w:p></w:tc></w:tr>"
    + '<w:tr><w:trPr><w:del w:id="8" w:author="a" w:date="2019-01-01T00:00:00Z"/></w:trPr>'
    + "<w:tc><w:p>" + _deleted("Aktiverede", 9) + "</w:p></w:tc>"
    + "<w:tc><w:p>" + _deleted("12", 10) + "</w:p></w:tc></w:tr>"
    + "<w:tr><w:tc><w:p>" + _run("Sygedagpenge") + "</w:p></w:tc><w:tc><w:p>" + _deleted("xx", 11)
    + _inserted("310", 12) + "</w:p></w:tc></w:tr></w:tbl>"
    + "<w:p>" + _run("Slut.") + "</w:p>"
)


def test_tracked_changes_read_as_accepted() -> None:
    document = read_docx(make_docx(TRACKED), PATH)
    assert texts(document) == [
        "Mål",
        "MÅL 2: Ledigheden skal falde med 5 pct. fra 2018 til 2019.",
        "Flere unge skal i uddannelse.",
        "flyttet hertil",
        str((("Gruppe", "Antal"), ("Sygedagpenge", "310"))),
        "Slut.",
    ]
    assert isinstance(document.blocks[0], Heading)


def test_deleted_text_is_listed_as_left_out_where_it_stood() -> None:
    left_out = read_docx(make_docx(TRACKED), PATH).left_out
    assert [text for _, text in left_out] == ["x pct.", "Dette afsnit udgår.", "flyttet væk", "Aktiverede | 12", "xx"]
    assert left_out[0][0].paragraph == 2


def test_python_docx_paragraph_text_would_lose_the_inserted_text() -> None:
    """Why the reader walks the XML itself: python-docx's Paragraph.text drops inserted text."""
    import docx

    paragraph = docx.Document(io.BytesIO(make_docx(TRACKED))).paragraphs[1]
    assert "5 pct." not in paragraph.text


def test_a_bold_paragraph_ending_a_sentence_a_long_one_or_a_caption_is_no_heading() -> None:
    body = ("<w:p>" + _run("Kort og fed.", bold=True) + "</w:p>"
            + "<w:p>" + _run("Denne fede tekst er alt for lang til at være en overskrift i en plan fra kommunen",
                             bold=True) + "</w:p>"
            + "<w:p>" + _run("Delvist ", bold=True) + _run("fed") + "</w:p>"
            + '<w:p><w:pPr><w:pStyle w:val="Billedtekst"/></w:pPr>' + _run("Tabel 1. Ledige", bold=True) + "</w:p>"
            + '<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Fed gennem en tegnformatering</w:t></w:r></w:p>')
    styles = HAND_STYLES + ('<w:style w:type="paragraph" w:styleId="Billedtekst"><w:name w:val="caption"/></w:style>'
                            '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/>'
                            "<w:rPr><w:b/></w:rPr></w:style>")
    blocks = read_docx(make_docx(body, styles), PATH).blocks
    assert [type(block) for block in blocks] == [Text] * 4 + [Heading]  # a character style's bold counts


# --- bad input ------------------------------------------------------------------------------


def _refusal(data: bytes) -> str:
    with pytest.raises(PlanctlError) as caught:
        read_docx(data, PATH)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{PATH}: ")
    return message


def test_a_corrupt_docx_is_refused_in_one_line() -> None:
    assert "damaged" in _refusal(make_docx("<w:p/>")[:300])


def test_a_zip_without_a_word_document_is_refused() -> None:
    assert "no word/document.xml" in _refusal(zipped({"hello.txt": b"hej"}))


def test_a_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    data = zip_bomb(300)
    assert len(data) < 1024 * 1024
    assert "zip bomb" in _refusal(data)


def test_a_part_that_is_not_xml_is_refused() -> None:
    assert "word/document.xml is not valid XML" in _refusal(zipped({"word/document.xml": b"<w:document><w:body>"}))


def test_entities_are_not_expanded() -> None:
    laughs = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "hahahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
              b'<w:document xmlns:w="' + W.encode() + b'"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p>'
              b"</w:body></w:document>")
    document = read_docx(zipped({"word/document.xml": laughs}), PATH)
    assert "haha" not in "".join(texts(document))
