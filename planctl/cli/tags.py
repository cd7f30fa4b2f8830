"""planctl tags: suggest target groups for untagged sections and goals, from their Danish wording."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from planctl.cli.common import EXIT_OK, emit, guarded, tell
from planctl.cli.options import ColorOption, LangOption, resolve_lang
from planctl.errors import PlanctlError, Problem
from planctl.messages import Lang
from planctl.output import write_atomically
from planctl.paths import discover_plans, same_file


def tags(
    paths: Annotated[
        list[Path],
        typer.Argument(metavar="PATH", help="Plan files, or folders to search for *.yaml.", show_default=False)
    ],
    show_all: Annotated[
        bool, typer.Option("--all", help="Also show sections and goals that are tagged, where the words say more.")
    ] = False,
    write_patch: Annotated[
        Path | None,
        typer.Option("--write-patch", metavar="FILE",
                     help="Write a patch adding the suggestions to this file ('-' for stdout); "
                          "apply it with `git apply`. The plans are never changed."),
    ] = None,
    lang: LangOption = None,
    color: ColorOption = "auto",
) -> None:
    """Suggest target groups (target_groups) for sections and goals that have none.

    Prints `file:line:col: what: target_groups: [...]  # the words`; the plans are never changed.

    Example: planctl tags plans/gladsaxe-2012.yaml --write-patch tags.patch && git apply tags.patch
    """
    raise SystemExit(guarded(lambda: _tags(paths, show_all, write_patch, resolve_lang(lang), color)))


def _tags(paths: list[Path], show_all: bool, write_patch: Path | None, lang: Lang, color: str) -> int:
    from planctl.render.tags import FORMATS
    from planctl.render.tags.text import summary
    from planctl.tags.report import tag_report

    files = discover_plans(paths, lang=lang)
    to_stdout = write_patch is not None and str(write_patch) == "-"
    if write_patch is not None and not to_stdout and any(same_file(write_patch, f) for f in files):
        raise PlanctlError(Problem("--write-patch: will not overwrite a plan file", write_patch))
    report = tag_report(files, show_all=show_all, with_patch=write_patch is not None)
    if to_stdout:
        sys.stdout.write(report.patch or "")
        return EXIT_OK
    emit(FORMATS, "text", report, lang, None, inputs=files, color=color)
    if write_patch is not None:
        write_atomically(write_patch, report.patch or "", option="--write-patch")
    tell(summary(report, lang, write_patch))
    return EXIT_OK
