"""Inline suppressions: `# planctl: ignore[U001]` on a line of a plan file.

The comment silences the named rules (ids or family prefixes) on its own line or, when
it stands alone on a line, on the next line that is neither blank nor a comment. A reason may follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_COMMENT = re.compile(r"(?:^|\s)(#\s*planctl:\s*ignore\[(?P<codes>[^\]]*)\])")


@dataclass
class Suppression:
    line: int
    column: int
    target_line: int
    codes: tuple[str, ...]
    used: set[str] = field(default_factory=set)

    def covers(self, rule_id: str) -> bool:
        return any(rule_id.startswith(code) for code in self.codes)


def parse_suppressions(text: str) -> list[Suppression]:
    lines = text.splitlines()
    found = []
    for number, raw in enumerate(lines, start=1):
        match = _COMMENT.search(raw)
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
