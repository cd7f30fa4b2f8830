"""A finding about a goal names the goal as printed, with a quote cut at whole words
(planctl/lint/naming.py), once for every rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planctl.lint.config import LintConfig
from planctl.lint.finding import Finding
from planctl.lint.naming import ELLIPSIS, QUOTE_WIDTH, quote
from planctl.lint.report import CheckOptions
from planctl.lint.run import lint_plan
from planctl.load import load_plan
from tests.conftest import PLANS, RunCli
from tests.lint.helpers import findings

DRAFT = PLANS / "lyngby-taarbaek-2019-udkast.yaml"
TAARNBY = PLANS / "taarnby-2019-2023.yaml"
RUDERSDAL = PLANS / "rudersdal-2021.yaml"


def check(path: Path, rules: str, lang: str = "en") -> list[Finding]:
    return lint_plan(load_plan(path), CheckOptions(select=tuple(rules.split(",")), lang=lang), LintConfig()).findings


def _core(shown: str) -> str:
    return shown.removeprefix(f"{ELLIPSIS} ").removesuffix(f" {ELLIPSIS}")


# The quote.

_WORD = st.text(alphabet="abcæøåXY0123456789.-", min_size=1, max_size=30)


@given(st.lists(_WORD, min_size=1, max_size=40, unique=True), st.data())
def test_a_quote_is_a_run_of_whole_words_around_its_focus(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    first = data.draw(st.integers(0, len(words) - 1))
    last = data.draw(st.integers(first, min(len(words) - 1, first + 2)))
    start = len(" ".join(words[:first])) + (1 if first else 0)
    end = len(" ".join(words[:last + 1]))
    shown = quote(text, (start, end))
    kept = _core(shown).split()
    # Whole words, one run of them, never a word cut (the words are unique, so the run is found once).
    at = next(i for i in range(len(words)) if words[i:i + len(kept)] == kept)
    assert words[at:at + len(kept)] == kept
    # What the finding is about is in the quote; a focus longer than half the quote (a whole
    # sentence) is quoted from where it begins.
    if end - start <= QUOTE_WIDTH // 2:
        assert at <= first and last < at + len(kept)
    else:
        assert at <= first < at + len(kept)
    # "…" where the text was cut, and only there.
    assert shown.startswith(ELLIPSIS) == (at > 0)
    assert shown.endswith(ELLIPSIS) == (at + len(kept) < len(words))
    # About the width: longer only by the words at its ends that it would not cut.
    assert len(_core(shown)) <= QUOTE_WIDTH + 2 * max(map(len, words))


def test_a_long_word_is_never_cut_where_a_plain_slice_would_cut_it() -> None:
    text = ("Andelen af borgere i beskæftigelsesrettede arbejdsmarkedsuddannelsesforløb skal stige "
            "med 5 pct. i 2019.")
    assert text[:QUOTE_WIDTH].endswith(" arbejdsmarkedsuddannelsesfo")  # a slice ends inside a word
    assert quote(text) == f"Andelen af borgere i beskæftigelsesrettede {ELLIPSIS}"
    # Around the long word, the word is kept whole.
    at = text.index("arbejds")
    assert quote(text, (at, at + 7)) == (
        f"{ELLIPSIS} i beskæftigelsesrettede arbejdsmarkedsuddannelsesforløb skal {ELLIPSIS}")


def test_a_first_word_longer_than_the_quote_is_kept_whole() -> None:
    word = "Arbejdsmarkedsuddannelsesforløbsbeskæftigelsesindsatsernesvirksomhedsrettedeaktivering"
    assert len(word) > QUOTE_WIDTH
    assert quote(f"{word} skal øges i 2019.") == f"{word} {ELLIPSIS}"


def test_a_short_text_is_quoted_whole() -> None:
    assert quote("Flere i job.") == "Flere i job."


def test_the_quote_is_taken_around_the_focus() -> None:
    text = ("Andelen af personer i virksomhedsrettet tilbud ud af det samlede antal ledige borgere i "
            "tilbud skal minimum være xx pct. i 2018.")
    shown = quote(text, (text.index("2018"), text.index("2018") + 4))
    assert shown.startswith(f"{ELLIPSIS} ") and shown.endswith("i 2018.")


# The name on the real plans.


def test_a_goal_finding_names_the_goal_as_printed_in_both_languages() -> None:
    [en, _] = check(DRAFT, "C001")
    [da, _] = check(DRAFT, "C001", lang="da")
    assert en.message == ("MÅL 4: … antal ledige borgere i tilbud skal minimum være xx pct. i 2018. — "
                          "the target is for '2018', outside the plan period 2019")
    assert da.message == ("MÅL 4: … antal ledige borgere i tilbud skal minimum være xx pct. i 2018. — "
                          "målet gælder '2018', uden for planperioden 2019")
    assert en.subject == "MÅL 4: … antal ledige borgere i tilbud skal minimum være xx pct. i 2018."


def test_a_success_criterion_finding_names_its_section() -> None:
    [finding] = [f for f in check(TAARNBY, "C010") if "success_criteria" in f.path]
    assert finding.subject == ("success criterion 2 in section 4 'Unge på uddannelseshjælp': Antallet af unge "
                               "på uddannelseshjælp skal ved udgangen af 2021 være i …")
    [danish] = [f for f in check(TAARNBY, "C010", lang="da") if "success_criteria" in f.path]
    assert (danish.subject or "").startswith("succeskriterium 2 i afsnit 4 'Unge på uddannelseshjælp': ")


def test_a_goal_without_an_id_is_named_by_its_quote_in_both_languages() -> None:
    [en] = check(RUDERSDAL, "M003")
    [da] = check(RUDERSDAL, "M003", lang="da")
    assert en.subject == "the goal 'På Erhvervsudvalgets møde i marts 2021 fastlægges kvantitative mål for …'"
    assert da.subject == "målet 'På Erhvervsudvalgets møde i marts 2021 fastlægges kvantitative mål for …'"


def test_følgemål_and_overview_entries_are_named() -> None:
    found = check(DRAFT, "U001,U002")
    subjects = {f.path: f.subject or "" for f in found}
    assert subjects["sections[49].goals[0].follow_up[0].target.value"].startswith("MÅL 7, følgemål 1: xx pct. ")
    assert subjects["goal_overview.groups[4].goals[0].follow_up[0]"].startswith(
        "MÅL 7 in the goal overview, følgemål 1: xx pct. ")
    assert subjects["goal_overview.groups[0].goals[0].text"].startswith("MÅL 1 in the goal overview: … ")


def test_a_finding_outside_any_goal_is_not_named() -> None:
    found = check(DRAFT, "U003,C009,C004")
    assert found and all(f.subject is None and " — " not in f.message for f in found)


@pytest.mark.parametrize("plan", sorted(PLANS.glob("*.yaml")), ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_message_names_its_goal_a_second_time(plan: Path, lang: str) -> None:
    for finding in check(plan, "ALL", lang=lang):
        if finding.subject is None:
            continue
        label = finding.subject.split(":")[0].split(" i måloversigten")[0].split(" in the goal overview")[0]
        assert finding.message.startswith(f"{finding.subject} — ")
        assert label not in finding.detail, finding.message


def test_an_unlabelled_goal_in_a_small_plan(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Ledighed
        goals:
          - text: Ledigheden skal falde med x pct.
            target: {kind: change, direction: decrease, value: x pct.}
    """
    [en] = findings(tmp_path, body, "U001")
    [da] = findings(tmp_path, body, "U001", lang="da")
    assert en.message == "the goal 'Ledigheden skal falde med x pct.' — placeholder 'x pct.' where a value belongs"
    assert da.message == ("målet 'Ledigheden skal falde med x pct.' — "
                          "pladsholder 'x pct.' står, hvor der skal være en værdi")


# Every format of check carries the name.

NAME = "MÅL 4: … antal ledige borgere i tilbud skal minimum være xx pct. i 2018."


@pytest.mark.parametrize("format_", ["text", "concise", "json", "github", "sarif", "junit", "gitlab"])
def test_every_format_carries_the_name(planctl: RunCli, format_: str) -> None:
    result = planctl("check", DRAFT, "--select", "C001", "--format", format_, env={"COLUMNS": "400"})
    assert NAME in result.out
    if format_ in {"json", "sarif", "gitlab"}:
        json.loads(result.out)
