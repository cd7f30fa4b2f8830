"""A plan's goals as a comparison counts them: labelled, typed, each counted once."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from planctl.messages import SECTION, TARGET_KINDS, Lang
from planctl.model.plan import Goal, Plan, Section, Target
from planctl.model.values import Placeholder

MEASURABLE_KINDS = ("change", "level", "relative")


@dataclass(frozen=True)
class PlanGoal:
    """A goal or success criterion of a plan, with the label a reader can find it by.

    `targets` are the goal's targets a comparison looks at: all of them, or under a target
    group only those for that group (`for_group`), so "henholdsvis 275 og 443" shows 275
    for one group and 443 for the other.
    """

    label: str
    goal: Goal
    section: Section
    name: str = ""
    targets: tuple[Target, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.targets:
            object.__setattr__(self, "targets", tuple(self.goal.all_targets()))

    def for_group(self, code: str) -> PlanGoal:
        """The goal as it concerns one target group: the targets for that group, or all when none names one."""
        own = tuple(target for target in self.goal.all_targets() if code in target.target_groups)
        return replace(self, targets=own) if own else self

    @property
    def listed_as(self) -> str:
        """How a list of targets names the goal: its label, with its first words when the label is shared."""
        return self.name or self.label

    @property
    def kind(self) -> str:
        """The kind of the goal's (first) target; the targets of one goal share a kind as plans write them."""
        return self.targets[0].kind if self.targets else "none"

    @property
    def measurable(self) -> bool:
        """Every target has something to measure: a change, level or rank, and no unfilled value."""
        return bool(self.targets) and all(
            target.kind in MEASURABLE_KINDS and not isinstance(target.value, Placeholder) for target in self.targets
        )


@dataclass(frozen=True)
class GoalsOfPlan:
    goals: list[PlanGoal]
    printed_twice: int


def goals_of(plan: Plan, lang: Lang) -> GoalsOfPlan:
    """The plan's goals in document order; a goal printed twice (same section, same text) counts once."""
    seen: set[tuple[int, str]] = set()
    found: list[tuple[int, Goal]] = []
    twice = 0
    for path, goal in plan.all_goals():
        index = path[1]
        assert isinstance(index, int)
        if (index, goal.text) in seen:
            twice += 1
            continue
        seen.add((index, goal.text))
        found.append((index, goal))
    unlabelled = Counter(index for index, goal in found if not goal.id)
    goals = []
    for index, goal in found:
        section = plan.sections[index]
        label = goal_label(goal, section, lang)
        name = f"{label} «{_first_words(goal.text)}»" if not goal.id and unlabelled[index] > 1 else ""
        goals.append(PlanGoal(label, goal, section, name))
    return GoalsOfPlan(goals, twice)


def _first_words(text: str, limit: int = 28) -> str:
    """'Andelen af kvinder i beskæftigelse skal stige ...' -> 'Andelen af kvinder i…'."""
    words: list[str] = []
    for word in text.split():
        if words and len(" ".join([*words, word])) > limit:
            return " ".join(words) + "…"
        words.append(word)
    return " ".join(words)


def goal_label(goal: Goal, section: Section, lang: Lang) -> str:
    """'MÅL 2' as printed; an unlabelled goal by its section: 'afsnit 4' or the section's title."""
    if goal.id:
        return goal.id
    if section.number:
        return f"{SECTION.text(lang)} {section.number.rstrip('.')}"
    title = section.title if len(section.title) <= 32 else section.title[:31].rstrip() + "…"
    return f"“{title}”"


def kinds_text(kinds: dict[str, int], lang: Lang, *, counted: bool = False) -> str:
    """{'change': 2, 'level': 1} -> '2 ændringer, 1 niveau'; {'change': 2} -> 'ændringer' unless counted."""
    present = [kind for kind in TARGET_KINDS if kinds.get(kind)]
    if len(present) == 1 and not counted:
        kind = present[0]
        return TARGET_KINDS[kind].text(lang, kinds[kind])
    return ", ".join(TARGET_KINDS[kind].count(kinds[kind], lang) for kind in present)


def compact_labels(labels: list[str]) -> str:
    """['MÅL 1', 'MÅL 2', 'afsnit 4', 'afsnit 5'] -> 'MÅL 1, 2, afsnit 4, 5' (order kept, repeats dropped)."""
    parts: list[str] = []
    previous_prefix: str | None = None
    for label in dict.fromkeys(labels):
        prefix, _, rest = label.rpartition(" ")
        if prefix and rest[:1].isdigit() and prefix == previous_prefix:
            parts.append(rest)
        else:
            parts.append(label)
        previous_prefix = prefix if prefix and rest[:1].isdigit() else None
    return ", ".join(parts)
