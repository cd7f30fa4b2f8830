"""Ministermål rows: which of the minister's goals of each plan's own year its goals answer.

The year is the one the plan names (`minister_goals`), else the first year of its period
(a 2019-2023 plan is adopted against the goals of 2019), said as such. Years the shipped
data does not hold, and years after the goals were abolished, are said to be so rather
than guessed. The goals of different years are lined up by wording (the 2019 and 2021
refugee goals differ only by "til flygtninge"), so a row is one goal across the years; a
plan whose year did not have that goal says so. Which goal answers which ministermål is
decided as `check` decides it (planctl/coverage.py): the plan's links, and for a goal without
links the ones inferred from its target groups and wording — said as inferred.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planctl.compare.goals import GoalsOfPlan, compact_labels
from planctl.compare.inputs import ComparedPlan
from planctl.compare.model import Cell, Row, RowGroup
from planctl.coverage import Coverage, plan_coverage, same_minister_goal
from planctl.data import LAST_MINISTER_GOAL_YEAR, minister_goal_years, minister_goals_for
from planctl.messages import Lang, joined, say


@dataclass(frozen=True)
class PlanYear:
    """The ministermål a plan is measured against, or why there are none to measure by."""

    year: int
    from_plan: bool
    goals: tuple[str, ...]
    status: str | None
    reason: str | None = None

    @property
    def assessed(self) -> bool:
        return self.reason is None


def plan_year(plan: ComparedPlan, lang: Lang) -> PlanYear:
    named = plan.plan.minister_goals
    year = named.year if named is not None else plan.plan.period.start.year
    from_plan = named is not None
    reference = minister_goals_for(year)
    known = sorted(minister_goal_years())
    span = f"{known[0]}–{known[-1]}"
    if year > LAST_MINISTER_GOAL_YEAR:
        return PlanYear(year, from_plan, (), None, say(
            lang, f"ingen ministermål for {year}: de blev afskaffet fra 2025",
            f"no minister's goals for {year}: they were abolished from 2025"))
    if named is not None and named.goals:
        return PlanYear(year, from_plan, tuple(named.goals), reference.status if reference else None)
    if reference is None:
        return PlanYear(year, from_plan, (), None, say(
            lang, f"{year} ligger uden for planctls data om ministermål ({span}); dækningen vurderes ikke",
            f"{year} is outside planctl's data on the minister's goals ({span}); coverage not assessed"))
    if not reference.goals:
        return PlanYear(year, from_plan, (), reference.status, say(
            lang, f"ordlyden af ministermålene for {year} kendes ikke; dækningen vurderes ikke",
            f"the wording of the minister's goals for {year} is not known; coverage not assessed"))
    return PlanYear(year, from_plan, reference.goals, reference.status)


@dataclass
class _Theme:
    wording: str
    numbers: dict[int, int]  # plan index -> the goal's number in that plan's year
    first: str  # "2019-3": the year and number it was first seen with, as the row's key


def _themes(years: Sequence[PlanYear]) -> list[_Theme]:
    themes: list[_Theme] = []
    for index, year in enumerate(years):
        for number, wording in enumerate(year.goals, start=1):
            theme = next((t for t in themes if index not in t.numbers
                          and same_minister_goal(wording, t.wording)), None)
            if theme is None:
                theme = _Theme(wording, {}, f"{year.year}-{number}")
                themes.append(theme)
            theme.numbers[index] = number
    return themes


def minister_goal_rows(plans: Sequence[ComparedPlan], goals: Sequence[GoalsOfPlan], lang: Lang) -> RowGroup:
    years = [plan_year(plan, lang) for plan in plans]
    answering = [_answering(plan, year, of_plan) for plan, year, of_plan in zip(plans, years, goals, strict=True)]
    rows = [Row(
        key="minister:coverage", label=say(lang, "Dækning af årets ministermål", "Coverage of the year's goals"),
        cells=[_coverage(year, by_number, lang) for year, by_number in zip(years, answering, strict=True)],
    )]
    for theme in _themes(years):
        rows.append(Row(
            key=f"minister:{theme.first}", label=theme.wording.rstrip("."),
            cells=[_goal_cell(theme, index, year, answering[index], lang) for index, year in enumerate(years)],
        ))
    notes = [say(
        lang,
        "Ministermålene er vejledende og skifter fra år til år; hver plan måles mod målene for sit eget år. "
        "Rækkerne stiller samme mål fra forskellige år ved siden af hinanden.",
        "The minister's goals are guidance and change from year to year; each plan is measured against the goals "
        "of its own year. A row lines up the same goal across years.",
    )]
    return RowGroup(kind="minister-goals", title=say(lang, "Ministermål", "Minister's goals"), rows=rows, notes=notes)


@dataclass(frozen=True)
class _Answering:
    """Which goals (by label) answer a ministermål, and which of them only by an inferred link."""

    labels: list[str]
    inferred: list[str]


def _answering(plan: ComparedPlan, year: PlanYear, of_plan: GoalsOfPlan) -> dict[int, _Answering]:
    if not year.assessed:
        return {}
    coverage: Coverage = plan_coverage(plan.plan, year.year, year.goals)
    label_of = {id(goal.goal): goal.label for goal in of_plan.goals}  # a goal printed twice is counted once
    by_number: dict[int, _Answering] = {}
    for answer in coverage.answers:
        label = label_of.get(id(answer.goal))
        if label is None:
            continue
        for number in answer.numbers:
            found = by_number.setdefault(number, _Answering([], []))
            found.labels.append(label)
            if answer.inferred:
                found.inferred.append(label)
    return by_number


_INFERRED = ("udledt af målgrupper og ordlyd", "inferred from target groups and wording")


def _year_text(year: PlanYear, lang: Lang) -> str:
    if year.from_plan:
        return str(year.year)
    return say(lang, f"{year.year} (planperiodens første år)", f"{year.year} (first year of the plan period)")


def _coverage(year: PlanYear, by_number: dict[int, _Answering], lang: Lang) -> Cell:
    if not year.assessed:
        return Cell(state="not-assessed", text=year.reason or "")
    total = len(year.goals)
    answered = [n for n in range(1, total + 1) if by_number.get(n)]
    missing = [str(n) for n in range(1, total + 1) if not by_number.get(n)]
    text = say(lang, f"{len(answered)} af {total} besvaret", f"{len(answered)} of {total} answered")
    details = [say(lang, f"målene for {_year_text(year, lang)}", f"the goals of {_year_text(year, lang)}")]
    if missing:
        details.append(say(lang, f"intet mål svarer på nr. {joined(missing, lang)}",
                           f"no goal answers no. {joined(missing, lang)}"))
    if any(found.inferred for found in by_number.values()):
        if any(len(found.inferred) < len(found.labels) for found in by_number.values()):
            details.append(say(lang, f"nogle links {_INFERRED[0]}", f"some links {_INFERRED[1]}"))
        else:
            details.append(say(lang, f"links {_INFERRED[0]}", f"links {_INFERRED[1]}"))
    if year.status == "partial":
        details.append(say(lang, f"listen for {year.year} er kun delvist verificeret",
                           f"the list for {year.year} is only partly verified"))
    return Cell(state="partly-covered" if missing else "covered", text=text, details=details, count=len(answered))


def _goal_cell(theme: _Theme, index: int, year: PlanYear, by_number: dict[int, _Answering], lang: Lang) -> Cell:
    if not year.assessed:
        return Cell(state="not-assessed", text=say(lang, f"ikke vurderet ({year.year})", f"not assessed ({year.year})"))
    number = theme.numbers.get(index)
    if number is None:
        return Cell(state="not-in-year", text=say(lang, f"ikke et ministermål i {year.year}",
                                                  f"not a minister's goal in {year.year}"))
    found = by_number.get(number)
    if found is None:
        return Cell(state="unanswered", number=number, text=say(lang, f"nr. {number}: intet mål",
                                                                f"no. {number}: no goal"))
    details = []
    if len(found.inferred) == len(found.labels):
        details.append(say(lang, *_INFERRED))
    elif found.inferred:  # some given, some inferred: name the inferred ones
        details.append(f"{say(lang, *_INFERRED)}: {compact_labels(found.inferred)}")
    return Cell(state="answered", number=number, goals=list(dict.fromkeys(found.labels)), details=details,
                text=f"{say(lang, 'nr.', 'no.')} {number}: {compact_labels(found.labels)}")
