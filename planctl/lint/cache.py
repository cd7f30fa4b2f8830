"""The result cache of `planctl check`, as ruff and mypy keep one.

A plan checked before — the same bytes under the same name, with the same options and the same
configuration files, by the same planctl on the same Python and libraries — is answered with
that run's result (its findings, or the problems that made it invalid), without loading the
rules or the plan model. Anything else is checked as usual and its result stored.

What makes up a key is everything a result depends on: the file's bytes and name, the check
options (rules, language, --config), the bytes of every configuration file that could apply,
and a fingerprint of planctl itself (each of its files' name, size and modification time, so an
edited or upgraded planctl never sees an old result) and of the Python and installed libraries.

The cache is a folder of small JSON files, one per result, written atomically; a damaged or
unreadable entry counts as absent, a folder that cannot be written is silently not used, and
the folder is kept below MAX_ENTRIES by removing the entries used least recently.
Where: PLANCTL_CACHE_DIR, else $XDG_CACHE_HOME/planctl, else ~/.cache/planctl.
Off: `planctl check --no-cache`, or PLANCTL_NO_CACHE=1.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from planctl.errors import PlanctlError, Problem
from planctl.limits import MAX_CONFIG_BYTES
from planctl.lint.finding import Finding
from planctl.lint.report import CheckOptions, FileResult
from planctl.output import write_atomically
from planctl.paths import read_bytes

# Raised whenever what an entry holds, or how a key is made, changes: old entries are then never read.
FORMAT = 1
MAX_ENTRIES = 10_000
PACKAGE = Path(__file__).resolve().parent.parent

Outcome = FileResult | list[Problem]


def cache_folder(environ: dict[str, str] | os._Environ[str] = os.environ) -> Path | None:
    """Where the cache lives, or None when the environment turns it off."""
    if environ.get("PLANCTL_NO_CACHE", "") not in {"", "0"}:
        return None
    if environ.get("PLANCTL_CACHE_DIR"):
        return Path(environ["PLANCTL_CACHE_DIR"])
    base = environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "planctl"


@dataclass(frozen=True)
class ResultCache:
    folder: Path

    @classmethod
    def open(cls, folder: Path | None) -> ResultCache | None:
        """The cache in this folder (made when missing), or None when there is none to be had."""
        if folder is None:
            return None
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            return None
        return cls(folder) if os.access(folder, os.W_OK | os.X_OK) else None

    def key(self, path: Path, data: bytes, options: CheckOptions, config_files: Iterable[Path]) -> str:
        """The key of checking `data` as the plan `path` with these options and configuration files."""
        digest = hashlib.sha256(_fingerprint().encode())
        lang = getattr(options.lang, "value", options.lang)
        settings = (str(path), options.select, options.ignore, options.extend_select, lang, str(options.config))
        digest.update(json.dumps(settings, ensure_ascii=False).encode("utf-8", "surrogateescape"))
        for config in config_files:
            digest.update(f"\0{config}\0".encode("utf-8", "surrogateescape"))
            digest.update(_bytes_or_nothing(config))
        digest.update(b"\0plan\0")
        digest.update(data)
        return digest.hexdigest()

    def get(self, key: str) -> Outcome | None:
        """The stored result, or None when there is none or it cannot be read as one."""
        entry = self.folder / f"{key}.json"
        try:
            stored = json.loads(entry.read_bytes())
            outcome = _outcome(stored)
        except (OSError, ValueError, TypeError, KeyError):
            return None
        with contextlib.suppress(OSError):
            os.utime(entry)  # used now: pruning removes the entries used least recently
        return outcome

    def put(self, key: str, outcome: Outcome) -> None:
        """Store a result; a cache that cannot be written is left as it is."""
        with contextlib.suppress(PlanctlError):
            write_atomically(self.folder / f"{key}.json", json.dumps(_stored(outcome), ensure_ascii=False))

    def prune(self) -> None:
        """Keep the folder below MAX_ENTRIES: remove the entries used least recently, down to 80 %."""
        try:
            entries = [entry for entry in os.scandir(self.folder) if entry.name.endswith(".json")]
            if len(entries) <= MAX_ENTRIES:
                return
            entries.sort(key=lambda entry: entry.stat().st_mtime_ns)
        except OSError:
            return
        for entry in entries[:len(entries) - MAX_ENTRIES * 4 // 5]:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _bytes_or_nothing(path: Path) -> bytes:
    """A configuration file's bytes, read as checking reads it (bounded, never from a pipe)."""
    try:
        return read_bytes(path, limit=MAX_CONFIG_BYTES)
    except PlanctlError:
        return b"\0unreadable\0"


def _stored(outcome: Outcome) -> dict[str, object]:
    if isinstance(outcome, FileResult):
        return {"format": FORMAT, "file": outcome.file, "status": outcome.status, "suppressed": outcome.suppressed,
                "findings": [list(finding) for finding in outcome.findings]}
    return {"format": FORMAT, "problems": [
        [problem.message, None if problem.file is None else str(problem.file), problem.line, problem.column,
         problem.hint] for problem in outcome]}


def _outcome(stored: dict[str, object]) -> Outcome:
    if stored["format"] != FORMAT:
        raise ValueError("another format")
    if "problems" in stored:
        problems = stored["problems"]
        if not isinstance(problems, list):
            raise TypeError("not a list of problems")
        return [Problem(message, None if file is None else Path(file), line, column, hint)
                for message, file, line, column, hint in problems]
    findings = stored["findings"]
    if not isinstance(findings, list):
        raise TypeError("not a list of findings")
    file, status, suppressed = stored["file"], stored["status"], stored["suppressed"]
    if not isinstance(file, str) or not (status is None or isinstance(status, str)) or not isinstance(suppressed, int):
        raise TypeError("not a result")
    return FileResult(file=file, status=status, suppressed=suppressed, findings=[Finding(*row) for row in findings])


@cache
def _fingerprint() -> str:
    """planctl's own files (name, size, modification time), the Python, and the libraries installed
    beside it (their dist-info folders name each one's version)."""
    parts = [f"{FORMAT}", sys.version, sys.prefix]
    for folder, subfolders, names in os.walk(PACKAGE):
        subfolders[:] = sorted(name for name in subfolders if name != "__pycache__")
        for name in sorted(names):
            if name.endswith(".pyc"):
                continue
            file = os.path.join(folder, name)
            status = os.stat(file)
            parts.append(f"{os.path.relpath(file, PACKAGE)}:{status.st_size}:{status.st_mtime_ns}")
    for entry in (entry for entry in sys.path if os.path.basename(entry) in {"site-packages", "dist-packages"}):
        with contextlib.suppress(OSError):
            parts.extend(sorted(name for name in os.listdir(entry) if name.endswith((".dist-info", ".egg-info"))))
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()
