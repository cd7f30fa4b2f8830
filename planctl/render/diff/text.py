"""diff --format text: what changed, for a person at a terminal (plain when piped or under NO_COLOR).

Every text from a plan passes through `printable()`, so an ESC or C1 byte in a plan is shown
as '\\x1b', never sent to the terminal; plan text is printed as `Text`, never as Rich markup.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from planctl.diff import Area, Change, PlanDiff, WordOp
from planctl.diff.words import DELETED_MARKS, INSERTED_MARKS
from planctl.messages import Lang
from planctl.render.diff.words import (
    alignment_warning,
    area_label,
    describe_move,
    headline,
    hunks,
    kind_label,
    line_numbers,
    part_note,
    shape,
    shown,
    summary_parts,
    versions_line,
)
from planctl.render.page import Page
from planctl.render.terminal import console_for, printable

_OLD = "red strike"
_NEW = "green"


def render(diff: PlanDiff, page: Page) -> str:
    console = console_for(page)
    _draw(diff, console, page.lang, plain=not page.color, stat=bool(page.options.get("stat")))
    written = console.file
    assert isinstance(written, io.StringIO)
    # Not `terminal.trimmed`: the report has always kept the space Rich leaves where it wraps the
    # summary line and the one after a word hunk's closing '¶'; the golden files hold them.
    return written.getvalue()


def _draw(diff: PlanDiff, console: Console, lang: Lang, *, plain: bool, stat: bool) -> None:
    console.print(Text(printable(f"{diff.old_file} → {diff.new_file}"), style="bold"))
    versions = versions_line(diff, lang)
    if versions:
        console.print(Text(printable(versions)), soft_wrap=True)
    console.print(Text(f"{headline(diff, lang)}" + (": " + ", ".join(summary_parts(diff, lang)) if diff.changes
                                                      else ""), style="bold"))
    warning = alignment_warning(diff, lang)
    if warning:
        console.print(Text(warning, style="yellow"))
    if stat:
        return
    for area in Area:
        changes = [c for c in diff.changes if c.area is area]
        if not changes:
            continue
        console.print()
        console.print(Text(area_label(area, lang), style="bold underline"))
        subject = None
        for change in changes:
            if change.subject != subject and area is not Area.plan:
                subject = change.subject
                console.print(Text(f"  {printable(subject)}", style="bold"))
            # Lines are not wrapped by planctl: piped output stays one change per line.
            console.print(_change_line(change, lang, plain), soft_wrap=True)
            for hunk in hunks(change.words) if shape(change) == "words" else []:
                console.print(Text("      ").append(_words(hunk, plain)), soft_wrap=True)


def _change_line(change: Change, lang: Lang, plain: bool) -> Text:
    line = Text("    " + kind_label(change.kind, lang), style="cyan")
    where = change.after or change.before
    note = part_note(change, lang)
    if note:
        line.append(f" ({note})", style="dim")
    line.append(": ")
    old, new = printable(shown(change.old, lang, change.part)), printable(shown(change.new, lang, change.part))
    kind = shape(change)
    if kind == "moved":
        line.append(printable(describe_move(change, lang)))
    elif kind == "words":
        line.append(_line_numbers(change, lang), style="dim")
    elif kind == "removed":
        line.append(_old(old, plain))
    elif kind == "added":
        line.append(_new(new, plain))
    else:
        line.append(_old(old, plain)).append(" → ").append(_new(new, plain))
    if change.detail is not None:
        line.append(f"  ({printable(change.detail.text(lang))})", style="dim")
    if where is not None and kind != "words":
        line.append(f"  {_line_numbers(change, lang)}", style="dim")
    return line


def _line_numbers(change: Change, lang: Lang) -> str:
    return f"[{line_numbers(change, lang)}]"


def _words(hunk: list[WordOp], plain: bool) -> Text:
    text = Text()
    for op in hunk:
        shown_text = printable(op.text.replace("\n", " ¶ "))
        if op.op == "equal":
            text.append(shown_text)
        elif op.op == "delete":
            text.append(_old(shown_text, plain))
        else:
            text.append(_new(shown_text, plain))
    return text


def _old(text: str, plain: bool) -> Text:
    before, after = DELETED_MARKS
    return Text(f"{before}{text}{after}") if plain else Text(text, style=_OLD)


def _new(text: str, plain: bool) -> Text:
    before, after = INSERTED_MARKS
    return Text(f"{before}{text}{after}") if plain else Text(text, style=_NEW)
