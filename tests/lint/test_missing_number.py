"""U006 missing-number: a number or year dropped from the text, and its near misses."""

from __future__ import annotations

import time
from pathlib import Path

from tests.lint.helpers import findings, lint
from tests.lint.test_real_plans import GLADSAXE, RUDERSDAL, check, lines_with


def column_of(path: Path, line: int, words: str) -> int:
    return path.read_text(encoding="utf-8").splitlines()[line - 1].index(words) + 1


def test_gladsaxe_the_age_and_the_years_dropped_from_the_kvik_project() -> None:
    # "Projektet løber over 18 måneder med opstart i oktober Målgruppen for projektet er borgere
    # i alderen år med ..." and "Projektet løber fra 1.juli november" (002_..., the KVIK and
    # opkvalificering paragraphs): every other date of the plan carries its year.
    kvik = lines_with(GLADSAXE, r"borgere i alderen år")[0]
    opkvalificering = lines_with(GLADSAXE, r"Projektet løber fra 1\.juli november")[0]
    found = [(f.rule, f.line, f.column, f.excerpt) for f in check(GLADSAXE, "U006")]
    assert found == [
        ("U006", opkvalificering, column_of(GLADSAXE, opkvalificering, "fra 1.juli november"), "fra 1.juli november"),
        ("U006", kvik, column_of(GLADSAXE, kvik, "i oktober"), "i oktober"),
        ("U006", kvik, column_of(GLADSAXE, kvik, "i alderen år"), "i alderen år"),
    ]


def test_rudersdal_a_month_whose_year_stands_earlier_in_its_paragraph_is_not_reported() -> None:
    # "Antallet af fuldtidspersoner var i juni 2020 steget ... toppede i juni" (004_...)
    assert lines_with(RUDERSDAL, r"toppede i juni,")
    assert check(RUDERSDAL, "U006") == []


def test_a_double_space_where_the_age_stood(tmp_path: Path) -> None:
    body = "sections:\n  - title: Unge\n    prose: [Projektet er for borgere i alderen  år.]\n"
    assert lint(tmp_path, body, "U006") == [("U006", 9, 38)]


def test_a_period_without_its_end(tmp_path: Path) -> None:
    body = "sections:\n  - title: Unge\n    prose: [Projektet løber i perioden fra 1. marts til.]\n"
    assert lint(tmp_path, body, "U006") == [("U006", 9, 40)]


def test_near_misses_with_their_numbers(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Unge
        prose:
          - Projektet er for borgere i alderen 18-30 år og løber fra 1. marts 2019 til 1. marts 2020.
          - Ledigheden er faldet i år, og sådan har det været fra år til år.
          - Andelen er på 4,5 pct., mindst 3 år og op til 12.000 kr.
    """
    assert lint(tmp_path, body, "U006") == []


DATED = """\
sections:
  - title: Unge
    prose:
      - Ledigheden faldt fra januar 2018 til december 2018, og igen i marts 2019.
      - Tallene er opgjort i april 2019 og i maj 2019 og igen 1. juni 2019.
      - {sentence}
"""


def test_a_date_without_a_year_in_a_plan_whose_dates_carry_one(tmp_path: Path) -> None:
    assert lint(tmp_path, DATED.format(sentence="Projektet har opstart i september."), "U006") == [("U006", 12, 31)]


def test_near_misses_a_year_in_the_sentence_or_a_plan_of_undated_months(tmp_path: Path) -> None:
    assert lint(tmp_path, DATED.format(sentence="Projektet har opstart i september 2019."), "U006") == []
    assert lint(tmp_path, DATED.format(sentence="I 2019 er der opstart i september."), "U006") == []
    undated = "sections:\n  - title: Unge\n    prose: [Kurserne holdes i marts, i juni og i september.]\n"
    assert lint(tmp_path, undated, "U006") == []


def test_unfinished_text_is_a_warning_in_a_draft_and_an_error_in_a_final_plan(tmp_path: Path) -> None:
    body = "sections:\n  - title: Unge\n    prose: [Projektet er for borgere i alderen år.]\n"
    assert [f.severity for f in findings(tmp_path, body, "U006", status="draft")] == ["warning"]
    assert [f.severity for f in findings(tmp_path, body, "U006", status="final")] == ["error"]


def _undated_paragraph(sentences: int) -> str:
    """A plan whose dates carry their year (two dated sentences for each undated one), and a paragraph of
    `sentences` sentences each naming a month without one, with no year anywhere in it."""
    dated = [" ".join(["Det skete i juni 2019."] * 1_000)] * (2 * sentences // 1_000 + 1)
    undated = " ".join(["Det sker i juni."] * sentences)
    paragraphs = "".join(f'      - "{paragraph}"\n' for paragraph in [*dated, undated])
    return f"sections:\n  - title: Indledning\n    prose:\n{paragraphs}"


def test_the_undated_months_of_a_long_paragraph_are_checked_in_linear_time(tmp_path: Path) -> None:
    """Each sentence looked for a year from the paragraph's start to its own end: 8,000 sentences took 9 s."""
    times = []
    for sentences in (2_000, 8_000):
        started = time.monotonic()
        found = findings(tmp_path, _undated_paragraph(sentences), "U006")
        times.append(time.monotonic() - started)
        assert len(found) == sentences
    # four times the sentences: about four times the time (linear), not sixteen (quadratic); room for a busy machine
    assert times[1] < 8 * times[0] + 1.0
