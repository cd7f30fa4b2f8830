"""Who, what and when a document is: where its plan starts, its title, municipality, period, status."""

from __future__ import annotations

import datetime
import re
from collections import Counter

from planctl.data import municipalities
from planctl.errors import PlanctlError, Problem
from planctl.importers.blocks import Block, Heading, Item, TableBlock, Text
from planctl.model.plan import Municipality
from planctl.model.values import MONTHS

# "Beskæftigelsesplan 2019", "Lyngby-Taarbæk Kommunes Beskæftigelsesplan 2019", "Beskæftigelsesstrategi 2012".
_TITLE = re.compile(r"beskæftigelses(?:plan|strategi)(?:en)?\s+(?:for\s+)?(?P<period>\d{4}(?:\s*[-–]\s*\d{4})?)\b",
                    re.IGNORECASE)
_TITLE_WORD = re.compile(r"^beskæftigelses(?:plan|strategi)$", re.IGNORECASE)
_SPAN = re.compile(r"^\d{4}(?:\s*[-–]\s*\d{4})?$")
_TITLE_MAX = 90
_NOT_TITLE = re.compile(r"^(?:oversigt|bilag|høring)\b", re.IGNORECASE)
# Words that mark the minutes of a meeting (referat, dagsorden) with the plan appended.
_MINUTES = re.compile(r"^(?:referat|dagsorden|punkt\s+\d+|beslutning|sagsfremstilling)\b", re.IGNORECASE)
_DRAFT = re.compile(r"^\s*udkast\b|\budkast\s*$", re.IGNORECASE)


def block_text(block: Block) -> str:
    if isinstance(block, TableBlock):
        return "\t".join(cell for row in block.rows for cell in row)
    return block.text


def find_title(blocks: list[Block]) -> tuple[int, int, str] | None:
    """(first block, blocks it takes, the title) of the plan's title line, if the document prints one."""
    for i, block in enumerate(blocks):
        if not isinstance(block, Heading | Text):
            continue
        text = block.text.strip()
        if len(text) <= _TITLE_MAX and _TITLE.search(text) and not text.endswith(".") and not _NOT_TITLE.match(text):
            return i, 1, text
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if _TITLE_WORD.match(text) and isinstance(following, Heading | Text) and _SPAN.match(following.text.strip()):
            return i, 2, f"{text} {following.text.strip()}"
    return None


def plan_start(blocks: list[Block]) -> int:
    """Where the plan starts: 0, or the title line of a plan appended to the minutes of a meeting."""
    title = find_title(blocks)
    if title is None or title[0] == 0:
        return 0
    before = blocks[: title[0]]
    minutes = sum(1 for b in before if isinstance(b, Heading | Text) and _MINUTES.match(b.text.strip()))
    return title[0] if minutes >= 2 else 0


def title_and_period(blocks: list[Block]) -> tuple[str, str]:
    """The plan's title and period: from its title line, else from the first sentence that names one."""
    title = find_title(blocks)
    if title is not None:
        match = _TITLE.search(title[2])
        assert match is not None
        return title[2], _normal_span(match["period"])
    for block in blocks:
        if isinstance(block, TableBlock):
            continue
        match = _TITLE.search(block.text)
        if match:
            return _capitalised(match[0]), _normal_span(match["period"])
    raise PlanctlError(Problem(
        "found no plan in the document: no title such as 'Beskæftigelsesplan 2019' and no "
        "'Beskæftigelsesstrategi 2012'", hint="is this a beskæftigelsesplan? --period can name the year"))


def _normal_span(text: str) -> str:
    return re.sub(r"\s*[-–]\s*", "-", text)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# A line that only marks the document as a draft: the Danish word, and planctl's own English rendering.
DRAFT_MARKS = ("UDKAST", "DRAFT")


def is_draft(blocks: list[Block]) -> bool:
    """UDKAST on its own line, or in a heading or the title."""
    for block in blocks:
        if not isinstance(block, TableBlock) and block.text.strip().upper() in DRAFT_MARKS:
            return True
        if isinstance(block, Heading) and "udkast" in block.text.lower():
            return True
        if isinstance(block, Text | Item) and len(block.text) < 40 and _DRAFT.search(block.text):
            return True
    return False


def municipality_named(name_or_code: str) -> Municipality:
    """The municipality a user names, by name ("Tårnby", "Tårnby Kommune") or kommunekode ("185")."""
    wanted = name_or_code.strip()
    known = municipalities()
    if wanted in known:
        return Municipality(name=f"{known[wanted]} Kommune", code=wanted)
    bare = re.sub(r"\s+kommune$", "", wanted, flags=re.IGNORECASE).lower()
    for code, name in known.items():
        if name.lower() == bare:
            return Municipality(name=f"{name} Kommune", code=code)
    raise PlanctlError(Problem(f"--municipality: no Danish municipality '{name_or_code}'",
                               hint="give its name, e.g. Tårnby, or its kommunekode, e.g. 185"))


def municipality_of(blocks: list[Block]) -> Municipality | None:
    """The municipality the document names most often ("Lyngby-Taarbæk Kommune", "TÅRNBY KOMMUNE")."""
    text = "\n".join(block_text(b) for b in blocks).lower()
    counts: Counter[str] = Counter()
    for code, name in municipalities().items():
        pattern = rf"(?<![\w-]){re.escape(name.lower())}(?:s)?\s+kommune"
        counts[code] = len(re.findall(pattern, text))
    if not counts or counts.most_common(1)[0][1] == 0:
        return None
    code = counts.most_common(1)[0][0]
    return Municipality(name=f"{municipalities()[code]} Kommune", code=code)


_LONG_DATE = re.compile(rf"^(?P<day>\d{{1,2}})\.\s*(?P<month>{'|'.join(MONTHS)})\s+(?P<year>\d{{4}})\b", re.IGNORECASE)
_SHORT_DATE = re.compile(r"^(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})$")
_DATE_WITHIN = 15  # a document's date stands on its first lines ("21. november 2018 kl. 16:00", "18.11.2020")


def document_date(blocks: list[Block]) -> datetime.date | None:
    """The date on the document's first lines, if it prints one."""
    for block in blocks[:_DATE_WITHIN]:
        if isinstance(block, TableBlock):
            continue
        text = block.text.strip()
        match = _LONG_DATE.match(text) or _SHORT_DATE.match(text)
        if match:
            month = match["month"]
            number = int(month) if month.isdigit() else MONTHS.index(month.lower()) + 1
            try:
                return datetime.date(int(match["year"]), number, int(match["day"]))
            except ValueError:
                return None
    return None
