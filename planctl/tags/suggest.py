"""Target-group suggestions from a plan's Danish wording.

Each target group of the vocabulary (`planctl/data/target_groups.yaml`) lists the words
and stems that signal it ("sygedagpenge", "unge under 30", "flygtninge",
"ressourceforløb"). A word of the text matches a stem when it starts with it, so Danish
compounds and inflections match: "sygedagpengemodtagere", "kontanthjælps- og ...",
"flygtningeindsatsen". Where stems overlap, the longest match wins: "jobparate
kontanthjælpsmodtagere" signals the jobparate, not kontanthjælp in general.

A goal is given every group its text (and its følgemål) names. A section is given the
groups its title names, and those its paragraphs name often enough to be about them:
twice, or once in a short section. Nothing is written: the suggestions are shown for a
person to accept into the YAML.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from planctl.data import target_groups
from planctl.model.plan import Goal, Plan, Section
from planctl.tags.model import Suggestion
from planctl.text import words

# Words that begin like a group's stem but name something else.
_NOT_A_GROUP = ("handicapråd",)  # Handicaprådet is the council that is heard, not a target group
# A section's paragraphs must name a group this often to be about it (once in a short section).
_MENTIONS = 2
_SHORT_SECTION = 400
_NEGATIONS = ("ikke", "uden")


@dataclass(frozen=True)
class Match:
    code: str
    start: int
    end: int
    phrase: str


@cache
def _stems() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """(stem words, group code) for every word of the vocabulary, by the first three letters of the stem
    (the vocabulary's words are at least three letters long)."""
    stems: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for code, info in target_groups().items():
        for word in info.words:
            stem = tuple(words(word))
            if stem and (stem, code) not in stems.get(stem[0][:3], []):
                stems.setdefault(stem[0][:3], []).append((stem, code))
    return stems


def find_groups(text: str) -> list[Match]:
    """The target groups a text names, each match with the words it matched."""
    tokens = words(text)
    blocked = [any(token.startswith(word) for word in _NOT_A_GROUP) for token in tokens]
    found: list[tuple[Match, tuple[str, ...]]] = []
    for start, token in enumerate(tokens):
        if start and tokens[start - 1] in _NEGATIONS:
            continue  # "ikke forsikrede", "uden andre problemer end ledighed": not about that group
        for stem, code in _stems().get(token[:3], ()):
            n = len(stem)
            end = start + n
            if end <= len(tokens) and not any(blocked[start:end]) and all(
                _starts(tokens[start + k], stem[k], last=k == n - 1) for k in range(n)
            ):
                found.append((Match(code, start, end, " ".join(tokens[start:end])), stem))
    kept = [match for match, stem in found if not any(_covers(other, other_stem, match, stem)
                                                     for other, other_stem in found)]
    return sorted(kept, key=lambda m: (m.start, m.code))


def _covers(longer: Match, longer_stem: tuple[str, ...], match: Match, stem: tuple[str, ...]) -> bool:
    """A match inside a longer, more specific one of another group yields to it:
    'kontanthjælp' in 'jobparate kontanthjælpsmodtagere', 'aktivitetsparat' in 'aktivitetsparate unge'."""
    if longer.code == match.code or not (longer.start <= match.start and match.end <= longer.end):
        return False
    if (len(longer_stem), len(" ".join(longer_stem))) <= (len(stem), len(" ".join(stem))):
        return False
    return all(any(word.startswith(part) or part.startswith(word) for word in longer_stem) for part in stem)


def _starts(token: str, stem: str, *, last: bool) -> bool:
    """A word matches a stem: inner words of a phrase exactly ('unge under 30'), the last as a prefix."""
    return token.startswith(stem) if last or len(stem) > 3 else token == stem


def _goal_matches(goal: Goal) -> list[Match]:
    return find_groups(" ".join([goal.text, *(f.text for f in goal.follow_up)]))


def suggest_for_goal(goal: Goal) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    matches = _goal_matches(goal)
    return _ordered({m.code for m in matches}), _evidence(matches)


def suggest_for_section(
    section: Section, inherited: Sequence[Match] = ()
) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The groups a section's title names, those its heading's parents name (inherited), those
    its paragraphs name often enough, and those its goals name."""
    in_title = find_groups(section.title)
    prose = " ".join(section.prose + section.initiatives)
    in_prose = find_groups(prose)
    counts = Counter(m.code for m in in_prose)
    needed = 1 if len(prose) < _SHORT_SECTION else _MENTIONS
    in_goals = [m for goal in section.goals + section.success_criteria for m in _goal_matches(goal)]
    chosen = ({m.code for m in [*in_title, *inherited, *in_goals]}
              | {code for code, n in counts.items() if n >= needed})
    evidence = [m for m in [*in_title, *inherited, *in_prose, *in_goals] if m.code in chosen]
    return _ordered(chosen), _evidence(evidence)


def _ordered(codes: set[str]) -> tuple[str, ...]:
    return tuple(code for code in target_groups() if code in codes)


def _evidence(matches: Sequence[Match]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for match in matches:
        phrases = found.setdefault(match.code, [])
        if match.phrase not in phrases:
            phrases.append(match.phrase)
    return {code: tuple(phrases) for code, phrases in found.items()}


def suggest_tags(plan: Plan) -> Iterator[Suggestion]:
    """A suggestion for every section and every goal of the plan, in document order.

    A sub-heading inherits the groups its parent headings name ("A-dagpengemodtagere" >
    "Hovedspor: Virksomhedsrettet aktivitet").
    """
    parents: list[tuple[int, list[Match]]] = []
    for s, section in enumerate(plan.sections):
        while parents and parents[-1][0] >= section.level:
            parents.pop()
        inherited = [m for _, matches in parents for m in matches]
        suggested, evidence = suggest_for_section(section, inherited)
        parents.append((section.level, find_groups(section.title)))
        yield Suggestion(("sections", s), "section", section.title, tuple(section.target_groups), suggested, evidence)
        for field_name in ("goals", "success_criteria"):
            for g, goal in enumerate(getattr(section, field_name)):
                suggested, evidence = suggest_for_goal(goal)
                yield Suggestion(("sections", s, field_name, g), "goal", goal.id or goal.text,
                                 tuple(goal.all_target_groups()), suggested, evidence)


@dataclass(frozen=True)
class TagScore:
    """Suggestions measured against hand tags: proposed right, proposed wrong, and hand tags missed."""

    items: int
    correct: int
    wrong: int
    missed: int

    @property
    def precision(self) -> float:
        proposed = self.correct + self.wrong
        return self.correct / proposed if proposed else 1.0

    @property
    def recall(self) -> float:
        tagged = self.correct + self.missed
        return self.correct / tagged if tagged else 1.0


def score(suggestions: Sequence[Suggestion]) -> TagScore:
    """Compare each suggestion with the tags the plan already has (every item, tagged or not)."""
    correct = wrong = missed = 0
    for suggestion in suggestions:
        current, suggested = set(suggestion.current), set(suggestion.suggested)
        correct += len(current & suggested)
        wrong += len(suggested - current)
        missed += len(current - suggested)
    return TagScore(len(suggestions), correct, wrong, missed)
