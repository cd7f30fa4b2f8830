"""check --format text lays out its findings as two columns with the same characters and styles as the
four columns of Rich's table it replaces, at every width, in colour and without, in both languages."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.table import Table

from planctl.lint.finding import Finding
from planctl.messages import Lang
from planctl.render.check import text
from planctl.render.page import Page
from planctl.render.terminal import console_for

_WORDS = st.text(alphabet="abcæøåÆØÅ.,-'–é漢字\u0301\t ", min_size=0, max_size=14)
_MESSAGES = st.lists(_WORDS, min_size=0, max_size=30).map(" ".join) | st.text(min_size=0, max_size=120)
_FINDINGS = st.lists(
    st.builds(
        lambda line, column, severity, rule, message: Finding(
            rule=rule, name="a-rule", severity=severity, message=message, file="plan.yaml", line=line,
            column=column, path="goals"),
        st.integers(1, 100_000), st.integers(1, 1_000), st.sampled_from(["error", "warning", "info"]),
        st.sampled_from(["U001", "C014", "M008", "U10"]), _MESSAGES),
    min_size=1, max_size=8)


def _printed(table: Table, page: Page) -> str:
    console = console_for(page)
    console.print(table)
    assert isinstance(console.file, io.StringIO)
    return console.file.getvalue()


@settings(max_examples=400, deadline=None)
@given(_FINDINGS, st.integers(8, 160), st.booleans(), st.sampled_from([Lang.en, Lang.da]))
def test_two_columns_print_as_rich_prints_the_four(findings: list[Finding], width: int, color: bool,
                                                   lang: Lang) -> None:
    page = Page(lang=lang, width=width, color=color)
    rows = [(f"{f.line}:{f.column}", f.severity, f.rule, f.message, f.severity) for f in findings]
    four = text._four_columns([(place, text.SEVERITIES[level].text(lang), rule, text.printable(message), level)
                               for place, _, rule, message, level in rows])
    assert _printed(text._findings_table(findings, page), page) == _printed(four, page)


def test_the_two_columns_are_used_where_they_fit_and_four_where_the_terminal_is_narrower() -> None:
    findings = [Finding(rule="C014", name="repeated-passage", severity="warning", message="a passage stands twice",
                        file="p.yaml", line=120, column=7, path="sections")]
    assert len(text._findings_table(findings, Page(width=80)).columns) == 2
    assert len(text._findings_table(findings, Page(width=20)).columns) == 4
