"""The planctl app: the command group, its commands (each imported only when it runs) and its options."""

# No `from __future__ import annotations` here, as in cli/check.py: Typer reads the signatures of
# `_planctl` and its callback, and annotations written as text it evaluates again, twice.

import importlib
import os
import sys
from collections.abc import Iterable, Sequence
from typing import Annotated, Any

import typer
import typer.main
from typer.core import TyperArgument, TyperGroup

from planctl import __version__
from planctl.cli.options import resolve_lang
from planctl.messages import Lang
from planctl.render.terminal import printable

# Each command's module, imported only when that command runs (or help lists them all): `planctl check`
# then never pays for the Word toolkit, the diff or the comparison. In the order help lists them.
COMMANDS: dict[str, str] = {
    "check": "planctl.cli.check:check",
    "diff": "planctl.cli.diff:diff",
    "compare": "planctl.cli.compare:compare",
    "show": "planctl.cli.show:show",
    "appendix": "planctl.cli.appendix:appendix",
    "tags": "planctl.cli.tags:tags",
    "import": "planctl.cli.import_:import_",
    "schema": "planctl.cli.schema:schema",
    "rules": "planctl.cli.rules:rules",
}

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


def build_app(commands: Iterable[str] = COMMANDS) -> typer.Typer:
    """The Typer app with these commands (all of them unless named)."""
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
    app.callback(invoke_without_command=True)(_planctl)
    for name in commands:
        module, function = COMMANDS[name].split(":")
        app.command(name=name)(getattr(importlib.import_module(module), function))
    return app


def _print_version(value: bool) -> None:
    if value:
        print(f"planctl {__version__}")
        raise typer.Exit()


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


def run(arguments: list[str]) -> None:
    """Run a command line: its one command built alone (its help, errors and behaviour are the same as
    in the whole app), with help in Danish under a Danish locale or `--lang da`."""
    command = typer.main.get_command(build_app(_commands_needed(arguments)))
    if _wants_danish(arguments):
        from planctl.cli.danish import in_danish  # here: a run in English never loads the Danish help

        in_danish(command)
    command()


def _wants_danish(arguments: list[str]) -> bool:
    for index, argument in enumerate(arguments):
        if argument.startswith("--lang="):
            return argument == "--lang=da"
        if argument == "--lang" and index + 1 < len(arguments):
            return arguments[index + 1] == "da"
    return resolve_lang(None) is Lang.da


def _commands_needed(arguments: list[str]) -> Iterable[str]:
    """The one command a command line runs, or all when it lists them (help, completion, a mistyped name)."""
    completing = any(key.startswith("_") and key.endswith("_COMPLETE") for key in os.environ)
    if arguments and arguments[0] in COMMANDS and not completing:
        return (arguments[0],)
    return COMMANDS
