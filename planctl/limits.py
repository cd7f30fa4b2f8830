"""The bounds planctl puts on what it reads, stated once.

A municipal plan is tens of kilobytes (the largest of the five real plans is 96 KB as YAML);
these bounds sit far above any real plan and far below what would let a hostile or broken
file exhaust memory or time. Each is named in the message of the refusal it causes.
"""

from __future__ import annotations

KB = 1024
MB = 1024 * KB

# A plan file (YAML) and a configuration file.
MAX_PLAN_BYTES = 5 * MB
MAX_CONFIG_BYTES = 1 * MB
# A document to import (Word, PDF, text).
MAX_DOCUMENT_BYTES = 50 * MB

# The longest line of a plan file: a paragraph of a real plan is a few thousand characters.
MAX_LINE_CHARS = 200_000
# How deep mappings and lists may nest; a plan nests about eight levels.
MAX_DEPTH = 64
# Aliases may repeat parts of a plan; the text after expanding them may not grow beyond this
# many characters more than the file itself holds (an alias bomb or an amplification).
MAX_ALIAS_GROWTH_CHARS = 2 * MB
MAX_ALIAS_NODES = 10_000
# The longest number planctl reads: more digits than any count or amount in a plan.
MAX_NUMBER_DIGITS = 30


def size(n: int) -> str:
    """A byte count as a person says it: '5 MB', '200 KB'."""
    if n >= MB:
        return f"{n / MB:g} MB"
    if n >= KB:
        return f"{n / KB:g} KB"
    return f"{n} bytes"
