"""Word-level diff of Danish text, near-linear in the length of the texts.

The diff runs in two steps, as git's word diff does: paragraphs first, then the tokens
(planctl.text.tokenise) of the paragraphs that differ. Both steps use patiencediff, which anchors on
items that occur once in each text and so stays near-linear where difflib and
diff-match-patch are quadratic on a whole plan. Should patiencediff give up on a stretch
(its recursion is bounded), rapidfuzz's bit-parallel Indel diff takes that stretch.
A semantic cleanup then merges edits separated by a word or two of unchanged text, so a
changed phrase reads as one change rather than as confetti.

It lives at the bottom of planctl, below lint, because a finding shows words that differ
(a misquoted ministermål) with the marks `diff` prints them with: `[-old-]{+new+}`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from planctl.text import is_word, tokenise

Op = Literal["equal", "delete", "insert"]


@dataclass(frozen=True)
class WordOp:
    """A run of text that is kept, deleted (only in the old text) or inserted (only in the new)."""

    op: Op
    text: str


def word_diff(old: str, new: str) -> list[WordOp]:
    """The word diff of two texts: equal, delete and insert runs in reading order."""
    a, b = _paragraphs(old), _paragraphs(new)
    items: list[_Item] = []
    for tag, i1, i2, j1, j2 in _opcodes(a, b):
        if tag == "equal":
            items.append(_Item(["".join(a[i1:i2])]))
        else:
            items += _token_items(tokenise("".join(a[i1:i2])), tokenise("".join(b[j1:j2])))
    return _ops(_cleanup(items))


def _paragraphs(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _token_items(a: list[str], b: list[str]) -> list[_Item]:
    items = []
    for tag, i1, i2, j1, j2 in _opcodes(a, b):
        if tag == "equal":
            items.append(_Item(a[i1:i2]))
        else:
            items.append(_Item([], a[i1:i2], b[j1:j2], edit=True))
    return items


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    # Imported at first use: check needs a word diff only when M004 finds a misquoted goal.
    from patiencediff import PatienceSequenceMatcher
    from rapidfuzz.distance import Indel

    try:
        return list(PatienceSequenceMatcher(None, a, b).get_opcodes())
    except BaseException as error:  # patiencediff's Rust core panics past its recursion bound
        if isinstance(error, (KeyboardInterrupt, SystemExit)):
            raise
        return [(op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end) for op in Indel.opcodes(a, b)]


# How a word diff is written in plain text, as git's word diff writes it: [-old-]{+new+}.
DELETED_MARKS = ("[-", "-]")
INSERTED_MARKS = ("{+", "+}")


def marked(ops: list[WordOp]) -> str:
    """A word diff as one line of plain text: 'en [-værdig-]{+hurtig+} sagsbehandling'."""
    marks = {"delete": DELETED_MARKS, "insert": INSERTED_MARKS}
    parts = []
    for op in ops:
        if op.op == "equal":
            parts.append(op.text)
        else:
            before, after = marks[op.op]
            parts.append(f"{before}{op.text}{after}")
    return "".join(parts)


def has_changes(ops: list[WordOp]) -> bool:
    return any(op.op != "equal" for op in ops)


def changed_words(ops: list[WordOp]) -> tuple[list[str], list[str]]:
    """The deleted and the inserted words (no spaces or marks)."""
    def words(kind: Op) -> list[str]:
        return [t for op in ops if op.op == kind for t in tokenise(op.text) if is_word(t)]

    return words("delete"), words("insert")


@dataclass
class _Item:
    equal: list[str]
    deleted: list[str] | None = None
    inserted: list[str] | None = None
    edit: bool = False

    @property
    def size(self) -> int:
        """Words in an equality; in an edit, the larger of its deleted and inserted words."""
        if not self.edit:
            return _words(self.equal)
        return max(_words(self.deleted or []), _words(self.inserted or []))


def _words(tokens: list[str]) -> int:
    return sum(1 for t in tokens if not t.isspace())


def _cleanup(items: list[_Item]) -> list[_Item]:
    """Fold short equalities between edits into the edits (diff-match-patch's semantic idea).

    An unchanged stretch of at most two words between two edits, and no longer than the
    edits around it, is taken as deleted and inserted again: "med x pct. fra 2018" →
    "med 4 pct. fra oktober 2018" then reads "x pct. fra" → "4 pct. fra oktober", one change.
    One pass from left to right, so a whole plan costs time in proportion to its length.
    """
    result: list[_Item] = []
    for k, item in enumerate(items):
        previous = result[-1] if result else None
        if item.edit:
            if previous is not None and previous.edit:
                assert previous.deleted is not None and previous.inserted is not None
                previous.deleted += item.deleted or []
                previous.inserted += item.inserted or []
            else:
                result.append(_Item([], list(item.deleted or []), list(item.inserted or []), edit=True))
            continue
        following = items[k + 1] if k + 1 < len(items) else None
        words = item.size
        if (previous is not None and previous.edit and following is not None and following.edit
                and words <= 2 and words <= min(previous.size, following.size)):
            assert previous.deleted is not None and previous.inserted is not None
            previous.deleted += item.equal
            previous.inserted += item.equal
        else:
            result.append(item)
    return result


def _ops(items: list[_Item]) -> list[WordOp]:
    ops: list[WordOp] = []
    for item in items:
        if not item.edit:
            if item.equal:
                ops.append(WordOp("equal", "".join(item.equal)))
            continue
        if item.deleted:
            ops.append(WordOp("delete", "".join(item.deleted)))
        if item.inserted:
            ops.append(WordOp("insert", "".join(item.inserted)))
    return ops
