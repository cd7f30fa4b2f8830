"""planctl rules: the lint rules, and what one of them means."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from planctl.cli.common import EXIT_OK, guarded
from planctl.cli.options import ColorOption, LangOption, resolve_lang
from planctl.errors import PlanctlError, Problem
from planctl.lint.rule import Rule
from planctl.lint.rules import RULES, rule_by_id
from planctl.lint.summaries import DANISH_SUMMARIES
from planctl.messages import SEVERITIES, Lang, Message
from planctl.render.page import terminal_page
from planctl.render.terminal import drawn


def rules(
    rule: Annotated[
        str | None, typer.Argument(metavar="RULE", help="A rule id (U001) or name (placeholder-value).")
    ] = None,
    lang: LangOption = None,
    color: ColorOption = "auto",
) -> None:
    """List the lint rules of check, or print one rule's documentation.

    Example: planctl rules U001
    """
    raise SystemExit(guarded(lambda: _rules(rule, resolve_lang(lang), color)))


NO_RULE = Message("ingen regel '{rule}'", "no rule '{rule}'")
LISTS_THEM = Message("`planctl rules` viser dem", "`planctl rules` lists them")
COLUMNS = (Message("id", "id"), Message("navn", "name"), Message("alvor", "severity"),
           Message("hvad den finder", "what it finds"))


def _rules(rule_id: str | None, lang: Lang, color: str) -> int:
    page = terminal_page(lang, to_file=False, color=color)
    print(drawn(page, lambda console: _draw(console, rule_id, lang)), end="")
    return EXIT_OK


def _summary(rule: type[Rule]) -> Message:
    what = rule.summary().split(": ", 1)[-1]
    return Message(DANISH_SUMMARIES[rule.id], what[:1].upper() + what[1:])


def _draw(console: Console, rule_id: str | None, lang: Lang) -> None:
    if rule_id is None:
        table = Table(box=None, header_style="bold", pad_edge=False)
        for column in COLUMNS:
            table.add_column(column.text(lang), overflow="fold")
        for rule in RULES:
            levels = ("warning", "error") if rule.follows_status else (rule.severity,)
            severity = "/".join(SEVERITIES[level].text(lang) for level in levels)
            table.add_row(rule.id, rule.name, severity, _summary(rule).text(lang))
        console.print(table)
        return
    found = rule_by_id(rule_id)
    if found is None:
        raise PlanctlError(Problem(NO_RULE.format(lang, rule=rule_id), hint=LISTS_THEM.text(lang)))
    console.print(found.documentation(lang), markup=False, soft_wrap=True)
