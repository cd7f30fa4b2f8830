"""Runs of text as Word holds them: `w:t` (or `w:delText` when deleted), `w:br` for a newline, `w:tab`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from planctl.model.walk import PlanPath
from planctl.render.docx.ooxml import Element, element
from planctl.render.docx.revisions import Revisions
from planctl.render.docx.safe import SafeText
from planctl.render.plan.document import Emphasis, Mark, Run

_BREAKS = re.compile("(\n|\t)")
_PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"


# Display emphasis as direct formatting (w:b, w:strike, w:u), which Word shows and never offers to accept.
_EMPHASIS: dict[Emphasis, tuple[str, dict[str, str]]] = {
    "strong": ("w:b", {}),
    "strike": ("w:strike", {}),
    "underline": ("w:u", {"val": "single"}),
}


def run(text: str, *, deleted: bool = False, bold: bool = False, emphasis: Emphasis = "") -> Element:
    """One `w:r`; a deleted run holds its text in `w:delText` only, as the schema wants."""
    made = element("w:r")
    formats = [element("w:b")] if bold and emphasis != "strong" else []
    if emphasis:
        tag, attributes = _EMPHASIS[emphasis]
        formats.append(element(tag, **attributes))
    if formats:  # schema order within w:rPr: b before strike before u
        made.append(element("w:rPr", *formats))
    for piece in _BREAKS.split(text):
        if piece == "\n":
            made.append(element("w:br"))
        elif piece == "\t":
            made.append(element("w:tab"))
        elif piece:
            text_element = element("w:delText" if deleted else "w:t")
            text_element.text = piece
            text_element.set(_PRESERVE, "preserve")
            made.append(text_element)
    return made


class Inline:
    """Writes the runs of a paragraph or a cell, each inside its revision mark, all text made safe."""

    def __init__(self, revisions: Revisions, safe: SafeText) -> None:
        self.revisions = revisions
        self.safe = safe

    def runs(self, runs: Sequence[Run], origin: PlanPath, mark: Mark = "equal", *, bold: bool = False) -> list[Element]:
        """The runs as elements; a `mark` other than 'equal' (a whole paragraph or row) marks every run."""
        made: list[Element] = []
        for item in runs:
            if not item.text:
                continue
            this = mark if mark != "equal" else item.mark
            made += self.revisions.wrap(this, [run(self.safe(item.text, origin), deleted=this == "delete", bold=bold,
                                                          emphasis=item.emphasis)])
        return made
