"""Text made safe for Word's XML: characters XML 1.0 cannot hold are replaced, and counted.

A plan can hold what a .docx cannot: C0 control characters (a form feed or a BEL pasted
from an old document), U+FFFE and U+FFFF, lone surrogates. lxml refuses them outright, and
a file holding them would not open. They become U+FFFD, the replacement character, and
the user is told once how many there were, which ones, and where the first one stood.
Tab and newline are kept: the writer turns them into `w:tab` and `w:br`.
"""

from __future__ import annotations

import re

from planctl.messages import Lang, number, say
from planctl.model.walk import PlanPath, format_path

REPLACEMENT = "\ufffd"
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_CARRIAGE_RETURN = re.compile("\r\n?")


def xml_safe(text: str) -> str:
    """The text with carriage returns as newlines and unsafe characters as U+FFFD, uncounted."""
    return _UNSAFE.sub(REPLACEMENT, _CARRIAGE_RETURN.sub("\n", text))


class SafeText:
    """Cleans every text the writer puts into the document, and remembers what it replaced."""

    def __init__(self) -> None:
        self.replaced: dict[str, int] = {}
        self.first: PlanPath | None = None

    def __call__(self, text: str, origin: PlanPath = ()) -> str:
        """The text with carriage returns as newlines and unsafe characters as U+FFFD."""
        text = _CARRIAGE_RETURN.sub("\n", text)
        if not _UNSAFE.search(text):
            return text
        for match in _UNSAFE.finditer(text):
            self.replaced[match.group()] = self.replaced.get(match.group(), 0) + 1
        if self.first is None:
            self.first = origin
        return _UNSAFE.sub(REPLACEMENT, text)

    def notice(self, lang: Lang) -> str | None:
        """One line for the user when anything was replaced: how many, which, where first."""
        if not self.replaced:
            return None
        count = number(sum(self.replaced.values()), lang)
        which = ", ".join(f"U+{ord(character):04X}" for character in sorted(self.replaced))
        where = format_path(self.first or ())
        place = say(lang, f" (første gang i {where})", f" (first in {where})") if where else ""
        return say(
            lang,
            f"planen indeholder {count} tegn, som et Word-dokument ikke kan rumme ({which}); "
            f"de er erstattet af {REPLACEMENT}",
            f"the plan holds {count} characters a Word document cannot hold ({which}); "
            f"they were replaced by {REPLACEMENT}",
        ) + place
