"""Danish text as tokens for a word diff: words, numbers, abbreviations, spaces, marks.

"16-64-årige", "4,5", "37.818", "pct." and "hhv." are one token each, so a changed figure
reads as one changed word and "pct." is never split from its stop. Joining the tokens gives
back the text exactly.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = r"(?:pct|hhv|ca|bl\.a|f\.eks|jf|mv|m\.v|nr|inkl|ekskl|mio|mia|kr|evt|dvs|pkt|stk|ift|vha|osv)\."
_TOKEN = re.compile(
    rf"{_ABBREVIATIONS}(?![\w])"              # pct. hhv. ca. f.eks.
    r"|\d+(?:[.,]\d+)*(?:-\w+)*"              # 4,5  37.818  16-64-årige  2018-2019
    r"|\w+(?:-\w+)*-?"                        # kontanthjælpsmodtagere  a-dagpenge  uddannelses-
    r"|\s+"                                   # spaces and line breaks
    r"|.",                                    # any other mark: . , ( ) – "
    re.UNICODE | re.IGNORECASE,
)


def tokenise(text: str) -> list[str]:
    """The text as tokens; ''.join(tokenise(text)) == text."""
    return _TOKEN.findall(text)


def is_space(token: str) -> bool:
    return token.isspace()
