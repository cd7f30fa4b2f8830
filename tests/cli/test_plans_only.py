"""check --plans-only (what the pre-commit hooks use): YAML that is not a plan is skipped, plans are checked."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MINIMAL_PLAN, RunCli

SCHEMA_COMMENT = "# yaml-language-server: $schema=../schemas/plan.schema.json\n"
BROKEN = MINIMAL_PLAN.replace("value: x pct.", "value: 4.5 pct.")


def _repository(tmp_path: Path) -> dict[str, Path]:
    files = {
        "compose": tmp_path / "docker-compose.yml",
        "in_plans": tmp_path / "plans" / "kommune.yaml",
        "commented": tmp_path / "beskaeftigelse" / "plan.yaml",
        "other": tmp_path / "ci" / "workflow.yaml",
    }
    for path in files.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    files["compose"].write_text("services:\n  web:\n    image: nginx\n", encoding="utf-8")
    files["in_plans"].write_text(MINIMAL_PLAN, encoding="utf-8")
    files["commented"].write_text(SCHEMA_COMMENT + MINIMAL_PLAN, encoding="utf-8")
    files["other"].write_text("on: push\njobs: {}\n", encoding="utf-8")
    return files


def test_yaml_that_is_not_a_plan_is_skipped(planctl: RunCli, tmp_path: Path) -> None:
    files = _repository(tmp_path)
    result = planctl("check", "--plans-only", "--format", "concise", *files.values())
    assert result.code == 0, result.out + result.err
    without = planctl("check", "--format", "concise", *files.values())
    assert without.code == 2 and "docker-compose.yml" in without.err  # what the hook used to do


def test_a_plan_outside_plans_is_known_by_its_schema_comment(planctl: RunCli, tmp_path: Path) -> None:
    files = _repository(tmp_path)
    files["commented"].write_text(SCHEMA_COMMENT + BROKEN, encoding="utf-8")
    result = planctl("check", "--plans-only", "--format", "concise", *files.values())
    assert result.code == 2
    assert f"{files['commented']}:" in result.err and "4.5 pct." in result.err
    assert "docker-compose" not in result.err + result.out


def test_a_plan_in_plans_is_checked_without_the_comment(planctl: RunCli, tmp_path: Path) -> None:
    files = _repository(tmp_path)
    files["in_plans"].write_text(BROKEN, encoding="utf-8")
    result = planctl("check", "--plans-only", "--format", "concise", *files.values())
    assert result.code == 2 and f"{files['in_plans']}:" in result.err
