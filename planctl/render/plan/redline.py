"""The new plan's document with the changes from the old one marked up, as Word's tracked changes.

`redline(old, new, paths)` lines the blocks of two plan documents up and returns one document:
the blocks of the new plan, with the old plan's text that is gone marked deleted and the new
text marked inserted. Accepting every mark gives exactly the new plan's blocks in their order;
rejecting every mark gives exactly the old plan's. That holds by construction, whatever the
alignment, because the blocks are merged in both orders at once: the alignment only decides
how readable the marks are.

Blocks are lined up by where they come from in the plan. `paths` is the diff's own
alignment — an old section's or goal's path mapped to the new one's — so a renumbered goal
or a renamed section is one block changed word by word, not one removed and one added. Items
of a list (paragraphs, bullets, følgemål, key figures, table rows) are paired by their text:
the same text first, then, between those anchors, the most alike of the same kind.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping, Sequence
from dataclasses import replace

from patiencediff import PatienceSequenceMatcher
from rapidfuzz import fuzz

from planctl.diff.words import WordOp, word_diff
from planctl.model.walk import PlanPath
from planctl.render.plan.document import Block, Cell, Mark, Paragraph, PlanDocument, Row, Run, Table

# Collections whose items are known by their text, not by their place: a paragraph inserted
# before them must not make every later one "changed".
_LISTS = {"prose", "initiatives", "key_figures", "follow_up"}
# Two list items of one kind are taken as one item reworded when at least this alike (0-100).
LIKENESS = 60
# How far ahead to look for a reworded item's partner: keeps the pairing linear in a long plan.
_WINDOW = 12


def redline(old: PlanDocument, new: PlanDocument, paths: Mapping[PlanPath, PlanPath]) -> PlanDocument:
    """The new document, with every difference from the old one as inserted and deleted runs."""
    old_keys = [_key(_translated(block.origin, paths), block) for block in old.blocks]
    new_keys = [_key(block.origin, block) for block in new.blocks]
    merged: list[Block] = []
    for tag, i1, i2, j1, j2 in PatienceSequenceMatcher(None, old_keys, new_keys).get_opcodes():
        if tag == "equal":
            for a, b in zip(old.blocks[i1:i2], new.blocks[j1:j2], strict=True):
                merged += _changed(a, b)
        else:
            merged += _region(old.blocks[i1:i2], new.blocks[j1:j2])
    return replace(new, blocks=merged)


def _translated(origin: PlanPath, paths: Mapping[PlanPath, PlanPath]) -> PlanPath:
    """An old block's origin in the new plan's terms; an item the diff did not pair stays apart."""
    for cut in range(len(origin), 0, -1):
        prefix = origin[:cut]
        if prefix in paths:
            return (*paths[prefix], *origin[cut:])
        if len(prefix) in (2, 4) and prefix[0] == "sections" and prefix[-2] in ("sections", "goals",
                                                                                 "success_criteria"):
            return ("old", *origin)  # a section or goal the diff did not pair: removed
    return origin


def _key(origin: PlanPath, block: Block) -> Hashable:
    """What must be equal for two blocks to be one block of the plan."""
    role = block.role if isinstance(block, Paragraph) else "table"
    for index, part in enumerate(origin):
        if part in _LISTS and index + 1 < len(origin):
            # An item of a list: its parent, its kind, and its text.
            return (origin[:index + 1], role, _text(block))
    return (origin, role)


def _text(block: Block) -> str:
    if isinstance(block, Paragraph):
        return block.text
    return "\n".join("\t".join(cell.text for cell in row.cells) for row in block.rows)


def _region(old: Sequence[Block], new: Sequence[Block]) -> Iterator[Block]:
    """Blocks that differ: pair the alike ones in order, the rest are deleted or inserted."""
    j = 0
    for block in old:
        partner = _partner(block, new, j)
        if partner is None:
            yield _whole(block, "delete")
            continue
        while j < partner:
            yield _whole(new[j], "insert")
            j += 1
        yield from _changed(block, new[partner])
        j = partner + 1
    while j < len(new):
        yield _whole(new[j], "insert")
        j += 1


def _partner(block: Block, new: Sequence[Block], start: int) -> int | None:
    """The first block ahead in the new plan that is the same kind of block and alike enough."""
    for j in range(start, min(len(new), start + _WINDOW)):
        other = new[j]
        if type(other) is not type(block):
            continue
        if isinstance(block, Paragraph) and isinstance(other, Paragraph):
            if other.role == block.role and fuzz.ratio(block.text, other.text) >= LIKENESS:
                return j
        elif isinstance(block, Table) and isinstance(other, Table) and _same_shape(block, other):
            return j
    return None


def _whole(block: Block, mark: Mark) -> Block:
    """A block that is only in one of the plans: every run of it, and its mark, so marked."""
    if isinstance(block, Paragraph):
        return replace(block, runs=tuple(replace(run, mark=mark) for run in block.runs), mark=mark)
    return replace(block, mark=mark, rows=tuple(_whole_row(row, mark) for row in block.rows))


def _whole_row(row: Row, mark: Mark) -> Row:
    cells = tuple(Cell(tuple(replace(run, mark=mark) for run in cell.runs)) for cell in row.cells)
    return replace(row, cells=cells, mark=mark)


def _changed(old: Block, new: Block) -> list[Block]:
    """One block of both plans: its text word by word and its style change, if any; or, where
    one cannot be marked up in the other (a table whose columns changed), the old deleted and
    the new inserted."""
    if isinstance(old, Paragraph) and isinstance(new, Paragraph):
        was = (old.role, old.level) if (old.role, old.level) != (new.role, new.level) else None
        return [replace(new, runs=_runs(old.text, new.text), was=was)]
    if isinstance(old, Table) and isinstance(new, Table) and _same_shape(old, new):
        return [replace(new, rows=tuple(_rows(old.rows, new.rows)))]
    return [_whole(old, "delete"), _whole(new, "insert")]


def _same_shape(old: Table, new: Table) -> bool:
    widths = {len(row.cells) for row in (*old.rows, *new.rows)}
    return len(widths) == 1


def _rows(old: Sequence[Row], new: Sequence[Row]) -> Iterator[Row]:
    """Rows paired by their first cell (the row's label), then by content; cells word by word."""
    old_keys = [(row.header, _cell_text(row, 0)) for row in old]
    new_keys = [(row.header, _cell_text(row, 0)) for row in new]
    for tag, i1, i2, j1, j2 in PatienceSequenceMatcher(None, old_keys, new_keys).get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for a, b in zip(old[i1:i2], new[j1:j2], strict=True):
                cells = tuple(Cell(_runs(_cell_text(a, k), _cell_text(b, k))) for k in range(len(b.cells)))
                yield replace(b, cells=cells)
            continue
        yield from (_whole_row(row, "delete") for row in old[i1:i2])
        yield from (_whole_row(row, "insert") for row in new[j1:j2])


def _cell_text(row: Row, index: int) -> str:
    return row.cells[index].text if index < len(row.cells) else ""


def _runs(old: str, new: str) -> tuple[Run, ...]:
    if old == new:
        return (Run(new),)
    return tuple(_run(op) for op in word_diff(old, new) if op.text)


def _run(op: WordOp) -> Run:
    mark: Mark = "delete" if op.op == "delete" else "insert" if op.op == "insert" else "equal"
    return Run(op.text, mark)
