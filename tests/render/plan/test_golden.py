"""Golden files of `planctl show`: each of the five plans as text (width 100) and as Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest

from planctl.load import load_plan
from planctl.messages import Lang
from planctl.render.page import Page
from planctl.render.plan import FORMATS
from planctl.render.plan.build import plan_document
from tests.conftest import PLANS
from tests.golden import assert_golden

GOLDEN = Path(__file__).parent / "golden"
NAMES = sorted(path.stem for path in PLANS.glob("*.yaml"))


def shown(name: str, output_format: str, lang: Lang) -> str:
    document = plan_document(load_plan(PLANS / f"{name}.yaml").plan, lang)
    text = FORMATS.render(output_format, document, Page(lang=lang, width=100, color=False))
    assert isinstance(text, str)
    return text


def test_the_five_plans_are_here() -> None:
    assert len(NAMES) == 5


@pytest.mark.parametrize("name", NAMES)
def test_text(name: str) -> None:
    text = shown(name, "text", Lang.da)
    assert "\x1b[" not in text
    assert max(len(line) for line in text.splitlines()) <= 100
    assert_golden(text, GOLDEN / f"{name}.txt")


@pytest.mark.parametrize("name", NAMES)
def test_markdown(name: str) -> None:
    assert_golden(shown(name, "markdown", Lang.da), GOLDEN / f"{name}.md")


def test_text_in_english() -> None:
    assert_golden(shown("lyngby-taarbaek-2019-udkast", "text", Lang.en), GOLDEN / "lyngby-taarbaek-2019-udkast-en.txt")
