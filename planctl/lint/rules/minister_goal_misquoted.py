"""M004 minister-goal-misquoted: the minister's goals printed with another wording or count than announced.

What: a plan that prints the minister's goals of its year (`minister_goals: {year, goals}`)
with more or fewer goals than planctl's reference list, or a goal whose wording differs
from the announced one beyond case, punctuation and the known variants ("familiesammenførte
(til flygtninge)", "Bekæmpelse(n)"). A year whose reference list is not verified is not
checked at all, not even the number of goals; a goal the plan prints as expected
(`{text: ..., expected: true}`: "Herudover forventes et mål om ...") is not compared word
for word: its words are the plan's guess at a goal not yet announced, not a quotation. The
finding shows the announced wording with the words that differ marked as `planctl diff`
marks them: `[-announced-]{+printed+}`.

Why: the ministermål are quoted, not paraphrased; a misquoted goal is a plan answering a
goal the minister did not set.

Passes:

    minister_goals:
      year: 2021
      goals:
        - Alle ledige skal have en værdig sagsbehandling
        - Flere ledige skal opkvalificeres
        - Flere flygtninge og familiesammenførte skal være selvforsørgende
        - Flere personer med handicap skal i beskæftigelse
        - Virksomhederne skal sikres den nødvendige og kvalificerede arbejdskraft

Fails:

    minister_goals:
      year: 2021
      goals:
        - Alle ledige skal have en hurtig sagsbehandling
        - Flere ledige skal opkvalificeres
        - Flere flygtninge og familiesammenførte skal være selvforsørgende
        - Flere personer med handicap skal i beskæftigelse
        - Virksomhederne skal sikres den nødvendige og kvalificerede arbejdskraft
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planctl.data import minister_goals_for
from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.text import words


def _key(text: str) -> str:
    text = re.sub(r"\(?til flygtninge\)?", "", text, flags=re.IGNORECASE)
    return " ".join(words(text)).replace("bekæmpelsen", "bekæmpelse")


class MinisterGoalMisquoted(Rule):
    id = "M004"
    name = "minister-goal-misquoted"
    severity = "warning"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        listed = ctx.plan.minister_goals
        if listed is None or not listed.goals:
            return
        reference = minister_goals_for(listed.year)
        if reference is None or not reference.goals or reference.status != "verified":
            return
        if len(listed.goals) != len(reference.goals):
            yield Report(("minister_goals", "goals"), Message(
                f"planen opregner {len(listed.goals)} ministermål for {listed.year}; "
                f"ministeren udmeldte {len(reference.goals)}",
                f"the plan lists {len(listed.goals)} minister's goals for {listed.year}; "
                f"the minister announced {len(reference.goals)}",
            ))
        for i, (printed, announced) in enumerate(zip(listed.printed_goals(), reference.goals, strict=False)):
            if not printed.expected and _key(printed.text) != _key(announced):
                # Imported only to word a misquote: most plans quote their goals right (~2 ms at import).
                from planctl.worddiff import marked, word_diff

                differs = marked(word_diff(announced, printed.text))
                yield Report(("minister_goals", "goals", i), Message(
                    f"ministermål {i + 1} er gengivet anderledes end udmeldt: '{differs}'",
                    f"minister's goal {i + 1} is quoted differently from the announced: '{differs}'",
                ), excerpt=printed.text)
