"""Sharing work over processes for `check --jobs`: in order, in other processes, errors whole."""

from __future__ import annotations

import os
import pickle
import threading
from pathlib import Path

import pytest

from planctl.errors import PlanctlError, Problem
from planctl.lint.workers import available_cores, in_order


def _square_and_process(number: int) -> tuple[int, int]:
    return number * number, os.getpid()


def _fail_on_three(number: int) -> int:
    if number == 3:
        raise PlanctlError(Problem("three is not allowed", file=Path("plan.yaml"), line=3, column=1, hint="try 4"))
    return number


def test_outcomes_come_back_in_the_order_given_from_other_processes() -> None:
    outcomes = list(in_order(_square_and_process, list(range(40)), jobs=2))
    assert [square for square, _ in outcomes] == [n * n for n in range(40)]
    assert {pid for _, pid in outcomes} - {os.getpid()}, "no item was done in a worker process"
    assert os.getpid() not in {pid for _, pid in outcomes}


@pytest.mark.parametrize(("jobs", "items"), [(1, [1, 2, 3]), (4, [7])], ids=["one job", "one item"])
def test_one_job_or_one_item_stays_in_process(jobs: int, items: list[int]) -> None:
    assert {pid for _, pid in in_order(_square_and_process, items, jobs)} == {os.getpid()}


def test_workers_start_cleanly_while_another_thread_runs() -> None:
    """The progress bar's thread runs while check shares the files: the workers come from a fork server."""
    stop = threading.Event()
    bar = threading.Thread(target=stop.wait)
    bar.start()
    try:
        outcomes = list(in_order(_square_and_process, list(range(8)), jobs=2))
    finally:
        stop.set()
        bar.join()
    assert [square for square, _ in outcomes] == [n * n for n in range(8)]
    assert os.getpid() not in {pid for _, pid in outcomes}


def test_a_user_error_in_a_worker_reaches_the_caller_whole() -> None:
    with pytest.raises(PlanctlError) as raised:
        list(in_order(_fail_on_three, [1, 2, 3, 4], jobs=2))
    assert raised.value.problems == [
        Problem("three is not allowed", file=Path("plan.yaml"), line=3, column=1, hint="try 4")]


def test_a_user_error_pickles_with_its_problems() -> None:
    error = PlanctlError([Problem("a", file=Path("p.yaml"), line=1), Problem("b")])
    assert pickle.loads(pickle.dumps(error)).problems == error.problems


def test_the_cores_available_are_at_least_one() -> None:
    assert available_cores() >= 1
