"""Which of the year's minister's goals (ministermål) each goal of a plan answers.

A goal or success criterion that carries `minister_goals` links answers the goals it names:
links given by the writer always win. A goal without links is read for what it answers,
against each minister's goal of the plan's year:

- by target group: the goal's own groups (`target_groups`, and each target's), or, when it
  names none, its section's; a group a theme lists (planctl/data/minister_goal_themes.yaml)
  answers every minister's goal of that theme;
- by wording: a theme's words in the goal's text ("Mindst 70 % af flygtningene skal være
  selvforsørgende" answers the refugee goal), or the goal repeating the minister's goal's own
  wording.

A minister's goal's themes are found in its wording, so the inference works for every year
and for a list as a plan prints it. `check` (M001) and `compare` both decide coverage here,
so they cannot disagree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from planctl.data import MinisterGoalTheme, minister_goal_themes, minister_goals_for
from planctl.model.plan import Goal, Plan, Section
from planctl.similarity import at_least

# A goal whose wording is this alike (0-100) to a minister's goal's repeats it; two wordings
# of a minister's goal this alike are one goal (the 2019 and 2021 refugee goals differ only by
# "til flygtninge").
_REPEATS = 85


# Answer and Coverage are NamedTuples, not dataclasses: check imports this module, and a frozen
# dataclass costs half a millisecond to build.
class Answer(NamedTuple):
    """A goal of the plan and the minister's goals (1-based numbers) it answers."""

    path: tuple[str | int, ...]
    goal: Goal
    numbers: tuple[int, ...]
    inferred: bool


class Coverage(NamedTuple):
    """How the goals of a plan answer the minister's goals of its year."""

    year: int
    minister_goals: tuple[str, ...]
    answers: tuple[Answer, ...]

    def answering(self, number: int) -> list[Answer]:
        """The goals that answer minister's goal `number`, in document order."""
        return [answer for answer in self.answers if number in answer.numbers]

    @property
    def unanswered(self) -> list[int]:
        return [n for n in range(1, len(self.minister_goals) + 1) if not self.answering(n)]

    @property
    def given(self) -> bool:
        """Some goal of the plan links to the minister's goals itself."""
        return any(not answer.inferred for answer in self.answers)

    @property
    def inferred(self) -> bool:
        """Some goal's links were inferred (it has none of its own and answers a minister's goal)."""
        return any(answer.inferred and answer.numbers for answer in self.answers)


def plan_minister_goals(plan: Plan) -> tuple[int, tuple[str, ...] | None]:
    """The year of ministermål a plan answers (the one it names, else its period's first) and
    that year's goals: as the plan prints them, else planctl's list, else None (not known)."""
    year = plan.minister_goal_year or plan.period.start.year
    if plan.minister_goals is not None and plan.minister_goals.goals:
        return year, tuple(plan.minister_goals.goals)
    reference = minister_goals_for(year)
    return year, reference.goals if reference is not None and reference.goals else None


def plan_coverage(plan: Plan, year: int, minister_goals: Sequence[str]) -> Coverage:
    """Every goal of the plan with the minister's goals it answers, given or inferred."""
    answers = []
    for path, goal in plan.all_goals():
        section = plan.sections[int(path[1])]
        if goal.minister_goals:
            numbers = tuple(n for n in goal.minister_goals if 1 <= n <= len(minister_goals))
            answers.append(Answer(path, goal, numbers, inferred=False))
        else:
            answers.append(Answer(path, goal, inferred_links(goal, section, minister_goals), inferred=True))
    return Coverage(year, tuple(minister_goals), tuple(answers))


def inferred_links(goal: Goal, section: Section, minister_goals: Sequence[str]) -> tuple[int, ...]:
    """The numbers of the minister's goals a goal without links answers, by target group and wording."""
    groups = set(goal.target_groups) | {code for target in goal.all_targets() for code in target.target_groups}
    if not groups:
        groups = set(section.target_groups)
    text = _normalised(goal.text)
    return tuple(
        number for number, wording in enumerate(minister_goals, start=1)
        if any(_answers(theme, groups, text) for theme in themes_of(wording))
        or at_least(text, _normalised(wording), _REPEATS)
    )


def same_minister_goal(a: str, b: str) -> bool:
    """Two wordings of one minister's goal: alike after case, punctuation and spacing."""
    return at_least(_bare(a), _bare(b), _REPEATS)


def _bare(text: str) -> str:
    return " ".join(re.sub(r"[^\w ]", " ", text.lower()).split())


def themes_of(wording: str) -> tuple[MinisterGoalTheme, ...]:
    """The themes a minister's goal is of, found in its wording."""
    text = _normalised(wording)
    return tuple(theme for theme in minister_goal_themes() if any(_has(text, word) for word in theme.found_in))


def _answers(theme: MinisterGoalTheme, groups: set[str], text: str) -> bool:
    return bool(groups & set(theme.target_groups)) or any(_has(text, word) for word in theme.words)


def _has(text: str, word: str) -> bool:
    """The word (or stem) at the start of a word of the text: 'flygtning' in 'flygtningene'."""
    return _word_start(word).search(text) is not None


@cache
def _word_start(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(word))


def _normalised(text: str) -> str:
    return " ".join(text.lower().split())
