"""JSON as a medium: stable, indented, UTF-8, and safe to print.

`json.dumps` leaves C1 control characters (U+0080-U+009F) raw, and a terminal may take one
for the start of an escape sequence; here every control character from a plan is written
as a \\u escape, which any JSON reader turns back into the same text; so is a bidi control.
"""

from __future__ import annotations

import json
import re

# C1 controls, the line and paragraph separators, the bidi controls that reorder what a
# terminal shows (U+202A-U+202E, U+2066-U+2069), and lone surrogates: a file name's bytes that
# are not UTF-8 (kept by surrogateescape) cannot be written as UTF-8, but as a \udcXX escape
# they can, and `os.fsencode(json.loads(...))` gives the name's bytes back.
_C1 = re.compile("[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def dumps(document: object) -> str:
    """The document as indented JSON text ending in a newline; non-ASCII letters kept as they are."""
    text = json.dumps(document, ensure_ascii=False, indent=2)
    return _C1.sub(lambda match: f"\\u{ord(match.group()):04x}", text) + "\n"
