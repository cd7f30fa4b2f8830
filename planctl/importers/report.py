"""What an import found and what it could not place: the summary on standard error, and `--report`."""

from __future__ import annotations

from dataclasses import dataclass, field

from planctl.importers.blocks import Where


@dataclass
class ImportReport:
    """Counts of what was found, and every piece of text that was skipped or left as prose, with where."""

    document: str
    counts: dict[str, int] = field(default_factory=dict)
    skipped: list[tuple[Where, str]] = field(default_factory=list)  # not in the plan at all
    as_prose: list[tuple[Where, str]] = field(default_factory=list)  # kept verbatim, but not understood
    notes: list[str] = field(default_factory=list)

    def count(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n

    def summary(self) -> str:
        """One line: 'import: 74 sections, 22 goals (20 with a target, 9 placeholders), ...'."""
        c = self.counts
        parts = [
            f"{c.get('sections', 0)} sections",
            f"{c.get('goals', 0)} goals ({c.get('targets', 0)} with a measurable target, "
            f"{c.get('placeholders', 0)} placeholders)",
        ]
        for name in ("success criteria", "følgemål", "initiatives", "key figures", "tables", "overview goals"):
            if c.get(name):
                parts.append(f"{c[name]} {name}")
        tail = f"; {len(self.as_prose)} pieces kept as prose only, {len(self.skipped)} skipped"
        return f"import {self.document}: " + ", ".join(parts) + tail

    def full(self) -> str:
        """The summary, the notes, then every skipped piece and every piece left as prose, with where."""
        lines = [self.summary(), *(f"note: {note}" for note in self.notes)]
        for title, pieces in (("skipped (not in the plan)", self.skipped),
                              ("kept as prose (verbatim, not recognised)", self.as_prose)):
            lines.append(f"{title}: {len(pieces)}")
            lines.extend(f"  {where or '-'}: {_short(text)}" for where, text in pieces)
        return "\n".join(lines)


def _short(text: str, width: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
