"""The cycle collector paused for start-up, and running again when a command's body runs."""

from __future__ import annotations

import gc

from planctl.cli.common import guarded
from planctl.cli.startup import pause_collection, resume_collection


def test_a_command_body_runs_with_the_collector_that_start_up_paused_running_again() -> None:
    try:
        pause_collection()
        assert not gc.isenabled()
        # A check of many plans collects what each leaves, as it did before start-up was paused.
        assert guarded(gc.isenabled)
    finally:
        resume_collection()
        gc.unfreeze()
        gc.enable()


def test_start_up_leaves_a_collector_its_caller_paused_paused() -> None:
    gc.disable()
    try:
        pause_collection()
        assert not guarded(gc.isenabled)
    finally:
        gc.enable()
