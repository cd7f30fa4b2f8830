"""M family: completeness (ministermål answered and quoted, measurable targets), and S001."""

from __future__ import annotations

from pathlib import Path

from planctl.lint.config import LintConfig
from planctl.lint.finding import Finding
from planctl.lint.report import CheckOptions
from planctl.lint.run import lint_plan
from planctl.load import load_plan
from tests.lint.helpers import findings, lint, plan_text

# A 2019 plan whose goals answer the minister's goals 1-5 and 7 of 2019, but not 6.
ANSWERED = """\
minister_goals: {year}
sections:
  - title: Beskæftigelse
    goals:
      - id: MÅL 1
        text: Flere skal i job.
        minister_goals: [1, 3]
      - id: MÅL 2
        text: Virksomhederne skal have arbejdskraft.
        minister_goals: [2, 4, 5]
    success_criteria:
      - text: Flere personer med handicap skal i beskæftigelse.
        minister_goals: [7{more}]
"""


def test_m001_fires_on_a_minister_goal_of_the_plan_year_no_goal_answers(tmp_path: Path) -> None:
    body = ANSWERED.format(year=2019, more="")
    # `minister_goals: 2019` is line 7; its value starts after "minister_goals: " (16 characters).
    assert lint(tmp_path, body, "M001") == [("M001", 7, 17)]
    [finding] = findings(tmp_path, body, "M001")
    assert finding.severity == "warning"
    assert finding.message == (
        "minister's goal 6 of 2019 is answered by no local goal (by the plan's links): "
        "'Udsatte ledige skal have en indsats'"
    )
    [danish] = findings(tmp_path, body, "M001", lang="da")
    assert danish.message == (
        "ministermål 6 for 2019 besvares ikke af noget lokalt mål (ifølge planens links): "
        "'Udsatte ledige skal have en indsats'"
    )


def test_m001_quiet_when_a_success_criterion_answers_the_last_goal(tmp_path: Path) -> None:
    assert lint(tmp_path, ANSWERED.format(year=2019, more=", 6"), "M001") == []


def test_m001_takes_the_year_from_the_period_when_the_plan_names_none(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Beskæftigelse
        goals:
          - text: Virksomhederne skal have arbejdskraft.
            minister_goals: [1, 2]
    """
    # 2020 has three goals; goal 3 is unanswered. Reported at `period: 2020` (line 5, column 9).
    assert lint(tmp_path, body, "M001", period="2020") == [("M001", 5, 9)]
    [finding] = findings(tmp_path, body, "M001", period="2020")
    assert finding.message == (
        "minister's goal 3 of 2020 is answered by no local goal (by the plan's links): "
        "'Flere personer med handicap skal i beskæftigelse.'"
    )


def test_m001_checks_the_goals_as_the_plan_prints_them(tmp_path: Path) -> None:
    body = """\
    minister_goals: {year: 2020, goals: [Første mål, Andet mål]}
    sections:
      - title: Beskæftigelse
        goals:
          - text: Flere skal i job.
            minister_goals: [1]
    """
    # The mapping `{year: ...}` starts after "minister_goals: " on line 7.
    [finding] = findings(tmp_path, body, "M001", period="2020")
    assert (finding.rule, finding.line, finding.column) == ("M001", 7, 17)
    assert finding.message == (
        "minister's goal 2 of 2020 is answered by no local goal (by the plan's links): 'Andet mål'"
    )


def test_m001_is_information_for_a_year_planctl_has_no_list_for(tmp_path: Path) -> None:
    for year in (2010, 2013):  # 2010 is not in the data; 2013 is, with its wording unknown (no goals)
        [finding] = findings(tmp_path, ANSWERED.format(year=year, more=""), "M001", period=str(year))
        assert (finding.line, finding.column, finding.severity) == (7, 17, "info")
        assert finding.message == f"planctl has no list of the minister's goals for {year}; coverage not checked"


def test_m001_quiet_after_2024_when_the_minister_goals_were_abolished(tmp_path: Path) -> None:
    assert lint(tmp_path, ANSWERED.format(year=2025, more=""), "M001", period="2025") == []
    no_year = """\
    sections:
      - title: Beskæftigelse
        goals:
          - text: Flere skal i job.
    """
    assert lint(tmp_path, no_year, "M001", period="2025") == []
    assert lint(tmp_path, no_year, "M001", period="2024") == [("M001", 5, 9)] * 5


GOALS = """\
sections:
  - title: Handicap
    goals:
      - id: MÅL 5
        text: Flere personer med handicap skal i uddannelse og beskæftigelse.
        target: {target}
    success_criteria:
      - text: Ledigheden skal falde med 4 pct.
        target: {{kind: change, direction: decrease, value: 4 pct., baseline: oktober 2018, period: oktober 2019}}
"""


def test_m002_fires_on_a_qualitative_goal_as_information(tmp_path: Path) -> None:
    body = GOALS.format(target="{kind: qualitative}")
    # The goal's text, line 11, after "        text: " (14 characters).
    assert lint(tmp_path, body, "M002") == [("M002", 11, 15)]
    [finding] = findings(tmp_path, body, "M002")
    # The goal is named once, by the finding's subject; the message does not repeat it.
    assert (finding.severity, finding.message) == (
        "info", "MÅL 5: Flere personer med handicap skal i uddannelse og beskæftigelse. — no measurable target")


def test_m002_fires_on_a_goal_with_no_target_at_all(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Handicap
        success_criteria:
          - text: Flere personer med handicap skal i job.
    """
    # Line 10: "      - text: " is 14 characters.
    assert lint(tmp_path, body, "M002") == [("M002", 10, 15)]
    [finding] = findings(tmp_path, body, "M002", lang="da")
    assert finding.message == (
        "succeskriterium 1 i 'Handicap': Flere personer med handicap skal i job. — intet måleligt mål")


def test_m002_quiet_on_measurable_targets(tmp_path: Path) -> None:
    body = GOALS.format(target="{kind: level, value: 40 pct., period: \"2019\"}")
    assert lint(tmp_path, body, "M002") == []


DEFERRED = """\
sections:
  - title: Ledighed
    goals:
      - text: På Erhvervsudvalgets møde i marts 2021 fastlægges kvantitative mål for ledigheden.
        target:
          kind: {kind}
"""


def test_m003_fires_on_a_target_left_to_be_set_later(tmp_path: Path) -> None:
    body = DEFERRED.format(kind="deferred\n          deferred_until: Erhvervsudvalgets møde i marts 2021")
    # `kind: deferred` is line 12; the value starts after "          kind: " (16 characters).
    assert lint(tmp_path, body, "M003") == [("M003", 12, 17)]
    [finding] = findings(tmp_path, body, "M003")
    assert finding.severity == "warning"
    assert finding.detail == "the target is left to be set later (Erhvervsudvalgets møde i marts 2021)"
    [danish] = findings(tmp_path, body, "M003", lang="da")
    assert danish.detail == "måltallet fastsættes først senere (Erhvervsudvalgets møde i marts 2021)"


def test_m003_fires_without_a_date_too(tmp_path: Path) -> None:
    [finding] = findings(tmp_path, DEFERRED.format(kind="deferred"), "M003")
    assert (finding.line, finding.column, finding.detail) == (12, 17, "the target is left to be set later (later)")


def test_m003_quiet_on_a_target_with_its_number(tmp_path: Path) -> None:
    body = DEFERRED.format(kind="level\n          value: 40 pct.\n          period: \"2021\"")
    assert lint(tmp_path, body, "M003") == []


QUOTED_2021 = """\
minister_goals:
  year: 2021
  goals:
    - {first}
    - Flere ledige skal opkvalificeres
    - Flere flygtninge og familiesammenførte (til flygtninge) skal være selvforsørgende.
    - FLERE PERSONER MED HANDICAP SKAL I BESKÆFTIGELSE
    - Virksomhederne skal sikres den nødvendige og kvalificerede arbejdskraft
sections: []
"""


def test_m004_fires_on_a_minister_goal_quoted_with_another_word(tmp_path: Path) -> None:
    body = QUOTED_2021.format(first="Alle ledige skal have en hurtig sagsbehandling")
    # The first goal is line 10, after "    - " (6 characters).
    assert lint(tmp_path, body, "M004", period="2021") == [("M004", 10, 7)]
    [finding] = findings(tmp_path, body, "M004", period="2021")
    # The words that differ, marked as `planctl diff` marks them: [-announced-]{+printed+}.
    assert finding.message == (
        "minister's goal 1 is quoted differently from the announced: "
        "'Alle ledige skal have en [-værdig-]{+hurtig+} sagsbehandling'"
    )
    [danish] = findings(tmp_path, body, "M004", period="2021", lang="da")
    assert danish.message == (
        "ministermål 1 er gengivet anderledes end udmeldt: "
        "'Alle ledige skal have en [-værdig-]{+hurtig+} sagsbehandling'"
    )


def test_m004_quiet_on_case_punctuation_and_the_known_variants(tmp_path: Path) -> None:
    body = QUOTED_2021.format(first="Alle ledige skal have en værdig sagsbehandling.")
    assert lint(tmp_path, body, "M004", period="2021") == []


def test_m004_fires_on_a_list_with_too_few_goals(tmp_path: Path) -> None:
    body = """\
    minister_goals:
      year: 2021
      goals:
        - Alle ledige skal have en værdig sagsbehandling
        - Flere ledige skal opkvalificeres
    sections: []
    """
    # The goal list starts at the dash of line 10 (column 5).
    [finding] = findings(tmp_path, body, "M004", period="2021")
    assert (finding.line, finding.column) == (10, 5)
    assert finding.message == "the plan lists 2 minister's goals for 2021; the minister announced 5"


def test_m004_does_not_compare_wording_for_a_year_whose_list_is_not_verified(tmp_path: Path) -> None:
    body = """\
    minister_goals:
      year: 2016
      goals: [Flere unge skal i job]
    sections: []
    """
    assert lint(tmp_path, body, "M004", period="2016") == []


SUPPRESSED = """\
sections:
  - title: Unge
    goals:
      - text: Antallet af unge skal falde.
        target: {{kind: change, value: {value}}}  # planctl: ignore[{codes}]
"""


def findings_with(tmp_path: Path, body: str, *select: str) -> list[Finding]:
    """Like findings(), with several rules selected: S001 judges only suppressions of rules that ran."""
    path = tmp_path / "plan.yaml"
    path.write_text(plan_text(body), encoding="utf-8")
    return lint_plan(load_plan(path), CheckOptions(select=select), LintConfig()).findings


def lint_with(tmp_path: Path, body: str, *select: str) -> list[tuple[str, int, int]]:
    return [(f.rule, f.line, f.column) for f in findings_with(tmp_path, body, *select)]


def test_s001_fires_on_a_suppression_that_suppresses_nothing(tmp_path: Path) -> None:
    body = SUPPRESSED.format(value="4 pct.", codes="U001")
    # Line 11: "        target: {kind: change, value: 4 pct.}" is 45 characters, then two spaces, then '#'.
    assert lint_with(tmp_path, body, "U001", "S001") == [("S001", 11, 48)]
    [finding] = findings_with(tmp_path, body, "U001", "S001")
    assert (finding.rule, finding.severity) == ("S001", "warning")
    assert finding.message == "the suppression of U001 suppresses nothing"


def test_s001_quiet_on_a_suppression_that_suppresses_something(tmp_path: Path) -> None:
    assert lint_with(tmp_path, SUPPRESSED.format(value="x pct.", codes="U001"), "U001", "S001") == []


def test_s001_quiet_when_the_suppressed_rule_did_not_run(tmp_path: Path) -> None:
    # Only S001 selected: U001 did not look at the line, so whether the comment is needed is unknown.
    assert lint(tmp_path, SUPPRESSED.format(value="4 pct.", codes="U001"), "S001") == []


def test_s001_reports_a_suppression_of_an_unknown_rule_and_spares_its_own(tmp_path: Path) -> None:
    assert lint_with(tmp_path, SUPPRESSED.format(value="4 pct.", codes="X123"), "U001", "S001") == [("S001", 11, 48)]
    assert lint_with(tmp_path, SUPPRESSED.format(value="4 pct.", codes="S001"), "U001", "S001") == []
