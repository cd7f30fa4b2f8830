"""build_appendix, the pure library function: what it keeps, from where, and what a focus leaves out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from planctl.appendix import AppendixOptions, build_appendix
from planctl.diff import Kind, diff_plans
from planctl.lint.config import LintConfig
from planctl.lint.report import CheckOptions
from planctl.lint.run import lint_plan
from planctl.load import LoadedPlan, load_plan
from planctl.messages import Lang
from tests.appendix.helpers import DRAFT, FINAL
from tests.conftest import PLANS

WritePlan = Callable[..., Path]

TAGGED = """\
municipality:
  name: Lyngby-Taarbæk Kommune
  code: "173"
title: Beskæftigelsesplan 2019
period: 2019
status: draft
minister_goals: 2019
sections:
  - title: "Indsatsområde: Unge"
    target_groups: [unge_under_30]
    goals:
      - id: MÅL 1
        text: Antallet af unge skal falde med x pct. fra 2018 til 2019.
        target: {kind: change, direction: decrease, value: x pct., baseline: "2018", period: "2019"}
        minister_goals: [1]
  - title: "Indsatsområde: Handicap"
    target_groups: [personer_med_handicap]
    goals:
      - id: MÅL 2
        text: Flere personer med handicap skal i beskæftigelse.
        target: {kind: qualitative}
        minister_goals: [7]
      - id: MÅL 3
        text: Flere unge med handicap skal i uddannelse, xx pct.
        target: {kind: level, value: xx pct., period: "2019"}
        target_groups: [unge_under_30]
"""


def _findings(loaded: LoadedPlan) -> list:  # type: ignore[type-arg]
    return lint_plan(loaded, CheckOptions(lang=Lang.da), LintConfig()).findings


def test_the_changes_are_the_diff_s_own() -> None:
    old, new = load_plan(DRAFT), load_plan(FINAL)
    diff = diff_plans(old, new)
    appendix = build_appendix(new, _findings(new), diff, AppendixOptions())
    assert appendix.changes is not None
    assert all(any(row is change for change in diff.changes) for row in appendix.changes.rows)
    assert appendix.changes.counts == diff.counts()
    assert appendix.open_items is None  # the final plan has nothing open "before adoption"
    assert len(appendix.changes.largest_prose) == 3
    words = [sum(len(op.text.split()) for op in c.words if op.op != "equal") for c in appendix.changes.largest_prose]
    assert words == sorted(words, reverse=True)
    assert not any(row.kind is Kind.overview_reworded for row in appendix.changes.rows)


def test_goals_are_grouped_under_their_indsatsomraade_with_short_targets(write_plan: WritePlan) -> None:
    loaded = load_plan(write_plan(TAGGED))
    appendix = build_appendix(loaded, _findings(loaded), None, AppendixOptions(lang=Lang.en))
    assert [(g.heading, [r.id for r in g.goals]) for g in appendix.goal_groups] == [
        ("Indsatsområde: Unge", ["MÅL 1"]), ("Indsatsområde: Handicap", ["MÅL 2", "MÅL 3"])]
    assert appendix.goal_groups[0].goals[0].target == "−x pct. 2018→2019 (not filled in)"
    assert appendix.minister_goals is not None
    answered = {row.number: row.answered_by for row in appendix.minister_goals.goals}
    assert answered[1] == ("MÅL 1",) and answered[7] == ("MÅL 2",) and answered[2] == ()


def test_a_focus_keeps_a_goal_by_its_own_tags_else_by_its_section_s(write_plan: WritePlan) -> None:
    loaded = load_plan(write_plan(TAGGED))
    appendix = build_appendix(loaded, _findings(loaded), None, AppendixOptions(focus="personer_med_handicap"))
    # MÅL 3 stands in the handicap section but is tagged unge_under_30 itself: its own tags decide.
    assert [r.id for g in appendix.goal_groups for r in g.goals] == ["MÅL 2"]
    assert appendix.focus is not None
    assert appendix.focus.goals_left_out == 2
    assert appendix.focus.sections == ("Indsatsområde: Handicap",)
    assert appendix.open_items == []  # the two placeholders belong to MÅL 1 and MÅL 3
    assert appendix.focus.open_items_left_out == 2
    assert appendix.minister_goals is not None and [g.number for g in appendix.minister_goals.goals] == [7]


def test_an_open_placeholder_says_what_it_stands_for(write_plan: WritePlan) -> None:
    loaded = load_plan(write_plan(TAGGED))
    appendix = build_appendix(loaded, _findings(loaded), None, AppendixOptions())
    assert appendix.open_items is not None
    first = appendix.open_items[0]
    assert (first.kind, first.area, first.place, first.text, first.stands_for) == (
        "placeholder", "body", "MÅL 1", "x pct.", "pct.")


def test_a_goal_without_an_id_is_named_by_its_indsatsomraade_in_the_coverage() -> None:
    loaded = load_plan(PLANS / "rudersdal-2021.yaml")
    appendix = build_appendix(loaded, _findings(loaded), None, AppendixOptions())
    assert appendix.minister_goals is not None
    third = appendix.minister_goals.goals[2]
    assert third.answered_by == ("Mål 1", "Mål 2", "»Strategi og mål for indsatsen«")
    assert all(label for row in appendix.minister_goals.goals for label in row.answered_by)
