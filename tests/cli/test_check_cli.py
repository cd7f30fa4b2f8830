"""planctl check as a user runs it: exit codes, one line per problem, no traceback."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.conftest import MINIMAL_PLAN

WritePlan = Callable[..., Path]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planctl", *map(str, args)], capture_output=True, text=True, check=False
    )


def test_valid_plan_exits_0(write_plan: WritePlan) -> None:
    result = run("check", write_plan(MINIMAL_PLAN))
    assert result.returncode == 0, result.stderr
    assert "in 1 plan" in result.stdout.splitlines()[-1] or "1 plan" in result.stdout


def test_invalid_plan_exits_2_with_file_line_col(write_plan: WritePlan) -> None:
    path = write_plan(MINIMAL_PLAN.replace("value: x pct.", "value: 12,,5 pct."))
    before = path.read_bytes()
    result = run("check", path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{path}:16:18: sections[0].goals[0].target.value: '12,,5 pct.' is neither a Danish quantity "
        "(e.g. '4,5 pct.', 'ca. 600 personer') nor a draft placeholder (e.g. 'xx pct.')"
    ]
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_every_bad_input_exits_2_without_traceback(tmp_path: Path) -> None:
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
        result = run("check", path)
        assert result.returncode == 2, name
        assert "Traceback" not in result.stderr, name
        [line] = result.stderr.splitlines()
        assert line.startswith(f"{path}:"), line
        assert path.read_bytes() == content


def test_missing_path_exits_2(tmp_path: Path) -> None:
    result = run("check", tmp_path / "missing.yaml")
    assert result.returncode == 2
    assert result.stderr.strip() == f"{tmp_path / 'missing.yaml'}: no such file or folder"


def test_folder_is_searched_for_plans(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.yml").write_text(MINIMAL_PLAN, encoding="utf-8")
    result = run("check", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "in 2 plans" in result.stdout


def test_readme_documents_every_rule() -> None:
    from planctl.lint.rules import RULES
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"| `{rule.id}` | {rule.name} |" in readme, rule.id


def test_pre_commit_hook_runs_check() -> None:
    import yaml

    from tests.conftest import ROOT

    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "planctl-check"
    assert hook["entry"] == "planctl check"
