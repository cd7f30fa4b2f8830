"""planctl diff: what changed between two plans, goal by goal and word by word."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from planctl.cli.common import EXIT_FOUND, EXIT_OK, guarded
from planctl.cli.options import LangOption, resolve_lang


class Format(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"


class Only(str, Enum):
    goals = "goals"
    sections = "sections"
    figures = "figures"
    tables = "tables"


def diff(
    old: Annotated[Path, typer.Argument(help="The earlier plan (e.g. the draft the council saw).")],
    new: Annotated[Path, typer.Argument(help="The later plan (e.g. the plan that was adopted).")],
    output_format: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.text,
    only: Annotated[Only | None, typer.Option("--only", help="Only goals, sections, figures or tables.")] = None,
    stat: Annotated[bool, typer.Option("--stat", help="Only the summary: how many changes of each kind.")] = False,
    lang: LangOption = None,
) -> None:
    """Say what changed from one plan to another: goals, targets, placeholders, prose, figures, tables.

    Exit code 0 when there are no differences, 1 when there are, 2 when a plan cannot be read.

    Example: planctl diff plans/lyngby-taarbaek-2019-udkast.yaml plans/lyngby-taarbaek-2019.yaml
    """
    raise SystemExit(guarded(lambda: _diff(old, new, output_format, only, stat, resolve_lang(lang))))


def _diff(old: Path, new: Path, output_format: Format, only: Only | None, stat: bool, lang: str) -> int:
    # Imported here so that other commands (check above all) do not pay for the diff libraries.
    from planctl.diff import Area, PlanDiff, diff_plans
    from planctl.load import load_plan

    result = diff_plans(load_plan(old), load_plan(new))
    if only is not None:
        area = Area(only.value)
        result = PlanDiff(result.old_file, result.new_file,
                          [c for c in result.changes if c.area is area], result.alignment)
    if output_format is Format.text:
        from planctl.render.diff_text import render_diff_text

        render_diff_text(result, Console(highlight=False), lang, stat=stat)
    elif output_format is Format.markdown:
        from planctl.render.diff_markdown import render_diff_markdown

        sys.stdout.write(render_diff_markdown(result, lang, stat=stat))
    else:
        from planctl.render.diff_json import render_diff_json

        sys.stdout.write(render_diff_json(result, lang))
    return EXIT_FOUND if result.changes else EXIT_OK
