"""Walking a document's blocks in order: sections, goals, lists, the overview, the rest as prose.

A heading opens a section; a goal label ("MÅL 4:", "Mål 5.", "MÅL 1" with the text on the
next line) adds a goal with its parsed target to the section; "Følgemål", "Succeskriterier"
and "Indsatsområder" collect what follows them; a numbered list after the minister's goals
are named becomes the ministermål list; the goal overview ("Oversigt over mål …") is kept as
the overview. Everything else stays, verbatim, in the prose of the section it stands in, and
the report says so.
"""

from __future__ import annotations

import re
from typing import Any

from planctl.importers.blocks import Block, Heading, Item, TableBlock, Text, Where
from planctl.importers.figures import key_figures, table_of, table_text
from planctl.importers.identity import DRAFT_MARKS, block_text
from planctl.importers.report import ImportReport
from planctl.importers.targets import VALUE, amount_or_none, parse_target, parse_targets
from planctl.importers.text_reader import CONTENTS_LINE
from planctl.model.plan import Target

GOAL_LABEL = re.compile(r"^(?P<id>(?:MÅL|Mål|mål|MAL)\s*\d+)\s*(?:[:.–-]\s*(?P<text>.*))?$")
# A label may carry a gloss in brackets, as planctl's own English documents print it:
# "Følgemål (follow-up goals)" (render/plan/words.py).
_GLOSS = r"(?:\s*\([^)]*\))?"
_FOLLOW_UP = re.compile(rf"^følgemål{_GLOSS}\s*:?\s*(?P<text>.*)$", re.IGNORECASE)
_CRITERIA = re.compile(rf"^succeskriteri(?:er|um){_GLOSS}\s*:?$", re.IGNORECASE)
_INITIATIVES = re.compile(rf"^(?:indsatsområder|indsatser){_GLOSS}\s*:?$", re.IGNORECASE)
# What a goal's text says it amounts to: "Det svarer til et fald på ca. 10 personer."
_EQUIVALENT = re.compile(r"^det svarer til\b", re.IGNORECASE)
# planctl's own sentences in a document it made ("Måltal: fald på 4 pct. ...", the colophon):
# they say what the plan's data says, and are not the municipality's text.
_TARGET_SENTENCE = re.compile(r"^(?:måltal|target):\s", re.IGNORECASE)
_OWN_SENTENCE = re.compile(r"^(?:måltal|target):\s|^dokumentet er dannet med planctl\b|"
                           r"^this document was made with planctl\b", re.IGNORECASE)
_CONTENTS = re.compile(r"^(?:indholdsfortegnelse|indhold)$", re.IGNORECASE)
_OVERVIEW = re.compile(r"^oversigt over (?:de )?(?:lokale )?mål", re.IGNORECASE)
_AREA = re.compile(r"^indsatsområde\s*:", re.IGNORECASE)
_OVERVIEW_GROUP = re.compile(r"^(?:indsatsområde|fokusområde)", re.IGNORECASE)
_MINISTER = re.compile(r"ministeren\s+(?:har\s+)?udmeldt|ministerens\s+mål", re.IGNORECASE)
_NUMBER = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})*\.?)\s+(?P<title>\S.*)$")
_FOLLOW_UP_MAX = 200
_FRONT_MATTER_MAX = 300  # a longer paragraph before the first heading is running text, not a title page
_FOOTNOTE = re.compile(r"^\d{1,2}\s+\S")  # "1 Forsikrede ledige, ...": a footnote the PDF extract put inline



def contents_titles(blocks: list[Block]) -> set[str]:
    titles = set()
    for block in blocks:
        match = CONTENTS_LINE.match(block_text(block)) if isinstance(block, Text | Heading) else None
        if match:
            titles.add(_split_number(match["title"].strip(" ."))[1].lower())
    return titles


def _split_number(text: str) -> tuple[str | None, str]:
    match = _NUMBER.match(text)
    return (match["number"], match["title"]) if match else (None, text)


class PlanWalker:
    """The state of the walk: the sections so far, and what the next blocks belong to."""

    def __init__(self, report: ImportReport, contents_titles: set[str], title: str, *, guess_levels: bool) -> None:
        self.report = report
        self.guess_levels = guess_levels
        self.in_area = False
        self.title = title
        self.contents_titles = contents_titles
        self.sections: list[dict[str, Any]] = []
        self.contents: list[dict[str, Any]] = []
        self.minister_goals: list[str] = []
        self.overview: dict[str, Any] | None = None
        self.overview_open = False
        self.collecting: str | None = None  # "follow_up", "criteria", "initiatives", "minister", "contents"
        self.pending_goal: str | None = None  # a label alone on its line: its text is the next block
        self.placed: set[int] = set()
        self.last_prose: str | None = None  # the paragraph just added to the prose, if the last block was one
        self.front: list[tuple[Where, str]] = []

    def skip(self, blocks: list[Block], *, placed: bool) -> None:
        self.placed.update(id(b) for b in blocks)

    def walk(self, blocks: list[Block]) -> None:
        for block in blocks:
            if id(block) in self.placed:
                continue
            self.block(block)
        self.sections = self.without_captions(self.sections)
        if self.overview is not None:
            for group in self.overview["groups"]:
                if not group["goals"]:
                    self.report.skipped.append((Where(), group.get("heading", "")))
                    self.report.notes.append(f"'{group.get('heading')}' in the goal overview has no goals; skipped")
            self.overview["groups"] = [g for g in self.overview["groups"] if g["goals"]]
            if not self.overview["groups"]:
                self.overview = None
        if self.front:
            self.report.skipped.extend(self.front)
            self.report.notes.append(f"{len(self.front)} lines before the first heading (a title page) are skipped")

    def block(self, block: Block) -> None:
        last_prose = self.last_prose
        self.last_prose = None
        self.dispatch(block, last_prose)

    def dispatch(self, block: Block, last_prose: str | None) -> None:
        self.last_prose = last_prose if isinstance(block, Text) and _OWN_SENTENCE.match(block.text.strip()) else None
        if isinstance(block, TableBlock):
            self.table(block)
            return
        text = block.text.strip()
        if self.collecting == "contents":
            match = CONTENTS_LINE.match(block.text)
            if match:
                number, title = _split_number(match["title"].strip(" ."))
                self.contents.append({"title": title, **({"number": number} if number else {}),
                                      "page": int(match["page"])})
                return
            self.collecting = None
        if text.upper() in DRAFT_MARKS:
            self.report.notes.append(f"'{text}' at {block.where} marks the plan as a draft (status: draft)")
            return
        if _CONTENTS.match(text):
            self.collecting = "contents"
            return
        if self.overview_open and isinstance(block, Heading) and not _OVERVIEW_GROUP.match(text):
            self.overview_open = False  # the overview ends where a heading of the plan follows it
        if self.overview_open:
            self.overview_block(block, text)
            return
        if isinstance(block, Heading) and _OVERVIEW.match(text):
            self.overview = {"title": text, "groups": []}
            self.overview_open = True
            return
        if self.label(block, text):
            return
        if isinstance(block, Heading) or (isinstance(block, Text) and text.lower() in self.contents_titles):
            self.open_section(block if isinstance(block, Heading) else Heading(text, 2, block.where))
            return
        if not self.sections and isinstance(block, Text) and len(text) > _FRONT_MATTER_MAX:
            # Running text before any heading is the plan's, not a title page's: it gets a section.
            self.open_section(Heading(self.title, 1, block.where))
            self.report.notes.append(f"text at {block.where} stands before any heading; it is kept under a "
                                     f"section named after the title")
        if not self.sections:
            self.front.append((block.where, text))
            return
        self.content(block, text)

    def without_captions(self, sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A heading with nothing under it, right before a chapter the contents lists, is the caption
        of a figure that the text does not hold: it stays, verbatim, in the prose of the section before."""
        if not self.contents_titles:
            return sections
        kept: list[dict[str, Any]] = []
        for i, section in enumerate(sections):
            following = sections[i + 1] if i + 1 < len(sections) else None
            empty = set(section) <= {"title", "level", "number"}
            if (kept and empty and following is not None and "number" not in section
                    and section["title"].lower() not in self.contents_titles
                    and following["title"].lower() in self.contents_titles):
                kept[-1].setdefault("prose", []).append(section["title"])
                self.report.notes.append(f"'{section['title']}' has nothing under it before the next chapter: "
                                         "kept as prose (a figure's caption)")
                continue
            kept.append(section)
        return kept

    def label(self, block: Block, text: str) -> bool:
        """A goal label, or the label of a list (følgemål, succeskriterier, indsatsområder)."""
        goal = GOAL_LABEL.match(text) if not isinstance(block, Item) else None
        if goal and self.sections:
            self.collecting = None
            if goal["text"]:
                self.add_goal(goal["id"], goal["text"])
            else:
                self.pending_goal = goal["id"]
            return True
        follow_up = _FOLLOW_UP.match(text)
        if follow_up and self.sections and len(text) < 400:
            self.collecting = "follow_up"
            if follow_up["text"]:
                self.add_follow_up(follow_up["text"], block.where)
                self.collecting = "follow_up_one"
            return True
        if _CRITERIA.match(text) and self.sections:
            self.collecting = "criteria"
            return True
        if _INITIATIVES.match(text) and self.sections:
            self.collecting = "initiatives"
            return True
        return False

    def open_section(self, heading: Heading) -> None:
        self.collecting = None
        self.pending_goal = None
        number, title = _split_number(heading.text.strip())
        level = min(max(heading.level, 1), 4)
        if self.contents_titles and title.lower() not in self.contents_titles and level == 1:
            level = 2  # a heading the contents does not list is a sub-heading
        elif self.guess_levels and level == 1 and number is None:
            # Plain text has no heading levels: under an "Indsatsområde: ..." chapter, a heading is its section.
            if _AREA.match(title):
                self.in_area = True
            elif self.in_area:
                level = 2
        section: dict[str, Any] = {"title": title, "level": level}
        if number:
            section["number"] = number
        self.sections.append(section)

    def content(self, block: Block, text: str) -> None:
        section = self.sections[-1]
        if _OWN_SENTENCE.match(text):
            self.report.notes.append(f"'{text}' at {block.where} is planctl's own wording; left out")
            if _TARGET_SENTENCE.match(text) and self.last_prose is not None and section.get("prose"):
                # planctl states a target after each goal: the paragraph before it is a goal without a label.
                section["prose"].pop()
                self.report.as_prose = [p for p in self.report.as_prose if p[1] != self.last_prose]
                section.setdefault("goals", []).append(_goal(None, self.last_prose))
            self.last_prose = None
            return
        goals = section.get("goals") or []
        if goals and _EQUIVALENT.match(text) and "note" not in goals[-1] and isinstance(block, Text):
            goals[-1]["note"] = text
            value = VALUE.search(text)
            amount = amount_or_none(value["value"]) if value else None
            # "Det svarer til ..." restates a single target; which of several it meant is not said.
            if amount is not None and "target" in goals[-1] and goals[-1]["target"]["kind"] != "qualitative":
                goals[-1]["target"]["equivalent"] = str(amount)
            return
        if self.pending_goal is not None and isinstance(block, Text | Item):
            self.add_goal(self.pending_goal, text)
            self.pending_goal = None
            return
        if isinstance(block, Item):
            if self.collecting == "criteria":
                section.setdefault("success_criteria", []).append(_goal(None, text))
                return
            if self.collecting == "initiatives":
                section.setdefault("initiatives", []).append(text)
                return
            if self.collecting == "minister" and block.numbered:
                self.minister_goals.append(_split_number(text)[1])
                self.add_prose(text, block.where, understood=True)
                return
            if self.collecting == "follow_up":
                self.add_follow_up(text, block.where)
                return
        if self.collecting == "follow_up" and isinstance(block, Text) and len(text) <= _FOLLOW_UP_MAX:
            self.add_follow_up(text, block.where)
            return
        footnote = self.collecting == "minister" and _FOOTNOTE.match(text)
        if not footnote:
            self.collecting = "minister" if (_MINISTER.search(text) and not self.minister_goals) else None
        for figure in key_figures(text) if isinstance(block, Text) else []:
            section.setdefault("key_figures", []).append(figure.model_dump(mode="json", exclude_none=True,
                                                                            exclude_defaults=True))
        self.add_prose(text, block.where, understood=bool(section.get("key_figures")))

    def add_prose(self, text: str, where: Where, *, understood: bool) -> None:
        self.sections[-1].setdefault("prose", []).append(text)
        self.last_prose = text
        if not understood:
            self.report.as_prose.append((where, text))

    def add_goal(self, label: str, text: str) -> None:
        self.sections[-1].setdefault("goals", []).append(_goal(label, text))

    def add_follow_up(self, text: str, where: Where) -> None:
        goals = self.sections[-1].get("goals") or []
        if goals:
            follow_up: dict[str, Any] = {"text": text}
            target = parse_target(text)
            if target.kind != "qualitative":  # "xx pct. aktivitetsparate kvinder ... skal være i ..."
                follow_up["target"] = _target_data(target)
            goals[-1].setdefault("follow_up", []).append(follow_up)
        else:
            self.add_prose(text, where, understood=False)

    def table(self, block: TableBlock) -> None:
        if not self.sections:
            self.front.append((block.where, block_text(block)))
            return
        section = self.sections[-1]
        prose = section.get("prose") or []
        title = prose[-1] if prose and len(prose[-1]) < 150 else section["title"]
        table = table_of(block, title)
        if table is None:
            for line in table_text(block):
                self.add_prose(line, block.where, understood=False)
            self.report.notes.append(f"a table at {block.where} has cells that are not values; kept as prose")
            return
        section.setdefault("tables", []).append(table.model_dump(mode="json", exclude_none=True))

    def overview_block(self, block: Block, text: str) -> None:
        """The goal overview: groups by their heading, goals by their label, følgemål under them."""
        assert self.overview is not None
        groups: list[dict[str, Any]] = self.overview["groups"]
        goal = GOAL_LABEL.match(text)
        follow_up = _FOLLOW_UP.match(text)
        if goal:
            if not groups:
                groups.append({"goals": []})
            entry = {"id": goal["id"], "text": goal["text"] or ""}
            groups[-1]["goals"].append(entry)
            if not goal["text"]:
                self.pending_goal = "overview"
        elif self.pending_goal == "overview" and groups and groups[-1]["goals"]:
            groups[-1]["goals"][-1]["text"] = text
            self.pending_goal = None
        elif follow_up and groups and groups[-1]["goals"]:
            if follow_up["text"]:
                groups[-1]["goals"][-1].setdefault("follow_up", []).append(follow_up["text"])
            self.collecting = "overview_follow_up"
        elif self.collecting == "overview_follow_up" and groups and groups[-1]["goals"] and not isinstance(
                block, Heading):
            groups[-1]["goals"][-1].setdefault("follow_up", []).append(text)
        elif isinstance(block, Heading) or len(text) < 100:
            groups.append({"heading": text, "goals": []})
            self.collecting = None
        else:
            self.report.skipped.append((block.where, text))
            self.report.notes.append(f"text in the goal overview at {block.where} is not a goal; skipped")
        if self.overview and not goal and not follow_up and self.collecting != "overview_follow_up":
            self.collecting = None


def _goal(label: str | None, text: str) -> dict[str, Any]:
    goal: dict[str, Any] = {"text": text} if label is None else {"id": " ".join(label.split()), "text": text}
    targets = [_target_data(target) for target in parse_targets(text)]
    if len(targets) == 1:
        goal["target"] = targets[0]
    else:
        goal["targets"] = targets
    return goal


def _target_data(target: Target) -> dict[str, Any]:
    return target.model_dump(mode="json", exclude_none=True, exclude_defaults=True) | {"kind": target.kind}

