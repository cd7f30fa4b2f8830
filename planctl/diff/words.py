"""The word diff, named where the diff package has always found it.

It is defined in `planctl.worddiff`, below lint, so that a finding can mark the words that
differ as `diff` does; the diff package and its renderers import it from here.
"""

from planctl.worddiff import (
    DELETED_MARKS,
    INSERTED_MARKS,
    WordOp,
    changed_words,
    has_changes,
    marked,
    word_diff,
)

__all__ = ["DELETED_MARKS", "INSERTED_MARKS", "WordOp", "changed_words", "has_changes", "marked", "word_diff"]
