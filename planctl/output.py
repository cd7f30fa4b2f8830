"""Writing output files atomically, for every `-o`.

The text is written to a temporary file in the target's folder and then renamed over the
target, so a reader never sees half a file, a failed run never truncates an existing file,
and no temporary file is left behind.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

from planctl.errors import PlanctlError, Problem


def write_atomically(path: Path, data: str | bytes, *, option: str = "-o") -> None:
    """Write `data` (text as UTF-8) to `path` all at once, or not at all."""
    import tempfile  # here: a command that writes only to standard output never loads it

    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise PlanctlError(Problem(f"{option}: cannot write here: {error.strerror}", path)) from None
    try:
        with os.fdopen(handle, "wb") as out:
            # surrogateescape: a file name's bytes that are not UTF-8 (a patch names its plan)
            # are written as the bytes they were, so the file names the file it means.
            out.write(data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data)
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise PlanctlError(Problem(f"{option}: cannot write: {error.strerror}", path)) from None
        raise


def _mode_for(path: Path) -> int:
    """The permissions a plain `open(path, "w")` would give: the existing file's, else 0666 less the umask.

    A temporary file is made readable by its owner only; the document it becomes is for sharing.
    """
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def deliver(data: str | bytes, path: Path | None) -> None:
    """Output to standard output when there is no path (`-` also means standard output), else to the file."""
    if path is None or str(path) == "-":
        # Flushed now, while the command still handles errors: a reader that went away
        # (`planctl ... | head`) is met here rather than at interpreter exit.
        sys.stdout.flush()
        sys.stdout.buffer.write(data if isinstance(data, bytes) else _for_stdout(data))
        sys.stdout.buffer.flush()
        return
    write_atomically(path, data)


def _for_stdout(text: str) -> bytes:
    """Text in standard output's encoding, whatever it is: a file name's bytes that were not UTF-8
    are written back as those bytes, and a letter the encoding lacks as a visible escape."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        return text.encode(encoding, "surrogateescape")
    except UnicodeEncodeError:
        return text.encode(encoding, "backslashreplace")
