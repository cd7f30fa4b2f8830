"""planctl compare: several municipalities' plans side by side."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from planctl.cli.common import EXIT_OK, emit, guarded
from planctl.cli.options import (
    ColorOption,
    LangOption,
    OutputOption,
    TemplateOption,
    WordOptions,
    format_option,
    resolve_lang,
)
from planctl.compare.rows import ROW_GROUPS, RowGroupKind
from planctl.errors import PlanctlError, Problem
from planctl.messages import Lang
from planctl.paths import discover_plans
from planctl.render.compare import FORMATS


def compare(
    paths: Annotated[
        list[Path],
        typer.Argument(metavar="PATH", help="Plan files, or folders to search for *.yaml.", show_default=False)
    ],
    output_format: Annotated[str | None, format_option(FORMATS)] = None,
    rows: Annotated[
        str | None,
        typer.Option("--rows", metavar="GROUPS",
                     help=f"Which rows, comma-separated (default: all): {', '.join(ROW_GROUPS)}."),
    ] = None,
    page: Annotated[
        int | None,
        typer.Option("--page", metavar="K", min=1, show_default=False,
                     help="text: show the K-th page of plans, as many as fit side by side (more than eight plans "
                          "are shown a page at a time)."),
    ] = None,
    lang: LangOption = None,
    output: OutputOption = None,
    template: TemplateOption = None,
    color: ColorOption = "auto",
) -> None:
    """Compare plans side by side: goals per target group, ministermål coverage, key figures, quality.

    Each plan is a column. What cannot be compared is said in words, never left as an empty cell.
    With --format docx and -o FILE: the same tables as a Word document on landscape pages, at most
    four plans to a table. More than eight plans (the whole country) are shown a page at a time
    in the terminal; --format csv-long or json-long gives one record per plan and row.

    Example: planctl compare plans/*.yaml --rows target-groups,minister-goals
    """
    chosen = output_format or FORMATS.names[0]
    word = WordOptions(template=template)
    raise SystemExit(guarded(lambda: _compare(paths, chosen, rows, page, resolve_lang(lang), output, word, color)))


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


def _compare(paths: list[Path], output_format: str, rows: str | None, page: int | None, lang: Lang,
             output: Path | None, word: WordOptions, color: str) -> int:
    # Imported here so that other commands (check above all) do not pay for the comparison model.
    from planctl.compare.inputs import CompareOptions
    from planctl.compare.run import compare_files

    if page is not None and not FORMATS.formats[output_format].terminal:
        raise PlanctlError(Problem(f"--page: pages are for --format text, not {output_format}",
                                   hint="csv-long and json-long hold every plan in one table"))
    options = CompareOptions(rows=parse_rows(rows), lang=lang)
    word_options = word.resolved() if FORMATS.formats[output_format].binary else {}
    files = discover_plans(paths, lang=lang)
    comparison = compare_files(files, options)
    emit(FORMATS, output_format, comparison, lang, output, inputs=files, color=color, page=page, **word_options)
    return EXIT_OK
