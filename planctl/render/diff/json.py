"""diff --format json: every change with its kind, paths, old and new, and lines in both files.

The structure (version 1) is documented in the README ("planctl diff --format json"). Plan
text is left as it is: JSON escapes control characters itself.
"""

from __future__ import annotations

from dataclasses import asdict

from planctl.diff import Change, PlanDiff
from planctl.messages import Lang
from planctl.model.plan import Plan
from planctl.render.diff.words import kind_label
from planctl.render.jsontext import dumps
from planctl.render.page import Page

FORMAT_VERSION = 1


def render(diff: PlanDiff, page: Page) -> str:
    document = {
        "version": FORMAT_VERSION,
        "old": diff.old_file,
        "new": diff.new_file,
        # The version labels and statuses of the two plans, so two versions of one plan are told apart.
        "plans": {side: _identity(plan) for side, plan in (("old", diff.old_plan), ("new", diff.new_plan))},
        "alignment": {**asdict(diff.alignment), "unrelated": diff.alignment.unrelated},
        "summary": {kind.value: count for kind, count in diff.counts().items()},
        "changes": [_change(change, page.lang) for change in diff.changes],
    }
    return dumps(document)


def _identity(plan: Plan | None) -> dict[str, object] | None:
    return None if plan is None else {"version": plan.version, "status": plan.status}


def _change(change: Change, lang: Lang) -> dict[str, object]:
    return {
        "kind": change.kind.value,
        "label": kind_label(change.kind, lang),
        "area": change.area.value,
        "subject": change.subject,
        "part": change.part,
        "old": change.old,
        "new": change.new,
        "detail": change.detail.text(lang) if change.detail else None,
        "before": asdict(change.before) if change.before else None,
        "after": asdict(change.after) if change.after else None,
        "words": [asdict(op) for op in change.words],
    }
