"""The text reader: unwrapping, the Danish hyphen rule, headings, lists, tables, page numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from planctl.errors import PlanctlError
from planctl.importers.blocks import Heading, Item, TableBlock, Text
from planctl.importers.text_reader import is_hard_wrapped, join_hyphenated, read_text

HERE = Path("plan.txt")


def _read(text: str, *, markdown: bool = False) -> list[object]:
    return list(read_text(text.encode("utf-8"), HERE, markdown=markdown).blocks)


@pytest.mark.parametrize(("first", "second", "joined"), [
    ("i Lyngby-", "Taarbæk Kommune", "i Lyngby-Taarbæk Kommune"),
    ("inden for bygge-", "og anlæg", "inden for bygge- og anlæg"),
    ("social-, sundheds-", "eller beskæftigelsesområdet", "social-, sundheds- eller beskæftigelsesområdet"),
    ("skal falde", "med 4 pct.", "skal falde med 4 pct."),
])
def test_line_end_hyphen_is_kept(first: str, second: str, joined: str) -> None:
    assert join_hyphenated(first, second) == joined


def test_hard_wrapping_is_detected_per_document() -> None:
    sources = Path(__file__).parent.parent / "sources"
    found = {p.name[:3]: is_hard_wrapped([line.strip() for line in p.read_text(encoding="utf-8").splitlines()])
             for p in sorted(sources.glob("*.txt"))}
    assert found == {"000": False, "001": True, "002": False, "003": False, "004": False}


def test_wrapped_lines_become_one_paragraph_with_the_hyphen_kept() -> None:
    line = "Der er mange ledige borgere i kommunen som har brug for en indsats fra jobcentret i Lyngby-"
    more = "de får et tilbud om hjælp til at finde et arbejde eller en uddannelse hurtigst muligt så"
    wrapped = "\n\n".join([line, "Taarbæk Kommune og det er et mål at de kommer i job hurtigst muligt og at",
                           *[more] * 12])
    blocks = _read(wrapped + "\n\nslutter her.\n")
    texts = [b.text for b in blocks if isinstance(b, Text)]
    assert len(texts) == 1
    assert "Lyngby-Taarbæk Kommune" in texts[0] and "LyngbyTaarbæk" not in texts[0]


def test_headings_from_numbers_markdown_and_shape() -> None:
    blocks = _read("2.1 Flere unge i uddannelse\nDe unge skal i uddannelse.\n"
                   "Indsatsområde: Unge\nMange unge er ledige.\n")
    assert [b for b in blocks if isinstance(b, Heading)] == [
        Heading("2.1 Flere unge i uddannelse", 2, blocks[0].where),  # type: ignore[attr-defined]
        Heading("Indsatsområde: Unge", 1, blocks[2].where),  # type: ignore[attr-defined]
    ]
    md = _read("# Indledning\n\n## Baggrund\n\nTekst.\n", markdown=True)
    assert [(b.text, b.level) for b in md if isinstance(b, Heading)] == [("Indledning", 1), ("Baggrund", 2)]


def test_a_numbered_list_is_not_a_run_of_headings() -> None:
    blocks = _read("Ministeren har udmeldt tre mål:\n1. Flere i job\n2. Færre på ydelse\n3. Flere i uddannelse\n")
    assert [type(b) for b in blocks] == [Text, Item, Item, Item]


def test_goal_labels_and_their_text_are_never_headings() -> None:
    blocks = _read("MÅL 1\nAntallet skal falde med 4 pct. fra 2018 til 2019\nFølgemål\nAntal samtaler følges.\n")
    assert not any(isinstance(b, Heading) for b in blocks)


def test_bullets_tables_and_page_numbers() -> None:
    document = read_text("Tekst her.\n• Første\n\uf0b7 Anden\n- Tredje\n\tJuni 2019\tJuni 2020\n"
                         "Ledige\t100\t90\n12\nSide 3 af 24\n".encode(), HERE, markdown=False)
    items = [b.text for b in document.blocks if isinstance(b, Item)]
    assert items == ["Første", "Anden", "Tredje"]
    tables = [b for b in document.blocks if isinstance(b, TableBlock)]
    assert tables[0].rows == (("", "Juni 2019", "Juni 2020"), ("Ledige", "100", "90"))
    assert [text for _, text in document.left_out] == ["12", "Side 3 af 24"]


def test_not_utf8_is_one_clear_line() -> None:
    with pytest.raises(PlanctlError, match="not UTF-8") as error:
        read_text("Beskæftigelsesplan".encode("latin-1"), HERE, markdown=False)
    assert "plan.txt:1:" in str(error.value)


def test_a_byte_order_mark_is_fine() -> None:
    first = _read("\ufeffIndledning\nTekst her.\n")[0]
    assert isinstance(first, Heading) and first.text == "Indledning"


def test_markdown_bold_labels_and_pipe_tables() -> None:
    blocks = _read("# Indsatsområde: Unge\n\n**MÅL 2**\n\nAntallet skal falde med 5 pct.\n\n"
                   "| Ydelse | Juni 2019 | Juni 2020 |\n| --- | --- | --- |\n| A-dagpenge | 600 | 650 |\n",
                   markdown=True)
    assert Text("MÅL 2", blocks[1].where) in blocks  # type: ignore[attr-defined]
    tables = [b for b in blocks if isinstance(b, TableBlock)]
    assert tables[0].rows == (("Ydelse", "Juni 2019", "Juni 2020"), ("A-dagpenge", "600", "650"))


def test_a_web_transcript_loses_its_page_numbers_and_the_site_around_it() -> None:
    page = "Tekst på siden om beskæftigelsesindsatsen i kommunen. " * 12
    document = read_text("\n".join(["Download", "Transkript", *(f"{n} {page}" for n in range(1, 7)),
                                    "Læs mere"]).encode(), HERE, markdown=False)
    texts = [b.text for b in document.blocks if isinstance(b, Text)]
    assert len(texts) == 6 and all(t.startswith("Tekst på siden") for t in texts)
    assert {"Download", "Transkript", "Læs mere"} <= {text for _, text in document.left_out}


def test_a_numbered_agenda_is_not_a_transcript() -> None:
    agenda = "\n".join(f"{n} Punkt nummer {n} på dagsordenen" for n in range(1, 11))
    document = read_text(agenda.encode(), HERE, markdown=False)
    assert not document.left_out


def test_a_sub_section_number_makes_a_heading_even_with_a_full_stop_or_a_bullet() -> None:
    blocks = _read("2.1 Flere unge starter på en uddannelse.\n- 2.2 Sygemeldte borgere raskmeldes hurtigt.\n"
                   "- 4,5 pct. af de ledige er unge.\n")
    assert [(type(b).__name__, b.level) for b in blocks[:2]] == [("Heading", 2), ("Heading", 2)]  # type: ignore[attr-defined]
    assert isinstance(blocks[2], Item)
