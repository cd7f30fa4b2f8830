"""The Word package around the body: the template opened, its body cleared, properties, language, bytes.

A template is the municipality's look: its page setup, header, footer and logo live in the
body's final `w:sectPr` and the parts it refers to, so the body is cleared but that
`w:sectPr` is kept. python-docx refuses a Word template (.dotx) for its content type; the
package is copied in memory with the main part's content type changed to a document's.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn

from planctl.errors import PlanctlError, Problem
from planctl.file_problems import A_WORD_TEMPLATE
from planctl.limits import MAX_DOCUMENT_BYTES
from planctl.paths import read_bytes
from planctl.render.docx.ooxml import Element, child, element, insert_before

_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_CONTENT_TYPES = "[Content_Types].xml"

# A4 with Danish Word's margins (3 cm top and bottom, 2 cm at the sides), in twentieths of a point.
_A4 = {"w": "11906", "h": "16838"}
_MARGINS = {"top": "1701", "bottom": "1701", "left": "1134", "right": "1134"}

# The children of w:sectPr that the schema puts after w:pgSz.
_AFTER_PAGE_SIZE = ("w:pgMar", "w:paperSrc", "w:pgBorders", "w:lnNumType", "w:pgNumType", "w:cols", "w:formProt",
                    "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter",
                    "w:docGrid", "w:printerSettings", "w:sectPrChange")

# The children of w:rPr that the schema puts after w:lang.
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath", "w:rPrChange")
_DANISH = "da-DK"


def open_document(template: Path | None, *, landscape: bool = False) -> Document:
    """A document with an empty body: python-docx's default, or the template's look; turned on its side when asked."""
    if template is None:
        document = docx.Document()
        _a4(document)
        _sans_serif(document)
    else:
        document = _open_template(template)
    _clear_body(document)
    if landscape:
        _landscape(document)
    return document


def _open_template(path: Path) -> Document:
    try:
        data = read_bytes(path, limit=MAX_DOCUMENT_BYTES, what=A_WORD_TEMPLATE)
    except PlanctlError as error:
        raise PlanctlError([p._replace(message=f"--template: {p.message}") for p in error.problems]) from None
    try:
        return docx.Document(io.BytesIO(_as_document(data)))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, SyntaxError, EOFError):
        # not a zip, a zip without Word's parts, another Office format, or XML that does not parse
        raise PlanctlError(Problem("--template: not a Word document or template (.docx or .dotx)", path)) from None


def _as_document(data: bytes) -> bytes:
    """A .dotx package as a .docx package: the one content type that differs, changed."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        types = source.read(_CONTENT_TYPES).decode("utf-8")
        if _TEMPLATE not in types:
            return data
        copy = io.BytesIO()
        with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                content = source.read(item.filename)
                if item.filename == _CONTENT_TYPES:
                    content = types.replace(_TEMPLATE, _DOCUMENT).encode("utf-8")
                target.writestr(item, content)
        return copy.getvalue()


def _clear_body(document: Document) -> None:
    """Everything in the body goes but the final `w:sectPr`: page setup, header and footer references."""
    body = document.element.body
    for item in list(body):
        if item.tag != qn("w:sectPr"):
            body.remove(item)


def _a4(document: Document) -> None:
    """python-docx's default template is US Letter; a Danish document is A4."""
    section = child(document.element.body, "w:sectPr")
    if section is None:
        return
    size, margins = child(section, "w:pgSz"), child(section, "w:pgMar")
    if size is not None:
        for name, value in _A4.items():
            size.set(qn(f"w:{name}"), value)
    if margins is not None:
        for name, value in _MARGINS.items():
            margins.set(qn(f"w:{name}"), value)


def _landscape(document: Document) -> None:
    """The page turned: its longer side across, and `w:orient` so that Word's page setup says landscape.

    The margins stay as they are: a template's header and logo are placed for its top margin.
    """
    body = document.element.body
    section = child(body, "w:sectPr")
    if section is None:
        section = element("w:sectPr")
        body.append(section)
    size = child(section, "w:pgSz")
    if size is None:
        size = insert_before(section, element("w:pgSz", **_A4), _AFTER_PAGE_SIZE)
    sides = sorted((_twips(size, "w", int(_A4["w"])), _twips(size, "h", int(_A4["h"]))))
    size.set(qn("w:w"), str(sides[1]))
    size.set(qn("w:h"), str(sides[0]))
    size.set(qn("w:orient"), "landscape")


def _sans_serif(document: Document) -> None:
    """python-docx's default theme sets the body in Cambria; a Danish municipal document reads in Calibri."""
    defaults = child(document.styles.element, "w:docDefaults")
    run_default = child(defaults, "w:rPrDefault") if defaults is not None else None
    properties = child(run_default, "w:rPr") if run_default is not None else None
    fonts = child(properties, "w:rFonts") if properties is not None else None
    if fonts is None:
        return
    for name in ("asciiTheme", "hAnsiTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{name}"), None)
    for name in ("ascii", "hAnsi", "cs"):
        fonts.set(qn(f"w:{name}"), "Calibri")


def text_width(document: Document) -> int:
    """The width between the margins of the last section, in twentieths of a point."""
    section = child(document.element.body, "w:sectPr")
    size = child(section, "w:pgSz") if section is not None else None
    margins = child(section, "w:pgMar") if section is not None else None
    if size is None or margins is None:
        return int(_A4["w"]) - int(_MARGINS["left"]) - int(_MARGINS["right"])
    width = _twips(size, "w", 11906) - _twips(margins, "left", 1134) - _twips(margins, "right", 1134)
    return max(width, 2000)


def _twips(item: Element, name: str, default: int) -> int:
    value = item.get(qn(f"w:{name}"))
    try:
        return int(float(value)) if value is not None else default
    except ValueError:
        return default


def set_properties(document: Document, title: str, subject: str, now: datetime) -> None:
    """Core properties: title, subject, made now by planctl (not by the template's author)."""
    properties = document.core_properties
    properties.title = title
    properties.subject = subject
    properties.author = "planctl"
    properties.last_modified_by = "planctl"
    properties.created = now.replace(tzinfo=None)
    properties.modified = now.replace(tzinfo=None)
    properties.revision = 1
    properties.comments = ""
    properties.language = _DANISH


def set_language(document: Document, *, styles_too: bool) -> None:
    """Proof-reading in Danish: the runs' default, and every style's own language when asked."""
    styles = document.styles.element
    defaults = child(styles, "w:docDefaults")
    if defaults is None:
        defaults = element("w:docDefaults")
        styles.insert(0, defaults)
    run_default = child(defaults, "w:rPrDefault")
    if run_default is None:
        run_default = element("w:rPrDefault")
        defaults.insert(0, run_default)
    properties = child(run_default, "w:rPr")
    if properties is None:
        properties = element("w:rPr")
        run_default.append(properties)
    language = child(properties, "w:lang")
    if language is None:
        language = insert_before(properties, element("w:lang"), _AFTER_LANG)
    language.set(qn("w:val"), _DANISH)
    if styles_too:
        for style_language in styles.iter(qn("w:lang")):
            style_language.set(qn("w:val"), _DANISH)
        settings = document.settings.element
        theme_language = child(settings, "w:themeFontLang")
        if theme_language is not None:
            theme_language.set(qn("w:val"), _DANISH)


def to_bytes(document: Document) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()
