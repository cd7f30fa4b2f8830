"""M005 goal-without-size, M006 measurement-undecided, M007 no-measurable-goal: goals that
cannot be followed up, on the real plans where they stand, their near misses, and inline plans."""

from __future__ import annotations

from pathlib import Path

from planctl.load import load_plan
from planctl.model.plan import Goal
from tests.conftest import PLANS
from tests.lint.helpers import findings, lint
from tests.lint.test_real_plans import DRAFT, FINAL, GLADSAXE, RUDERSDAL, check, lines_with

TAARNBY = PLANS / "taarnby-2019-2023.yaml"


# --- M005 goal-without-size -----------------------------------------------------------

def test_m005_taarnby_success_criteria_that_only_say_stigende() -> None:
    # "Antallet af borgere der delvis raskmeldes skal være stigende", "Andelen af borgere der får
    # kompetencegivende uddannelse skal være stigende.", "Antallet af virksomheder der samarbejder
    # med Jobcenteret skal være stigende." — reported at each target (the line after the text).
    texts = lines_with(TAARNBY, r"^  - text: .*skal være stigende\.?$")
    assert len(texts) == 3
    found = [(f.rule, f.line, f.column) for f in check(TAARNBY, "M005")]
    assert found == [("M005", line + 2, 7) for line in texts]
    assert {f.severity for f in check(TAARNBY, "M005")} == {"info"}


def test_m005_quiet_on_relative_targets_and_targets_with_a_value() -> None:
    # Near misses: Tårnby's "skal stige og være i bedste 1/3 af landets kommuner" has its size in the
    # comparison; Lyngby's "skal falde med 4 pct." in its value; the draft's "x pct." is U001's.
    assert any(t.direction == "increase" and t.reference for _, g in _goals(TAARNBY) for t in g.all_targets())
    for plan in (FINAL, DRAFT, RUDERSDAL, GLADSAXE):
        assert check(plan, "M005") == [], plan.name


def _goals(path: Path) -> list[tuple[tuple[str | int, ...], Goal]]:
    return load_plan(path).plan.all_goals()


def test_m005_reads_the_direction_from_the_words_when_the_target_has_none(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Ligestilling
        goals:
          - text: Forskellen mellem mænd og kvinder skal reduceres.
            target: {kind: change}
          - text: Forskellen skal reduceres med 10 pct.
            target: {kind: change}
          - text: Flere kvinder skal i job.
            target: {kind: qualitative}
    """
    # The first goal only; the second names a size (its target is incomplete, not sizeless);
    # the qualitative one is M002's.
    assert lint(tmp_path, body, "M005") == [("M005", 11, 17)]
    [finding] = findings(tmp_path, body, "M005", lang="da")
    assert finding.message == (
        "målet 'Forskellen mellem mænd og kvinder skal reduceres.' — angiver en retning, men ingen størrelse: "
        "hvor meget er nok?")


def test_m005_judges_each_target_of_a_goal_with_several(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Sygedagpenge og jobafklaring
        goals:
          - text: Antallet på sygedagpenge skal falde med 5 pct., og antallet i jobafklaring skal falde.
            targets:
              - {kind: change, direction: decrease, value: 5 pct., target_groups: [sygedagpenge]}
              - {kind: change, direction: decrease, target_groups: [jobafklaringsforloeb]}
    """
    assert lint(tmp_path, body, "M005") == [("M005", 13, 13)]


# --- M006 measurement-undecided --------------------------------------------------------

def test_m006_lyngby_handicap_goal_has_no_measurement_method() -> None:
    # "Regeringen har endnu ikke udmeldt en målemetode, som kommunerne kan anvende til at følge
    # udviklingen." — in the section of MÅL 11, both in the draft and the final plan.
    for plan in (FINAL, DRAFT):
        [line] = lines_with(plan, r"Regeringen har endnu ikke udmeldt en målemetode")
        text = plan.read_text(encoding="utf-8").splitlines()[line - 1]
        column = text.index("Regeringen har endnu ikke") + 1
        [finding] = check(plan, "M006")
        assert (finding.rule, finding.line, finding.column) == ("M006", line, column)
        assert finding.excerpt == (
            "Regeringen har endnu ikke udmeldt en målemetode, som kommunerne kan anvende til at følge udviklingen.")
        assert "'MÅL 11'" in finding.message


def test_m006_quiet_where_the_method_is_stated_or_the_section_has_no_goal(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Baggrund
        prose: [Målemetoden er endnu ikke fastlagt.]
      - title: Handicap
        prose: [Målet opgøres som andelen i job efter 6 måneder, og metoden er fastlagt.]
        goals: [{id: MÅL 11, text: Flere personer med handicap skal i beskæftigelse.}]
    """
    assert lint(tmp_path, body, "M006") == []
    for plan in (RUDERSDAL, TAARNBY, GLADSAXE):
        assert check(plan, "M006") == [], plan.name


def test_m006_finds_the_words_in_a_goals_note(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Handicap
        goals:
          - id: MÅL 11
            text: Flere personer med handicap skal i beskæftigelse.
            note: Opgørelsesmetode afklares med Jobindsats.
    """
    assert lint(tmp_path, body, "M006") == [("M006", 12, 15)]
    [finding] = findings(tmp_path, body, "M006", lang="da")
    assert finding.message == ("MÅL 11: Flere personer med handicap skal i beskæftigelse. — planen skriver, at "
                               "målemetoden ikke er fastlagt; målet kan ikke følges op endnu")


# --- M007 no-measurable-goal -----------------------------------------------------------

def test_m007_rudersdal_has_no_goal_with_a_measurable_target() -> None:
    # Five qualitative "Resultatmål" and one whose figures are set later ("På Erhvervsudvalgets møde
    # i marts 2021 fastlægges kvantitative mål"): one finding, at the plan's title (line 5).
    [finding] = check(RUDERSDAL, "M007")
    assert (finding.rule, finding.line, finding.column, finding.severity) == ("M007", 5, 8, "info")
    assert finding.message == "none of the plan's 6 goals has a measurable target"


def test_m007_gladsaxe_states_no_goals_at_all() -> None:
    [finding] = check(GLADSAXE, "M007")
    assert (finding.line, finding.column, finding.message) == (5, 8, "the plan has no goals")


def test_m007_quiet_when_one_goal_is_measurable() -> None:
    # Near misses: Lyngby's final plan (MÅL 1 "skal falde med 4 pct."), its draft (the sizes are
    # placeholders, U001's), Tårnby (relative targets "bedste 1/3 af landets kommuner").
    for plan in (FINAL, DRAFT, TAARNBY):
        assert check(plan, "M007") == [], plan.name
