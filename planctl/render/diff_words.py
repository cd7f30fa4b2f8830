"""The words diff reports use, in Danish and English: kinds, areas, summaries, hunks."""

from __future__ import annotations

from datetime import date
from typing import Literal

from babel.dates import format_date

from planctl.diff import Area, Change, Kind, PlanDiff, WordOp
from planctl.messages import Message
from planctl.text import tokenise

KIND: dict[Kind, tuple[Message, Message]] = {
    # kind: (singular, plural)
    Kind.status_changed: (Message("status ændret", "status changed"), Message("status ændret", "status changed")),
    Kind.plan_period_changed: (Message("planperiode ændret", "plan period changed"),) * 2,
    Kind.date_changed: (Message("dato ændret", "date changed"),) * 2,
    Kind.title_changed: (Message("titel ændret", "title changed"),) * 2,
    Kind.goal_added: (Message("mål tilføjet", "goal added"), Message("mål tilføjet", "goals added")),
    Kind.goal_removed: (Message("mål fjernet", "goal removed"), Message("mål fjernet", "goals removed")),
    Kind.goal_renumbered: (Message("mål omnummereret", "goal renumbered"),
                           Message("mål omnummereret", "goals renumbered")),
    Kind.goal_moved: (Message("mål flyttet", "goal moved"), Message("mål flyttet", "goals moved")),
    Kind.goal_reworded: (Message("formulering ændret", "reworded"), Message("formuleringer ændret", "rewordings")),
    Kind.overview_reworded: (Message("måloversigt ændret", "overview reworded"),
                             Message("måloversigt ændret", "overview rewordings")),
    Kind.target_changed: (Message("måltal ændret", "target changed"), Message("måltal ændret", "targets changed")),
    Kind.placeholder_filled: (Message("pladsholder udfyldt", "placeholder filled"),
                              Message("pladsholdere udfyldt", "placeholders filled")),
    Kind.placeholder_introduced: (Message("pladsholder indsat", "placeholder introduced"),
                                  Message("pladsholdere indsat", "placeholders introduced")),
    Kind.period_changed: (Message("periode ændret", "period changed"), Message("perioder ændret", "periods changed")),
    Kind.unit_changed: (Message("enhed ændret", "unit changed"), Message("enheder ændret", "units changed")),
    Kind.follow_up_added: (Message("følgemål tilføjet", "følgemål added"),) * 2,
    Kind.follow_up_removed: (Message("følgemål fjernet", "følgemål removed"),) * 2,
    Kind.follow_up_changed: (Message("følgemål ændret", "følgemål changed"),) * 2,
    Kind.minister_goals_changed: (Message("ministermål ændret", "ministermål changed"),) * 2,
    Kind.section_added: (Message("afsnit tilføjet", "section added"), Message("afsnit tilføjet", "sections added")),
    Kind.section_removed: (Message("afsnit fjernet", "section removed"),
                           Message("afsnit fjernet", "sections removed")),
    Kind.section_renamed: (Message("overskrift ændret", "section renamed"),
                           Message("overskrifter ændret", "sections renamed")),
    Kind.section_moved: (Message("afsnit flyttet", "section moved"), Message("afsnit flyttet", "sections moved")),
    Kind.prose_changed: (Message("tekst ændret", "prose changed"), Message("tekster ændret", "prose changes")),
    Kind.figure_added: (Message("nøgletal tilføjet", "key figure added"),
                        Message("nøgletal tilføjet", "key figures added")),
    Kind.figure_removed: (Message("nøgletal fjernet", "key figure removed"),
                          Message("nøgletal fjernet", "key figures removed")),
    Kind.figure_changed: (Message("nøgletal ændret", "key figure changed"),
                          Message("nøgletal ændret", "key figures changed")),
    Kind.table_added: (Message("tabel tilføjet", "table added"), Message("tabeller tilføjet", "tables added")),
    Kind.table_removed: (Message("tabel fjernet", "table removed"), Message("tabeller fjernet", "tables removed")),
    Kind.cell_changed: (Message("tabelcelle ændret", "table cell changed"),
                        Message("tabelceller ændret", "table cells changed")),
}

AREA = {
    Area.plan: Message("Planen", "The plan"),
    Area.goals: Message("Mål", "Goals"),
    Area.sections: Message("Afsnit", "Sections"),
    Area.figures: Message("Nøgletal", "Key figures"),
    Area.tables: Message("Tabeller", "Tables"),
}

_ADDED = {Kind.section_added, Kind.goal_added, Kind.figure_added, Kind.table_added, Kind.follow_up_added}
_REMOVED = {Kind.section_removed, Kind.goal_removed, Kind.figure_removed, Kind.table_removed,
            Kind.follow_up_removed}
_WORDED = {Kind.goal_reworded, Kind.overview_reworded, Kind.prose_changed, Kind.follow_up_changed}
_MOVED = {Kind.section_moved, Kind.goal_moved}
# Parts that the kind of change already names ("periode ændret" needs no "(periode)").
_SELF_EVIDENT = {"text", "goal_overview", "target.period", "follow_up"}

Shape = Literal["moved", "words", "removed", "added", "replaced"]


def shape(change: Change) -> Shape:
    """How a change is shown: a move, a word diff, old alone, new alone, or old → new."""
    if change.kind in _MOVED:
        return "moved"
    if change.kind in _WORDED:
        return "words"
    if change.kind in _REMOVED:
        return "removed"
    if change.kind in _ADDED:
        return "added"
    return "replaced"


def part_note(change: Change, lang: str) -> str | None:
    """Which part of a goal changed, when the kind does not already say it: 'måltal', 'note'."""
    if change.part and change.area is Area.goals and change.part not in _SELF_EVIDENT:
        return part_label(change.part, lang)
    return None


NONE = Message("(intet)", "(none)")
OTHER_MUNICIPALITY = Message(" (to forskellige kommuner)", " (two different municipalities)")
MOVED = Message("fra plads {old} til plads {new}", "from position {old} to position {new}")
MOVED_GOAL = Message("fra '{old}' til '{new}'", "from '{old}' to '{new}'")


def kind_label(kind: Kind, lang: str, count: int = 1) -> str:
    singular, plural = KIND[kind]
    return (singular if count == 1 else plural).text(lang)


def summary_parts(diff: PlanDiff, lang: str) -> list[str]:
    """'11 pladsholdere udfyldt', '6 perioder ændret', ... in the order of the kinds."""
    counts = diff.counts()
    return [f"{counts[kind]} {kind_label(kind, lang, counts[kind])}" for kind in Kind if kind in counts]


def headline(diff: PlanDiff, lang: str) -> str:
    total = len(diff.changes)
    if total == 0:
        return Message("Ingen forskelle.", "No differences.").text(lang)
    return Message(f"{total} ændringer", f"{total} changes").text(lang) if total != 1 else \
        Message("1 ændring", "1 change").text(lang)


def alignment_warning(diff: PlanDiff, lang: str) -> str | None:
    """A plain statement when the two plans are not versions of one plan."""
    a = diff.alignment
    if not a.unrelated:
        return None
    who = "" if a.same_municipality else OTHER_MUNICIPALITY.text(lang)
    return Message(
        f"De to planer ligner ikke versioner af samme plan{who}: kun {a.goals_matched} af "
        f"{max(a.goals_old, a.goals_new)} mål og {a.sections_matched} af {max(a.sections_old, a.sections_new)} "
        "afsnit kunne parres. Det meste nedenfor er derfor tilføjet eller fjernet.",
        f"The two plans do not look like versions of one plan{who}: only {a.goals_matched} of "
        f"{max(a.goals_old, a.goals_new)} goals and {a.sections_matched} of {max(a.sections_old, a.sections_new)} "
        "sections could be paired. Most of what follows is therefore added or removed.",
    ).text(lang)


def line_numbers(change: Change, lang: str) -> str:
    """'linje 295 → 244': where the item stands in the old and in the new file."""
    old = str(change.before.line) if change.before else "–"
    new = str(change.after.line) if change.after else "–"
    return Message(f"linje {old} → {new}", f"line {old} → {new}").text(lang)


_VALUES = {
    "draft": Message("udkast", "draft"), "final": Message("endelig", "final"),
    "adopted": Message("vedtaget", "adopted"),
    "decrease": Message("fald", "decrease"), "increase": Message("stigning", "increase"),
    "at_least": Message("mindst", "at least"), "at_most": Message("højst", "at most"),
    "equal": Message("præcis", "exactly"),
    "True": Message("ja", "yes"), "False": Message("nej", "no"),
    "change": Message("ændring", "change"), "level": Message("niveau", "level"),
    "relative": Message("relativt", "relative"), "qualitative": Message("kvalitativt", "qualitative"),
    "deferred": Message("udskudt", "deferred"),
}
_PARTS = {
    "target.value": Message("måltal", "target value"), "target.equivalent": Message("svarer til", "equivalent"),
    "target.period": Message("periode", "period"), "target.average": Message("i gennemsnit", "as an average"),
    "target.direction": Message("retning", "direction"), "target.kind": Message("type", "kind"),
    "target.reference": Message("sammenlignet med", "compared with"),
    "target.deferred_until": Message("fastsættes", "to be set"), "target": Message("mål", "target"),
    "note": Message("note", "note"), "follow_up": Message("følgemål", "følgemål"),
}
_CODED = {"status", "target.direction", "target.kind", "target.average"}


def part_label(part: str, lang: str) -> str:
    return _PARTS[part].text(lang) if part in _PARTS else part


def shown(value: str | None, lang: str, part: str | None = None) -> str:
    """A value as a reader should see it: coded values in words, dates the Danish way."""
    if value is None or value == "None":
        return NONE.text(lang)
    if part in _CODED and value in _VALUES:
        return _VALUES[value].text(lang)
    if part == "date":
        return format_date(date.fromisoformat(value), format="long", locale="da" if lang == "da" else "en")
    return value


def describe_move(change: Change, lang: str) -> str:
    template = MOVED if change.kind is Kind.section_moved else MOVED_GOAL
    return template.text(lang).format(old=change.old, new=change.new)


def hunks(words: list[WordOp], context: int = 8) -> list[list[WordOp]]:
    """The changed stretches of a word diff, each with a few words of unchanged text around it.

    Two changes less than two contexts apart stay in one stretch, as git's word diff shows them.
    """
    spans: list[list[int]] = []  # [first changed index, last changed index]
    for k, op in enumerate(words):
        if op.op == "equal":
            continue
        if spans and (k - spans[-1][1] == 1 or (k - spans[-1][1] == 2
                                                  and _word_count(words[k - 1].text) <= 2 * context)):
            spans[-1][1] = k
        else:
            spans.append([k, k])
    result = []
    for first, last in spans:
        hunk = list(words[first:last + 1])
        if first > 0:
            hunk.insert(0, WordOp("equal", _tail(words[first - 1].text, context)))
        if last + 1 < len(words):
            hunk.append(WordOp("equal", _head(words[last + 1].text, context)))
        result.append(hunk)
    return result


def _word_count(text: str) -> int:
    return sum(1 for t in tokenise(text) if not t.isspace())


def _tail(text: str, count: int) -> str:
    tokens = tokenise(text)
    kept: list[str] = []
    for token in reversed(tokens):
        if not token.isspace():
            count -= 1
        if count < 0:
            return "… " + "".join(reversed(kept)).lstrip()
        kept.append(token)
    return text


def _head(text: str, count: int) -> str:
    tokens = tokenise(text)
    kept: list[str] = []
    for token in tokens:
        if not token.isspace():
            count -= 1
        if count < 0:
            return "".join(kept).rstrip() + " …"
        kept.append(token)
    return text
