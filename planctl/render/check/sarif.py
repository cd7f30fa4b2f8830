"""check --format sarif: SARIF 2.1.0, for code-scanning dashboards.

A plan that cannot be read or validated is reported too: one error result per problem,
under the pseudo-rule E001 invalid-plan, which the driver lists only when it was used
(the lint rules' list stays as `planctl rules` shows it). Each rule carries `help` (its
documentation, as `planctl rules ID` prints it) and `helpUri` (README's rule table); each
result a `partialFingerprints` that does not depend on its line (see fingerprint.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planctl import __version__
from planctl.errors import Problem
from planctl.lint.finding import Finding
from planctl.lint.report import CheckReport
from planctl.lint.rules import RULES
from planctl.render.check.fingerprint import fingerprints
from planctl.render.jsontext import dumps
from planctl.render.page import Page

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
RULES_HELP_URI = "README.md#rules"
"""README's table of the rules; relative to the repository, as the project has no published address yet."""
FINGERPRINT = "planctl/v1"

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
    "helpUri": RULES_HELP_URI,
    "help": {"text": (
        "The file is not UTF-8 YAML, or its content does not fit the plan format "
        "(`planctl schema`); no rule can run on it, and `planctl check` exits with code 2."
    )},
}


def render(report: CheckReport, page: Page) -> str:
    rules = [
        {
            "id": rule.id,
            "name": rule.name,
            "shortDescription": {"text": rule.summary()},
            "fullDescription": {"text": rule.documentation()},
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
            "helpUri": RULES_HELP_URI,
            "help": {"text": rule.documentation()},
        }
        for rule in RULES
    ]
    index = {rule.id: i for i, rule in enumerate(RULES)}
    found, invalid = fingerprints(report)
    results = [_finding(f, index[f.rule], fingerprint) for f, fingerprint in zip(report.findings(), found, strict=True)]
    if report.invalid:
        results += [_invalid(problem, len(rules), fingerprint)
                    for problem, fingerprint in zip(report.invalid, invalid, strict=True)]
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


def _finding(f: Finding, rule_index: int, fingerprint: str) -> dict[str, Any]:
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
        "partialFingerprints": {FINGERPRINT: fingerprint},
    }


def _invalid(problem: Problem, rule_index: int, fingerprint: str) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": INVALID_PLAN["id"],
        "ruleIndex": rule_index,
        "level": "error",
        "message": {"text": problem.message_with_hint},
        "locations": [],
        "partialFingerprints": {FINGERPRINT: fingerprint},
    }
    if problem.file is not None:
        location: dict[str, Any] = {"artifactLocation": {"uri": problem.file.as_posix()}}
        if problem.line is not None:
            location["region"] = {"startLine": problem.line}
            if problem.column is not None:
                location["region"]["startColumn"] = problem.column
        result["locations"] = [{"physicalLocation": location}]
    return result
