"""Key figures stated in sentences, and printed tables, as the plan model holds them."""

from __future__ import annotations

import re

from planctl.importers.blocks import TableBlock
from planctl.importers.targets import VALUE
from planctl.model.plan import KeyFigure, Table
from planctl.model.values import parse_amount, parse_period

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")
# "ca. 580 helårspersoner", "3,5 pct. i juni 2018", "omkring 32.900 personer".
_FIGURE = re.compile(
    r"(?<![\w,.])(?P<value>(?:(?:ca\.|omkring|godt|knap|over|under|cirka|mindst|minimum)\s)?"
    r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s(?:pct\.\s?point|procentpoint|pct\.|procent|(?:flere\s)?(?:"
    r"helårspersoner|fuldtidspersoner|personer|borgere|virksomheder|ansatte|ledige|unge|fuldtidsbeskæftigede|"
    r"jobs|job|sygedagpengemodtagere|kontanthjælpsmodtagere|flygtninge)\b))",
    re.IGNORECASE,
)
_WHEN = re.compile(r"\bi\s+(?P<period>(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
                   r"november|december)\s+\d{4})", re.IGNORECASE)
_NAME_STOP = {"på", "er", "med", "af", "i", "var", "en", "et", "ca.", "der", "som", "har", "at", "til"}


def sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]


def key_figures(paragraph: str) -> list[KeyFigure]:
    """A key figure for each count or share a sentence of the paragraph states, with the sentence."""
    found: list[KeyFigure] = []
    for sentence in sentences(paragraph):
        if VALUE.search(sentence) and re.search(r"\bskal\b", sentence):
            continue  # a target, not a figure
        for match in _FIGURE.finditer(sentence):
            try:
                value = parse_amount(match["value"].strip())
            except ValueError:
                continue
            when = _WHEN.search(sentence[match.end():match.end() + 30])
            period = None
            if when:
                try:
                    period = parse_period(when["period"])
                except ValueError:
                    period = None
            found.append(KeyFigure(name=_name(sentence, match.start()), value=value, period=period, text=sentence))
    return found


def _name(sentence: str, at: int) -> str:
    """What the figure measures: the words before it, without the small words that link them."""
    words = sentence[:at].split()[-6:]
    while words and words[-1].lower() in _NAME_STOP:
        words.pop()
    while words and words[0].lower() in _NAME_STOP:
        words.pop(0)
    return " ".join(words).strip(",") or sentence.split()[0]


def table_of(block: TableBlock, title: str) -> Table | None:
    """The printed table, or None when a cell cannot be read as the model reads cells (then it stays prose)."""
    header, *body = block.rows
    if not body:
        return None
    try:
        return Table.model_validate({
            "title": title,
            "columns": list(header),
            "rows": [{"label": row[0], "cells": [cell or None for cell in row[1:]]} for row in body],
        })
    except ValueError:
        return None


def table_text(block: TableBlock) -> list[str]:
    """A table kept as prose: one line per row, its cells separated by tabs, as printed."""
    return ["\t".join(row) for row in block.rows]

