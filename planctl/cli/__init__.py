"""The planctl command line: one module per command, each thin over the library.

Light on purpose: `main` pauses the cycle collector before Typer, Rich and the command are
imported (`cli/startup.py`); the app itself is built in `cli/group.py`.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import TYPE_CHECKING, NoReturn

from planctl.cli.startup import pause_collection

if TYPE_CHECKING:
    import typer


def __getattr__(name: str) -> typer.Typer:
    """`planctl.cli.app`: the whole app, for tests and tools that drive it in process; built when first asked for."""
    if name != "app":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from planctl.cli.group import build_app

    app = build_app()
    globals()["app"] = app
    return app


def main() -> None:
    """The console script: the app, with its help in Danish under a Danish locale or `--lang da`."""
    pause_collection()  # until the command's body runs (see cli/startup.py)
    # planctl uses no Pydantic plugins. Without this, building the first validator scans the entry
    # points of every installed package for them (3-5 ms of `check`'s start-up). The switch is
    # Pydantic's own, documented under "Disabling Plugins"; a value the user has set is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from planctl.cli.group import run  # Typer, Rich and the command, imported with the collector paused

    try:
        run(sys.argv[1:])
    except SystemExit as finished:
        exit_at_once(finished.code)


def exit_at_once(code: object) -> NoReturn:
    """End the process as `SystemExit(code)` would, without first taking apart every module and object
    start-up made (~10 ms of a `check` of one plan), as mypy's fast exit does. Nothing of planctl's runs
    at exit: files are written and closed, and worker processes joined, before a command returns.
    Standard output and error are flushed first; a reader gone away (`| head`) is no error of ours."""
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)  # as Python prints a SystemExit that carries a message
        code = 1
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(BrokenPipeError, ValueError):  # the reader went away, or the stream was closed
            stream.flush()
    os._exit(code or 0)
