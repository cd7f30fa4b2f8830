"""Coverage of the minister's goals: given links win, a goal without links is read for what it answers."""

from __future__ import annotations

import pytest

from planctl.coverage import plan_coverage, plan_minister_goals, themes_of
from planctl.data import minister_goal_themes, minister_goal_years, target_groups
from planctl.load import load_plan
from planctl.model.plan import Plan
from tests.conftest import PLANS
from tests.unlinked import without_links


def _year_goals(plan: Plan) -> tuple[int, tuple[str, ...]]:
    year, goals = plan_minister_goals(plan)
    assert goals is not None
    return year, goals


def _plan(body: str, period: str = "2019") -> Plan:
    return Plan.model_validate({
        "municipality": {"name": "Testby Kommune", "code": "999"}, "title": "Plan", "period": period,
        "status": "final", "sections": [body],
    })


@pytest.mark.parametrize("name", ["lyngby-taarbaek-2019", "lyngby-taarbaek-2019-udkast", "taarnby-2019-2023",
                                  "rudersdal-2021"])
def test_a_plan_without_links_is_covered_as_its_links_cover_it(name: str) -> None:
    plan = load_plan(PLANS / f"{name}.yaml").plan
    linked = plan_coverage(plan, *_year_goals(plan))
    inferred = plan_coverage(without_links(plan), *_year_goals(plan))
    assert inferred.unanswered == linked.unanswered
    assert (linked.given, inferred.given, inferred.inferred) == (True, False, True)
    # Goal by goal, every minister's goal a link names is inferred too, save the few whose
    # link rests on what the wording does not say (Rudersdal's "mestrer videst muligt eget liv").
    missed = [(answer.goal.text, set(answer.numbers) - set(guess.numbers))
              for answer, guess in zip(linked.answers, inferred.answers, strict=True)
              if set(answer.numbers) - set(guess.numbers)]
    assert len(missed) <= 3, missed


@pytest.mark.parametrize(("period", "refugees"), [("2019", 3), ("2020", 2)])
def test_a_goal_about_refugees_being_self_supporting_answers_the_refugee_goal(period: str, refugees: int) -> None:
    plan = _plan({"title": "Integration", "goals": [
        {"text": "Mindst 70 % af flygtningene skal være selvforsørgende"}]}, period)
    coverage = plan_coverage(plan, *_year_goals(plan))
    [answer] = coverage.answers
    assert (answer.numbers, answer.inferred) == ((refugees,), True)
    assert refugees not in coverage.unanswered


def test_links_given_win_over_what_the_wording_says() -> None:
    plan = _plan({"title": "Integration", "goals": [
        {"text": "Mindst 70 % af flygtningene skal være selvforsørgende", "minister_goals": [1]}]})
    [answer] = plan_coverage(plan, *_year_goals(plan)).answers
    assert (answer.numbers, answer.inferred) == ((1,), False)


def test_a_goal_naming_no_group_takes_its_sections_groups() -> None:
    plan = _plan({"title": "Ledige med handicap", "target_groups": ["personer_med_handicap"],
                  "goals": [{"text": "Ledigheden skal falde med 5 pct."}]})
    [answer] = plan_coverage(plan, *_year_goals(plan)).answers
    assert answer.numbers == (7,)


def test_a_targets_group_counts_as_the_goals() -> None:
    plan = _plan({"title": "Sygefravær", "goals": [{
        "text": "Antallet af borgere i jobafklaringsforløb og på sygedagpenge må ikke overstige henholdsvis "
                "275 og 443 i 2020",
        "targets": [
            {"kind": "level", "direction": "at_most", "value": "275 personer",
             "target_groups": ["jobafklaringsforloeb"]},
            {"kind": "level", "direction": "at_most", "value": "443 personer",
             "target_groups": ["sygedagpenge"]},
        ]}]})
    [answer] = plan_coverage(plan, *_year_goals(plan)).answers
    assert answer.numbers == (1,)


def test_a_goal_on_nothing_the_minister_names_answers_nothing() -> None:
    plan = _plan({"title": "Sundhed", "goals": [{"text": "Borgerne lever et sundt liv i fællesskaber"}]}, "2021")
    [answer] = plan_coverage(plan, *_year_goals(plan)).answers
    assert answer.numbers == ()
    assert not plan_coverage(plan, *_year_goals(plan)).inferred


def test_every_theme_names_groups_of_the_vocabulary() -> None:
    unknown = [(theme.name, code) for theme in minister_goal_themes() for code in theme.target_groups
               if code not in target_groups()]
    assert unknown == []


def test_every_minister_goal_planctl_knows_has_a_theme() -> None:
    without = [(year.year, goal) for year in minister_goal_years().values() for goal in year.goals
               if not themes_of(goal)]
    assert without == []
