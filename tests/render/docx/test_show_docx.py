"""show --format docx of the five plans, read back from the XML: every block in order, with its style."""

from __future__ import annotations

from pathlib import Path

import pytest

from planctl.messages import Lang
from planctl.render.plan.document import Paragraph, Table
from tests.conftest import PLANS
from tests.docx_xml import NS, Docx, Grid, Para, w
from tests.render.docx.shared import expected, show_docx

ALL_PLANS = sorted(PLANS.glob("*.yaml"))
LYNGBY_DRAFT = PLANS / "lyngby-taarbaek-2019-udkast.yaml"
RUDERSDAL = PLANS / "rudersdal-2021.yaml"


@pytest.mark.parametrize("path", ALL_PLANS, ids=lambda p: p.stem)
def test_every_block_reads_back_in_order_with_its_style_level_list_and_text(path: Path) -> None:
    document, data, notices = show_docx(path)
    assert Docx(data).body() == expected(document)
    assert notices == []


@pytest.mark.parametrize("path", ALL_PLANS, ids=lambda p: p.stem)
def test_headings_carry_the_levels_of_the_document(path: Path) -> None:
    document, data, _ = show_docx(path)
    headings = [(b.level, b.text) for b in document.blocks if isinstance(b, Paragraph) and b.role == "heading"]
    assert headings
    assert [(p.level, p.text) for p in Docx(data).paragraphs() if p.level] == headings


def test_the_title_block_of_the_draft_says_udkast_in_its_own_style() -> None:
    _, data, _ = show_docx(LYNGBY_DRAFT)
    first = Docx(data).paragraphs()[:4]
    assert first == [Para("Title", 0, False, "Lyngby-Taarbæk Kommunes Beskæftigelsesplan 2019"),
                     Para("Subtitle", 0, False, "Lyngby-Taarbæk Kommune · 2019 · udkast"),
                     Para("Udkast", 0, False, "UDKAST"),
                     Para("Subtitle", 0, False, "21. november 2018")]


def test_each_goal_id_stands_before_its_goal() -> None:
    _, data, _ = show_docx(LYNGBY_DRAFT)
    paragraphs = Docx(data).paragraphs()
    ids = [i for i, p in enumerate(paragraphs) if p.style == "Mål"]
    assert [paragraphs[i].text.upper() for i in ids] == [f"MÅL {n}" for n in range(1, 12)]  # "Mål 5" as printed
    assert paragraphs[ids[0] + 1].text.startswith("Antallet af personer der modtager offentlig forsørgelse skal falde")
    assert paragraphs[ids[0] + 2] == Para("Måltal", 0, False, "Måltal: fald på x pct. fra 2018 til 2019.")


@pytest.mark.parametrize("path", ALL_PLANS, ids=lambda p: p.stem)
def test_bullets_are_list_paragraphs_numbered_by_word_with_no_bullet_typed(path: Path) -> None:
    document, data, _ = show_docx(path)
    reader = Docx(data)
    bullets = [p for p in reader.paragraphs() if p.listed]
    assert len(bullets) == sum(1 for b in document.blocks if isinstance(b, Paragraph) and b.role == "bullet")
    assert all(p.style == "List Bullet" for p in bullets)
    assert not any(p.text.lstrip().startswith(("•", "\uf0b7", "▪")) for p in reader.paragraphs())


def test_rudersdal_tables_hold_every_cell() -> None:
    document, data, _ = show_docx(RUDERSDAL)
    tables = [b for b in document.blocks if isinstance(b, Table)]
    read = Docx(data).tables()
    assert len(read) == len(tables) == 11
    assert read == [Grid(tuple(tuple(c.text for c in row.cells) for row in t.rows)) for t in tables]
    assert read[0].rows[1] == ("Østdanmark", "37.818", "56.208", "49%", "4,2")


def test_a_table_repeats_its_header_keeps_rows_whole_and_gives_the_text_column_room() -> None:
    _, data, _ = show_docx(LYNGBY_DRAFT)
    table = Docx(data).document.find(".//w:tbl", NS)
    rows = table.findall("w:tr", NS)
    assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
    assert all(row.find("w:trPr/w:tblHeader", NS) is None for row in rows[1:])
    assert all(row.find("w:trPr/w:cantSplit", NS) is not None for row in rows)
    widths = [int(col.get(w("w"))) for col in table.findall("w:tblGrid/w:gridCol", NS)]
    assert widths[0] < widths[2] < widths[1]  # the overview's id, følgemål and wording columns, 1:4:3
    assert table.find("w:tblPr/w:tblStyle", NS).get(w("val")) == "TableGrid"


def test_figures_in_a_table_are_set_flush_right_and_its_label_column_is_not() -> None:
    _, data, _ = show_docx(RUDERSDAL)
    row = Docx(data).document.findall(".//w:tbl", NS)[0].findall("w:tr", NS)[1]
    aligned = [cell.find("w:p/w:pPr/w:jc", NS) is not None for cell in row.findall("w:tc", NS)]
    assert aligned == [False, True, True, True, True]


def test_without_widths_a_column_of_short_figures_is_narrower_than_a_column_of_labels() -> None:
    _, data, _ = show_docx(RUDERSDAL)
    table = Docx(data).document.find(".//w:tbl", NS)
    widths = [int(col.get(w("w"))) for col in table.findall("w:tblGrid/w:gridCol", NS)]
    assert widths[1] < widths[0] and widths[2] < widths[0]


def test_core_properties_name_the_plan_and_planctl() -> None:
    _, data, _ = show_docx(RUDERSDAL)
    core = Docx(data).core()
    assert core["title"] == "Beskæftigelsesplan 2021"
    assert core["subject"] == "Rudersdal Kommune · 2021"
    assert core["creator"] == "planctl"
    assert core["created"].endswith("Z") and core["created"][:2] == "20"
    assert "python-docx" not in core["description"]


@pytest.mark.parametrize("lang", [Lang.da, Lang.en])
def test_the_text_is_proofread_as_danish(lang: Lang) -> None:
    _, data, _ = show_docx(RUDERSDAL, lang)
    styles = Docx(data).styles
    assert styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS).get(w("val")) == "da-DK"
    assert {e.get(w("val")) for e in styles.iter(w("lang"))} == {"da-DK"}


def test_a_show_document_has_no_revisions_and_does_not_switch_tracking_on() -> None:
    _, data, _ = show_docx(LYNGBY_DRAFT)
    reader = Docx(data)
    assert reader.revisions() == []
    assert reader.part("word/settings.xml").find("w:trackRevisions", NS) is None


def test_the_default_page_is_a4() -> None:
    _, data, _ = show_docx(RUDERSDAL)
    size = Docx(data).document.find("w:body/w:sectPr/w:pgSz", NS)
    assert (size.get(w("w")), size.get(w("h"))) == ("11906", "16838")


def test_english_output_keeps_the_plan_s_words_and_says_its_own_in_english() -> None:
    document, data, _ = show_docx(LYNGBY_DRAFT, Lang.en)
    assert Docx(data).body() == expected(document)
    assert "DRAFT" in [p.text for p in Docx(data).paragraphs()]


def test_planctl_s_own_styles_are_made_once_each_with_their_look() -> None:
    _, data, _ = show_docx(LYNGBY_DRAFT)
    styles = {s.find("w:name", NS).get(w("val")): s for s in Docx(data).styles.iterfind("w:style", NS)}
    names = [s.find("w:name", NS).get(w("val")) for s in Docx(data).styles.iterfind("w:style", NS)]
    own = ("Mål", "Måltal", "Udkast", "Mærkat", "Note", "Kolofon", "Tabeltekst")
    assert all(names.count(name) == 1 for name in own)
    assert all(styles[name].get(w("customStyle")) == "1" for name in own)

    def has(name: str, path: str) -> bool:
        return styles[name].find(path, NS) is not None

    assert has("Mål", "w:rPr/w:b") and has("Mål", "w:pPr/w:keepNext")
    assert has("Mærkat", "w:rPr/w:b") and has("Mærkat", "w:pPr/w:keepNext")
    assert has("Måltal", "w:rPr/w:i")
    assert has("Udkast", "w:rPr/w:b") and styles["Udkast"].find("w:rPr/w:color", NS).get(w("val")) == "C00000"
    for small in ("Note", "Kolofon"):
        assert int(styles[small].find("w:rPr/w:sz", NS).get(w("val"))) < 22  # smaller than the body's 11 pt
        assert styles[small].find("w:rPr/w:color", NS) is not None


def test_text_after_a_table_keeps_its_distance() -> None:
    """A paragraph right after a table gets space above it, so it does not touch the table's last row."""
    _, data, _ = show_docx(PLANS / "rudersdal-2021.yaml")
    body = Docx(data).part("word/document.xml").find(w("body"))
    after_tables = [following for table in body.iter(w("tbl"))
                    if (following := table.getnext()) is not None and following.tag == w("p")]
    assert after_tables
    for paragraph in after_tables:
        spacing = paragraph.find(f"{w('pPr')}/{w('spacing')}")
        assert spacing is not None and int(spacing.get(w("before"))) > 0
