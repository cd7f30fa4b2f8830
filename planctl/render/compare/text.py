"""compare --format text: the plans side by side in Rich tables, for a person at a terminal.

The table is as wide as the terminal. When the plans' columns would be too narrow to read
(under ~24 characters each), the plans are split over several tables of the same rows;
when not even two fit, the view pivots: one block per plan, its rows listed down the page.
Row notes become footnotes under their table, so the label column stays narrow.

More than `UNPAGED_PLANS` plans (the whole country is 98) are shown a page at a time, a page
being as many plans as fit side by side (one plan when the view pivots): all the rows for
those plans, their notes, and one line that says which page this is and how to get the
others (`--page K`, or every plan in one table with `--format csv-long`). Colours
carry meaning (red: a ministermål no goal answers; yellow: unfilled or figure-only; dim:
nothing to compare) and vanish when piped or under NO_COLOR.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from planctl.compare.model import Cell, Comparison, PlanColumn, Row, RowGroup
from planctl.errors import PlanctlError, Problem
from planctl.messages import Lang
from planctl.render.compare.words import (
    LEGEND,
    PART,
    identity_rows,
    page_line,
    plan_chunks,
    printable_comparison,
    title,
)
from planctl.render.markdown import superscript
from planctl.render.page import Page
from planctl.render.terminal import drawn

_MIN_PLAN_WIDTH = 22
UNPAGED_PLANS = 8  # a municipality and its neighbours; more are paged
_STYLES = {
    "goals": "", "answered": "green", "covered": "green", "value": "bold",
    "unanswered": "bold red", "partly-covered": "yellow", "figure-only": "yellow",
    "mentioned": "dim", "absent": "dim", "no-goals-in-plan": "dim", "not-in-year": "dim",
    "not-assessed": "dim", "not-stated": "dim", "none": "dim",
}


def render(comparison: Comparison, page: Page) -> str:
    """The comparison drawn for the page's width and colours, in the comparison's language.

    Every string from the plans has its control characters made visible first; plan text is
    drawn as `Text`, never as markup, so `[bold]` in a plan prints as written.
    """
    printable = printable_comparison(comparison)
    chosen = page.options.get("page")
    return drawn(page, lambda console: _draw(printable, console, chosen if isinstance(chosen, int) else None))


def _draw(comparison: Comparison, console: Console, page_number: int | None) -> None:
    lang = comparison.lang
    plans = comparison.plans
    n = len(plans)
    width = console.width
    label_width = 26 if width < 140 else 30
    per_table = plans_side_by_side(width)
    pivot = per_table < 2 and n > 1
    if page_number is not None or n > UNPAGED_PLANS:
        _draw_page(comparison, console, plan_chunks(n, 1 if pivot else per_table), page_number or 1, label_width)
        return
    console.print(Text(title(comparison), style="bold"))
    for note in comparison.notes:
        console.print(Text("• ") + Text(note))
    console.print()
    if not pivot:
        chunks = plan_chunks(n, per_table)
        for chunk in chunks:
            if len(chunks) > 1:
                first, last = chunk[0] + 1, chunk[-1] + 1
                console.print(Text(PART.format(lang, first=first, last=last, total=n), style="bold reverse"))
            _identity_table(console, [plans[i] for i in chunk], label_width, lang)
            for group in comparison.groups:
                _group_table(console, group, chunk, [plans[i] for i in chunk], label_width)
    else:
        for index, plan in enumerate(plans):
            _pivot(console, comparison, index, plan)
    _legend(console, comparison)


def plans_side_by_side(width: int) -> int:
    """How many plans' columns fit beside the label column on a terminal this wide (at least one)."""
    label_width = 26 if width < 140 else 30
    return max(1, (width - label_width - 1) // (_MIN_PLAN_WIDTH + 2))


def _draw_page(comparison: Comparison, console: Console, pages: Sequence[Sequence[int]], number: int,
               label_width: int) -> None:
    """One page of plans: the notes on all plans and on these, their tables, and how to get the other pages."""
    if not 1 <= number <= len(pages):
        raise PlanctlError(Problem(
            f"--page {number}: at this width the plans fill {len(pages)} page{'s' if len(pages) > 1 else ''}",
            hint=f"choose 1 to {len(pages)}, widen the terminal (COLUMNS), or use --format csv-long"))
    chunk = pages[number - 1]
    plans = [comparison.plans[i] for i in chunk]
    hint = Text(page_line(comparison.lang, number, len(pages), chunk[0] + 1, chunk[-1] + 1, len(comparison.plans)),
                style="bold reverse")
    console.print(Text(title(comparison), style="bold"))
    own = {note for plan in comparison.plans for note in plan.notes}
    for note in [n for n in comparison.notes if n not in own] + [n for plan in plans for n in plan.notes]:
        console.print(Text("• ") + Text(note))
    console.print(hint)
    console.print()
    if len(chunk) == 1 and plans_side_by_side(console.width) < 2:
        _pivot(console, comparison, chunk[0], plans[0])
    else:
        _identity_table(console, plans, label_width, comparison.lang)
        for group in comparison.groups:
            _group_table(console, group, chunk, plans, label_width)
    _legend(console, comparison)
    console.print(hint)


def _table(label_width: int, headers: Sequence[str], title: str | None = None, lines: bool = True) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, show_lines=lines,
                  expand=True, padding=(0, 1), pad_edge=False, header_style="bold")
    table.add_column(width=label_width, overflow="fold")
    for header in headers:
        table.add_column(Text(header), ratio=1, overflow="fold", min_width=12)
    return table


def _identity_table(console: Console, plans: Sequence[PlanColumn], label_width: int, lang: Lang) -> None:
    table = _table(label_width, [plan.header for plan in plans], lines=False)
    for label, values in identity_rows(plans, lang):
        table.add_row(Text(label, style="bold"), *[Text(value) for value in values])
    console.print(table)


def _group_table(console: Console, group: RowGroup, chunk: Sequence[int], plans: Sequence[PlanColumn],
                 label_width: int) -> None:
    table = _table(label_width, [plan.header for plan in plans], title=group.title)
    footnotes: list[str] = []
    for row in group.rows:
        table.add_row(_label(row, label_width, footnotes), *[_cell_text(row.cells[i]) for i in chunk])
    console.print(table)
    _footnotes(console, group, footnotes)


def _label(row: Row, label_width: int, footnotes: list[str]) -> Text:
    """The row's label, shortened to a few lines, with the number of its footnote."""
    label = Text(_shortened(row.label, label_width * 3), style="bold")
    if row.note:
        if row.note not in footnotes:
            footnotes.append(row.note)
        label.append(superscript(footnotes.index(row.note) + 1))
    return label


def _footnotes(console: Console, group: RowGroup, footnotes: list[str]) -> None:
    for number, note in enumerate(footnotes, start=1):
        console.print(Text(f"{superscript(number)} {note}", style="dim"))
    for note in group.notes:
        console.print(Text(note, style="dim italic"))
    console.print()


def _shortened(label: str, limit: int) -> str:
    """A long row label (a ministermål's wording) cut at a word, so the label column stays a few lines high."""
    if len(label) <= limit:
        return label
    return label[:limit - 1].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


def _cell_text(cell: Cell) -> Text:
    text = Text(cell.text, style=_STYLES.get(cell.state, ""))
    if cell.state == "count" and cell.count == 0:
        text.stylize("dim")
    for target in cell.targets:
        text.append("\n")
        text.append(f"{target.goal}: ", style="bold")
        text.append(target.short, style="yellow" if target.unfilled else "")
    if not cell.targets:
        for line in cell.details:
            text.append("\n" + line, style="dim" if cell.state != "partly-covered" else "")
    return text


def _pivot(console: Console, comparison: Comparison, index: int, plan: PlanColumn) -> None:
    """One plan at a time, for a terminal too narrow for two plans side by side."""
    console.rule(Text(plan.header, style="bold"), align="left")
    version = f" · {plan.version}" if plan.version else ""
    console.print(Text(f"{plan.title} · {plan.status_label}{version} · {plan.file}", style="dim"))
    label_width = max(16, min(30, console.width * 2 // 5))
    for group in comparison.groups:
        table = Table(title=group.title, title_justify="left", title_style="bold", box=None, show_header=False,
                      expand=True, padding=(0, 1), pad_edge=False)
        table.add_column(width=label_width, overflow="fold")
        table.add_column(ratio=1, overflow="fold")
        footnotes: list[str] = []
        for row in group.rows:
            table.add_row(_label(row, label_width, footnotes), _cell_text(row.cells[index]))
        console.print(table)
        _footnotes(console, group, footnotes)


def _legend(console: Console, comparison: Comparison) -> None:
    if not comparison.legend:
        return
    line = Text(f"{LEGEND.text(comparison.lang)}: ", style="bold")
    for number, entry in enumerate(comparison.legend):
        if number:
            line.append(" · ")
        line.append(entry.term, style="bold")
        line.append(f": {entry.meaning}")
    console.print(line)
