"""Key-figure rows: figures that measure the same thing in the same unit, plan by plan.

Only figures of a known measure are lined up, each measure defined once below, so that
figures that look alike but measure different things stay in different rows: the
erhvervsfrekvens (the labour force's share of the 16-64-year-olds, the unemployed
included) is not the beskæftigelsesfrekvens (the employed's share), and a
sæsonkorrigeret ledighed is not a raw bruttoledighed. A figure counts for the plan's own
municipality (no `area`, or an area that names it); figures the plan states for other
areas beside it (hele landet, RAR Hovedstaden) are kept with it as context.

Jobindsats tables ("Fuldtidspersoner i pct. af arbejdsstyrken juni 2020", one row per
area) give one row per benefit; a plan that shows such a figure only as a chart whose
caption the text keeps ("Fuldtidspersoner i pct. af arbejdsstyrken, LAB 2.1") says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from planctl.compare.inputs import ComparedPlan
from planctl.compare.model import AreaValue, Cell, Row, RowGroup
from planctl.compare.targets import short_amount, short_period
from planctl.data import target_group_label, target_groups
from planctl.messages import KEY_FIGURE, TABLE, Lang, Message, joined, say
from planctl.model.plan import KeyFigure, Plan
from planctl.model.values import Period, Quantity, parse_period


@dataclass(frozen=True)
class Measure:
    key: str
    label: Message
    names: str  # regular expression a key figure's name matches in full
    caveat: Message | None = None


MEASURES = (
    Measure("saesonkorrigeret-ledighed", Message("Sæsonkorrigeret ledighed (pct. af arbejdsstyrken)",
                                                 "Seasonally adjusted unemployment (% of the labour force)"),
            r"sæsonkorrigeret ledighed"),
    Measure("bruttoledighed", Message("Bruttoledighed, ikke sæsonkorrigeret (pct. af arbejdsstyrken)",
                                      "Gross unemployment, not seasonally adjusted (% of the labour force)"),
            r"(?:faktisk )?bruttoledighed",
            Message("ikke det samme som sæsonkorrigeret ledighed", "not the same as seasonally adjusted unemployment")),
    Measure("erhvervsfrekvens", Message("Erhvervsfrekvens (erhvervsaktive i pct. af de 16-64-årige)",
                                        "Participation rate (labour force as % of people aged 16-64)"),
            r"erhvervsfrekvens",
            Message("tæller også de ledige; ikke det samme som beskæftigelsesfrekvensen",
                    "counts the unemployed too; not the same as the employment rate")),
    Measure("beskaeftigelsesfrekvens", Message("Beskæftigelsesfrekvens (beskæftigede i pct. af de 16-64-årige)",
                                               "Employment rate (employed as % of people aged 16-64)"),
            r"beskæftigelsesfrekvens",
            Message("kun de beskæftigede; ikke det samme som erhvervsfrekvensen",
                    "the employed only; not the same as the participation rate")),
)
# What a share of Jobindsats is a share of.
_BASES = {"arbejdsstyrken": Message("arbejdsstyrken", "the labour force"),
          "befolkningen": Message("befolkningen", "the population")}

# Jobindsats benefit groups as table titles name them -> target-group codes.
_BENEFITS = {
    "a-dagpenge": "a_dagpenge",
    "kontanthjælp": "kontanthjaelp",
    "sygedagpenge": "sygedagpenge",
    "uddannelseshjælp": "uddannelseshjaelp",
    "selvforsørgelses-, hjemrejse- samt overgangsydelse": "selvforsoergelses_og_hjemrejseydelse",
    "ressourceforløb": "ressourceforloeb",
    "fleksjob": "fleksjob",
    "ledighedsydelse": "ledighedsydelse",
    "førtidspension": "foertidspension",
    "samlet på offentlig forsørgelse": "offentlig_forsoergelse",
    "integrationsborgere": "flygtninge_og_familiesammenfoerte",
}
# The target groups of the (pre-2020) LAB § 2 as Jobindsats and plans captioned them.
_LAB = {
    "lab 2.1": "a_dagpenge",
    "lab 2.2/2.3": "kontanthjaelp",
    "lab 2.5": "sygedagpenge",
    "lab 2.11": "ressourceforloeb",
    "lab 2.12/2.13": "uddannelseshjaelp",
}
_SHARE_COLUMN = re.compile(r"fuldtidspersoner i pct\. af (?P<base>arbejdsstyrken|befolkningen)\s*(?P<when>.*)", re.I)
_CAPTION = re.compile(r"fuldtidspersoner i pct\. af (?P<base>arbejdsstyrken|befolkningen),\s*(?P<what>.+?)\.?", re.I)
_TITLE_BENEFIT = re.compile(r"^(?P<what>.+?)[.,]?\s+fuldtidspersoner\b", re.I)


@dataclass
class _Found:
    """One plan's figure for one measure."""

    value: str | None = None
    amount: Quantity | None = None
    period: Period | None = None
    areas: list[AreaValue] = field(default_factory=list)
    caption: str | None = None


@dataclass
class _MeasureRow:
    key: str
    label: str
    caveat: str | None = None
    found: dict[int, _Found] = field(default_factory=dict)


def short_name(plan: Plan) -> str:
    """'Lyngby-Taarbæk Kommune' -> 'Lyngby-Taarbæk'."""
    return re.sub(r"\s+kommune$", "", plan.municipality.name.strip(), flags=re.I)


def _own_area(area: str | None, plan: Plan) -> bool:
    return area is None or short_name(plan).lower() in area.lower()


def _share_label(code: str, base: str, lang: Lang) -> str:
    """'Sygedagpengemodtagere i pct. af arbejdsstyrken' (counted in fuldtidspersoner, as Jobindsats does)."""
    of = _BASES[base.lower()].text(lang)
    return target_group_label(code) + say(lang, f" i pct. af {of}", f" as % of {of}")


def figure_rows(plans: Sequence[ComparedPlan], headers: Sequence[str], lang: Lang) -> RowGroup:
    rows: dict[str, _MeasureRow] = {}
    for index, compared in enumerate(plans):
        _key_figures(compared.plan, index, rows, lang)
        _tables(compared.plan, index, rows, lang)
    result = [Row(key="figures:count", label=say(lang, "Nøgletal i planen", "Key figures in the plan"),
                  cells=[_count_cell(c.plan, index, rows, lang) for index, c in enumerate(plans)])]
    for measure in sorted(rows.values(), key=_row_order):
        result.append(Row(
            key=f"figure:{measure.key}", label=measure.label, note=_row_note(measure, headers, lang),
            cells=[_cell(measure.found.get(index), lang) for index in range(len(plans))],
        ))
    notes = [say(
        lang,
        "Kun tal for samme mål og enhed står i samme række; tal, der ligner hinanden men måler noget andet, "
        "står i hver sin række. Ydelsesmodtagere i pct. af arbejdsstyrken er fuldtidspersoner, som Jobindsats "
        "opgør dem. Andre områder under et tal er dem, planen selv sammenligner med.",
        "Only figures of the same measure and unit share a row; figures that look alike but measure different "
        "things have rows of their own. Benefit recipients as % of the labour force are full-time persons, as "
        "Jobindsats counts them. Other areas under a figure are those the plan itself compares with.",
    )]
    return RowGroup(kind="figures", title=say(lang, "Sammenlignelige nøgletal", "Comparable key figures"),
                    rows=result, notes=notes)


def _row_order(row: _MeasureRow) -> tuple[int, int, str]:
    """The measures in the order defined above, then the benefits in the vocabulary's order."""
    keys = [measure.key for measure in MEASURES]
    if row.key in keys:
        return (0, keys.index(row.key), "")
    codes = list(target_groups())
    code, _, base = row.key.partition("-pct-af-")
    return (1 if base == "arbejdsstyrken" else 2, codes.index(code) if code in codes else len(codes), row.key)


def _measure_for(figure: KeyFigure) -> Measure | None:
    name = " ".join(figure.name.lower().split())
    unit = figure.value.unit if isinstance(figure.value, Quantity) else None
    for measure in MEASURES:
        if re.fullmatch(measure.names, name) and unit == "pct.":
            return measure
    return None


def _key_figures(plan: Plan, index: int, rows: dict[str, _MeasureRow], lang: Lang) -> None:
    for section in plan.sections:
        for figure in section.key_figures:
            measure = _measure_for(figure)
            if measure is None:
                continue
            row = rows.setdefault(measure.key, _MeasureRow(
                measure.key, measure.label.text(lang), measure.caveat.text(lang) if measure.caveat else None))
            found = row.found.setdefault(index, _Found())
            value = short_amount(figure.value, lang)
            if _own_area(figure.area, plan):
                if found.value is None:
                    amount = figure.value if isinstance(figure.value, Quantity) else None
                    found.value, found.amount, found.period = value, amount, figure.period
            elif figure.area and all(a.area != figure.area for a in found.areas):
                found.areas.append(AreaValue(area=figure.area, value=value))


def _benefit_key(what: str) -> str | None:
    phrase = " ".join(what.lower().strip(" .,:").split())
    return _BENEFITS.get(phrase) or _LAB.get(phrase)


def _tables(plan: Plan, index: int, rows: dict[str, _MeasureRow], lang: Lang) -> None:
    own = short_name(plan).lower()
    for section in plan.sections:
        for paragraph in section.prose:
            caption = _CAPTION.fullmatch(paragraph.strip())
            code = _benefit_key(caption["what"]) if caption else None
            if caption and code:
                row = _share_row(rows, code, caption["base"], lang)
                row.found.setdefault(index, _Found(caption=caption["what"].strip(" .")))
        for table in section.tables:
            title = _TITLE_BENEFIT.match(table.title)
            code = _benefit_key(title["what"]) if title else None
            column = next((c for c, name in enumerate(table.columns) if _SHARE_COLUMN.fullmatch(name.strip())), None)
            if code is None or column is None:
                continue
            header = _SHARE_COLUMN.fullmatch(table.columns[column].strip())
            assert header is not None
            row = _share_row(rows, code, header["base"], lang)
            found = _Found(period=_period(header["when"]))
            for table_row in table.rows:
                cells = table_row.cells
                cell = cells[column - 1] if 0 < column <= len(cells) else None
                if not isinstance(cell, Quantity):
                    continue
                amount = Quantity(cell.value, "pct.", cell.qualifier)
                value = short_amount(amount, lang)
                if table_row.label.strip().lower() == own:
                    found.value, found.amount = value, amount
                else:
                    found.areas.append(AreaValue(area=table_row.label, value=value))
            if found.value is not None:
                row.found[index] = found


def _share_row(rows: dict[str, _MeasureRow], code: str, base: str, lang: Lang) -> _MeasureRow:
    key = f"{code}-pct-af-{base.lower()}"
    return rows.setdefault(key, _MeasureRow(key, _share_label(code, base, lang)))


def _period(text: str) -> Period | None:
    try:
        return parse_period(text.strip().lower()) if text.strip() else None
    except ValueError:
        return None


def _cell(found: _Found | None, lang: Lang) -> Cell:
    if found is None:
        return Cell(state="not-stated", text=say(lang, "ikke oplyst", "not stated"))
    if found.value is None:
        if found.caption:
            return Cell(state="figure-only", text=say(
                lang, f"kun som figur ({found.caption}); tallet står ikke i teksten",
                f"only as a chart ({found.caption}); the text does not give the number"))
        areas = joined([f"{a.area} {a.value}" for a in found.areas], lang)
        return Cell(state="not-stated", areas=found.areas, text=say(
            lang, f"ikke oplyst for kommunen (kun {areas})", f"not stated for the municipality (only {areas})"))
    when = short_period(found.period, lang) if found.period else say(lang, "uden dato", "undated")
    details = [f"{a.area}: {a.value}" for a in found.areas]
    amount = float(found.amount.value) if found.amount else None
    return Cell(state="value", text=f"{found.value} ({when})", value=found.value, amount=amount,
                unit=found.amount.unit if found.amount else None,
                period=str(found.period) if found.period else None, areas=found.areas, details=details)


def _row_note(measure: _MeasureRow, headers: Sequence[str], lang: Lang) -> str | None:
    notes = [measure.caveat] if measure.caveat else []
    with_value = [i for i, found in measure.found.items() if found.value is not None]
    if not with_value:
        notes.append(say(lang, "kan ikke sammenlignes: ingen plan giver tallet i teksten",
                         "cannot be compared: no plan gives the number in its text"))
    elif len(with_value) == 1 and len(headers) > 1:
        who = headers[with_value[0]]
        notes.append(say(lang, f"kan ikke sammenlignes: kun {who} oplyser tallet",
                         f"cannot be compared: only {who} states the number"))
    dates = {short_period(f.period, lang) if f.period else say(lang, "uden dato", "undated")
             for i, f in measure.found.items() if i in with_value}
    if len(dates) > 1:
        notes.append(say(lang, f"målt på forskellige tidspunkter: {joined(sorted(dates), lang)}",
                         f"measured at different times: {joined(sorted(dates), lang)}"))
    return "; ".join(notes) or None


def _count_cell(plan: Plan, index: int, rows: dict[str, _MeasureRow], lang: Lang) -> Cell:
    figures = sum(len(section.key_figures) for section in plan.sections)
    tables = sum(len(section.tables) for section in plan.sections)
    comparable = sum(1 for row in rows.values() if index in row.found and row.found[index].value is not None)
    text = KEY_FIGURE.count(figures, lang)
    if tables:
        text += say(lang, f" og {TABLE.count(tables, lang)}", f" and {TABLE.count(tables, lang)}")
    text += say(lang, f"; {comparable} i rækkerne nedenfor", f"; {comparable} in the rows below") if comparable else \
        say(lang, "; ingen af dem sammenlignelige", "; none of them comparable")
    return Cell(state="count", count=comparable, text=text)
