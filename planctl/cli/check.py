"""planctl check: validate plans and run the lint rules; the gate in CI."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from planctl.cli.common import EXIT_FOUND, EXIT_OK, EXIT_TROUBLE, emit, guarded
from planctl.cli.options import LangOption, OutputOption, format_option, resolve_lang, split_codes
from planctl.lint.run import CheckOptions, CheckReport, check_files
from planctl.messages import Lang
from planctl.paths import discover_plans
from planctl.render.check import FORMATS
from planctl.render.terminal import printable


def check(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Plan files, or folders to search for *.yaml.", show_default=False)
    ] = None,
    output_format: Annotated[
        str | None, format_option(FORMATS, "Output format (default: text; github when GITHUB_ACTIONS=true)")
    ] = None,
    output: OutputOption = None,
    select: Annotated[
        list[str] | None, typer.Option("--select", help="Only these rules or families (e.g. U,C003).")
    ] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Leave out these rules or families.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail too (exit code 1).")] = False,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when errors are found.")] = False,
    config: Annotated[
        Path | None, typer.Option("--config", help="planctl.toml or pyproject.toml to use instead of searching.")
    ] = None,
    lang: LangOption = None,
) -> None:
    """Validate plans and find what is wrong in them: placeholders, contradictions, gaps.

    Exit code 0 when nothing is at error level, 1 when something is, 2 when a plan
    cannot be read or is invalid (each problem on stderr as file:line:col: message).

    Example: planctl check plans/ --format concise
    """
    chosen = output_format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else FORMATS.names[0])
    language = resolve_lang(lang)
    options = CheckOptions(split_codes(select), split_codes(ignore), language, config)
    raise SystemExit(guarded(lambda: _check(paths or [Path(".")], options, chosen, language, output, strict,
                                            exit_zero)))


def _check(paths: list[Path], options: CheckOptions, chosen: str, lang: Lang, output: Path | None,
           strict: bool, exit_zero: bool) -> int:
    files = discover_plans(paths)
    terminal = FORMATS.formats[chosen].terminal
    report = _run_with_progress(files, options) if terminal else check_files(files, options)
    emit(FORMATS, chosen, report, lang, output, strict=strict,
         step_summary=os.environ.get("GITHUB_STEP_SUMMARY") or None)  # the job summary, by --format github
    for problem in report.invalid:
        print(printable(str(problem)), file=sys.stderr)
    if report.invalid:
        return EXIT_TROUBLE
    counts = report.summary.by_severity
    failed = counts["error"] > 0 or (strict and counts["warning"] > 0)
    return EXIT_FOUND if failed and not exit_zero else EXIT_OK


def _run_with_progress(files: list[Path], options: CheckOptions) -> CheckReport:
    """On a terminal, many files get a progress bar (on stderr, gone when done)."""
    if len(files) < 10 or not sys.stderr.isatty():
        return check_files(files, options)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("planctl check", total=len(files))
        advance: Callable[[Path], None] = lambda _path: progress.advance(task)  # noqa: E731
        return check_files(files, options, on_file=advance)
