"""Target-group rows: for each målgruppe, each plan's goals for it, their kinds and targets.

A goal concerns the target groups it or its targets are tagged with (`target_groups`); an untagged goal is
counted under "no particular target group" rather than guessed from its section. A plan
that mentions a group only in its sections says so ("ingen mål; omtalt i 4 afsnit"); a plan
with no goals at all says that, so no cell is an empty zero. Groups no plan has goals for
but some plan concerns come last, so what a strategy without goals covers is still seen.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from planctl.compare.goals import GoalsOfPlan, PlanGoal, kinds_text
from planctl.compare.inputs import ComparedPlan
from planctl.compare.model import Cell, Row, RowGroup, TargetSummary
from planctl.compare.targets import is_unfilled, short_targets
from planctl.data import target_group_label, target_groups
from planctl.messages import GOAL, SECTION, Lang, say

NO_GROUP = "-"


def target_group_rows(plans: Sequence[ComparedPlan], goals: Sequence[GoalsOfPlan], lang: Lang) -> RowGroup:
    mentioned = [_mentioned_groups(plan) for plan in plans]
    with_goals = {code for of_plan in goals for goal in of_plan.goals for code in goal.goal.all_target_groups()}
    in_sections = {code for counts in mentioned for code in counts}
    only_mentioned = say(lang, "ingen af planerne har mål for målgruppen; den er kun omtalt",
                         "none of the plans has goals for the group; it is only mentioned")

    def row(code: str) -> Row:
        note = None if code in with_goals else only_mentioned
        return Row(key=code, label=target_group_label(code), note=note, cells=[
            _cell(of_plan, code, counts.get(code, 0), lang) for of_plan, counts in zip(goals, mentioned, strict=True)
        ])

    # Groups some plan has goals for come first, then goals for no particular group, then groups only mentioned.
    rows = [row(code) for code in target_groups() if code in with_goals]
    if any(not goal.goal.all_target_groups() for of_plan in goals for goal in of_plan.goals):
        rows.append(Row(
            key=NO_GROUP, label=say(lang, "Ingen bestemt målgruppe", "No particular target group"),
            cells=[_cell(of_plan, NO_GROUP, 0, lang) for of_plan in goals],
        ))
    rows.extend(row(code) for code in target_groups() if code in in_sections - with_goals)
    title = say(lang, "Mål pr. målgruppe", "Goals per target group")
    notes = [say(
        lang,
        "Et mål tælles under hver målgruppe det er mærket med (target_groups), så det kan stå i flere rækker; "
        "“omtalt” tæller de afsnit, der handler om målgruppen.",
        "A goal counts under each target group it is tagged with (target_groups), so it can appear in several "
        "rows; “mentioned” counts the sections that concern the group.",
    )]
    return RowGroup(kind="target-groups", title=title, rows=rows, notes=notes)


def _mentioned_groups(plan: ComparedPlan) -> Counter[str]:
    """How many sections of the plan concern each target group."""
    return Counter(code for section in plan.plan.sections for code in section.target_groups)


def _concerns(goal: PlanGoal, code: str) -> bool:
    """A goal concerns the groups it or any of its targets is tagged with ("henholdsvis 275 og 443": both)."""
    groups = goal.goal.all_target_groups()
    return not groups if code == NO_GROUP else code in groups


def _cell(of_plan: GoalsOfPlan, code: str, sections: int, lang: Lang) -> Cell:
    if not of_plan.goals:
        text = say(lang, "ingen mål i planen", "no goals in the plan")
        if sections:
            text += say(lang, f"; omtalt i {SECTION.count(sections, lang)}",
                        f"; mentioned in {SECTION.count(sections, lang)}")
        return Cell(state="no-goals-in-plan", text=text, count=0)
    matching = [goal.for_group(code) for goal in of_plan.goals if _concerns(goal, code)]
    if not matching:
        if code == NO_GROUP:
            return Cell(state="absent", count=0, text=say(lang, "ingen", "none"))
        if sections:
            return Cell(state="mentioned", count=0, text=say(
                lang, f"ingen mål; omtalt i {SECTION.count(sections, lang)}",
                f"no goals; mentioned in {SECTION.count(sections, lang)}"))
        return Cell(state="absent", count=0, text=say(lang, "ingen mål, ikke omtalt", "no goals, not mentioned"))
    kinds = Counter(goal.kind for goal in matching)
    targets = [
        TargetSummary(goal=goal.listed_as, kind=goal.kind, short=short_targets(goal.targets, lang),
                      text=goal.goal.text, unfilled=any(is_unfilled(target) for target in goal.targets))
        for goal in matching
    ]
    return Cell(
        state="goals", count=len(matching), kinds=dict(kinds), targets=targets,
        text=f"{GOAL.count(len(matching), lang)}: {kinds_text(dict(kinds), lang)}",
        details=[f"{target.goal}: {target.short}" for target in targets],
    )
