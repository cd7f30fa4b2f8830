"""U002 placeholder-in-prose: a placeholder left in running text.

What: "x pct.", "xx", "ca. xx personer" inside a paragraph, a goal's wording, the goal
overview or a følgemål: "Der er ca. xx sygedagpengemodtagere i Lyngby-Taarbæk Kommune."

Why: the typed values of a plan are checked by U001, but a draft's placeholders also
stand in its prose, where no type catches them. A reader of the final plan must never
meet "xx". A warning in a draft, an error in a final or adopted plan. A goal text whose
own target already holds a typed placeholder is left to U001, so one gap is one finding.

Passes:

    prose: [Der er ca. 580 helårspersoner i Lyngby-Taarbæk Kommune, der modtager a-dagpenge.]

Fails:

    prose: [Der er ca. xx sygedagpengemodtagere i Lyngby-Taarbæk Kommune.]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planctl.lint.context import PlanContext, TextNode
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.model.plan import Goal
from planctl.model.values import PLACEHOLDER_IN_TEXT_RE, Placeholder

# Every placeholder in running text holds an x that no letter, digit, stop or hyphen stands before (the
# lookbehind of its token); an x inside a word ("Gladsaxe") does not. The search skips to each x.
_LONE_X = re.compile(r"[xX](?<![\wæøåÆØÅ.\-][xX])", re.IGNORECASE)  # as the pattern reads it


class PlaceholderInProse(Rule):
    id = "U002"
    name = "placeholder-in-prose"
    severity = "error"
    follows_status = True

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        for node in ctx.texts:
            if ("x" not in node.text and "X" not in node.text) or not _LONE_X.search(node.text):
                continue  # most Danish texts have no x at all
            if node.field in ("text", "note") and self._owner_has_placeholder(ctx, node.path):
                continue
            typed = self._key_figure_sentences(ctx, node)
            for match in PLACEHOLDER_IN_TEXT_RE.finditer(node.text):
                if any(start <= match.start() < end for start, end in typed):
                    continue
                found = match.group(0)
                yield Report.of_match(node.path, match, Message(
                    f"pladsholder '{found}' i teksten", f"placeholder '{found}' in the text"))

    @staticmethod
    def _owner_has_placeholder(ctx: PlanContext, path: tuple[str | int, ...]) -> bool:
        """A goal's or key figure's own text, whose placeholder U001 reports at the typed value."""
        owner = ctx.value_at(path[:-1])
        candidates = [getattr(owner, "value", None)]
        targets = owner.all_targets() if isinstance(owner, Goal) else [getattr(owner, "target", None)]
        candidates += [value for target in targets if target is not None for value in (target.value, target.equivalent)]
        return any(isinstance(value, Placeholder) for value in candidates)

    @staticmethod
    def _key_figure_sentences(ctx: PlanContext, node: TextNode) -> list[tuple[int, int]]:
        """Spans of a section's prose that its key figures quote with a placeholder value.

        The draft says "Der er ca. xx sygedagpengemodtagere" once; the plan holds it as prose
        and as a key figure. U001 reports the key figure, so the prose stays quiet.
        """
        if node.path[0] != "sections" or node.field != "prose":
            return []
        section = ctx.plan.sections[int(node.path[1])]
        spans = []
        for figure in section.key_figures:
            if isinstance(figure.value, Placeholder) and figure.text and figure.text in node.text:
                start = node.text.index(figure.text)
                spans.append((start, start + len(figure.text)))
        return spans
