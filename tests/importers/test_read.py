"""Choosing the reader by what a file holds, not only by its name, and refusing what no reader
can read, each in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from planctl.errors import PlanctlError
from planctl.importers.read import document_kind, read_document
from planctl.limits import MAX_DOCUMENT_BYTES
from tests.docx_xml import make_docx


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("plan.docx", make_docx("<w:p/>"), "docx"),
    ("plan.txt", make_docx("<w:p/>"), "docx"),  # a Word file whatever its name
    ("plan.pdf", b"%PDF-1.7\n", "pdf"),
    ("download", b"\n %PDF-1.4\n", "pdf"),
    ("plan.md", "# Beskæftigelsesplan 2019\n".encode(), "md"),
    ("plan.txt", "Beskæftigelsesplan 2019\n".encode(), "txt"),
    ("plan.docx", "Beskæftigelsesplan 2019\n".encode(), "txt"),  # text named .docx is read as text
])
def test_the_kind_comes_from_the_content(name: str, data: bytes, kind: str) -> None:
    assert document_kind(Path(name), data) == kind


def refusal(path: Path) -> str:
    with pytest.raises(PlanctlError) as caught:
        read_document(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    return message


def test_a_binary_file_named_txt_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(bytes(range(256)) * 4)
    assert "binary data" in refusal(path)


def test_an_old_doc_or_an_encrypted_docx_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))  # the OLE compound file's signature
    assert "password-protected Word file" in refusal(path)


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(b" \n")
    assert refusal(path).endswith("the file is empty")


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    assert refusal(tmp_path / "none.docx").endswith("no such file")
    assert refusal(tmp_path).endswith("is a folder, not a document")


def test_a_file_larger_than_any_plan_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as stream:
        stream.truncate(MAX_DOCUMENT_BYTES + 1)  # sparse: nothing is written
    assert "larger than 50 MB" in refusal(path)


def test_a_corrupt_word_file_is_refused_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(make_docx("<w:p/>")[:200])
    assert "not a Word file" in refusal(path)


def test_a_word_file_and_a_pdf_reach_their_readers(tmp_path: Path) -> None:
    word = tmp_path / "plan.docx"
    word.write_bytes(make_docx('<w:p><w:r><w:t>Mål for 2019</w:t></w:r></w:p>'))
    document = read_document(word)
    assert document.kind == "docx" and document.blocks[0].text == "Mål for 2019"
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.7\nbroken")
    assert "not a readable PDF" in refusal(pdf)


def test_reading_never_changes_the_input(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    data = make_docx('<w:p><w:r><w:t>Mål</w:t></w:r></w:p>')
    path.write_bytes(data)
    before = path.stat().st_mtime_ns
    read_document(path)
    assert path.read_bytes() == data and path.stat().st_mtime_ns == before
