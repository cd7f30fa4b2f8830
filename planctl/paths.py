"""Which files a command works on: plan files named, and plan files in folders named."""

from __future__ import annotations

import os
import re
import stat
import subprocess
from collections.abc import Sequence
from fnmatch import fnmatch
from pathlib import Path, PurePath

from planctl import file_problems as said
from planctl.errors import PlanctlError, Problem
from planctl.limits import size
from planctl.messages import Lang, Message

PLAN_SUFFIXES = (".yaml", ".yml")


def discover_plans(paths: list[Path], exclude: Sequence[str] = (), lang: Lang | str = Lang.en) -> list[Path]:
    """Expand folders to the plan files inside them (sorted); keep files as named.

    Files that match an `exclude` glob are left out, named or found; in a folder, so are hidden
    files and files that git ignores (`.gitignore`, asked of `git check-ignore`).
    """
    found: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            found.extend(_plans_at(path, exclude, problems, lang))
        except OSError as error:
            problems.append(Problem(said.CANNOT_READ.format(lang, reason=error.strerror or error), path))
    if problems:
        raise PlanctlError(problems)
    return list(dict.fromkeys(found))


def _plans_at(path: Path, exclude: Sequence[str], problems: list[Problem], lang: Lang | str) -> list[Path]:
    """The plan files a named path stands for: itself, or those in the folder."""
    if path.is_dir():
        inside = sorted(
            p for p in path.rglob("*")
            if p.suffix in PLAN_SUFFIXES and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
            and not excluded(p.relative_to(path), exclude)
        )
        ignored = git_ignored(path, inside)  # one `git` for the whole folder
        inside = [p for p in inside if p not in ignored]
        if not inside:
            problems.append(Problem(said.NO_PLAN_FILES.text(lang), path))
        return inside
    if path.exists():
        return [] if excluded(path, exclude) else [path]
    problems.append(Problem(said.NO_SUCH_FILE_OR_FOLDER.text(lang), path))
    return []


def excluded(path: PurePath, patterns: Sequence[str]) -> bool:
    """The path, its name or one of its folders matches a glob (`drafts`, `*-udkast.yaml`, `old/*`)."""
    candidates = [path.as_posix(), *(parent.as_posix() for parent in path.parents if parent.name), *path.parts]
    return any(fnmatch(candidate, pattern.rstrip("/")) for pattern in patterns for candidate in candidates)


def git_ignored(folder: Path, files: Sequence[Path]) -> set[Path]:
    """The files that git ignores, when the folder is in a git work tree (else none, as without git)."""
    if not files:
        return set()
    try:
        answer = subprocess.run(
            ["git", "-C", str(folder), "check-ignore", "--stdin", "-z"],
            input="\0".join(str(file.resolve()) for file in files) + "\0",
            capture_output=True, text=True, timeout=30, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return set()
    if answer.returncode not in (0, 1):  # 128: not a git work tree, or git failed
        return set()
    ignored = {Path(name) for name in answer.stdout.split("\0") if name}
    return {file for file in files if file.resolve() in ignored}


def same_file(a: Path, b: Path) -> bool:
    """The two paths name one file (so an output would overwrite an input)."""
    try:
        return os.path.samefile(a, b) or a.resolve() == b.resolve()
    except OSError:  # one does not exist (yet), or cannot be looked at
        try:
            return a.resolve() == b.resolve()
        except (OSError, RuntimeError):
            return False


# planctl's schema comment, compiled (by `re`) the first time a file outside a plans/ folder is looked at.
_SCHEMA_COMMENT = rb"^#\s*yaml-language-server:\s*\$schema=\S*plan\.schema\.json"


def is_plan_file(path: Path) -> bool:
    """A YAML file that is a plan by convention: it lies in a `plans` folder, or its first line is
    planctl's schema comment. pre-commit hands a hook every YAML file; the others are not ours."""
    if "plans" in path.parts[:-1]:
        return True
    try:
        with path.open("rb") as handle:
            first = handle.readline(512)
    except OSError:
        return True  # let check say what is wrong with it
    return re.match(_SCHEMA_COMMENT, first.lstrip(b"\xef\xbb\xbf")) is not None


def read_bytes(path: Path, *, limit: int, what: Message = said.A_FILE, lang: Lang | str = Lang.en) -> bytes:
    """A regular file's bytes, or one clear problem; never blocks and never reads past `limit`.

    The file is opened without waiting (a FIFO with no writer would block `open` itself) and
    what was opened is looked at before a byte is read: a FIFO, a device or a socket is
    refused (reading one could wait forever or never end), a folder is named as one, and a
    file larger than the bound is refused by its size, with the bound named. The problem names
    `what` the file was to be (`file_problems.A_PLAN_FILE`), in `lang`.
    """
    kind = what.text(lang)
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise PlanctlError(Problem(said.NO_SUCH_FILE.text(lang), path)) from None
    except IsADirectoryError:
        raise PlanctlError(Problem(said.A_FOLDER.format(lang, what=kind), path)) from None
    except PermissionError:
        raise PlanctlError(Problem(said.PERMISSION_DENIED.text(lang), path)) from None
    except OSError as error:
        raise PlanctlError(Problem(said.CANNOT_READ.format(lang, reason=error.strerror or error), path)) from None
    try:
        status = os.fstat(handle)
        if stat.S_ISDIR(status.st_mode):
            raise PlanctlError(Problem(said.A_FOLDER.format(lang, what=kind), path))
        if not stat.S_ISREG(status.st_mode):
            raise PlanctlError(Problem(said.NOT_A_REGULAR_FILE.format(lang, what=kind), path))
        if status.st_size > limit:
            raise PlanctlError(_too_large(path, limit, kind, lang))
        with os.fdopen(os.dup(handle), "rb") as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise PlanctlError(Problem(said.CANNOT_READ.format(lang, reason=error.strerror or error), path)) from None
    finally:
        os.close(handle)
    if len(data) > limit:  # it grew while it was read
        raise PlanctlError(_too_large(path, limit, kind, lang))
    return data


def _too_large(path: Path, limit: int, kind: str, lang: Lang | str) -> Problem:
    return Problem(said.TOO_LARGE.format(lang, size=size(limit), what=kind), path, hint=said.RIGHT_FILE.text(lang))
