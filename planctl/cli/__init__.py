"""The planctl command line: one module per command, each thin over the library."""

from __future__ import annotations

import typer

from planctl.cli.appendix import appendix
from planctl.cli.check import check
from planctl.cli.compare import compare
from planctl.cli.diff import diff
from planctl.cli.import_ import import_
from planctl.cli.rules import rules
from planctl.cli.schema import schema
from planctl.cli.show import show
from planctl.cli.tags import tags

app = typer.Typer(
    name="planctl",
    help=(
        "Danish municipal employment plans (beskæftigelsesplaner) as data: "
        "import them from Word, PDF or text, validate, lint, diff, compare and show them, and write a meeting's "
        "appendix.\n\n"
        "Example: planctl check plans/"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command()(check)
app.command()(diff)
app.command()(compare)
app.command()(show)
app.command()(appendix)
app.command()(tags)
app.command(name="import")(import_)
app.command()(schema)
app.command()(rules)


def main() -> None:
    app()
