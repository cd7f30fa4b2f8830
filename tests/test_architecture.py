"""The layers of planctl, and the one-way flow between them, kept by a test.

file -> load -> model -> analysis (lint, diff, compare, tags) -> result -> render -> cli.
A module may import its own layer and the layers below it, never one above; only the
command line and the renderers talk to the terminal (typer, rich); no two modules import
each other, directly or through others. ARCHITECTURE.md explains the map.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "planctl"

# Lowest first. A module is in the layer of its longest matching prefix.
LAYERS: list[tuple[str, ...]] = [
    ("planctl", "planctl.errors", "planctl.messages", "planctl.data", "planctl.model", "planctl.text",
     "planctl.paths", "planctl.output"),
    ("planctl.load",),
    ("planctl.lint",),
    ("planctl.diff", "planctl.compare", "planctl.tags", "planctl.appendix", "planctl.importers"),
    ("planctl.render",),
    ("planctl.cli", "planctl.__main__"),
]
TERMINAL_LIBRARIES = ("typer", "rich", "click")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node that runs: the bodies of `if TYPE_CHECKING:` are for the type checker only."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from (n for child in node.orelse for n in [child, *_runtime_nodes(child)])
            continue
        yield node
        yield from _runtime_nodes(node)


@cache
def imports_of(name: str) -> frozenset[str]:
    """The modules a module imports when it runs, at the top or inside a function."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # from .x import y: relative to the package, one level up per extra dot
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in MODULES)
    return frozenset(found)


def layer_of(name: str) -> int:
    best, rank = -1, -1
    for index, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (name == prefix or name.startswith(prefix + ".")) and len(prefix) > best:
                best, rank = len(prefix), index
    assert rank >= 0, f"{name} is in no layer: add it to LAYERS and to ARCHITECTURE.md"
    return rank


@cache
def internal_graph() -> dict[str, set[str]]:
    return {name: {i for i in imports_of(name) if i in MODULES and i != name} for name in MODULES}


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_imports_a_layer_above_its_own(name: str) -> None:
    above = sorted(i for i in internal_graph()[name] if layer_of(i) > layer_of(name))
    assert not above, f"{name} imports upward: {above}"


@pytest.mark.parametrize("name", sorted(n for n in MODULES if layer_of(n) < layer_of("planctl.render")))
def test_only_the_command_line_and_the_renderers_use_the_terminal_libraries(name: str) -> None:
    used = sorted(i for i in imports_of(name) if i.split(".")[0] in TERMINAL_LIBRARIES)
    assert not used, f"{name} imports {used}"


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import circles: strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_there_is_no_import_circle() -> None:
    assert cycles(internal_graph()) == []


def test_the_circle_finder_finds_a_circle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_layer_check_sees_a_deferred_import() -> None:
    tree = "def f():\n    from planctl.render import terminal\n"
    nodes = list(_runtime_nodes(ast.parse(tree)))
    assert any(isinstance(n, ast.ImportFrom) and n.module == "planctl.render" for n in nodes)


@pytest.mark.parametrize("command", [
    ["check", "plans/", "--format", "concise"],
    ["diff", "plans/lyngby-taarbaek-2019-udkast.yaml", "plans/lyngby-taarbaek-2019.yaml", "--format", "json"],
    ["compare", "plans/", "--format", "json"],
], ids=["check", "diff", "compare"])
def test_check_diff_and_compare_import_neither_word_nor_pdf_libraries(command: list[str]) -> None:
    """The Word toolkit is for the commands that write Word, pdfium for import; the others must not pay for them."""
    probe = (
        "import os, runpy, sys\n"
        "def stay(code):\n    raise SystemExit(code)\n"
        "os._exit = stay  # planctl ends the process with os._exit; the probe lists the modules after it\n"
        f"sys.argv = ['planctl', *{command!r}]\n"
        "try:\n    runpy.run_module('planctl', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('docx', 'lxml', 'pypdfium2')), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.stderr.strip().splitlines()[-1] == "[]", result.stderr


# What `check` of a plan must not import at start-up: the Word and PDF libraries, the diff and the comparison,
# and the libraries that only some findings need (imported inside the function that words that finding).
CHECK_NEVER_IMPORTS = ("docx", "lxml", "pypdfium2", "babel", "patiencediff", "planctl.diff", "planctl.compare",
                       "planctl.appendix", "planctl.importers", "planctl.render.docx", "multiprocessing",
                       "concurrent.futures", "rapidfuzz")


def _imported_by(command: list[str]) -> set[str]:
    probe = (
        "import os, runpy, sys\n"
        "def stay(code):\n    raise SystemExit(code)\n"
        "os._exit = stay  # planctl ends the process with os._exit; the probe lists the modules after it\n"
        f"sys.argv = ['planctl', *{command!r}]\n"
        "try:\n    runpy.run_module('planctl', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print(sorted(sys.modules), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=False)
    return set(ast.literal_eval(result.stderr.strip().splitlines()[-1]))


def _banned(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == ban or m.startswith(ban + ".") for ban in CHECK_NEVER_IMPORTS))


@pytest.mark.parametrize("plan", ["plans/lyngby-taarbaek-2019.yaml", "plans/taarnby-2019-2023.yaml"])
def test_check_of_a_plan_imports_only_what_it_uses(plan: str) -> None:
    """check's start-up is its speed in pre-commit and CI (issue 15): a ban that comes back fails here."""
    assert _banned(_imported_by(["check", plan, "--jobs", "1"])) == []


def test_the_import_ban_sees_a_banned_module() -> None:
    assert _banned(_imported_by(["diff", "plans/lyngby-taarbaek-2019-udkast.yaml", "plans/lyngby-taarbaek-2019.yaml"]
                                )) != []
