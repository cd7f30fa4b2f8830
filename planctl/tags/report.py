"""Running tags on plan files: every suggestion located in its file, counted, and the patch if asked for."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from planctl.load import load_plan
from planctl.model.walk import PlanPath
from planctl.tags.model import TagReport, TagSuggestion
from planctl.tags.patch import tag_patch
from planctl.tags.suggest import suggest_tags


def tag_report(files: Sequence[Path], *, show_all: bool = False, with_patch: bool = False) -> TagReport:
    """Suggestions for the sections and goals without target groups (with `show_all`, also for tagged
    ones where the words say more), and with `with_patch` the diff adding them. The plans are only read."""
    shown: list[TagSuggestion] = []
    patches: list[str] = []
    untagged = unpatched = 0
    for path in files:
        loaded = load_plan(path)
        additions: dict[PlanPath, tuple[str, ...]] = {}
        for suggestion in suggest_tags(loaded.plan):
            untagged += suggestion.untagged
            if not suggestion.added or not (suggestion.untagged or show_all):
                continue
            line, column = loaded.positions.locate(suggestion.path)
            shown.append(TagSuggestion(
                path=suggestion.path, kind=suggestion.kind, name=suggestion.name, current=suggestion.current,
                suggested=suggestion.suggested, evidence=suggestion.evidence, file=str(path), line=line,
                column=column,
            ))
            if suggestion.untagged:
                additions[suggestion.path] = suggestion.suggested
        if with_patch and additions:
            patch, skipped = tag_patch(loaded.text, path, additions)
            patches.append(patch)
            unpatched += len(skipped)
    return TagReport(plans=len(files), suggestions=shown, untagged=untagged,
                     patch="".join(patches) if with_patch else None, unpatched=unpatched)
