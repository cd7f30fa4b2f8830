"""What the file system can hand planctl: FIFOs, symlinks, folders named as plans, unreadable files, loops."""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import MINIMAL_PLAN
from tests.hostile.corpus.case import Case, Writer, file_with


def _fifo(folder: Path) -> Path:
    path = folder / "plan.yaml"
    os.mkfifo(path)
    return path


def _symlink(target: str, name: str = "plan.yaml") -> Writer:
    def write(folder: Path) -> Path:
        path = folder / name
        path.symlink_to(target)
        return path

    return write


def _folder_named_plan(folder: Path) -> Path:
    path = folder / "plan.yaml"
    path.mkdir()
    return path


def _unreadable(folder: Path) -> Path:
    path = file_with(MINIMAL_PLAN)(folder)
    path.chmod(0)
    return path


def _loop(folder: Path) -> Path:
    (folder / "a.yaml").symlink_to(folder / "b.yaml")
    (folder / "b.yaml").symlink_to(folder / "a.yaml")
    return folder / "a.yaml"


def _long_path(folder: Path) -> Path:
    return folder / ("d" * 200) / ("e" * 200) / ("f" * 200) / "plan.yaml"


def _odd_name(name: bytes) -> Writer:
    def write(folder: Path) -> Path:
        raw = os.path.join(os.fsencode(folder), name)
        with open(raw, "wb") as out:
            out.write(MINIMAL_PLAN.encode())
        return Path(os.fsdecode(raw))

    return write


def _empty_folder(folder: Path) -> Path:
    path = folder / "plans"
    path.mkdir()
    (path / "notes.txt").write_text("ingen planer her", encoding="utf-8")
    return path


def _unreadable_skip() -> str | None:
    return "root reads any file, so an unreadable file cannot be made" if os.geteuid() == 0 else None


def filesystem() -> list[Case]:
    return [
        Case("filesystem", "fifo-named-plan", _fifo, "invalid", process=True),
        Case("filesystem", "dev-zero", _symlink("/dev/zero"), "invalid", every_format=True),
        Case("filesystem", "dev-null", _symlink("/dev/null"), "invalid"),
        Case("filesystem", "dev-urandom", _symlink("/dev/urandom"), "invalid"),
        Case("filesystem", "folder-named-plan-yaml", _folder_named_plan, "invalid"),
        Case("filesystem", "unreadable", _unreadable, "invalid", skip=_unreadable_skip()),
        Case("filesystem", "symlink-loop", _loop, "invalid"),
        Case("filesystem", "dangling-symlink", _symlink("nowhere.yaml"), "invalid"),
        Case("filesystem", "missing-file", lambda folder: folder / "none.yaml", "invalid"),
        Case("filesystem", "name-300-chars", lambda folder: folder / ("n" * 300 + ".yaml"), "invalid"),
        Case("filesystem", "path-5000-chars", lambda folder: folder / "/".join(["p" * 200] * 25) / "x.yaml",
             "invalid"),
        Case("filesystem", "long-existing-path", _long_path, "invalid"),
        Case("filesystem", "latin-1-name", _odd_name(b"plan-\xe6\xf8\xe5.yaml"), "valid", every_format=True),
        Case("filesystem", "latin-1-name-strict-stdout", _odd_name(b"plan-\xe6\xf8\xe5.yaml"), "valid",
             process=True),
        Case("filesystem", "newline-workflow-name", _odd_name(b"plan\n::error::pwned.yaml"), "valid",
             every_format=True),
        Case("filesystem", "escape-in-name", _odd_name(b"plan\x1b]0;pwned\x07.yaml"), "valid", every_format=True),
        Case("filesystem", "bidi-in-name", _odd_name("plan\u202elmay.yaml".encode()), "valid"),
        Case("filesystem", "folder-without-plans", _empty_folder, "invalid"),
    ]
