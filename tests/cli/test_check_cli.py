"""planctl check as a user runs it: exit codes, one line per problem, no traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from planctl.render.check import FORMATS
from tests.conftest import MINIMAL_PLAN, ROOT, RunCli

WritePlan = Callable[..., Path]


def test_valid_plan_exits_0(write_plan: WritePlan, planctl: RunCli) -> None:
    result = planctl("check", write_plan(MINIMAL_PLAN))
    assert result.code == 0, result.err
    assert "in 1 plan" in result.out.splitlines()[-1] or "1 plan" in result.out


def test_invalid_plan_exits_2_with_file_line_col(write_plan: WritePlan, planctl: RunCli) -> None:
    path = write_plan(MINIMAL_PLAN.replace("value: x pct.", "value: 12,,5 pct."))
    before = path.read_bytes()
    result = planctl("check", path)
    assert result.code == 2
    assert result.err.splitlines() == [
        f"{path}:16:18: sections[0].goals[0].target.value: '12,,5 pct.' is neither a Danish quantity "
        "(e.g. '4,5 pct.', 'ca. 600 personer') nor a draft placeholder (e.g. 'xx pct.')"
    ]
    assert "Traceback" not in result.err
    assert path.read_bytes() == before


def test_every_bad_input_exits_2_without_traceback(tmp_path: Path, planctl: RunCli) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"b{i}: &b{i} [{', '.join(['*a' if i == 0 else f'*b{i-1}'] * 9)}]\n" for i in range(9)
    )
    cases = {
        "empty.yaml": b"",
        "binary.yaml": b"\x00\x01\x02",
        "latin1.yaml": "title: Tårnby\n".encode("latin-1"),
        "list.yaml": b"- a\n",
        "dupe.yaml": b"title: a\ntitle: b\n",
        "bomb.yaml": bomb.encode(),
        "syntax.yaml": b"title: [a\n",
    }
    for name, content in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        result = planctl("check", path)
        assert result.code == 2, name
        assert "Traceback" not in result.err, name
        [line] = result.err.splitlines()
        assert line.startswith(f"{path}:"), line
        assert path.read_bytes() == content


def test_missing_path_exits_2(tmp_path: Path, planctl: RunCli) -> None:
    result = planctl("check", tmp_path / "missing.yaml")
    assert result.code == 2
    assert result.err.strip() == f"{tmp_path / 'missing.yaml'}: no such file or folder"


def test_folder_is_searched_for_plans(tmp_path: Path, planctl: RunCli) -> None:
    (tmp_path / "a.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.yml").write_text(MINIMAL_PLAN, encoding="utf-8")
    result = planctl("check", tmp_path)
    assert result.code == 0, result.err
    assert "in 2 plans" in result.out


def test_readme_documents_every_rule() -> None:
    from planctl.lint.rules import RULES
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"| `{rule.id}` | {rule.name} |" in readme, rule.id


def test_pre_commit_hook_runs_check() -> None:
    import yaml

    from tests.conftest import ROOT

    hook, *_ = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "planctl-check"
    assert hook["entry"] == "planctl check --plans-only" and hook["types"] == ["yaml"]


# -o/--output: the same bytes as standard output, written atomically.

RUDERSDAL = Path("plans/rudersdal-2021.yaml")


@pytest.mark.parametrize("output_format", FORMATS.names)
def test_output_file_holds_what_standard_output_gets(output_format: str, planctl: RunCli, tmp_path: Path) -> None:
    target = tmp_path / f"check.{output_format}"
    shown = planctl("check", RUDERSDAL, "--format", output_format, cwd=ROOT)
    written = planctl("check", RUDERSDAL, "--format", output_format, "-o", target, cwd=ROOT)
    assert shown.code == written.code == 1
    assert "Maj 2020" in shown.out, shown.out  # a real report: a finding's message is in it
    assert written.out == ""
    assert target.read_bytes() == shown.out.encode("utf-8")


def test_output_file_in_github_actions_is_the_github_report(planctl: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "annotations.txt"
    planctl("check", RUDERSDAL, "-o", target, env={"GITHUB_ACTIONS": "true"}, cwd=ROOT)
    # The first annotation is M007 (no measurable goal), at the plan's title on line 5.
    assert target.read_text(encoding="utf-8").startswith("::notice file=plans/rudersdal-2021.yaml,line=5,")


def _raise_in_renderer(report: object, page: object) -> str:
    raise RuntimeError("renderer failed")


def _unwritable_text(report: object, page: object) -> str:
    return "a report the writer fails on halfway: \ud800"  # a high surrogate alone cannot be encoded


@pytest.mark.parametrize(("renderer", "error"), [(_raise_in_renderer, RuntimeError),
                                                 (_unwritable_text, UnicodeEncodeError)])
def test_a_failed_run_leaves_the_output_file_untouched_and_no_temporary_file(
    renderer: Callable[[object, object], str], error: type[Exception], planctl: RunCli, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("planctl.render.check.concise.render", renderer)
    target = tmp_path / "report.txt"
    target.write_bytes(b"yesterday's report\n")
    with pytest.raises(error):
        planctl("check", RUDERSDAL, "--format", "concise", "-o", target, cwd=ROOT)
    assert target.read_bytes() == b"yesterday's report\n"
    assert [path.name for path in tmp_path.iterdir()] == ["report.txt"]


def test_a_failed_write_is_one_line_exit_2_and_leaves_the_file_untouched(
    planctl: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    def refuse(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    target = tmp_path / "report.txt"
    target.write_bytes(b"yesterday's report\n")
    result = planctl("check", RUDERSDAL, "--format", "concise", "-o", target, cwd=ROOT)
    assert result.code == 2
    assert result.err == f"{target}: -o: cannot write: No space left on device\n"
    assert target.read_bytes() == b"yesterday's report\n"
    assert [path.name for path in tmp_path.iterdir()] == ["report.txt"]
