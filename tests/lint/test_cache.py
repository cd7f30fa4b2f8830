"""The result cache of `planctl check`: the same bytes out as a check anew, and a result reused only
when everything it depends on is as it was."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planctl.lint import cache as cache_module
from planctl.lint import files as files_module
from planctl.lint.cache import ResultCache, cache_folder
from planctl.lint.config import config_for
from planctl.lint.files import FileJob, check_files
from planctl.lint.report import CheckOptions
from tests.conftest import PLANS, ROOT, RunCli

FORMATS = ["text", "concise", "json", "sarif", "junit", "gitlab", "github"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The five plans, one file that is not YAML and one that is not a plan."""
    root = tmp_path / "plans"
    root.mkdir()
    for plan in sorted(PLANS.glob("*.yaml")):
        shutil.copy(plan, root / plan.name)
    (root / "broken.yaml").write_text("municipality: [\n", encoding="utf-8")
    (root / "no-plan.yaml").write_text("title: x\n", encoding="utf-8")
    return root


def cached(tmp_path: Path) -> dict[str, str | None]:
    """The environment of a run with the cache on, kept in this test's own folder."""
    return {"PLANCTL_NO_CACHE": None, "PLANCTL_CACHE_DIR": str(tmp_path / "cache")}


def entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache").glob("*.json"))


@pytest.mark.parametrize("output_format", FORMATS)
def test_a_run_from_the_cache_prints_what_a_check_anew_prints(
        folder: Path, tmp_path: Path, planctl: RunCli, output_format: str) -> None:
    anew = planctl("check", folder, "--format", output_format, "--lang", "da", "--no-cache")
    first = planctl("check", folder, "--format", output_format, "--lang", "da", env=cached(tmp_path))
    stored = {entry: entry.stat().st_mtime_ns for entry in entries(tmp_path)}
    again = planctl("check", folder, "--format", output_format, "--lang", "da", env=cached(tmp_path))
    assert len(stored) == 7  # five plans, the broken file and the invalid plan
    assert {entry: entry.stat().st_mtime_ns for entry in entries(tmp_path)}.keys() == stored.keys()
    assert anew.code == first.code == again.code == 2
    assert again.out == first.out == anew.out
    assert again.err == first.err == anew.err
    assert "broken.yaml:2:1: ugyldig YAML" in again.err


def test_standard_input_is_cached_under_its_name(tmp_path: Path) -> None:
    plan = (PLANS / "taarnby-2019-2023.yaml").read_text(encoding="utf-8")
    env = {**os.environ, "PLANCTL_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("PLANCTL_NO_CACHE")
    runs = [subprocess.run([sys.executable, "-m", "planctl", "check", "-", "--stdin-filename", "t.yaml",
                            "--format", "concise"], input=plan, capture_output=True, text=True, env=env,
                           cwd=tmp_path, check=False) for _ in range(2)]
    assert runs[0].stdout == runs[1].stdout and "t.yaml:" in runs[1].stdout
    assert len(entries(tmp_path)) == 1


def test_a_plan_answered_from_the_cache_loads_neither_the_rules_nor_the_model(tmp_path: Path) -> None:
    """The point of the cache: an unchanged plan costs no more than starting the command."""
    probe = (
        "import os, sys\n"
        "def stay(code):\n    raise SystemExit(code)\n"
        "os._exit = stay  # planctl ends the process with os._exit; the probe looks at the modules after it\n"
        f"sys.argv = ['planctl', 'check', {str(PLANS / 'rudersdal-2021.yaml')!r}, '--format', 'concise']\n"
        "from planctl.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('loaded:', 'planctl.lint.run' in sys.modules, 'planctl.model.plan' in sys.modules, file=sys.stderr)\n"
    )
    env = {**os.environ, "PLANCTL_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("PLANCTL_NO_CACHE")
    runs = [subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT,
                           check=False) for _ in range(2)]
    assert "loaded: True True" in runs[0].stderr
    assert "loaded: False False" in runs[1].stderr
    assert runs[0].stdout == runs[1].stdout and "rudersdal-2021.yaml" in runs[1].stdout


def test_a_changed_plan_is_checked_anew(folder: Path, tmp_path: Path, planctl: RunCli) -> None:
    plan = folder / "lyngby-taarbaek-2019-udkast.yaml"
    before = planctl("check", plan, "--format", "concise", "--select", "U001", env=cached(tmp_path))
    plan.write_text(plan.read_text(encoding="utf-8").replace("xx pct.", "7 pct."), encoding="utf-8")
    after = planctl("check", plan, "--format", "concise", "--select", "U001", env=cached(tmp_path))
    assert "xx pct." in before.out
    assert "xx pct." not in after.out
    assert after.out == planctl("check", plan, "--format", "concise", "--select", "U001", "--no-cache").out
    assert len(entries(tmp_path)) == 2


@pytest.mark.parametrize("other", [("--lang", "da"), ("--select", "U"), ("--ignore", "U001"), ("--extend-select", "S")])
def test_other_options_are_not_answered_with_a_result_of_others(
        folder: Path, tmp_path: Path, planctl: RunCli, other: tuple[str, str]) -> None:
    plan = folder / "lyngby-taarbaek-2019-udkast.yaml"
    planctl("check", plan, "--format", "concise", env=cached(tmp_path))
    changed = planctl("check", plan, "--format", "concise", *other, env=cached(tmp_path))
    assert changed.out == planctl("check", plan, "--format", "concise", *other, "--no-cache").out
    assert len(entries(tmp_path)) == 2


def test_a_changed_configuration_is_applied(folder: Path, tmp_path: Path, planctl: RunCli) -> None:
    plan = folder / "lyngby-taarbaek-2019-udkast.yaml"
    config = folder / "planctl.toml"
    config.write_text('select = ["U001"]\n', encoding="utf-8")
    only_u001 = planctl("check", plan, "--format", "json", env=cached(tmp_path))
    config.write_text('select = ["U001"]\n[severity]\nU001 = "info"\n', encoding="utf-8")
    config_for.cache_clear()  # what a new process starts with; this one remembers the folder's configuration
    as_info = planctl("check", plan, "--format", "json", env=cached(tmp_path))
    levels = {finding["severity"] for finding in json.loads(as_info.out)["findings"]}
    assert {finding["rule"] for finding in json.loads(only_u001.out)["findings"]} == {"U001"}
    assert levels == {"info"}


def test_a_configuration_further_up_counts_too(tmp_path: Path, planctl: RunCli) -> None:
    """A pyproject.toml between the plan and planctl.toml may take over: both are in the key."""
    plans = tmp_path / "project" / "plans"
    plans.mkdir(parents=True)
    plan = plans / "plan.yaml"
    shutil.copy(PLANS / "lyngby-taarbaek-2019-udkast.yaml", plan)
    (tmp_path / "project" / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    everything = planctl("check", plan, "--format", "concise", env=cached(tmp_path))
    (tmp_path / "project" / "pyproject.toml").write_text("[tool.planctl]\nselect = ['U001']\n", encoding="utf-8")
    config_for.cache_clear()  # what a new process starts with
    configured = planctl("check", plan, "--format", "concise", env=cached(tmp_path))
    assert "[C" in everything.out
    assert "[C" not in configured.out and "[U001]" in configured.out


def test_a_changed_planctl_is_never_answered_from_an_older_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "planctl"
    shutil.copytree(cache_module.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "PACKAGE", package)
    cache_module._fingerprint.cache_clear()
    before = cache_module._fingerprint()
    rule = package / "lint" / "rules" / "placeholder_value.py"
    os.utime(rule, ns=(rule.stat().st_atime_ns, rule.stat().st_mtime_ns + 1_000_000_000))
    cache_module._fingerprint.cache_clear()
    after = cache_module._fingerprint()
    cache_module._fingerprint.cache_clear()
    assert before != after


def test_a_damaged_entry_counts_as_absent(folder: Path, tmp_path: Path, planctl: RunCli) -> None:
    plan = folder / "rudersdal-2021.yaml"
    anew = planctl("check", plan, "--format", "json", "--no-cache")
    planctl("check", plan, "--format", "json", env=cached(tmp_path))
    [entry] = entries(tmp_path)
    for damage in (b"{not json", b'{"format": 1, "findings": 3}', b'{"format": 1, "findings": [[1, 2]]}',
                   b'{"format": 999}', b"[]"):
        entry.write_bytes(damage)
        again = planctl("check", plan, "--format", "json", env=cached(tmp_path))
        assert (again.code, again.out, again.err) == (anew.code, anew.out, anew.err)
        assert json.loads(entry.read_bytes())["format"] == cache_module.FORMAT  # written anew


def test_a_cache_that_cannot_be_written_is_not_used(folder: Path, tmp_path: Path, planctl: RunCli) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    plan = folder / "rudersdal-2021.yaml"
    run = planctl("check", plan, "--format", "concise", env={"PLANCTL_NO_CACHE": None,
                                                              "PLANCTL_CACHE_DIR": str(blocked / "cache")})
    assert run.out == planctl("check", plan, "--format", "concise", "--no-cache").out
    assert run.err == ""


@pytest.mark.parametrize("off", [("--no-cache",), ()])
def test_the_cache_can_be_turned_off(folder: Path, tmp_path: Path, planctl: RunCli, off: tuple[str, ...]) -> None:
    env: dict[str, str | None] = {"PLANCTL_CACHE_DIR": str(tmp_path / "cache"),
                                  "PLANCTL_NO_CACHE": None if off else "1"}
    planctl("check", folder / "rudersdal-2021.yaml", "--format", "concise", *off, env=env)
    assert entries(tmp_path) == []


def test_where_the_cache_lives() -> None:
    assert cache_folder({"PLANCTL_CACHE_DIR": "/x/y"}) == Path("/x/y")
    assert cache_folder({"XDG_CACHE_HOME": "/c"}) == Path("/c/planctl")
    assert cache_folder({"PLANCTL_NO_CACHE": "1", "PLANCTL_CACHE_DIR": "/x/y"}) is None
    assert cache_folder({"PLANCTL_NO_CACHE": "0", "PLANCTL_CACHE_DIR": "/x/y"}) == Path("/x/y")


def test_the_least_recently_used_entries_go_when_the_cache_is_full(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_module, "MAX_ENTRIES", 5)
    cache = ResultCache.open(tmp_path / "cache")
    assert cache is not None
    for number in range(7):
        cache.put(f"{number:064x}", [])
        os.utime(tmp_path / "cache" / f"{number:064x}.json", ns=(number * 10**9, number * 10**9))
    assert cache.get(f"{0:064x}") == []  # used now: the most recent
    cache.prune()
    kept = {entry.stem for entry in entries(tmp_path)}
    assert kept == {f"{number:064x}" for number in (0, 4, 5, 6)}


def test_a_plan_changed_while_it_was_checked_is_not_stored(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = folder / "rudersdal-2021.yaml"
    real = files_module.check_job

    def edited_meanwhile(job: FileJob) -> object:
        outcome = real(job)
        plan.write_text(plan.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        return outcome

    monkeypatch.setattr(files_module, "check_job", edited_meanwhile)
    cache = ResultCache.open(tmp_path / "cache")
    check_files([plan], CheckOptions(), cache=cache)
    assert entries(tmp_path) == []
