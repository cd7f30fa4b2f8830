"""What only the appendix says, in Danish and English: its headings, column heads and sentences."""

from __future__ import annotations

import datetime

from planctl.appendix.model import Changes, Focus, OpenItem, OpenKind
from planctl.messages import CHANGE, GOAL, KEY_FIGURE, STATUS, Lang, Message, Noun, joined, long_date, noun, say

APPENDIX = Message("Bilag: {title}", "Appendix: {title}")
MEETING = Message("Møde: {meeting}", "Meeting: {meeting}")
PLAN_DATE = Message("Planens dato: {date}", "The plan's date: {date}")
STATUS_LINE = Message("Status: {status}", "Status: {status}")
GOALS = Message("Mål for indsatsen", "The goals")
GOAL_HEADER = (Message("Mål", "Goal"), Message("Målsætning", "Wording"), Message("Måltal", "Target"),
               Message("Følgemål", "Følgemål"), Message("Ministermål", "Ministermål"))
NO_GOALS = Message("Planen har ingen mål.", "The plan has no goals.")
MINISTER_GOALS = Message("Ministermål", "Ministermål")
NO_MINISTER_YEAR = Message("Planen angiver ikke, hvilket års ministermål den besvarer.",
                           "The plan does not say which year's ministermål it answers.")
MINISTER = Message("Ministermål for {year}", "Ministermål for {year}")
MINISTER_HEADER = (Message("Nr.", "No."), Message("Ministermål", "Ministermål"),
                   Message("Besvares af", "Answered by"))
UNANSWERED = Message("Intet lokalt mål besvarer dette ministermål.", "No local goal answers this ministermål.")
KEY_FIGURES = Message("Nøgletal", "Key figures")
KEY_FIGURE_HEADER = (Message("Nøgletal", "Key figure"), Message("Værdi", "Value"),
                     Message("Tidspunkt", "Date or period"))
NO_KEY_FIGURES = Message("Planen angiver ingen nøgletal.", "The plan states no key figures.")
CHANGE_HEADER = (Message("Hvor", "Where"), Message("Ændring", "Change"), Message("Før → efter", "Before → after"))
PROSE = Message("Ændringer i teksten", "Changes in the prose")
PROSE_HEADER = (Message("Afsnit", "Section"), Message("Steder ændret", "Places changed"),
                Message("Ord ændret", "Words changed"))
LARGEST = Message("De største tekstændringer", "The largest changes in the prose")
NO_CHANGES = Message("Ingen ændringer.", "No changes.")
OPEN = Message("Udestående før vedtagelse", "Open before adoption")
OPEN_HEADER = (Message("Linje", "Line"), Message("Hvor", "Where"), Message("Hvad", "What"),
               Message("Tekst", "Text"))
NOTHING_OPEN = Message("Udkastet har ingen åbne pladsholdere, redaktionelle noter eller fejl.",
                       "The draft has no open placeholders, editorial notes or errors.")
FOCUS_SECTIONS = Message("Afsnit om {label}", "Sections concerning {label}")
FOCUS_NO_SECTIONS = Message("Intet afsnit i planen er mærket med målgruppen.",
                            "No section of the plan is tagged with the target group.")

OPEN_KINDS: dict[OpenKind, Noun] = {
    "placeholder": noun("pladsholder", "placeholder", "pladsholdere"),
    "editorial-note": noun("redaktionel note", "editorial note", "redaktionelle noter"),
    "error": noun("fejl", "error", "fejl"),
}
# The version a meeting saw, in the definite form: "Ændringer siden udkastet af 21. november 2018".
_OLD_VERSION = {
    "draft": Message("udkastet", "the draft"),
    "final": Message("den endelige plan", "the final plan"),
    "adopted": Message("den vedtagne plan", "the adopted plan"),
}


def changes_heading(changes: Changes, lang: Lang) -> str:
    version = _OLD_VERSION[changes.old_status].text(lang)
    if changes.old_date is None:
        return say(lang, f"Ændringer siden {version}", f"Changes since {version}")
    when = long_date(changes.old_date.isoformat(), lang)
    return say(lang, f"Ændringer siden {version} af {when}", f"Changes since {version} of {when}")


def status_word(status: str, lang: Lang) -> str:
    return STATUS[status].text(lang)


def date_text(date: datetime.date, lang: Lang) -> str:
    return long_date(date.isoformat(), lang)


def stands_for(unit: str | None, lang: Lang) -> str:
    """'en værdi i pct.' / 'a value in pct.'; 'et tal' when the placeholder does not say."""
    if unit is None:
        return say(lang, "et tal", "a number")
    return say(lang, f"et antal {unit}", f"a number of {unit}") if unit != "pct." else say(
        lang, "en værdi i pct.", "a value in pct.")


def open_summary(counts: dict[OpenKind, int], lang: Lang) -> str:
    """'Udkastet har 38 åbne punkter: 32 pladsholdere, 3 redaktionelle noter og 3 fejl.'"""
    total = sum(counts.values())
    parts = [OPEN_KINDS[kind].count(n, lang) for kind, n in counts.items() if n]
    return say(lang, f"Udkastet har {total} åbne punkter: {joined(parts, lang)}.",
               f"The draft has {total} open items: {joined(parts, lang)}.")


def in_sentence(label: str) -> str:
    """'Personer med handicap' -> 'personer med handicap' in running text; 'IGU-ledige' stays."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def focus_sentence(focus: Focus, lang: Lang) -> str:
    """What a focused appendix kept and left out, and why, in one or two sentences."""
    left = [(focus.goals_left_out, GOAL), (focus.changes_left_out, CHANGE),
            (focus.open_items_left_out, noun("udestående punkt", "open item", "udestående punkter")),
            (focus.key_figures_left_out, KEY_FIGURE),
            (focus.minister_goals_left_out, noun("ministermål", "ministermål", en_plural="ministermål"))]
    parts = [word.count(n, lang) for n, word in left if n]
    label = in_sentence(focus.label)
    kept = say(lang, f"Bilaget er afgrænset til målgruppen {label}: det medtager kun de mål, ændringer, "
                     "udestående punkter og nøgletal, der i planen er mærket med målgruppen, eller som står i et "
                     "afsnit, der er det.",
               f"This appendix is limited to the target group {label}: it includes only the goals, changes, "
               "open items and key figures that the plan tags with the group, or that stand in a section that is "
               "tagged with it.")
    if not parts:
        return kept
    return kept + say(lang, f" Udeladt, fordi det ikke vedrører målgruppen: {joined(parts, lang)}.",
                      f" Left out because it does not concern the group: {joined(parts, lang)}.")


CHANGES_TOTAL = Message("{n} ændringer i alt", "{n} changes in all")
STANDS_FOR = Message("står for {what}", "stands for {what}")


_AREAS = {"overview": Message("måloversigten", "the goal overview"),
          "contents": Message("indholdsfortegnelsen", "the table of contents")}


def place(item: OpenItem, lang: Lang) -> str:
    """'MÅL 7', 'MÅL 7 (måloversigten)', 'Indholdsfortegnelsen'."""
    area = _AREAS.get(item.area)
    if area is None:
        return item.place
    if item.place:
        return f"{item.place} ({area.text(lang)})"
    words = area.text(lang)
    return words[:1].upper() + words[1:]
