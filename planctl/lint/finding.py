"""What a rule finds, as every renderer receives it."""

# No `from __future__ import annotations` here: typing.NamedTuple makes each annotation written as
# text a ForwardRef, compiling it (~8 µs a field at import); written as Python reads them, it does not.

from typing import Literal, NamedTuple

from planctl.messages import Message

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

# Between the goal a finding is about and what was found: "MÅL 4: … i 2018. — the target is for …".
SUBJECT_SEPARATOR = " — "


def about(subject: str | None, detail: str) -> str:
    """A finding's message: the goal it is about (when it is about one), then what was found."""
    return f"{subject}{SUBJECT_SEPARATOR}{detail}" if subject else detail


# A NamedTuple, as `errors.Problem` is: made at import far faster than a frozen dataclass.
class Finding(NamedTuple):
    """One finding of one rule at one place in a plan file."""

    rule: str
    name: str
    severity: Severity
    message: str
    file: str
    line: int
    column: int
    path: str
    excerpt: str | None = None
    # The goal the finding is about, named as printed ("MÅL 4: … i 2018."); the message begins with it.
    subject: str | None = None

    @property
    def detail(self) -> str:
        """What was found, without the goal it is about: for a report that names the place itself."""
        prefix = f"{self.subject}{SUBJECT_SEPARATOR}"
        return self.message.removeprefix(prefix) if self.subject else self.message

    @property
    def family(self) -> str:
        return self.rule.rstrip("0123456789")


# The families a rule id begins with, named as a report names them.
FAMILIES = {
    "U": Message("uafsluttet tekst", "unfinished text"),
    "C": Message("sammenhæng", "consistency"),
    "M": Message("fuldstændighed", "completeness"),
    "S": Message("undertrykkelser", "suppressions"),
}
