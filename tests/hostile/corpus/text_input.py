"""Encodings, and hostile text (terminal escapes, bidi controls, CI workflow commands) through every output format."""

from __future__ import annotations

from tests.conftest import MINIMAL_PLAN
from tests.hostile.corpus.case import Case, file_with


def encodings() -> list[Case]:
    text = MINIMAL_PLAN
    data = {
        "latin-1": (text.encode("latin-1"), "invalid"),
        "utf-16-le-bom": (text.encode("utf-16"), "invalid"),
        "utf-16-be-bom": (b"\xfe\xff" + text.encode("utf-16-be"), "invalid"),
        "utf-32": (text.encode("utf-32"), "invalid"),
        "utf-8-bom": (b"\xef\xbb\xbf" + text.encode(), "valid"),
        "invalid-utf8-byte": (text.encode().replace(b"2019\n", b"2019\xff\n", 1), "invalid"),
        "truncated-utf8": (text.encode().replace("æ".encode(), b"\xc3", 1), "invalid"),
        "overlong-utf8": (text.encode().replace(b"draft", b"dr\xc1\xa1ft", 1), "invalid"),
        "encoded-surrogate": (text.encode().replace(b"draft", b"dr\xed\xa0\x80ft", 1), "invalid"),
        "nul-in-middle": (text.encode().replace(b"draft", b"dr\x00ft", 1), "invalid"),
        "nul-at-end": (text.encode() + b"\x00", "invalid"),
        "crlf": (text.replace("\n", "\r\n").encode(), "valid"),
        "cr-only": (text.replace("\n", "\r").encode(), "any"),
        "nel-line-breaks": (text.replace("\n", "\u0085").encode(), "any"),
        "line-separator": (text.replace("status: draft", "status: draft\u2028").encode(), "any"),
        "bom-in-middle": (text.replace("status: draft", "status: \ufeffdraft").encode(), "any"),
        "raw-bel": (text.replace("Unge", "Un\x07ge", 1).encode(), "invalid"),
        "raw-esc": (text.replace("Unge", "Un\x1b[2Jge", 1).encode(), "invalid"),
        "raw-fffe": (text.replace("Unge", "Un\ufffege", 1).encode(), "invalid"),
        "raw-c1": (text.replace("Unge", "Un\u009bge", 1).encode(), "invalid"),
        "raw-del": (text.replace("Unge", "Un\x7fge", 1).encode(), "invalid"),
        "windows-1252-quotes": (text.replace("Unge", "\u201cUnge\u201d").encode("cp1252"), "invalid"),
    }
    located = {"latin-1", "utf-16-le-bom", "utf-16-be-bom", "utf-32", "invalid-utf8-byte", "truncated-utf8",
               "overlong-utf8", "encoded-surrogate", "nul-in-middle", "nul-at-end", "raw-bel", "raw-esc",
               "raw-fffe", "raw-c1", "raw-del", "windows-1252-quotes"}
    return [Case("encodings", name, file_with(raw), expect, located=name in located, every_format=True)  # type: ignore[arg-type]
            for name, (raw, expect) in data.items()]



_HOSTILE = {
    "csi-clear": "\\e[2J\\e[H",
    "osc-title": "\\e]0;pwned\\a",
    "osc-52-clipboard": "\\e]52;c;cm0gLXJmIH4=\\a",
    "bel": "\\a\\a\\a",
    "c1-csi": "\\x9b31m",
    "c1-osc": "\\x9d0;title\\x9c",
    "bidi-override": "\\u202eTNEMUCOD",
    "bidi-isolate": "\\u2066abc\\u2069",
    "zero-width": "a\\u200bb\\u200cc\\u200dd",
    "workflow-error": "x\\n::error file=README.md,line=1::pwned",
    "workflow-warning-title": "\\n::warning ::title",
    "workflow-add-mask": "\\n::add-mask::secret",
    "workflow-stop-commands": "\\n::stop-commands::token",
    "leading-colons": "::error::at start",
    "xml-invalid-vt": "a\\vb",
    "xml-invalid-ff": "a\\fb",
    "xml-invalid-nul": "a\\0b",
    "xml-invalid-fffe": "a\\ufffeb",
    "xml-cdata-end": "]]> <x/>",
    "markdown-link": "[klik](javascript:alert(1))",
    "markdown-table": "| a | b |\\n|---|---|",
    "html-script": "<script>alert(1)</script>",
    "html-comment": "<!-- hidden -->",
    "long-word": "x" * 20_000,
    "combining": "e\u0301" * 300,
    "rtl-arabic": "مرحبا بالعالم",
    "emoji": "👩‍👩‍👧‍👦🇩🇰",
    "backslashes": "\\\\x1b not an escape \\\\e",
    "carriage-return": "visible\\roverwritten",
    "backspace": "abc\\b\\b\\bxyz",
    "del": "a\\x7fb",
    "rich-markup": "[bold red]not markup[/]",
    "percent-format": "%s %d {0} {title}",
    "newlines": "line one\\nline two\\n\\nline four",
}
# Where the hostile text goes: a title, a section title, a goal's text, its id, a paragraph, a cell.
_PLACES = {
    "title": ("title: Beskæftigelsesplan 2019", 'title: "Plan {}"'),
    "section-title": ('  - title: "Indsatsområde: Unge"', '  - title: "Unge {}"'),
    "goal-text": ("        text: Antallet af unge skal falde med x pct. fra 2018 til 2019.",
                  '        text: "Antallet af unge {} skal falde med x pct. fra 2018 til 2019."'),
    "goal-id": ("      - id: MÅL 2", '      - id: "MÅL 2 {}"'),
    "prose": ("    goals:", '    prose: ["Afsnit {}"]\n    goals:'),
    "municipality-name": ("  name: Lyngby-Taarbæk Kommune", '  name: "Lyngby {}"'),
    "table-cell": ("    goals:", '    tables:\n      - title: "T {}"\n        columns: [A, "B {}"]\n'
                                 '        rows: [{label: "L {}", cells: ["C {}"]}]\n    goals:'),
}


def hostile_text() -> list[Case]:
    cases = []
    places = list(_PLACES.items())
    for index, (name, payload) in enumerate(_HOSTILE.items()):
        # Every payload in two places, rotating, so every place meets many payloads.
        for place, (original, template) in (places[index % len(places)], places[(index + 3) % len(places)]):
            text = MINIMAL_PLAN.replace(original, template.replace("{}", payload), 1)
            cases.append(Case("hostile-text", f"{name}-in-{place}", file_with(text), "valid"))
    for name in ("osc-title", "workflow-error", "bidi-override", "csi-clear"):
        key = _HOSTILE[name]
        cases.append(Case("hostile-text", f"{name}-as-unknown-key",
                          file_with(MINIMAL_PLAN + f'"{key}": 1\n'), "invalid", located=True))
        cases.append(Case("hostile-text", f"{name}-as-bad-status",
                          file_with(MINIMAL_PLAN.replace("status: draft", f'status: "{key}"')), "invalid",
                          located=True))
    return cases
