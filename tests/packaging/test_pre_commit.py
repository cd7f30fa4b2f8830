"""The hook definitions in .pre-commit-hooks.yaml, run by pre-commit itself.

A throwaway git repository holds a plan and a docker-compose.yml, as a municipality's
repository would: the hooks check the plan, leave the other YAML alone, fail when the plan
gets an English decimal point (in plans/, or elsewhere with planctl's schema comment), and
the schema hook brings a stale schema copy up to date.
pre-commit builds the hook's environment from this checkout once (about 15 s).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planctl.model.schema import plan_json_schema_text

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "tests" / "cases" / "valid" / "span-figures-table.yaml"
COMPOSE = "services:\n  web:\n    image: nginx:1.27\n    ports: ['8080:80']\n"

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("pre_commit") is None,
    reason="pre-commit is not installed (pip install -e '.[test]' brings it)",
)


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
                   cwd=repo, check=True, capture_output=True)


def _try_repo(repo: Path, home: Path, hook: str) -> subprocess.CompletedProcess[str]:
    _git(repo, "add", "-A")
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook, "--all-files", "--color", "never"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=600, check=False,
    )


@pytest.fixture
def municipality_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "plans").mkdir(parents=True)
    (repo / "plans" / "kommune-2025.yaml").write_text(PLAN.read_text(encoding="utf-8"), encoding="utf-8")
    (repo / "docker-compose.yml").write_text(COMPOSE, encoding="utf-8")
    (repo / "schemas").mkdir()
    (repo / "schemas" / "plan.schema.json").write_text("{}\n", encoding="utf-8")
    _git(repo, "init", "-q")
    return repo


def test_the_hooks_check_plans_only_and_refresh_the_schema(municipality_repo: Path, tmp_path: Path) -> None:
    home = tmp_path / "pre-commit-home"
    repo = municipality_repo

    check = _try_repo(repo, home, "planctl-check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "planctl check" in check.stdout and "Passed" in check.stdout

    # The schema copy is stale ("{}"): the hook rewrites it and fails once, as formatters do.
    refresh = _try_repo(repo, home, "planctl-check-schema")
    assert refresh.returncode == 1, refresh.stdout + refresh.stderr
    assert "files were modified by this hook" in refresh.stdout
    assert (repo / "schemas" / "plan.schema.json").read_text(encoding="utf-8") == plan_json_schema_text()
    again = _try_repo(repo, home, "planctl-check-schema")
    assert again.returncode == 0, again.stdout + again.stderr

    plan = repo / "plans" / "kommune-2025.yaml"
    text = plan.read_text(encoding="utf-8")
    assert "value: 4,5 pct." in text
    plan.write_text(text.replace("value: 4,5 pct.", "value: 4.5 pct.", 1), encoding="utf-8")
    broken = _try_repo(repo, home, "planctl-check")
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "Failed" in broken.stdout
    assert "plans/kommune-2025.yaml:" in broken.stdout and "4.5 pct." in broken.stdout
    assert "docker-compose" not in broken.stdout

    # A plan kept outside plans/ is known by planctl's schema comment on its first line.
    plan.write_text(text, encoding="utf-8")
    elsewhere = repo / "beskaeftigelse" / "plan.yaml"
    elsewhere.parent.mkdir()
    comment = "# yaml-language-server: $schema=../schemas/plan.schema.json\n"
    elsewhere.write_text(comment + text.replace("value: 4,5 pct.", "value: 4.5 pct.", 1), encoding="utf-8")
    outside = _try_repo(repo, home, "planctl-check")
    assert outside.returncode == 1, outside.stdout + outside.stderr
    assert "beskaeftigelse/plan.yaml:" in outside.stdout and "docker-compose" not in outside.stdout
