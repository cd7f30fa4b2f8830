"""Start-up with Python's cycle collector paused: from `main` until a command's body runs.

Starting a command imports Typer, Rich, Pydantic and planctl, and builds the command, its options
and their validators: a few hundred thousand objects that live as long as the process, with no
garbage among them for the collector to find. It walked them again every 700 new objects, and once
more at exit: ~10 ms of `planctl check`'s start-up and ~20 ms of its exit. `main` pauses it; when a
command's body begins (`common.guarded`), what start-up made is frozen (`gc.freeze`: left out of
every later collection, the one at exit too) and collection resumes, so a command over many plans
collects what it leaves as it did.
"""

from __future__ import annotations

import gc

_paused = False


def pause_collection() -> None:
    """Pause the cycle collector for start-up (only where it runs: a caller may have paused it)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collection() -> None:
    """Start-up is over: freeze what it made and let the collector run again, if start-up paused it."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
