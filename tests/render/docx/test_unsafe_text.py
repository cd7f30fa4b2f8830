"""Characters Word's XML cannot hold: replaced, reported once, never a corrupt file."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from lxml import etree

from planctl.messages import Lang
from planctl.render.docx import write_document
from planctl.render.page import Page
from planctl.render.plan.document import PlanDocument, paragraph, table
from tests.docx_xml import Docx
from tests.render.docx.shared import show_docx

# YAML's double-quoted escapes let a plan hold a BEL, a form feed, a vertical tab and U+FFFF.
PLAN = """\
municipality: {name: Tårnby Kommune, code: "185"}
title: "Beskæftigelsesplan\\a 2020"
period: 2020
status: adopted
sections:
  - title: "Indledning\\f"
    prose:
      - "Første linje\\vanden linje\\uFFFF slut."
      - "To linjer:\\nden anden\\tmed tabulator."
"""


def test_unsafe_characters_become_replacement_characters_and_one_notice(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    _, data, notices = show_docx(path)
    opened = docx.Document(io.BytesIO(data))  # python-docx opens it
    assert opened.core_properties.title == "Beskæftigelsesplan\ufffd 2020"
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if name.endswith(".xml"):
                etree.fromstring(package.read(name))  # every part parses
    texts = [p.text for p in Docx(data).paragraphs()]
    assert "Beskæftigelsesplan\ufffd 2020" in texts
    assert "Indledning\ufffd" in texts
    assert "Første linje\ufffdanden linje\ufffd slut." in texts
    assert notices == ["planen indeholder 4 tegn, som et Word-dokument ikke kan rumme "
                       "(U+0007, U+000B, U+000C, U+FFFF); de er erstattet af \ufffd (første gang i title)"]


def test_nul_u_fffe_and_a_lone_surrogate_are_replaced_in_runs_and_cells_alike() -> None:
    unsafe = "a\x00b\ufffec\ud800d"
    document = PlanDocument("Plan", "Tårnby Kommune", "2020", "final", False, [
        paragraph("body", unsafe, ("sections", 0, "prose", 2)),
        table(["Kolonne"], [(("sections", 0, "tables", 0, "rows", 0), [unsafe])], ("sections", 0, "tables", 0)),
        paragraph("colophon", "Slut"),
    ])
    page = Page(lang=Lang.en)
    reader = Docx(write_document(document, page))
    assert reader.paragraphs()[0].text == "a\ufffdb\ufffdc\ufffdd"
    assert reader.tables()[0].rows == (("Kolonne",), ("a\ufffdb\ufffdc\ufffdd",))
    assert page.notices == ["the plan holds 6 characters a Word document cannot hold (U+0000, U+D800, U+FFFE); "
                            "they were replaced by \ufffd (first in sections[0].prose[2])"]


def test_a_newline_is_a_line_break_and_a_tab_a_tab(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    _, data, _ = show_docx(path, Lang.en)
    reader = Docx(data)
    assert "To linjer:\nden anden\tmed tabulator." in [p.text for p in reader.paragraphs()]
    paragraph = next(p for p in reader.document.iter("{*}p") if "To linjer:" in "".join(p.itertext()))
    assert [etree.QName(e).localname for e in paragraph.iter("{*}t", "{*}br", "{*}tab")] == ["t", "br", "t", "tab", "t"]
