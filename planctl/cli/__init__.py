"""The planctl command line: one module per command, each thin over the library.

Light on purpose: `main` pauses the cycle collector before Typer, Rich and the command are
imported (`cli/startup.py`); the app itself is built in `cli/group.py`.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

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

    run(sys.argv[1:])
