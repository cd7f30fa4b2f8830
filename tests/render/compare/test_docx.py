"""compare --format docx: the comparison as Word, read back table by table from its XML.

The four municipalities' final plans are compared as a user compares them; the document must
hold every row group of the terminal output as a heading and a table with each plan a column,
on landscape pages, with the notes, footnotes and legend the terminal shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planctl.compare.inputs import CompareOptions
from planctl.compare.model import Comparison
from planctl.compare.run import compare_files
from planctl.messages import Lang
from planctl.render.compare.text import render as render_text
from planctl.render.page import Page
from tests.compare.helpers import FINAL_PLANS
from tests.conftest import ROOT, RunCli
from tests.docx_xml import NS, Docx, Grid, Para, w
from tests.render.compare.shared import (
    GROUP_TITLES,
    HEADERS,
    IDENTITY_LABELS,
    compare_docx,
    finals,
    labels,
    six_plans,
    template_with_logo,
)
from tests.render.docx.test_unsafe_text import PLAN as UNSAFE_PLAN

A4_LANDSCAPE = (16838, 11906)


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return finals()


@pytest.fixture(scope="module")
def document(comparison: Comparison) -> Docx:
    data, notices = compare_docx(comparison)
    assert notices == []
    return Docx(data)


def test_the_title_and_the_notes_on_what_cannot_be_compared_come_before_the_tables(document: Docx) -> None:
    body = document.body()
    first_table = next(i for i, block in enumerate(body) if isinstance(block, Grid))
    before = body[:first_table]
    assert before[0] == Para("Title", 0, False, "Sammenligning af 4 planer")
    notes = [block.text for block in before[1:] if isinstance(block, Para)]
    assert len(notes) == 3 and all(block.style == "Normal" for block in before[1:] if isinstance(block, Para))
    assert notes[0].startswith("Planerne gælder forskellige år (2019, 2012, 2019-2023 og 2021)")
    assert notes[1].startswith("Gladsaxe 2012 har ingen mål")
    assert notes[2].startswith("Rudersdal 2021 udskyder sine kvantitative mål")


def test_every_table_has_the_four_municipalities_as_its_columns(document: Docx) -> None:
    tables = document.tables()
    assert len(tables) == 1 + len(GROUP_TITLES)
    for table in tables:
        assert table.rows[0] == ("", *HEADERS)
        assert all(len(row) == 5 for row in table.rows)
        assert all(cell.strip() for row in table.rows[1:] for cell in row)  # no cell is left empty
    identity = tables[0]
    assert labels(identity) == IDENTITY_LABELS
    assert identity.rows[1][1:] == ("Lyngby-Taarbæk Kommune (173)", "Gladsaxe Kommune (159)",
                                    "Tårnby Kommune (185)", "Rudersdal Kommune (230)")
    assert identity.rows[4][4] == "endelig, 18. november 2020"
    assert identity.rows[5][1] == "plans/lyngby-taarbaek-2019.yaml"


def test_each_row_group_of_the_terminal_output_is_a_heading_and_its_table(comparison: Comparison,
                                                                           document: Docx) -> None:
    terminal = render_text(comparison, Page(lang=Lang.da, width=200))
    body = document.body()
    headings = [(i, block.text) for i, block in enumerate(body) if isinstance(block, Para) and block.level == 1]
    assert [text for _, text in headings] == [*GROUP_TITLES, "Forklaring"]
    for (index, title), group in zip(headings, comparison.groups, strict=False):
        assert title in terminal and title == group.title
        table = body[index + 1]
        assert isinstance(table, Grid)
        assert labels(table) == [row.label for row in group.rows]
        for row in group.rows:
            assert row.label.split()[0] in terminal
    target_groups = body[headings[0][0] + 1]
    assert isinstance(target_groups, Grid)
    job_ready = next(row for row in target_groups.rows if row[0] == "Jobparate kontanthjælpsmodtagere")
    assert job_ready[1] == "1 mål: ændring\nMÅL 7: −6 pct. nov 2018→nov 2019"  # a target on a line of its own
    assert job_ready[4].startswith("1 mål: udskudt\n“Opfølgning på indsatsen”: fastsættes senere")


def test_footnotes_are_numbered_on_the_label_and_said_under_the_table(document: Docx) -> None:
    body = document.body()
    target_groups = next(i for i, block in enumerate(body) if isinstance(block, Para) and block.text == GROUP_TITLES[0])
    table = body[target_groups + 1]
    assert isinstance(table, Grid)
    assert "Førtidspension¹" in [row[0] for row in table.rows]
    footnote = body[target_groups + 2]
    assert footnote == Para("Note", 0, False, "¹ ingen af planerne har mål for målgruppen; den er kun omtalt")
    figures = next(i for i, block in enumerate(body) if isinstance(block, Para) and block.text == GROUP_TITLES[2])
    notes = [block.text for block in body[figures + 2:figures + 8] if isinstance(block, Para)]
    assert [note[:2] for note in notes[:5]] == [f"{mark} " for mark in "¹²³⁴⁵"]
    assert notes[0] == "¹ målt på forskellige tidspunkter: sep 2018 og ultimo 2018"
    assert notes[5].startswith("Kun tal for samme mål og enhed står i samme række")  # the group's own note
    quality_note = next(p.text for p in document.paragraphs() if p.text.startswith("Fund som"))
    assert quality_note.startswith("Fund som “planctl check” med projektets konfiguration.")


def test_a_minister_goal_no_goal_answers_is_bold(document: Docx) -> None:
    def bold_of(text: str) -> list[bool]:
        cells = [cell for cell in document.document.iter(w("tc")) if "".join(cell.itertext()) == text]
        assert cells, text
        return [cell.find("w:p/w:r/w:rPr/w:b", NS) is not None for cell in cells]

    assert bold_of("nr. 5: intet mål") == [True]  # Tårnby: no goal answers ministermål 5 of 2019
    assert bold_of("nr. 7: intet mål") == [True]
    assert bold_of("nr. 5: MÅL 9") == [False]  # Lyngby-Taarbæk answers it


def test_the_legend_closes_the_document(document: Docx) -> None:
    paragraphs = document.paragraphs()
    legend = next(i for i, p in enumerate(paragraphs) if p.text == "Forklaring")
    entries = [p.text for p in paragraphs[legend + 1:] if p.text]
    assert entries[0].startswith("ændring: fald (−) eller stigning (+)")
    assert entries[-1] == "udskudt: målet fastsættes senere"
    assert isinstance(document.body()[-1], Para)


def test_the_pages_are_landscape_and_the_label_column_narrower(document: Docx) -> None:
    sections = list(document.document.iter(w("sectPr")))
    assert sections
    for section in sections:
        size = section.find("w:pgSz", NS)
        assert size.get(w("orient")) == "landscape"
        assert (int(size.get(w("w"))), int(size.get(w("h")))) == A4_LANDSCAPE
    for table in document.document.iter(w("tbl")):
        widths = [int(column.get(w("w"))) for column in table.iterfind("w:tblGrid/w:gridCol", NS)]
        assert all(widths[0] < width for width in widths[1:])
        assert sum(widths) == A4_LANDSCAPE[0] - 2 * 1134  # the width between the margins


def test_six_plans_continue_in_further_tables_with_the_labels_repeated(tmp_path: Path) -> None:
    comparison = six_plans(tmp_path)
    document = Docx(compare_docx(comparison)[0])
    body = document.body()
    tables = document.tables()
    assert len(tables) == 2 * (1 + len(GROUP_TITLES))
    assert all(len(row) <= 1 + 4 for table in tables for row in table.rows)
    headers = [plan.header for plan in comparison.plans]
    for first, second in zip(tables[::2], tables[1::2], strict=True):
        assert labels(first) == labels(second)
        assert [*first.rows[0][1:], *second.rows[0][1:]] == headers
        assert len(first.rows[0]) - 1 == len(second.rows[0]) - 1 == 3
    for index, block in enumerate(body):
        if isinstance(block, Grid):
            caption = body[index - 1]
            assert isinstance(caption, Para) and caption.style == "Caption"
            assert caption.text in ("Planer 1–3 af 6", "Planer 4–6 af 6")


# --- the command ----------------------------------------------------------------


def test_the_command_writes_the_document_on_the_municipality_s_template(planctl: RunCli, tmp_path: Path) -> None:
    template = template_with_logo(tmp_path)
    target = tmp_path / "sammenligning.docx"
    result = planctl("compare", *FINAL_PLANS, "--format", "docx", "-o", target, "--template", template,
                     "--lang", "da", cwd=ROOT)
    assert result.code == 0, result.err
    assert result.err == ""  # the template has every style the document needs
    document = Docx(target.read_bytes())
    headings = [p for p in document.paragraphs() if p.level == 1]
    assert [p.text for p in headings] == [*GROUP_TITLES, "Forklaring"]
    assert {p.style for p in headings} == {"Overskrift 1"}
    assert document.paragraphs()[0].style == "Titel"
    assert document.document.find(".//w:tbl/w:tblPr/w:tblStyle", NS).get(w("val")) == "Tabel-Gitter"
    section = document.document.find("w:body/w:sectPr", NS)
    size = section.find("w:pgSz", NS)
    assert (int(size.get(w("w"))), int(size.get(w("h"))), size.get(w("orient"))) == (11906, 8391, "landscape")
    _assert_logo_in_header(document, section)


def _assert_logo_in_header(document: Docx, section: object) -> None:
    reference = section.find("w:headerReference", NS)  # type: ignore[attr-defined]
    assert reference is not None
    relation = reference.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    relations = document.part("word/_rels/document.xml.rels")
    target = next(r.get("Target") for r in relations if r.get("Id") == relation)
    header = document.part(f"word/{target}")
    assert "Lyngby-Taarbæk Kommune · Center for Arbejdsmarked" in "".join(header.itertext())
    blip = header.find(".//{http://schemas.openxmlformats.org/drawingml/2006/main}blip")
    assert blip is not None
    embed = blip.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed")
    header_relations = document.part(f"word/_rels/{target}.rels")
    image = next(r.get("Target") for r in header_relations if r.get("Id") == embed)
    assert document.package.read(f"word/{image}")[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(("arguments", "message"), [
    (["-o", "{tmp}/no/such/folder/sammenligning.docx"], "cannot write"),
    (["-o", "{tmp}/sammenligning.docx", "--template", "{tmp}/nowhere.dotx"], "--template: no such file"),
])
def test_bad_output_or_template_is_one_line_exit_2_and_no_file(planctl: RunCli, tmp_path: Path,
                                                               arguments: list[str], message: str) -> None:
    filled = [argument.format(tmp=tmp_path) for argument in arguments]
    result = planctl("compare", *FINAL_PLANS, "--format", "docx", *filled, cwd=ROOT)
    assert result.code == 2
    assert len(result.err.splitlines()) == 1 and message in result.err
    assert not list(tmp_path.iterdir())


def test_characters_word_cannot_hold_are_replaced_and_told_once(tmp_path: Path) -> None:
    plan = tmp_path / "unsafe.yaml"
    plan.write_text(UNSAFE_PLAN, encoding="utf-8")  # a title with U+0007 in it
    data, notices = compare_docx(compare_files([plan], CompareOptions(lang=Lang.da)))
    identity = Docx(data).tables()[0]
    assert identity.rows[2] == ("Titel", "Beskæftigelsesplan\ufffd 2020")
    assert len(notices) == 1 and "U+0007" in notices[0]
