"""Plain text and Markdown -> blocks.

A text file has no styles, so its structure is read from the shape of its lines (the counts
behind each rule were measured on the five seeds, see the research note §3.4):

- a document is *hard-wrapped* (text extracted from a PDF) when most unterminated lines
  run on into a lowercase word; its lines are then joined into paragraphs, also across the
  blank line a PDF extract puts between wrapped lines. Elsewhere a line is a paragraph.
- a line-end hyphen is kept ("Lyngby-" + "Taarbæk" -> "Lyngby-Taarbæk", never
  "LyngbyTaarbæk") and joined without a space, except before og/eller/samt/til
  ("bygge- og anlæg").
- headings: Markdown `#`; a number ("2.1 Flere unge ...") on a short line that is not part
  of a numbered list; and the shape of a heading: a short line without a full stop
  followed by a paragraph.
- "•", U+F0B7 (Word's Symbol bullet), "-", "–" and "*" start a list item; "1." items in a
  run of numbered lines are a numbered list.
- a line with two or more tabs is a table row; consecutive rows make a table.
- a page number alone on a line and "Side 3 af 24" are left out, and listed as left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from planctl.errors import PlanctlError, Problem
from planctl.importers.blocks import Block, Heading, Item, SourceDocument, TableBlock, Text, Where

_TERMINATED = tuple(".:!?;")
# A hard-wrapped document: this share of unterminated lines runs on into a lowercase word
# (seed 001: 76 %; the four others: 2 % at most).
_WRAPPED_SHARE = 0.3
_JOINING_WORDS = ("og", "eller", "samt", "til")
_LITTLE_WORDS = frozenset({
    "i", "og", "for", "fra", "med", "om", "af", "til", "på", "er", "at", "ved", "samt", "eller", "en", "et",
    "den", "det", "de", "som", "mellem", "hos", "under", "over", "efter", "mod",
})
_PAGE_NUMBER = re.compile(r"^(?:side\s+)?\d{1,3}(?:\s*(?:af|/)\s*\d{1,3})?$", re.IGNORECASE)
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(\S(?:.*\S)?)\1$")
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")  # "1\. Flere" is the text "1. Flere"
_PIPE_ROW = re.compile(r"^\|.*\|$")
_PIPE_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")
_BULLET = re.compile(r"^[•\uf0b7\u25aa\u25cf·*\-–]\s*(?=\S)")
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.)\s+(?=[^\d\s])")
_SECTION_NUMBER = re.compile(r"^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})*)\.?\s+[A-ZÆØÅ]")
_SECTION_HEADING_WORDS = 25
_HEADING_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s")
_LETTERED = re.compile(r"^(?:[a-zæøå]|\d{1,2})\)\s+")
# A goal's label, a følgemål or a succeskriterier line: the builder reads these, never as headings.
_LABEL = re.compile(r"^(?:m[åa]l\s*\d+|følgemål|succeskriteri|indsatser\b)", re.IGNORECASE)
# Table of contents: dot leaders or a tab before a page number ("Indledning.....\t3", "1. Unge\tside 6").
CONTENTS_LINE = re.compile(r"^(?P<title>.+?)(?:\s*\.{3,}\s*\t?|\s*\t\s*)(?:side\s+)?(?P<page>\d{1,3})\s*$",
                           re.IGNORECASE)
_HEADING_MAX_CHARS = 120
_PAGE_PREFIX = re.compile(r"^(\d{1,3}) \S")
_TRANSCRIPT_PAGES = 5  # page-numbered lines 1, 2, 3, ... in a row: a transcript
_PAGE_CHARS = 500  # ... when most of them hold a page of text
_INLINE_HEADING = re.compile(r"(?:^|(?<=[.!?:)] ))(?P<number>\d(?:\.\d){0,2}) (?P<title>[A-ZÆØÅ][^.!?]{1,100}?) "
                             r"(?=[A-ZÆØÅ][a-zæøå]* [a-zæøå])")
_HEADING_MAX_WORDS = 18


@dataclass(frozen=True)
class _Line:
    text: str
    number: int  # 1-based line in the file


def read_text(data: bytes, path: Path, *, markdown: bool) -> SourceDocument:
    """The blocks of a UTF-8 text or Markdown document."""
    text = _decode(data, path)
    left_out: list[tuple[Where, str]] = []
    lines: list[_Line] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if _PAGE_NUMBER.match(stripped):
            left_out.append((Where(line=number), stripped))
        else:
            lines.append(_Line(raw.rstrip("\r\n\t"), number))
    lines = _transcript_pages(lines, left_out)
    wrapped = is_hard_wrapped([line.text.strip() for line in lines])
    logical = _join_wrapped(lines) if wrapped else [
        _Line(line.text.strip() if line.text.count("\t") < 2 else line.text.strip(" "), line.number)
        for line in lines if line.text.strip()
    ]
    blocks = _blocks(logical, markdown=markdown)
    return SourceDocument(kind="md" if markdown else "txt", blocks=blocks, left_out=left_out)


def _transcript_pages(lines: list[_Line], left_out: list[tuple[Where, str]]) -> list[_Line]:
    """A web transcript of a PDF (seed 002) prints each page as one line that starts with its number:
    "1 Gladsaxe Kommunes ...", "2 1 Indledning ...". The numbers are left out, and so are the
    site's lines before page 1 and after the last page (its list of related documents)."""
    pages: list[int] = []
    expected = 1
    for index, line in enumerate(lines):
        match = _PAGE_PREFIX.match(line.text.strip())
        if match and int(match[1]) == expected:
            pages.append(index)
            expected += 1
    lengths = sorted(len(lines[index].text) for index in pages)
    if len(pages) < _TRANSCRIPT_PAGES or lengths[len(lengths) // 2] < _PAGE_CHARS:
        return lines  # a numbered list (a meeting's agenda), not pages
    kept: list[_Line] = []
    for index, line in enumerate(lines):
        if index in pages:
            number, text = line.text.strip().split(" ", 1)
            left_out.append((Where(line=line.number, page=int(number)), number))
            kept.extend(_Line(piece, line.number) for piece in _at_inline_headings(text))
        elif pages[0] < index < pages[-1]:
            kept.append(line)
        elif line.text.strip():
            left_out.append((Where(line=line.number), line.text.strip()))
    return kept


def _at_inline_headings(page: str) -> list[str]:
    """A transcript's page split before each numbered heading it runs into the text:
    "... førtidspension. 2.7 Løntilskud til førtidspensionister Jobcenteret har ..." gives
    "... førtidspension.", "2.7 Løntilskud til førtidspensionister", "Jobcenteret har ...".
    A heading is a number, then words up to the first capitalised word that starts a sentence."""
    pieces: list[str] = []
    start = 0
    for match in _INLINE_HEADING.finditer(page):
        before = page[start:match.start()].strip()
        if before:
            pieces.append(before)
        pieces.append(f"{match['number']} {match['title']}")
        start = match.end()
    rest = page[start:].strip()
    return [*pieces, rest] if rest else pieces


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise PlanctlError(Problem(f"not UTF-8 text (byte 0x{data[error.start]:02x})", path, line, column,
                                   hint="save the document as UTF-8, or import the Word or PDF file")) from None


def is_hard_wrapped(lines: list[str]) -> bool:
    """Most unterminated lines run on into a lowercase word on the next non-blank line."""
    texts = [line for line in lines if line]
    unterminated = runs_on = 0
    for current, following in zip(texts, texts[1:], strict=False):
        if current.endswith(_TERMINATED) or "\t" in current:
            continue
        unterminated += 1
        runs_on += following[:1].islower()
    return unterminated >= 10 and runs_on / unterminated >= _WRAPPED_SHARE


def _join_wrapped(lines: list[_Line]) -> list[_Line]:
    """Join the lines of a hard-wrapped document into paragraphs.

    A line runs on when it is about as long as the wrapped lines are and not terminated, or
    when the next line starts in lowercase. A line that ends in two spaces ends its paragraph
    (the Markdown hard break; the PDF extract of seed 001 ends every paragraph so). A blank
    line between wrapped lines does not end the paragraph (PDF extracts put one after every
    line); a short terminated line does.
    """
    texts = [line for line in lines if line.text.strip()]
    lengths = sorted(len(line.text.strip()) for line in texts)
    wrap_width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    joined: list[_Line] = []
    current: _Line | None = None
    after_label = False  # the text of a goal whose label stands alone ends at its line, unless it runs on in lowercase
    ends_paragraph = False
    previous = ""  # the last line as printed: its length tells a wrapped line from a short last one
    for line in texts:
        text = line.text.strip()
        width = 10**6 if after_label else wrap_width
        if current is not None and not ends_paragraph and _runs_on(previous, text, width):
            current = _Line(join_hyphenated(current.text, text), current.number)
            ends_paragraph = line.text.endswith("  ")
            previous = text
            continue
        if current is not None:
            joined.append(current)
            after_label = bool(_LABEL.match(current.text)) and len(current.text) < 12
        current = _Line(text, line.number)
        ends_paragraph = line.text.endswith("  ")
        previous = text
    if current is not None:
        joined.append(current)
    return joined


def _runs_on(current: str, following: str, wrap_width: int) -> bool:
    if _BULLET.match(following) or _LABEL.match(following) or _NUMBERED.match(following) or "\t" in current:
        return False
    if current.endswith(_TERMINATED):
        return False
    if _LABEL.match(current) and len(current) < 12:  # "MÅL 1" alone, its text on the next line
        return False
    if following[:1].islower() or following[:1].isdigit():
        return True
    # Before a capital a wrapped line ends in a little word ("Center for | Arbejdsmarked"), a
    # hyphen ("Lyngby- | Taarbæk") or a name ("Hovedstadens | Jobrotationsservice"); a heading
    # ends in a noun ("... længerevarende ledighed | Jobcenteret har ...").
    last = current.split()[-1] if current.split() else ""
    return len(current) >= 0.75 * wrap_width and (
        last.endswith("-") or last.lower() in _LITTLE_WORDS or last[:1].isupper()
        or len(current) >= 0.93 * wrap_width)


def join_hyphenated(first: str, second: str) -> str:
    """Join two wrapped lines: the line-end hyphen stays ("Lyngby-Taarbæk", "bygge- og anlæg")."""
    if first.endswith("-") and len(first) > 1 and first[-2].isalpha():
        next_word = second.split(maxsplit=1)[0].lower() if second.split() else ""
        return f"{first} {second}" if next_word in _JOINING_WORDS else f"{first}{second}"
    return f"{first} {second}"


def _blocks(lines: list[_Line], *, markdown: bool) -> list[Block]:
    blocks: list[Block] = []
    if markdown:
        lines = [_Line(_MARKDOWN_ESCAPE.sub(r"\1", _without_emphasis(line.text)), line.number) for line in lines]
    numbered = [bool(_NUMBERED.match(line.text)) and not CONTENTS_LINE.match(line.text) for line in lines]
    # Markdown says where its headings are; elsewhere the shape of a line has to.
    heading_shape = [not markdown and _heading_shape(line.text) for line in lines]
    # A heading is followed by a paragraph, or by a heading that is (a chapter, then its first section).
    is_heading = [False] * len(lines)
    for i in range(len(lines) - 1, -1, -1):
        if not heading_shape[i]:
            continue
        in_list = (i > 0 and numbered[i - 1]) or (i + 1 < len(lines) and numbered[i + 1])
        if (numbered[i] and in_list) or (i > 0 and _LABEL.match(lines[i - 1].text) and len(lines[i - 1].text) < 12):
            continue  # a numbered list, or the text of a goal whose label stands alone on the line before
        following = lines[i + 1].text if i + 1 < len(lines) else ""
        caption = i + 2 < len(lines) and heading_shape[i + 1] and lines[i + 2].text.count("\t") >= 2
        is_heading[i] = bool(following) and following.count("\t") < 2 and (  # before a table: its caption
            is_heading[i + 1] or caption or _is_paragraph(following) or bool(_LABEL.match(following))
            or bool(_BULLET.match(following))
        )
    rows: list[tuple[str, ...]] = []
    rows_where = Where()
    for i, line in enumerate(lines):
        text = line.text
        where = Where(line=line.number)
        cells = _cells(text, markdown=markdown)
        if cells is not None:
            if cells and not rows:
                rows_where = where
            if cells:
                rows.append(cells)
            continue
        if rows:
            blocks.append(TableBlock(tuple(rows), rows_where))
            rows = []
        markdown_heading = _MARKDOWN_HEADING.match(text) if markdown else None
        bullet = _BULLET.match(text)
        numbered_heading = _numbered_heading(text[bullet.end():] if bullet else text, where, markdown=markdown)
        if markdown_heading:
            blocks.append(Heading(markdown_heading[2], len(markdown_heading[1]), where))
        elif numbered_heading:
            blocks.append(numbered_heading)
        elif bullet:
            blocks.append(Item(text[bullet.end():], where=where))
        elif is_heading[i]:
            number = _HEADING_NUMBER.match(text)
            level = min(number[1].count(".") + 1, 4) if number else 1
            blocks.append(Heading(text, level, where))
        elif numbered[i] or _LETTERED.match(text):
            blocks.append(Item(text, numbered=True, where=where))
        else:
            blocks.append(Text(text, where))
    if rows:
        blocks.append(TableBlock(tuple(rows), rows_where))
    return blocks


def _numbered_heading(text: str, where: Where, *, markdown: bool) -> Heading | None:
    """A line numbered as a sub-section ("2.1 Flere unge uden uddannelse ...") is a heading, full stop or not
    (and even behind a bullet, as seed 003 prints its focus areas)."""
    match = _SECTION_NUMBER.match(text)
    if markdown or not match or len(text.split()) > _SECTION_HEADING_WORDS:
        return None
    return Heading(text, min(match[1].count(".") + 1, 4), where)


def _cells(text: str, *, markdown: bool) -> tuple[str, ...] | None:
    """A table row's cells (empty for a Markdown table's rule line), or None when the line is no table row."""
    if text.count("\t") >= 2:
        return tuple(cell.strip() for cell in text.split("\t"))
    if markdown and _PIPE_ROW.match(text):
        return () if _PIPE_RULE.match(text) else tuple(c.strip() for c in text.strip().strip("|").split("|"))
    return None


def _without_emphasis(text: str) -> str:
    """A Markdown line set in bold or italics as a whole ("**MÅL 4**") as its text."""
    match = _EMPHASIS.match(text)
    return match[2] if match else text


def _heading_shape(text: str) -> bool:
    """A short line, not ending in a full stop or a comma, starting with a capital or a number."""
    if len(text) > _HEADING_MAX_CHARS or len(text.split()) > _HEADING_MAX_WORDS or "\t" in text:
        return False
    if text.endswith((".", ",", ";", ":")) or _LABEL.match(text) or _BULLET.match(text) or _LETTERED.match(text):
        return False
    if CONTENTS_LINE.match(text):
        return False
    first = text.lstrip("’'\"“")[:1]
    return first.isupper() or first.isdigit()


def _is_paragraph(text: str) -> bool:
    return text.endswith(_TERMINATED) or len(text) > _HEADING_MAX_CHARS
