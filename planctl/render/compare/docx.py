"""compare --format docx: the comparison as a Word document on landscape pages, for a meeting's papers.

The same Comparison the terminal shows, said in blocks (`render/plan/document.py`) and written
by the one Word writer (`render/docx/`), so styles, `--template` and XML safety are the
toolkit's. In this order: the title, the notes on what cannot be compared as ordinary
paragraphs, the table of which plans are compared, then under a heading per row group its
table with the plans as columns, the footnotes and the group's notes under it, and the legend.

A table holds at most four plans: a Word page, even on its side, has room for a narrow label
column and four readable plan columns. More plans continue in further tables of the same
rows, each table captioned with the plans it holds ("Planer 1–3 af 6"), the labels repeated.
"""

from __future__ import annotations

from collections.abc import Sequence

from planctl.compare import model as compared
from planctl.compare.model import Comparison, PlanColumn, RowGroup
from planctl.messages import Lang, joined
from planctl.render.compare.words import LEGEND, PART, identity_rows, plan_chunks, title
from planctl.render.docx import write_document
from planctl.render.markdown import superscript
from planctl.render.page import Page
from planctl.render.plan import document as blocks
from planctl.render.plan.document import Block, Cell, PlanDocument, Row, Run, Table

PLANS_PER_TABLE = 4
# The label column's share of the table's width is a little under an equal share (0.19 at four plans,
# room for "Uddannelseshjælpsmodtagere" in 10 pt Calibri), and at most a quarter; the plans share the rest.
_LABEL_SHARE_OF_EQUAL = 0.95
_LABEL_SHARE_MOST = 0.25


def render(comparison: Comparison, page: Page) -> bytes:
    """The comparison as .docx bytes, landscape, on `page.options['template']` when given."""
    landscape = Page(page.lang, page.width, page.color, {**page.options, "orientation": "landscape"},
                     page.notices)  # the same notices list
    return write_document(comparison_document(comparison), landscape)


def comparison_document(comparison: Comparison) -> PlanDocument:
    """The comparison as blocks: title, notes, the plans compared, a table per row group, the legend."""
    lang = comparison.lang
    plans = comparison.plans
    chunks = plan_chunks(len(plans), PLANS_PER_TABLE)
    made: list[Block] = [blocks.paragraph("title", title(comparison))]
    made += [blocks.paragraph("body", note) for note in comparison.notes]
    identity = identity_rows(plans, lang)
    for chunk in chunks:
        made += _part(chunk, chunks, lang)
        made.append(_table(plans, chunk, [(label, [(Run(values[i]),) for i in chunk]) for label, values in identity]))
    for group in comparison.groups:
        made.append(blocks.paragraph("heading", group.title, level=1))
        for chunk in chunks:
            made += _part(chunk, chunks, lang)
            made += _group(group, plans, chunk)
        made += [blocks.paragraph("note", _own_words(note)) for note in group.notes]
    if comparison.legend:
        made.append(blocks.paragraph("heading", LEGEND.text(lang), level=1))
        made += [blocks.paragraph("body", f"{entry.term}: {entry.meaning}") for entry in comparison.legend]
    return PlanDocument(title=title(comparison), municipality=joined([p.municipality for p in plans], lang),
                        period=joined(list(dict.fromkeys(p.period for p in plans)), lang),
                        status="", draft=False, blocks=made)


def _part(chunk: Sequence[int], chunks: Sequence[Sequence[int]], lang: Lang) -> list[Block]:
    """The caption that says which plans a table holds, when they are spread over several tables."""
    if len(chunks) == 1:
        return []
    total = sum(len(each) for each in chunks)
    return [blocks.paragraph("caption", PART.format(lang, first=chunk[0] + 1, last=chunk[-1] + 1, total=total))]


def _group(group: RowGroup, plans: Sequence[PlanColumn], chunk: Sequence[int]) -> list[Block]:
    """One row group's table for the plans in `chunk`, and its footnotes numbered under it."""
    footnotes: list[str] = []
    rows: list[tuple[str, list[tuple[Run, ...]]]] = []
    for row in group.rows:
        label = row.label
        if row.note:
            if row.note not in footnotes:
                footnotes.append(row.note)
            label += superscript(footnotes.index(row.note) + 1)
        rows.append((label, [_cell(row.cells[i]) for i in chunk]))
    notes = [blocks.paragraph("note", f"{superscript(number)} {note}") for number, note in enumerate(footnotes, 1)]
    return [_table(plans, chunk, rows), *notes]


def _own_words(note: str) -> str:
    """A group's note, where `backticks` mark a command: in Word the command is quoted as the plans' titles are."""
    parts = note.split("`")
    if len(parts) % 2 == 0:  # an unpaired backtick marks nothing
        return note
    return "".join(f"“{part}”" if i % 2 else part for i, part in enumerate(parts))


def _cell(cell: compared.Cell) -> tuple[Run, ...]:
    """A cell's words, then its further lines (a goal's target, or the details), each on a line of its own.

    A ministermål no goal answers stands out in bold, as the terminal and Markdown show it.
    """
    lines = [f"{target.goal}: {target.short}" for target in cell.targets] if cell.targets else cell.details
    words = Run(cell.text, emphasis="strong" if cell.state == "unanswered" else "")
    return (words, *(Run(f"\n{line}") for line in lines))


def _table(plans: Sequence[PlanColumn], chunk: Sequence[int],
           rows: Sequence[tuple[str, Sequence[tuple[Run, ...]]]]) -> Table:
    """Plans as columns after a narrower label column; the header row names the plans."""
    header = Row((Cell(()), *(Cell((Run(plans[i].header),)) for i in chunk)), header=True)
    body = tuple(Row((Cell((Run(label),)), *(Cell(runs) for runs in cells))) for label, cells in rows)
    label = min(_LABEL_SHARE_MOST, _LABEL_SHARE_OF_EQUAL / (len(chunk) + 1))
    share = (1 - label) / len(chunk)
    return Table((header, *body), widths=(label, *(share for _ in chunk)))
