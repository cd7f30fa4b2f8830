"""Text from a plan cannot drive the terminal or the Markdown: control characters are shown, markup is text.

A plan's prose comes from Word documents and PDFs, and a draft passed around by email can hold
anything; `planctl diff` must print an ESC byte, a C1 control character and Rich markup in it
as harmless text in every format that prints plan text (json escapes them itself).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from planctl.diff import PlanDiff, diff_plans
from planctl.load import load_plan
from planctl.messages import Lang
from planctl.render.diff import FORMATS
from planctl.render.page import Page
from tests.conftest import RunCli

_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SGR = re.compile(r"\x1b\[[0-9;]*m")  # the styles Rich itself writes when colour is on

PLAN = """\
municipality:
  name: Lyngby-Taarbæk Kommune
  code: "173"
title: "{title}"
period: 2019
status: draft
minister_goals: 2019
sections:
  - title: "Indsatsområde: Unge \\e[31m \\x9b [bold red]x[/]"
    prose:
      - "{prose}"
    goals:
      - id: MÅL 2
        text: "{goal}"{moved}
  - title: "Indsatsområde: Voksne \\e[31m \\x9b [bold red]x[/]"
    prose:
      - Der er ca. 1.200 voksne på kontanthjælp.
    goals:
      - id: MÅL 1
        text: Antallet af voksne på kontanthjælp skal falde.{stays}
"""
# A goal that moves from one section to the other: the report names both sections.
_MOVED_GOAL = """
      - id: MÅL 3
        text: Flere ledige skal i job."""
OLD = PLAN.format(
    title="Beskæftigelsesplan 2019",
    prose="Der er ca. 600 unge på kontanthjælp i kommunen, og vi vil have flere i uddannelse.",
    goal="Antallet af unge på kontanthjælp skal falde med 4 pct. fra 2018 til 2019.",
    moved="", stays=_MOVED_GOAL,
)
NEW = PLAN.format(
    title="Beskæftigelsesplan 2019 \\e[31m rød \\x9b [bold red]x[/]",
    prose="Der er ca. 600 unge \\e[31m på \\x9b kontanthjælp [bold red]x[/] i kommunen, og vi vil have flere i job.",
    goal="Antallet af unge \\e[31m på \\x9b kontanthjælp [bold red]x[/] skal falde med 4 pct. fra 2018 til 2019.",
    moved=_MOVED_GOAL, stays="",
)
SHOWN = ["\\x1b[31m", "\\x9b", "[bold red]x[/]"]  # as the text report must print them
# Where the report shows them: the new title, the goal's hunk, the two sections a goal moved
# between, the section's name over its changed prose, and the prose's hunk.
PLACES = 6


@pytest.fixture
def plans(write_plan) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    return write_plan(OLD, "old.yaml"), write_plan(NEW, "new.yaml")


@pytest.fixture
def changed(plans: tuple[Path, Path]) -> PlanDiff:
    result = diff_plans(load_plan(plans[0]), load_plan(plans[1]))
    # The plan text really holds the bytes, in a title, sections' names, prose and a goal.
    assert {c.kind.value for c in result.changes} >= {"title-changed", "prose-changed", "goal-reworded",
                                                        "goal-moved"}
    assert "\x1b[31m" in (result.changes[0].new or "")
    return result


def _shown_in_markdown(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


@pytest.mark.parametrize(("format_name", "as_shown"), [("text", lambda s: s), ("markdown", _shown_in_markdown)])
def test_control_characters_are_shown_and_markup_printed_literally(
    planctl: RunCli, plans: tuple[Path, Path], format_name: str, as_shown: Callable[[str], str]
) -> None:
    result = planctl("diff", *plans, "--format", format_name)
    assert result.code == 1
    assert not _RAW_CONTROL.findall(result.out)
    for shown in SHOWN:
        assert result.out.count(as_shown(shown)) == PLACES, shown


@pytest.mark.parametrize("name", ["text", "markdown"])
def test_with_colour_on_only_the_reports_own_styles_reach_the_terminal(changed: PlanDiff, name: str) -> None:
    plain = FORMATS.render(name, changed, Page(lang=Lang.en, width=100, color=False))
    coloured = FORMATS.render(name, changed, Page(lang=Lang.en, width=100, color=True))
    assert isinstance(plain, str) and isinstance(coloured, str)
    assert not _RAW_CONTROL.findall(_SGR.sub("", coloured))
    for shown in SHOWN:
        shown = shown if name == "text" else _shown_in_markdown(shown)
        # Every place that shows it in plain shows it in colour too: none was sent raw as a style.
        assert coloured.count(shown) == plain.count(shown) == PLACES, shown


def test_json_keeps_the_text_as_data_with_control_characters_escaped(changed: PlanDiff) -> None:
    text = FORMATS.render("json", changed, Page(lang=Lang.en))
    assert isinstance(text, str)
    assert "\x1b" not in text and "\\u001b[31m" in text
    assert "\x9b" not in text and "\\u009b" in text  # C1 too: json.dumps alone leaves it raw
    title = json.loads(text)["changes"][0]
    assert title["new"] == changed.changes[0].new  # the plan's text, byte for byte
