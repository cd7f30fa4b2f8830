"""A document as the importers see it: headings, paragraphs, list items and tables, in order.

Every reader (.docx, .pdf, .txt, .md) gives a `SourceDocument`; the builder never looks at
the file itself. `Where` says where a block stood (a line of a text file, a page of a PDF, a
paragraph of a Word file) so the import report can point at what it could not place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

DocumentKind = Literal["docx", "pdf", "txt", "md"]


@dataclass(frozen=True)
class Where:
    """Where a block stood in the document: a line (text), a page (PDF), a paragraph number (Word)."""

    line: int | None = None
    page: int | None = None
    paragraph: int | None = None

    def __str__(self) -> str:
        parts = []
        if self.page is not None:
            parts.append(f"side {self.page}")
        if self.line is not None:
            parts.append(f"linje {self.line}")
        if self.paragraph is not None:
            parts.append(f"afsnit {self.paragraph}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 1 for a chapter, 2 and deeper for sub-headings
    where: Where = Where()


@dataclass(frozen=True)
class Text:
    """A paragraph of running text, its hard line breaks already joined."""

    text: str
    where: Where = Where()


@dataclass(frozen=True)
class Item:
    """A list item: a bullet, or a numbered item ("1.", "a)")."""

    text: str
    level: int = 1
    numbered: bool = False
    where: Where = Where()


@dataclass(frozen=True)
class TableBlock:
    """A table as rows of cell texts; merged cells are resolved (the text stands in the first cell)."""

    rows: tuple[tuple[str, ...], ...]
    where: Where = Where()


Block = Heading | Text | Item | TableBlock


@dataclass
class SourceDocument:
    """What a reader found: the blocks in order, and what it left out on purpose (page numbers,
    running headers, a deleted tracked change), each with where it stood, for the report."""

    kind: DocumentKind
    blocks: list[Block]
    left_out: list[tuple[Where, str]] = field(default_factory=list)
    title: str | None = None  # the document's own title, where the format has one (Word's Title style)
