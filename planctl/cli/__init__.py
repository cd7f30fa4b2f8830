"""The planctl command line: one module per command, each thin over the library."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer
import typer.main
from typer.core import TyperArgument, TyperGroup

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
from planctl.render.terminal import printable

# Typer prints an argument's Python type beside its name in help (`paths... <list[Path]>`); the
# name says what to give, as in other command-line tools, so arguments show their name only.
setattr(TyperArgument, "display_type_rich", lambda _self, ctx: None)  # noqa: B010



class _OneLineErrors(TyperGroup):
    """The command group, with a usage error said in one line, as every other error of planctl.

    Click would print the usage and a boxed 'Error:' on several lines; a script and a CI log
    get one line naming the command, and where to read its help.
    """

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, windows_expand_args: bool = True,
             **extra: Any) -> Any:
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False,
                                windows_expand_args=windows_expand_args, **extra)
        except typer.TyperException as error:
            context = getattr(error, "ctx", None)
            command = context.command_path if context is not None else "planctl"
            message = error.format_message().replace("Value error, ", "").rstrip(".")
            print(printable(f"{command}: {message} (see {command} --help)"), file=sys.stderr)
            raise SystemExit(2) from None
        except typer.Abort:
            print("planctl: aborted", file=sys.stderr)
            raise SystemExit(1) from None
        if standalone_mode:
            raise SystemExit(code if isinstance(code, int) else 0)
        return code


app = typer.Typer(
    cls=_OneLineErrors,
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
