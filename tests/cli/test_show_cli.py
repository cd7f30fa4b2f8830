"""planctl show as a user runs it: formats, -o, languages, exit codes, bad input."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MINIMAL_PLAN, PLANS, RunCli
from tests.render.plan.hostile import SHOWN, hostile_plan

WritePlan = Callable[..., Path]
DRAFT = PLANS / "lyngby-taarbaek-2019-udkast.yaml"
DANISH = {"LANG": "da_DK.UTF-8"}


def test_shows_the_plan_as_text_by_default(planctl: RunCli) -> None:
    result = planctl("show", DRAFT, env=DANISH)
    assert result.code == 0, result.err
    assert result.out.startswith("Lyngby-Taarbæk Kommunes Beskæftigelsesplan 2019\n")
    assert "\nUDKAST\n" in result.out and "\nMÅL 1\n" in result.out
    assert max(len(line) for line in result.out.splitlines()) <= 100  # COLUMNS
    assert result.err == ""


def test_markdown(planctl: RunCli) -> None:
    result = planctl("show", PLANS / "rudersdal-2021.yaml", "--format", "markdown", env=DANISH)
    assert result.code == 0, result.err
    assert result.out.startswith("# Beskæftigelsesplan 2021\n\nRudersdal Kommune · 2021 · endelig\n")
    assert "| Rudersdal | 456 | 703 | 54% | 2,7 |" in result.out


@pytest.mark.parametrize("output_format", ["text", "markdown"])
def test_o_writes_the_bytes_standard_output_gets(tmp_path: Path, planctl: RunCli, output_format: str) -> None:
    target = tmp_path / f"plan.{output_format}"
    written = planctl("show", DRAFT, "--format", output_format, "-o", target, env=DANISH)
    assert written.code == 0, written.err
    assert written.out == ""
    printed = planctl("show", DRAFT, "--format", output_format, env=DANISH)
    assert target.read_bytes() == printed.out.encode("utf-8")


def test_danish_by_locale_english_by_lang(planctl: RunCli) -> None:
    danish = planctl("show", DRAFT, env=DANISH).out
    english = planctl("show", DRAFT, "--lang", "en", env=DANISH).out
    assert "Måltal: fald på x pct. fra 2018 til 2019." in danish and "21. november 2018" in danish
    assert "Target: decrease of x pct. from 2018 to 2019." in english and "21 November 2018" in english
    assert danish.splitlines()[2] == "UDKAST" and english.splitlines()[2] == "DRAFT"
    assert planctl("show", DRAFT).out.splitlines()[2] == "DRAFT"  # an English locale


def test_an_invalid_plan_is_one_line_exit_2_and_no_file(write_plan: WritePlan, planctl: RunCli,
                                                        tmp_path: Path) -> None:
    path = write_plan(MINIMAL_PLAN.replace("value: x pct.", "value: 12,,5 pct."))
    target = tmp_path / "plan.md"
    result = planctl("show", path, "--format", "markdown", "-o", target)
    assert result.code == 2
    [line] = result.err.splitlines()
    assert line.startswith(f"{path}:16:18: sections[0].goals[0].target.value: '12,,5 pct.'")
    assert result.out == ""
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left either


def test_a_missing_plan_is_one_line_exit_2(tmp_path: Path, planctl: RunCli) -> None:
    result = planctl("show", tmp_path / "missing.yaml")
    assert result.code == 2
    assert len(result.err.splitlines()) == 1 and "Traceback" not in result.err


def test_a_template_that_does_not_exist_is_one_line_exit_2(tmp_path: Path, planctl: RunCli) -> None:
    target = tmp_path / "plan.docx"
    result = planctl("show", DRAFT, "--format", "docx", "--template", tmp_path / "nope.dotx", "-o", target)
    assert result.code == 2
    assert result.err.splitlines() == [f"{tmp_path / 'nope.dotx'}: --template: no such file"]
    assert not target.exists()


def test_an_unknown_format_is_refused(planctl: RunCli) -> None:
    result = planctl("show", DRAFT, "--format", "pdf")
    assert result.code == 2
    assert "text, markdown, docx" in result.err


def test_o_into_a_folder_that_does_not_exist_is_one_line_exit_2(tmp_path: Path, planctl: RunCli) -> None:
    result = planctl("show", DRAFT, "-o", tmp_path / "nowhere" / "plan.txt")
    assert result.code == 2
    assert len(result.err.splitlines()) == 1 and "Traceback" not in result.err


@pytest.mark.parametrize("output_format", ["text", "markdown"])
def test_escape_codes_and_markup_in_a_plan_are_printed_harmlessly(tmp_path: Path, planctl: RunCli,
                                                                  output_format: str) -> None:
    result = planctl("show", hostile_plan(tmp_path), "--format", output_format, env={"COLUMNS": "300"})
    assert result.code == 0, result.err
    assert "\x1b" not in result.out and "\x9b" not in result.out
    visible = SHOWN if output_format == "text" else SHOWN.replace("\\", "\\\\").replace("[", "\\[").replace(
        "]", "\\]")
    assert f"Ledigheden skal falde {visible}" in result.out


def test_docx_is_written_with_o(tmp_path: Path, planctl: RunCli) -> None:
    pytest.importorskip("planctl.render.plan.docx", reason="the Word renderer is another slice of issue 9")
    target = tmp_path / "plan.docx"
    result = planctl("show", DRAFT, "--format", "docx", "-o", target)
    assert result.code == 0, result.err
    assert target.read_bytes()[:2] == b"PK"
