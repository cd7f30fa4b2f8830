"""appendix --format markdown: golden files for the three appendices of issue 10's acceptance."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.appendix.helpers import APPENDICES, appendix_markdown
from tests.conftest import RunCli
from tests.golden import assert_golden

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("name", sorted(APPENDICES))
def test_markdown_appendix(planctl: RunCli, name: str) -> None:
    assert_golden(appendix_markdown(planctl, name), GOLDEN / f"{name}.md")


def test_markdown_shows_a_rewording_with_strike_through_and_ins(planctl: RunCli) -> None:
    text = appendix_markdown(planctl, "adopted")
    assert "~~xx~~ <ins>60</ins>" in text
