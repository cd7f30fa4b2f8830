"""check on the real plans in plans/: the flaws the documents printed are found where they stand.

Expected lines are computed from the YAML text itself (the line holding the flawed words),
so the tests say "the finding points at the flaw", not "the finding is on line 583".
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from planctl.lint.config import LintConfig
from planctl.lint.finding import Finding
from planctl.lint.report import CheckOptions
from planctl.lint.run import lint_plan
from planctl.load import load_plan
from planctl.model.values import PLACEHOLDER_IN_TEXT_RE
from tests.conftest import PLANS, ROOT

DRAFT = PLANS / "lyngby-taarbaek-2019-udkast.yaml"
FINAL = PLANS / "lyngby-taarbaek-2019.yaml"
GLADSAXE = PLANS / "gladsaxe-2012.yaml"
RUDERSDAL = PLANS / "rudersdal-2021.yaml"
DRAFT_SOURCE = ROOT / "tests" / "sources" / "000_2f180144ae1791e0.txt"


def check(path: Path, rules: str) -> list[Finding]:
    return lint_plan(load_plan(path), CheckOptions(select=tuple(rules.split(",")), lang="en"), LintConfig()).findings


def lines_with(path: Path, pattern: str) -> list[int]:
    """1-based numbers of the lines of the YAML file that match the pattern."""
    text = path.read_text(encoding="utf-8").splitlines()
    return [n for n, line in enumerate(text, 1) if re.search(pattern, line)]


def marker(placeholder: str) -> str:
    """'ca. xx personer' -> 'xx': the part of a placeholder that says how many digits are missing."""
    return next(word for word in placeholder.split() if word.lower().strip(".") in {"x", "xx", "xxx"})


def test_draft_every_placeholder_of_the_document_is_reported_once() -> None:
    # The UDKAST appendix begins at the draft's title page, line 313 of the minutes.
    appendix = "\n".join(DRAFT_SOURCE.read_text(encoding="utf-8").splitlines()[312:])
    printed = [m.group(0) for m in PLACEHOLDER_IN_TEXT_RE.finditer(appendix)]
    found = check(DRAFT, "U001,U002")
    assert len(printed) >= 25
    assert len(found) == len(printed)
    assert Counter(marker(f.excerpt) for f in found) == Counter(marker(p) for p in printed)
    assert {f.severity for f in found} == {"warning"}  # a draft: warnings, not errors


def test_draft_placeholders_in_goals_overview_and_følgemål_point_at_their_lines() -> None:
    found = {(f.rule, f.line) for f in check(DRAFT, "U001,U002")}
    # MÅL 1's target, the first typed placeholder value
    assert ("U001", lines_with(DRAFT, r"^\s+value: x pct\.$")[0]) in found
    # the goal overview's MÅL 7, "falde med x pct. fra december 018"
    assert ("U002", lines_with(DRAFT, r"falde med x pct\. fra december 018")[0]) in found
    # a følgemål with its own placeholder target
    assert ("U001", lines_with(DRAFT, r"^\s+value: xx pct\.$")[-1]) in found
    # a count in the prose ("ca. xx unge helårspersoner") held as a key figure
    assert ("U001", lines_with(DRAFT, r"value: ca\. xx unge helårspersoner")[0]) in found


def test_draft_editorial_notes() -> None:
    expected = sorted(
        lines_with(DRAFT, r"opdateres med nyeste tal|Figuren skal opdateres|fortsætter vi den indsats\?")
    )
    assert len(expected) == 4
    assert [f.line for f in check(DRAFT, "U003")] == expected


def test_draft_goals_set_for_2018_in_a_2019_plan() -> None:
    found = check(DRAFT, "C001")
    goal_periods_2018 = [n for n in lines_with(DRAFT, r'^\s+period: "2018"$')]
    assert [(f.rule, f.line) for f in found] == [("C001", n) for n in goal_periods_2018]
    assert len(found) == 2  # MÅL 4 and MÅL 6
    assert all(f.severity == "error" and "2018" in f.message for f in found)


def test_draft_december_018() -> None:
    [finding] = check(DRAFT, "C002")
    assert finding.line == lines_with(DRAFT, "december 018")[0]
    assert finding.excerpt == "december 018"


def test_final_mål_5_body_and_overview_differ() -> None:
    [finding] = check(FINAL, "C003")
    overview_line = lines_with(FINAL, r"text: Andelen af delvis raskmeldte sygedagpengemodtagere skal være 26")[0]
    assert finding.line == overview_line
    assert "minimum" in finding.message and "gennemsnit" in finding.message


def test_final_has_no_unfinished_text() -> None:
    assert check(FINAL, "U") == []


def test_gladsaxe_word_field_code_errors() -> None:
    found = check(GLADSAXE, "U005")
    assert [f.line for f in found] == lines_with(GLADSAXE, r"Fejl! ")
    assert len(found) == 27
    assert {f.severity for f in found} == {"error"}


def test_rudersdal_swapped_percentages() -> None:
    [finding] = check(RUDERSDAL, "C007")
    assert finding.line == lines_with(RUDERSDAL, r"Østdanmark og RAR Hovedstaden har oplevet")[0]
    assert "13" in finding.excerpt and "11" in finding.excerpt


@pytest.mark.parametrize("path", sorted(PLANS.glob("*.yaml")), ids=lambda p: p.name)
def test_every_finding_points_inside_the_file(path: Path) -> None:
    count = len(path.read_text(encoding="utf-8").splitlines())
    for finding in check(path, "U,C,M"):
        assert 1 <= finding.line <= count, finding
        line = path.read_text(encoding="utf-8").splitlines()[finding.line - 1]
        assert 1 <= finding.column <= len(line) + 1, finding
