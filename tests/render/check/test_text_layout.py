"""check --format text writes, byte for byte, what Rich's console prints for the report: each file's
name as an underlined `Text`, its findings as Rich's borderless table of four columns, and the summary
line, at every width, in colour and without, in both languages."""

from __future__ import annotations

import io

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from planctl.lint.finding import Finding
from planctl.lint.report import CheckReport, FileResult, summarize
from planctl.messages import Lang
from planctl.render.check import table, text
from planctl.render.check.words import summary_line
from planctl.render.page import Page
from planctl.render.terminal import console_for, printable, trimmed

# Letters Rich measures as one cell and as two, a combining mark, no-break and ideographic spaces,
# a tab (which Rich expands), a joiner and an emoji's variation selector (cells that are not the sum
# of the characters'), a line separator (whitespace that `str.splitlines` breaks at, Rich's folding not).
_LETTERS = "abcæøåÆØÅ.,-'–é漢字\u0301\t \xa0\u3000\u200d\ufe0f☺\u2028"
_WORDS = st.text(alphabet=_LETTERS, min_size=0, max_size=14) | st.text(alphabet="abc-/", min_size=20, max_size=90)
_MESSAGES = st.lists(_WORDS, min_size=0, max_size=30).map(" ".join) | st.text(min_size=0, max_size=120)
_FINDINGS = st.lists(
    st.builds(
        lambda line, column, severity, rule, message: Finding(
            rule=rule, name="a-rule", severity=severity, message=message, file="plan.yaml", line=line,
            column=column, path="goals"),
        st.integers(1, 100_000), st.integers(1, 1_000), st.sampled_from(["error", "warning", "info"]),
        st.sampled_from(["U001", "C014", "M008", "U10"]), _MESSAGES),
    min_size=0, max_size=8)
_FILES = st.sampled_from(["plans/lyngby-taarbaek-2019-udkast.yaml", "a plan with spaces.yaml"]) | _WORDS
_RESULTS = st.lists(st.builds(FileResult, _FILES, _FINDINGS, st.none(), st.integers(0, 2)), min_size=0, max_size=3)


def _report(results: list[FileResult], invalid_files: int) -> CheckReport:
    return CheckReport(files=results, invalid=[], summary=summarize(results, len(results) + invalid_files,
                                                                    invalid_files))


def _as_rich_prints_it(report: CheckReport, page: Page) -> str:
    """The report drawn by Rich's console: the reference the text format must equal."""
    console = console_for(page)
    for result in report.files:
        if result.findings:
            console.print(Text(printable(result.file), style="bold underline"))
            console.print(table.four_columns(table.rows(result.findings, page)))
            console.print()
    style = "bold red" if report.summary.by_severity.get("error") else "bold green"
    console.print(Text(summary_line(report.summary, page.lang), style=style))
    assert isinstance(console.file, io.StringIO)
    return trimmed(console.file.getvalue())


@settings(max_examples=600, deadline=None)
@given(_RESULTS, st.integers(0, 2), st.integers(0, 160), st.booleans(), st.sampled_from([Lang.en, Lang.da]))
def test_the_text_format_writes_what_rich_prints(results: list[FileResult], invalid_files: int, width: int,
                                                color: bool, lang: Lang) -> None:
    report = _report(results, invalid_files)
    page = Page(lang=lang, width=width, color=color)
    try:
        expected = _as_rich_prints_it(report, page)
    except (ZeroDivisionError, IndexError, ValueError):
        # Rich itself fails to cut some runs of zero-width characters at a few cells' width.
        assume(False)
    assert text.render(report, page) == expected


@pytest.mark.parametrize("width", [80, 200])
def test_the_findings_are_drawn_without_rich_where_they_fit(monkeypatch: pytest.MonkeyPatch, width: int) -> None:
    monkeypatch.setattr(table, "four_columns", _refuse)
    monkeypatch.setattr(Console, "print", _refuse)
    findings = [Finding(rule="C014", name="repeated-passage", severity="warning", message="a passage stands twice "
                        * 20, file="p.yaml", line=120, column=7, path="sections")]
    assert "a passage stands twice" in text.render(_report([FileResult("p.yaml", findings)], 0), Page(width=width))


def test_rich_draws_the_table_where_the_terminal_is_narrower_than_its_first_three_columns() -> None:
    findings = [Finding(rule="C014", name="repeated-passage", severity="warning", message="a passage stands twice",
                        file="p.yaml", line=120, column=7, path="sections")]
    drawn = []
    four_columns = table.four_columns
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(table, "four_columns", lambda rows: drawn.append(rows) or four_columns(rows))
        text.render(_report([FileResult("p.yaml", findings)], 0), Page(width=20))
    assert len(drawn) == 1


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("drawn by Rich")
