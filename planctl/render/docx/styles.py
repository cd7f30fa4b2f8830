"""Styles by role: the template's own where it has them, a minimal one (reported once) where it has not.

A style is looked up as a template names it (research/word-and-import.md §2.1):

1. the English built-in name as python-docx reports it ("Heading 1"): Word stores built-in
   styles under their English name even in Danish Word, whose ids are Danish ("Overskrift1");
2. the Danish UI name ("Overskrift 1"), which other producers and converted .doc files store;
3. the style id;
4. for a heading, any paragraph style with the heading's outline level.

Names are compared without regard to case. A built-in style the template lacks is created
minimally (a heading with its outline level, so navigation and a table of contents work)
and the user is told once. The roles Word has no style for (a goal's id, its target, the
draft mark, a label, a note, the colophon, table text) get planctl's own small styles with
Danish names, made once and silently, unless the template has a style of that name.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.styles.style import BaseStyle, ParagraphStyle

from planctl.messages import Lang, Message
from planctl.render.docx.numbering import defined_numbers
from planctl.render.docx.ooxml import Element, child, element, insert_before
from planctl.render.plan.document import Role

MISSING_STYLE = Message("skabelonen mangler typografien '{name}'; en enkel er oprettet",
                        "the template lacks the style '{name}'; a simple one was created")
MISSING_TABLE_STYLE = Message("skabelonen mangler typografien '{name}'; tabellerne har fået enkle kanter",
                              "the template lacks the style '{name}'; the tables have simple borders")

# The children of w:pPr that the schema puts after w:outlineLvl, and after w:contextualSpacing.
_AFTER_OUTLINE = ("w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_AFTER_CONTEXTUAL = ("w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                     "w:textboxTightWrap", "w:outlineLvl", *_AFTER_OUTLINE)


@dataclass(frozen=True)
class Look:
    """How a style made by planctl looks (sizes in points, colour as hex)."""

    bold: bool = False
    italic: bool = False
    size: float | None = None
    color: str | None = None
    keep_next: bool = False
    space_before: float | None = None
    space_after: float | None = None
    single_spaced: bool = False
    contextual: bool = False  # no space between paragraphs of this style (the items of a list)


@dataclass(frozen=True)
class StyleSpec:
    """A style the document needs: the names and ids it may have, and how to make it."""

    names: tuple[str, ...]  # looked up in order; the first is the name a made style gets
    ids: tuple[str, ...]  # then looked up by id; the first is the id a made style gets
    builtin: bool = True  # a style Word has: a template without it is reported
    outline: int | None = None  # a heading's outline level (0 for Heading 1)
    look: Look = Look()


def heading(level: int) -> StyleSpec:
    level = min(max(level, 1), 9)
    size = {1: 16.0, 2: 13.0, 3: 12.0}.get(level, 11.0)
    return StyleSpec((f"Heading {level}", f"Overskrift {level}"), (f"Heading{level}", f"Overskrift{level}"),
                     outline=level - 1, look=Look(bold=True, size=size, keep_next=True, space_before=12))


NORMAL = StyleSpec(("Normal",), ("Normal",))
TITLE = StyleSpec(("Title", "Titel"), ("Title", "Titel"), look=Look(bold=True, size=24, space_after=6))
SUBTITLE = StyleSpec(("Subtitle", "Undertitel"), ("Subtitle", "Undertitel"), look=Look(size=13, color="595959"))
LIST = StyleSpec(("List Bullet", "Opstilling - punkttegn", "List Paragraph", "Listeafsnit"),
                 ("ListBullet", "Opstilling-punkttegn", "ListParagraph", "Listeafsnit"), look=Look(contextual=True))
CAPTION = StyleSpec(("Caption", "Billedtekst"), ("Caption", "Billedtekst"),
                    look=Look(bold=True, size=9, keep_next=True, space_before=6))
TABLE_GRID = StyleSpec(("Table Grid", "Tabel - Gitter"), ("TableGrid", "Tabel-Gitter"))


def _own(name: str, style_id: str, look: Look) -> StyleSpec:
    return StyleSpec((name,), (style_id,), builtin=False, look=look)


_SMALL_GREY = Look(size=9, color="595959")
GOAL_ID = _own("Mål", "PlanctlMaal", Look(bold=True, keep_next=True, space_before=6, space_after=2))
TARGET = _own("Måltal", "PlanctlMaaltal", Look(italic=True))
DRAFT = _own("Udkast", "PlanctlUdkast", Look(bold=True, size=14, color="C00000"))
LABEL = _own("Mærkat", "PlanctlMaerkat", Look(bold=True, keep_next=True, space_after=2))
NOTE = _own("Note", "PlanctlNote", _SMALL_GREY)
COLOPHON = _own("Kolofon", "PlanctlKolofon", Look(size=8, color="7F7F7F", space_before=18))
TABLE_TEXT = _own("Tabeltekst", "PlanctlTabeltekst", Look(size=10, space_before=1, space_after=1, single_spaced=True))

ROLES: dict[Role, StyleSpec] = {
    "title": TITLE, "subtitle": SUBTITLE, "date": SUBTITLE, "draft": DRAFT, "body": NORMAL, "goal": NORMAL,
    "bullet": LIST, "goal-id": GOAL_ID, "target": TARGET, "label": LABEL, "caption": CAPTION, "note": NOTE,
    "colophon": COLOPHON,
}


def spec_for(role: Role, level: int) -> StyleSpec:
    """The style a paragraph of this role (and heading level) is set in."""
    return heading(level) if role == "heading" else ROLES[role]


class StyleBook:
    """The styles of one document: found or made once per spec, by id; what was missing is told once."""

    def __init__(self, document: Document, lang: Lang, notices: list[str]) -> None:
        self._document = document
        self._lang = lang
        self._notices = notices
        self._resolved: dict[StyleSpec, str | None] = {}
        self._by_name: dict[tuple[WD_STYLE_TYPE, str], BaseStyle] = {}
        self._by_id: dict[tuple[WD_STYLE_TYPE, str], BaseStyle] = {}
        self._by_outline: dict[int, BaseStyle] = {}
        self._bullets: dict[str, bool] = {}
        for style in document.styles:
            self._index(style)

    def _index(self, style: BaseStyle) -> None:
        kind = style.type
        self._by_name.setdefault((kind, (style.name or "").casefold()), style)
        self._by_id.setdefault((kind, style.style_id.casefold()), style)
        properties = child(style.element, "w:pPr")
        outline = child(properties, "w:outlineLvl") if properties is not None else None
        if kind == WD_STYLE_TYPE.PARAGRAPH and outline is not None:
            self._by_outline.setdefault(int(outline.get(qn("w:val"), "9")), style)

    def _find(self, spec: StyleSpec, kind: WD_STYLE_TYPE) -> BaseStyle | None:
        for name in spec.names:
            if (kind, name.casefold()) in self._by_name:
                return self._by_name[(kind, name.casefold())]
        for style_id in spec.ids:
            if (kind, style_id.casefold()) in self._by_id:
                return self._by_id[(kind, style_id.casefold())]
        return self._by_outline.get(spec.outline) if spec.outline is not None else None

    def paragraph(self, spec: StyleSpec) -> str:
        """The id of the paragraph style for `spec`, made (and reported) when the template lacks it."""
        if spec not in self._resolved:
            found = self._find(spec, WD_STYLE_TYPE.PARAGRAPH)
            if found is None and spec == NORMAL:
                found = self._document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
            self._resolved[spec] = found.style_id if found is not None else self._make(spec)
        style_id = self._resolved[spec]
        assert style_id is not None
        return style_id

    def table(self) -> str | None:
        """The id of the table grid style, or None (reported once): the writer then draws the borders."""
        if TABLE_GRID not in self._resolved:
            found = self._find(TABLE_GRID, WD_STYLE_TYPE.TABLE)
            self._resolved[TABLE_GRID] = found.style_id if found is not None else None
            if found is None:
                self._notices.append(MISSING_TABLE_STYLE.format(self._lang, name=TABLE_GRID.names[0]))
        return self._resolved[TABLE_GRID]

    def gives_bullets(self, style_id: str) -> bool:
        """Whether the style, or one it is based on, numbers its paragraphs with a defined list."""
        if style_id not in self._bullets:
            self._bullets[style_id] = self._numbered(style_id)
        return self._bullets[style_id]

    def _numbered(self, style_id: str) -> bool:
        defined = defined_numbers(self._document)
        seen: set[str] = set()
        style = self._by_id.get((WD_STYLE_TYPE.PARAGRAPH, style_id.casefold()))
        while style is not None and style.style_id not in seen:
            seen.add(style.style_id)
            properties = child(style.element, "w:pPr")
            numbering = child(properties, "w:numPr") if properties is not None else None
            number = child(numbering, "w:numId") if numbering is not None else None
            if number is not None:
                return str(number.get(qn("w:val"))) in defined - {"0"}
            base = child(style.element, "w:basedOn")
            style = self._by_id.get((WD_STYLE_TYPE.PARAGRAPH, str(base.get(qn("w:val"))).casefold())) \
                if base is not None else None
        return False

    def _make(self, spec: StyleSpec) -> str:
        styles = self._document.styles
        name = spec.names[0]
        if name in styles:  # taken by a style of another kind
            name = f"{name} (planctl)"
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH, builtin=spec.builtin)
        assert isinstance(style, ParagraphStyle)
        style.style_id = self._free_id(spec.ids[0])
        if spec == NORMAL:
            style.element.set(qn("w:default"), "1")
        else:
            style.base_style = styles.get_by_id(self.paragraph(NORMAL), WD_STYLE_TYPE.PARAGRAPH)
            style.next_paragraph_style = style.base_style
        _apply(style, spec)
        self._index(style)
        if spec.builtin:
            self._notices.append(MISSING_STYLE.format(self._lang, name=spec.names[0]))
        return str(style.style_id)

    def _free_id(self, wanted: str) -> str:
        taken = {key[1] for key in self._by_id}
        candidate, n = wanted, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{wanted}{n}"
        return candidate


def _apply(style: ParagraphStyle, spec: StyleSpec) -> None:
    look = spec.look
    font, paragraph = style.font, style.paragraph_format
    if look.bold:
        font.bold = True
    if look.italic:
        font.italic = True
    if look.size is not None:
        font.size = Pt(look.size)
    if look.color is not None:
        font.color.rgb = RGBColor.from_string(look.color)
    if look.keep_next:
        paragraph.keep_with_next = True
    if look.space_before is not None:
        paragraph.space_before = Pt(look.space_before)
    if look.space_after is not None:
        paragraph.space_after = Pt(look.space_after)
    if look.single_spaced:
        paragraph.line_spacing = 1.0
    properties: Element = style.element.get_or_add_pPr()
    if look.contextual:
        insert_before(properties, element("w:contextualSpacing"), _AFTER_CONTEXTUAL)
    if spec.outline is not None:
        insert_before(properties, element("w:outlineLvl", val=str(spec.outline)), _AFTER_OUTLINE)
