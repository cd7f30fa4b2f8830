"""The shape of a lint rule: an id, a name, a default severity, and check()."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from planctl.lint.finding import Severity
from planctl.messages import Lang, Message
from planctl.model.walk import PlanPath

if TYPE_CHECKING:
    from planctl.lint.context import PlanContext

# Each rule's documentation in Danish, one file a rule (`planctl rules ID --lang da`).
_DANISH = Path(__file__).parent / "danish"


class Report:
    """What a rule reports: where (a node path, and an offset into its text), and what.

    A plain class, not a dataclass: every check imports it, and a frozen dataclass costs half a millisecond
    to build at import. Nothing changes a report once made.
    """

    __slots__ = ("path", "message", "excerpt", "offset", "severity")

    def __init__(self, path: PlanPath, message: Message, excerpt: str | None = None, offset: int | None = None,
                 severity: Severity | None = None) -> None:
        self.path = path
        self.message = message
        self.excerpt = excerpt
        self.offset = offset
        # A rule may report one finding at another level than its default (e.g. information).
        self.severity = severity

    @classmethod
    def of_match(cls, path: PlanPath, match: re.Match[str], message: Message) -> Report:
        """A finding at what a pattern matched in the text at `path`."""
        return cls(path, message, excerpt=match.group(0), offset=match.start())


class Rule:
    """A lint rule. Subclasses set the class variables and implement check().

    The module docstring of a rule is its documentation (`planctl rules ID`).
    """

    id: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    # Unfinished text is a warning while a plan is a draft and an error once it is final or adopted.
    # A plan whose document states no status (`unknown`) is not taken to be final: a warning, as
    # for a draft; the plan's author makes it an error by stating the status.
    follows_status: ClassVar[bool] = False

    def severity_for(self, status: str) -> Severity:
        if self.follows_status:
            return "warning" if status in ("draft", "unknown") else "error"
        return self.severity

    def check(self, ctx: PlanContext) -> Iterator[Report]:
        raise NotImplementedError

    @classmethod
    def documentation(cls, lang: Lang | str = Lang.en) -> str:
        """What the rule finds and why, with a plan that passes and one that fails: in English the rule
        module's docstring; in Danish `lint/danish/<id>.txt`, the same sections and examples."""
        if lang == Lang.da:
            return (_DANISH / f"{cls.id}.txt").read_text(encoding="utf-8").strip()
        return (sys.modules[cls.__module__].__doc__ or "").strip()

    @classmethod
    def summary(cls) -> str:
        return cls.documentation().splitlines()[0] if cls.documentation() else cls.name

    @property
    def family(self) -> str:
        return self.id.rstrip("0123456789")
