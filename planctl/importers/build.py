"""Blocks -> a plan: one builder for every reader.

The builder finds where the plan starts (after a meeting's minutes), its identity
(municipality, title, period, status, date), has the walker (`walker.py`) place the blocks in
sections, goals, lists and the overview, and validates the result as a `Plan`. Nothing is
dropped without a line in the report.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from planctl.importers.blocks import Block, Heading, SourceDocument, Where
from planctl.importers.identity import (
    block_text,
    document_date,
    find_title,
    is_draft,
    municipality_named,
    municipality_of,
    plan_start,
    title_and_period,
)
from planctl.importers.report import ImportReport
from planctl.importers.walker import PlanWalker, contents_titles
from planctl.model.plan import Plan, Status
from planctl.model.values import Placeholder


@dataclass(frozen=True)
class ImportOptions:
    """What the user says about the document where it does not say it itself."""

    source: str
    municipality: str | None = None
    period: str | None = None
    status: Status | None = None


@dataclass(frozen=True)
class ImportResult:
    plan: Plan
    data: dict[str, Any]  # the plan as plain data, in the schema's key order, empty fields left out
    report: ImportReport


def build_plan(document: SourceDocument, options: ImportOptions) -> ImportResult:
    """The plan a document holds, and the report of what was found and what was not."""
    report = ImportReport(document=options.source)
    report.skipped.extend(document.left_out)
    blocks = document.blocks
    date = document_date(blocks)
    start = plan_start(blocks)
    if start:
        report.notes.append(f"the plan starts at {blocks[start].where} ('{block_text(blocks[start])}'); "
                            f"the {start} blocks before it (a meeting's minutes) are skipped")
        report.skipped.extend((b.where, block_text(b)) for b in blocks[:start])
        blocks = blocks[start:]
    title, period = title_and_period(blocks)
    municipality = (municipality_named(options.municipality) if options.municipality
                    else municipality_of(blocks))
    if municipality is None:
        from planctl.errors import PlanctlError, Problem

        raise PlanctlError(Problem("found no municipality in the document",
                                   hint="name it with --municipality NAME or CODE"))
    title_at = find_title(blocks)
    before = copy.deepcopy(report)
    walker = _walked(blocks, title_at, title, report, document.kind, headless=False)
    if not walker.sections:
        # No heading anywhere (a Word file typed without heading styles): the whole text is the
        # plan's, read again under one section named after the title rather than skipped.
        report = before
        walker = _walked(blocks, title_at, title, report, document.kind, headless=True)
        report.notes.append("no heading was found; the text is kept under one section named after the title")
    data: dict[str, Any] = {
        "municipality": municipality.model_dump(),
        "title": title,
        "period": options.period or period,
        "status": options.status or ("draft" if is_draft(blocks) else "final"),
        **({"date": date.isoformat()} if date else {}),
        "source": {"document": options.source},
    }
    if walker.minister_goals:
        year = int(str(data["period"])[:4])
        data["minister_goals"] = {"year": year, "goals": walker.minister_goals}
        report.notes.append(_compare_minister_goals(year, walker.minister_goals))
    if walker.contents:
        data["contents"] = walker.contents
    data["sections"] = walker.sections
    if walker.overview is not None:
        data["goal_overview"] = walker.overview
    plan = _tagged(Plan.model_validate(data), data)
    _count(plan, report)
    return ImportResult(plan=plan, data=data, report=report)


def _walked(blocks: list[Block], title_at: tuple[int, int, str] | None, title: str, report: ImportReport,
            kind: str, *, headless: bool) -> PlanWalker:
    walker = PlanWalker(report, contents_titles(blocks), title, guess_levels=kind == "txt")
    walker.skip(blocks[title_at[0]: title_at[0] + title_at[1]] if title_at else [], placed=True)
    if headless:
        walker.open_section(Heading(title, 1, blocks[0].where if blocks else Where()))
    walker.walk(blocks)
    return walker


def _compare_minister_goals(year: int, printed: list[str]) -> str:
    """Whether the ministermål the plan prints are the shipped list of their year."""
    from planctl.data import minister_goals_for

    shipped = minister_goals_for(year)
    if shipped is None or not shipped.goals:
        return f"the plan prints {len(printed)} ministermål for {year}; planctl has no list of that year to compare"

    def same(a: str, b: str) -> bool:
        return " ".join(a.split()).rstrip(".").lower() == " ".join(b.split()).rstrip(".").lower()

    differ = [n for n, goal in enumerate(printed, start=1)
              if n > len(shipped.goals) or not same(goal, shipped.goals[n - 1])]
    if not differ and len(printed) == len(shipped.goals):
        return f"the {len(printed)} ministermål printed are planctl's list for {year}"
    return (f"the ministermål printed differ from planctl's list for {year} "
            f"({len(printed)} printed, {len(shipped.goals)} in the list; differing: {differ or 'the count'})")


def _tagged(plan: Plan, data: dict[str, Any]) -> Plan:
    """The plan with the target groups its wording names (planctl tags' suggestions) on its sections and goals."""
    from planctl.tags.suggest import suggest_tags

    tagged = False
    for suggestion in suggest_tags(plan):
        if suggestion.suggested:
            node: Any = data
            for key in suggestion.path:
                node = node[key]
            node["target_groups"] = list(suggestion.suggested)
            tagged = True
    return Plan.model_validate(data) if tagged else plan


def _count(plan: Plan, report: ImportReport) -> None:
    report.count("sections", len(plan.sections))
    for section in plan.sections:
        report.count("goals", len(section.goals))
        report.count("success criteria", len(section.success_criteria))
        report.count("initiatives", len(section.initiatives))
        report.count("key figures", len(section.key_figures))
        report.count("tables", len(section.tables))
        for goal in section.goals + section.success_criteria:
            report.count("følgemål", len(goal.follow_up))
            targets = goal.all_targets()
            if any(target.kind != "qualitative" for target in targets):
                report.count("targets")  # goals with a target: the summary says "20 with a target"
            report.count("placeholders", sum(isinstance(target.value, Placeholder) for target in targets))
    if plan.goal_overview:
        report.count("overview goals", sum(len(g.goals) for g in plan.goal_overview.groups))
