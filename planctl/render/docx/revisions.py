"""Tracked changes: the revision marks of OOXML, one counter for their ids, and tracking switched on.

The shapes (research/word-and-import.md §1.3, measured in LibreOffice 7.4):

- an inserted run: `w:ins` around the run, its text in `w:t`;
- a deleted run: `w:del` around the run, its text in `w:delText` and nowhere else;
- an inserted or deleted paragraph: its runs so marked, and its paragraph mark too:
  `w:pPr/w:rPr/w:ins` (or `w:del`) as the first child of the mark's run properties;
- a style change: `w:pPrChange` as the last child of `w:pPr`, holding the previous `w:pPr`;
- an inserted or deleted table row: `w:trPr/w:ins` (or `w:del`), its cell runs marked too.

Every revision element has a unique integer `w:id`, `w:author` and `w:date` (without a date
LibreOffice shows 1 January 1970). `w:trackRevisions` in settings.xml makes the reader's own
edits tracked too.
"""

from __future__ import annotations

from datetime import datetime, timezone

from planctl.render.docx.ooxml import DELETED, INSERTED, Element, child, element, insert_after
from planctl.render.plan.document import Mark

TAGS: dict[Mark, str] = {"insert": INSERTED, "delete": DELETED}

# The children of w:settings that the schema puts before w:trackRevisions (ECMA-376, CT_Settings).
_BEFORE_TRACK_REVISIONS = (
    "w:writeProtection", "w:view", "w:zoom", "w:removePersonalInformation", "w:removeDateAndTime",
    "w:doNotDisplayPageBoundaries", "w:displayBackgroundShape", "w:printPostScriptOverText",
    "w:printFractionalCharacterWidth", "w:printFormsData", "w:embedTrueTypeFonts", "w:embedSystemFonts",
    "w:saveSubsetFonts", "w:saveFormsData", "w:mirrorMargins", "w:alignBordersAndEdges",
    "w:bordersDoNotSurroundHeader", "w:bordersDoNotSurroundFooter", "w:gutterAtTop", "w:hideSpellingErrors",
    "w:hideGrammaticalErrors", "w:activeWritingStyle", "w:proofState", "w:formsDesign", "w:attachedTemplate",
    "w:linkStyles", "w:stylePaneFormatFilter", "w:stylePaneSortMethod", "w:documentType", "w:mailMerge",
    "w:revisionView",
)


def revision_date(value: object) -> datetime:
    """The date revisions carry: a datetime as given (naive means UTC), an ISO 8601 text, or now."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if not isinstance(value, datetime):
        return datetime.now(timezone.utc)
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


class Revisions:
    """Hands out revision elements, each with the next id, the author and the date."""

    def __init__(self, author: str, date: datetime) -> None:
        self.author = author
        self.date = date.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.count = 0

    def mark(self, tag: str, *children: Element) -> Element:
        """A new `w:ins`, `w:del` or `w:pPrChange` with the next id."""
        self.count += 1
        return element(tag, *children, id=str(self.count), author=self.author, date=self.date)

    def wrap(self, mark: Mark, runs: list[Element]) -> list[Element]:
        """The runs inside one `w:ins` or `w:del`, or as they are when the mark is 'equal'."""
        if mark == "equal" or not runs:
            return runs
        return [self.mark(TAGS[mark], *runs)]


def track_revisions(settings: Element) -> None:
    """Switch tracking on in `w:settings`, in schema order (before `w:defaultTabStop` in the default)."""
    if child(settings, "w:trackRevisions") is None:
        insert_after(settings, element("w:trackRevisions"), _BEFORE_TRACK_REVISIONS)
