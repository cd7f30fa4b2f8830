"""The README's command examples, made from the commands' real output so they cannot drift.

A marker comment before a fenced block names the command and which of its output lines to show:

    <!-- example: check plans/lyngby-taarbaek-2019.yaml --lang da; lines 1-3, -1 -->
    ```
    $ planctl check plans/lyngby-taarbaek-2019.yaml --lang da
    ...the output...
    ```

`lines` picks 1-based lines (a range, or a negative index from the end); a gap between picked
lines is shown as "...". Without `lines` the whole output is shown; `stderr` shows standard
error after standard output (for a refused input); a ```json block leaves out the `$` line, so
the block stays valid JSON. The command runs in this process at
80 columns, without colour, as piped.

    .venv/bin/python -m tests.readme_examples          # says whether the README is up to date
    .venv/bin/python -m tests.readme_examples --write  # rewrites the examples from the real output

tests/test_readme.py fails when an example has drifted from the output.
"""

from __future__ import annotations

import re
import shlex
import sys

from tests.conftest import ROOT, run_cli

README = ROOT / "README.md"
_EXAMPLE = re.compile(r"(<!-- example: (?P<spec>.+?) -->\n```(?P<lang>\w*)\n)(?P<body>.*?)(\n```)", re.DOTALL)


def _picked(lines: list[str], spec: str | None) -> list[str]:
    if not spec:
        return lines
    chosen: list[int] = []
    for part in spec.split(","):
        part = part.strip()
        if part.startswith("-"):
            chosen.append(len(lines) + int(part))
        elif "-" in part:
            first, last = (int(n) for n in part.split("-"))
            chosen += range(first - 1, last)
        else:
            chosen.append(int(part) - 1)
    shown: list[str] = []
    for k, index in enumerate(chosen):
        if k and index != chosen[k - 1] + 1:
            shown.append(" ...")
        shown.append(lines[index])
    return shown


def example(spec: str, lang: str) -> str:
    """The block's text for a marker's spec: the command line, then the picked lines of its output."""
    command, _, rest = spec.partition(";")
    picks = re.search(r"lines\s+(.+)", rest)
    arguments = shlex.split(command)
    result = run_cli(*arguments, env={"COLUMNS": "80"}, cwd=ROOT)
    printed = result.out + result.err if re.search(r"\bstderr\b", rest) else result.out
    output = [line.rstrip() for line in printed.rstrip("\n").split("\n")]
    lines = _picked(output, picks.group(1) if picks else None)
    if lang == "json":
        return "\n".join(lines)
    return "\n".join([f"$ planctl {command.strip()}", *lines])


def refreshed(text: str) -> str:
    """The README with every example made again from its command's output."""
    return _EXAMPLE.sub(lambda m: m.group(1) + example(m.group("spec"), m.group("lang")) + m.group(5), text)


def main() -> int:
    text = README.read_text(encoding="utf-8")
    new = refreshed(text)
    if "--write" in sys.argv:
        README.write_text(new, encoding="utf-8")
        return 0
    if new != text:
        print("README.md: the examples differ from the commands' output; "
              "run `python -m tests.readme_examples --write`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
