"""diff --format markdown: for an email, a wiki or a pull-request comment (renders on GitHub).

Every text from a plan passes through `render.markdown.escape` (which makes it printable too).
"""

from __future__ import annotations

from planctl.diff import Area, Change, PlanDiff, WordOp
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
from planctl.render.markdown import code, escape
from planctl.render.page import Page


def render(diff: PlanDiff, page: Page) -> str:
    lang = page.lang
    lines = [f"## {code(diff.old_file)} → {code(diff.new_file)}", ""]
    versions = versions_line(diff, lang)
    if versions:
        lines += [escape(versions), ""]
    lines += [f"**{headline(diff, lang)}**", ""]
    warning = alignment_warning(diff, lang)
    if warning:
        lines += [f"> {warning}", ""]
    if diff.changes:
        lines += [f"- {part}" for part in summary_parts(diff, lang)] + [""]
    if page.options.get("stat"):
        return "\n".join(lines).rstrip() + "\n"
    for area in Area:
        changes = [c for c in diff.changes if c.area is area]
        if not changes:
            continue
        lines += [f"### {area_label(area, lang)}", ""]
        subject = None
        for change in changes:
            if change.subject != subject and area is not Area.plan:
                subject = change.subject
                lines += ["", f"**{escape(subject)}**", ""]
            lines.append(f"- {_change(change, lang)}")
            if shape(change) == "words":
                lines += [f"  > {_words(hunk)}" for hunk in hunks(change.words)]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _change(change: Change, lang: Lang) -> str:
    label = kind_label(change.kind, lang).capitalize()
    note = part_note(change, lang)
    if note:
        label += f" ({note})"
    old, new = escape(shown(change.old, lang, change.part)), escape(shown(change.new, lang, change.part))
    body = {
        "moved": escape(describe_move(change, lang)),
        "words": "",
        "removed": f"~~{old}~~",
        "added": f"**{new}**",
        "replaced": f"~~{old}~~ → **{new}**",
    }[shape(change)]
    detail = f" ({escape(change.detail.text(lang))})" if change.detail else ""
    return f"{label}: {body}{detail} <sub>{line_numbers(change, lang)}</sub>".replace(":  <sub>", ": <sub>")


def _words(hunk: list[WordOp]) -> str:
    parts = []
    for op in hunk:
        text = escape(op.text.replace("\n", " ¶ "))
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
