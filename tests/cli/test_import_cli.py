"""planctl import on the command line: -o, --force, standard output, the summary, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).parent.parent / "sources" / "001_d30976d64f525835.txt"


def test_stdout_when_no_output_and_a_summary_on_stderr(planctl) -> None:  # type: ignore[no-untyped-def]
    run = planctl("import", SEED)
    assert run.code == 0
    assert run.out.startswith("# yaml-language-server: $schema=../schemas/plan.schema.json\nmunicipality:")
    assert "import 001_d30976d64f525835.txt:" in run.err and "22 goals" not in run.err and "11 goals" in run.err


def test_output_file_is_written_and_never_overwritten_without_force(planctl, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "plan.yaml"
    assert planctl("import", SEED, "-o", target).code == 0
    assert "title: Beskæftigelsesplan 2019" in target.read_text(encoding="utf-8")
    target.write_text("keep me", encoding="utf-8")
    run = planctl("import", SEED, "-o", target)
    assert run.code == 2 and "--force" in run.err and len(run.err.strip().splitlines()) == 1
    assert target.read_text(encoding="utf-8") == "keep me"
    assert planctl("import", SEED, "-o", target, "--force").code == 0
    assert target.read_text(encoding="utf-8") != "keep me"


def test_options_override_what_the_document_says(planctl) -> None:  # type: ignore[no-untyped-def]
    run = planctl("import", SEED, "--municipality", "185", "--period", "2019-2020", "--status", "adopted")
    assert 'name: Tårnby Kommune\n  code: "185"' in run.out
    assert "period: 2019-2020" in run.out and "status: adopted" in run.out


def test_report_lists_what_was_kept_as_prose_with_where(planctl) -> None:  # type: ignore[no-untyped-def]
    run = planctl("import", SEED, "--report")
    assert "kept as prose (verbatim, not recognised):" in run.err
    assert "linje " in run.err


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"\x00\x01\x02binary", "binary"),
    ("Referat af mødet.\nGodkendt.\n".encode(), "found no plan"),
    ("Beskæftigelsesplan".encode("latin-1"), "not UTF-8"),
])
def test_bad_input_is_one_line_exit_2_and_nothing_written(planctl, tmp_path: Path, content: bytes,  # type: ignore[no-untyped-def]
                                                          message: str) -> None:
    document = tmp_path / "plan.txt"
    document.write_bytes(content)
    target = tmp_path / "out.yaml"
    run = planctl("import", document, "-o", target)
    assert run.code == 2
    assert len(run.err.strip().splitlines()) == 1 and message in run.err
    assert run.err.startswith(f"{document}:")  # the problem is said of the document
    assert not target.exists()
    assert document.read_bytes() == content


def test_import_never_modifies_its_input(planctl, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = SEED.read_bytes()
    planctl("import", SEED, "-o", tmp_path / "plan.yaml")
    assert SEED.read_bytes() == before


def test_never_over_the_document_itself_even_with_force(planctl, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = tmp_path / "plan.txt"
    document.write_bytes(SEED.read_bytes())
    run = planctl("import", document, "-o", document, "--force")
    assert run.code == 2 and "over the document" in run.err
    assert document.read_bytes() == SEED.read_bytes()


def test_bad_status_is_one_line(planctl) -> None:  # type: ignore[no-untyped-def]
    run = planctl("import", SEED, "--status", "vedtaget")
    assert run.code == 2 and "--status" in run.err
