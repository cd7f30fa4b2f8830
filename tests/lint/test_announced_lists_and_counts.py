"""U007 announced-list-empty and M008 minister-goal-count: what a plan announces and then
does not deliver, on the real plans (their near misses, and a real plan with a goal taken
out of its list) and on small inline plans."""

from __future__ import annotations

from pathlib import Path

from planctl.lint.config import LintConfig
from planctl.lint.report import CheckOptions
from planctl.lint.run import lint_plan
from planctl.load import load_plan
from tests.conftest import PLANS
from tests.lint.helpers import findings, lint
from tests.lint.test_real_plans import DRAFT, FINAL, GLADSAXE, RUDERSDAL, check, lines_with

TAARNBY = PLANS / "taarnby-2019-2023.yaml"
ALL_PLANS = (DRAFT, FINAL, GLADSAXE, RUDERSDAL, TAARNBY)


# --- U007 announced-list-empty ----------------------------------------------------------

def test_u007_reports_a_colon_at_the_end_of_a_section_with_nothing_after_it(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Unge
        prose:
          - "Vi styrker indsatsen. Der er følgende indsatser:"
      - title: Voksne
    """
    # The sentence starts 22 characters into the paragraph, whose text starts at column 10.
    assert lint(tmp_path, body, "U007") == [("U007", 10, 32)]
    [finding] = findings(tmp_path, body, "U007", lang="da")
    assert finding.message == "'Der er følgende indsatser:' varsler en liste, men ingen punkter følger"
    assert finding.severity == "error"  # a final plan: unfinished text is an error


def test_u007_reports_an_announcement_followed_by_another(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Unge
        prose:
          - "Der er følgende indsatser:"
          - "Målgruppen er:"
          - Unge under 30 år
    """
    assert lint(tmp_path, body, "U007") == [("U007", 10, 10)]


def test_u007_quiet_when_the_items_are_initiatives_goals_or_sub_sections(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Unge
        prose: ["Der er følgende indsatser:"]
        initiatives: [Mentorstøtte]
      - title: Voksne
        prose: ["Vi følger udviklingen i nedenstående målgrupper:"]
        goals: [{text: Antallet af ledige følges., follow_up: [{text: Antallet af jobparate ledige}]}]
      - title: Virksomheder
        prose: ["Indsatsen har tre dele:"]
      - title: Opsøgende indsats
        level: 2
    """
    assert lint(tmp_path, body, "U007") == []


def test_u007_quiet_on_the_five_plans() -> None:
    # Near misses: Rudersdal's "følge udviklingen i nedenstående målgrupper:" is the section's last
    # paragraph, and the list is the goal's følgemål; Gladsaxe's "på grundlag af følgende:" is
    # followed by a page footer ("J. nr. Fejl! ...") and then its items; Lyngby's "Indsatsen har
    # tre hovedfokus:" by its three items.
    assert lines_with(RUDERSDAL, r"nedenstående målgrupper:\"$")
    for plan in ALL_PLANS:
        assert check(plan, "U007") == [], plan.name


# --- M008 minister-goal-count ----------------------------------------------------------

def _without(tmp_path: Path, plan: Path, line: str) -> Path:
    """The plan with one printed line taken out (a minister's goal lost when the list was copied)."""
    text = plan.read_text(encoding="utf-8")
    assert text.count(line + "\n") == 1
    copy = tmp_path / plan.name
    copy.write_text(text.replace(line + "\n", "", 1), encoding="utf-8")
    return copy


def test_m008_lyngby_says_7_nationale_mål_and_lists_six(tmp_path: Path) -> None:
    # "Beskæftigelsesministeren har udmeldt 7 nationale mål for beskæftigelsesindsatsen, ..."
    plan = _without(tmp_path, FINAL, "  - Udsatte ledige skal have en indsats")
    [line] = lines_with(plan, r"udmeldt 7 nationale mål")
    column = plan.read_text(encoding="utf-8").splitlines()[line - 1].index("7 nationale mål") + 1
    [finding] = check(plan, "M008")
    assert (finding.rule, finding.line, finding.column) == ("M008", line, column)
    assert finding.message == "the plan says '7 nationale mål' but lists 6 minister's goals"


def test_m008_rudersdal_counts_in_words(tmp_path: Path) -> None:
    # "De fem udmeldte ministermål understøtter, ..." and "Beskæftigelsesministeren har udmeldt fem
    # mål for beskæftigelsesindsatsen for 2021:" — both counts, held to a list with a goal taken out.
    plan = _without(tmp_path, RUDERSDAL, "  - Flere ledige skal opkvalificeres")
    found = check(plan, "M008")
    assert [(f.line, f.excerpt) for f in found] == [
        (lines_with(plan, r"De fem udmeldte ministermål")[0], "fem udmeldte ministermål"),
        (lines_with(plan, r"udmeldt fem mål")[0], "fem mål"),
    ]
    danish = lint_plan(load_plan(plan), CheckOptions(select=("M008",), lang="da"), LintConfig()).findings
    assert danish[1].message == "planen skriver 'fem mål', men opregner 4 ministermål"


def test_m008_quiet_when_the_count_matches_the_list() -> None:
    # Near misses: Lyngby prints "7 nationale mål" and seven goals (draft and final); Rudersdal "fem
    # mål" and five; "endnu et særskilt beskæftigelsespolitisk mål" is no count of the list.
    for plan in ALL_PLANS:
        assert check(plan, "M008") == [], plan.name


def test_m008_holds_the_count_to_the_announced_goals_when_the_plan_prints_none(tmp_path: Path) -> None:
    body = """\
    minister_goals: 2019
    sections:
      - title: Ministerens mål
        prose: ["Ministeren har udmeldt seks beskæftigelsespolitiske mål for 2019."]
    """
    # 2019 had seven goals; "seks beskæftigelsespolitiske mål" starts 23 characters into the text.
    assert lint(tmp_path, body, "M008") == [("M008", 10, 37)]
    [finding] = findings(tmp_path, body, "M008")
    assert finding.message == (
        "the plan says 'seks beskæftigelsespolitiske mål'; the minister announced 7 goals for 2019")
