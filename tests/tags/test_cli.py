"""planctl tags as a user runs it: the lines on standard output, the summary on standard error and
the patch, byte for byte; the plans are never written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ROOT, RunCli
from tests.golden import assert_golden

GOLDEN = Path(__file__).parent / "golden"
WritePlan = Callable[..., Path]

SUMMARY = {
    "da": "14 forslag til 51 afsnit og mål uden målgrupper i 5 planer; planerne er ikke ændret.",
    "en": "14 suggestions for 51 sections and goals without target groups in 5 plans; the plans are unchanged.",
}

FLOW_STYLE_PLAN = """\
municipality: {name: Tårnby Kommune, code: "185"}
title: Beskæftigelsesplan 2019
period: "2019"
status: final
sections:
  - {title: Sygedagpengemodtagere, level: 1}
  - title: Unge under 30 år
    level: 1
"""


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("show_all", [False, True])
def test_lines_and_summary(planctl: RunCli, lang: str, show_all: bool) -> None:
    result = planctl("tags", "plans/", "--lang", lang, *(["--all"] if show_all else []), cwd=ROOT)
    assert result.code == 0, result.err
    assert_golden(result.out, GOLDEN / f"tags{'-all' if show_all else ''}-{lang}.txt")
    assert result.err == SUMMARY[lang] + "\n"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_write_patch_to_a_file(planctl: RunCli, tmp_path: Path, lang: str) -> None:
    patch = tmp_path / "tags.patch"
    result = planctl("tags", "plans/", "--lang", lang, "--write-patch", patch, cwd=ROOT)
    assert result.code == 0, result.err
    assert_golden(result.out, GOLDEN / f"tags-{lang}.txt")
    assert result.err == f"{SUMMARY[lang]} Patch: {patch} (git apply {patch}).\n"
    assert_golden(patch.read_text(encoding="utf-8"), GOLDEN / "tags.patch")
    assert [p.name for p in tmp_path.iterdir()] == ["tags.patch"]  # no temporary file left


def test_write_patch_to_standard_output_prints_only_the_patch(planctl: RunCli) -> None:
    result = planctl("tags", "plans/", "--write-patch", "-", cwd=ROOT)
    assert result.code == 0, result.err
    assert result.err == ""
    assert_golden(result.out, GOLDEN / "tags.patch")


@pytest.mark.parametrize(("lang", "unpatched"), [
    ("da", "1 kunne ikke komme med i patchen (flow-stil eller en tom target_groups)."),
    ("en", "1 could not go into the patch (flow style or an empty target_groups)."),
])
def test_what_the_patch_cannot_hold_is_counted(planctl: RunCli, write_plan: WritePlan, tmp_path: Path,
                                               lang: str, unpatched: str) -> None:
    plan = write_plan(FLOW_STYLE_PLAN)
    patch = tmp_path / "tags.patch"
    result = planctl("tags", plan, "--lang", lang, "--write-patch", patch)
    assert result.code == 0, result.err
    assert result.err.endswith(f"(git apply {patch}). {unpatched}\n")
    assert "+    - unge_under_30\n" in patch.read_text(encoding="utf-8")
    assert "sygedagpenge" not in patch.read_text(encoding="utf-8")  # the flow-style section is left out


def test_tags_prints_file_line_col_and_never_writes_the_plans(planctl: RunCli, tmp_path: Path) -> None:
    env = {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "COLUMNS": "120"}
    before = {p: p.read_bytes() for p in (ROOT / "plans").glob("*.yaml")}
    result = planctl("tags", "plans/gladsaxe-2012.yaml", "--lang", "en", env=env, cwd=ROOT)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines and all(line.startswith("plans/gladsaxe-2012.yaml:") for line in lines)
    assert "plans/gladsaxe-2012.yaml:118:3: section 'Jobplaner': target_groups: [sygedagpenge]" in result.out
    patch = tmp_path / "tags.patch"
    assert planctl("tags", "plans/", "--write-patch", patch, env=env, cwd=ROOT).code == 0
    assert patch.read_text(encoding="utf-8").startswith("--- a/plans/")
    refused = planctl("tags", "plans/gladsaxe-2012.yaml", "--write-patch", "plans/gladsaxe-2012.yaml", env=env,
                      cwd=ROOT)
    assert refused.code == 2 and "will not overwrite a plan file" in refused.err
    assert {p: p.read_bytes() for p in (ROOT / "plans").glob("*.yaml")} == before


def test_a_patch_file_that_cannot_be_written_is_one_line_and_exit_2(planctl: RunCli, tmp_path: Path) -> None:
    result = planctl("tags", "plans/gladsaxe-2012.yaml", "--write-patch", tmp_path / "nowhere" / "tags.patch",
                     cwd=ROOT)
    assert result.code == 2
    assert result.err.startswith(f"{tmp_path / 'nowhere' / 'tags.patch'}: --write-patch: cannot write")
    assert "Traceback" not in result.err
