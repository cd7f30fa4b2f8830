"""diff --format markdown: for an email, a wiki or a pull-request comment (renders on GitHub)."""

from __future__ import annotations

from planctl.diff import Area, Change, Kind, PlanDiff, WordOp
from planctl.render.diff_words import (
    AREA,
    alignment_warning,
    describe_move,
    headline,
    hunks,
    kind_label,
    line_numbers,
    part_label,
    shown,
    summary_parts,
)

_ADDED = {Kind.section_added, Kind.goal_added, Kind.figure_added, Kind.table_added, Kind.follow_up_added}
_REMOVED = {Kind.section_removed, Kind.goal_removed, Kind.figure_removed, Kind.table_removed,
            Kind.follow_up_removed}
_SELF_EVIDENT = {"text", "goal_overview", "target.period", "follow_up"}
_WORDED = {Kind.goal_reworded, Kind.overview_reworded, Kind.prose_changed, Kind.follow_up_changed}


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
            if change.kind in _WORDED:
                lines += [f"  > {_words(hunk)}" for hunk in hunks(change.words)]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _change(change: Change, lang: str) -> str:
    label = kind_label(change.kind, lang).capitalize()
    if change.part and change.area is Area.goals and change.part not in _SELF_EVIDENT:
        label += f" ({part_label(change.part, lang)})"
    if change.kind in (Kind.section_moved, Kind.goal_moved):
        body = _escape(describe_move(change, lang))
    elif change.kind in _WORDED:
        body = ""
    elif change.kind in _REMOVED:
        body = f"~~{_escape(shown(change.old, lang, change.part))}~~"
    elif change.kind in _ADDED:
        body = f"**{_escape(shown(change.new, lang, change.part))}**"
    else:
        old, new = shown(change.old, lang, change.part), shown(change.new, lang, change.part)
        body = f"~~{_escape(old)}~~ → **{_escape(new)}**"
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
