"""plan_document: a plan's blocks in the order the municipality printed them."""

from __future__ import annotations

from collections.abc import Iterator

from planctl.messages import Lang, long_date
from planctl.model.plan import Goal, GoalOverview, KeyFigure, Plan, Section, Table
from planctl.model.walk import PlanPath
from planctl.render.plan import words
from planctl.render.plan.document import Block, PlanDocument, paragraph, table

# Bullets as Word and PDF leave them in the text: "•", the Symbol font's U+F0B7, "▪", "◦", and
# the dashes a plain-text list starts with ("– ", "- ").
_BULLETS = ("• ", "\uf0b7 ", "▪ ", "◦ ", "– ", "- ")


def plan_document(plan: Plan, lang: Lang) -> PlanDocument:
    """The plan as a document: title block, sections, goals, lists, tables, goal overview."""
    blocks: list[Block] = [
        paragraph("title", plan.title, ("title",)),
        paragraph("subtitle", words.identity_line(plan, lang), ("municipality",)),
    ]
    if plan.status == "draft":
        blocks.append(paragraph("draft", words.DRAFT_MARK.text(lang), ("status",)))
    if plan.date is not None:
        blocks.append(paragraph("date", long_date(plan.date.isoformat(), lang), ("date",)))
    # The printed ministermål stand in the plan's own prose; only the mark of an expected one is planctl's to add.
    if plan.minister_goals is not None:
        for index, goal in enumerate(plan.minister_goals.printed_goals()):
            if goal.expected:
                blocks.append(paragraph("note", words.expected_minister_goal(goal.text, lang),
                                        ("minister_goals", "goals", index)))
    for index, section in enumerate(plan.sections):
        blocks += _section(section, ("sections", index), lang)
    if plan.goal_overview is not None:
        blocks += _overview(plan.goal_overview, lang)
    blocks.append(paragraph("colophon", words.COLOPHON.text(lang), ("colophon",)))
    return PlanDocument(plan.title, plan.municipality.name, str(plan.period), plan.status,
                        plan.status == "draft", blocks)


def _section(section: Section, path: PlanPath, lang: Lang) -> Iterator[Block]:
    title = f"{section.number} {section.title}" if section.number else section.title
    yield paragraph("heading", title, (*path, "title"), level=section.level)
    # A table stands where the prose prints its title; a footnote printed under a table is
    # said once, under the table.
    placed = {data.title: index for index, data in enumerate(section.tables)}
    notes = {data.note for data in section.tables if data.note}
    shown: set[int] = set()
    for index, text in enumerate(section.prose):
        if text in placed and placed[text] not in shown:
            shown.add(placed[text])
            yield from _table(section.tables[placed[text]], (*path, "tables", placed[text]))
        elif text not in notes:
            yield _prose(text, (*path, "prose", index))
    for index, goal in enumerate(section.goals):
        yield from _goal(goal, (*path, "goals", index), lang)
    if section.success_criteria:
        yield paragraph("label", words.SUCCESS_CRITERIA.text(lang), (*path, "success_criteria"))
        for index, criterion in enumerate(section.success_criteria):
            yield from _goal(criterion, (*path, "success_criteria", index), lang, as_item=True)
    if section.initiatives:
        yield paragraph("label", words.INITIATIVES.text(lang), (*path, "initiatives"))
        for index, initiative in enumerate(section.initiatives):
            yield paragraph("bullet", initiative, (*path, "initiatives", index), level=1)
    figures = [(i, f) for i, f in enumerate(section.key_figures) if not _stated_in(f, section.prose)]
    if figures:
        yield paragraph("label", words.KEY_FIGURES.text(lang), (*path, "key_figures"))
        for index, figure in figures:
            yield paragraph("bullet", _figure_line(figure), (*path, "key_figures", index), level=1)
    for index, data in enumerate(section.tables):
        if index not in shown:
            yield from _table(data, (*path, "tables", index))
    for index, drawn in enumerate(section.figures):
        yield paragraph("note", words.figure_line(drawn, lang), (*path, "figures", index))


def _table(data: Table, where: PlanPath) -> Iterator[Block]:
    """A data table under its caption, with its footnote below it."""
    yield paragraph("caption", data.title, (*where, "title"))
    rows = [((*where, "rows", r), [row.label, *("" if cell is None else str(cell) for cell in row.cells)])
            for r, row in enumerate(data.rows)]
    yield table(list(data.columns), rows, where)
    if data.note:
        yield paragraph("note", data.note, (*where, "note"))


def _prose(text: str, path: PlanPath) -> Block:
    for bullet in _BULLETS:
        if text.startswith(bullet):
            return paragraph("bullet", text[len(bullet):].lstrip(), path, level=1)
    return paragraph("body", text, path)


def _goal(goal: Goal, path: PlanPath, lang: Lang, *, as_item: bool = False) -> Iterator[Block]:
    """The goal's id, its text, its targets in words (each of several named by its target group), its note,
    then its følgemål."""
    if goal.id:
        yield paragraph("goal-id", goal.id, (*path, "id"))
    yield paragraph("bullet" if as_item and not goal.id else "goal", goal.text, (*path, "text"),
                    level=1 if as_item and not goal.id else 0)
    for index, target in enumerate(goal.all_targets()):
        if target.kind == "qualitative":
            continue
        if target.equivalent is not None and goal.note and str(target.equivalent) in goal.note:
            target = target.model_copy(update={"equivalent": None})  # the note says it in the plan's words
        where = (*path, "target") if goal.target is not None else (*path, "targets", index)
        yield paragraph("target", words.target_sentence(target, lang), where)
    if goal.note:
        yield paragraph("note", goal.note, (*path, "note"))
    if goal.follow_up:
        yield paragraph("label", words.FOLLOW_UP.text(lang), (*path, "follow_up"))
        for index, follow_up in enumerate(goal.follow_up):
            where = (*path, "follow_up", index)
            yield paragraph("bullet", follow_up.text, where, level=1)
            if follow_up.target is not None and follow_up.target.kind != "qualitative":
                yield paragraph("target", words.target_sentence(follow_up.target, lang), (*where, "target"))


def _stated_in(figure: KeyFigure, prose: list[str]) -> bool:
    """A key figure whose sentence stands in the prose is printed there already."""
    return figure.text is not None and any(figure.text in text for text in prose)


def _figure_line(figure: KeyFigure) -> str:
    """'erhvervsfrekvens: ca. 78 pct. (2018, Lyngby-Taarbæk Kommune)'."""
    where = ", ".join(str(part) for part in (figure.period, figure.area) if part)
    return f"{figure.name}: {figure.value}" + (f" ({where})" if where else "")


def _overview(overview: GoalOverview, lang: Lang) -> Iterator[Block]:
    yield paragraph("heading", overview.title, ("goal_overview", "title"), level=1)
    if overview.label:
        yield paragraph("note", overview.label, ("goal_overview", "label"))
    header = [word.text(lang) for word in words.OVERVIEW_HEADER]
    for g, group in enumerate(overview.groups):
        where = ("goal_overview", "groups", g)
        if group.heading:
            yield paragraph("caption", group.heading, (*where, "heading"))
        rows = [((*where, "goals", i), [goal.id or "", goal.text, "\n".join(goal.follow_up)])
                for i, goal in enumerate(group.goals)]
        yield table(header, rows, where, widths=(1.0, 4.0, 3.0))
