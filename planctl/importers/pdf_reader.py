"""Reading a PDF into blocks with pypdfium2: its lines joined into paragraphs, bullets as list items,
larger or bold short lines as headings, running headers, footers and page numbers left out.

pdfium gives each page's text with `\\r\\n` between lines and, per character, the font size, the
font's name and a box. A line-end hyphen comes back as U+FFFE with the line break removed; in
Danish that hyphen belongs to the word ("Lyngby-Taarbæk", "bygge- og anlæg"), so it is put back,
never dropped as a syllable hyphen would be. A paragraph ends where the next line starts further
down than the line spacing, where it is indented, where its first word would have fitted on the
line before (so the break was the writer's), at a bullet, or where the font changes.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from planctl.errors import PlanctlError, Problem
from planctl.importers.blocks import Block, Heading, Item, SourceDocument, Text, Where

_BULLETS = "\uf0b7•▪◦●‣∙"
_PAGE_NUMBER = re.compile(r"(?:(?:side|page|s\.)\s*)?-?\s*\d{1,4}\s*-?(?:\s*(?:af|of|/)\s*\d{1,4})?", re.IGNORECASE)
_PAGE_NUMBER_AT_END = re.compile(r"(?:^|[–—|·,-]\s*)(?:side|page)\s+\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?$",
                                 re.IGNORECASE)
# After a line-end hyphen these words start a new word: "bygge- og anlæg", "kultur- eller fritid".
_SUSPENDED = re.compile("\ufffe(?=(?:og|eller|samt|til)\\b)")
_NUMBER = re.compile(r"(?:\d{1,2}|[a-z])[.)]\s+")  # "1. ", "a) ": a numbered item, when set off by a tab
_PAGE_NUMBER_SHIFT = 10
_SENTENCE_END = (".", "!", "?", ":")
_HEADING_MAX_WORDS = 20
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")


@dataclass
class _Line:
    text: str
    page: int
    number: int  # the line on its page, from 1
    baseline: float = 0.0
    last_baseline: float = 0.0  # pdfium joins a line ending in a hyphen with the next: its last baseline
    left: float = 0.0
    right: float = 0.0
    text_left: float = 0.0  # where the text starts after a bullet
    first_word: float = 0.0  # the width of the first word
    size: float = 0.0
    bold: bool = False
    numbered: bool = False  # starts with a list number set off by a tab ("1.<tab>Flere unge …")
    tabular: bool = False  # a table's cells: beside another line, or words far apart; never a heading

    @property
    def bullet(self) -> bool:
        return self.text[:1] in _BULLETS

    @property
    def item(self) -> bool:
        return self.bullet or self.numbered

    @property
    def item_text(self) -> str:
        """The text after the bullet or the number."""
        marker = _NUMBER.match(self.text) if self.numbered else None
        return self.text[marker.end():] if marker else self.text[1:].strip()

    @property
    def where(self) -> Where:
        return Where(line=self.number, page=self.page)


def read_pdf(data: bytes, path: Path) -> SourceDocument:
    """The PDF's text as blocks."""
    pages = _pages(data, path)
    if not any(line.text.strip() for page in pages for line in page):
        raise PlanctlError(Problem("the PDF has no text layer (a scan?); run OCR first", path))
    left_out = _drop_running_lines(pages)
    lines = [line for page in pages for line in page]
    return _Layout(lines).document(left_out)


# --- pdfium -------------------------------------------------------------------------------


def _pages(data: bytes, path: Path) -> list[list[_Line]]:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]  # only the import command pays for it

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if error.err_code == pdfium.raw.FPDF_ERR_PASSWORD:
            raise PlanctlError(Problem("the PDF is protected by a password; save a copy without it", path)) from None
        raise PlanctlError(Problem(f"not a readable PDF ({error})", path)) from None
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            pages.append(_lines(textpage, index + 1, pdfium.raw))
            textpage.close()
            page.close()
        return pages
    except pdfium.PdfiumError as error:
        raise PlanctlError(Problem(f"not a readable PDF ({error})", path)) from None
    finally:
        document.close()


def _lines(textpage: Any, page: int, raw: Any) -> list[_Line]:
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count > 0 else ""
    geometry = len(text) == count  # one character per index, so sizes and boxes can be looked up
    lines: list[_Line] = []
    start = 0
    for number, match in enumerate(re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text), start=1):
        segment = match.group().rstrip("\r\n")
        start = match.start()
        if not segment.strip():
            if match.end() == len(text):
                break
            continue
        line = _Line(segment.strip(), page, number)
        if geometry:
            _measure(line, textpage, raw, start + len(segment) - len(segment.lstrip()), start + len(segment.rstrip()))
        lines.append(line)
    if geometry:  # the cells of a table row stand side by side, on one baseline
        heights = Counter(round(line.baseline) for line in lines)
        for line in lines:
            line.tabular = line.tabular or heights[round(line.baseline)] > 1
        for before, line in zip(lines, lines[1:], strict=False):  # a cell's last line stands alone
            below = before.last_baseline - line.baseline
            line.tabular = line.tabular or (before.tabular and 0 < below < line.size * 1.5)
    return lines


def _measure(line: _Line, textpage: Any, raw: Any, first: int, end: int) -> None:
    """The line's position, size and weight, from its characters."""
    left, _, _, _ = textpage.get_charbox(first)
    _, _, right, _ = textpage.get_charbox(end - 1)
    x, y = ctypes.c_double(), ctypes.c_double()
    raw.FPDFText_GetCharOrigin(textpage.raw, first, ctypes.byref(x), ctypes.byref(y))
    text = line.text
    space = text.find(" ")
    word_end = first + (space if space > 0 else len(text)) - 1
    text_start = first
    number = _NUMBER.match(text)
    if line.bullet or number:
        rest = number.end() if number else len(text) - len(text[1:].lstrip())
        text_start = first + rest
        following = text.find(" ", rest)
        word_end = first + (following if following > 0 else len(text)) - 1
    line.left, line.right, line.baseline = left, right, y.value
    raw.FPDFText_GetCharOrigin(textpage.raw, end - 1, ctypes.byref(x), ctypes.byref(y))
    line.last_baseline = y.value
    line.text_left = textpage.get_charbox(text_start)[0]
    if number:  # a list's number is followed by a tab, wider than a space
        gap = line.text_left - textpage.get_charbox(first + len(number.group().rstrip()) - 1)[2]
        line.numbered = gap > raw.FPDFText_GetFontSize(textpage.raw, first) * 0.6
    line.first_word = textpage.get_charbox(word_end)[2] - line.text_left
    samples = sorted({text_start, (text_start + end - 1) // 2, end - 1})
    line.size = sorted(raw.FPDFText_GetFontSize(textpage.raw, index) for index in samples)[len(samples) // 2]
    line.bold = all(_bold(textpage, raw, index) for index in samples)
    if line.bold:  # a bold table header row reads as one line, its cells far apart
        spaces = [first + index for index, char in enumerate(text) if char == " " and 0 < index < len(text) - 1]
        line.tabular = any(textpage.get_charbox(space + 1)[0] - textpage.get_charbox(space - 1)[2] > line.size * 2
                           for space in spaces)


def _bold(textpage: Any, raw: Any, index: int) -> bool:
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    raw.FPDFText_GetFontInfo(textpage.raw, index, buffer, len(buffer), ctypes.byref(flags))
    name = buffer.value.decode("latin-1").lower()
    return any(word in name for word in _BOLD_NAMES) or raw.FPDFText_GetFontWeight(textpage.raw, index) >= 600


# --- running headers, footers and page numbers ---------------------------------------------


def _shape(text: str) -> str:
    """A line as it repeats from page to page: its numbers and spacing do not count."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text)).strip().lower()


def _is_page_number(line: _Line) -> bool:
    """'3', '- 3 -', 'Side 3 af 24', 'Jobcenter Lyngby-Taarbæk – side 3', near the page's own number
    (front matter may shift it a little; a year such as '2019' standing alone is no page number)."""
    found = _PAGE_NUMBER.fullmatch(line.text) or _PAGE_NUMBER_AT_END.search(line.text)
    number = re.search(r"\d+", found.group()) if found else None
    return number is not None and abs(int(number.group()) - line.page) <= _PAGE_NUMBER_SHIFT


def _drop_running_lines(pages: list[list[_Line]]) -> list[tuple[Where, str]]:
    """Take off every page the lines that stand at its very top or bottom on most pages, at the same
    height (running headers and footers), and page numbers standing there."""
    body_size = Counter(round(line.size) for page in pages for line in page).most_common(1)[0][0]
    places = Counter(
        (edge, _shape(line.text), round(line.baseline))
        for page in pages for edge, line in _edge_lines(page) if line.size <= body_size + 0.5)
    running = {key for key, count in places.items() if len(pages) >= 2 and count > len(pages) / 2}
    left_out: list[tuple[Where, str]] = []
    for page in pages:
        for edge, line in _edge_lines(page):
            dropped = (edge, _shape(line.text), round(line.baseline)) in running or _is_page_number(line)
            if dropped:
                page.remove(line)
                left_out.append((line.where, line.text))
                # Under a running header (or over a footer) may stand the page number.
                following = _edge_lines(page)
                inner = next((found for side, found in following if side == edge), None)
                if inner is not None and _is_page_number(inner):
                    page.remove(inner)
                    left_out.append((inner.where, inner.text))
    left_out.sort(key=lambda entry: (entry[0].page or 0, entry[0].line or 0))
    return left_out


def _edge_lines(page: list[_Line]) -> list[tuple[str, _Line]]:
    """The page's topmost and lowest line (by position where pdfium gives one, else by order)."""
    if not page:
        return []
    if any(line.baseline for line in page):
        top, bottom = max(page, key=lambda line: line.baseline), min(page, key=lambda line: line.baseline)
    else:
        top, bottom = page[0], page[-1]
    return [("top", top)] if top is bottom else [("top", top), ("bottom", bottom)]


# --- lines into paragraphs -------------------------------------------------------------------


class _Layout:
    def __init__(self, lines: list[_Line]) -> None:
        self.lines = lines
        sizes = Counter[float]()
        for line in lines:
            sizes[round(line.size * 2) / 2] += len(line.text)
        self.body_size = sizes.most_common(1)[0][0] if sizes else 0.0
        self.pitch = _line_pitch(lines, self.body_size)
        self.right = _right_margins(lines)

    def document(self, left_out: list[tuple[Where, str]]) -> SourceDocument:
        paragraphs = self._paragraphs()
        headings = [index for index, paragraph in enumerate(paragraphs) if self._heading(paragraph)]
        heading_set = set(headings)
        title, subtitles = self._title(paragraphs, headings)
        # Heading levels by type size, largest first; the title and a subtitle have sizes of their own.
        larger = sorted({_size(paragraphs[index]) for index in headings if index != title and index not in subtitles
                         and _size(paragraphs[index]) > self.body_size + 0.9}, reverse=True)
        blocks: list[Block] = []
        levels: list[float] = []  # the bullet indents of the list being read
        last_level = 0
        for index, paragraph in enumerate(paragraphs):
            text, where = _join(paragraph), paragraph[0].where
            if index == title:
                blocks.append(Heading(text, 1, where))
            elif index in heading_set and index not in subtitles:
                if _size(paragraph) in larger:
                    last_level = larger.index(_size(paragraph)) + 1
                    blocks.append(Heading(text, min(last_level, 9), where))
                elif index + 1 < len(paragraphs) and paragraphs[index + 1][0].item:
                    blocks.append(Text(text, where))  # bold right before a list labels it: "Følgemål"
                else:  # bold in the body's size: one level below the last heading, as in the Word reader
                    blocks.append(Heading(text, min(last_level + 1, 9), where))
            elif paragraph[0].item:
                item = _join([replace(paragraph[0], text=paragraph[0].item_text), *paragraph[1:]])
                blocks.append(Item(item, _list_level(levels, paragraph[0].left), paragraph[0].numbered, where))
                continue
            else:
                blocks.append(Text(text, where))
            levels = []
        return SourceDocument("pdf", blocks, left_out, _join(paragraphs[title]) if title is not None else None)

    def _title(self, paragraphs: list[list[_Line]], headings: list[int]) -> tuple[int | None, set[int]]:
        """The title: the first heading, on the first page, in the largest type, used once. Subtitles:
        the paragraphs right after it in a type of their own (no later heading uses it), such as
        the municipality's name or the date under the title."""
        if not headings:
            return None, set()
        first = headings[0]
        sizes = Counter(_size(paragraphs[index]) for index in headings)
        if paragraphs[first][0].page != 1 or _size(paragraphs[first]) != max(sizes) or sizes[max(sizes)] > 1:
            return None, set()
        run = first + 1  # the headings right under the title, on the first page
        while run in headings and paragraphs[run][0].page == 1:
            run += 1
        later = {_size(paragraphs[index]) for index in headings if index >= run}
        return first, {index for index in range(first + 1, run) if _size(paragraphs[index]) not in later}

    def _heading(self, paragraph: list[_Line]) -> bool:
        line = paragraph[0]
        text = _join(paragraph)
        if line.item or line.tabular or len(paragraph) > 3:
            return False
        if line.size > self.body_size + 0.9:  # larger type, up to three lines
            return True
        if len(text.split()) > _HEADING_MAX_WORDS:
            return False
        # Bold in the body's size; smaller bold type is a caption or a note.
        return line.bold and line.size >= self.body_size - 0.5 and not text.endswith((".", ",", ";")) \
            and len(paragraph) <= 2

    def _paragraphs(self) -> list[list[_Line]]:
        paragraphs: list[list[_Line]] = []
        for line in self.lines:
            if paragraphs and not self._starts_paragraph(paragraphs[-1][-1], line):
                paragraphs[-1].append(line)
            else:
                paragraphs.append([line])
        return paragraphs

    def _starts_paragraph(self, before: _Line, line: _Line) -> bool:
        if line.item or abs(line.size - before.size) > 0.5 or line.bold != before.bold:
            return True
        if not self.pitch:  # no geometry: a sentence's end is the only sign
            return before.text.endswith(_SENTENCE_END)
        if line.page != before.page:  # a paragraph runs on over the page break unless it ended there
            return before.text.endswith(_SENTENCE_END) or self._writer_broke(before, line)
        gap = before.last_baseline - line.baseline
        if gap > self.pitch * 1.3 * max(line.size / self.body_size, 1) or gap < 0:
            return True
        if line.left > before.text_left + line.size:  # indented
            return True
        return self._writer_broke(before, line)

    def _writer_broke(self, before: _Line, line: _Line) -> bool:
        """The line's first word would have fitted at the end of the line before it."""
        return self.right[before.page] - before.right > line.first_word + line.size


def _right_margins(lines: list[_Line]) -> dict[int, float]:
    """Where each page's running text ends on the right; a table wider than the text does not count."""
    text, everything = dict[int, float](), dict[int, float]()
    for line in lines:
        everything[line.page] = max(everything.get(line.page, 0.0), line.right)
        if not line.tabular:
            text[line.page] = max(text.get(line.page, 0.0), line.right)
    return everything | text


def _size(paragraph: list[_Line]) -> float:
    """The paragraph's type size, to the half point."""
    return round(paragraph[0].size * 2) / 2


def _line_pitch(lines: list[_Line], size: float) -> float:
    """The usual distance between two lines of body text on a page."""
    gaps = Counter[float]()
    for before, line in zip(lines, lines[1:], strict=False):
        gap = before.last_baseline - line.baseline
        if before.page == line.page and abs(before.size - size) < 0.5 and 0 < gap < size * 2:
            gaps[round(gap, 1)] += 1
    return min(gaps.most_common(1)[0][0], size * 1.6) if gaps else 0.0


def _list_level(levels: list[float], left: float) -> int:
    """The level of a bullet by its indent among the bullets just before it."""
    while levels and left < levels[-1] - 4:
        levels.pop()
    if not levels or left > levels[-1] + 4:
        levels.append(left)
    return len(levels)


def _join(paragraph: list[_Line]) -> str:
    """The paragraph's lines as one text; a line-end hyphen stays, and joins without a space
    unless the next word is og/eller/samt/til."""
    text = ""
    for line in paragraph:
        part = _SUSPENDED.sub("- ", line.text).replace("\ufffe", "-")
        if not text:
            text = part
        elif text.endswith("-") and not re.match(r"(?:og|eller|samt|til)\b", part):
            text += part
        else:
            text += " " + part
    return re.sub(r"[ \t]+", " ", text).strip()
