"""The appendix as blocks (the block model of `show`): title block, goals, ministermål, key
figures, changes and open items, each a heading with a real table under it.

A reworded goal or text is shown with the removed words struck through and the new ones
underlined (display emphasis, not tracked changes: an appendix is read, not edited).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from planctl.appendix.model import (
    Appendix,
    Changes,
    Focus,
    MinisterCoverage,
    MinisterGoalRow,
    OpenItem,
    TitleBlock,
)
from planctl.diff.changes import Change, Kind, PlanDiff
from planctl.diff.words import WordOp
from planctl.messages import EXPECTED_MINISTER_GOAL, Lang, Message, joined, number
from planctl.render.appendix import words as w
from planctl.render.diff.words import alignment_warning, area_label, hunks, kind_label, part_note, shape, shown
from planctl.render.plan.document import (
    Block,
    Cell,
    Emphasis,
    Paragraph,
    PlanDocument,
    Row,
    Run,
    Table,
    paragraph,
    table,
)
from planctl.render.plan.words import DRAFT_MARK

_GOAL_WIDTHS = (1.3, 3.6, 2.2, 2.4, 1.9)


def appendix_document(appendix: Appendix, lang: Lang) -> PlanDocument:
    title = appendix.title
    blocks: list[Block] = [*_title_block(title, lang)]
    if appendix.focus is not None:
        blocks += _focus(appendix.focus, lang)
    blocks += _goals(appendix, lang)
    if appendix.minister_goals is not None:
        blocks += _minister_goals(appendix.minister_goals, lang)
    elif appendix.focus is None:
        blocks += [_heading(w.MINISTER_GOALS, lang), paragraph("body", w.NO_MINISTER_YEAR.text(lang))]
    blocks += _key_figures(appendix, lang)
    if appendix.changes is not None:
        blocks += _changes(appendix.changes, lang)
    if appendix.open_items is not None:
        blocks += _open_items(appendix.open_items, lang)
    return PlanDocument(w.APPENDIX.format(lang, title=title.title), title.municipality, title.period,
                        w.status_word(title.status, lang), title.status == "draft", blocks)


def _title_block(title: TitleBlock, lang: Lang) -> list[Block]:
    blocks: list[Block] = [paragraph("title", w.APPENDIX.format(lang, title=title.title)),
                           paragraph("subtitle", f"{title.municipality} · {title.period}")]
    if title.status == "draft":
        blocks.append(paragraph("draft", DRAFT_MARK.text(lang)))
    else:
        blocks.append(paragraph("subtitle", w.STATUS_LINE.format(lang, status=w.status_word(title.status, lang))))
    if title.meeting:
        blocks.append(paragraph("subtitle", w.MEETING.format(lang, meeting=title.meeting)))
    if title.date is not None:
        blocks.append(paragraph("date", w.PLAN_DATE.format(lang, date=w.date_text(title.date, lang))))
    return blocks


def _focus(focus: Focus, lang: Lang) -> list[Block]:
    blocks: list[Block] = [paragraph("note", w.focus_sentence(focus, lang)),
                           paragraph("label", w.FOCUS_SECTIONS.format(lang, label=w.in_sentence(focus.label)))]
    if not focus.sections:
        return [*blocks, paragraph("body", w.FOCUS_NO_SECTIONS.text(lang))]
    return blocks + [paragraph("bullet", title, level=1) for title in focus.sections]


def _heading(message: Message | str, lang: Lang, level: int = 1) -> Paragraph:
    return paragraph("heading", message if isinstance(message, str) else message.text(lang), level=level)


def _header(messages: Sequence[Message], lang: Lang) -> list[str]:
    return [message.text(lang) for message in messages]


def _goals(appendix: Appendix, lang: Lang) -> list[Block]:
    blocks: list[Block] = [_heading(w.GOALS, lang)]
    if not appendix.goal_groups:
        return [*blocks, paragraph("body", w.NO_GOALS.text(lang))]
    for group in appendix.goal_groups:
        rows = [((), [goal.id or "–", goal.text, goal.target, "\n".join(goal.follow_up),
                      ", ".join(str(n) for n in goal.minister_goals)]) for goal in group.goals]
        blocks += [paragraph("caption", group.heading), table(_header(w.GOAL_HEADER, lang), rows, (), _GOAL_WIDTHS)]
    return blocks


def _minister_goals(coverage: MinisterCoverage, lang: Lang) -> list[Block]:
    rows = [((), [str(goal.number), _minister_goal_text(goal, lang),
                  joined(list(goal.answered_by), lang) or w.UNANSWERED.text(lang)])
            for goal in coverage.goals]
    return [_heading(w.MINISTER.format(lang, year=coverage.year), lang),
            table(_header(w.MINISTER_HEADER, lang), rows, (), (0.6, 5.0, 2.4))]


def _minister_goal_text(goal: MinisterGoalRow, lang: Lang) -> str:
    """The goal as printed; one the plan only expects says so: 'Flere ... (forventet, endnu ikke udmeldt)'."""
    return f"{goal.text} ({EXPECTED_MINISTER_GOAL.text(lang)})" if goal.expected else goal.text


def _key_figures(appendix: Appendix, lang: Lang) -> list[Block]:
    if not appendix.key_figures:
        return [_heading(w.KEY_FIGURES, lang), paragraph("body", w.NO_KEY_FIGURES.text(lang))]
    rows = [((), [_capitalised(figure.name) + (f" ({figure.area})" if figure.area else ""), figure.value,
                  figure.when or "–"]) for figure in appendix.key_figures]
    return [_heading(w.KEY_FIGURES, lang), table(_header(w.KEY_FIGURE_HEADER, lang), rows, (), (3.8, 2.6, 2.0))]


def _capitalised(name: str) -> str:
    """'erhvervsfrekvens' -> 'Erhvervsfrekvens': a key figure's name begins a table row."""
    return name[:1].upper() + name[1:]


def _changes(changes: Changes, lang: Lang) -> list[Block]:
    blocks: list[Block] = [_heading(w.changes_heading(changes, lang), lang)]
    warning = _alignment_warning(changes, lang)
    if warning:
        blocks.append(paragraph("note", warning))
    total = sum(changes.counts.values())
    if total == 0:
        return [*blocks, paragraph("body", w.NO_CHANGES.text(lang))]
    counted = [f"{number(n, lang)} {kind_label(kind, lang, n)}" for kind, n in
               sorted(changes.counts.items(), key=lambda item: list(Kind).index(item[0]))]
    blocks.append(paragraph("body", f"{w.CHANGES_TOTAL.format(lang, n=number(total, lang))}: {', '.join(counted)}."))
    if changes.rows:
        head = Row(tuple(Cell((Run(text),)) for text in _header(w.CHANGE_HEADER, lang)), header=True)
        body = tuple(Row((Cell((Run(_where(change, lang)),)), Cell((Run(_what(change, lang)),)),
                          Cell(_before_after(change, lang)))) for change in changes.rows)
        blocks.append(Table((head, *body), (), (2.2, 2.2, 5.6)))
    if changes.prose:
        rows = [((), [prose.section, number(prose.stretches, lang), number(prose.words, lang)])
                for prose in changes.prose]
        blocks += [paragraph("caption", w.PROSE.text(lang)),
                   table(_header(w.PROSE_HEADER, lang), rows, (), (6.0, 1.0, 1.0)),
                   paragraph("label", w.LARGEST.text(lang))]
        for change in changes.largest_prose:
            blocks += [paragraph("body", change.subject), *(
                Paragraph("bullet", _emphasised(hunk), level=1) for hunk in hunks(change.words))]
    return blocks


def _alignment_warning(changes: Changes, lang: Lang) -> str | None:
    """The diff's own sentence when the two plans are not versions of one plan (it reads the alignment only)."""
    return alignment_warning(PlanDiff("", "", [], changes.alignment), lang)


def _where(change: Change, lang: Lang) -> str:
    return area_label(change.area, lang) if change.area.value == "plan" else change.subject


def _what(change: Change, lang: Lang) -> str:
    note = part_note(change, lang)
    return kind_label(change.kind, lang) + (f" ({note})" if note else "")


def _before_after(change: Change, lang: Lang) -> tuple[Run, ...]:
    form = shape(change)
    if form == "words" and change.words:
        return _emphasised(change.words)
    detail = f" ({change.detail.text(lang)})" if change.detail is not None else ""
    if form == "added":
        return (Run(shown(change.new, lang, change.part) + detail, emphasis="underline"),)
    if form == "removed":
        return (Run(shown(change.old, lang, change.part) + detail, emphasis="strike"),)
    return (Run(f"{shown(change.old, lang, change.part)} → {shown(change.new, lang, change.part)}{detail}"),)


_EMPHASIS: dict[str, Emphasis] = {"equal": "", "delete": "strike", "insert": "underline"}


def _emphasised(ops: Sequence[WordOp]) -> tuple[Run, ...]:
    """A word diff to read: removed words struck through, new words underlined.

    A word replaced inside a word ('Beskæftigelsesministeren' -> 'Beskæftigelsesministern') is
    followed by a space, so the struck and the underlined word do not run together.
    """
    runs: list[Run] = []
    for op, following in zip(ops, [*ops[1:], None], strict=True):
        if not op.text:
            continue
        runs.append(Run(op.text, emphasis=_EMPHASIS[op.op]))
        if (op.op == "delete" and following is not None and following.op == "insert"
                and not op.text[-1:].isspace() and not following.text[:1].isspace()):
            runs.append(Run(" "))
    return tuple(runs)


def _open_items(items: list[OpenItem], lang: Lang) -> list[Block]:
    blocks: list[Block] = [_heading(w.OPEN, lang)]
    if not items:
        return [*blocks, paragraph("body", w.NOTHING_OPEN.text(lang))]
    counts = Counter(item.kind for item in items)
    blocks.append(paragraph("body", w.open_summary({kind: counts[kind] for kind in w.OPEN_KINDS}, lang)))
    rows = [((), [str(item.line), w.place(item, lang), w.OPEN_KINDS[item.kind].text(lang), _open_text(item, lang)])
            for item in items]
    return [*blocks, table(_header(w.OPEN_HEADER, lang), rows, (), (0.8, 3.4, 1.6, 4.2))]


def _open_text(item: OpenItem, lang: Lang) -> str:
    if item.kind != "placeholder":
        return item.text
    return f"»{item.text}« – {_stands_for(item, lang)}"


def _stands_for(item: OpenItem, lang: Lang) -> str:
    return w.STANDS_FOR.format(lang, what=w.stands_for(item.stands_for, lang))
