"""The command-line conventions users bring from ruff, yamllint and check-jsonschema (issue 13):
--version, -h, completion, --color with NO_COLOR and FORCE_COLOR, and check's -q, --statistics,
--min-severity, --extend-select/--extend-ignore, --exclude, .gitignore, standard input, help
without Python types, and a did-you-mean for a misspelt configuration key."""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planctl import __version__
from planctl.cli import app
from tests.conftest import PLANS, ROOT, RunCli
from tests.lint.test_control import DRAFT, PLAN, write

ESCAPE = "\x1b"
COMMANDS = sorted(command.name or command.callback.__name__ for command in app.registered_commands
                  if command.callback is not None)


def _env(**variables: str) -> dict[str, str]:
    """The environment of a real process: this one's without colour settings, plus `variables`."""
    env = {name: value for name, value in os.environ.items() if name not in {"NO_COLOR", "FORCE_COLOR", "CI",
                                                                            "GITHUB_ACTIONS", "PY_COLORS"}}
    return {**env, "COLUMNS": "100", "LANG": "C.UTF-8", **variables}


def _on_a_terminal(args: list[str], **variables: str) -> str:
    """What `planctl ARGS` writes when its standard output and error are a terminal (a pseudo-terminal)."""
    leader, follower = os.openpty()
    process = subprocess.Popen([sys.executable, "-m", "planctl", *args], cwd=ROOT, env=_env(**variables),
                               stdin=subprocess.DEVNULL, stdout=follower, stderr=follower)
    os.close(follower)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([leader], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closes when the process ends (EIO on Linux)
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", errors="replace")


def _piped(args: list[str], stdin: str = "", **variables: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "planctl", *args], cwd=ROOT, env=_env(**variables), input=stdin,
                          capture_output=True, text=True, check=False, timeout=120)


# --version, -h, completion

@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_prints_the_name_and_version(flag: str, planctl: RunCli) -> None:
    result = planctl(flag)
    assert result.code == 0
    assert result.out == f"planctl {__version__}\n"
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_h_is_help(command: str, planctl: RunCli) -> None:
    result = planctl(*([command] if command else []), "-h")
    assert result.code == 0, result.err
    assert result.out.startswith("Usage: planctl")
    assert result.out == planctl(*([command] if command else []), "--help").out


def test_shell_completion_is_on(planctl: RunCli) -> None:
    result = planctl("--help")
    assert "--install-completion" in result.out and "--show-completion" in result.out


# --color, NO_COLOR, FORCE_COLOR

TEXT_COMMANDS = [
    ["check", "plans/rudersdal-2021.yaml"],
    ["show", "plans/rudersdal-2021.yaml"],
    ["diff", "plans/lyngby-taarbaek-2019-udkast.yaml", "plans/lyngby-taarbaek-2019.yaml"],
    ["rules"],
    ["check", "--help"],
]


@pytest.mark.parametrize("args", TEXT_COMMANDS, ids=lambda args: " ".join(args))
def test_no_color_on_a_terminal_writes_no_escape_sequence_at_all(args: list[str]) -> None:
    shown = _on_a_terminal(args, NO_COLOR="1")
    assert "rudersdal" in shown.lower() or "U001" in shown or "Usage" in shown or "MÅL" in shown, shown[:300]
    assert ESCAPE not in shown, repr(shown[:300])


def test_no_color_on_a_terminal_draws_no_progress_bar_either(tmp_path: Path) -> None:
    for number in range(12):  # ten files and more get a progress bar on a colour terminal
        write(tmp_path / f"plan-{number:02}.yaml")
    shown = _on_a_terminal(["check", str(tmp_path), "--format", "concise"], NO_COLOR="1")
    assert "plan-11.yaml" in shown
    assert ESCAPE not in shown, repr(shown[:300])


@pytest.mark.parametrize("args", TEXT_COMMANDS[:4], ids=lambda args: " ".join(args))
def test_a_terminal_without_no_color_gets_colour_and_never_turns_it_off(args: list[str]) -> None:
    assert ESCAPE in _on_a_terminal(args)
    assert ESCAPE not in _on_a_terminal([*args, "--color", "never"])


@pytest.mark.parametrize("args", TEXT_COMMANDS[:4], ids=lambda args: " ".join(args))
def test_force_color_or_color_always_colours_a_pipe(args: list[str]) -> None:
    assert ESCAPE not in _piped(args).stdout
    assert ESCAPE in _piped(args, FORCE_COLOR="1").stdout
    assert ESCAPE in _piped([*args, "--color", "always"]).stdout
    assert ESCAPE not in _piped([*args, "--color", "never"], FORCE_COLOR="1").stdout


def test_color_refuses_a_word_it_does_not_know(planctl: RunCli) -> None:
    result = planctl("check", PLANS / "rudersdal-2021.yaml", "--color", "sometimes")
    assert result.code == 2
    assert "auto, always, never" in result.err


def test_an_output_file_is_never_coloured(tmp_path: Path, planctl: RunCli) -> None:
    out = tmp_path / "report.txt"
    planctl("check", PLANS / "rudersdal-2021.yaml", "--color", "always", "-o", out)
    assert ESCAPE not in out.read_text(encoding="utf-8")


# check: -q, --statistics, --min-severity

def test_quiet_prints_nothing_and_exits_with_the_verdict(tmp_path: Path, planctl: RunCli) -> None:
    failing = planctl("check", write(tmp_path / "final.yaml"), "-q")
    assert (failing.code, failing.out, failing.err) == (1, "", "")
    passing = planctl("check", write(tmp_path / "draft.yaml", DRAFT), "--quiet", "--select", "M")
    assert (passing.code, passing.out, passing.err) == (0, "", "")
    invalid = planctl("check", write(tmp_path / "bad.yaml", "municipality: 3\n"), "-q")
    assert (invalid.code, invalid.out, invalid.err) == (2, "", "")


def test_statistics_counts_findings_per_rule_most_first(planctl: RunCli) -> None:
    by_rule = json.loads(planctl("check", PLANS, "--format", "json").out)["summary"]["by_rule"]
    result = planctl("check", PLANS, "--statistics")
    assert result.code == 1
    lines = result.out.splitlines()
    parsed = [re.fullmatch(r" +(\d+)  ([A-Z]\d{3})  ([a-z-]+)", line) for line in lines]
    assert all(parsed), lines
    counts = {match.group(2): int(match.group(1)) for match in parsed if match}
    assert counts == by_rule
    assert [int(m.group(1)) for m in parsed if m] == sorted(counts.values(), reverse=True)
    assert any(line.endswith("U001  placeholder-value") for line in lines)


@pytest.mark.parametrize(("level", "shown"), [("error", {"error"}), ("warning", {"error", "warning"}),
                                             ("info", {"error", "warning", "info"})])
def test_min_severity_reports_that_level_and_above(level: str, shown: set[str], tmp_path: Path,
                                                   planctl: RunCli) -> None:
    result = planctl("check", write(tmp_path / "plan.yaml"), "--format", "json", "--min-severity", level)
    findings = json.loads(result.out)["findings"]
    assert {finding["severity"] for finding in findings} == shown
    assert result.code == 1


def test_min_severity_refuses_a_level_it_does_not_know(planctl: RunCli) -> None:
    result = planctl("check", PLANS / "rudersdal-2021.yaml", "--min-severity", "fatal")
    assert result.code == 2 and "error, warning, info" in result.err


# check: --extend-select, --extend-ignore on top of the configuration

def _rules_found(planctl: RunCli, folder: Path, *args: str) -> set[str]:
    result = planctl("check", folder, "--format", "json", *args)
    return {finding["rule"] for finding in json.loads(result.out)["findings"]}


def test_extend_select_and_extend_ignore_add_to_the_configuration(tmp_path: Path, planctl: RunCli) -> None:
    write(tmp_path / "plan.yaml")
    (tmp_path / "planctl.toml").write_text('select = ["U"]\nignore = ["M003"]\n', encoding="utf-8")
    assert _rules_found(planctl, tmp_path) == {"U001"}
    assert _rules_found(planctl, tmp_path, "--extend-select", "M") == {"U001", "M002"}  # M003 stays ignored
    assert _rules_found(planctl, tmp_path, "--extend-select", "M", "--extend-ignore", "U001") == {"M002"}
    assert _rules_found(planctl, tmp_path, "--select", "M") == {"M002"}  # --select replaces, as before


# check: --exclude, .gitignore

def test_exclude_leaves_out_matching_files_found_or_named(tmp_path: Path, planctl: RunCli) -> None:
    write(tmp_path / "plans" / "final.yaml")
    draft = write(tmp_path / "plans" / "old" / "final-udkast.yaml", DRAFT)
    files = lambda *args: {Path(f["file"]).name for f in  # noqa: E731
                           json.loads(planctl("check", *args, "--format", "json").out)["findings"]}
    assert files(tmp_path / "plans") == {"final.yaml", "final-udkast.yaml"}
    assert files(tmp_path / "plans", "--exclude", "*-udkast.yaml") == {"final.yaml"}
    assert files(tmp_path / "plans", "--exclude", "old") == {"final.yaml"}
    assert files(tmp_path / "plans" / "final.yaml", draft, "--exclude", "*-udkast.yaml") == {"final.yaml"}


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_files_that_gitignore_ignores_are_skipped_when_walking_a_folder(tmp_path: Path, planctl: RunCli) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    write(tmp_path / "plans" / "final.yaml")
    ignored = write(tmp_path / "plans" / "build" / "copy.yaml")
    (tmp_path / ".gitignore").write_text("build/\n", encoding="utf-8")
    result = planctl("check", tmp_path / "plans", "--format", "json")
    assert json.loads(result.out)["summary"]["files"] == 1
    assert {Path(f["file"]).name for f in json.loads(result.out)["findings"]} == {"final.yaml"}
    named = planctl("check", ignored, "--format", "json")  # a file named on the command line is checked
    assert {Path(f["file"]).name for f in json.loads(named.out)["findings"]} == {"copy.yaml"}


# check: standard input

def test_standard_input_is_checked_under_the_stdin_filename() -> None:
    result = _piped(["check", "-", "--stdin-filename", "plans/testby-2020.yaml", "--format", "concise"], stdin=PLAN)
    assert result.returncode == 1, result.stderr
    assert "plans/testby-2020.yaml:14:60: error [U001]" in result.stdout
    without_dash = _piped(["check", "--stdin-filename", "testby.yaml", "--format", "concise"], stdin=PLAN)
    assert "testby.yaml:14:60: error [U001]" in without_dash.stdout  # as ruff: the name alone reads stdin
    unnamed = _piped(["check", "-", "--format", "concise"], stdin=PLAN)
    assert unnamed.stdout.startswith("-:")


def test_an_invalid_plan_on_standard_input_is_reported_at_its_name() -> None:
    result = _piped(["check", "-", "--stdin-filename", "draft.yaml"], stdin="municipality: 3\n")
    assert result.returncode == 2
    assert result.stderr.startswith("draft.yaml:1:")


# configuration

def test_an_unknown_configuration_key_gets_a_did_you_mean(tmp_path: Path, planctl: RunCli) -> None:
    write(tmp_path / "plan.yaml")
    (tmp_path / "planctl.toml").write_text('select = ["U"]\nselct = ["M"]\n', encoding="utf-8")
    result = planctl("check", tmp_path)
    assert result.code == 2
    assert result.err == f"{tmp_path / 'planctl.toml'}:2:1: unknown setting 'selct' (did you mean 'select'?)\n"


def test_an_unknown_key_far_from_any_lists_the_known_ones(tmp_path: Path, planctl: RunCli) -> None:
    write(tmp_path / "plan.yaml")
    (tmp_path / "pyproject.toml").write_text('[tool.planctl]\nzzz = 1\n', encoding="utf-8")
    result = planctl("check", tmp_path)
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "unknown setting 'zzz' (known: ignore, per-file-ignores, select, severity)" in result.err


# help

@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_shows_no_python_types(command: str, planctl: RunCli) -> None:
    result = planctl(*([command] if command else []), "--help", env={"COLUMNS": "80"})
    assert not re.search(r"<[a-zA-Z\[\]|]+>|\b(list\[|bool\b|<str>|<path>)", result.out), result.out


def test_check_help_lists_the_format_choices_whole(planctl: RunCli) -> None:
    from planctl.render.check import FORMATS

    result = planctl("check", "--help", env={"COLUMNS": "80"})
    assert "|".join(FORMATS.names) in result.out
    assert ", ".join(FORMATS.names[:3]) in " ".join(result.out.split())


# planctl rules in Danish

def test_every_rule_has_a_danish_summary() -> None:
    from planctl.lint.rules import RULES
    from planctl.lint.summaries import DANISH_SUMMARIES

    assert set(DANISH_SUMMARIES) == {rule.id for rule in RULES}


@pytest.mark.parametrize(("args", "env"), [(["--lang", "da"], {}), ([], {"LANG": "da_DK.UTF-8"})])
def test_rules_are_listed_in_danish_under_a_danish_locale_or_lang_da(args: list[str], env: dict[str, str],
                                                                    planctl: RunCli) -> None:
    result = planctl("rules", *args, env={"COLUMNS": "200", **env})
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].split() == ["id", "navn", "alvor", "hvad", "den", "finder"]
    assert "advarsel/fejl  En værdi, som udkastet endnu ikke har udfyldt." in result.out
    assert "warning" not in result.out and "What" not in result.out
