"""Reading a Word file (.docx) into blocks: headings, paragraphs, list items and tables, in body order.

The body is walked as XML (zipfile + lxml), not through python-docx's `Paragraph.text`, which
drops both the inserted and the deleted text of a tracked change. Tracked changes are read as
ACCEPTED: inserted text kept, deleted and moved-away text left out (and listed in `left_out`),
a paragraph whose mark is deleted merged into the next one, deleted table rows dropped.
Fields show their result, not their instruction. Headers, footers and footnotes live in other
parts of the package and are never read.

A heading is found by, in order: its style's name ("Heading 2", "Overskrift 2"; Danish Word
stores the id `Overskrift2` with the name `heading 2`), the outline level on the paragraph or
its style chain, and last by look: a short paragraph in bold only, with no full stop, is a
heading one level below the last styled heading.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from planctl.errors import PlanctlError, Problem
from planctl.importers.blocks import Block, Heading, Item, SourceDocument, TableBlock, Text, Where

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
Element = Any  # an lxml element; lxml ships no type information

# A Word plan is a few MB at most; more than this unpacked, or packed this tightly, is a zip bomb.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
_RATIO_FLOOR = 1024 * 1024  # small parts (styles, settings) pack tightly and harmlessly

_HEADING_NAME = re.compile(r"(?:heading|overskrift)\s*(\d)", re.IGNORECASE)
_TITLE_NAMES = {"title", "titel"}
# A table's or figure's caption is short and often bold, but never a heading.
_CAPTION_NAMES = {"caption", "billedtekst", "tabeltekst"}
_NOT_NUMBERED = {"bullet", "none"}
# Wrappers whose runs are ordinary text; w:del and w:moveFrom are left out, as accept-all does.
_CONTAINERS = {"ins", "moveTo", "hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml", "dir", "bdo"}
_DELETED = {"del", "moveFrom"}
# A heading by look: at most this many words, in bold, not ending a sentence.
_LOOK_MAX_WORDS = 12


def w(tag: str) -> str:
    """'p' -> '{…wordprocessingml/2006/main}p'."""
    return f"{{{W}}}{tag}"


def read_docx(data: bytes, path: Path) -> SourceDocument:
    """The Word file's body as blocks, its tracked changes accepted."""
    package = _open_package(data, path)
    document = _parse(package, "word/document.xml", path)
    styles = _Styles(_optional_part(package, "word/styles.xml", path),
                     _optional_part(package, "word/numbering.xml", path))
    body = document.find("w:body", NS)
    reader = _BodyReader(styles)
    if body is not None:
        reader.read(body)
    return SourceDocument("docx", _labels_of_lists(reader.blocks, reader.by_look), reader.left_out, reader.title)


def _labels_of_lists(blocks: list[Block], by_look: set[int]) -> list[Block]:
    """A bold line right before a list labels it ("Følgemål", "Succeskriterier"): text, not a heading."""
    return [Text(block.text, block.where) if index in by_look and isinstance(block, Heading)
            and index + 1 < len(blocks) and isinstance(blocks[index + 1], Item) else block
            for index, block in enumerate(blocks)]


# --- the package ------------------------------------------------------------------


def _open_package(data: bytes, path: Path) -> zipfile.ZipFile:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise PlanctlError(Problem("not a Word file: the zip archive is damaged", path)) from None
    if "word/document.xml" not in package.namelist():
        raise PlanctlError(Problem("not a Word file: the zip archive holds no word/document.xml", path))
    unpacked = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES or (unpacked > _RATIO_FLOOR and unpacked > MAX_RATIO * max(packed, 1)):
        raise PlanctlError(Problem(
            f"refused: the Word file would unpack to {unpacked // (1024 * 1024)} MB from "
            f"{max(packed // 1024, 1)} KB (a zip bomb?)", path))
    return package


def _parse(package: zipfile.ZipFile, name: str, path: Path) -> Element:
    # No entities, no DTD, no network: a document can neither reach out nor expand itself.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(package.read(name), parser)
    except etree.XMLSyntaxError as error:
        raise PlanctlError(Problem(f"not a Word file: {name} is not valid XML ({error.msg})", path)) from None
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as error:
        raise PlanctlError(Problem(f"not a Word file: {name} cannot be unpacked ({error})", path)) from None


def _optional_part(package: zipfile.ZipFile, name: str, path: Path) -> Element | None:
    return _parse(package, name, path) if name in package.namelist() else None


def _value(parent: Element | None, tag: str) -> str | None:
    if parent is None:
        return None
    found = parent.find(tag, NS)
    return None if found is None else found.get(w("val"))


def _on(parent: Element | None, tag: str) -> bool | None:
    """A toggle such as w:b: True, False, or None when it is not set here."""
    if parent is None:
        return None
    found = parent.find(tag, NS)
    if found is None:
        return None
    return found.get(w("val"), "true") not in ("false", "0", "off")


# --- styles and numbering -----------------------------------------------------------


@dataclass(frozen=True)
class _Kind:
    """What a paragraph is, from its properties and its style."""

    heading: int = 0  # 0: not a heading
    title: bool = False
    listed: bool = False
    numbered: bool = False
    list_level: int = 1
    bold: bool = False  # the paragraph style makes its text bold
    caption: bool = False


class _Styles:
    def __init__(self, styles: Element | None, numbering: Element | None) -> None:
        self._by_id: dict[str, Element] = {}
        self._default = "Normal"
        if styles is not None:
            for style in styles.iterfind("w:style", NS):
                style_id = str(style.get(w("styleId")))
                self._by_id[style_id] = style
                if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true", "on"):
                    self._default = style_id
        self._formats = _number_formats(numbering)

    def kind(self, properties: Element | None) -> _Kind:
        style_id = _value(properties, "w:pStyle") or self._default
        chain = list(self._chain(style_id))
        names = {(_value(style, "w:name") or "").strip().lower() for style in chain[:1]} | {style_id.lower()}
        heading = 0
        for name in names:
            match = _HEADING_NAME.fullmatch(name)
            if match:
                heading = int(match.group(1))
        if not heading:
            outline = _value(properties, "w:outlineLvl")
            for style in chain:
                outline = outline if outline is not None else _value(style.find("w:pPr", NS), "w:outlineLvl")
            if outline is not None and outline.isdigit() and int(outline) < 9:
                heading = int(outline) + 1
        listed, numbered, level = self._list(properties, chain)
        bold = next((on for style in chain if (on := _on(style.find("w:rPr", NS), "w:b")) is not None), False)
        return _Kind(heading, bool(names & _TITLE_NAMES), listed, numbered, level, bold, bool(names & _CAPTION_NAMES))

    def run_bold(self, properties: Element | None) -> bool | None:
        """Whether a run is bold by its own properties or its character style ("Strong", "Fed")."""
        bold = _on(properties, "w:b")
        if bold is None and properties is not None:
            for style in self._chain(_value(properties, "w:rStyle") or ""):
                bold = _on(style.find("w:rPr", NS), "w:b")
                if bold is not None:
                    break
        return bold

    def _chain(self, style_id: str) -> Iterator[Element]:
        seen: set[str] = set()
        while style_id in self._by_id and style_id not in seen:
            seen.add(style_id)
            style = self._by_id[style_id]
            yield style
            style_id = _value(style, "w:basedOn") or ""

    def _list(self, properties: Element | None, chain: list[Element]) -> tuple[bool, bool, int]:
        number_id = _value(properties, "w:numPr/w:numId")
        level = _value(properties, "w:numPr/w:ilvl")
        for style in chain:
            number_id = number_id if number_id is not None else _value(style, "w:pPr/w:numPr/w:numId")
            level = level if level is not None else _value(style, "w:pPr/w:numPr/w:ilvl")
        if number_id is None or number_id == "0":
            return False, False, 1
        ilvl = int(level) if level is not None and level.isdigit() else 0
        number_format = self._formats.get((number_id, ilvl), "bullet")
        return True, number_format not in _NOT_NUMBERED, ilvl + 1


def _number_formats(numbering: Element | None) -> dict[tuple[str, int], str]:
    """(numId, level) -> numFmt ("bullet", "decimal", …), through each w:num's abstract numbering."""
    if numbering is None:
        return {}
    abstract: dict[str, dict[int, str]] = {}
    for definition in numbering.iterfind("w:abstractNum", NS):
        levels = abstract.setdefault(str(definition.get(w("abstractNumId"))), {})
        for lvl in definition.iterfind("w:lvl", NS):
            levels[int(lvl.get(w("ilvl"), "0"))] = _value(lvl, "w:numFmt") or "decimal"
    formats: dict[tuple[str, int], str] = {}
    for num in numbering.iterfind("w:num", NS):
        number_id = str(num.get(w("numId")))
        for ilvl, number_format in abstract.get(_value(num, "w:abstractNumId") or "", {}).items():
            formats[(number_id, ilvl)] = number_format
        for override in num.iterfind("w:lvlOverride", NS):
            override_format = _value(override, "w:lvl/w:numFmt")
            if override_format is not None:
                formats[(number_id, int(override.get(w("ilvl"), "0")))] = override_format
    return formats


# --- the body -----------------------------------------------------------------------


@dataclass
class _Paragraph:
    """A paragraph's accepted text and what its runs say about it."""

    text: str = ""
    bold_only: bool = True  # every visible character is in a bold run
    deleted_mark: bool = False
    deleted: list[str] = field(default_factory=list)


class _Fields:
    """Field codes nest; between a field's begin and separate marks stands its instruction, not text."""

    def __init__(self) -> None:
        self.stack: list[bool] = []  # per open field: still in its instruction

    def mark(self, kind: str | None) -> None:
        if kind == "begin":
            self.stack.append(True)
        elif kind == "separate" and self.stack:
            self.stack[-1] = False
        elif kind == "end" and self.stack:
            self.stack.pop()

    @property
    def in_instruction(self) -> bool:
        return any(self.stack)


class _BodyReader:
    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.blocks: list[Block] = []
        self.left_out: list[tuple[Where, str]] = []
        self.title: str | None = None
        self.by_look: set[int] = set()  # the blocks that are headings by their look only
        self._fields = _Fields()
        self._number = 0  # the body's paragraphs and tables, counted from 1
        self._last_heading = 0
        self._carried = ""  # the text of a paragraph whose mark was deleted, merging into the next

    def read(self, container: Element) -> None:
        for item in container:
            if item.tag == w("p"):
                self._number += 1
                self._paragraph(item)
            elif item.tag == w("tbl"):
                self._number += 1
                self._flush_carried()
                table = self._table(item)
                if table:
                    self.blocks.append(TableBlock(table, Where(paragraph=self._number)))
            elif item.tag in (w("sdt"), w("customXml")):
                content = item.find("w:sdtContent", NS) if item.tag == w("sdt") else item
                if content is not None:
                    self.read(content)
        self._flush_carried()

    def _paragraph(self, element: Element) -> None:
        where = Where(paragraph=self._number)
        paragraph = self._text(element)
        self._note_deleted(paragraph, where)
        text = (self._carried + paragraph.text).strip()
        self._carried = ""
        if paragraph.deleted_mark:
            self._carried = text + (" " if text else "")
            return
        if text:
            self.blocks.append(self._block(element.find("w:pPr", NS), paragraph, text, where))

    def _flush_carried(self) -> None:
        """A paragraph whose deleted mark had nothing to merge into keeps its text, as Word does."""
        if self._carried.strip():
            self.blocks.append(Text(self._carried.strip(), Where(paragraph=self._number)))
        self._carried = ""

    def _block(self, properties: Element | None, paragraph: _Paragraph, text: str, where: Where) -> Block:
        kind = self.styles.kind(properties)
        if kind.title:
            self.title = self.title or text
            self._last_heading = 1
            return Heading(text, 1, where)
        if kind.heading:
            self._last_heading = kind.heading
            return Heading(text, kind.heading, where)
        if kind.listed:
            return Item(text, kind.list_level, kind.numbered, where)
        if paragraph.bold_only and not kind.caption and _looks_like_a_heading(text):
            self.by_look.add(len(self.blocks))
            return Heading(text, min(self._last_heading + 1, 9), where)
        return Text(text, where)

    def _note_deleted(self, paragraph: _Paragraph, where: Where) -> None:
        deleted = "".join(paragraph.deleted).strip()
        if deleted:
            self.left_out.append((where, deleted))

    def _text(self, element: Element) -> _Paragraph:
        paragraph = _Paragraph()
        properties = element.find("w:pPr", NS)
        paragraph.deleted_mark = properties is not None and properties.find("w:rPr/w:del", NS) is not None
        style_bold = self.styles.kind(properties).bold
        self._collect(element, paragraph, style_bold)
        if not paragraph.text.strip():
            paragraph.bold_only = False
        return paragraph

    def _collect(self, container: Element, paragraph: _Paragraph, style_bold: bool) -> None:
        for item in container:
            tag = etree.QName(item).localname if isinstance(item.tag, str) else ""
            if item.tag == w("r"):
                text = self._run_text(item)
                paragraph.text += text
                bold = self.styles.run_bold(item.find("w:rPr", NS))
                if text.strip() and not (style_bold if bold is None else bold):
                    paragraph.bold_only = False
            elif tag in _DELETED and item.tag == w(tag):
                paragraph.deleted.append("".join(t.text or "" for t in item.iter(w("delText"), w("t"))))
                for run in item.iter(w("r")):  # a deleted field's marks still open and close it
                    for mark in run.iterfind("w:fldChar", NS):
                        self._fields.mark(mark.get(w("fldCharType")))
            elif tag in _CONTAINERS and item.tag == w(tag):
                self._collect(item, paragraph, style_bold)

    def _run_text(self, run: Element) -> str:
        text = ""
        for item in run:
            if item.tag == w("fldChar"):
                self._fields.mark(item.get(w("fldCharType")))
            elif self._fields.in_instruction:
                continue
            elif item.tag == w("t"):
                text += item.text or ""
            elif item.tag in (w("tab"), w("ptab")):
                text += "\t"
            elif item.tag in (w("br"), w("cr")):
                text += "\n"
            elif item.tag == w("noBreakHyphen"):
                text += "-"
        return text

    def _table(self, table: Element) -> tuple[tuple[str, ...], ...]:
        rows: list[list[str]] = []
        for row in table.iterfind("w:tr", NS):
            if row.find("w:trPr/w:del", NS) is not None:
                cells_deleted = ("".join(t.text or "" for t in cell.iter(w("delText"), w("t")))
                                 for cell in row.iterfind("w:tc", NS))
                self.left_out.append((Where(paragraph=self._number), " | ".join(cells_deleted)))
                continue
            cells: list[str] = [""] * int(_value(row, "w:trPr/w:gridBefore") or 0)
            for cell in row.iterfind("w:tc", NS):
                span = int(_value(cell, "w:tcPr/w:gridSpan") or 1)
                merge = cell.find("w:tcPr/w:vMerge", NS)
                continued = merge is not None and merge.get(w("val"), "continue") == "continue"
                text = self._cell_text(cell)
                # A merged cell's text stands in its first cell; the cells it covers are empty.
                cells += ["" if continued else text] + [""] * (span - 1)
            rows.append(cells)
        width = max((len(row) for row in rows), default=0)
        return tuple(tuple(row + [""] * (width - len(row))) for row in rows)

    def _cell_text(self, cell: Element) -> str:
        """A cell's paragraphs (and nested tables) in the accepted view, one line each."""
        inner = _BodyReader(self.styles)
        inner._fields = self._fields
        inner.read(cell)
        self.left_out += inner.left_out
        lines: list[str] = []
        for block in inner.blocks:
            if isinstance(block, TableBlock):
                lines += ["\t".join(row) for row in block.rows]
            else:
                lines.append(block.text)
        return "\n".join(lines)


def _looks_like_a_heading(text: str) -> bool:
    """Short, one line, not ending a sentence: 'Følgemål', 'Indsatser for unge'."""
    return "\n" not in text and len(text.split()) <= _LOOK_MAX_WORDS and not text.endswith((".", ",", ";"))
