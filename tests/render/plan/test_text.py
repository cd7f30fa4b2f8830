"""show --format text: the document drawn for a terminal, and as plain text when piped."""

from __future__ import annotations

import re
from pathlib import Path

from planctl.messages import Lang
from planctl.render.page import Page
from planctl.render.plan import FORMATS
from planctl.render.plan.document import PlanDocument, Table
from tests.render.plan.hostile import SHOWN, hostile_document
from tests.render.plan.test_build import document

SGR = re.compile(r"\x1b\[([\d;]*)m")


def drawn(doc: PlanDocument, *, width: int = 100, color: bool = False) -> str:
    text = FORMATS.render("text", doc, Page(lang=Lang.da, width=width, color=color))
    assert isinstance(text, str)
    return text


def styles_of(text: str, word: str) -> set[str]:
    """The SGR codes in force where `word` is printed in coloured output."""
    match = re.search(r"((?:\x1b\[[\d;]*m)+)" + re.escape(word), text)
    assert match, word
    return {code for group in SGR.findall(match.group(1)) for code in group.split(";")}


def test_no_colour_when_the_page_has_none() -> None:
    assert "\x1b" not in drawn(document("lyngby-taarbaek-2019-udkast"))


def test_the_draft_mark_is_bold_reverse_red_in_colour() -> None:
    text = drawn(document("lyngby-taarbaek-2019-udkast"), color=True)
    assert {"1", "7", "31"} <= styles_of(text, "UDKAST")


def test_headings_bold_and_level_one_underlined_in_colour() -> None:
    text = drawn(document("lyngby-taarbaek-2019"), color=True)
    assert {"1", "4"} <= styles_of(text, "Indledning")
    level_two = styles_of(text, "Vidensbyen Lyngby-Taarbæk")
    assert "1" in level_two and "4" not in level_two
    assert "1" in styles_of(text, "MÅL 1")
    assert "2" in styles_of(text, "Måltal: fald på 4 pct.")  # dim
    assert "═" not in text  # colour shows the headings; no rules are drawn


def test_without_colour_a_heading_is_underlined_in_characters() -> None:
    lines = drawn(document("lyngby-taarbaek-2019")).splitlines()
    index = lines.index("Indledning")
    assert lines[index + 1] == "═" * len("Indledning")
    index = lines.index("Vidensbyen Lyngby-Taarbæk")
    assert lines[index + 1] == "─" * len("Vidensbyen Lyngby-Taarbæk")


def test_the_title_block_then_a_blank_line() -> None:
    lines = drawn(document("lyngby-taarbaek-2019-udkast")).splitlines()
    assert lines[:5] == ["Lyngby-Taarbæk Kommunes Beskæftigelsesplan 2019",
                         "Lyngby-Taarbæk Kommune · 2019 · udkast", "UDKAST", "21. november 2018", ""]


def test_bullets_hang_and_a_list_has_no_blank_lines() -> None:
    text = drawn(document("lyngby-taarbaek-2019"), width=40)
    assert ("  • Færre proceskrav til samtaleforløb\n  • Mere ansvar til a-kasserne\n  • Ét krav til ret- og "
            "pligttilbud\n  • Mere fokus på jobcentrets arbejde\n    med at matche ledige og virksomheder\n") in text
    assert "•" not in text.replace("  • ", "")


def test_a_goal_is_one_block_id_text_and_target() -> None:
    text = drawn(document("lyngby-taarbaek-2019"))
    assert ("\n\nMÅL 1\nAntallet af personer der modtager offentlig forsørgelse skal falde med 4 pct. fra oktober "
            "2018 til\noktober 2019.\nMåltal: fald på 4 pct. fra oktober 2018 til oktober 2019.\n\nFølgemål\n"
            "  • Antallet af personer der modtager offentlig forsørgelse i mere end 52 uger.\n") in text


def test_a_success_criterion_has_its_target_under_it() -> None:
    text = drawn(document("taarnby-2019-2023"))
    assert ("Succeskriterier\n  • Gennemsnitlig varig sygeperiode er på niveau med landsgennemsnittet ved "
            "udgangen af 2021 og i\n    bedste 1/3 af landets kommuner ved udgangen af 2023\n"
            "    Måltal: i bedste 1/3 af landets kommuner ved udgangen af 2023.\n") in text


def test_rudersdals_tables_are_drawn_whole() -> None:
    doc = document("rudersdal-2021")
    lines = drawn(doc, width=200).splitlines()
    for block in (b for b in doc.blocks if isinstance(b, Table)):
        for row in block.rows[1:]:
            label, *cells = (cell.text for cell in row.cells)
            [line] = [line for line in lines if f"│ {label} " in line and all(f" {c} │" in line for c in cells)]
    assert "│ Rudersdal              │       456 │       703 │              54% │" in "\n".join(lines)


def test_no_line_is_wider_than_the_page() -> None:
    for width in (40, 72, 100):
        text = drawn(document("rudersdal-2021"), width=width)
        assert max(len(line) for line in text.splitlines()) <= width


def test_escape_codes_and_markup_in_a_plan_are_shown_not_obeyed(tmp_path: Path) -> None:
    doc = hostile_document(tmp_path)
    for color in (False, True):
        text = drawn(doc, width=300, color=color)
        plain = SGR.sub("", text)
        assert "\x1b" not in plain and "\x9b" not in text
        for shown in (f"Unge {SHOWN}", f"MÅL 1 {SHOWN}", f"Ledigheden skal falde {SHOWN}", f"Tabel {SHOWN}",
                      f"Rudersdal {SHOWN}", f"• Et punkt {SHOWN}", f"fastsættes senere ({SHOWN})"):
            assert shown in plain, shown
