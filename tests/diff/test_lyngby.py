"""diff on the real draft and final of Lyngby-Taarbæk 2019: what the hearing parties want to know."""

from __future__ import annotations

from functools import cache

from planctl.diff import Kind, PlanDiff, diff_plans
from planctl.load import LoadedPlan, load_plan
from planctl.model.values import Placeholder
from tests.conftest import PLANS

DRAFT = PLANS / "lyngby-taarbaek-2019-udkast.yaml"
FINAL = PLANS / "lyngby-taarbaek-2019.yaml"


@cache
def loaded(name: str) -> LoadedPlan:
    return load_plan(PLANS / name)


@cache
def lyngby() -> PlanDiff:
    return diff_plans(loaded(DRAFT.name), loaded(FINAL.name))


def changes(kind: Kind, part: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    return {c.subject: (c.old, c.new) for c in lyngby().changes if c.kind is kind and (part is None or c.part == part)}


def test_every_placeholder_target_is_reported_filled_with_its_final_value() -> None:
    draft = {goal.id: goal for _, goal in loaded(DRAFT.name).plan.all_goals()}
    final = {goal.id: goal for _, goal in loaded(FINAL.name).plan.all_goals()}
    expected = {
        goal_id: (str(goal.target.value), str(final[goal_id].target.value))  # type: ignore[union-attr]
        for goal_id, goal in draft.items()
        if goal.target is not None and isinstance(goal.target.value, Placeholder)
    }
    assert len(expected) == 9  # MÅL 1-8 and 10; MÅL 9 and 11 have no number
    assert changes(Kind.placeholder_filled, "target.value") == expected
    assert expected["MÅL 1"] == ("x pct.", "4 pct.")
    assert expected["MÅL 4"] == ("xx pct.", "60 pct.")
    assert expected["MÅL 10"] == ("X pct.", "minimum 30 pct.")


def test_periods_changed_of_mål_1_2_3_4_6_and_7() -> None:
    periods = changes(Kind.period_changed)
    assert set(periods) == {"MÅL 1", "MÅL 2", "MÅL 3", "MÅL 4", "MÅL 6", "MÅL 7"}
    assert periods["MÅL 1"] == ("2018 – 2019", "oktober 2018 – oktober 2019")
    assert periods["MÅL 4"] == ("2018", "2019")
    assert periods["MÅL 7"] == ("december 2018 – december 2019", "november 2018 – november 2019")


def test_mål_7_følgemål_that_lost_its_number() -> None:
    [change] = [c for c in lyngby().changes if c.kind is Kind.follow_up_changed]
    assert change.subject == "MÅL 7"
    assert change.old is not None and change.old.startswith("xx pct. aktivitetsparate kvinder")
    assert change.new is not None and change.new.startswith("Andelen af aktivitetsparate kvinder")
    assert change.detail is not None and "xx pct." in change.detail.en and "lost its target" in change.detail.en


def test_changed_key_figures_with_old_new_and_difference() -> None:
    figures = {c.subject: c for c in lyngby().changes if c.kind is Kind.figure_changed}
    for name, old, new in [
        ("erhvervsfrekvens", "ca. 77 pct.", "ca. 78 pct."),
        ("andel med lang videregående uddannelse (LVU)", "25 pct.", "26 pct."),
        ("andel med mellemlang uddannelse (MVU)", "19 pct.", "20 pct."),
        ("a-dagpengemodtagere", "ca. 600 helårspersoner", "ca. 580 helårspersoner"),
    ]:
        assert (figures[name].old, figures[name].new) == (old, new), name
    assert figures["erhvervsfrekvens"].detail is not None
    assert figures["erhvervsfrekvens"].detail.da == "+1 procentpoint"
    assert figures["sygedagpengemodtagere"].detail is not None  # "ca. xx ..." → "ca. 480 ..."
    assert figures["sygedagpengemodtagere"].detail.en == "placeholder filled"


def test_nothing_unchanged_is_reported() -> None:
    subjects = {c.subject for c in lyngby().changes}
    assert "MÅL 11" not in subjects  # worded, targeted and placed alike in both
    assert all(c.old != c.new for c in lyngby().changes)
    # a goal whose wording changed only by its filled-in number and period is not "reworded"
    assert "MÅL 1" not in changes(Kind.goal_reworded)
    assert changes(Kind.goal_reworded, "text")["MÅL 9"] == (
        "Bekæmpelse af socialt bedrageri og fejludbetalinger skal styrkes.",
        "Bekæmpelse af socialt bedrageri og fejludbetalinger skal fortsat styrkes.",
    )


def test_every_goal_aligns_and_lines_point_at_both_files() -> None:
    diff = lyngby()
    assert (diff.alignment.goals_matched, diff.alignment.goals_old) == (11, 11)
    assert not diff.alignment.unrelated
    draft_lines = DRAFT.read_text(encoding="utf-8").splitlines()
    final_lines = FINAL.read_text(encoding="utf-8").splitlines()
    [mål_1] = [c for c in diff.changes if c.kind is Kind.placeholder_filled and c.subject == "MÅL 1"]
    assert mål_1.before is not None and mål_1.after is not None
    assert draft_lines[mål_1.before.line - 1].strip() == "value: x pct."
    assert final_lines[mål_1.after.line - 1].strip() == "value: 4 pct."


def test_a_plan_against_itself_has_no_changes() -> None:
    assert diff_plans(loaded(FINAL.name), loaded(FINAL.name)).changes == []


def test_two_different_municipalities_say_they_do_not_align() -> None:
    diff = diff_plans(loaded(FINAL.name), loaded("rudersdal-2021.yaml"))
    assert diff.alignment.unrelated and not diff.alignment.same_municipality
    assert diff.alignment.goals_matched == 0  # "MÅL 3" of Lyngby is not "Mål 3" of Rudersdal
