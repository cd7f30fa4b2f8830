"""Scoring an imported plan against the hand-made plan of the same document.

Goals by id (verbatim text; target kind, direction, value, baseline, period, average,
equivalent, reference), headings in order (recall and precision of the titles), key
figures (values found), and the share of the document's words that reach the YAML.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from planctl.model.plan import Goal, Plan
from planctl.text import words

SOURCES = Path(__file__).parent.parent / "sources"
PLANS = Path(__file__).parent.parent.parent / "plans"
SEEDS = {
    "000_2f180144ae1791e0.txt": "lyngby-taarbaek-2019-udkast.yaml",
    "001_d30976d64f525835.txt": "lyngby-taarbaek-2019.yaml",
    "002_fe057c6daf69d9fa.txt": "gladsaxe-2012.yaml",
    "003_80183ab8282a4edd.txt": "taarnby-2019-2023.yaml",
    "004_e6d614d1086e61d6.txt": "rudersdal-2021.yaml",
}


@dataclass(frozen=True)
class Score:
    goals: int  # numbered goals in the hand-made plan
    goals_found: int  # found with the same id and verbatim text
    targets_equal: int  # of those, target kind, direction, value and period equal
    heading_recall: float
    heading_precision: float
    key_figures: int
    key_figures_found: int
    word_share: float
    levels_equal: float = 0.0  # of the headings found, the share at the hand-made plan's level
    criteria: int = 0  # success criteria (no label) in the hand-made plan
    criteria_equal: int = 0  # found verbatim with target kind, direction, value and period equal

    def line(self, name: str) -> str:
        return (f"{name}: goals {self.goals_found}/{self.goals}, targets {self.targets_equal}/{self.goals}, "
                f"headings recall {self.heading_recall:.1%} precision {self.heading_precision:.1%} "
                f"(at the same level {self.levels_equal:.0%}), "
                f"key figures {self.key_figures_found}/{self.key_figures}, words {self.word_share:.1%}"
                + (f", success criteria {self.criteria_equal}/{self.criteria}" if self.criteria else ""))


def numbered_goals(plan: Plan) -> dict[str, Goal]:
    return {_id(goal.id): goal for _, goal in plan.all_goals() if goal.id}


def _id(label: str) -> str:
    return " ".join(label.upper().split())


def target_key(goal: Goal) -> tuple[object, ...]:
    t = goal.target
    if t is None:
        return ("none",)
    value = str(t.value) if t.value is not None else None
    return (t.kind, t.direction, value, str(t.baseline) if t.baseline else None,
            str(t.period) if t.period else None, t.average, str(t.equivalent) if t.equivalent else None,
            t.reference)


def _titles(plan: Plan) -> list[str]:
    return [" ".join(s.title.split()).lower() for s in plan.sections]


def _lcs(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def score(imported: Plan, imported_yaml: str, hand: Plan, source_text: str) -> Score:
    hand_goals = numbered_goals(hand)
    got = numbered_goals(imported)
    found = [i for i, g in hand_goals.items() if i in got and got[i].text.strip() == g.text.strip()]
    equal = [i for i in found if target_key(got[i]) == target_key(hand_goals[i])]
    hand_titles, got_titles = _titles(hand), _titles(imported)
    in_order = _lcs(hand_titles, got_titles)
    hand_figures = [str(f.value).lower() for s in hand.sections for f in s.key_figures]
    got_figures = Counter(str(f.value).lower() for s in imported.sections for f in s.key_figures)
    figures_found = sum(1 for v in hand_figures if got_figures[v] > 0)
    source_words = Counter(words(source_text))
    yaml_words = Counter(words(_texts(yaml.safe_load(imported_yaml))))
    reached = sum(min(n, yaml_words[w]) for w, n in source_words.items())
    hand_criteria = [c for section in hand.sections for c in section.success_criteria]
    got_criteria = {c.text: c for section in imported.sections for c in section.success_criteria}
    criteria_equal = sum(1 for c in hand_criteria
                         if c.text in got_criteria and target_key(got_criteria[c.text]) == target_key(c))
    hand_levels = {" ".join(s.title.split()).lower(): s.level for s in reversed(hand.sections)}
    found_levels = [(hand_levels[t], s.level) for t, s in zip(got_titles, imported.sections, strict=True)
                    if t in hand_levels]
    return Score(
        levels_equal=sum(a == b for a, b in found_levels) / max(1, len(found_levels)),
        criteria=len(hand_criteria), criteria_equal=criteria_equal,
        goals=len(hand_goals), goals_found=len(found), targets_equal=len(equal),
        heading_recall=in_order / len(hand_titles) if hand_titles else 1.0,
        heading_precision=in_order / len(got_titles) if got_titles else 1.0,
        key_figures=len(hand_figures), key_figures_found=figures_found,
        word_share=reached / max(1, sum(source_words.values())),
    )


def _texts(value: object) -> str:
    if isinstance(value, dict):
        return " ".join(_texts(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(_texts(v) for v in value)
    return str(value)
