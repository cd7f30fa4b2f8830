"""Configuration of check: `planctl.toml`, or `[tool.planctl]` in `pyproject.toml`,
found by walking up from a plan's folder. Example:

    select = ["U", "C", "M"]
    ignore = ["M002"]
    [severity]
    C003 = "error"
    [per-file-ignores]
    "*-udkast.yaml" = ["U001", "U002"]
"""

# No `from __future__ import annotations` here: typing.NamedTuple makes each annotation written as
# text a ForwardRef, compiling it (~8 µs a field at import); written as Python reads them, it does not.

import difflib
import re
import sys
from collections.abc import Mapping
from fnmatch import fnmatch
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from planctl.errors import PlanctlError, Problem
from planctl.file_problems import A_CONFIGURATION_FILE
from planctl.limits import MAX_CONFIG_BYTES
from planctl.lint.finding import SEVERITIES, Severity
from planctl.paths import read_bytes

_KEYS = {"select", "ignore", "severity", "per-file-ignores"}


class LintConfig(NamedTuple):
    """The configuration that applies to a plan: where it was read from, what it selects and ignores,
    the severities it sets, and what it ignores in which files.

    A NamedTuple, not a frozen dataclass: made at import far faster (see `errors.Problem`). Its tables
    are read, never changed: the empty ones of a plan without configuration are shared.
    """

    source: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = {}
    per_file_ignores: Mapping[str, tuple[str, ...]] = {}

    def ignored_for(self, plan_file: Path) -> tuple[str, ...]:
        if self.source is None:
            return ()
        base = self.source.parent
        try:
            relative = plan_file.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            relative = plan_file.name
        return tuple(
            code
            for pattern, codes in self.per_file_ignores.items()
            if fnmatch(relative, pattern) or fnmatch(plan_file.name, pattern)
            for code in codes
        )


def known_code(code: str) -> bool:
    from planctl.lint.rules import RULES  # here: a run with no codes to check never loads the rules

    return code == "ALL" or any(rule.id.startswith(code) for rule in RULES)


def check_codes(codes: tuple[str, ...], where: Problem) -> None:
    unknown = [code for code in codes if not known_code(code)]
    if unknown:
        raise PlanctlError(Problem(
            f"{where.message}unknown rule or family {', '.join(repr(c) for c in unknown)}",
            where.file, hint="see `planctl rules`",
        ))


def config_candidates(folder: Path) -> list[Path]:
    """The files that may configure the plans in this folder, nearest first: each pyproject.toml
    up to the nearest planctl.toml, which ends the search (it wins over a pyproject.toml beside it)."""
    found = []
    for directory in (folder.resolve(), *folder.resolve().parents):
        own = directory / "planctl.toml"
        if own.is_file():
            found.append(own)
            break
        project = directory / "pyproject.toml"
        if project.is_file():
            found.append(project)
    return found


@cache
def config_for(folder: Path) -> LintConfig:
    """The configuration that applies to plans in this folder: the nearest planctl.toml, or the
    nearest pyproject.toml with a [tool.planctl] table, whichever is nearer."""
    for candidate in config_candidates(folder):
        if candidate.name == "planctl.toml":
            return load_config(candidate)
        table = _read(candidate).get("tool", {}).get("planctl")
        if table is not None:
            return _parse(table, candidate)
    return LintConfig()


def load_config(path: Path) -> LintConfig:
    data = _read(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("planctl", {})
    return _parse(data, path)


def _read(path: Path) -> dict[str, Any]:
    """The TOML file as a table, or one problem; a pipe or device is refused, never waited on."""
    text = _text(path)
    # Imported here, when a configuration file is found: checking plans with none above them never
    # loads the TOML parser (~2 ms of start-up).
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line, column = _toml_position(error, text)
        raise PlanctlError(Problem(f"invalid TOML: {_toml_reason(error)}", path, line, column)) from None
    except RecursionError:
        # tomllib parses nested arrays and inline tables by recursion
        raise PlanctlError(Problem("invalid TOML: arrays or tables nested too deep for a configuration",
                                   path)) from None


def _text(path: Path) -> str:
    data = read_bytes(path, limit=MAX_CONFIG_BYTES, what=A_CONFIGURATION_FILE)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise PlanctlError(Problem(f"not UTF-8 text (byte 0x{data[error.start]:02x})", path, line,
                                   hint="save the configuration as UTF-8")) from None


# Where tomllib says an error is; searched only in a file that is no valid TOML (compiled then, by `re`).
_AT = r"\s*\(at line (\d+), column (\d+)\)$|\s*\(at end of document\)$"


def _toml_reason(error: ValueError) -> str:
    """tomllib's message without the place it appends, which the problem says as line:col."""
    return re.sub(_AT, "", str(error))


def _toml_position(error: ValueError, text: str) -> tuple[int | None, int | None]:
    found = re.search(_AT, str(error))
    if found is None:
        return None, None
    if found.group(1) is None:  # at the end of the document
        return text.count("\n") + 1, len(text) - text.rfind("\n")
    return int(found.group(1)), int(found.group(2))


def _parse(table: Any, path: Path) -> LintConfig:
    table = _table(table, path, "tool.planctl", "[tool.planctl] select = [\"U\"]")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        near = {key: difflib.get_close_matches(key, sorted(_KEYS), n=1) for key in unknown}
        named = ", ".join(f"'{key}' (did you mean '{near[key][0]}'?)" if near[key] else f"'{key}'" for key in unknown)
        hint = None if all(near.values()) else f"known: {', '.join(sorted(_KEYS))}"
        raise PlanctlError(Problem(f"unknown setting {named}", path, _line_of(path, unknown[0]), 1, hint=hint))
    select = _codes(table.get("select"), path, "select") if "select" in table else None
    ignore = _codes(table.get("ignore", []), path, "ignore")
    severity: dict[str, Severity] = {}
    for code, level in _table(table.get("severity", {}), path, "severity", "[severity] M002 = \"error\"").items():
        check_codes((code.upper(),), Problem("severity: ", path))
        if level not in SEVERITIES:
            raise PlanctlError(Problem(f"severity of {code} must be one of {', '.join(SEVERITIES)}", path))
        severity[code.upper()] = level
    per_file = {
        pattern: _codes(codes, path, f"per-file-ignores '{pattern}'")
        for pattern, codes in _table(table.get("per-file-ignores", {}), path, "per-file-ignores",
                                       "[per-file-ignores] \"*-udkast.yaml\" = [\"U\"]").items()
    }
    return LintConfig(path, select, ignore, severity, per_file)


def _line_of(path: Path, key: str) -> int | None:
    """The line where a key is set (`key =` or `[key]`, quoted or not), for the error's position."""
    pattern = re.compile(rf"""^\s*(\[\s*)?(tool\.planctl\.)?["']?{re.escape(key)}["']?\s*(=|\])""")
    for number, line in enumerate(_text(path).splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def _table(value: Any, path: Path, key: str, example: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PlanctlError(Problem(f"{key} must be a table, e.g. {example}", path))
    return value


def _codes(value: Any, path: Path, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PlanctlError(Problem(f"{key} must be a list of rule ids, e.g. [\"U001\", \"C\"]", path))
    codes = tuple(v.strip().upper() for v in value)
    check_codes(codes, Problem(f"{key}: ", path))
    return codes
