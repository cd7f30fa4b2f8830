"""diff --format docx: the new plan as `show` renders it in Word, each change since the old plan
a tracked change (insertions and deletions by an author at a date) to accept or reject.

Accepting every change gives the document of `planctl show NEW --format docx`, rejecting every
change that of `planctl show OLD --format docx`: both plans go through the same document
blocks (`render/plan/build.py`), lined up by `render/plan/redline.py` with the diff's own
alignment of sections and goals. `page.options` carries `author`, `date` and `template`.
"""

from __future__ import annotations

from planctl.diff import PlanDiff
from planctl.render.docx import write_document
from planctl.render.page import Page
from planctl.render.plan.build import plan_document
from planctl.render.plan.redline import redline


def render(diff: PlanDiff, page: Page) -> bytes:
    if diff.old_plan is None or diff.new_plan is None:
        raise ValueError("a Word diff needs both plans")  # diff_plans always gives them
    old = plan_document(diff.old_plan, page.lang)
    new = plan_document(diff.new_plan, page.lang)
    return write_document(redline(old, new, diff.paths), page)
