"""planctl show: a plan as a readable document, in the terminal, as Markdown or as Word."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from planctl.cli.common import EXIT_OK, emit, guarded
from planctl.cli.options import ColorOption, LangOption, OutputOption, format_option, resolve_lang
from planctl.errors import PlanctlError, Problem
from planctl.messages import Lang
from planctl.render.plan import FORMATS


def show(
    plan: Annotated[Path, typer.Argument(help="The plan file (YAML).", show_default=False)],
    output_format: Annotated[str, format_option(FORMATS)] = FORMATS.names[0],
    output: OutputOption = None,
    template: Annotated[
        Path | None,
        typer.Option("--template", metavar="FILE", show_default=False,
                     help="A Word document or template (.docx, .dotx) whose styles, page setup, headers "
                          "and footers --format docx uses."),
    ] = None,
    lang: LangOption = None,
    color: ColorOption = "auto",
) -> None:
    """Show a plan as a document: title, sections, goals with their targets, lists and tables.

    The order and headings are the plan's own. text is for the terminal, markdown for a
    pull request or an email, docx a Word document (write it with -o FILE).
    Exit code 0 when the plan was shown, 2 when it cannot be read or is invalid.

    Example: planctl show plans/rudersdal-2021.yaml --format markdown
    """
    raise SystemExit(guarded(lambda: _show(plan, output_format, output, template, resolve_lang(lang), color)))


def _show(path: Path, chosen: str, output: Path | None, template: Path | None, lang: Lang,
          color: str) -> int:
    from planctl.load import load_plan
    from planctl.render.plan.build import plan_document

    if template is not None and not template.exists():
        raise PlanctlError(Problem("--template: no such file", template))
    document = plan_document(load_plan(path, lang=lang).plan, lang)
    emit(FORMATS, chosen, document, lang, output, inputs=[path], color=color, template=template)
    return EXIT_OK
