"""C003 overview-differs-from-body: a goal worded differently in the body and in the goal overview.

What: a goal of the goal overview ("Oversigt over mål") whose meaning-bearing words
differ from the same goal in the body — body "skal være minimum 26 pct. i gennemsnit i
2025", overview "skal være 26 pct. i 2025" — and goals that stand in only one of the two.
Case, spacing, punctuation and hyphenation ("a-dagpenge-modtagere") are not compared;
words and numbers are.

Why: the overview is what the committee reads; the body is what the jobcenter follows
up on. When they differ, the plan sets two different goals and no one can say which was
adopted.

Passes:

    text: Antallet skal falde med 4 pct. fra oktober 2024 til oktober 2025.
    goal_overview:
      title: Oversigt over mål
      groups: [{goals: [{id: MÅL 1, text: Antallet skal falde med 4 pct. fra oktober 2024 til oktober 2025}]}]

Fails:

    text: Andelen skal være minimum 26 pct. i gennemsnit i 2025.
    goal_overview:
      title: Oversigt over mål
      groups: [{goals: [{id: MÅL 1, text: Andelen skal være 26 pct. i 2025}]}]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.model.plan import Goal
from planctl.model.walk import PlanPath
from planctl.text import goal_number, words


def _key(goal_id: str | None) -> str | None:
    number = goal_number(goal_id)
    return f"mål {number}" if number is not None else (goal_id.lower() if goal_id else None)


class OverviewDiffersFromBody(Rule):
    id = "C003"
    name = "overview-differs-from-body"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        overview = ctx.plan.goal_overview
        if overview is None:
            return
        body: dict[str, tuple[PlanPath, Goal]] = {}
        for path, goal in ctx.plan.all_goals():
            key = _key(goal.id)
            if key is not None:
                body.setdefault(key, (path, goal))
        seen = set()
        for g, group in enumerate(overview.groups):
            for i, entry in enumerate(group.goals):
                path = ("goal_overview", "groups", g, "goals", i, "text")
                key = _key(entry.id)
                if key is None or key not in body:
                    yield Report(
                        (*path[:-1], "id"),
                        Message("står ikke i planens tekst", "not in the body of the plan"),
                        excerpt=entry.id,
                    )
                    continue
                seen.add(key)
                goal = body[key][1]
                only_body, only_overview = _difference(goal.text, entry.text)
                if only_body or only_overview:
                    yield Report(path, _message(only_body, only_overview), excerpt=entry.text)
        for key, (path, goal) in body.items():
            if key not in seen and key is not None and key.startswith("mål"):
                yield Report(
                    (*path, "id"),
                    Message("står ikke i måloversigten", "not in the goal overview"),
                    excerpt=goal.id,
                )


def _difference(body: str, overview: str) -> tuple[list[str], list[str]]:
    if body == overview:  # the same words, none of them only in one: not split into words
        return [], []
    body_words, overview_words = _tokens(body), _tokens(overview)
    a, b = _counted(body_words), _counted(overview_words)
    return _printed(a - b, body_words), _printed(b - a, overview_words)


def _counted(tokens: list[str]) -> Counter[str]:
    """The words as compared: without hyphens and soft hyphens, so that "a-dagpenge-modtagere" and
    "a-dagpengemodtagere" are one word; lower-cased first, so that "PCT." is read as "pct." is."""
    return Counter(word.replace("-", "") for word in tokens)


def _printed(keys: Counter[str], tokens: list[str]) -> list[str]:
    """The words of the text (its tokens) with these keys, as the text prints them."""
    if not keys:
        return []
    printed: dict[str, str] = {}
    for word in tokens:
        printed.setdefault(word.replace("-", ""), word)
    return sorted(printed[key] for key in keys.elements())


def _tokens(text: str) -> list[str]:
    return words(text.replace("\u00ad", "").lower())


def _message(only_body: list[str], only_overview: list[str]) -> Message:
    """What differs; the finding names the goal of the overview (lint/naming.py)."""
    da, en = [], []
    if only_body:
        da.append(f"kun i teksten: {', '.join(only_body)}")
        en.append(f"only in the body: {', '.join(only_body)}")
    if only_overview:
        da.append(f"kun i oversigten: {', '.join(only_overview)}")
        en.append(f"only in the overview: {', '.join(only_overview)}")
    return Message(
        f"formuleret anderledes end i teksten ({'; '.join(da)})",
        f"worded differently than in the body ({'; '.join(en)})",
    )
