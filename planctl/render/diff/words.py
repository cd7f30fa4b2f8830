"""What only the diff report says, in Danish and English: headline, summary, alignment warning,
where a change stands, how it is shown (its shape and part note), and the hunks of a word diff.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from planctl.diff import Area, Change, Kind, PlanDiff, WordOp
from planctl.messages import (
    CHANGE,
    CHANGE_KINDS,
    DIFF_AREAS,
    DIRECTIONS,
    STATUS,
    STATUS_NOT_STATED,
    TARGET_KINDS,
    YES_NO,
    Lang,
    Message,
    Noun,
    long_date,
    say,
)
from planctl.model.plan import Plan
from planctl.text import tokenise

_ADDED = {Kind.section_added, Kind.goal_added, Kind.figure_added, Kind.table_added, Kind.follow_up_added}
_REMOVED = {Kind.section_removed, Kind.goal_removed, Kind.figure_removed, Kind.table_removed,
            Kind.follow_up_removed}
_WORDED = {Kind.goal_reworded, Kind.overview_reworded, Kind.prose_changed, Kind.follow_up_changed}
_MOVED = {Kind.section_moved, Kind.goal_moved}
# Parts that the kind of change already names ("periode ændret" needs no "(periode)").
_SELF_EVIDENT = {"text", "goal_overview", "target.period", "follow_up"}

Shape = Literal["moved", "words", "removed", "added", "replaced"]


def shape(change: Change) -> Shape:
    """How a change is shown: a move, a word diff, old alone, new alone, or old → new."""
    if change.kind in _MOVED:
        return "moved"
    if change.kind in _WORDED:
        return "words"
    if change.kind in _REMOVED:
        return "removed"
    if change.kind in _ADDED:
        return "added"
    return "replaced"


def part_note(change: Change, lang: Lang) -> str | None:
    """Which part of a goal changed, when the kind does not already say it: 'måltal', 'note'."""
    if change.part and change.area is Area.goals and change.part not in _SELF_EVIDENT:
        return part_label(change.part, lang)
    return None


NONE = Message("(intet)", "(none)")
OTHER_MUNICIPALITY = Message(" (to forskellige kommuner)", " (two different municipalities)")
MOVED = Message("fra plads {old} til plads {new}", "from position {old} to position {new}")
MOVED_GOAL = Message("fra '{old}' til '{new}'", "from '{old}' to '{new}'")
NO_DIFFERENCES = Message("Ingen forskelle.", "No differences.")
NO_VERSION = Message("ingen versionsbetegnelse", "no version label")


def kind_label(kind: Kind, lang: Lang, count: int = 1) -> str:
    return CHANGE_KINDS[kind.value].text(lang, count)


def area_label(area: Area, lang: Lang) -> str:
    return DIFF_AREAS[area.value].text(lang)


def summary_parts(diff: PlanDiff, lang: Lang) -> list[str]:
    """'11 pladsholdere udfyldt', '6 perioder ændret', ... in the order of the kinds."""
    counts = diff.counts()
    # Counts are printed as digits without grouping, as they always were.
    return [f"{counts[kind]} {kind_label(kind, lang, counts[kind])}" for kind in Kind if kind in counts]


def versions_line(diff: PlanDiff, lang: Lang) -> str | None:
    """'Version: 2. udkast → revideret 2020', so two versions of one plan are told apart; a side
    whose document states no status says so. None when neither plan has a label or an unknown status."""
    plans = (diff.old_plan, diff.new_plan)
    if not any(p is not None and (p.version or p.status == "unknown") for p in plans):
        return None
    return say(lang, "Version: ", "Version: ") + " → ".join(_side(plan, lang) for plan in plans)


def _side(plan: Plan | None, lang: Lang) -> str:
    if plan is None:
        return NONE.text(lang)
    label = plan.version or NO_VERSION.text(lang)
    return label + (f" ({STATUS_NOT_STATED.text(lang)})" if plan.status == "unknown" else "")


def headline(diff: PlanDiff, lang: Lang) -> str:
    total = len(diff.changes)
    if total == 0:
        return NO_DIFFERENCES.text(lang)
    return f"{total} {CHANGE.text(lang, total)}"


def alignment_warning(diff: PlanDiff, lang: Lang) -> str | None:
    """A plain statement when the two plans are not versions of one plan."""
    a = diff.alignment
    if not a.unrelated:
        return None
    who = "" if a.same_municipality else OTHER_MUNICIPALITY.text(lang)
    goals, sections = max(a.goals_old, a.goals_new), max(a.sections_old, a.sections_new)
    return say(
        lang,
        f"De to planer ligner ikke versioner af samme plan{who}: kun {a.goals_matched} af {goals} mål og "
        f"{a.sections_matched} af {sections} afsnit kunne parres. Det meste nedenfor er derfor tilføjet eller fjernet.",
        f"The two plans do not look like versions of one plan{who}: only {a.goals_matched} of {goals} goals and "
        f"{a.sections_matched} of {sections} sections could be paired. Most of what follows is therefore added or "
        "removed.",
    )


def line_numbers(change: Change, lang: Lang) -> str:
    """'linje 295 → 244': where the item stands in the old and in the new file."""
    old = str(change.before.line) if change.before else "–"
    new = str(change.after.line) if change.after else "–"
    return say(lang, f"linje {old} → {new}", f"line {old} → {new}")


_PARTS = {
    "target.value": Message("måltal", "target value"), "target.equivalent": Message("svarer til", "equivalent"),
    "target.period": Message("periode", "period"), "target.average": Message("i gennemsnit", "as an average"),
    "target.direction": Message("retning", "direction"), "target.kind": Message("type", "kind"),
    "target.reference": Message("sammenlignet med", "compared with"),
    "target.deferred_until": Message("fastsættes", "to be set"), "target": Message("mål", "target"),
    "note": Message("note", "note"), "follow_up": Message("følgemål", "følgemål"),
}

# Parts whose values are codes, and the words that say them ("at_least" -> "mindst").
_CODED: dict[str, Mapping[str, Message | Noun]] = {
    "status": STATUS,
    "target.direction": DIRECTIONS,
    "target.kind": TARGET_KINDS,
    "target.average": {str(flag): word for flag, word in YES_NO.items()},
}


def part_label(part: str, lang: Lang) -> str:
    return _PARTS[part].text(lang) if part in _PARTS else part


def shown(value: str | None, lang: Lang, part: str | None = None) -> str:
    """A value as a reader should see it: coded values in words, dates written out."""
    if value is None or value == "None":
        return NONE.text(lang)
    if part in _CODED and value in _CODED[part]:
        return _CODED[part][value].text(lang)
    if part == "date":
        return long_date(value, lang)
    if part == "minister_goals":  # '2019 (7)', the year and count of the plan's list
        return say(lang, f"ministermål for {value}", f"ministermål of {value}")
    return value


def describe_move(change: Change, lang: Lang) -> str:
    template = MOVED if change.kind is Kind.section_moved else MOVED_GOAL
    return template.format(lang, old=change.old, new=change.new)


def hunks(words: list[WordOp], context: int = 8) -> list[list[WordOp]]:
    """The changed stretches of a word diff, each with a few words of unchanged text around it.

    Two changes less than two contexts apart stay in one stretch, as git's word diff shows them.
    """
    spans: list[list[int]] = []  # [first changed index, last changed index]
    for k, op in enumerate(words):
        if op.op == "equal":
            continue
        if spans and (k - spans[-1][1] == 1 or (k - spans[-1][1] == 2
                                                  and _word_count(words[k - 1].text) <= 2 * context)):
            spans[-1][1] = k
        else:
            spans.append([k, k])
    result = []
    for first, last in spans:
        hunk = list(words[first:last + 1])
        if first > 0:
            hunk.insert(0, WordOp("equal", _tail(words[first - 1].text, context)))
        if last + 1 < len(words):
            hunk.append(WordOp("equal", _head(words[last + 1].text, context)))
        result.append(hunk)
    return result


def _word_count(text: str) -> int:
    return sum(1 for t in tokenise(text) if not t.isspace())


def _tail(text: str, count: int) -> str:
    tokens = tokenise(text)
    kept: list[str] = []
    for token in reversed(tokens):
        if not token.isspace():
            count -= 1
        if count < 0:
            return "… " + "".join(reversed(kept)).lstrip()
        kept.append(token)
    return text


def _head(text: str, count: int) -> str:
    tokens = tokenise(text)
    kept: list[str] = []
    for token in tokens:
        if not token.isspace():
            count -= 1
        if count < 0:
            return "".join(kept).rstrip() + " …"
        kept.append(token)
    return text
