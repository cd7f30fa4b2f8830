"""What every command shares: turning planctl's errors into one line each and exit 2."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from planctl.cli.startup import resume_collection
from planctl.errors import PlanctlError, Problem
from planctl.messages import Lang
from planctl.output import deliver
from planctl.paths import same_file
from planctl.render.formats import FormatTable
from planctl.render.page import terminal_page
from planctl.render.terminal import printable, safe_lines

T = TypeVar("T")

EXIT_OK = 0
EXIT_FOUND = 1
EXIT_TROUBLE = 2


def fail(error: PlanctlError) -> NoReturn:
    for problem in error.problems:
        line = f"planctl: {problem}" if problem.file is None else str(problem)
        print(printable(line), file=sys.stderr)
    raise SystemExit(EXIT_TROUBLE)


def refuse_overwriting(output: Path, inputs: Sequence[Path], option: str = "-o") -> None:
    """A run whose output would replace one of its own inputs is refused before anything is written."""
    if any(same_file(output, path) for path in inputs):
        raise PlanctlError(Problem(f"{option}: will not overwrite an input of this command", output,
                                   hint="write the output to another file"))


def tell(text: str) -> None:
    """A report for the user on standard error (an import's, a summary), made safe to print."""
    print(safe_lines(printable(text, keep_newlines=True)), file=sys.stderr)


def guarded(action: Callable[[], T]) -> T:
    """Run a command's body; a user error becomes lines on stderr and exit code 2."""
    resume_collection()  # start-up is over (see cli/startup.py)
    try:
        return action()
    except PlanctlError as error:
        fail(error)
    except KeyboardInterrupt:
        print("planctl: interrupted", file=sys.stderr)
        raise SystemExit(130) from None
    except BrokenPipeError:
        # The reader of our output went away (`planctl ... | head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(EXIT_OK) from None


def emit(table: FormatTable[Any], name: str, result: Any, lang: Lang, output: Path | None, *,
         inputs: Sequence[Path], color: str = "auto", **options: object) -> None:
    """Render the result in the chosen format and write it to standard output or, atomically, to `output`.

    The bytes are the same either way: a file is rendered as standard output is when piped.
    `inputs` are the files the command read (a template too): `-o` never replaces one of them.
    """
    to_file = output is not None and str(output) != "-"
    template = options.get("template")
    if output is not None and to_file:
        refuse_overwriting(output, [*inputs, *([template] if isinstance(template, Path) else [])])
    page = terminal_page(lang, to_file=to_file, color=color, **options)
    rendered = table.render(name, result, page)
    if isinstance(rendered, str) and name != "github":
        # Only the github format writes workflow commands; in any other, a plan's text that
        # starts a line with '::' must not become one in a CI log.
        rendered = safe_lines(rendered)
    if isinstance(rendered, bytes) and not to_file and sys.stdout.isatty():
        raise PlanctlError(Problem(f"--format {name} writes a binary file, not text for the terminal",
                                   hint="write it with -o FILE, or pipe it"))
    deliver(rendered, output)
    for notice in dict.fromkeys(page.notices):
        tell(f"planctl: {notice}")
