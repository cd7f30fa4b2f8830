"""Goals of two plans side by side: by their number, else by their wording."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from planctl.data import target_group_label
from planctl.diff.align import align
from planctl.diff.changes import Kind
from planctl.diff.minister import same_links
from planctl.diff.pair import PlanPair
from planctl.diff.values import compare_targets, describe
from planctl.diff.words import WordOp, changed_words, has_changes, word_diff
from planctl.messages import Message
from planctl.model.plan import FollowUpGoal, Goal, Target
from planctl.model.walk import PlanPath
from planctl.text import goal_number

# Wordings at least this alike (rapidfuzz ratio, 0-100) are taken as one goal renumbered.
GOAL_CUTOFF = 70
# Goals with the same number are one goal when their wordings are at least this alike.
SAME_NUMBER_CUTOFF = 50
FOLLOW_UP_CUTOFF = 50


@dataclass(frozen=True)
class PlacedGoal:
    path: PlanPath
    goal: Goal

    @property
    def section(self) -> int:
        return int(self.path[1])

    @property
    def subject(self) -> str:
        return self.goal.id or _short(self.goal.text)


def compare_goals(pair: PlanPair) -> tuple[int, int, int]:
    """Report the goals' changes; return (matched, goals in old, goals in new)."""
    old = [PlacedGoal(path, goal) for path, goal in pair.old.plan.all_goals()]
    new = [PlacedGoal(path, goal) for path, goal in pair.new.plan.all_goals()]
    pairs = align(old, new, _key, _wording_score, GOAL_CUTOFF, key_cutoff=SAME_NUMBER_CUTOFF)
    for i, j in pairs:
        pair.goal_paths[old[i].path] = new[j].path
        _compare_goal(pair, old[i], new[j])
    matched_old = {i for i, _ in pairs}
    matched_new = {j for _, j in pairs}
    for i, goal in enumerate(old):
        if i not in matched_old:
            pair.report(Kind.goal_removed, goal.subject, (*goal.path, "text"), None, goal.goal.text, None)
    for j, goal in enumerate(new):
        if j not in matched_new:
            pair.report(Kind.goal_added, goal.subject, None, (*goal.path, "text"), None, goal.goal.text)
    _compare_overview(pair)
    return len(pairs), len(old), len(new)


def _key(goal: PlacedGoal) -> str | None:
    number = goal_number(goal.goal.id)
    kind = goal.path[2]  # goals or success_criteria
    if number is not None:
        return f"{kind} {number}"
    return f"{kind} {goal.goal.id.lower()}" if goal.goal.id else None


def _wording_score(a: PlacedGoal, b: PlacedGoal) -> float:
    return float(fuzz.ratio(a.goal.text.lower(), b.goal.text.lower()))


def _compare_goal(pair: PlanPair, old: PlacedGoal, new: PlacedGoal) -> None:
    subject = new.subject if old.subject == new.subject else f"{old.subject} → {new.subject}"
    before, after = old.path, new.path
    if (old.goal.id or "") != (new.goal.id or ""):
        pair.report(Kind.goal_renumbered, subject, (*before, "id"), (*after, "id"), old.goal.id, new.goal.id)
    if pair.section_of.get(old.section) != new.section:
        titles = (pair.old.plan.sections[old.section].title, pair.new.plan.sections[new.section].title)
        pair.report(Kind.goal_moved, subject, before, after, titles[0], titles[1])
    _compare_goal_targets(pair, subject, old, new)
    for part in ("text", "note"):
        a, b = getattr(old.goal, part), getattr(new.goal, part)
        words = word_diff(a or "", b or "")
        if has_changes(words) and not _explained(words, old.goal.all_targets(), new.goal.all_targets()):
            pair.report(Kind.goal_reworded, subject, (*before, part), (*after, part), a, b, part=part, words=words)
    _compare_follow_ups(pair, subject, old, new)
    if not same_links(pair, old.goal.minister_goals, new.goal.minister_goals):
        pair.report(Kind.minister_goals_changed, subject, (*before, "minister_goals"), (*after, "minister_goals"),
                    _numbers(old.goal.minister_goals), _numbers(new.goal.minister_goals))


def _compare_goal_targets(pair: PlanPair, subject: str, old: PlacedGoal, new: PlacedGoal) -> None:
    """Each target of the old goal against its counterpart in the new: one target as before; of several,
    each named by its target group (or its place), so a change of 443 is not read as one of 275."""
    a, b = old.goal.all_targets(), new.goal.all_targets()
    several = len(a) > 1 or len(b) > 1
    for i, j in _paired_targets(a, b):
        target, place = (b[j], j) if j is not None else (a[i or 0], i or 0)
        named = f"{subject} · {_target_name(target, place, max(len(a), len(b)))}" if several else subject
        compare_targets(pair, named, a[i] if i is not None else None, b[j] if j is not None else None,
                        _target_path(old, i), _target_path(new, j))


def _paired_targets(a: list[Target], b: list[Target]) -> list[tuple[int | None, int | None]]:
    """Targets of two versions of a goal side by side: by their target groups, else by their place."""
    paired: dict[int, int] = {}
    for i, target in enumerate(a):
        same = [j for j, other in enumerate(b) if target.target_groups and other.target_groups == target.target_groups]
        if same and same[0] not in paired.values():
            paired[i] = same[0]
    for i in range(min(len(a), len(b))):
        if i not in paired and i not in paired.values():
            paired[i] = i
    pairs: list[tuple[int | None, int | None]] = [(i, paired.get(i)) for i in range(len(a))]
    return pairs + [(None, j) for j in range(len(b)) if j not in paired.values()]


def _target_name(target: Target, index: int, count: int) -> str:
    """'Jobafklaringsforløb' for a target with a target group, else its place: '2/2'."""
    if target.target_groups:
        return ", ".join(target_group_label(code) for code in target.target_groups)
    return f"{index + 1}/{count}"


def _target_path(goal: PlacedGoal, index: int | None) -> PlanPath:
    """Where a goal's target stands: `targets[i]` in the list, else `target` (the goal's line when it has none)."""
    if index is None or goal.goal.target is not None:
        return (*goal.path, "target")
    return (*goal.path, "targets", index)


def _explained(words: list[WordOp], old: list[Target], new: list[Target]) -> bool:
    """Whether a changed wording only restates the targets' changed values and periods."""
    deleted, inserted = changed_words(words)
    return set(deleted) <= _target_words(old) and set(inserted) <= _target_words(new)


def _target_words(targets: list[Target]) -> set[str]:
    texts = [text for target in targets for text in (target.value, target.equivalent, target.baseline, target.period)]
    return {word for text in texts if text is not None for word in str(text).replace("ca.", "").split()}


def _compare_follow_ups(pair: PlanPair, subject: str, old: PlacedGoal, new: PlacedGoal) -> None:
    a, b = old.goal.follow_up, new.goal.follow_up
    pairs = align(a, b, lambda f: f.text.lower(), _follow_up_score, FOLLOW_UP_CUTOFF)
    for i, j in pairs:
        before, after = (*old.path, "follow_up", i), (*new.path, "follow_up", j)
        if a[i].text != b[j].text or (a[i].target is None) != (b[j].target is None):
            pair.report(Kind.follow_up_changed, subject, (*before, "text"), (*after, "text"), a[i].text, b[j].text,
                        part="follow_up", detail=_target_change(a[i], b[j]),
                        words=word_diff(a[i].text, b[j].text))
        elif a[i].target is not None and b[j].target is not None:
            compare_targets(pair, f"{subject}, følgemål", a[i].target, b[j].target,
                            (*before, "target"), (*after, "target"))
    for i in set(range(len(a))) - {i for i, _ in pairs}:
        pair.report(Kind.follow_up_removed, subject, (*old.path, "follow_up", i, "text"), None, a[i].text, None)
    for j in set(range(len(b))) - {j for _, j in pairs}:
        pair.report(Kind.follow_up_added, subject, None, (*new.path, "follow_up", j, "text"), None, b[j].text)


def _follow_up_score(a: FollowUpGoal, b: FollowUpGoal) -> float:
    return float(fuzz.token_set_ratio(a.text.lower(), b.text.lower()))


def _target_change(old: FollowUpGoal, new: FollowUpGoal) -> Message | None:
    if old.target is not None and new.target is None:
        value = describe(old.target)
        return Message(f"mistede sit måltal ({value})", f"lost its target ({value})")
    if old.target is None and new.target is not None:
        value = describe(new.target)
        return Message(f"fik et måltal ({value})", f"got a target ({value})")
    return None


def _compare_overview(pair: PlanPair) -> None:
    """The goal overview's wording of each goal, old against new."""
    old, new = pair.old.plan.goal_overview, pair.new.plan.goal_overview
    if old is None or new is None:
        return
    a = [(("goal_overview", "groups", g, "goals", k), e) for g, grp in enumerate(old.groups)
         for k, e in enumerate(grp.goals)]
    b = [(("goal_overview", "groups", g, "goals", k), e) for g, grp in enumerate(new.groups)
         for k, e in enumerate(grp.goals)]
    number = {goal_number(goal.id): goal.all_targets() for _, goal in pair.old.plan.all_goals()}
    number_new = {goal_number(goal.id): goal.all_targets() for _, goal in pair.new.plan.all_goals()}
    for i, j in align(a, b, lambda e: goal_number(e[1].id) or e[1].text):
        (before, x), (after, y) = a[i], b[j]
        words = word_diff(x.text, y.text)
        key = goal_number(x.id)
        if has_changes(words) and not _explained(words, number.get(key, []), number_new.get(goal_number(y.id), [])):
            pair.report(Kind.overview_reworded, y.id or _short(y.text), (*before, "text"), (*after, "text"),
                        x.text, y.text, part="goal_overview", words=words)


def _numbers(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers) or "–"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"
