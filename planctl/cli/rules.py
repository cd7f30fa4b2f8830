"""planctl rules: the lint rules, and what one of them means."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from planctl.cli.common import EXIT_OK, guarded
from planctl.cli.options import ColorOption
from planctl.errors import PlanctlError, Problem
from planctl.lint.rules import RULES, rule_by_id
from planctl.messages import Lang
from planctl.render.page import terminal_page
from planctl.render.terminal import drawn


def rules(
    rule: Annotated[
        str | None, typer.Argument(metavar="RULE", help="A rule id (U001) or name (placeholder-value).")
    ] = None,
    color: ColorOption = "auto",
) -> None:
    """List the lint rules of check, or print one rule's documentation.

    Example: planctl rules U001
    """
    raise SystemExit(guarded(lambda: _rules(rule, color)))


def _rules(rule_id: str | None, color: str) -> int:
    page = terminal_page(Lang.en, to_file=False, color=color)
    print(drawn(page, lambda console: _draw(console, rule_id)), end="")
    return EXIT_OK


def _draw(console: Console, rule_id: str | None) -> None:
    if rule_id is None:
        table = Table(box=None, header_style="bold", pad_edge=False)
        for column in ("id", "name", "severity", "what it finds"):
            table.add_column(column, overflow="fold")
        for rule in RULES:
            severity = "warning/error" if rule.follows_status else rule.severity
            what = rule.summary().split(": ", 1)[-1]
            table.add_row(rule.id, rule.name, severity, what[:1].upper() + what[1:])
        console.print(table)
        return
    found = rule_by_id(rule_id)
    if found is None:
        raise PlanctlError(Problem(f"no rule '{rule_id}'", hint="`planctl rules` lists them"))
    console.print(found.documentation(), markup=False, soft_wrap=True)
