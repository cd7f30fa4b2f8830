"""Inputs that would exhaust memory or time: huge files, long lines, deep nesting, folded placeholders."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MINIMAL_PLAN
from tests.hostile.corpus.case import Case, Writer, file_with


def _sized(target_bytes: int) -> Writer:
    def write(folder: Path) -> Path:
        path = folder / "plan.yaml"
        prose = "    prose:\n" + '      - "Antallet af ledige skal falde."\n' * (target_bytes // 40 + 1)
        path.write_text(MINIMAL_PLAN + prose, encoding="utf-8")
        return path

    return write


def _one_line(chars: int) -> Writer:
    return file_with(MINIMAL_PLAN.replace("title: Beskæftigelsesplan 2019", "title: " + "x" * chars, 1))


def _nested(depth: int, opener: str, closer: str) -> Writer:
    return file_with(MINIMAL_PLAN + "    prose: " + opener * depth + closer * depth + "\n")


def _block_nested(depth: int) -> Writer:
    return file_with(MINIMAL_PLAN + "    prose:\n" + "".join("  " * (i + 3) + "-\n" for i in range(depth))
                 + "  " * (depth + 3) + "- x\n")


def folded_placeholders(repeats: int) -> str:
    words = ("xx pct. " * repeats).split()
    lines = [" ".join(words[i:i + 20]) for i in range(0, len(words), 20)]
    return MINIMAL_PLAN + "    prose:\n      - >\n" + "".join(f"        {line}\n" for line in lines)


def resources() -> list[Case]:
    return [
        Case("resources", "plan-19mb", _sized(19 * 1024 * 1024), "invalid", every_format=True),
        Case("resources", "plan-6mb", _sized(6 * 1024 * 1024), "invalid"),
        Case("resources", "line-10mb", _one_line(10 * 1024 * 1024), "invalid", every_format=True),
        Case("resources", "line-300k", _one_line(300_000), "invalid", located=True),
        Case("resources", "line-150k", _one_line(150_000), "any"),
        Case("resources", "flow-lists-500", _nested(500, "[", "]"), "invalid", located=True, every_format=True),
        Case("resources", "flow-maps-5000", _nested(5000, "{a: ", "}"), "invalid", located=True),
        Case("resources", "flow-lists-50000", _nested(50_000, "[", "]"), "invalid", located=True),
        Case("resources", "block-lists-500", _block_nested(500), "invalid", located=True),
        Case("resources", "int-5000-digits", file_with(MINIMAL_PLAN.replace("period: 2019", "period: " + "1" * 5000)),
             "invalid", located=True),
        Case("resources", "float-5000-digits",
             file_with(MINIMAL_PLAN.replace("period: 2019", "period: 1." + "1" * 5000)), "invalid", located=True),
        Case("resources", "danish-number-200-digits",
             file_with(MINIMAL_PLAN.replace("value: x pct.", 'value: "' + "9" * 200 + ' pct."')), "invalid",
             located=True),
        # 60,000 are timed in test_bounds.py; here fewer, so a busy machine stays inside the hang bound
        Case("resources", "placeholders-20000", file_with(folded_placeholders(20_000)), "valid"),
        Case("resources", "goal-text-1mb",
             file_with(MINIMAL_PLAN.replace("text: Antallet af unge skal falde med x pct. fra 2018 til 2019.",
                                        "text: >\n" + "          Antallet af unge skal falde med 4 pct.\n" * 25_000)),
             "valid"),
        Case("resources", "sections-5000", file_with(MINIMAL_PLAN + "".join(
            f"  - title: Afsnit {n}\n    prose: [\"Antallet falder med {n} pct.\"]\n" for n in range(5000))), "valid"),
    ]
