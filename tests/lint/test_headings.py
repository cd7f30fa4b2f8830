"""C015 contents-missing-section, C016 duplicate-heading, and C011's missing siblings:
on the real plans where the defects stand, on their near misses, and on small inline plans."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PLANS
from tests.lint.helpers import findings, lint
from tests.lint.test_real_plans import DRAFT, FINAL, GLADSAXE, RUDERSDAL, check, lines_with

TAARNBY = PLANS / "taarnby-2019-2023.yaml"


# --- C015 contents-missing-section -------------------------------------------------------

def test_c015_the_draft_contents_leaves_out_udsatte_ledige() -> None:
    # The UDKAST's Indholdsfortegnelse runs from "Indsatsområde: Bekæmpelse af socialt bedrageri 20"
    # to "Indsatsområde: Flere personer med handicap i beskæftigelse 24"; the chapter between them,
    # "Indsatsområde: Udsatte ledige", has no line.
    [line] = lines_with(DRAFT, r'^- title: "Indsatsområde: Udsatte ledige"$')
    assert [(f.rule, f.line, f.column) for f in check(DRAFT, "C015")] == [("C015", line, 10)]


def test_c015_quiet_on_the_other_plans_with_contents() -> None:
    # Near misses: Rudersdal's contents lists chapters only (its sub-headings, among them a second
    # "Indledning", are not missing); Tårnby's words two chapters differently (C004's finding);
    # Gladsaxe's lists one level-3 heading of thirteen and "Evaluering" for "4 Effektvurdering".
    for plan in (RUDERSDAL, TAARNBY, GLADSAXE, FINAL):
        assert check(plan, "C015") == [], plan.name


CONTENTS = """\
contents:
  - {{title: Indledning, page: 2}}
  - {{title: "1. Unge", page: 3}}
  - {{title: {third}, page: 5}}
sections:
  - {{title: Indledning}}
  - {{number: "1.", title: Unge}}
  - {{title: Målgruppe, level: 2}}
  - {{number: "2.", title: Voksne}}
  - {{title: Udsatte ledige}}
"""


def test_c015_reports_a_chapter_at_a_level_the_contents_lists(tmp_path: Path) -> None:
    body = CONTENTS.format(third="Voksne")
    # "Udsatte ledige" (line 16) is missing; "Målgruppe" is at a level the contents does not list.
    assert lint(tmp_path, body, "C015") == [("C015", 16, 13)]
    [finding] = findings(tmp_path, body, "C015", lang="da")
    assert finding.message == "indholdsfortegnelsen udelader afsnittet 'Udsatte ledige'"


def test_c015_a_contents_line_worded_differently_stands_in_for_its_heading(tmp_path: Path) -> None:
    # "Voksne ledige" is the contents' wording of "Voksne" (C004 says so); only "Udsatte ledige" is missing.
    assert lint(tmp_path, CONTENTS.format(third="Voksne ledige"), "C015") == [("C015", 16, 13)]


def test_c015_quiet_without_contents(tmp_path: Path) -> None:
    assert lint(tmp_path, "sections:\n  - {title: Indledning}\n  - {title: Unge}\n", "C015") == []


# --- C016 duplicate-heading ----------------------------------------------------------------

def test_c016_reports_a_heading_repeated_under_one_chapter(tmp_path: Path) -> None:
    body = """\
    sections:
      - {title: Unge}
      - {title: Målgruppe, level: 2}
      - {title: Indsatser, level: 2}
      - {title: målgruppe., level: 2}
    """
    assert lint(tmp_path, body, "C016") == [("C016", 11, 13)]
    [finding] = findings(tmp_path, body, "C016")
    assert finding.message == "the heading 'målgruppe.' repeats the heading on line 9"


def test_c016_reports_two_chapters_of_one_name(tmp_path: Path) -> None:
    body = "sections:\n  - {title: Indledning}\n  - {title: Unge}\n  - {title: '2. Indledning'}\n"
    assert lint(tmp_path, body, "C016") == [("C016", 10, 13)]


def test_c016_quiet_on_rudersdal_whose_repeated_headings_stand_in_different_chapters() -> None:
    # "Indledning" is a chapter and a sub-heading of "Strategi og mål for indsatsen";
    # "Sygedagpengemodtagere" and "Uddannelseshjælp" stand in chapters 3-4 and again in the Bilag.
    text = RUDERSDAL.read_text(encoding="utf-8")
    assert text.count("- title: Indledning\n") == 3  # the contents line, the chapter, the sub-heading
    assert text.count("- title: Sygedagpengemodtagere\n") == 2
    assert check(RUDERSDAL, "C016") == []
    for plan in (DRAFT, FINAL, GLADSAXE, TAARNBY):
        assert check(plan, "C016") == [], plan.name


# --- C011 section-numbering: missing siblings ----------------------------------------------

def test_c011_gladsaxe_numbers_2_1_2_with_no_2_1_1() -> None:
    # "Unge uden andre problemer end ledighed (LAB målgruppe 2.1 og 2.2)" is printed without a
    # number; the next sibling is "2.1.2 Unge med problemer ud over ledighed (LAB målgruppe 2.3)".
    [line] = lines_with(GLADSAXE, r"^- number: 2\.1\.2$")
    found = [(f.rule, f.line, f.column, f.message) for f in check(GLADSAXE, "C011")]
    assert found == [("C011", line, 11, "section 2.1.2 has no section 2.1.1 before it")]


def test_c011_quiet_on_siblings_in_order(tmp_path: Path) -> None:
    body = """\
    sections:
      - {number: "2", title: Målgrupper}
      - {number: "2.1", title: Unge, level: 2}
      - {number: "2.1.1", title: Uden uddannelse, level: 3}
      - {number: "2.1.2", title: Med uddannelse, level: 3}
      - {number: "2.2", title: Voksne, level: 2}
    """
    assert lint(tmp_path, body, "C011") == []


def test_c011_reports_a_gap_between_siblings(tmp_path: Path) -> None:
    body = """\
    sections:
      - {number: "2", title: Målgrupper}
      - {number: "2.1", title: Unge, level: 2}
      - {number: "2.3", title: Voksne, level: 2}
    """
    assert lint(tmp_path, body, "C011") == [("C011", 10, 14)]
    [finding] = findings(tmp_path, body, "C011", lang="da")
    assert finding.message == "afsnit 2.3 står uden et afsnit 2.2 før sig"
