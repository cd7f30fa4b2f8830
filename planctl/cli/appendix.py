"""planctl appendix: the meeting appendix (bilag) of a plan, as Word or Markdown."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Annotated

import typer

from planctl.cli.common import EXIT_OK, emit, guarded
from planctl.cli.options import ColorOption, OutputOption, TemplateOption, WordOptions, format_option
from planctl.errors import PlanctlError, Problem
from planctl.messages import Lang
from planctl.render.appendix import FORMATS


def appendix(
    plan: Annotated[Path, typer.Argument(help="The plan file (YAML).", show_default=False)],
    output: OutputOption = None,
    output_format: Annotated[str, format_option(FORMATS)] = FORMATS.names[0],
    meeting: Annotated[str | None, typer.Option(
        "--meeting", metavar="TEXT", show_default=False,
        help='The meeting the appendix is for: "Handicaprådet 21. november 2018, punkt 8".')] = None,
    against: Annotated[Path | None, typer.Option(
        "--against", metavar="OLD.yaml", show_default=False,
        help="The version the meeting saw last: the appendix says what changed since.")] = None,
    focus: Annotated[str | None, typer.Option(
        "--focus", metavar="TARGET_GROUP", show_default=False,
        help="Only what concerns one target group (e.g. personer_med_handicap), for one hearing party.")] = None,
    template: TemplateOption = None,
    lang: Annotated[Lang, typer.Option("--lang", metavar="da|en", help="The appendix's language: da or en.")] = Lang.da,
    color: ColorOption = "auto",
) -> None:
    """Write the appendix (bilag) a meeting needs, in Danish unless --lang en.

    The goals by indsatsområde with their targets in short form; the
    ministermål of the plan's year and the goals that answer them; the key
    figures; with --against, what changed since that version (the changes
    planctl diff reports); for a draft, what is open before adoption (the
    placeholders, notes and errors planctl check reports). --focus keeps
    what concerns one target group, for one hearing party.
    Exit code 0 when the appendix was written, 2 when it could not be.

    Example: planctl appendix plans/lyngby-taarbaek-2019-udkast.yaml
    --meeting "Handicaprådet 21. november 2018, punkt 8" -o bilag.docx
    """
    word = WordOptions(template=template)
    raise SystemExit(guarded(lambda: _appendix(plan, output_format, output, meeting, against, focus, word, lang,
                                               color)))


def _appendix(path: Path, chosen: str, output: Path | None, meeting: str | None, against: Path | None,
              focus: str | None, word: WordOptions, lang: Lang, color: str) -> int:
    # Imported here so that other commands do not pay for the lint rules and the diff.
    from planctl.appendix import AppendixOptions, build_appendix, focus_groups
    from planctl.diff import diff_plans
    from planctl.lint.config import config_for
    from planctl.lint.report import CheckOptions
    from planctl.lint.run import lint_plan
    from planctl.load import load_plan

    if focus is not None and focus not in focus_groups():
        near = difflib.get_close_matches(focus, focus_groups(), n=1)
        raise PlanctlError(Problem(f"--focus: '{focus}' is not a target group of the vocabulary",
                                   hint=f"did you mean '{near[0]}'?" if near else "see planctl tags --help"))
    options = word.resolved() if FORMATS.formats[chosen].binary else {}
    loaded = load_plan(path, lang=lang)
    findings = lint_plan(loaded, CheckOptions(lang=lang), config_for(path.parent)).findings
    diff = diff_plans(load_plan(against, lang=lang), loaded) if against is not None else None
    result = build_appendix(loaded, findings, diff, AppendixOptions(lang, meeting, focus))
    emit(FORMATS, chosen, result, lang, output, inputs=[path, *([against] if against else [])], color=color,
         **options)
    return EXIT_OK
