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
# "Figuren skal opdateres med 2018 tal.": the whole sentence is the note. Compiled at its first use (by re):
# only a text that holds "skal opdateres" is searched with it.
_TO_BE_UPDATED = r"(?i)\bskal opdateres\b[^.!?]*[.!?]?"
# What every match of _NOTES holds: a note in parentheses its parentheses and a word or a question mark, a
# note in square brackets its brackets, or a word to the authors; a text whose folded form holds none of
# these is not searched.
_IN_PARENTHESES = ("opdateres", "tilføjes", "indsættes", "afventer", "mangler", "?")
_TO_AUTHORS = ("todo", "fixme", "tbd")
_UPDATE = "skal opdateres"


class EditorialNote(Rule):
    id = "U003"
    name = "editorial-note"
    severity = "error"
    follows_status = True

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        texts = ctx.texts
        folded = ctx.folded
        # Each mark looked for in every text at once (`Joined.holding`); single characters are found fastest.
        parenthesised = folded.holding("(") & folded.holding(")")
        notes = {index for index in parenthesised if any(map(texts[index].folded.__contains__, _IN_PARENTHESES))}
        notes |= folded.holding(*_TO_AUTHORS) | (folded.holding("[") & folded.holding("]"))
        updates = folded.holding(_UPDATE)
        for index in sorted(notes | updates):
            node = texts[index]
            for start, end in _notes(node.text, index in notes, index in updates):
                note = node.text[start:end]
                yield Report(
                    node.path,
                    Message(f"redaktionel note efterladt i teksten: '{note}'",
                            f"editorial note left in the text: '{note}'"),
                    excerpt=note,
                    offset=start,
                )


def _notes(text: str, noted: bool, updated: bool) -> list[tuple[int, int]]:
    """Spans of the editorial notes in a text, in order, none inside another; `noted`: the text may hold a
    match of _NOTES, `updated`: one of _TO_BE_UPDATED."""
    spans = [match.span() for match in _NOTES.finditer(text)] if noted else []
    if not updated:
        return sorted(spans)
    for match in re.finditer(_TO_BE_UPDATED, text):
        start = max(text.rfind(mark, 0, match.start()) for mark in ".!?()") + 1
        start += len(text[start:]) - len(text[start:].lstrip())
        if not any(s <= start < e for s, e in spans):
            spans.append((start, match.end()))
    return sorted(spans)
