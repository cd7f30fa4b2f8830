"""Quality rows: what `check` finds per family, placeholders left, and how many goals can be measured."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from planctl.compare.goals import GoalsOfPlan, kinds_text
from planctl.compare.inputs import ComparedPlan
from planctl.compare.model import Cell, Row, RowGroup
from planctl.lint.finding import FAMILIES
from planctl.messages import GOAL, Lang, noun, percent, say
from planctl.model.values import Placeholder
from planctl.model.walk import walk

_VALUE = noun("værdi", "value", "værdier")


def quality_rows(plans: Sequence[ComparedPlan], goals: Sequence[GoalsOfPlan], lang: Lang) -> RowGroup:
    rows = [
        Row(key=f"findings:{family}",
            label=say(lang, f"Fund: {words.da} ({family})", f"Findings: {words.en} ({family})"),
            cells=[_findings_cell(plan, family, lang) for plan in plans])
        for family, words in FAMILIES.items()
    ]
    rows.append(Row(key="placeholders", label=say(lang, "Pladsholdere tilbage", "Placeholders left"),
                    cells=[_placeholder_cell(plan, lang) for plan in plans]))
    rows.append(Row(key="measurable", label=say(lang, "Mål med et måleligt mål", "Goals with a measurable target"),
                    cells=[_measurable_cell(of_plan, lang) for of_plan in goals]))
    notes = [say(
        lang,
        "Fund som `planctl check` med projektets konfiguration. Et mål er måleligt, når det sætter en ændring, "
        "et niveau eller en placering, og dets tal er udfyldt.",
        "Findings as `planctl check` reports them with the project's configuration. A goal is measurable when it "
        "sets a change, a level or a rank, and its number is filled in.",
    )]
    return RowGroup(kind="quality", title=say(lang, "Kvalitet", "Quality"), rows=rows, notes=notes)


def _findings_cell(plan: ComparedPlan, family: str, lang: Lang) -> Cell:
    if plan.findings is None:
        return Cell(state="none", text=say(lang, "ikke tjekket", "not checked"))
    by_rule = Counter(f.rule for f in plan.findings if f.family == family)
    total = sum(by_rule.values())
    if not total:
        return Cell(state="count", count=0, text=say(lang, "ingen", "none"))
    rules = ", ".join(f"{rule} {n}" for rule, n in sorted(by_rule.items()))
    return Cell(state="count", count=total, text=f"{total} ({rules})")


def _placeholder_cell(plan: ComparedPlan, lang: Lang) -> Cell:
    count = sum(1 for _, value in walk(plan.plan) if isinstance(value, Placeholder))
    if not count:
        return Cell(state="count", count=0, text=say(lang, "ingen", "none"))
    values = _VALUE.count(count, lang)
    return Cell(state="count", count=count, text=say(lang, f"{values} ikke udfyldt", f"{values} not filled in"))


def _measurable_cell(of_plan: GoalsOfPlan, lang: Lang) -> Cell:
    total = len(of_plan.goals)
    if not total:
        return Cell(state="none", count=0, text=say(
            lang, "ingen mål i planen; intet at måle", "no goals in the plan; nothing to measure"))
    measurable = [goal for goal in of_plan.goals if goal.measurable]
    share = percent(len(measurable), total, lang)
    text = say(lang, f"{len(measurable)} af {GOAL.count(total, lang)} ({share})",
               f"{len(measurable)} of {GOAL.count(total, lang)} ({share})")
    details = []
    direction_only = sum(1 for goal in measurable if all(target.value is None for target in goal.targets)
                         and goal.kind in ("change", "level"))
    if direction_only:
        details.append(say(lang, f"heraf {direction_only} kun med en retning, uden tal",
                           f"of which {direction_only} only with a direction, no number"))
    rest = Counter(goal.kind for goal in of_plan.goals if not goal.measurable and goal.kind in ("qualitative",
                                                                                                "deferred", "none"))
    if rest:
        details.append(say(lang, f"ikke målelige: {kinds_text(dict(rest), lang, counted=True)}",
                           f"not measurable: {kinds_text(dict(rest), lang, counted=True)}"))
    unfilled = sum(1 for goal in of_plan.goals if not goal.measurable and goal.kind in ("change", "level", "relative"))
    if unfilled:
        details.append(say(lang, f"{unfilled} venter på et tal (pladsholder)",
                           f"{unfilled} waiting for a number (placeholder)"))
    if of_plan.printed_twice:
        details.append(say(lang, f"{of_plan.printed_twice} trykt to gange, talt én gang",
                           f"{of_plan.printed_twice} printed twice, counted once"))
    return Cell(state="share", count=len(measurable), text=text, details=details)
