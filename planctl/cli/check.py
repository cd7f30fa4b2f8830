"""planctl check: validate plans and run the lint rules; the gate in CI."""

# No `from __future__ import annotations` here: Typer reads this command's signature and its
# callbacks', and evaluated every annotation written as text twice (inspect.signature, then
# get_type_hints), ~3 ms of check's start-up; written as Python reads them, they are evaluated once.

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NamedTuple

import typer

from planctl.cli.common import EXIT_FOUND, EXIT_OK, EXIT_TROUBLE, emit, guarded
from planctl.cli.options import ColorOption, LangOption, OutputOption, format_option, resolve_lang, split_codes
from planctl.errors import PlanctlError, Problem
from planctl.lint.files import check_files
from planctl.lint.finding import SEVERITIES, Severity
from planctl.lint.report import CheckOptions, CheckReport, at_least
from planctl.lint.workers import available_cores
from planctl.messages import Lang
from planctl.paths import discover_plans, is_plan_file
from planctl.render.check import FORMATS
from planctl.render.page import wants_color
from planctl.render.terminal import printable

if TYPE_CHECKING:
    from planctl.lint.cache import ResultCache

STDIN = Path("-")


class Reporting(NamedTuple):  # not a frozen dataclass: made at import far faster (see `errors.Problem`)
    """How check reports: where, in which format and language, how much, and what fails."""

    chosen: str
    lang: Lang
    output: Path | None
    color: str = "auto"
    quiet: bool = False
    statistics: bool = False
    min_severity: Severity = "info"
    strict: bool = False
    exit_zero: bool = False


def _severity_choice(value: str) -> str:
    if value not in SEVERITIES:
        raise typer.BadParameter(f"'{value}' is not one of {', '.join(SEVERITIES)}")
    return value


def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(metavar="PATH", show_default=False,
                       help="Plan files, or folders to search for *.yaml; - reads one plan from standard input."),
    ] = None,
    output_format: Annotated[
        str | None, format_option(FORMATS, "Output format (default: text; github when GITHUB_ACTIONS=true)")
    ] = None,
    output: OutputOption = None,
    select: Annotated[
        list[str] | None, typer.Option("--select", metavar="CODES", help="Only these rules or families (e.g. U,C003).")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", metavar="CODES", help="Leave out these rules or families.")
    ] = None,
    extend_select: Annotated[
        list[str] | None, typer.Option("--extend-select", metavar="CODES",
                                       help="Also these rules or families, on top of the configuration's select.")
    ] = None,
    extend_ignore: Annotated[
        list[str] | None, typer.Option("--extend-ignore", metavar="CODES",
                                       help="Also leave out these, on top of the configuration's ignore.")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", metavar="GLOB",
                                       help="Leave out files matching this glob (repeatable); in folders, files "
                                            "that .gitignore ignores are left out too.")
    ] = None,
    min_severity: Annotated[
        str, typer.Option("--min-severity", metavar="error|warning|info", callback=_severity_choice,
                          help="Report only findings at this level and above.")
    ] = "info",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing; the exit code says it all.")] = False,
    statistics: Annotated[
        bool, typer.Option("--statistics", help="Print how many findings each rule has, not the findings.")
    ] = False,
    stdin_filename: Annotated[
        Path | None, typer.Option("--stdin-filename", metavar="NAME", show_default=False,
                                  help="The name a plan read from standard input (-) is reported under.")
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail too (exit code 1).")] = False,
    plans_only: Annotated[bool, typer.Option(
        "--plans-only", help="Skip named YAML files that are not plans: outside a plans/ folder and without "
                             "planctl's schema comment on the first line (for pre-commit).")] = False,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when errors are found.")] = False,
    config: Annotated[
        Path | None, typer.Option("--config", metavar="FILE", show_default=False,
                                  help="planctl.toml or pyproject.toml to use instead of searching.")
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", metavar="N", min=1, show_default=False,
                                 help="Check the files in N processes at once (default: the number of cores "
                                      "available); 1 checks them one after another. The output is the same.")
    ] = None,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="Check every file anew; without it, a file checked before, unchanged and with the same "
                           "options, is answered from the cache (PLANCTL_CACHE_DIR, else ~/.cache/planctl).")] = False,
    lang: LangOption = None,
    color: ColorOption = "auto",
) -> None:
    """Validate plans and find what is wrong in them: placeholders, contradictions, gaps.

    Exit code 0 when nothing is at error level, 1 when something is, 2 when a plan
    cannot be read or is invalid (each problem on stderr as file:line:col: message).

    Example: planctl check plans/ --format concise
    """
    chosen = output_format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else FORMATS.names[0])
    language = resolve_lang(lang)
    options = CheckOptions(split_codes(select), split_codes(ignore) + split_codes(extend_ignore), language, config,
                           split_codes(extend_select))
    how = Reporting(chosen, language, output, color, quiet, statistics, _as_severity(min_severity), strict, exit_zero)
    named = paths or [STDIN if stdin_filename else Path(".")]  # as ruff: --stdin-filename alone reads stdin
    processes = jobs or available_cores()
    cache = None if no_cache else _open_cache()
    raise SystemExit(guarded(lambda: _check(named, options, how, tuple(exclude or ()), stdin_filename,
                                            plans_only, processes, cache)))


def _open_cache() -> "ResultCache | None":
    from planctl.lint.cache import ResultCache, cache_folder  # here: a run with --no-cache never loads hashlib, json

    return ResultCache.open(cache_folder())


def _as_severity(value: str) -> Severity:
    return next(level for level in SEVERITIES if level == value)


def _check(paths: list[Path], options: CheckOptions, how: Reporting, exclude: tuple[str, ...],
           stdin_filename: Path | None, plans_only: bool = False, jobs: int = 1,
           cache: "ResultCache | None" = None) -> int:
    texts = _standard_input(paths, stdin_filename)
    named = stdin_filename or STDIN
    files = [named if path == STDIN else path for path in paths if path != STDIN or texts]
    if plans_only:
        files = [path for path in files if path in texts or path.is_dir() or is_plan_file(path)]
    files = [*texts, *discover_plans([path for path in files if path not in texts], exclude, how.lang)]
    terminal = FORMATS.formats[how.chosen].terminal and not how.quiet
    report = (_run_with_progress(files, options, texts, how.color, jobs, cache) if terminal
              else check_files(files, options, texts=texts, jobs=jobs, cache=cache))
    report = at_least(report, how.min_severity)
    if how.statistics and not how.quiet:
        from planctl.cli.check_statistics import statistics_lines  # here: only --statistics prints them

        for line in statistics_lines(report):
            print(line)
    elif not how.quiet:
        read = [*(path for path in files if path not in texts), *([options.config] if options.config else [])]
        emit(FORMATS, how.chosen, report, how.lang, how.output, inputs=read, color=how.color, strict=how.strict,
             step_summary=os.environ.get("GITHUB_STEP_SUMMARY") or None)  # the job summary, by --format github
    if not how.quiet:
        for problem in report.invalid:
            print(printable(str(problem)), file=sys.stderr)
    if report.invalid:
        return EXIT_TROUBLE
    counts = report.summary.by_severity
    failed = counts["error"] > 0 or (how.strict and counts["warning"] > 0)
    return EXIT_FOUND if failed and not how.exit_zero else EXIT_OK


def _standard_input(paths: list[Path], stdin_filename: Path | None) -> dict[Path, str]:
    """The plan on standard input, under its --stdin-filename (or '-'), when '-' is among the paths."""
    if STDIN not in paths:
        return {}
    if paths.count(STDIN) > 1:
        raise PlanctlError(Problem("standard input (-) can be read only once"))
    return {stdin_filename or STDIN: sys.stdin.read()}


def _run_with_progress(files: list[Path], options: CheckOptions, texts: dict[Path, str], color: str,
                       jobs: int, cache: "ResultCache | None") -> CheckReport:
    """On a colour terminal, many files get a progress bar (on stderr, gone when done)."""
    if len(files) < 10 or not sys.stderr.isatty() or not wants_color(color, on_terminal=True):
        return check_files(files, options, texts=texts, jobs=jobs, cache=cache)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("planctl check", total=len(files))
        advance: Callable[[Path], None] = lambda _path: progress.advance(task)  # noqa: E731
        return check_files(files, options, on_file=advance, texts=texts, jobs=jobs, cache=cache)
