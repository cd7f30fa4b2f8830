"""The reproducers of issue 14 that the corpus found still failing on branch hostile, one test each.

Each failed before its fix: a FIFO or a device as --config, --template or a document to import
waited forever; a TOML nested 5,000 deep was a RecursionError; a table of 30-digit numbers was a
decimal.InvalidOperation traceback (a context of 28 digits cannot quantize them).
"""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from planctl.model.values import format_danish_number
from tests.conftest import MINIMAL_PLAN, RunCli

_HANG = 20  # seconds: generous, only to catch a command that waits forever


def _process(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "planctl", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, timeout=_HANG, check=False, env={**os.environ, "LANG": "C.UTF-8"})


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "named.pipe"
    os.mkfifo(path)
    return path


def test_a_fifo_as_config_is_refused_not_waited_on(tmp_path: Path, fifo: Path) -> None:
    (tmp_path / "plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    done = _process("check", "plan.yaml", "--config", fifo, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == f"{fifo}: is not a regular file (a pipe, device or socket), not a configuration file"


def test_a_fifo_as_template_or_document_is_refused(tmp_path: Path, fifo: Path) -> None:
    (tmp_path / "plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    shown = _process("show", "plan.yaml", "--format", "docx", "-o", "plan.docx", "--template", fifo, cwd=tmp_path)
    imported = _process("import", fifo, cwd=tmp_path)
    assert (shown.returncode, imported.returncode) == (2, 2)
    assert "--template: is not a regular file" in shown.stderr
    assert "is not a regular file (a pipe, device or socket), not a document" in imported.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["named.pipe", "plan.yaml"]


def test_a_device_as_config_is_refused(planctl: RunCli, write_plan) -> None:  # type: ignore[no-untyped-def]
    run = planctl("check", write_plan(MINIMAL_PLAN), "--config", "/dev/zero")
    assert run.code == 2
    assert run.err.strip() == "/dev/zero: is not a regular file (a pipe, device or socket), not a configuration file"


def test_a_config_nested_5000_deep_is_one_line(planctl: RunCli, write_plan, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "planctl.toml"
    config.write_text("select = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    run = planctl("check", write_plan(MINIMAL_PLAN), "--config", config)
    assert run.code == 2
    assert run.err.strip() == f"{config}: invalid TOML: arrays or tables nested too deep for a configuration"


def test_invalid_toml_names_its_line_and_column(planctl: RunCli, write_plan, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "planctl.toml"
    config.write_text('select = ["U"]\nignore = [\n', encoding="utf-8")
    run = planctl("check", write_plan(MINIMAL_PLAN), "--config", config)
    assert (run.code, run.err.strip()) == (2, f"{config}:3:1: invalid TOML: Invalid value")


def test_a_config_larger_than_the_bound_is_refused_by_its_size(planctl: RunCli, write_plan, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "planctl.toml"
    with config.open("wb") as stream:
        stream.truncate(2 * 1024 * 1024)
    run = planctl("check", write_plan(MINIMAL_PLAN), "--config", config)
    assert run.code == 2
    assert "the file is larger than 1 MB, the most a configuration file may be" in run.err


_TABLE_OF_HUGE_NUMBERS = MINIMAL_PLAN + """\
    tables:
      - title: Ledighed
        columns: [Antal, "2019", "2020", "Udvikling i pct."]
        rows:
          - label: Østdanmark
            cells: ["0,00000000000000000000000000001", "999999999999999999999999999999", "5"]
          - label: I alt
            cells: ["999999999999999999999999999999", "999999999999999999999999999999", "5"]
"""


def test_a_table_of_30_digit_numbers_is_checked_not_a_traceback(planctl: RunCli, write_plan) -> None:  # type: ignore[no-untyped-def]
    run = planctl("check", write_plan(_TABLE_OF_HUGE_NUMBERS), "--format", "concise")
    assert run.code == 1
    assert "C006" in run.out and "Traceback" not in run.err


def test_a_number_of_more_digits_than_the_bound_is_refused_at_its_place(planctl: RunCli, write_plan) -> None:  # type: ignore[no-untyped-def]
    plan = MINIMAL_PLAN.replace("value: x pct.", 'value: "' + "9" * 31 + ' pct."')
    run = planctl("check", write_plan(plan), "--format", "concise")
    assert run.code == 2
    assert "plan.yaml:16:18:" in run.err and "more than 30 digits" in run.err


@pytest.mark.parametrize(("value", "written"), [
    (Decimal("999999999999999999999999999999"), "999.999.999.999.999.999.999.999.999.999"),
    (Decimal("1E+40"), "10" + ".000" * 13),
    (Decimal("1234.50"), "1.234,5"),
    (Decimal("-0.05"), "-0,05"),
    (37818, "37.818"),
])
def test_a_number_of_any_length_is_written_whole_the_danish_way(value: Decimal | int, written: str) -> None:
    assert format_danish_number(value) == written


@pytest.mark.parametrize("command", [
    ("check", "{plan}", "-o", "{plan}"),
    ("check", "{plan}", "--format", "json", "-o", "{plan}"),
    ("show", "{plan}", "-o", "{plan}"),
    ("show", "{plan}", "--format", "docx", "-o", "{plan}"),
    ("diff", "{other}", "{plan}", "-o", "{plan}"),
    ("compare", "{other}", "{plan}", "-o", "{plan}"),
    ("appendix", "{plan}", "--format", "markdown", "-o", "{plan}"),
    ("show", "{plan}", "--format", "docx", "-o", "{other}", "--template", "{other}"),
], ids=lambda args: " ".join(args))
def test_output_onto_an_input_is_refused_and_the_input_kept(command: tuple[str, ...], planctl: RunCli,
                                                             tmp_path: Path) -> None:
    """`check -o plan.yaml` and `show -o plan.yaml` replaced the plan with their report."""
    plan, other = tmp_path / "plan.yaml", tmp_path / "other.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    other.write_text(MINIMAL_PLAN.replace("2019", "2020"), encoding="utf-8")
    run = planctl(*(str(plan) if a == "{plan}" else str(other) if a == "{other}" else a for a in command))
    assert run.code == 2
    assert run.err.strip().endswith(": will not overwrite an input of this command (write the output to another file)")
    assert plan.read_text(encoding="utf-8") == MINIMAL_PLAN
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.yaml", "plan.yaml"]


def _latin_1_named(folder: Path) -> Path:
    raw = os.path.join(os.fsencode(folder), b"plan-\xe6\xf8\xe5.yaml")
    with open(raw, "wb") as out:
        out.write(MINIMAL_PLAN.encode())
    return Path(os.fsdecode(raw))


@pytest.mark.parametrize("output_format", ["json", "sarif", "gitlab"])
def test_a_latin_1_file_name_in_json_is_an_escape_that_gives_the_name_back(output_format: str, planctl: RunCli,
                                                                           tmp_path: Path) -> None:
    """A UnicodeEncodeError traceback before: the name's undecodable bytes reached the UTF-8 encoder."""
    import json

    plan = _latin_1_named(tmp_path)
    run = planctl("check", plan, "--format", output_format)
    assert run.code == 0
    assert "\\udce6\\udcf8\\udce5" in run.out
    json.loads(run.out)


def test_a_patch_for_a_latin_1_named_plan_names_its_bytes(planctl: RunCli, tmp_path: Path) -> None:
    plan = _latin_1_named(tmp_path)
    patch = tmp_path / "tags.patch"
    run = planctl("tags", plan, "--write-patch", patch)
    assert run.code == 0
    assert b"plan-\xe6\xf8\xe5.yaml" in patch.read_bytes()


def test_a_latin_1_file_name_to_a_strict_utf_8_stdout(tmp_path: Path) -> None:
    plan = _latin_1_named(tmp_path)
    for output_format in ("text", "concise", "json", "sarif", "gitlab", "junit", "github"):
        done = subprocess.run([sys.executable, "-m", "planctl", "check", str(plan), "--format", output_format],
                              capture_output=True, timeout=_HANG, check=False,
                              env={**os.environ, "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8:strict"})
        assert done.returncode == 0, (output_format, done.stderr)
        assert b"Traceback" not in done.stderr


@pytest.mark.parametrize("written", ["2_019", "20:19", "012", "0b11", "1_000.5"])
def test_a_number_only_yaml_1_1_reads_is_refused_at_its_place(written: str, planctl: RunCli, write_plan) -> None:  # type: ignore[no-untyped-def]
    """`period: 2_019` was silently the year 2019 (YAML 1.2 reads it as text)."""
    run = planctl("check", write_plan(MINIMAL_PLAN.replace("period: 2019", f"period: {written}")))
    assert run.code == 2
    assert f"plan.yaml:5:9: '{written}' is one number to YAML 1.1" in run.err


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", "1.0e+308"])
@pytest.mark.parametrize("command", ["check", "compare", "diff", "show", "appendix"])
def test_a_target_value_that_is_no_danish_number_is_one_line_in_every_command(
        value: str, command: str, planctl: RunCli, write_plan) -> None:  # type: ignore[no-untyped-def]
    """compare of such a plan was a ValueError / InvalidOperation traceback while check accepted it."""
    plan = write_plan(MINIMAL_PLAN.replace("value: x pct.", f"value: {value}"))
    other = write_plan(MINIMAL_PLAN, "other.yaml")
    args = {"check": [plan], "compare": [plan, other], "diff": [other, plan], "show": [plan],
            "appendix": [plan, "--format", "markdown"]}[command]
    run = planctl(command, *args)
    assert run.code == 2
    assert run.err.startswith(f"{plan}:16:18: sections[0].goals[0].target.value: ")
    assert len(run.err.splitlines()) == 1
    assert ("a number a plan can state" in run.err or "et tal, en plan kan angive" in run.err
            or "decimal point" in run.err or "decimalpunktum" in run.err)


def test_a_patch_the_file_size_limit_stops_leaves_nothing_behind(tmp_path: Path) -> None:
    """With `ulimit -f` reached, the temporary patch file must not stay (issue 14's partial output)."""
    import resource

    plan = tmp_path / "plan.yaml"
    plan.write_bytes((Path(__file__).parents[2] / "plans" / "gladsaxe-2012.yaml").read_bytes())

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))

    done = subprocess.run([sys.executable, "-m", "planctl", "tags", "plan.yaml", "--write-patch", "tags.patch"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=_HANG, check=False,
                          preexec_fn=small_files)
    assert done.returncode == 2
    assert done.stderr.strip() == "tags.patch: --write-patch: cannot write: File too large"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf"])
def test_nan_and_inf_are_said_to_be_no_number(value: str, planctl: RunCli, write_plan) -> None:  # type: ignore[no-untyped-def]
    """They were 'nan is written with a decimal point', which sends the author looking for a comma."""
    run = planctl("check", write_plan(MINIMAL_PLAN.replace("value: x pct.", f"value: {value}")))
    assert run.err.strip().endswith("is not a number a plan can state; write e.g. '4,5 pct.'")
