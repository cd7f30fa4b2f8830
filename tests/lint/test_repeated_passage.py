"""C014 repeated-passage: a passage of 25 words or more printed twice, and what is not reported."""

from __future__ import annotations

import random
import time
from pathlib import Path

from planctl.lint.context import PlanContext
from planctl.lint.rules.repeated_passage import RepeatedPassage
from planctl.load import load_plan
from tests.conftest import PLANS
from tests.lint.helpers import lint
from tests.lint.test_missing_number import column_of
from tests.lint.test_real_plans import FINAL, GLADSAXE, RUDERSDAL, check, lines_with

TAARNBY = PLANS / "taarnby-2019-2023.yaml"


def test_gladsaxe_a_sentence_printed_twice_with_a_word_left_out_and_a_passage_in_two_sections() -> None:
    # "... foretages der personlig opfølgning i sagen." then "... foretages personlig opfølgning i
    # sagen" (002_..., page 21): C010 does not see it, the two differ by a word.
    first, second = lines_with(GLADSAXE, r"^  - I alle sager, hvor der enten ikke foreligger")
    # "... manglende sociale kompetencer, der skal trænes i praksis ..." in the sections on the
    # young and on ledige med andre problemer end ledighed.
    young, others = lines_with(GLADSAXE, r"manglende sociale kompetencer, der skal trænes i praksis")
    found = [(f.rule, f.line, f.column) for f in check(GLADSAXE, "C014")]
    assert found == [("C014", others, column_of(GLADSAXE, others, "manglende sociale")), ("C014", second, 5)]
    assert f"line {first}" in check(GLADSAXE, "C014")[1].message


def test_lyngby_the_cash_benefit_passage_in_two_sections() -> None:
    # "Indsatsen for jobparate borgere på kontant- og uddannelseshjælp tager afsæt i den enkelte borger
    # og indsatsen tilrettelægges ..." and "Indsatsen for borgere på kontanthjælp tager afsæt ..." (001_...)
    line = lines_with(FINAL, r"^  - Indsatsen for borgere på kontanthjælp tager afsæt")[0]
    found = check(FINAL, "C014")
    assert [(f.rule, f.line, f.column) for f in found] == [("C014", line, column_of(FINAL, line, "tager afsæt"))]
    assert "41 words" in found[0].message


def test_not_reported_the_goal_overview_key_figures_tables_and_c010s_duplicates() -> None:
    # Lyngby-Taarbæk's goal overview repeats its goals and its key figures quote the prose (above: one
    # finding only); Rudersdal's footnote stands in the prose and as the table's note; Tårnby's lists
    # printed twice are C010's.
    assert check(RUDERSDAL, "C014") == []
    assert check(TAARNBY, "C014") == []
    assert check(TAARNBY, "C010")


PASSAGE = ("Jobcentret samarbejder med virksomhederne om rekruttering, opkvalificering og fastholdelse af "
           "medarbejdere, så ledige borgere kommer i job og virksomhederne får den arbejdskraft de har behov for")


def test_a_passage_within_a_longer_text_of_another_section(tmp_path: Path) -> None:
    body = f"""\
    sections:
      - title: Virksomheder
        prose: ["{PASSAGE} i hele kommunen."]
      - title: Ledige
        prose: ["Derudover gælder at {PASSAGE.lower()}."]
    """
    assert lint(tmp_path, body, "C014") == [("C014", 11, 34)]


def test_near_misses_24_words_and_a_whole_paragraph_twice(tmp_path: Path) -> None:
    short = " ".join(PASSAGE.split()[:24])
    body = f"""\
    sections:
      - title: Virksomheder
        prose: ["{short} i hele kommunen.", "Derudover gælder at {short}."]
      - title: Ledige
        prose: ["{PASSAGE}."]
      - title: Unge
        prose: ["{PASSAGE}."]
    """
    assert lint(tmp_path, body, "C014") == []
    assert lint(tmp_path, body, "C010") == [("C010", 13, 13)]


def test_a_plan_of_a_megabyte_is_checked_in_under_two_seconds(tmp_path: Path) -> None:
    vocabulary = [f"ord{n}" for n in range(2000)]
    chance = random.Random(12)
    paragraphs = [" ".join(chance.choice(vocabulary) for _ in range(150)) for _ in range(1000)]
    paragraphs.append(paragraphs[10][:400])
    prose = "\n".join(f'      - "{paragraph}"' for paragraph in paragraphs)
    path = tmp_path / "plan.yaml"
    path.write_text('municipality: {name: Testby Kommune, code: "999"}\ntitle: Plan\nperiod: 2019\nstatus: final\n'
                    f"sections:\n  - title: Alt\n    prose:\n{prose}\n", encoding="utf-8")
    assert path.stat().st_size > 1_000_000
    ctx = PlanContext(load_plan(path))
    started = time.perf_counter()
    found = list(RepeatedPassage().check(ctx))
    # About half a second on a shared machine; a pairwise comparison of the paragraphs would take minutes.
    assert time.perf_counter() - started < 2.0
    assert len(found) == 1
