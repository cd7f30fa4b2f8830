"""C009 dangling-reference: a cross-reference to a goal, section, appendix or figure that does not exist.

What: a text that refers to "Mål 12" in a plan with eleven goals; to "bilag A" or
"bilag 2" where no part of the plan is labelled so; to "figur 3" where no figure is
captioned so (in the text, or among the section's listed `figures`, whose `number`
counts); to "afsnit 5" or "kapitel 5" where no section has that number; and "Som nævnt
under Mål 3 ..." where Mål 3 shares not one content word with what the sentence says was
mentioned there. "ministerens mål 3" and "mål 3 pct." (or "mål 3 %") are not taken for
references to a goal.

Why: references are how a plan ties its parts together, and they are the first thing to
break when a plan is restructured: a renumbered goal, an appendix that lost its label
in the final layout.

Passes:

    goals: [{id: Mål 3, text: Flere ledige skal opkvalificeres via AMU-forløb}]
    prose: [Som nævnt under Mål 3 vil AMU-forløb indgå i indsatsen.]

Fails:

    goals: [{id: Mål 3, text: Borgere lever et sundt liv i relationer og fællesskaber}]
    prose: [Som nævnt under Mål 3 vil AMU-forløb indgå i indsatsen.]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from planctl.lint.context import PlanContext, TextNode
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.model.plan import Plan
from planctl.text import goal_number, words

# "mål 3", "Mål 3" and "MÅL 3" alike. This and _CLAIM are compiled at their first use (by re, which keeps them):
# only a text that holds _MAY_REFER_TO_GOAL is searched, and most plans' texts refer to no goal by number.
_GOAL_REF = r"(?i)(?<!minister)(?<!ministerens )\bmål\s+(\d{1,2})\b(?!\s*(?:pct|%))"
# A loose test on the whole text before splitting it into sentences (the costly part): any sentence that
# refers to a goal holds these characters, and most texts refer to none. Searched in the text's folded form,
# without IGNORECASE: the search then skips from one "mål" to the next, as it cannot under IGNORECASE.
_MAY_REFER_TO_GOAL = re.compile(r"mål\s+\d")
_CLAIM = r"(?i)\b(?:nævnt|beskrevet|omtalt)\s+(?:under|i)\s+(?:mål|MÅL)\s+\d"
_APPENDIX_REF = re.compile(r"\b[Bb]ilag\s+([A-Z]|\d{1,2})\b")
_FIGURE_REF = re.compile(r"\b[Ff]igur\s+(\d{1,2})\b")
_SECTION_REF = re.compile(r"\b(?:afsnit|kapitel)\s+(\d{1,2}(?:\.\d{1,2})*)\b")
_APPENDIX_LABEL = re.compile(r"\s*(?:Bilag|BILAG)\s+([A-Z]|\d{1,2})\b")
_FIGURE_LABEL = re.compile(r"\s*(?:Figur|FIGUR)\s+(\d{1,2})\b")
_REFERRING_FIELDS = {"prose", "note", "initiatives"}
# Each named reference's pattern, its kind in Danish and English, and what every match of it holds, one of
# them; a text with none of the cues of any (most texts) is not looked at for them.
_NAMED = (
    (_APPENDIX_REF, "bilag", "appendix", ("ilag",)),
    (_FIGURE_REF, "figur", "figure", ("igur",)),
    (_SECTION_REF, "afsnit", "section", ("afsnit", "kapitel")),
)
_NAMED_CUES = tuple(cue for *_, cues in _NAMED for cue in cues)


class DanglingReference(Rule):
    id = "C009"
    name = "dangling-reference"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        plan = ctx.plan
        goals = {goal_number(g.id): g for _, g in plan.all_goals() if goal_number(g.id) is not None}
        labels = _labels(plan)
        for node in ctx.texts:
            if node.field not in _REFERRING_FIELDS:
                continue
            if goals and _MAY_REFER_TO_GOAL.search(node.folded):
                yield from self._goal_refs(node, goals)
            if any(map(node.text.__contains__, _NAMED_CUES)):
                yield from self._named_refs(node, labels)

    def _goal_refs(self, node: TextNode, goals: Mapping[int | None, object]) -> Iterator[Report]:
        for offset, sentence in node.sentences():
            for match in re.finditer(_GOAL_REF, sentence):
                number = int(match.group(1))
                where = offset + match.start()
                goal = goals.get(number)
                if goal is None:
                    yield Report(node.path, Message(
                        f"henviser til '{match.group(0)}', men planen har ikke et mål {number}",
                        f"refers to '{match.group(0)}', but the plan has no goal {number}",
                    ), excerpt=match.group(0), offset=where)
                elif re.search(_CLAIM, sentence) and not _shares_content(sentence, getattr(goal, "text", "")):
                    text = getattr(goal, "text", "")
                    yield Report(node.path, Message(
                        f"henviser til '{match.group(0)}' om noget, det mål ikke handler om ('{text}')",
                        f"refers to '{match.group(0)}' for something that goal is not about ('{text}')",
                    ), excerpt=sentence.strip(), offset=offset)

    def _named_refs(self, node: TextNode, labels: set[str]) -> Iterator[Report]:
        for pattern, kind_da, kind_en, cues in _NAMED:
            if not any(map(node.text.__contains__, cues)):
                continue  # every match of the (case-sensitive) pattern holds one of these
            for match in pattern.finditer(node.text):
                key = f"{kind_en} {match.group(1).lower()}"
                if key in labels:
                    continue
                yield Report.of_match(node.path, match, Message(
                    f"henviser til {kind_da} {match.group(1)}, men planen har intet {kind_da} {match.group(1)}",
                    f"refers to {kind_en} {match.group(1)}, but the plan has no {kind_en} {match.group(1)}",
                ))


def _labels(plan: Plan) -> set[str]:
    """The appendices, figures and numbered sections a reference can point to."""
    found = set()
    texts = [s.title for s in plan.sections] + [t.title for s in plan.sections for t in s.tables]
    if plan.goal_overview is not None and plan.goal_overview.label:
        texts.append(plan.goal_overview.label)
    texts += [p for s in plan.sections for p in s.prose]
    for text in texts:
        if appendix := _APPENDIX_LABEL.match(text):
            found.add(f"appendix {appendix.group(1).lower()}")
        if figure := _FIGURE_LABEL.match(text):
            found.add(f"figure {figure.group(1)}")
    for section in plan.sections:
        if section.number:
            found.add(f"section {section.number.rstrip('.')}")
        # A listed figure exists though the plan prints no caption for it: "(se figur 1)" under an image.
        found |= {f"figure {figure.number.rstrip('.')}" for figure in section.figures if figure.number}
    return found


def _stems(text: str) -> set[str]:
    return {word[:6] for word in words(text) if len(word) >= 6 and not word[0].isdigit()}


def _shares_content(sentence: str, goal_text: str) -> bool:
    return bool(_stems(sentence) & _stems(goal_text))
