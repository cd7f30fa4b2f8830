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
from planctl.lint.rule import Message, Report, Rule

_NOTES = re.compile(
    r"\((?:[^()]*\b)?(?:opdateres|skal opdateres|tilføjes|indsættes|afventer|mangler)\b[^()]*\)"  # (opdateres ...)
    r"|\([^()]{3,120}\?\s*\)"                                       # (fortsætter vi den indsats?)
    r"|\b[^.!?()]{0,60}\bskal opdateres\b[^.!?]*[.!?]?"             # Figuren skal opdateres med 2018 tal.
    r"|\b(?:TODO|FIXME|TBD)\b"
    r"|\[(?:indsæt|tilføj|tal|kilde|ref)[^\]]*\]",
    re.IGNORECASE,
)


class EditorialNote(Rule):
    id = "U003"
    name = "editorial-note"
    severity = "error"
    follows_status = True

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        for node in ctx.texts:
            for match in _NOTES.finditer(node.text):
                note = match.group(0).strip()
                yield Report(
                    node.path,
                    Message(f"redaktionel note efterladt i teksten: '{note}'",
                            f"editorial note left in the text: '{note}'"),
                    excerpt=note,
                    offset=match.start() + (len(match.group(0)) - len(match.group(0).lstrip())),
                )
