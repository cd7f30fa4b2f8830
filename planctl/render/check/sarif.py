"""check --format sarif: SARIF 2.1.0, for code-scanning dashboards.

A plan that cannot be read or validated is reported too: one error result per problem,
under the pseudo-rule E001 invalid-plan, which the driver lists only when it was used
(the lint rules' list stays as `planctl rules` shows it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planctl import __version__
from planctl.errors import Problem
from planctl.lint.finding import Finding
from planctl.lint.rules import RULES
from planctl.lint.run import CheckReport
from planctl.render.jsontext import dumps
from planctl.render.page import Page

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}

INVALID_PLAN: dict[str, Any] = {
    "id": "E001",
    "name": "invalid-plan",
    "shortDescription": {"text": "E001 invalid-plan: a plan file that cannot be read or is not a valid plan"},
    "fullDescription": {"text": (
        "E001 invalid-plan: a plan file that cannot be read or is not a valid plan\n\n"
        "The file is not UTF-8 YAML, or its content does not fit the plan format "
        "(`planctl schema`); no rule can run on it, and `planctl check` exits with code 2."
    )},
    "defaultConfiguration": {"level": "error"},
}


def render(report: CheckReport, page: Page) -> str:
    rules = [
        {
            "id": rule.id,
            "name": rule.name,
            "shortDescription": {"text": rule.summary()},
            "fullDescription": {"text": rule.documentation()},
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        }
        for rule in RULES
    ]
    index = {rule.id: i for i, rule in enumerate(RULES)}
    results = [_finding(f, index[f.rule]) for f in report.findings()]
    if report.invalid:
        results += [_invalid(problem, len(rules)) for problem in report.invalid]
        rules.append(INVALID_PLAN)
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "planctl", "version": __version__, "rules": rules}},
            "results": results,
        }],
    }
    return dumps(document)


def _finding(f: Finding, rule_index: int) -> dict[str, Any]:
    return {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": _LEVEL[f.severity],
        "message": {"text": f.message},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": Path(f.file).as_posix()},
                "region": {"startLine": f.line, "startColumn": f.column},
            },
            "logicalLocations": [{"fullyQualifiedName": f.path}] if f.path else [],
        }],
    }


def _invalid(problem: Problem, rule_index: int) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": INVALID_PLAN["id"],
        "ruleIndex": rule_index,
        "level": "error",
        "message": {"text": problem.message_with_hint},
        "locations": [],
    }
    if problem.file is not None:
        location: dict[str, Any] = {"artifactLocation": {"uri": problem.file.as_posix()}}
        if problem.line is not None:
            location["region"] = {"startLine": problem.line}
            if problem.column is not None:
                location["region"]["startColumn"] = problem.column
        result["locations"] = [{"physicalLocation": location}]
    return result
