"""What the Word tests of compare share: the comparisons, their .docx, and a municipal template with a logo."""

from __future__ import annotations

import re
import shutil
import struct
import zlib
from pathlib import Path

import docx
from docx.shared import Cm

from planctl.compare.inputs import CompareOptions
from planctl.compare.model import Comparison
from planctl.compare.run import compare_files
from planctl.messages import Lang
from planctl.render.compare.docx import render
from planctl.render.page import Page
from tests.compare.helpers import ALL_PLANS, FINAL_PLANS, compare
from tests.conftest import ROOT
from tests.docx_xml import Grid
from tests.render.docx.test_template import danish_template

# The four municipalities' final plans as their columns are headed, in the order compared.
HEADERS = ["Lyngby-Taarbæk 2019", "Gladsaxe 2012", "Tårnby 2019-2023", "Rudersdal 2021"]
# The row groups of `planctl compare`, as the terminal output titles them in Danish.
GROUP_TITLES = ["Mål pr. målgruppe", "Ministermål", "Sammenlignelige nøgletal", "Kvalitet"]
IDENTITY_LABELS = ["Kommune", "Titel", "Periode", "Status", "Fil"]
_FOOTNOTE_MARKS = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+$")


def finals() -> Comparison:
    return compare(FINAL_PLANS, "da")


def six_plans(folder: Path) -> Comparison:
    """The five plans in plans/ and a copy of Rudersdal's under another name: six columns."""
    copy = folder / "rudersdal-2021-kopi.yaml"
    shutil.copy(ROOT / "plans" / "rudersdal-2021.yaml", copy)
    return compare_files([*(ROOT / plan for plan in ALL_PLANS), copy], CompareOptions(lang=Lang.da))


def compare_docx(comparison: Comparison, **options: object) -> tuple[bytes, list[str]]:
    """The comparison as `compare --format docx` writes it, and the notices."""
    page = Page(lang=Lang(comparison.lang), options=dict(options))
    return render(comparison, page), page.notices


def labels(grid: Grid) -> list[str]:
    """A table's row labels below its header, without their footnote marks."""
    return [_FOOTNOTE_MARKS.sub("", row[0]) for row in grid.rows[1:]]


def tiny_png() -> bytes:
    """A 2×2 PNG in the municipality's red, made by hand (no imaging library needed)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\xc0\x00\x00" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def template_with_logo(folder: Path) -> Path:
    """The Danish municipal template of the show tests (A5, Danish style names), with a logo in its header."""
    path = danish_template(folder / "skabelon.docx")
    logo = folder / "logo.png"
    logo.write_bytes(tiny_png())
    document = docx.Document(str(path))
    document.sections[0].header.paragraphs[0].add_run().add_picture(str(logo), width=Cm(1))
    document.save(str(path))
    return path
