"""Small helpers over python-docx's XML layer: making elements, and putting a child where the schema wants it.

WordprocessingML is strict about the order of children (a `w:pPr` lists `w:pStyle` before
`w:numPr` before `w:rPr`); Word calls a file corrupt when it is broken, LibreOffice mostly
forgives. Every element planctl adds to a part it did not write itself goes through
`insert_after` or `insert_before`, which know the order from the schema's own list.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# An lxml element; lxml ships no type information, so python-docx's elements are as good as Any.
Element = Any

# The revision marks of a run or a paragraph mark.
INSERTED = "w:ins"
DELETED = "w:del"


def element(tag: str, *children: Element, **attributes: str) -> Element:
    """`element("w:pStyle", val="Heading1")` -> <w:pStyle w:val="Heading1"/>; attributes are in w:."""
    made = OxmlElement(tag, attrs={qn(f"w:{name}"): value for name, value in attributes.items()})
    for child in children:
        made.append(child)
    return made


def insert_after(parent: Element, child: Element, predecessors: tuple[str, ...]) -> Element:
    """Put `child` after the last child of `parent` whose tag the schema orders before it."""
    tags = {qn(tag) for tag in predecessors}
    last = None
    for existing in parent:
        if existing.tag in tags:
            last = existing
    if last is None:
        parent.insert(0, child)
    else:
        last.addnext(child)
    return child


def insert_before(parent: Element, child: Element, successors: tuple[str, ...]) -> Element:
    """Put `child` before the first child of `parent` whose tag the schema orders after it."""
    tags = {qn(tag) for tag in successors}
    for existing in parent:
        if existing.tag in tags:
            existing.addprevious(child)
            return child
    parent.append(child)
    return child


def child(parent: Element, tag: str) -> Element | None:
    """The first child with this tag, or None."""
    return parent.find(qn(tag))
