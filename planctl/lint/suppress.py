"""Inline suppressions: `# planctl: ignore[U001]` on a line of a plan file.

The comment silences the named rules (ids or family prefixes) on its own line or, when
it stands alone on a line, on the next line that is neither blank nor a comment. A reason may follow.
"""

from __future__ import annotations

import re

# Compiled at its first use (a plan with a suppression; most have none), not when check imports this.
_COMMENT = r"(?:^|\s)(#\s*planctl:\s*ignore\[(?P<codes>[^\]]*)\])"


class Suppression:
    """A suppression comment: where it stands, the line it silences, the codes it names and those it silenced.

    A plain class, not a dataclass: every check imports it, and a dataclass costs a third of a millisecond
    to build at import.
    """

    __slots__ = ("line", "column", "target_line", "codes", "used")

    def __init__(self, line: int, column: int, target_line: int, codes: tuple[str, ...]) -> None:
        self.line = line
        self.column = column
        self.target_line = target_line
        self.codes = codes
        self.used: set[str] = set()

    def covers(self, rule_id: str) -> bool:
        return any(rule_id.startswith(code) for code in self.codes)


def parse_suppressions(text: str) -> list[Suppression]:
    comment = re.compile(_COMMENT)
    lines = text.splitlines()
    found = []
    for number, raw in enumerate(lines, start=1):
        match = comment.search(raw)
        if not match:
            continue
        codes = tuple(c.strip().upper() for c in match["codes"].split(",") if c.strip())
        target = number
        if raw.lstrip().startswith("#"):
            target = next(
                (n for n in range(number + 1, len(lines) + 1)
                 if lines[n - 1].strip() and not lines[n - 1].lstrip().startswith("#")),
                number,
            )
        found.append(Suppression(number, match.start(1) + 1, target, codes))
    return found
