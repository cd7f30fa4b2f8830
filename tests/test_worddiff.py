"""The word diff (the tokeniser it uses is tested in tests/test_text.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planctl.worddiff import WordOp, marked, word_diff


def test_a_filled_placeholder_is_one_changed_word() -> None:
    ops = word_diff("skal falde med x pct. fra 2018", "skal falde med 4 pct. fra 2018")
    assert ops == [WordOp("equal", "skal falde med "), WordOp("delete", "x"), WordOp("insert", "4"),
                   WordOp("equal", " pct. fra 2018")]


def test_a_changed_phrase_reads_as_one_change_not_confetti() -> None:
    ops = word_diff("Borgerne skal i job eller uddannelse hurtigst muligt.",
                    "Flere borgere skal hurtigt i beskæftigelse eller uddannelse.")
    changes = [op for op in ops if op.op != "equal"]
    assert len(changes) <= 2  # one deletion and one insertion, not a word-by-word patchwork


def test_unchanged_text_has_no_edits() -> None:
    assert word_diff("Der er ca. 600 personer.", "Der er ca. 600 personer.") == [
        WordOp("equal", "Der er ca. 600 personer.")
    ]


@given(st.text(alphabet="ab æø.,\n", max_size=60), st.text(alphabet="ab æø.,\n", max_size=60))
def test_the_diff_rebuilds_both_texts(old: str, new: str) -> None:
    ops = word_diff(old, new)
    assert "".join(op.text for op in ops if op.op != "insert") == old
    assert "".join(op.text for op in ops if op.op != "delete") == new


def test_marked_writes_a_word_diff_as_the_diff_command_does() -> None:
    ops = word_diff("Alle ledige skal have en værdig sagsbehandling", "Alle ledige skal have en hurtig sagsbehandling")
    assert marked(ops) == "Alle ledige skal have en [-værdig-]{+hurtig+} sagsbehandling"
