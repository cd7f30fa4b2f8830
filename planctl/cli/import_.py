"""planctl import: a plan YAML from the Word, PDF, text or Markdown file a municipality already has."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

import typer

from planctl.cli.common import EXIT_OK, guarded, tell
from planctl.errors import PlanctlError, Problem
from planctl.output import deliver
from planctl.paths import same_file

if TYPE_CHECKING:
    from planctl.model.plan import Status

_STATUSES = ("draft", "final", "adopted")


def import_(
    document: Annotated[Path, typer.Argument(help="The plan as .docx, .pdf, .txt or .md (read by its content).",
                                             show_default=False)],
    output: Annotated[Path | None, typer.Option("-o", "--output", metavar="FILE",
                                                help="Write the plan here (atomically); "
                                                "standard output when left out.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the -o file if it exists.")] = False,
    municipality: Annotated[str | None, typer.Option("--municipality", metavar="NAME",
                                                     help="The municipality, by name or "
                                                     "kommunekode, when the document does not say.")] = None,
    period: Annotated[str | None, typer.Option("--period", metavar="PERIOD",
                                               help="The plan period ('2019', '2019-2023').")] = None,
    status: Annotated[str | None, typer.Option("--status", metavar="draft|final|adopted",
                                               help="draft, final or adopted (default: draft "
                                               "when the document says UDKAST, else final).")] = None,
    report: Annotated[bool, typer.Option("--report", help="Print everything skipped or kept as prose, "
                                         "with where it stood.")] = False,
) -> None:
    """Import a plan from an existing document, keeping what it cannot place verbatim as prose.

    Finds title, municipality, period, status (UDKAST), sections, goals, targets ("x pct." stays a placeholder).

    Also følgemål, succeskriterier, indsatsområder, ministermål, key figures, tables and the goal overview.

    A summary goes to standard error; --report lists what was skipped or kept as prose. Then run `planctl check`.

    Example: planctl import beskaeftigelsesplan-2019.docx -o plans/lyngby-taarbaek-2019.yaml
    """
    raise SystemExit(guarded(lambda: _import(document, output, force, municipality, period, status, report)))


def _import(document: Path, output: Path | None, force: bool, municipality: str | None, period: str | None,
            status: str | None, report: bool) -> int:
    from planctl.importers.build import ImportOptions, build_plan
    from planctl.importers.read import read_document
    from planctl.importers.yaml_out import plan_yaml

    if status is not None and status not in _STATUSES:
        raise PlanctlError(Problem(f"--status: '{status}' is not one of draft, final, adopted"))
    if period is not None:
        from planctl.model.values import parse_period

        try:
            parse_period(period)
        except ValueError as error:
            raise PlanctlError(Problem(f"--period: {error}")) from None
    to_file = output is not None and str(output) != "-"
    if to_file and output is not None and same_file(output, document):
        raise PlanctlError(Problem("-o: will not write the plan over the document it is imported from", output))
    if to_file and output is not None and output.exists() and not force:
        raise PlanctlError(Problem("-o: the file exists; give --force to overwrite it", output))
    source = read_document(document)
    try:
        result = build_plan(source, ImportOptions(source=document.name, municipality=municipality, period=period,
                                                  status=cast("Status | None", status)))
    except PlanctlError as error:  # what the document lacks is said of the document
        raise PlanctlError([p._replace(file=p.file or document) for p in error.problems]) from None
    text = plan_yaml(result.plan)
    deliver(text, output)
    tell(result.report.full() if report else result.report.summary())
    return EXIT_OK
