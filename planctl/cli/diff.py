"""planctl diff: what changed between two plans, goal by goal and word by word."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from planctl.cli.common import EXIT_FOUND, EXIT_OK, emit, guarded
from planctl.cli.options import (
    ColorOption,
    LangOption,
    OutputOption,
    TemplateOption,
    WordOptions,
    format_option,
    resolve_lang,
)
from planctl.errors import PlanctlError, Problem
from planctl.messages import Lang
from planctl.render.diff import FORMATS


class Only(str, Enum):
    goals = "goals"
    sections = "sections"
    figures = "figures"
    tables = "tables"


def diff(
    old: Annotated[Path, typer.Argument(help="The earlier plan (e.g. the draft the council saw).")],
    new: Annotated[Path, typer.Argument(help="The later plan (e.g. the plan that was adopted).")],
    output_format: Annotated[str | None, format_option(FORMATS)] = None,
    only: Annotated[Only | None, typer.Option(
        "--only", metavar="goals|sections|figures|tables", help="Only goals, sections, figures or tables.")] = None,
    stat: Annotated[bool, typer.Option("--stat", help="Only the summary: how many changes of each kind.")] = False,
    output: OutputOption = None,
    author: Annotated[str | None, typer.Option(
        "--author", metavar="NAME",
        help="docx: who made the tracked changes (default: git config user.name, else planctl).")] = None,
    when: Annotated[str | None, typer.Option(
        "--date", metavar="ISO-8601", help="docx: when the changes were made (default: now, UTC).")] = None,
    template: TemplateOption = None,
    lang: LangOption = None,
    color: ColorOption = "auto",
) -> None:
    """Say what changed from one plan to another: goals, targets, placeholders, prose, figures, tables.

    With --format docx and -o FILE: the new plan as a Word document in which every change is a
    tracked change, to accept or reject in Word or LibreOffice.

    Exit code 0 when there are no differences, 1 when there are, 2 when a plan cannot be read.

    Example: planctl diff plans/lyngby-taarbaek-2019-udkast.yaml plans/lyngby-taarbaek-2019.yaml
    """
    name = output_format or FORMATS.names[0]
    word = WordOptions(author, when, template)
    raise SystemExit(guarded(lambda: _diff(old, new, name, only, stat, output, word, resolve_lang(lang), color)))


def _diff(old: Path, new: Path, format_name: str, only: Only | None, stat: bool, output: Path | None,
          word: WordOptions, lang: Lang, color: str) -> int:
    # Imported here so that other commands (check above all) do not pay for the diff libraries.
    from planctl.diff import Area, diff_plans
    from planctl.load import load_plan

    if FORMATS.formats[format_name].binary and (only is not None or stat):
        raise PlanctlError(Problem(f"--only and --stat do not apply to --format {format_name}",
                                   hint="the Word document shows every change"))
    options = word.resolved() if FORMATS.formats[format_name].binary else {}
    result = diff_plans(load_plan(old, lang=lang), load_plan(new, lang=lang))
    if only is not None:
        result = result.within(Area(only.value))
    emit(FORMATS, format_name, result, lang, output, inputs=[old, new], color=color, stat=stat, **options)
    return EXIT_FOUND if result.changes else EXIT_OK
