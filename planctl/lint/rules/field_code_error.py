"""U005 field-code-error: a Word field-code error that leaked into the text.

What: the text Word prints in place of a broken field, in Danish or English:
"Fejl! Bogmærke er ikke defineret.", "Fejl! Ukendt betegnelse for dokumentegenskab.",
"Fejl! Henvisningskilde ikke fundet.", "Error! Reference source not found.",
"Error! Bookmark not defined." and their kin.

Why: it means a cross-reference or document property was broken when the plan was
exported, so the reader sees an error message where a page number, a journal number or
a heading should be. Always an error.

Passes:

    prose: [Se afsnit 3 på side 7.]

Fails:

    prose: [Se afsnit Fejl! Bogmærke er ikke defineret. på side 7.]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message

# The messages Word prints in place of a broken field, as Danish and English Word
# print them. A plain "Fejl!" in running text is not one of them.
_MESSAGES = (
    "Bogmærke er ikke defineret", "Henvisningskilde ikke fundet", "Ukendt betegnelse for dokumentegenskab",
    "Ingen tekst med den angivne typografi i dokumentet", "Ikke et gyldigt bogmærke",
    "Filnavn ikke angivet", "Hyperlinkreferencen er ikke gyldig", "Ukendt switch-argument",
    "Der blev ikke fundet nogen indholdsfortegnelsesposter", "Objekter kan ikke oprettes",
    "Reference source not found", "Bookmark not defined", "Unknown document property name",
    "No text of specified style in document", "Not a valid bookmark", "Main Document Only",
    "Filename not specified", "Hyperlink reference not valid", "Unknown switch argument",
    "No table of contents entries found", "Objects cannot be created from editing field codes",
)
_FIELD_ERROR = r"\b(?:Fejl|Error)!\s+(?:" + "|".join(re.escape(m) for m in _MESSAGES) + r")\.?"


@cache
def _field_error() -> re.Pattern[str]:
    """The pattern, compiled at first need (a text with '!'; most plans have none): ~0.5 ms to compile."""
    return re.compile(_FIELD_ERROR, re.IGNORECASE)


class FieldCodeError(Rule):
    id = "U005"
    name = "field-code-error"
    severity = "error"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        for node in ctx.texts:
            if "!" not in node.text:
                continue  # every message opens with "Fejl!" or "Error!"
            for match in _field_error().finditer(node.text):
                yield Report.of_match(node.path, match, Message(
                    f"Word-feltkodefejl i teksten: '{match.group(0)}'",
                    f"Word field-code error in the text: '{match.group(0)}'"))
