"""A Python regular expression of the model as a JSON Schema ``pattern``.

The parsers in ``values.py`` match case-insensitively on text whose whitespace is
normalised; a JSON Schema pattern has no flags and is matched by editors as an
ECMAScript expression with the ``u`` flag. ``json_pattern`` rewrites the grammar so
that both Python's ``re`` and ECMAScript read it the same way: group names dropped,
letters spelt in both cases, escapes ECMAScript refuses made plain, every space one or
more whitespace characters, and the whole value anchored with whitespace around it.
"""

from __future__ import annotations

import re

_GROUP_NAME = re.compile(r"\(\?P<\w+>")
# re.escape escapes these; ECMAScript with the u flag refuses them escaped outside a class.
_NEEDLESS_ESCAPES = set("-&~#")


def json_pattern(grammar: str) -> str:
    """The anchored, case-folded ECMAScript-compatible pattern of a case-insensitive grammar."""
    return rf"^\s*(?:{_fold(_GROUP_NAME.sub('(?:', grammar))})\s*$"


def _fold(grammar: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(grammar):
        char = grammar[index]
        if grammar.startswith("\\s", index):
            # One whitespace character in normalised text is any run of it in the file.
            quantifier = grammar[index + 2 : index + 3]
            out.append({"?": r"\s*", "*": r"\s*", "+": r"\s+"}.get(quantifier, r"\s+"))
            index += 3 if quantifier in ("?", "*", "+") else 2
        elif char == "\\":
            out.append(_escape(grammar[index + 1]))
            index += 2
        elif char == "[":
            end = _class_end(grammar, index)
            out.append(_fold_class(grammar[index : end + 1]))
            index = end + 1
        else:
            out.append(_letter(char))
            index += 1
    return "".join(out)


def _escape(char: str) -> str:
    if char == " ":
        return r"\s+"
    if char in _NEEDLESS_ESCAPES:
        return char
    return "\\" + char


def _letter(char: str) -> str:
    if char == " ":
        return r"\s+"
    other = char.swapcase()
    return f"[{char}{other}]" if char.isalpha() and other != char and len(other) == 1 else char


def _class_end(grammar: str, start: int) -> int:
    index = start + 1
    while grammar[index] != "]":
        index += 2 if grammar[index] == "\\" else 1
    return index


def _fold_class(text: str) -> str:
    """``[a-zæ]`` -> ``[a-zA-ZæÆ]``: every letter and letter range with its other case."""
    body = text[1:-1]
    out: list[str] = []
    index = 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            out.append(body[index : index + 2])
            index += 2
        elif char.isalpha() and body[index + 1 : index + 2] == "-" and body[index + 2 : index + 3].isalpha():
            last = body[index + 2]
            out.append(f"{char}-{last}{char.swapcase()}-{last.swapcase()}")
            index += 3
        else:
            out.append(char + char.swapcase() if char.isalpha() and char.swapcase() != char else char)
            index += 1
    return "[" + "".join(out) + "]"
