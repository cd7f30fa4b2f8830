"""Plan text (messages quote it, file names name it) reaches a terminal, a CI log or an XML
report with its control characters made visible and Rich markup printed as written."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from planctl.lint.files import check_files
from planctl.lint.report import CheckOptions, CheckReport
from planctl.render.check import FORMATS
from planctl.render.page import Page
from tests.lint.helpers import plan_text

# ESC, a C1 control character (CSI) and Rich markup in the text M003 quotes in its message.
HOSTILE = r'"udvalgets \e[31mmøde\x9b2J [bold red]x[/]"'


@pytest.fixture
def report(tmp_path: Path) -> CheckReport:
    body = f"""\
    sections:
      - title: Unge
        goals:
          - id: MÅL 1
            text: Ledigheden skal falde.
            target: {{kind: deferred, deferred_until: {HOSTILE}}}
    """
    path = tmp_path / "plan\x1b[2J.yaml"
    path.write_text(plan_text(body), encoding="utf-8")
    found = check_files([path], CheckOptions(select=("M003",)))
    [finding] = found.findings()
    assert "\x1b[31m" in finding.message and "\x9b" in finding.message  # the report holds the text as it is
    return found


@pytest.mark.parametrize("output_format", ["text", "concise", "github", "junit"])
def test_control_characters_from_the_plan_are_shown_not_sent(report: CheckReport, output_format: str) -> None:
    out = FORMATS.render(output_format, report, Page(width=200))
    assert isinstance(out, str)
    assert "\x1b" not in out and "\x9b" not in out
    assert "udvalgets \\x1b[31mmøde\\x9b2J [bold red]x[/]" in out  # the message, markup as written
    assert "plan\\x1b[2J.yaml" in out  # the file name


def test_junit_stays_well_formed_xml(report: CheckReport) -> None:
    out = FORMATS.render("junit", report, Page())
    assert isinstance(out, str)
    [suite] = ET.fromstring(out)
    [case] = suite
    assert case.get("name", "").endswith("plan\\x1b[2J.yaml")
