"""The planctl command line: one module per command, each thin over the library."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
import typer.main
from typer.core import TyperArgument

from planctl import __version__
from planctl.cli.appendix import appendix
from planctl.cli.check import check
from planctl.cli.compare import compare
from planctl.cli.danish import in_danish
from planctl.cli.diff import diff
from planctl.cli.import_ import import_
from planctl.cli.options import resolve_lang
from planctl.cli.rules import rules
from planctl.cli.schema import schema
from planctl.cli.show import show
from planctl.cli.tags import tags
from planctl.messages import Lang

# Typer prints an argument's Python type beside its name in help (`paths... <list[Path]>`); the
# name says what to give, as in other command-line tools, so arguments show their name only.
setattr(TyperArgument, "display_type_rich", lambda _self, ctx: None)  # noqa: B010

app = typer.Typer(
    name="planctl",
    help=(
        "Danish municipal employment plans (beskæftigelsesplaner) as data: "
        "import them from Word, PDF or text, validate, lint, diff, compare and show them, and write a meeting's "
        "appendix.\n\n"
        "Example: planctl check plans/"
    ),
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    if value:
        print(f"planctl {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def _planctl(
    context: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_print_version, is_eager=True,
                           help="Print planctl's version and exit.")
    ] = False,
) -> None:
    """`planctl` alone explains itself on standard output, exit 0, as `planctl --help` does."""
    if context.invoked_subcommand is None:
        print(context.get_help())
        raise typer.Exit()


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
    """The console script: the app, with its help in Danish under a Danish locale or `--lang da`."""
    command = typer.main.get_command(app)
    if _wants_danish(sys.argv[1:]):
        in_danish(command)
    command()


def _wants_danish(arguments: list[str]) -> bool:
    for index, argument in enumerate(arguments):
        if argument.startswith("--lang="):
            return argument == "--lang=da"
        if argument == "--lang" and index + 1 < len(arguments):
            return arguments[index + 1] == "da"
    return resolve_lang(None) is Lang.da
