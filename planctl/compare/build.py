"""Putting a comparison together: the plan columns, the chosen row groups, and what limits it.

`compare_plans` is the pure function from plans to a `Comparison`: the same plans give the
same comparison, and nothing is read or printed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from planctl.compare.figures import figure_rows, short_name
from planctl.compare.goals import GoalsOfPlan, goals_of
from planctl.compare.groups import target_group_rows
from planctl.compare.inputs import ComparedPlan, CompareOptions
from planctl.compare.minister import minister_goal_rows
from planctl.compare.model import Comparison, LegendEntry, PlanColumn, RowGroup
from planctl.compare.quality import quality_rows
from planctl.messages import STATUS, TARGET_KINDS, Lang, Message, Noun, joined, say

# What each kind of target means, for the legend under the target-group rows.
_MEANINGS = {
    "change": Message("fald (−) eller stigning (+) mellem to tidspunkter (→)",
                      "a fall (−) or rise (+) between two times (→)"),
    "level": Message("en værdi der skal nås (≥ mindst); gns. = gennemsnit over året",
                     "a value to reach (≥ at least); avg. = average over the year"),
    "relative": Message("en placering blandt kommunerne eller mod landsgennemsnittet",
                        "a rank among municipalities or against the national average"),
    "qualitative": Message("et mål uden tal", "a goal without a number"),
    "deferred": Message("målet fastsættes senere", "the target is to be set later"),
}
_GOALS_WAITING = Noun(("mål venter", "mål venter"), ("goal is", "goals are"))


def compare_plans(plans: Sequence[ComparedPlan], options: CompareOptions) -> Comparison:
    """Compare the plans: each a column, with the row groups the options choose, in their order."""
    lang = options.lang
    goals = [goals_of(plan.plan, lang) for plan in plans]
    columns = _columns(plans, lang)
    headers = [column.header for column in columns]
    builders = {
        "target-groups": lambda: target_group_rows(plans, goals, lang),
        "minister-goals": lambda: minister_goal_rows(plans, goals, lang),
        "figures": lambda: figure_rows(plans, headers, lang),
        "quality": lambda: quality_rows(plans, goals, lang),
    }
    groups: list[RowGroup] = [builders[kind]() for kind in options.rows]
    for column, of_plan in zip(columns, goals, strict=True):
        column.notes = _plan_notes(column.header, of_plan, lang)
    return Comparison(
        lang=lang,
        plans=columns,
        groups=groups,
        notes=_general_notes(plans, lang) + [note for column in columns for note in column.notes],
        legend=_legend(lang) if "target-groups" in options.rows else [],
    )


def _columns(plans: Sequence[ComparedPlan], lang: Lang) -> list[PlanColumn]:
    headers = [f"{short_name(p.plan)} {p.plan.period}" for p in plans]
    repeated = {h for h, n in Counter(headers).items() if n > 1}
    columns = []
    for header, compared in zip(headers, plans, strict=True):
        plan = compared.plan
        status = STATUS[plan.status].text(lang)
        # A printed version label tells two versions of one plan apart better than their statuses.
        told_apart = plan.version or (status if header in repeated or plan.status == "draft" else None)
        columns.append(PlanColumn(
            file=compared.file,
            header=f"{header} ({told_apart})" if told_apart else header,
            municipality=plan.municipality.name, code=plan.municipality.code, title=plan.title,
            period=str(plan.period), year=plan.period.start.year, status=plan.status, status_label=status,
            version=plan.version,
            date=plan.date.isoformat() if plan.date else None,
        ))
    return columns


def _general_notes(plans: Sequence[ComparedPlan], lang: Lang) -> list[str]:
    """What limits comparing the plans at all."""
    notes = []
    periods = list(dict.fromkeys(str(p.plan.period) for p in plans))
    if len(periods) > 1:
        notes.append(say(
            lang,
            f"Planerne gælder forskellige år ({joined(periods, lang)}): deres mål og tal hører til forskellige "
            "tidspunkter og ministermål og kan ikke sættes direkte op mod hinanden.",
            f"The plans cover different years ({joined(periods, lang)}): their goals and figures belong to "
            "different times and minister's goals and cannot be set directly against each other.",
        ))
    return notes


def _plan_notes(name: str, of_plan: GoalsOfPlan, lang: Lang) -> list[str]:
    """What limits comparing one plan: no goals, targets set later, numbers still missing.

    Kept with the plan's column, so that a view of some of the plans shows their notes only.
    """
    notes = []
    if not of_plan.goals:
        notes.append(say(
            lang, f"{name} har ingen mål (en strategi uden mål); den kan kun sammenlignes på sine målgrupper "
                  "og nøgletal.",
            f"{name} has no goals (a strategy without goals); it can be compared only on its target groups "
            "and key figures."))
    deferred = [goal for goal in of_plan.goals if goal.kind == "deferred"]
    if deferred:
        target = deferred[0].targets[0]
        when = f" ({target.deferred_until})" if target.deferred_until else ""
        notes.append(say(
            lang, f"{name} udskyder sine kvantitative mål{when}; de findes ikke i planen og kan ikke sammenlignes.",
            f"{name} defers its quantitative targets{when}; the plan does not hold them, so they cannot be "
            "compared."))
    unfilled = sum(1 for goal in of_plan.goals if goal.targets and not goal.measurable
                   and goal.kind in ("change", "level", "relative"))
    if unfilled:
        waiting = f"{unfilled} {_GOALS_WAITING.text(lang, unfilled)}"
        notes.append(say(
            lang, f"{name}: {waiting} stadig på et tal (pladsholdere).",
            f"{name}: {waiting} still waiting for a number (placeholders)."))
    return notes


def _legend(lang: Lang) -> list[LegendEntry]:
    return [LegendEntry(term=TARGET_KINDS[kind].text(lang), meaning=meaning.text(lang))
            for kind, meaning in _MEANINGS.items()]
