"""Running a hostile input through planctl's commands and naming what went wrong, in the issue's classes.

`runs(case)` says which commands and formats an input goes through; `examine(case, folder)`
writes it, runs them, and returns the failures found, each in one of the classes of issue 14's
table, so the test and the summary (`python -m tests.hostile.summary`) count alike.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
import zipfile
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import MINIMAL_PLAN, Run, run_cli
from tests.hostile.corpus import Case

# Generous: only to catch a command that hangs, on a busy machine.
HANG_SECONDS = 20.0

CLASSES = ("traceback", "hang", "wrong exit code", "modified input", "partial output", "escape", "injection",
           "unparsable output", "error without its place")


@dataclass(frozen=True)
class Command:
    """One run of planctl: its arguments (with {in}, {other}, {out} to fill) and what its output is."""

    args: tuple[str, ...]
    output: str = "text"  # text, json, sarif, junit, gitlab, csv, github, binary
    writes: str | None = None  # the file a run that succeeds writes

    @property
    def label(self) -> str:
        return " ".join(a for a in self.args if a not in ("{in}", "{other}"))


def _check(fmt: str) -> Command:
    output = fmt if fmt in ("json", "sarif", "junit", "gitlab", "github") else "text"
    return Command(("check", "{in}", "--format", fmt), output)


CHECKS = tuple(_check(f) for f in ("text", "concise", "json", "github", "sarif", "junit", "gitlab"))
OTHERS = (
    Command(("diff", "{other}", "{in}")),
    Command(("diff", "{in}", "{other}", "--format", "markdown")),
    Command(("diff", "{other}", "{in}", "--format", "json"), "json"),
    Command(("diff", "{other}", "{in}", "--format", "docx", "-o", "diff.docx"), "binary", "diff.docx"),
    Command(("compare", "{in}", "{other}")),
    Command(("compare", "{in}", "{other}", "--format", "markdown")),
    Command(("compare", "{in}", "{other}", "--format", "json"), "json"),
    Command(("compare", "{in}", "{other}", "--format", "csv"), "csv"),
    Command(("compare", "{in}", "{other}", "--format", "docx", "-o", "compare.docx"), "binary", "compare.docx"),
    Command(("show", "{in}")),
    Command(("show", "{in}", "--format", "markdown")),
    Command(("show", "{in}", "--format", "docx", "-o", "show.docx"), "binary", "show.docx"),
    Command(("appendix", "{in}", "--format", "markdown")),
    Command(("appendix", "{in}", "--against", "{other}", "-o", "appendix.docx"), "binary", "appendix.docx"),
    Command(("tags", "{in}")),
    Command(("tags", "{in}", "--write-patch", "tags.patch"), "text", "tags.patch"),
)
IMPORTS = (Command(("import", "{in}")), Command(("import", "{in}", "-o", "imported.yaml"), "text", "imported.yaml"))


def runs(case: Case, index: int) -> list[Command]:
    """The commands an input goes through: all of them, or one check format and one other, rotating."""
    if case.commands == "custom":
        return [Command(args) for args in case.custom]
    if case.commands == "import":
        return list(IMPORTS)
    if case.every_format:
        return [*CHECKS, *OTHERS]
    if case.category == "mutants":  # many inputs alike: one command each, every command in turn
        return [(*CHECKS, *OTHERS)[index % (len(CHECKS) + len(OTHERS))]]
    return [CHECKS[index % len(CHECKS)], OTHERS[index % len(OTHERS)]]


@dataclass(frozen=True)
class Failure:
    kind: str
    command: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: planctl {self.command}: {self.detail}"


# What must never reach a terminal or a CI log raw: C0 controls but tab and newline, DEL, C1
# controls, the bidi embeddings, overrides and isolates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_WORKFLOW = re.compile(r"^\s*::", re.MULTILINE)
_SUMMARY_LINE = re.compile(r"^\d+ (files?|plans?) |^Found |^planctl: ")


def _snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every entry under the folder: a file's bytes' digest, or None for a folder, FIFO or link."""
    found: dict[str, bytes | None] = {}
    for root, folders, files in os.walk(os.fsencode(folder)):
        for name in [*folders, *files]:
            path = os.path.join(root, name)
            key = os.fsdecode(os.path.relpath(path, os.fsencode(folder)))
            if os.path.islink(path) or not os.path.isfile(path) or not os.access(path, os.R_OK):
                found[key] = None
            else:
                with open(path, "rb") as stream:
                    found[key] = hashlib.sha256(stream.read()).digest()
    return found


def _fill(args: tuple[str, ...], plan: Path, other: Path) -> list[str]:
    return [str(plan) if a == "{in}" else str(other) if a == "{other}" else a for a in args]


def _process(args: list[str], folder: Path, strict: bool) -> Run:
    env = {**os.environ, "LANG": "C.UTF-8", "COLUMNS": "100"}
    env.pop("GITHUB_ACTIONS", None)
    if strict:
        env["PYTHONIOENCODING"] = "utf-8:strict"
    try:
        done = subprocess.run([sys.executable, "-m", "planctl", *args], cwd=folder, capture_output=True,
                              timeout=HANG_SECONDS, check=False, env=env)
    except subprocess.TimeoutExpired:
        return Run(-1, "", "hang")
    return Run(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))


def examine(case: Case, folder: Path, index: int = 0) -> list[Failure]:
    """Write the case into `folder`, run it through its commands, and return what went wrong."""
    plan, other = _write(case, folder)
    failures: list[Failure] = []
    for number, command in enumerate(runs(case, index)):
        if failures and failures[-1].kind == "modified input":
            # a fresh copy, so that one command's damage does not hide the next one's
            folder = folder / f"again-{number}"
            folder.mkdir()
            plan, other = _write(case, folder)
        before = _snapshot(folder)
        args = _fill(command.args, plan, other)
        started = time.monotonic()
        try:
            run = _process(args, folder, strict="strict" in case.name) if case.process else run_cli(*args, cwd=folder)
        except BaseException as error:  # noqa: BLE001 - any exception out of a command is a traceback
            failures.append(Failure("traceback", command.label, f"{type(error).__name__}: {error}"[:300]))
            continue
        elapsed = time.monotonic() - started
        failures += _judge(case, command, run, elapsed, before, _snapshot(folder), plan)
        _tidy(folder, before)
    return failures


def _write(case: Case, folder: Path) -> tuple[Path, Path]:
    other = folder / "other.yaml"
    other.write_text(MINIMAL_PLAN.replace("2019", "2020"), encoding="utf-8")
    return case.write(folder), other


def _tidy(folder: Path, before: dict[str, bytes | None]) -> None:
    """Remove what a successful run wrote, so the next command starts from the same folder."""
    for key in set(_snapshot(folder)) - set(before):
        path = folder / key
        if path.is_file() and not path.is_symlink():
            path.unlink()


def _judge(case: Case, command: Command, run: Run, elapsed: float, before: dict[str, bytes | None],
           after: dict[str, bytes | None], plan: Path) -> list[Failure]:
    label = command.label
    found: list[Failure] = []

    def fail(kind: str, detail: str) -> None:
        found.append(Failure(kind, label, detail[:300]))

    if run.code == -1 or elapsed > HANG_SECONDS:
        fail("hang", f"{elapsed:.1f} s")
    if "Traceback (most recent call last)" in run.err or "Traceback" in run.out:
        fail("traceback", run.err.strip().splitlines()[-1] if run.err.strip() else "in stdout")
    allowed = _allowed_codes(case, command)
    if run.code not in allowed:
        fail("wrong exit code", f"{run.code}, expected one of {sorted(allowed)}; stderr: {run.err.strip()[:200]}")
    changed = [key for key, digest in before.items() if after.get(key, b"gone") != digest]
    if changed:
        fail("modified input", ", ".join(changed))
    left = sorted(set(after) - set(before))
    expected = {command.writes, *case.outputs} if run.code in (0, 1) else set()
    if [name for name in left if name not in expected]:
        fail("partial output", ", ".join(left))
    if run.code == 2:
        _judge_error(case, run, plan, fail)
    written = plan.parent / command.writes if command.writes else None
    if written is not None and written.suffix == ".docx" and run.code in (0, 1):
        try:
            with zipfile.ZipFile(written) as package:
                ElementTree.fromstring(package.read("word/document.xml"))
        except Exception as error:  # noqa: BLE001 - any reader's failure is the finding
            fail("unparsable output", f"{written.name}: {type(error).__name__}: {error}")
    if command.output != "binary":
        _judge_terminal(command, run, fail)
    return found


def _allowed_codes(case: Case, command: Command) -> set[int]:
    if case.expect == "invalid":
        return {2}
    succeeds = {0, 1} if command.args[0] in ("check", "diff") else {0}
    return succeeds if case.expect == "valid" else {*succeeds, 2}


def _judge_error(case: Case, run: Run, plan: Path, fail: object) -> None:
    lines = [line for line in run.err.splitlines() if line.strip()]
    assert callable(fail)
    if not lines:
        fail("error without its place", "exit 2 with nothing on stderr")
        return
    problems = [line for line in lines if not _SUMMARY_LINE.match(line)]
    shown = _shown_path(plan)
    if case.commands != "custom" and not any(line.startswith(shown) for line in problems):
        fail("error without its place", f"no line names {shown!r}: {lines[0]!r}")
    if case.located and not any(re.match(rf"{re.escape(shown)}:\d+(:\d+)?: ", line) for line in problems):
        fail("error without its place", f"no line:col: {lines[0]!r}")


def _shown_path(plan: Path) -> str:
    """The file name as planctl prints it: undecodable bytes and controls made visible."""
    from planctl.render.terminal import printable

    return printable(str(plan))


def _judge_terminal(command: Command, run: Run, fail: object) -> None:
    assert callable(fail)
    for stream, text in (("stdout", run.out), ("stderr", run.err)):
        unsafe = _UNSAFE.search(text)
        if unsafe:
            fail("escape", f"U+{ord(unsafe.group()):04X} on {stream}")
        if (stream == "stderr" or command.output != "github") and _WORKFLOW.search(text):
            fail("injection", f"a line starting '::' on {stream}")
    if "<script>" in run.out and "markdown" in command.args:
        fail("injection", "raw <script> in Markdown")
    if not run.out.strip():
        return
    try:
        _parse(command.output, run.out)
    except Exception as error:  # noqa: BLE001 - any parser's failure is the finding
        fail("unparsable output", f"{command.output}: {type(error).__name__}: {error}")


def _parse(kind: str, text: str) -> None:
    if kind in ("json", "gitlab"):
        data = json.loads(text)
        assert kind != "gitlab" or isinstance(data, list)
    elif kind == "sarif":
        assert "runs" in json.loads(text)
    elif kind == "junit":
        ElementTree.fromstring(text.encode("utf-8"))
    elif kind == "csv":
        list(csv.reader(io.StringIO(text)))
