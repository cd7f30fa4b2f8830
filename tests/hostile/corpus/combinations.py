"""Commands and options combined in ways a user may try: an output onto an input, a folder as a template."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MINIMAL_PLAN
from tests.hostile.corpus.case import Case, file_with

_ONTO_INPUT = (
    ("check", "{in}", "-o", "{in}"),
    ("show", "{in}", "-o", "{in}"),
    ("show", "{in}", "--format", "docx", "-o", "{in}"),
    ("diff", "{other}", "{in}", "-o", "{in}"),
    ("compare", "{in}", "{other}", "-o", "{other}"),
    ("appendix", "{in}", "--format", "markdown", "-o", "{in}"),
    ("tags", "{in}", "--write-patch", "{in}"),
)
_COMBINATIONS = {
    "output-onto-input": _ONTO_INPUT,
    "output-into-missing-folder": (("check", "{in}", "-o", "missing/out.txt"),
                                   ("show", "{in}", "--format", "docx", "-o", "missing/out.docx"),
                                   ("tags", "{in}", "--write-patch", "missing/tags.patch")),
    "output-onto-folder": (("check", "{in}", "-o", "."), ("show", "{in}", "-o", "sub"),
                           ("tags", "{in}", "--write-patch", "sub"), ("diff", "{other}", "{in}", "-o", "sub")),
    "template-is-plan": (("show", "{in}", "--format", "docx", "-o", "out.docx", "--template", "{in}"),),
    "template-is-folder": (("show", "{in}", "--format", "docx", "-o", "out.docx", "--template", "sub"),),
    "config-is-plan": (("check", "{in}", "--config", "{in}"),),
    "config-is-folder": (("check", "{in}", "--config", "sub"),),
    "import-onto-itself": (("import", "{in}", "-o", "{in}"), ("import", "{in}", "-o", "{in}", "--force")),
    "unknown-format": (("check", "{in}", "--format", "xml"), ("show", "{in}", "--format", "\x1b[2J")),
    "bad-lang": (("check", "{in}", "--lang", "xx"), ("schema", "x")),
    "rule-with-escape": (("rules", "\x1b]0;pwned\x07"), ("check", "{in}", "--select", "\x1b[2JZ9")),
    "appendix-against-itself": (("appendix", "{in}", "--against", "{in}", "--format", "markdown"),),
}
_COMBINATION_OUTPUTS = {"template-is-folder": (), "appendix-against-itself": ()}


def _with_sub(folder: Path) -> Path:
    (folder / "sub").mkdir()
    return file_with(MINIMAL_PLAN)(folder)


def combinations() -> list[Case]:
    valid = {"appendix-against-itself"}
    return [Case("combinations", name, _with_sub, "valid" if name in valid else "invalid", commands="custom",
                 custom=commands, outputs=_COMBINATION_OUTPUTS.get(name, ()))
            for name, commands in _COMBINATIONS.items()]
