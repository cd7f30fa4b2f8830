"""Sharing files over worker processes for `check --jobs`: results come back in the order given.

Generic on purpose: it knows nothing of plans, so the check itself stays in `lint/run.py`, the same
code in process and in a worker. A worker returns what it found (findings, problems), never a plan,
so memory grows with the findings only.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

Work = TypeVar("Work")
Outcome = TypeVar("Outcome")


def available_cores() -> int:
    """The cores this process may run on (its affinity), as `check --jobs` counts them by default."""
    counted: Callable[[], int | None] | None = getattr(os, "process_cpu_count", None)  # Python 3.13
    if counted is not None:
        return counted() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def in_order(work: Callable[[Work], Outcome], items: Sequence[Work], jobs: int) -> Iterator[Outcome]:
    """`work` done on every item, in `jobs` processes when there are several items; the outcomes in the
    items' order, each as soon as it and those before it are done. One job or one item: in process."""
    if jobs <= 1 or len(items) <= 1:
        yield from map(work, items)
        return
    from concurrent.futures import ProcessPoolExecutor  # here: checking one file never pays for it

    workers = min(jobs, len(items))
    # Chunks cut the cost of sending each file alone (~0.1 ms a plan there and back); at most four plans
    # (~70 ms of work), so that no worker is left with a long last chunk while the other waits.
    chunk = max(1, min(4, len(items) // (workers * 4)))
    with ProcessPoolExecutor(workers, mp_context=_start_method()) as pool:
        yield from pool.map(work, items, chunksize=chunk)


def _start_method() -> BaseContext:
    # Forking copies the modules already imported, so a worker starts at once; forking while another
    # thread runs (the progress bar's) may deadlock the child, so then a clean fork server starts them.
    import multiprocessing

    if threading.active_count() > 1 and "forkserver" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context()
