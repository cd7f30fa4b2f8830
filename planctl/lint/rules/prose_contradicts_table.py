"""C007 prose-contradicts-table: a sentence that states a table's figures wrongly.

What: a sentence in the same section as a table that names rows of the table and gives
their figures with "hhv." (henholdsvis, respectively) in an order the table does not
have — "Østdanmark og RAR Hovedstaden har oplevet stigning på hhv. 13 pct. og 11 pct."
where the table says Østdanmark 11%, RAR Hovedstaden 13%.

Why: "hhv." sentences are written from the table and are easily swapped; the reader
trusts the sentence. When the figures match a column of the table as a set but not in
the order named, the sentence has swapped them.

Passes:

    prose: [Østdanmark og RAR Hovedstaden har oplevet stigning på hhv. 11 pct. og 13 pct.]
    tables:
      - title: Samlet på offentlig forsørgelse
        columns: [Område, April 2019, April 2020, Udvikling i pct.]
        rows:
          - {label: Østdanmark, cells: ["100", "111", "11%"]}
          - {label: RAR Hovedstaden, cells: ["100", "113", "13%"]}

Fails:

    prose: [Østdanmark og RAR Hovedstaden har oplevet stigning på hhv. 13 pct. og 11 pct.]
    tables:
      - title: Samlet på offentlig forsørgelse
        columns: [Område, April 2019, April 2020, Udvikling i pct.]
        rows:
          - {label: Østdanmark, cells: ["100", "111", "11%"]}
          - {label: RAR Hovedstaden, cells: ["100", "113", "13%"]}
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from planctl.lint.context import PlanContext
from planctl.lint.rule import Report, Rule
from planctl.messages import Message
from planctl.model.plan import Section, Table
from planctl.model.values import Quantity, format_danish_number
from planctl.text import numbers_in, sentences


class ProseContradictsTable(Rule):
    id = "C007"
    name = "prose-contradicts-table"
    severity = "error"

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        for s, section in enumerate(ctx.plan.sections):
            if not section.tables:
                continue
            for p, paragraph in enumerate(section.prose):
                if "hhv." not in paragraph:
                    continue  # nor in any of its sentences: the paragraph is not split into them
                for offset, sentence in sentences(paragraph):
                    if "hhv." not in sentence:
                        continue
                    report = _check_sentence(sentence, section)
                    if report is not None:
                        yield Report(("sections", s, "prose", p), report, excerpt=sentence, offset=offset)


def _check_sentence(sentence: str, section: Section) -> Message | None:
    at = sentence.index("hhv.")
    after = at + len("hhv.")
    for table in section.tables:
        # "A og B har ... hhv. 13 og 11": the rows named before "hhv."; else those after it.
        named = _rows_named(sentence[:at], table)
        if len(named) < 2:
            named = _rows_named(sentence[after:], table)
        if len(named) < 2:
            continue
        stated = [value for _, value in numbers_in(sentence[after:])][: len(named)]
        if len(stated) != len(named):
            continue
        for column in range(len(table.columns) - 1):
            cells = [table.rows[r].cells[column] if column < len(table.rows[r].cells) else None for r in named]
            values = [c.value for c in cells if isinstance(c, Quantity)]
            if len(values) != len(stated):
                continue
            printed = [_round(v, stated[i]) for i, v in enumerate(values)]
            if printed == stated:
                return None
            if sorted(printed) == sorted(stated):
                return _message(table, named, stated, printed, column)
    return None


def _rows_named(sentence: str, table: Table) -> list[int]:
    """Rows of the table the sentence names, in the order it names them."""
    lowered = sentence.lower()
    found = [(lowered.find(row.label.lower()), r) for r, row in enumerate(table.rows)]
    return [r for position, r in sorted(found) if position >= 0]


def _round(value: Decimal, like: Decimal) -> Decimal:
    exponent = like.as_tuple().exponent
    return value.quantize(Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0))


def _message(table: Table, rows: list[int], stated: list[Decimal], printed: list[Decimal], column: int) -> Message:
    labels = [table.rows[r].label for r in rows]
    said = [format_danish_number(v) for v in stated]
    shown = [format_danish_number(v) for v in printed]
    header = table.columns[column + 1]

    def join(items: list[str], locale: str) -> str:
        # Imported here: only a contradiction found needs babel, and check must not pay for it at start-up.
        from babel.lists import format_list

        return format_list(items, locale=locale)

    return Message(
        f"teksten giver {join(labels, 'da')} hhv. {join(said, 'da')}, "
        f"men tabellen '{table.title}' ({header}) viser {join(shown, 'da')}",
        f"the text gives {join(labels, 'en')} as {join(said, 'en')} respectively, "
        f"but the table '{table.title}' ({header}) shows {join(shown, 'en')}",
    )
