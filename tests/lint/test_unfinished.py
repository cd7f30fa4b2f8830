"""U family: unfinished text."""

from __future__ import annotations

from pathlib import Path

from tests.lint.helpers import findings, lint

GOAL = """\
sections:
  - title: Unge
    goals:
      - id: MÅL 2
        text: Antallet af unge skal falde med {value} fra 2018 til 2019.
        target: {{kind: change, direction: decrease, value: {value}, baseline: "2018", period: "2019"}}
"""


def test_u001_fires_on_a_placeholder_value(tmp_path: Path) -> None:
    assert lint(tmp_path, GOAL.format(value="x pct."), "U001") == [("U001", 12, 60)]


def test_u001_is_a_warning_in_a_draft_and_an_error_in_a_final_plan(tmp_path: Path) -> None:
    [draft] = findings(tmp_path, GOAL.format(value="x pct."), "U001", status="draft")
    [final] = findings(tmp_path, GOAL.format(value="x pct."), "U001", status="adopted")
    assert (draft.severity, final.severity) == ("warning", "error")
    assert draft.detail == "placeholder 'x pct.' where a value belongs"


def test_u_rules_take_an_unknown_status_as_not_final(tmp_path: Path) -> None:
    """A document that states no status is not taken to be final: unfinished text is a warning."""
    [unknown] = findings(tmp_path, GOAL.format(value="x pct."), "U001", status="unknown")
    assert unknown.severity == "warning"


def test_u001_quiet_on_a_filled_value(tmp_path: Path) -> None:
    assert lint(tmp_path, GOAL.format(value="4 pct."), "U001") == []


def test_u001_says_what_a_derivable_count_should_be(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Unge
        goals:
          - text: Antallet skal falde med 5 pct. Det svarer til et fald på ca. xx personer.
            target: {kind: change, value: 5 pct., baseline_value: ca. 190 personer, equivalent: ca. xx personer}
    """
    [finding] = findings(tmp_path, body, "U001", lang="da")
    assert finding.detail == (
        "pladsholder 'ca. xx personer' står, hvor der skal være en værdi (ud fra planens egne tal: ca. 10 personer)"
    )


def test_u002_fires_in_prose(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Sygedagpenge
        prose:
          - Der er ca. xx sygedagpengemodtagere i Lyngby-Taarbæk Kommune.
    """
    assert lint(tmp_path, body, "U002") == [("U002", 10, 16)]


def test_u002_quiet_on_words_with_x_and_on_goals_whose_target_has_the_placeholder(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Boks 10 og Xerox, fx 4 pct. på x-aksen
        prose:
          - Der er ca. 600 sygedagpengemodtagere i kommunen, 3 x 2 hold.
    """
    assert lint(tmp_path, body, "U002") == []
    assert lint(tmp_path, GOAL.format(value="x pct."), "U002") == []


def test_u003_fires_on_editorial_notes(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Nøgletal for udviklingen på arbejdsmarkedet (opdateres med nyeste tal)
        prose:
          - Figuren skal opdateres med 2018 tal.
          - "'Ungepatruljen' (fortsætter vi den indsats?)"
    """
    assert lint(tmp_path, body, "U003") == [("U003", 8, 56), ("U003", 10, 9), ("U003", 11, 26)]


def test_u003_quiet_on_ordinary_parentheses(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Nøgletal (kilde Jobindsats)
        prose:
          - Tallene opdateres hver måned på Jobindsats.dk (se figur).
    """
    assert lint(tmp_path, body, "U003") == []


def test_u004_fires_on_udkast_in_a_final_plan_only(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Indledning
        prose: [UDKAST]
    """
    assert lint(tmp_path, body, "U004", status="final") == [("U004", 9, 13)]
    assert lint(tmp_path, body, "U004", status="draft") == []


def test_u004_asks_whether_a_plan_with_no_stated_status_is_a_draft(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Indledning
        prose: [UDKAST]
    """
    [finding] = findings(tmp_path, body, "U004", status="unknown")
    assert (finding.line, finding.column, finding.severity) == (9, 13, "info")
    assert finding.message == "'UDKAST' in a plan with no stated status: is it a draft (status: draft)?"
    [dansk] = findings(tmp_path, body, "U004", status="unknown", lang="da")
    assert dansk.message == "'UDKAST' i en plan uden angivet status: er den et udkast (status: draft)?"


def test_u004_quiet_on_the_word_in_running_text(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Indledning
        prose: [Planen blev sendt i høring som udkast i oktober.]
    """
    assert lint(tmp_path, body, "U004") == []


def test_u005_fires_on_danish_and_english_field_errors(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Indledning
        prose:
          - J. nr. Fejl! Ukendt betegnelse for dokumentegenskab.
          - Se side Error! Bookmark not defined.
    """
    assert lint(tmp_path, body, "U005") == [("U005", 10, 16), ("U005", 11, 17)]


def test_u005_quiet_on_the_word_fejl(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Fejludbetalinger
        prose: [Fejl i udbetalinger skal bekæmpes. Fejl! Det var ikke meningen.]
    """
    assert lint(tmp_path, body, "U005") == []
