"""Marks in the blocks become tracked changes: the shapes, the ids, and the two texts they resolve to."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from planctl.messages import Lang
from planctl.render.docx import write_document
from planctl.render.page import Page
from planctl.render.plan.document import Cell, Paragraph, PlanDocument, Row, Run, Table, paragraph
from tests.docx_xml import NS, Docx, Grid, Para, w

DATE = datetime(2018, 11, 21, 9, 0, tzinfo=timezone.utc)


def cells(*texts: str) -> tuple[Cell, ...]:
    return tuple(Cell((Run(text),)) for text in texts)


MARKED = PlanDocument("Beskæftigelsesplan 2019", "Lyngby-Taarbæk Kommune", "2019", "final", False, [
    paragraph("title", "Beskæftigelsesplan 2019"),
    Paragraph("body", (Run("Ledigheden skal falde med "), Run("x pct.", "delete"), Run("4 pct.", "insert"),
                       Run(" fra oktober 2018.")), ("sections", 0, "prose", 0)),
    Paragraph("body", (Run("Dette afsnit udgår."),), ("sections", 0, "prose", 1), mark="delete"),
    Paragraph("heading", (Run("Følgemål"),), ("sections", 1, "title"), level=2, mark="insert"),
    Paragraph("bullet", (Run("Nyt følgemål"),), ("sections", 1, "follow_up", 0), level=1, mark="insert"),
    Paragraph("heading", (Run("Nøgletal"),), ("sections", 2, "title"), level=2, was=("body", 0)),
    Table((Row(cells("Mål", "Målsætning"), header=True),
           Row((Cell((Run("MÅL 1"),)), Cell((Run("xx pct.", "delete"), Run("3,1 pct.", "insert"))))),
           Row(cells("MÅL 2", "Aktiverede"), mark="delete"),
           Row(cells("MÅL 3", "Sygedagpenge"), mark="insert"))),
    paragraph("caption", "Ny tabel"),
    Table((Row(cells("Nøgletal", "Værdi"), header=True), Row(cells("erhvervsfrekvens", "78 pct."))), mark="insert"),
    paragraph("colophon", "Dokumentet er dannet med planctl ud fra planens data."),
])

ACCEPTED = [
    Para("Title", 0, False, "Beskæftigelsesplan 2019"),
    Para("Normal", 0, False, "Ledigheden skal falde med 4 pct. fra oktober 2018."),
    Para("Heading 2", 2, False, "Følgemål"),
    Para("List Bullet", 0, True, "Nyt følgemål"),
    Para("Heading 2", 2, False, "Nøgletal"),
    Grid((("Mål", "Målsætning"), ("MÅL 1", "3,1 pct."), ("MÅL 3", "Sygedagpenge"))),
    Para("Caption", 0, False, "Ny tabel"),
    Grid((("Nøgletal", "Værdi"), ("erhvervsfrekvens", "78 pct."))),
    Para("Kolofon", 0, False, "Dokumentet er dannet med planctl ud fra planens data."),
]
REJECTED = [
    Para("Title", 0, False, "Beskæftigelsesplan 2019"),
    Para("Normal", 0, False, "Ledigheden skal falde med x pct. fra oktober 2018."),
    Para("Normal", 0, False, "Dette afsnit udgår."),
    Para("Normal", 0, False, "Nøgletal"),
    Grid((("Mål", "Målsætning"), ("MÅL 1", "xx pct."), ("MÅL 2", "Aktiverede"))),
    Para("Caption", 0, False, "Ny tabel"),
    Para("Kolofon", 0, False, "Dokumentet er dannet med planctl ud fra planens data."),
]


@pytest.fixture(scope="module")
def marked() -> Docx:
    return Docx(write_document(MARKED, Page(lang=Lang.da, options={"author": "Jens Hansen", "date": DATE})))


def test_accepting_every_change_gives_the_new_text_and_rejecting_every_change_the_old(marked: Docx) -> None:
    assert marked.body("accept") == ACCEPTED
    assert marked.body("reject") == REJECTED


def test_every_revision_has_a_unique_id_the_author_and_the_date(marked: Docx) -> None:
    revisions = marked.revisions()
    ids = [r.get(w("id")) for r in revisions]
    assert all(i.isdigit() for i in ids) and len(set(ids)) == len(ids)
    assert {r.get(w("author")) for r in revisions} == {"Jens Hansen"}
    assert {r.get(w("date")) for r in revisions} == {"2018-11-21T09:00:00Z"}


def test_the_count_of_each_kind_of_revision(marked: Docx) -> None:
    body = marked.document
    assert len(body.xpath("w:body/w:p/w:ins", namespaces=NS)) == 1 + 1 + 1  # run, heading runs, bullet runs
    assert len(body.xpath("w:body/w:p/w:del", namespaces=NS)) == 1 + 1  # the run, the deleted paragraph's runs
    assert len(body.xpath("//w:pPr/w:rPr/w:ins", namespaces=NS)) == 2  # the inserted paragraphs' marks
    assert len(body.xpath("//w:pPr/w:rPr/w:del", namespaces=NS)) == 1
    assert len(body.xpath("//w:pPr/w:pPrChange", namespaces=NS)) == 1
    assert len(body.xpath("//w:trPr/w:ins", namespaces=NS)) == 1 + 2  # a row, and both rows of the new table
    assert len(body.xpath("//w:trPr/w:del", namespaces=NS)) == 1
    assert len(body.xpath("//w:tc//w:ins", namespaces=NS)) == 1 + 2 + 4  # the changed cell, the inserted cells
    assert len(body.xpath("//w:tc//w:del", namespaces=NS)) == 1 + 2


def test_deleted_text_is_in_deltext_only_and_deltext_only_under_a_deletion(marked: Docx) -> None:
    body = marked.document
    assert body.xpath("//w:del//w:t", namespaces=NS) == []
    texts = body.xpath("//w:delText", namespaces=NS)
    assert {t.text for t in texts} == {"x pct.", "Dette afsnit udgår.", "xx pct.", "MÅL 2", "Aktiverede"}
    assert all(t.xpath("ancestor::w:del", namespaces=NS) for t in texts)


def test_a_paragraph_mark_revision_is_the_first_child_of_the_last_properties(marked: Docx) -> None:
    for mark in marked.document.xpath("//w:pPr/w:rPr/w:ins | //w:pPr/w:rPr/w:del", namespaces=NS):
        properties = mark.getparent()
        assert properties.index(mark) == 0
        paragraph_properties = properties.getparent()
        following = [c.tag for c in paragraph_properties[paragraph_properties.index(properties) + 1:]]
        assert set(following) <= {w("sectPr"), w("pPrChange")}


def test_a_style_change_keeps_the_old_style_in_the_last_child_of_the_properties(marked: Docx) -> None:
    change = marked.document.xpath("//w:pPr/w:pPrChange", namespaces=NS)[0]
    assert change.getparent()[-1] is change
    assert change.getparent().find("w:pStyle", NS).get(w("val")) == "Heading2"
    assert [(c.tag, c.get(w("val"))) for c in change.find("w:pPr", NS)] == [(w("pStyle"), "Normal")]


def test_an_inserted_bullet_is_numbered_as_any_bullet(marked: Docx) -> None:
    bullet = marked.document.xpath("//w:p[w:pPr/w:pStyle/@w:val='ListBullet']", namespaces=NS)[0]
    properties = [c.tag for c in bullet.find("w:pPr", NS)]
    assert properties[0] == w("pStyle") and properties[-1] == w("rPr")


def test_a_row_mark_follows_the_row_s_other_properties(marked: Docx) -> None:
    for mark in marked.document.xpath("//w:trPr/w:ins | //w:trPr/w:del", namespaces=NS):
        assert mark.getparent()[-1] is mark
        assert mark.getparent()[0].tag == w("cantSplit")


def test_tracking_is_switched_on_in_schema_order(marked: Docx) -> None:
    settings = [c.tag for c in marked.part("word/settings.xml")]
    assert settings.count(w("trackRevisions")) == 1
    assert settings.index(w("trackRevisions")) < settings.index(w("defaultTabStop"))
    assert settings.index(w("trackRevisions")) > settings.index(w("proofState"))


def test_without_author_and_date_the_revisions_are_planctl_s_and_now() -> None:
    before = datetime.now(timezone.utc).replace(microsecond=0)
    reader = Docx(write_document(MARKED, Page(lang=Lang.da)))
    revision = reader.revisions()[0]
    assert revision.get(w("author")) == "planctl"
    stamp = datetime.strptime(revision.get(w("date")), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    assert before <= stamp <= datetime.now(timezone.utc)


def test_an_iso_date_text_is_taken_as_the_date() -> None:
    page = Page(lang=Lang.da, options={"date": "2019-01-15T10:30:00+01:00"})
    assert Docx(write_document(MARKED, page)).revisions()[0].get(w("date")) == "2019-01-15T09:30:00Z"
