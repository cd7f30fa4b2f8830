"""U003 editorial-note: a note or question to the authors left in the text.

What: remarks meant for colleagues, not readers: "(opdateres med nyeste tal)",
"Figuren skal opdateres med 2018 tal.", "'Ungepatruljen' (fortsætter vi den indsats?)",
"TODO", "[indsæt tal]".

Why: such notes are normal in a draft and embarrassing in the plan the byråd adopts.
A warning in a draft, an error in a final or adopted plan.

Passes:

    prose: [Nøgletal for udviklingen på arbejdsmarkedet]

Fails:

    prose: [Nøgletal for udviklingen på arbejdsmarkedet (opdateres med nyeste tal)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message

_NOTES = re.compile(
    r"\((?:[^()]*\b)?(?:opdateres|skal opdateres|tilføjes|indsættes|afventer|mangler)\b[^()]*\)"  # (opdateres ...)
    r"|\([^()]{3,120}\?\s*\)"                                       # (fortsætter vi den indsats?)
    r"|\b(?:TODO|FIXME|TBD)\b"
    r"|\[(?:indsæt|tilføj|tal|kilde|ref)[^\]]*\]",
    re.IGNORECASE,
)
# "Figuren skal opdateres med 2018 tal.": the whole sentence is the note.
_TO_BE_UPDATED = re.compile(r"\bskal opdateres\b[^.!?]*[.!?]?", re.IGNORECASE)
# What every match holds, one of them: a text whose folded form holds none is not searched.
_NOTE_MARKS = ("(", "[", "todo", "fixme", "tbd")
_UPDATE = "skal opdateres"


class EditorialNote(Rule):
    id = "U003"
    name = "editorial-note"
    severity = "error"
    follows_status = True

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        for node in ctx.texts:
            for start, end in _notes(node.text, node.folded):
                note = node.text[start:end]
                yield Report(
                    node.path,
                    Message(f"redaktionel note efterladt i teksten: '{note}'",
                            f"editorial note left in the text: '{note}'"),
                    excerpt=note,
                    offset=start,
                )


def _notes(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of the editorial notes in a text (`folded`: its folded form), in order, none inside another."""
    spans = [match.span() for match in _NOTES.finditer(text)] if any(map(folded.__contains__, _NOTE_MARKS)) else []
    if _UPDATE not in folded:
        return sorted(spans)
    for match in _TO_BE_UPDATED.finditer(text):
        start = max(text.rfind(mark, 0, match.start()) for mark in ".!?()") + 1
        start += len(text[start:]) - len(text[start:].lstrip())
        if not any(s <= start < e for s, e in spans):
            spans.append((start, match.end()))
    return sorted(spans)
