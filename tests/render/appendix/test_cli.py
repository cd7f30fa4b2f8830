"""planctl appendix on bad input: one line on standard error, exit code 2 — or an honest note."""

from __future__ import annotations

from pathlib import Path

from tests.appendix.helpers import DRAFT, FINAL
from tests.conftest import PLANS, RunCli


def test_an_invalid_plan_is_one_line_with_its_place(planctl: RunCli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("municipality:\n  name: X\n  code: '173'\ntitle: T\nperiod: '2019'\nstatus: maybe\nsections: []\n",
                   encoding="utf-8")
    run = planctl("appendix", str(bad), "-o", str(tmp_path / "bilag.docx"))
    assert run.code == 2
    assert len(run.err.strip().splitlines()) == 1 and run.err.startswith(f"{bad}:6:9: ")
    assert not (tmp_path / "bilag.docx").exists()


def test_an_unwritable_output_is_one_line(planctl: RunCli, tmp_path: Path) -> None:
    run = planctl("appendix", str(DRAFT), "-o", str(tmp_path / "no-such-folder" / "bilag.docx"))
    assert run.code == 2 and len(run.err.strip().splitlines()) == 1, run.err


def test_an_unknown_focus_group_says_which_one_was_meant(planctl: RunCli, tmp_path: Path) -> None:
    run = planctl("appendix", str(FINAL), "--focus", "personer_med_handicp", "-o", str(tmp_path / "b.docx"))
    assert run.code == 2
    assert run.err.strip().splitlines() == [
        "planctl: --focus: 'personer_med_handicp' is not a target group of the vocabulary "
        "(did you mean 'personer_med_handicap'?)"]


def test_against_another_municipality_works_and_says_the_plans_do_not_align(planctl: RunCli) -> None:
    run = planctl("appendix", str(FINAL), "--against", str(PLANS / "rudersdal-2021.yaml"), "--format", "markdown")
    assert run.code == 0, run.err
    assert "De to planer ligner ikke versioner af samme plan (to forskellige kommuner)" in run.out


def test_english_on_request(planctl: RunCli) -> None:
    run = planctl("appendix", str(DRAFT), "--format", "markdown", "--lang", "en")
    assert run.code == 0
    assert run.out.startswith("# Appendix: ") and "## Open before adoption" in run.out
