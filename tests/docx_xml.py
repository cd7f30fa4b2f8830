"""Reading a .docx back in tests: the body in order, as stored, with every change accepted, or rejected.

Word output is tested through its content, never its bytes. This reader uses zipfile and
lxml only, so it shares nothing with the python-docx writer it checks. It gives the body
as paragraphs (style name, heading level, whether a list numbers it, text) and tables
(rows of cell texts), in three views:

- "stored": everything the XML holds, inserted and deleted text alike, with the marks;
- "accept": every change accepted: inserted text kept, deleted text dropped, a paragraph
  whose mark is deleted merged into the next one, deleted rows dropped, the current style;
- "reject": the mirror image: inserted text and rows dropped, a paragraph whose mark is
  inserted merged into the next one, the style a `w:pPrChange` remembers.

A paragraph that cannot merge (the last one, or one before a table) stays when it still
has text and goes when it is empty, which is what accept-all and reject-all in Word do.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
View = Literal["stored", "accept", "reject"]
Mark = Literal["equal", "insert", "delete"]

_HEADING = re.compile(r"(?:heading|overskrift)\s*(\d)", re.IGNORECASE)
_MARKS: dict[str, Mark] = {"ins": "insert", "moveTo": "insert", "del": "delete", "moveFrom": "delete"}
_CONTAINERS = {"hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml"}


def w(tag: str) -> str:
    """'p' -> '{…wordprocessingml/2006/main}p'."""
    return f"{{{W}}}{tag}"


def local(element: Any) -> str:
    return str(etree.QName(element).localname)


@dataclass(frozen=True)
class Para:
    """A paragraph as a reader sees it. Equality looks at style, level, list and text only."""

    style: str
    level: int  # heading level, 0 when the paragraph is no heading
    listed: bool  # numbered or bulleted through w:numPr (on the paragraph or in its style)
    text: str
    mark: Mark = field(default="equal", compare=False)  # the paragraph mark, in the stored view
    runs: tuple[tuple[str, Mark], ...] = field(default=(), compare=False)  # (text, mark), stored view


@dataclass(frozen=True)
class Grid:
    """A table: its rows of cell texts (a cell's paragraphs joined by newlines)."""

    rows: tuple[tuple[str, ...], ...]
    marks: tuple[Mark, ...] = field(default=(), compare=False)  # each row's mark, in the stored view


Block = Para | Grid


@dataclass
class _RawPara:
    properties: Any  # w:pPr or None
    previous: Any  # the w:pPr inside w:pPrChange, or None
    runs: list[tuple[str, Mark]]
    mark: Mark


@dataclass
class _RawTable:
    rows: list[tuple[Mark, list[list[_RawPara]]]]


class Docx:
    """A .docx opened for reading: its parts as lxml trees, and its body in the three views."""

    def __init__(self, data: bytes) -> None:
        self.package = zipfile.ZipFile(io.BytesIO(data))
        self.document = self.part("word/document.xml")
        self.styles = self.part("word/styles.xml") if self.has("word/styles.xml") else None
        self._styles = {str(s.get(w("styleId"))): s for s in self.styles.iterfind("w:style", NS)} \
            if self.styles is not None else {}

    def has(self, name: str) -> bool:
        return name in self.package.namelist()

    def part(self, name: str) -> Any:
        return etree.fromstring(self.package.read(name))

    # --- the body ----------------------------------------------------------------

    def body(self, view: View = "stored") -> list[Block]:
        """The body's paragraphs and tables in order, in one view."""
        return self._resolve(list(self._read(self.document.find("w:body", NS))), view)

    def paragraphs(self, view: View = "stored") -> list[Para]:
        return [block for block in self.body(view) if isinstance(block, Para)]

    def tables(self, view: View = "stored") -> list[Grid]:
        return [block for block in self.body(view) if isinstance(block, Grid)]

    def revisions(self) -> list[Any]:
        """Every revision element in the body: w:ins, w:del, w:pPrChange."""
        return [e for e in self.document.iter(w("ins"), w("del"), w("pPrChange"))]

    def core(self) -> dict[str, str]:
        """The core properties: title, subject, creator, created, …, by local name."""
        return {local(e): e.text or "" for e in self.part("docProps/core.xml")}

    def _read(self, container: Any) -> Iterator[_RawPara | _RawTable]:
        for item in container:
            if item.tag == w("p"):
                yield self._paragraph(item)
            elif item.tag == w("tbl"):
                yield _RawTable([(_row_mark(row), [list(self._read(cell)) for cell in row.iterfind("w:tc", NS)])
                                 for row in item.iterfind("w:tr", NS)])
            elif item.tag == w("sdt"):
                content = item.find("w:sdtContent", NS)
                if content is not None:
                    yield from self._read(content)

    def _paragraph(self, paragraph: Any) -> _RawPara:
        properties = paragraph.find("w:pPr", NS)
        previous = properties.find("w:pPrChange/w:pPr", NS) if properties is not None else None
        mark: Mark = "equal"
        if properties is not None:
            for tag, value in (("ins", "insert"), ("del", "delete")):
                if properties.find(f"w:rPr/w:{tag}", NS) is not None:
                    mark = value  # type: ignore[assignment]
        runs: list[tuple[str, Mark]] = []
        _collect(paragraph, "equal", runs, _FieldState())
        return _RawPara(properties, previous, runs, mark)

    def _resolve(self, raw: list[_RawPara | _RawTable], view: View) -> list[Block]:
        blocks: list[Block] = []
        pending = ""
        for index, item in enumerate(raw):
            if isinstance(item, _RawTable):
                grid = self._grid(item, view)
                if grid is not None:
                    blocks.append(grid)
                continue
            text = pending + "".join(text for text, mark in item.runs if _kept(mark, view))
            pending = ""
            if view != "stored" and _dropped(item.mark, view):
                following = raw[index + 1] if index + 1 < len(raw) else None
                if isinstance(following, _RawPara):
                    pending = text
                    continue
                if not text:
                    continue
            blocks.append(self._para(item, text, view))
        return blocks

    def _grid(self, table: _RawTable, view: View) -> Grid | None:
        rows, marks = [], []
        for mark, cells in table.rows:
            if view != "stored" and not _kept(mark, view):
                continue
            rows.append(tuple("\n".join(p.text for p in self._resolve(list(cell), view) if isinstance(p, Para))
                              for cell in cells))
            marks.append(mark)
        return Grid(tuple(rows), tuple(marks)) if rows else None

    def _para(self, item: _RawPara, text: str, view: View) -> Para:
        properties = item.previous if view == "reject" and item.previous is not None else item.properties
        style_id = _value(properties, "w:pStyle") or self._default_style()
        name = self.style_name(style_id)
        listed = _numbered(properties)
        if listed is None:
            listed = self._style_numbered(style_id)
        level = self._level(name, properties, style_id)
        if view == "stored":
            return Para(name, level, listed, text, item.mark, tuple(item.runs))
        return Para(name, level, listed, text)

    # --- styles --------------------------------------------------------------------

    def style_name(self, style_id: str) -> str:
        """The style's name as python-docx reports it: 'heading 1' reads 'Heading 1'."""
        style = self._styles.get(style_id)
        name = _value(style, "w:name") if style is not None else None
        name = name or style_id
        return name[:1].upper() + name[1:] if name[:1].islower() else name

    def _default_style(self) -> str:
        for style_id, style in self._styles.items():
            if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true", "on"):
                return style_id
        return "Normal"

    def _chain(self, style_id: str) -> Iterator[Any]:
        seen: set[str] = set()
        while style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            yield style
            style_id = _value(style, "w:basedOn") or ""

    def _style_numbered(self, style_id: str) -> bool:
        for style in self._chain(style_id):
            number = style.find("w:pPr/w:numPr/w:numId", NS)
            if number is not None:
                return number.get(w("val")) != "0"
        return False

    def _level(self, name: str, properties: Any, style_id: str) -> int:
        match = _HEADING.fullmatch(name)
        if match:
            return int(match.group(1))
        outline = _value(properties, "w:outlineLvl")
        for style in self._chain(style_id):
            if outline is not None:
                break
            outline = _value(style.find("w:pPr", NS), "w:outlineLvl")
        return int(outline) + 1 if outline is not None and int(outline) < 9 else 0


class _FieldState:
    """Between a field's begin and separate marks stands its instruction, which is not text."""

    def __init__(self) -> None:
        self.instruction = False


def _collect(container: Any, mark: Mark, runs: list[tuple[str, Mark]], field_state: _FieldState) -> None:
    for item in container:
        name = local(item)
        if item.tag == w("r"):
            text = _run_text(item, field_state)
            if text:
                runs.append((text, mark))
        elif name in _MARKS and item.tag == w(name):
            _collect(item, _MARKS[name], runs, field_state)
        elif name in _CONTAINERS and item.tag == w(name):
            _collect(item, mark, runs, field_state)


def _run_text(run: Any, field_state: _FieldState) -> str:
    text = ""
    for item in run:
        name = local(item)
        if name == "fldChar":
            field_state.instruction = item.get(w("fldCharType")) == "begin"
        elif field_state.instruction:
            continue
        elif name in ("t", "delText"):
            text += item.text or ""
        elif name == "tab":
            text += "\t"
        elif name in ("br", "cr"):
            text += "\n"
        elif name == "noBreakHyphen":
            text += "-"
    return text


def _row_mark(row: Any) -> Mark:
    for tag, value in (("ins", "insert"), ("del", "delete")):
        if row.find(f"w:trPr/w:{tag}", NS) is not None:
            return value  # type: ignore[return-value]
    return "equal"


def _kept(mark: Mark, view: View) -> bool:
    return view == "stored" or not _dropped(mark, view)


def _dropped(mark: Mark, view: View) -> bool:
    return (view == "accept" and mark == "delete") or (view == "reject" and mark == "insert")


def _value(parent: Any, tag: str) -> str | None:
    if parent is None:
        return None
    found = parent.find(tag, NS)
    return None if found is None else found.get(w("val"))


def _numbered(properties: Any) -> bool | None:
    """Whether the paragraph's own numbering lists it; None when it leaves that to its style."""
    number = properties.find("w:numPr/w:numId", NS) if properties is not None else None
    return None if number is None else number.get(w("val")) != "0"


# --- small packages built by hand, to prove the reader ----------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    "</Relationships>"
)
_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="styles.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"/>'
    "</Relationships>"
)
HAND_STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="Overskrift 2"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Rubrik"/>'
    '<w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
)


def zipped(members: dict[str, bytes]) -> bytes:
    """A zip package of these members: what a .docx is made of, with or without Word's parts."""
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in members.items():
            package.writestr(name, content)
    return stream.getvalue()


def zip_bomb(megabytes: int = 300) -> bytes:
    """A .docx whose document part unpacks to `megabytes` MB of zeros (300 MB pack into about 300 KB)."""
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as package, \
            package.open("word/document.xml", "w", force_zip64=True) as member:
        zeros = bytes(1024 * 1024)
        for _ in range(megabytes):
            member.write(zeros)
    return stream.getvalue()


def make_docx(body: str, styles: str = HAND_STYLES) -> bytes:
    """A minimal .docx whose body is the given XML (w: is declared) and whose styles are `styles`."""
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _ROOT_RELS)
        package.writestr("word/_rels/document.xml.rels", _DOCUMENT_RELS)
        package.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
        package.writestr("word/styles.xml", f'<w:styles xmlns:w="{W}">{styles}</w:styles>')
    return stream.getvalue()
