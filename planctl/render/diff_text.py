"""diff --format text: what changed, for a person at a terminal (plain when piped or under NO_COLOR)."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from planctl.diff import Area, Change, PlanDiff, WordOp
from planctl.render.diff_words import (
    AREA,
    alignment_warning,
    describe_move,
    headline,
    hunks,
    kind_label,
    line_numbers,
    part_note,
    shape,
    shown,
    summary_parts,
)

_OLD = "red strike"
_NEW = "green"


def render_diff_text(diff: PlanDiff, console: Console, lang: str, *, stat: bool = False) -> None:
    plain = console.no_color or console.color_system is None
    console.print(Text(f"{diff.old_file} → {diff.new_file}", style="bold"))
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
        console.print(Text(AREA[area].text(lang), style="bold underline"))
        subject = None
        for change in changes:
            if change.subject != subject and area is not Area.plan:
                subject = change.subject
                console.print(Text(f"  {subject}", style="bold"))
            # Lines are not wrapped by planctl: piped output stays one change per line.
            console.print(_change_line(change, lang, plain), soft_wrap=True)
            for hunk in hunks(change.words) if shape(change) == "words" else []:
                console.print(Text("      ").append(_words(hunk, plain)), soft_wrap=True)


def _change_line(change: Change, lang: str, plain: bool) -> Text:
    line = Text("    " + kind_label(change.kind, lang), style="cyan")
    where = change.after or change.before
    note = part_note(change, lang)
    if note:
        line.append(f" ({note})", style="dim")
    line.append(": ")
    old, new = shown(change.old, lang, change.part), shown(change.new, lang, change.part)
    kind = shape(change)
    if kind == "moved":
        line.append(describe_move(change, lang))
    elif kind == "words":
        line.append(_line_numbers(change, lang), style="dim")
    elif kind == "removed":
        line.append(_old(old, plain))
    elif kind == "added":
        line.append(_new(new, plain))
    else:
        line.append(_old(old, plain)).append(" → ").append(_new(new, plain))
    if change.detail is not None:
        line.append(f"  ({change.detail.text(lang)})", style="dim")
    if where is not None and kind != "words":
        line.append(f"  {_line_numbers(change, lang)}", style="dim")
    return line


def _line_numbers(change: Change, lang: str) -> str:
    return f"[{line_numbers(change, lang)}]"


def _words(hunk: list[WordOp], plain: bool) -> Text:
    text = Text()
    for op in hunk:
        if op.op == "equal":
            text.append(op.text.replace("\n", " ¶ "))
        elif op.op == "delete":
            text.append(_old(op.text.replace("\n", " ¶ "), plain))
        else:
            text.append(_new(op.text.replace("\n", " ¶ "), plain))
    return text


def _old(text: str, plain: bool) -> Text:
    return Text(f"[-{text}-]") if plain else Text(text, style=_OLD)


def _new(text: str, plain: bool) -> Text:
    return Text(f"{{+{text}+}}") if plain else Text(text, style=_NEW)
