"""Validation messages that say how to fix the common slips, in Danish and in English, at the
slip's line:col, one line each (issue 12, point 9)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from planctl.errors import PlanctlError, Problem
from planctl.load import load_plan
from planctl.messages import Lang
from tests.conftest import MINIMAL_PLAN, RunCli

WritePlan = Callable[..., Path]


def problems_of(path: Path, lang: Lang) -> list[Problem]:
    with pytest.raises(PlanctlError) as caught:
        load_plan(path, lang=lang)
    return caught.value.problems


def said(path: Path, lang: Lang) -> list[tuple[int | None, int | None, str]]:
    """Each problem as (line, column, 'message (hint)')."""
    return [(p.line, p.column, p.message_with_hint) for p in problems_of(path, lang)]


# (slip, the plan's text changed from -> to, line, column, English, Danish)
SLIPS = [
    ("number-for-text", ('code: "173"', "code: 173"), 3, 9,
     'municipality.code: 173 is a number, but text is expected here (write code: "173")',
     'municipality.code: 173 er et tal, men her skal stå tekst (skriv code: "173")'),
    ("decimal-for-text", ("title: Beskæftigelsesplan 2019", "title: 2019.5"), 4, 8,
     'title: 2019.5 is a number, but text is expected here (write title: "2019.5")',
     'title: 2019.5 er et tal, men her skal stå tekst (skriv title: "2019.5")'),
    ("yes-no-for-text", ("title: Beskæftigelsesplan 2019", "title: yes"), 4, 8,
     'title: yes is read as yes/no (true/false), but text is expected here (write title: "yes")',
     'title: yes læses som ja/nej (true/false), men her skal stå tekst (skriv title: "yes")'),
    ("date-for-text", ("    goals:\n", "    prose: [2020-01-01]\n    goals:\n"), 10, 13,
     'sections[0].prose[0]: 2020-01-01 is a date, but text is expected here (write "2020-01-01")',
     'sections[0].prose[0]: 2020-01-01 er en dato, men her skal stå tekst (skriv "2020-01-01")'),
    ("decimal-point", ("value: x pct.", "value: 4.5 pct."), 16, 18,
     "sections[0].goals[0].target.value: '4.5 pct.' has a decimal point (Danish uses a decimal comma: 4,5 pct.)",
     "sections[0].goals[0].target.value: '4.5 pct.' har et decimalpunktum (dansk bruger decimalkomma: 4,5 pct.)"),
    ("decimal-number", ("value: x pct.", "value: 4.5"), 16, 18,
     "sections[0].goals[0].target.value: '4.5' has a decimal point (Danish uses a decimal comma: 4,5)",
     "sections[0].goals[0].target.value: '4.5' har et decimalpunktum (dansk bruger decimalkomma: 4,5)"),
    ("thousands-comma", ("value: x pct.", "value: ca. 1,234,567 personer"), 16, 18,
     "sections[0].goals[0].target.value: 'ca. 1,234,567 personer' separates thousands with a comma "
     "(Danish separates thousands with a dot: ca. 1.234.567 personer)",
     "sections[0].goals[0].target.value: 'ca. 1,234,567 personer' har komma mellem tusinder "
     "(dansk skriver tusinder med punktum: ca. 1.234.567 personer)"),
    ("misspelt-field", ("        text: Antallet", "        txt: Antallet"), 12, 9,
     "sections[0].goals[0].txt: unknown field 'txt' (did you mean 'text'?)",
     "sections[0].goals[0].txt: ukendt felt 'txt' (mente du 'text'?)"),
    ("danish-field", ("title: Beskæftigelsesplan", "titel: Beskæftigelsesplan"), 4, 1,
     "titel: unknown field 'titel' (did you mean 'title'?)",
     "titel: ukendt felt 'titel' (mente du 'title'?)"),
    ("misspelt-target-group", ("    goals:\n", "    target_groups: [sygedagpenge_]\n    goals:\n"), 10, 21,
     "sections[0].target_groups[0]: unknown target group 'sygedagpenge_' (did you mean 'sygedagpenge'?)",
     "sections[0].target_groups[0]: ukendt målgruppe 'sygedagpenge_' (mente du 'sygedagpenge'?)"),
    ("target-group-in-danish", ("    goals:\n", "    target_groups: [kontanthjælp]\n    goals:\n"), 10, 21,
     "sections[0].target_groups[0]: unknown target group 'kontanthjælp' (did you mean 'kontanthjaelp'?)",
     "sections[0].target_groups[0]: ukendt målgruppe 'kontanthjælp' (mente du 'kontanthjaelp'?)"),
    ("status-in-danish", ("status: draft", "status: udkast"), 6, 9,
     "status: 'udkast' is not one of: draft, final, adopted, unknown (did you mean 'draft'?)",
     "status: 'udkast' er ikke en af: draft, final, adopted, unknown (mente du 'draft'?)"),
    ("status-adopted-in-danish", ("status: draft", "status: vedtaget"), 6, 9,
     "status: 'vedtaget' is not one of: draft, final, adopted, unknown (did you mean 'adopted'?)",
     "status: 'vedtaget' er ikke en af: draft, final, adopted, unknown (mente du 'adopted'?)"),
    ("misspelt-kind", ("kind: change", "kind: chnage"), 14, 17,
     "sections[0].goals[0].target.kind: 'chnage' is not one of: change, level, relative, qualitative, deferred "
     "(did you mean 'change'?)",
     "sections[0].goals[0].target.kind: 'chnage' er ikke en af: change, level, relative, qualitative, deferred "
     "(mente du 'change'?)"),
    ("direction-in-danish", ("direction: decrease", "direction: fald"), 15, 22,
     "sections[0].goals[0].target.direction: 'fald' is not one of: decrease, increase, at_least, at_most, equal "
     "(did you mean 'decrease'?)",
     "sections[0].goals[0].target.direction: 'fald' er ikke en af: decrease, increase, at_least, at_most, equal "
     "(mente du 'decrease'?)"),
    ("tab-in-indentation", ("          kind: change", "\t  kind: change"), 14, 1,
     "a tab in the indentation (indent with spaces, not a tab)",
     "tabulator i indrykningen (ryk ind med mellemrum, ikke tabulator)"),
    ("tab-after-spaces", ("    goals:", "  \tgoals:"), 10, 3,
     "a tab in the indentation (indent with spaces, not a tab)",
     "tabulator i indrykningen (ryk ind med mellemrum, ikke tabulator)"),
]


@pytest.mark.parametrize(("old_new", "line", "column", "english", "danish"),
                         [slip[1:] for slip in SLIPS], ids=[slip[0] for slip in SLIPS])
def test_a_slip_is_said_with_its_fix_in_both_languages(
    write_plan: WritePlan, old_new: tuple[str, str], line: int, column: int, english: str, danish: str
) -> None:
    old, new = old_new
    assert old in MINIMAL_PLAN
    path = write_plan(MINIMAL_PLAN.replace(old, new, 1))
    assert (line, column, english) in said(path, Lang.en)
    assert (line, column, danish) in said(path, Lang.da)


def test_a_missing_field_is_said_in_both_languages(write_plan: WritePlan) -> None:
    path = write_plan(MINIMAL_PLAN.replace('  code: "173"\n', ""))
    assert said(path, Lang.en) == [(2, 3, "municipality: missing required field 'code'")]
    assert said(path, Lang.da) == [(2, 3, "municipality: mangler det påkrævede felt 'code'")]


def test_a_malformed_value_is_said_in_both_languages(write_plan: WritePlan) -> None:
    path = write_plan(MINIMAL_PLAN.replace('baseline: "2018"', 'baseline: "december 018"'))
    assert said(path, Lang.en) == [
        (17, 21, "sections[0].goals[0].target.baseline: '018' in 'december 018' is not a four-digit year")]
    assert said(path, Lang.da) == [
        (17, 21, "sections[0].goals[0].target.baseline: '018' i 'december 018' er ikke et firecifret årstal")]


def test_a_wrong_type_is_said_in_both_languages(write_plan: WritePlan) -> None:
    path = write_plan(MINIMAL_PLAN.replace("    goals:\n", "    prose: et afsnit\n    goals:\n"))
    assert said(path, Lang.en) == [(10, 12, "sections[0].prose: should be a list (lines starting with '- ')")]
    assert said(path, Lang.da) == [(10, 12, "sections[0].prose: skal være en liste (linjer, der starter med '- ')")]


def test_an_unknown_word_gets_the_vocabulary_not_a_guess(write_plan: WritePlan) -> None:
    path = write_plan(MINIMAL_PLAN.replace("    goals:\n", "    target_groups: [xyzzy]\n    goals:\n"))
    [(line, column, english)] = said(path, Lang.en)
    [(_, _, danish)] = said(path, Lang.da)
    assert (line, column) == (10, 21)
    assert english.startswith("sections[0].target_groups[0]: unknown target group 'xyzzy' (known groups: a_dagpenge,")
    assert danish.startswith("sections[0].target_groups[0]: ukendt målgruppe 'xyzzy' (kendte målgrupper: a_dagpenge,")
    assert "did you mean" not in english


def test_other_yaml_errors_keep_yaml_own_words_in_a_danish_frame(write_plan: WritePlan) -> None:
    path = write_plan("title: [unclosed\nstatus: draft\n")
    [(line, column, english)] = said(path, Lang.en)
    [(_, _, danish)] = said(path, Lang.da)
    assert (line, column) == (2, 7)
    assert english.startswith("invalid YAML: while parsing a flow sequence")
    assert danish.startswith("ugyldig YAML: while parsing a flow sequence")


@pytest.mark.parametrize(("how", "expected"), [
    ({"args": ("--lang", "da")}, "skriv code: \"173\""),
    ({"args": ("--lang", "en")}, "write code: \"173\""),
    ({"env": {"LANG": "da_DK.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}}, "skriv code: \"173\""),
])
def test_check_says_the_hint_on_one_line_in_the_chosen_language(
    write_plan: WritePlan, planctl: RunCli, how: dict[str, object], expected: str
) -> None:
    path = write_plan(MINIMAL_PLAN.replace('code: "173"', "code: 173"))
    args: tuple[str, ...] = how.get("args", ())  # type: ignore[assignment]
    result = planctl("check", path, "--format", "concise", *args, env=how.get("env"))  # type: ignore[arg-type]
    assert result.code == 2
    [line] = result.err.splitlines()
    assert line.startswith(f"{path}:3:9: municipality.code: ")
    assert line.endswith(f"({expected})")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_other_commands_say_it_in_the_chosen_language(write_plan: WritePlan, planctl: RunCli, lang: str) -> None:
    path = write_plan(MINIMAL_PLAN.replace("status: draft", "status: udkast"))
    result = planctl("show", path, "--lang", lang)
    expected = {"da": "mente du 'draft'?", "en": "did you mean 'draft'?"}[lang]
    assert result.code == 2
    assert result.err == f"{path}:6:9: status: 'udkast' " + {
        "da": "er ikke en af", "en": "is not one of"}[lang] + f": draft, final, adopted, unknown ({expected})\n"
