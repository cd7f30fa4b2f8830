"""Rule tests in the manner of yamllint's RuleTestCase: small inline plans, expected (id, line, col)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from planctl.lint.config import LintConfig
from planctl.lint.report import CheckOptions
from planctl.lint.run import lint_plan
from planctl.load import load_plan

HEADER = """\
municipality:
  name: Testby Kommune
  code: "999"
title: Beskæftigelsesplan {period}
period: {period}
status: {status}
"""


def plan_text(body: str, *, status: str = "final", period: str = "2019") -> str:
    """A plan: the identity lines (6 lines) followed by the given YAML body."""
    return HEADER.format(period=period, status=status) + textwrap.dedent(body)


def lint(tmp_path: Path, body: str, rule: str, *, status: str = "final", period: str = "2019",
         lang: str = "en", whole: str | None = None) -> list[tuple[str, int, int]]:
    """(rule, line, column) of every finding of the rule (or family) on the plan."""
    return [(f.rule, f.line, f.column) for f in findings(tmp_path, body, rule, status=status, period=period,
                                                          lang=lang, whole=whole)]


def findings(tmp_path: Path, body: str, rule: str, *, status: str = "final", period: str = "2019",
             lang: str = "en", whole: str | None = None):  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.yaml"
    path.write_text(whole if whole is not None else plan_text(body, status=status, period=period), encoding="utf-8")
    result = lint_plan(load_plan(path), CheckOptions(select=(rule,), lang=lang), LintConfig())
    return result.findings
