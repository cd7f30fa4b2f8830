"""planctl compare: several municipalities' plans side by side."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from planctl.cli.common import EXIT_OK, guarded
from planctl.cli.options import LangOption, resolve_lang
from planctl.compare.rows import ROW_GROUPS, RowGroupKind
from planctl.errors import PlanctlError, Problem
from planctl.paths import discover_plans

if TYPE_CHECKING:
    from planctl.compare.model import Comparison


class Format(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"
    csv = "csv"


def compare(
    paths: Annotated[
        list[Path], typer.Argument(help="Plan files, or folders to search for *.yaml.", show_default=False)
    ],
    output_format: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.text,
    rows: Annotated[
        str | None,
        typer.Option("--rows", help=f"Which rows, comma-separated (default: all): {', '.join(ROW_GROUPS)}."),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Compare plans side by side: goals per target group, ministermål coverage, key figures, quality.

    Each plan is a column. What cannot be compared is said in words, never left as an empty cell.

    Example: planctl compare plans/*.yaml --rows target-groups,minister-goals
    """
    raise SystemExit(guarded(lambda: _compare(paths, output_format, rows, resolve_lang(lang))))


def parse_rows(value: str | None) -> tuple[RowGroupKind, ...]:
    """'target-groups,quality' -> ('target-groups', 'quality'), in the order given."""
    if value is None:
        return ROW_GROUPS
    chosen: list[RowGroupKind] = []
    for name in (part.strip().lower() for part in value.split(",")):
        if not name:
            continue
        match = next((group for group in ROW_GROUPS if group == name), None)
        if match is None:
            raise PlanctlError(Problem(f"--rows: unknown row group '{name}'",
                                       hint=f"choose from {', '.join(ROW_GROUPS)}"))
        if match not in chosen:
            chosen.append(match)
    if not chosen:
        raise PlanctlError(Problem("--rows: no row group given", hint=f"choose from {', '.join(ROW_GROUPS)}"))
    return tuple(chosen)


def _compare(paths: list[Path], chosen: Format, rows: str | None, lang: str) -> int:
    from planctl.compare.model import CompareOptions
    from planctl.compare.run import compare_files

    options = CompareOptions(rows=parse_rows(rows), lang=lang)
    comparison = compare_files(discover_plans(paths), options)
    _render(comparison, chosen)
    return EXIT_OK


def _render(comparison: Comparison, chosen: Format) -> None:
    if chosen is Format.text:
        from planctl.render.compare_text import render_text

        render_text(comparison, Console(highlight=False))
        return
    from planctl.render import compare_csv, compare_json, compare_markdown

    renderers = {
        Format.markdown: compare_markdown.render_markdown,
        Format.json: compare_json.render_json,
        Format.csv: compare_csv.render_csv,
    }
    sys.stdout.write(renderers[chosen](comparison))
