"""tags as text: one `file:line:col:` line per suggestion, for an editor to jump to, and a summary.

    plans/gladsaxe-2012.yaml:118:3: section 'Jobplaner': target_groups: [sygedagpenge]  # sygemeldtes, sygemeldte

A line shows the list to write (for a tagged section or goal, its groups and the new ones,
with what it has now) and, after `#`, the words of the text that name the new groups.
"""

from __future__ import annotations

from pathlib import Path

from planctl.messages import GOAL, PLAN, SECTION, Lang, Message
from planctl.render.page import Page
from planctl.render.terminal import printable
from planctl.tags.model import TagReport, TagSuggestion

_NAME_LENGTH = 50
_WHAT = {"section": SECTION, "goal": GOAL}
_NOW = Message("har nu", "now")
_SUMMARY = Message(
    "{proposed} forslag til {untagged} afsnit og mål uden målgrupper i {plans}; planerne er ikke ændret.",
    "{proposed} suggestions for {untagged} sections and goals without target groups in {plans}; "
    "the plans are unchanged.",
)
_PATCH = Message("Patch: {file} (git apply {file}).", "Patch: {file} (git apply {file}).")
_UNPATCHED = Message("{n} kunne ikke komme med i patchen (flow-stil eller en tom target_groups).",
                     "{n} could not go into the patch (flow style or an empty target_groups).")


def render(report: TagReport, page: Page) -> str:
    """Every suggestion on a line of its own, control characters from a plan made visible."""
    return "".join(printable(_line(suggestion, page.lang)) + "\n" for suggestion in report.suggestions)


def _line(suggestion: TagSuggestion, lang: Lang) -> str:
    name = suggestion.name if len(suggestion.name) <= _NAME_LENGTH else suggestion.name[:_NAME_LENGTH - 1] + "…"
    shown = suggestion.suggested if suggestion.untagged else (*suggestion.current, *suggestion.added)
    words = ", ".join(word for code in suggestion.added for word in suggestion.evidence.get(code, ()))
    now = "" if suggestion.untagged else f"  ({_NOW.text(lang)}: {', '.join(suggestion.current)})"
    return (f"{suggestion.file}:{suggestion.line}:{suggestion.column}: {_WHAT[suggestion.kind].text(lang)} "
            f"{name!r}: target_groups: [{', '.join(shown)}]  # {words}{now}")


def summary(report: TagReport, lang: Lang, patch_file: Path | None = None) -> str:
    """What was found, in one line for standard error; with the patch file and what it could not hold."""
    parts = [_SUMMARY.format(lang, proposed=report.proposed, untagged=report.untagged,
                             plans=f"{report.plans} {PLAN.text(lang, report.plans)}")]
    if patch_file is not None:
        parts.append(_PATCH.format(lang, file=patch_file))
        if report.unpatched:
            parts.append(_UNPATCHED.format(lang, n=report.unpatched))
    return " ".join(parts)
