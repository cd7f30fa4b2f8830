"""U004 draft-marker: a plan marked UDKAST (draft) whose status is final or adopted.

What: the word "UDKAST" (or "Udkast til", "KLADDE") in the title, a heading or the text
of a plan whose `status` is `final` or `adopted`.

Why: a watermark or heading left from the draft tells the reader the plan is not the
adopted one, and the appendix of a byråd meeting must not say so. In a plan whose
status is `draft` the marker is right and nothing is reported; in one whose document states
no status (`unknown`) the marker is the best evidence of it, and the finding is information
that suggests `status: draft`.

Passes:

    status: draft
    prose: [UDKAST]

Fails:

    status: final
    prose: [UDKAST]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import attrgetter

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.text import holding

# Compiled at its first use, by re (a text holding a marker word; most plans have none).
_MARKER = r"\bUDKAST\b|\bUdkast til\b|\bKLADDE\b"
# The words the (case-sensitive) pattern finds: a text holding none of them is not searched.
_MARKER_WORDS = ("UDKAST", "Udkast til", "KLADDE")
_TEXT = attrgetter("text")


class DraftMarker(Rule):
    id = "U004"
    name = "draft-marker"
    severity = "error"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        if ctx.plan.status == "draft":
            return
        texts = ctx.texts
        for index in sorted(holding(list(map(_TEXT, texts)), *_MARKER_WORDS)):
            node = texts[index]
            for match in re.finditer(_MARKER, node.text):
                if ctx.plan.status == "unknown":
                    yield Report(node.path, Message(
                        f"'{match.group(0)}' i en plan uden angivet status: er den et udkast (status: draft)?",
                        f"'{match.group(0)}' in a plan with no stated status: is it a draft (status: draft)?",
                    ), excerpt=match.group(0), offset=match.start(), severity="info")
                    continue
                yield Report.of_match(node.path, match, Message(
                    f"'{match.group(0)}' i en plan med status '{ctx.plan.status}'",
                    f"'{match.group(0)}' in a plan whose status is '{ctx.plan.status}'"))
