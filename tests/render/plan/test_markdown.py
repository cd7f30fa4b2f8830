"""show --format markdown, read back as GitHub would read it (CommonMark with tables)."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from planctl.messages import Lang
from planctl.render.page import Page
from planctl.render.plan import FORMATS
from planctl.render.plan.document import PlanDocument, Table
from tests.render.plan.hostile import SHOWN, hostile_document
from tests.render.plan.test_build import NAMES, document

GITHUB = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def markdown(doc: PlanDocument) -> str:
    text = FORMATS.render("markdown", doc, Page(lang=Lang.da))
    assert isinstance(text, str)
    return text


def tokens(doc: PlanDocument) -> list[Token]:
    return GITHUB.parse(markdown(doc))


def blocks(doc: PlanDocument) -> list[tuple[str, str]]:
    """(the enclosing block tags, the text) of every run of inline text, as the reader sees it."""
    found, open_tags = [], []
    for token in tokens(doc):
        if token.nesting == 1:
            open_tags.append(token.tag)
        elif token.nesting == -1:
            open_tags.pop()
        elif token.type == "inline":
            found.append(("/".join(open_tags), token.content))
    return found


def html(doc: PlanDocument) -> str:
    return GITHUB.render(markdown(doc))


@pytest.mark.parametrize("name", NAMES)
def test_one_blank_line_between_blocks_and_one_newline_at_the_end(name: str) -> None:
    text = markdown(document(name))
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert "\n\n\n" not in text


def test_title_block_headings_by_level() -> None:
    found = blocks(document("lyngby-taarbaek-2019-udkast"))
    assert found[:4] == [("h1", "Lyngby-Taarbæk Kommunes Beskæftigelsesplan 2019"),
                         ("p", "Lyngby-Taarbæk Kommune · 2019 · udkast"), ("p", "**UDKAST**"),
                         ("p", "21\\. november 2018")]
    assert ("h2", "Indledning") in found
    assert ("h3", "Vidensbyen Lyngby-Taarbæk") in found
    assert ("h4", "En erhvervsstruktur i hastig udvikling og med fokus på videnserhverv") in found
    gladsaxe = blocks(document("gladsaxe-2012"))
    assert ("h5", "Unge uden erhvervskompetencegivende uddannelse") in gladsaxe
    assert "<strong>UDKAST</strong>" in html(document("lyngby-taarbaek-2019-udkast"))
    assert "UDKAST" not in html(document("lyngby-taarbaek-2019"))


def test_numbers_that_start_a_paragraph_or_an_item_are_not_read_as_a_numbered_list() -> None:
    assert "<ol" not in html(document("rudersdal-2021"))  # "18. november 2020", "1. Alle ledige …"
    draft = html(document("lyngby-taarbaek-2019-udkast"))
    assert "<ol" not in draft
    assert "<li>1) Forebyggelse af langtidssygemelding</li>" in draft  # "• 1) Forebyggelse …" in the plan


def test_bullets_are_list_items_without_their_bullet() -> None:
    for name, item in (("lyngby-taarbaek-2019", "Færre proceskrav til samtaleforløb"),
                       ("rudersdal-2021", "forsikrede ledige"),
                       ("taarnby-2019-2023", "Virksomhedsrettede indsatser")):
        found = blocks(document(name))
        assert ("ul/li/p", item) in found, name
        assert not any("•" in text for _, text in found)


def test_a_goal_its_id_bold_its_target_in_italics() -> None:
    page = html(document("lyngby-taarbaek-2019"))
    assert ("<p><strong>MÅL 1</strong></p>\n<p>Antallet af personer der modtager offentlig forsørgelse skal falde "
            "med 4 pct. fra oktober 2018 til oktober 2019.</p>\n<p><em>Måltal: fald på 4 pct. fra oktober 2018 til "
            "oktober 2019.</em></p>\n<p><strong>Følgemål</strong></p>\n<ul>\n<li>Antallet af personer der modtager "
            "offentlig forsørgelse i mere end 52 uger.</li>\n</ul>") in page


def test_a_success_criterion_carries_its_target_inside_its_list_item() -> None:
    page = html(document("taarnby-2019-2023"))
    assert ("<li>\n<p>Antallet af borgere der delvis raskmeldes skal være stigende</p>\n"
            "<p><em>Måltal: stigning.</em></p>\n</li>") in page


def test_rudersdals_tables_are_github_tables_with_every_cell() -> None:
    doc = document("rudersdal-2021")
    expected = [[[cell.text for cell in row.cells] for row in b.rows] for b in doc.blocks if isinstance(b, Table)]
    page = html(doc)
    assert page.count("<table>") == len(expected) == 11
    for table in expected:
        for row in table:
            tag = "th" if row is table[0] else "td"
            assert "".join(f"<{tag}>{cell}</{tag}>\n" for cell in row) in page, row


def test_a_cells_lines_are_kept_apart_with_br() -> None:
    page = html(document("lyngby-taarbaek-2019"))
    assert ("<td>Andelen af kvindelige flygtninge og familiesammenførte som er i selvforsørgelse følges.<br>"
            "Andelen af borgere, der efter endt IGU-forløb overgår til selvforsørgelse følges.<br>") in page


def test_plan_text_cannot_make_markup_or_send_escape_codes(tmp_path: Path) -> None:
    doc = hostile_document(tmp_path)
    text = markdown(doc)
    assert "\x1b" not in text and "\x9b" not in text
    page = GITHUB.render(text)
    for tag in ("<h1>Ikke", "<em>ikke", "<strong>ikke", "<a ", "<b>", "<s>", "<ol"):
        assert tag not in page, tag
    assert ("<p># Ikke en overskrift, *ikke fed*, _ikke kursiv_, [ikke et link](http://x) &lt;b&gt;ikke "
            "html&lt;/b&gt; ~~ikke streget~~</p>") in page
    assert "<p>1. Ikke en nummereret liste</p>" in page
    assert f"<h2>Unge {SHOWN}</h2>" in page
    assert f"<li>Et punkt {SHOWN}</li>" in page
    assert f"<td>Rudersdal {SHOWN}</td>\n<td>a | b</td>" in page
