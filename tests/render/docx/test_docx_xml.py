"""The test reader of .docx files, proven on small hand-built XML before it judges planctl's output."""

from __future__ import annotations

from tests.docx_xml import Docx, Grid, Para, make_docx

REV = 'w:author="a" w:date="2018-11-21T09:00:00Z"'


def p(text: str, style: str = "Normal", extra: str = "") -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{extra}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'


def normal(text: str) -> Para:
    return Para("Normal", 0, False, text)


REPLACED = (
    '<w:p><w:r><w:t xml:space="preserve">falde med </w:t></w:r>'
    f'<w:del w:id="1" {REV}><w:r><w:delText>x pct.</w:delText></w:r></w:del>'
    f'<w:ins w:id="2" {REV}><w:r><w:t>4 pct.</w:t></w:r></w:ins>'
    '<w:r><w:t xml:space="preserve"> fra 2018.</w:t></w:r></w:p>'
)


def test_a_replacement_reads_as_both_texts_stored_and_as_one_of_them_in_each_view() -> None:
    document = Docx(make_docx(REPLACED))
    stored = document.paragraphs()[0]
    assert stored.text == "falde med x pct.4 pct. fra 2018."
    assert stored.runs == (("falde med ", "equal"), ("x pct.", "delete"), ("4 pct.", "insert"), (" fra 2018.", "equal"))
    assert document.paragraphs("accept") == [normal("falde med 4 pct. fra 2018.")]
    assert document.paragraphs("reject") == [normal("falde med x pct. fra 2018.")]


def test_a_deleted_paragraph_vanishes_on_accept_and_stays_on_reject() -> None:
    deleted = (f'<w:p><w:pPr><w:rPr><w:del w:id="1" {REV}/></w:rPr></w:pPr>'
               f'<w:del w:id="2" {REV}><w:r><w:delText>Dette afsnit udgår.</w:delText></w:r></w:del></w:p>')
    document = Docx(make_docx(p("Før") + deleted + p("Efter")))
    assert document.paragraphs()[1].mark == "delete"
    assert document.paragraphs("accept") == [normal("Før"), normal("Efter")]
    assert document.paragraphs("reject") == [normal("Før"), normal("Dette afsnit udgår."), normal("Efter")]


def test_an_inserted_paragraph_stays_on_accept_and_vanishes_on_reject() -> None:
    inserted = (f'<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:rPr><w:ins w:id="1" {REV}/></w:rPr></w:pPr>'
                f'<w:ins w:id="2" {REV}><w:r><w:t>Følgemål</w:t></w:r></w:ins></w:p>')
    document = Docx(make_docx(inserted + p("Efter")))
    assert document.paragraphs("accept") == [Para("Heading 1", 1, False, "Følgemål"), normal("Efter")]
    assert document.paragraphs("reject") == [normal("Efter")]


def test_a_removed_paragraph_mark_merges_the_text_into_the_next_paragraph_and_takes_its_style() -> None:
    joined = f'<w:p><w:pPr><w:rPr><w:del w:id="1" {REV}/></w:rPr></w:pPr><w:r><w:t>Første del, </w:t></w:r></w:p>'
    document = Docx(make_docx(joined + p("anden del.", "Overskrift2")))
    assert document.paragraphs("accept") == [Para("Overskrift 2", 2, False, "Første del, anden del.")]
    assert document.paragraphs("reject") == [normal("Første del, "), Para("Overskrift 2", 2, False, "anden del.")]


def test_an_emptied_last_paragraph_goes_but_one_with_text_stays() -> None:
    emptied = (f'<w:p><w:pPr><w:rPr><w:del w:id="1" {REV}/></w:rPr></w:pPr>'
               f'<w:del w:id="2" {REV}><w:r><w:delText>UDKAST</w:delText></w:r></w:del></w:p>')
    assert Docx(make_docx(p("Tekst") + emptied)).paragraphs("accept") == [normal("Tekst")]
    kept = f'<w:p><w:pPr><w:rPr><w:del w:id="1" {REV}/></w:rPr></w:pPr><w:r><w:t>Slut</w:t></w:r></w:p>'
    assert Docx(make_docx(kept)).paragraphs("accept") == [normal("Slut")]


def test_a_style_change_reads_as_the_new_style_on_accept_and_the_old_on_reject() -> None:
    changed = (f'<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:pPrChange w:id="1" {REV}>'
               '<w:pPr><w:pStyle w:val="Overskrift2"/></w:pPr></w:pPrChange></w:pPr>'
               '<w:r><w:t>Nøgletal</w:t></w:r></w:p>')
    to_default = (f'<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:pPrChange w:id="2" {REV}><w:pPr/></w:pPrChange>'
                  '</w:pPr><w:r><w:t>Mål</w:t></w:r></w:p>')
    document = Docx(make_docx(changed + to_default))
    heading = Para("Heading 1", 1, False, "Nøgletal")
    assert document.paragraphs("accept") == [heading, Para("Heading 1", 1, False, "Mål")]
    assert document.paragraphs("reject") == [Para("Overskrift 2", 2, False, "Nøgletal"), normal("Mål")]
    assert len(document.revisions()) == 2


def cell(text: str, mark: str = "") -> str:
    if mark == "del":
        return f'<w:tc><w:p><w:del w:id="9" {REV}><w:r><w:delText>{text}</w:delText></w:r></w:del></w:p></w:tc>'
    if mark == "ins":
        return f'<w:tc><w:p><w:ins w:id="9" {REV}><w:r><w:t>{text}</w:t></w:r></w:ins></w:p></w:tc>'
    return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def test_table_rows_and_cells_resolve_in_each_view() -> None:
    changed_cell = (f'<w:tc><w:p><w:del w:id="3" {REV}><w:r><w:delText>xx pct.</w:delText></w:r></w:del>'
                    f'<w:ins w:id="4" {REV}><w:r><w:t>3,1 pct.</w:t></w:r></w:ins></w:p></w:tc>')
    table = (
        "<w:tbl>"
        f"<w:tr>{cell('Mål')}{cell('Værdi')}</w:tr>"
        f"<w:tr>{cell('MÅL 1')}{changed_cell}</w:tr>"
        f'<w:tr><w:trPr><w:del w:id="5" {REV}/></w:trPr>{cell("MÅL 2", "del")}{cell("gammel", "del")}</w:tr>'
        f'<w:tr><w:trPr><w:ins w:id="6" {REV}/></w:trPr>{cell("MÅL 3", "ins")}{cell("ny", "ins")}</w:tr>'
        "</w:tbl>"
    )
    document = Docx(make_docx(table + p("Slut")))
    stored = document.tables()[0]
    assert stored.marks == ("equal", "equal", "delete", "insert")
    assert stored.rows[1] == ("MÅL 1", "xx pct.3,1 pct.")
    assert document.tables("accept") == [Grid((("Mål", "Værdi"), ("MÅL 1", "3,1 pct."), ("MÅL 3", "ny")))]
    assert document.tables("reject") == [Grid((("Mål", "Værdi"), ("MÅL 1", "xx pct."), ("MÅL 2", "gammel")))]


def test_a_table_whose_rows_all_go_goes_too() -> None:
    table = f'<w:tbl><w:tr><w:trPr><w:ins w:id="1" {REV}/></w:trPr>{cell("ny", "ins")}</w:tr></w:tbl>'
    document = Docx(make_docx(table + p("Slut")))
    assert document.body("reject") == [normal("Slut")]
    assert document.body("accept") == [Grid((("ny",),)), normal("Slut")]


def test_headings_are_found_by_english_and_danish_names_and_by_outline_level() -> None:
    document = Docx(make_docx(p("A", "Heading1") + p("B", "Overskrift2") + p("C", "Rubrik") + p("D")))
    assert [(q.style, q.level) for q in document.paragraphs()] == [
        ("Heading 1", 1), ("Overskrift 2", 2), ("Rubrik", 3), ("Normal", 0)]


def test_a_paragraph_is_listed_through_its_style_or_its_own_numbering_but_not_through_number_zero() -> None:
    own = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>'
    off = '<w:numPr><w:numId w:val="0"/></w:numPr>'
    document = Docx(make_docx(p("a", "ListBullet") + p("b", "Normal", own) + p("c", "ListBullet", off) + p("d")))
    assert [q.listed for q in document.paragraphs()] == [True, True, False, False]  # numId 0 switches it off


def test_breaks_tabs_and_field_instructions() -> None:
    body = ('<w:p><w:r><w:t>Se side</w:t><w:tab/></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:br/><w:t>næste linje</w:t></w:r></w:p>')
    assert Docx(make_docx(body)).paragraphs()[0].text == "Se side\t4\nnæste linje"
