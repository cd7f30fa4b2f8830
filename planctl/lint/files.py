"""Checking many files: each from the result cache when it was checked before, else loaded and
linted — in process, or shared over worker processes with `--jobs` — and the report built.

Light on purpose: a run whose files all come from the cache never loads the rules, the plan
model or Pydantic (`planctl.lint.run` is imported by the first file that must be checked).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from planctl.errors import PlanctlError, Problem
from planctl.limits import MAX_PLAN_BYTES
from planctl.lint.config import LintConfig, check_codes, config_candidates, load_config
from planctl.lint.report import CheckOptions, CheckReport, FileResult, summarize
from planctl.lint.workers import in_order
from planctl.paths import read_bytes

if TYPE_CHECKING:
    from planctl.lint.cache import Outcome, ResultCache  # the cache itself is opened by the command that uses one


def check_files(
    files: Sequence[Path], options: CheckOptions, on_file: Callable[[Path], None] | None = None,
    texts: Mapping[Path, str] | None = None, jobs: int = 1, cache: ResultCache | None = None,
) -> CheckReport:
    """Check the files; a file in `texts` (standard input, named) is checked from that text.

    With `jobs` above 1 and several files, the files are shared over that many worker processes; the
    report is the same, in the same order, as when they are checked one after another in process.
    With a `cache`, a file checked before as it is now is answered from it, and the rest stored in it.
    """
    check_codes(options.select + options.ignore + options.extend_select, Problem("--select/--ignore: "))
    explicit = load_config(options.config) if options.config else None
    work = [FileJob(path, (texts or {}).get(path), options, explicit) for path in files]
    results: list[FileResult] = []
    invalid: list[Problem] = []
    invalid_files = 0
    for path, outcome in zip(files, _outcomes(work, jobs, cache), strict=True):
        if isinstance(outcome, FileResult):
            results.append(outcome)
        else:
            invalid.extend(outcome)
            invalid_files += 1
        if on_file is not None:
            on_file(path)
    return CheckReport(files=results, invalid=invalid, summary=summarize(results, len(files), invalid_files))


class FileJob(NamedTuple):  # not a frozen dataclass: made at import far faster (see `errors.Problem`)
    """One file to check, with all a worker process needs to check it."""

    path: Path
    text: str | None
    options: CheckOptions
    explicit: LintConfig | None


def check_job(job: FileJob) -> Outcome:
    """The findings of one file, or its problems: the work a worker process does."""
    from planctl.lint.run import check_file  # here: a run answered from the cache never loads the rules

    return check_file(job.path, job.text, job.options, job.explicit)


def _outcomes(work: list[FileJob], jobs: int, cache: ResultCache | None) -> Iterator[Outcome]:
    """Each job's outcome in order: from the cache where it has one, the rest checked and stored."""
    if cache is None:
        yield from in_order(check_job, work, jobs)
        return
    candidates: dict[Path, list[Path]] = {}  # the configuration files of each folder, looked up once
    keys = [_key(cache, job, candidates) for job in work]
    found = [cache.get(key) if key is not None else None for key in keys]
    missing = [(job, key) for job, key, outcome in zip(work, keys, found, strict=True) if outcome is None]
    checked = zip(missing, in_order(check_job, [job for job, _ in missing], jobs), strict=True)
    for outcome in found:
        if outcome is None:
            (job, key), outcome = next(checked)
            if key is not None and key == _key(cache, job, candidates):  # unchanged while it was checked
                cache.put(key, outcome)
        yield outcome
    if any(outcome is None for outcome in found):
        cache.prune()


def _key(cache: ResultCache, job: FileJob, candidates: dict[Path, list[Path]]) -> str | None:
    """The cache key of a job, or None when its file cannot be read (checking it says why)."""
    if job.text is not None:
        data = job.text.encode("utf-8", "surrogateescape")
    else:
        try:
            data = read_bytes(job.path, limit=MAX_PLAN_BYTES)
        except PlanctlError:
            return None
    folder = job.path.parent
    if folder not in candidates:
        candidates[folder] = [job.options.config] if job.options.config else config_candidates(folder)
    return cache.key(job.path, data, job.options, candidates[folder])
