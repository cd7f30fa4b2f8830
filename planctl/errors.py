"""The one exception type for problems a user must fix, and how it reads."""

# No `from __future__ import annotations` here: typing.NamedTuple makes each annotation written as
# text a ForwardRef, compiling it (~8 µs a field at import); written as Python reads them, it does not.

from pathlib import Path
from typing import NamedTuple


# A NamedTuple, not a frozen dataclass: as immutable and comparable, and made ~8 times faster at
# import (~60 µs, not ~450), which every `planctl check` pays at its start.
class Problem(NamedTuple):
    """One thing wrong with an input, at a place in a file when there is one."""

    message: str
    file: Path | None = None
    line: int | None = None
    column: int | None = None
    hint: str | None = None

    @property
    def message_with_hint(self) -> str:
        """What is wrong and, when there is one, the hint: 'no rule 'Z9' (`planctl rules` lists them)'."""
        return f"{self.message} ({self.hint})" if self.hint else self.message

    def __str__(self) -> str:
        """'file:line:col: message (hint)', as far as the place is known."""
        where = ""
        if self.file is not None:
            where = str(self.file)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return f"{where}{self.message_with_hint}"


class PlanctlError(Exception):
    """A problem with the user's input or arguments: shown as one line each, exit code 2."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = Problem(problems)
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> "tuple[type[PlanctlError], tuple[list[Problem]]]":
        # Raised in a worker of `check --jobs`, it crosses to the main process whole: its problems, not their text.
        return (PlanctlError, (self.problems,))
