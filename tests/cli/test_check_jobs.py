"""`check --jobs N`: the files shared over processes, the output byte for byte that of `--jobs 1`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from planctl.lint.files import check_files
from planctl.lint.report import CheckOptions
from tests.conftest import PLANS, RunCli


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five plans twice under other names, a file that is not YAML and one that is no plan."""
    root = tmp_path_factory.mktemp("jobs") / "plans"
    root.mkdir()
    for plan in sorted(PLANS.glob("*.yaml")):
        shutil.copy(plan, root / plan.name)
        shutil.copy(plan, root / f"{plan.stem}-kopi.yaml")
    (root / "broken.yaml").write_text("municipality: [\n", encoding="utf-8")
    (root / "no-plan.yaml").write_text("title: x\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("output_format", ["text", "concise", "json", "sarif", "junit", "gitlab", "github"])
def test_two_jobs_print_what_one_job_prints(folder: Path, planctl: RunCli, output_format: str) -> None:
    one = planctl("check", folder, "--format", output_format, "--jobs", "1")
    two = planctl("check", folder, "--format", output_format, "--jobs", "2")
    assert one.code == two.code == 2
    assert one.out == two.out
    assert one.err == two.err
    assert "broken.yaml:2:1: invalid YAML" in two.err


def test_two_jobs_give_the_same_report(folder: Path) -> None:
    files = sorted(folder.glob("*.yaml"))
    one = check_files(files, CheckOptions(select=("U", "C")), jobs=1)
    two = check_files(files, CheckOptions(select=("U", "C")), jobs=2)
    assert two == one
    assert len(two.files) == 10 and two.summary.invalid_files == 2


def test_statistics_and_min_severity_are_the_same_with_two_jobs(folder: Path, planctl: RunCli) -> None:
    options = ("--statistics", "--min-severity", "warning")
    one, two = (planctl("check", folder, *options, "--jobs", jobs) for jobs in ("1", "2"))
    assert two.out == one.out


def test_a_configuration_error_reads_the_same_from_a_worker(tmp_path: Path, planctl: RunCli) -> None:
    for plan in sorted(PLANS.glob("*.yaml"))[:2]:
        shutil.copy(plan, tmp_path / plan.name)
    (tmp_path / "planctl.toml").write_text('select = ["Z9"]\n', encoding="utf-8")
    one, two = (planctl("check", tmp_path, "--jobs", jobs) for jobs in ("1", "2"))
    assert (two.code, two.err) == (one.code, one.err) == (2, f"{tmp_path / 'planctl.toml'}: select: unknown rule or "
                                                              "family 'Z9' (see `planctl rules`)\n")


def test_no_jobs_is_refused(planctl: RunCli) -> None:
    result = planctl("check", PLANS, "--jobs", "0")
    assert result.code == 2
    assert "--jobs" in result.err
