"""diff --format markdown: for an email, a wiki or a pull-request comment (renders on GitHub)."""

from __future__ import annotations

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


def render_diff_markdown(diff: PlanDiff, lang: str, *, stat: bool = False) -> str:
    lines = [f"## `{diff.old_file}` → `{diff.new_file}`", "", f"**{headline(diff, lang)}**", ""]
    warning = alignment_warning(diff, lang)
    if warning:
        lines += [f"> {warning}", ""]
    if diff.changes:
        lines += [f"- {part}" for part in summary_parts(diff, lang)] + [""]
    if stat:
        return "\n".join(lines).rstrip() + "\n"
    for area in Area:
        changes = [c for c in diff.changes if c.area is area]
        if not changes:
            continue
        lines += [f"### {AREA[area].text(lang)}", ""]
        subject = None
        for change in changes:
            if change.subject != subject and area is not Area.plan:
                subject = change.subject
                lines += ["", f"**{_escape(subject)}**", ""]
            lines.append(f"- {_change(change, lang)}")
            if shape(change) == "words":
                lines += [f"  > {_words(hunk)}" for hunk in hunks(change.words)]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _change(change: Change, lang: str) -> str:
    label = kind_label(change.kind, lang).capitalize()
    note = part_note(change, lang)
    if note:
        label += f" ({note})"
    old, new = shown(change.old, lang, change.part), shown(change.new, lang, change.part)
    body = {
        "moved": _escape(describe_move(change, lang)),
        "words": "",
        "removed": f"~~{_escape(old)}~~",
        "added": f"**{_escape(new)}**",
        "replaced": f"~~{_escape(old)}~~ → **{_escape(new)}**",
    }[shape(change)]
    detail = f" ({_escape(change.detail.text(lang))})" if change.detail else ""
    return f"{label}: {body}{detail} <sub>{line_numbers(change, lang)}</sub>".replace(":  <sub>", ": <sub>")


def _words(hunk: list[WordOp]) -> str:
    parts = []
    for op in hunk:
        text = _escape(op.text.replace("\n", " ¶ "))
        if op.op == "equal":
            parts.append(text)
        elif text.strip():
            mark = "~~" if op.op == "delete" else "**"
            lead, core, trail = _split_space(text)
            parts.append(f"{lead}{mark}{core}{mark}{trail}")
    return "".join(parts)


def _split_space(text: str) -> tuple[str, str, str]:
    core = text.strip()
    start = text.index(core)
    return text[:start], core, text[start + len(core):]


def _escape(text: str) -> str:
    for mark in ("\\", "*", "_", "~", "`", "[", "]", "<", ">", "|"):
        text = text.replace(mark, "\\" + mark)
    return text
