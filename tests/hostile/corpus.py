"""The hostile corpus of issue 14: inputs that must end in one clear line, never a traceback or a hang.

Every input is generated here, deterministically, at test time: small ones from a few lines of
text, the large ones (19 MB, 10 MB, 900 MB after aliases) into the test's temporary folder, so
nothing large is committed. `corpus()` is the list; each `Case` writes its files into a folder
and says what planctl must answer: `invalid` (exit 2 from every command), `valid` (0 or 1), or
`any` (a mutant of a real plan, which may be either, but never anything else).
"""

from __future__ import annotations

import io
import os
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from tests.conftest import MINIMAL_PLAN, PLANS
from tests.docx_xml import make_docx
from tests.handmade_pdf import PAGES, handmade_pdf

Expect = Literal["invalid", "valid", "any"]
Writer = Callable[[Path], Path]


@dataclass(frozen=True)
class Case:
    """One hostile input: how to write it into a folder, and what every command must answer."""

    category: str
    name: str
    write: Writer
    expect: Expect
    # The problem is inside the file, so the error names its line (file:line:col).
    located: bool = False
    # `plan`: every plan command; `import`: planctl import; `custom`: the case's own commands.
    commands: Literal["plan", "import", "custom"] = "plan"
    custom: tuple[tuple[str, ...], ...] = ()
    # Run every command and format, not a rotating sample (small categories, the large inputs).
    every_format: bool = False
    # Needs a real process (a FIFO, a strict stdout encoding).
    process: bool = False
    skip: str | None = None
    outputs: tuple[str, ...] = field(default=())

    @property
    def id(self) -> str:
        return f"{self.category}/{self.name}"


def _text(text: str | bytes, name: str = "plan.yaml") -> Writer:
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return path

    return write


def _plan(replace: str, by: str) -> str:
    assert replace in MINIMAL_PLAN, replace
    return MINIMAL_PLAN.replace(replace, by, 1)


# --- broken YAML -------------------------------------------------------------------------

_BROKEN = {
    "unclosed-double-quote": _plan('title: Beskæftigelsesplan 2019', 'title: "Beskæftigelsesplan 2019'),
    "unclosed-single-quote": _plan("title: Beskæftigelsesplan 2019", "title: 'Beskæftigelsesplan 2019"),
    "unclosed-flow-list": _plan("period: 2019", "period: [2019"),
    "unclosed-flow-map": _plan("period: 2019", "period: {a: 2019"),
    "stray-closing-bracket": _plan("period: 2019", "period: 2019]"),
    "block-indicator-9": _plan("title: Beskæftigelsesplan 2019", "title: |9\n  Beskæftigelsesplan"),
    "bad-indentation": _plan("  code: \"173\"", "    code: \"173\""),
    "dedent-in-list": _plan("      - id: MÅL 2", "     - id: MÅL 2"),
    "tab-indentation": _plan("  code: \"173\"", "\tcode: \"173\""),
    "tab-in-list": _plan("    goals:", "\tgoals:"),
    "mapping-in-scalar": _plan("title: Beskæftigelsesplan 2019", "title: Plan: 2019: x: y"),
    "key-without-colon": _plan("status: draft", "status draft\nother"),
    "sequence-after-key-value": _plan("status: draft", "status: draft\n- item"),
    "undefined-alias": _plan("status: draft", "status: *nowhere"),
    "anchor-without-node": _plan("status: draft", "status: &a"),
    "two-documents": MINIMAL_PLAN + "---\nmunicipality: x\n",
    "document-end-then-text": MINIMAL_PLAN + "...\nmore: text\n",
    "yaml-2-directive": "%YAML 2.0\n---\n" + MINIMAL_PLAN,
    "unknown-directive": "%FOO bar\n---\n" + MINIMAL_PLAN,
    "tag-directive-unused": ("%TAG ! tag:example.com,2000:\n---\n"
                             + MINIMAL_PLAN.replace("status: draft", "status: !x draft")),
    "complex-key": _plan("status: draft", "? [status]\n: draft"),
    "flow-in-block-key": _plan("status: draft", "{status: draft}: x"),
    "only-a-list": "- municipality\n- title\n",
    "only-a-scalar": "beskæftigelsesplan\n",
    "only-comments": "# nothing here\n# at all\n",
    "empty": "",
    "whitespace": "   \n\n  \n",
    "null-document": "~\n",
    "bad-escape": _plan("title: Beskæftigelsesplan 2019", 'title: "Plan \\q 2019"'),
    "bad-unicode-escape": _plan("title: Beskæftigelsesplan 2019", 'title: "Plan \\uZZZZ"'),
    "escape-surrogate": _plan("title: Beskæftigelsesplan 2019", 'title: "Plan \\ud800"'),
    "block-scalar-bad-indent": _plan("title: Beskæftigelsesplan 2019", "title: >\nBeskæftigelsesplan"),
    "colon-in-plain-list": _plan("      - id: MÅL 2", "      - id: MÅL 2: : :"),
    "many-colons": "a: b: c: d: e\n",
    "unterminated-flow-in-list": _plan("    goals:", "    goals: [\n"),
    "percent-at-start": _plan("status: draft", "status: %draft"),
    "at-sign-start": _plan("status: draft", "status: @draft"),
    "backtick-start": _plan("status: draft", "status: `draft`"),
    "truncated-mid-key": MINIMAL_PLAN[:MINIMAL_PLAN.index("target:") + 3],
    "comment-without-space": _plan("status: draft", "status: draft#comment\n  x: 1"),
    "merge-of-scalar": _plan("status: draft", "<<: draft"),
}


def broken_yaml() -> list[Case]:
    located = {"only-comments", "empty", "whitespace", "null-document", "only-a-list", "only-a-scalar"}
    return [Case("broken-yaml", name, _text(text), "invalid", located=name not in located and name != "two-documents")
            for name, text in _BROKEN.items()]


# --- wrong types -------------------------------------------------------------------------

_FIELDS = {
    "municipality": ("municipality:\n  name: Lyngby-Taarbæk Kommune\n  code: \"173\"", "municipality: {}"),
    "municipality-name": ("  name: Lyngby-Taarbæk Kommune", "  name: {}"),
    "code": ('  code: "173"', "  code: {}"),
    "title": ("title: Beskæftigelsesplan 2019", "title: {}"),
    "period": ("period: 2019", "period: {}"),
    "status": ("status: draft", "status: {}"),
    "minister-goals": ("minister_goals: 2019", "minister_goals: {}"),
    "sections": ("sections:\n  - title: \"Indsatsområde: Unge\"", "sections: {}\nrest:\n  - title: x"),
    "section-title": ('  - title: "Indsatsområde: Unge"', "  - title: {}"),
    "goals": ("    goals:\n      - id: MÅL 2", "    goals: {}\n    gone:\n      - id: MÅL 2"),
    "goal-id": ("      - id: MÅL 2", "      - id: {}"),
    "goal-text": ("        text: Antallet af unge skal falde med x pct. fra 2018 til 2019.", "        text: {}"),
    "target": ("        target:\n          kind: change", "        target: {}\n        gone:\n          kind: change"),
    "kind": ("          kind: change", "          kind: {}"),
    "direction": ("          direction: decrease", "          direction: {}"),
    "value": ("          value: x pct.", "          value: {}"),
    "baseline": ('          baseline: "2018"', "          baseline: {}"),
}
_WRONG = {"list": "[1, 2]", "map": "{a: 1}", "null": "null", "true": "true", "number": "-17", "float": "2.5",
          "empty-string": '""', "date": "2019-01-01"}


# What the model accepts of these: null for an optional field, a whole number as a quantity.
_ACCEPTED = {"minister-goals-null", "goal-id-null", "direction-null", "value-null", "baseline-null", "value-number"}
# An empty text is accepted today (title: ""); whether it should be is the model's question (issue 12).
_OPEN = {"municipality-name-empty-string", "title-empty-string", "section-title-empty-string",
         "goal-id-empty-string", "goal-text-empty-string"}


def wrong_types() -> list[Case]:
    cases = []
    for name, (original, template) in _FIELDS.items():
        for kind, value in _WRONG.items():
            text = MINIMAL_PLAN.replace(original, template.replace("{}", value), 1)
            case = f"{name}-{kind}"
            expect: Expect = "valid" if case in _ACCEPTED else "any" if case in _OPEN else "invalid"
            cases.append(Case("wrong-types", case, _text(text), expect, located=True))
    extra = {
        "level-true": MINIMAL_PLAN.replace('  - title: "Indsatsområde: Unge"', '  - title: "Unge"\n    level: true'),
        "level-9": MINIMAL_PLAN.replace('  - title: "Indsatsområde: Unge"', '  - title: "Unge"\n    level: 9'),
        "year-false": MINIMAL_PLAN.replace("minister_goals: 2019", "minister_goals:\n  year: false"),
        "year-0": MINIMAL_PLAN.replace("minister_goals: 2019", "minister_goals:\n  year: 0"),
        "page-true": MINIMAL_PLAN + "contents:\n  - title: x\n    page: true\n",
        "minister-goal-0": MINIMAL_PLAN.replace('          period: "2019"',
                                                '          period: "2019"\n        minister_goals: [0]'),
        "kommunekode-000": MINIMAL_PLAN.replace('code: "173"', 'code: "000"'),
        "kommunekode-number": MINIMAL_PLAN.replace('code: "173"', "code: 173"),
        "unknown-key": MINIMAL_PLAN + "colour: blue\n",
        "unknown-nested-key": MINIMAL_PLAN.replace("  name: Lyngby", "  colour: blue\n  name: Lyngby"),
        "missing-title": MINIMAL_PLAN.replace("title: Beskæftigelsesplan 2019\n", ""),
        "missing-municipality": MINIMAL_PLAN.split("title:", 1)[1].join(["title:", ""]),
    }
    cases += [Case("wrong-types", name, _text(text), "invalid", located=name != "missing-municipality")
              for name, text in extra.items()]
    return cases


# --- YAML 1.1 traps ----------------------------------------------------------------------

_TRAPS = {
    "title-yes": ("title: Beskæftigelsesplan 2019", "title: yes"),
    "title-no": ("title: Beskæftigelsesplan 2019", "title: no"),
    "title-on": ("title: Beskæftigelsesplan 2019", "title: on"),
    "title-off": ("title: Beskæftigelsesplan 2019", "title: off"),
    "title-y": ("title: Beskæftigelsesplan 2019", "title: y"),
    "title-null-tilde": ("title: Beskæftigelsesplan 2019", "title: ~"),
    "status-no": ("status: draft", "status: no"),
    "code-octal": ('code: "173"', "code: 012"),
    "code-underscore": ('code: "173"', "code: 1_73"),
    "code-hex": ('code: "173"', "code: 0x1F"),
    "code-sexagesimal": ('code: "173"', "code: 1:20"),
    "period-sexagesimal": ("period: 2019", "period: 20:19"),
    "period-underscore": ("period: 2019", "period: 2_019"),
    "period-date": ("period: 2019", "period: 2019-01-01"),
    "period-float": ("period: 2019", "period: 2019.0"),
    "date-feb-30": ('baseline: "2018"', "baseline: 2019-02-30"),
    "date-month-13": ('baseline: "2018"', "baseline: 2023-13-15"),
    "timestamp-nonsense": ('baseline: "2018"', "baseline: !!timestamp nonsense"),
    "bool-maybe": ("status: draft", "status: !!bool maybe"),
    "int-empty": ("period: 2019", "period: !!int ''"),
    "float-text": ("period: 2019", "period: !!float abc"),
    "binary": ("title: Beskæftigelsesplan 2019", "title: !!binary aGVq"),
    "python-object": ("title: Beskæftigelsesplan 2019", "title: !!python/object:os.system [ls]"),
    "python-name": ("title: Beskæftigelsesplan 2019", "title: !!python/name:os.system"),
    "local-tag": ("title: Beskæftigelsesplan 2019", "title: !foo bar"),
    "set": ("title: Beskæftigelsesplan 2019", "title: !!set {a, b}"),
    "omap": ("title: Beskæftigelsesplan 2019", "title: !!omap [a: 1]"),
    "pairs": ("title: Beskæftigelsesplan 2019", "title: !!pairs [a: 1]"),
    "tag-on-mapping": ("municipality:\n", "municipality: !thing\n"),
    "str-tag-on-map": ("municipality:\n", "municipality: !!str\n"),
    "value-nan": ("value: x pct.", "value: .nan"),
    "value-inf": ("value: x pct.", "value: .inf"),
    "value-neg-inf": ("value: x pct.", "value: -.inf"),
    "value-1e308": ("value: x pct.", "value: 1.0e+308"),
    "value-30-digits": ("value: x pct.", "value: 999999999999999999999999999999"),
    "value-5000-digits": ("value: x pct.", "value: " + "9" * 5000),
    "value-equals": ("value: x pct.", "value: ="),
    "merge-key": ("  name: Lyngby-Taarbæk Kommune", "  <<: {name: Lyngby-Taarbæk Kommune}"),
}
# What YAML 1.1 and 1.2 read alike ('y' is text to PyYAML too) or what is a valid plan anyway.
_VALID_TRAPS = {"value-30-digits", "merge-key", "str-tag-on-map", "title-y"}


def yaml_traps() -> list[Case]:
    return [Case("yaml-1.1-traps", name, _text(MINIMAL_PLAN.replace(a, b, 1)),
                 "any" if name in _VALID_TRAPS else "invalid", located=name not in _VALID_TRAPS)
            for name, (a, b) in _TRAPS.items()]


# --- duplicate keys ----------------------------------------------------------------------

_DUPLICATES = {
    "top-title": ("title: Beskæftigelsesplan 2019", "title: Beskæftigelsesplan 2019\ntitle: Anden plan"),
    "top-sections": ("status: draft", "status: draft\nsections: []"),
    "municipality-code": ('  code: "173"', '  code: "173"\n  code: "175"'),
    "goal-id": ("      - id: MÅL 2", "      - id: MÅL 2\n        id: MÅL 3"),
    "goal-text": ("        text: Antallet", "        text: x\n        text: Antallet"),
    "target-kind": ("          kind: change", "          kind: change\n          kind: level"),
    "quoted-and-plain": ("status: draft", "status: draft\n\"status\": final"),
    "flow-map": ("period: 2019", "period: {a: 1, a: 2}"),
    "merge-then-key": ("  name: Lyngby-Taarbæk Kommune", "  <<: {name: x}\n  name: Lyngby-Taarbæk Kommune"),
    "case-differs": ("status: draft", "status: draft\nStatus: draft"),
    "unicode-lookalike": ("status: draft", "status: draft\nst\u0430tus: draft"),
    "null-key-twice": ("status: draft", "status: draft\n~: 1\nnull: 2"),
    "int-keys": ("status: draft", "status: draft\n1: a\n01: b"),
    "anchor-key": ("status: draft", "status: &k draft\n*k : 1"),
    "same-key-three": ("status: draft", "status: draft\nstatus: draft\nstatus: draft"),
    "section-key-after-goals": ('  - title: "Indsatsområde: Unge"', '  - title: "Unge"\n    title: "Unge igen"'),
}


def duplicate_keys() -> list[Case]:
    return [Case("duplicate-keys", name, _text(MINIMAL_PLAN.replace(a, b, 1)), "invalid", located=True)
            for name, (a, b) in _DUPLICATES.items()]


# --- aliases -----------------------------------------------------------------------------


def _laughs(levels: int, width: int) -> str:
    lines = ['a0: &a0 "lol"']
    for level in range(1, levels + 1):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]")
    return MINIMAL_PLAN + "x-bomb:\n" + "".join(f"  {line}\n" for line in lines)


def _amplification(paragraph_chars: int, repeats: int) -> str:
    """A paragraph of `paragraph_chars` aliased `repeats` times as prose: 100 KB x 9,000 is 900 MB of text."""
    words = ("Beskæftigelse " * (paragraph_chars // 14 + 1))[:paragraph_chars]
    return (MINIMAL_PLAN.replace('  - title: "Indsatsområde: Unge"', f'  - title: &p "{words}"', 1)
            + "    prose:\n" + "      - *p\n" * repeats)


def aliases() -> list[Case]:
    texts = {
        "billion-laughs": _laughs(9, 10),
        "wide-laughs": _laughs(3, 200),
        "deep-laughs": _laughs(30, 2),
        "amplification-900mb": _amplification(100_000, 9_000),
        "amplification-10mb": _amplification(10_000, 1_000),
        "many-small-aliases": MINIMAL_PLAN.replace("status: draft", "status: &s draft") + "x:\n" + "  - *s\n" * 20_000,
        "self-reference-list": MINIMAL_PLAN + "x: &a [*a]\n",
        "self-reference-map": MINIMAL_PLAN + "x: &a {b: *a}\n",
        "alias-as-prose": (MINIMAL_PLAN.replace('  - title: "Indsatsområde: Unge"', '  - title: &t "Unge"', 1)
                           + "    prose: [*t, *t, *t]\n"),
        "alias-as-key": MINIMAL_PLAN.replace("status: draft", "status: &k draft") + "*k : x\n",
        "anchor-redefined": MINIMAL_PLAN.replace("status: draft", "status: &a draft\ntitle2: &a x"),
    }
    valid = {"alias-as-prose"}
    return [Case("aliases", name, _text(text), "valid" if name in valid else "invalid", every_format=True)
            for name, text in texts.items()]


# --- resource exhaustion -----------------------------------------------------------------


def _sized(target_bytes: int) -> Writer:
    def write(folder: Path) -> Path:
        path = folder / "plan.yaml"
        prose = "    prose:\n" + '      - "Antallet af ledige skal falde."\n' * (target_bytes // 40 + 1)
        path.write_text(MINIMAL_PLAN + prose, encoding="utf-8")
        return path

    return write


def _one_line(chars: int) -> Writer:
    return _text(MINIMAL_PLAN.replace("title: Beskæftigelsesplan 2019", "title: " + "x" * chars, 1))


def _nested(depth: int, opener: str, closer: str) -> Writer:
    return _text(MINIMAL_PLAN + "    prose: " + opener * depth + closer * depth + "\n")


def _block_nested(depth: int) -> Writer:
    return _text(MINIMAL_PLAN + "    prose:\n" + "".join("  " * (i + 3) + "-\n" for i in range(depth))
                 + "  " * (depth + 3) + "- x\n")


def _folded_placeholders(repeats: int) -> str:
    words = ("xx pct. " * repeats).split()
    lines = [" ".join(words[i:i + 20]) for i in range(0, len(words), 20)]
    return MINIMAL_PLAN + "    prose:\n      - >\n" + "".join(f"        {line}\n" for line in lines)


def resources() -> list[Case]:
    return [
        Case("resources", "plan-19mb", _sized(19 * 1024 * 1024), "invalid", every_format=True),
        Case("resources", "plan-6mb", _sized(6 * 1024 * 1024), "invalid"),
        Case("resources", "line-10mb", _one_line(10 * 1024 * 1024), "invalid", every_format=True),
        Case("resources", "line-300k", _one_line(300_000), "invalid", located=True),
        Case("resources", "line-150k", _one_line(150_000), "any"),
        Case("resources", "flow-lists-500", _nested(500, "[", "]"), "invalid", located=True, every_format=True),
        Case("resources", "flow-maps-5000", _nested(5000, "{a: ", "}"), "invalid", located=True),
        Case("resources", "flow-lists-50000", _nested(50_000, "[", "]"), "invalid", located=True),
        Case("resources", "block-lists-500", _block_nested(500), "invalid", located=True),
        Case("resources", "int-5000-digits", _text(MINIMAL_PLAN.replace("period: 2019", "period: " + "1" * 5000)),
             "invalid", located=True),
        Case("resources", "float-5000-digits", _text(MINIMAL_PLAN.replace("period: 2019", "period: 1." + "1" * 5000)),
             "invalid", located=True),
        Case("resources", "danish-number-200-digits",
             _text(MINIMAL_PLAN.replace("value: x pct.", 'value: "' + "9" * 200 + ' pct."')), "invalid", located=True),
        # 60,000 are timed in test_bounds.py; here fewer, so a busy machine stays inside the hang bound
        Case("resources", "placeholders-20000", _text(_folded_placeholders(20_000)), "valid"),
        Case("resources", "goal-text-1mb",
             _text(MINIMAL_PLAN.replace("text: Antallet af unge skal falde med x pct. fra 2018 til 2019.",
                                        "text: >\n" + "          Antallet af unge skal falde med 4 pct.\n" * 25_000)),
             "valid"),
        Case("resources", "sections-5000", _text(MINIMAL_PLAN + "".join(
            f"  - title: Afsnit {n}\n    prose: [\"Antallet falder med {n} pct.\"]\n" for n in range(5000))), "valid"),
    ]


# --- encodings ---------------------------------------------------------------------------


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
    return [Case("encodings", name, _text(raw), expect, located=name in located, every_format=True)  # type: ignore[arg-type]
            for name, (raw, expect) in data.items()]


# --- hostile text through every output format ---------------------------------------------

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
            cases.append(Case("hostile-text", f"{name}-in-{place}", _text(text), "valid"))
    for name in ("osc-title", "workflow-error", "bidi-override", "csi-clear"):
        key = _HOSTILE[name]
        cases.append(Case("hostile-text", f"{name}-as-unknown-key",
                          _text(MINIMAL_PLAN + f'"{key}": 1\n'), "invalid", located=True))
        cases.append(Case("hostile-text", f"{name}-as-bad-status",
                          _text(MINIMAL_PLAN.replace("status: draft", f'status: "{key}"')), "invalid", located=True))
    return cases


# --- the file system ---------------------------------------------------------------------


def _fifo(folder: Path) -> Path:
    path = folder / "plan.yaml"
    os.mkfifo(path)
    return path


def _symlink(target: str, name: str = "plan.yaml") -> Writer:
    def write(folder: Path) -> Path:
        path = folder / name
        path.symlink_to(target)
        return path

    return write


def _folder_named_plan(folder: Path) -> Path:
    path = folder / "plan.yaml"
    path.mkdir()
    return path


def _unreadable(folder: Path) -> Path:
    path = _text(MINIMAL_PLAN)(folder)
    path.chmod(0)
    return path


def _loop(folder: Path) -> Path:
    (folder / "a.yaml").symlink_to(folder / "b.yaml")
    (folder / "b.yaml").symlink_to(folder / "a.yaml")
    return folder / "a.yaml"


def _long_path(folder: Path) -> Path:
    return folder / ("d" * 200) / ("e" * 200) / ("f" * 200) / "plan.yaml"


def _odd_name(name: bytes) -> Writer:
    def write(folder: Path) -> Path:
        raw = os.path.join(os.fsencode(folder), name)
        with open(raw, "wb") as out:
            out.write(MINIMAL_PLAN.encode())
        return Path(os.fsdecode(raw))

    return write


def _empty_folder(folder: Path) -> Path:
    path = folder / "plans"
    path.mkdir()
    (path / "notes.txt").write_text("ingen planer her", encoding="utf-8")
    return path


def _unreadable_skip() -> str | None:
    return "root reads any file, so an unreadable file cannot be made" if os.geteuid() == 0 else None


def filesystem() -> list[Case]:
    return [
        Case("filesystem", "fifo-named-plan", _fifo, "invalid", process=True),
        Case("filesystem", "dev-zero", _symlink("/dev/zero"), "invalid", every_format=True),
        Case("filesystem", "dev-null", _symlink("/dev/null"), "invalid"),
        Case("filesystem", "dev-urandom", _symlink("/dev/urandom"), "invalid"),
        Case("filesystem", "folder-named-plan-yaml", _folder_named_plan, "invalid"),
        Case("filesystem", "unreadable", _unreadable, "invalid", skip=_unreadable_skip()),
        Case("filesystem", "symlink-loop", _loop, "invalid"),
        Case("filesystem", "dangling-symlink", _symlink("nowhere.yaml"), "invalid"),
        Case("filesystem", "missing-file", lambda folder: folder / "none.yaml", "invalid"),
        Case("filesystem", "name-300-chars", lambda folder: folder / ("n" * 300 + ".yaml"), "invalid"),
        Case("filesystem", "path-5000-chars", lambda folder: folder / "/".join(["p" * 200] * 25) / "x.yaml",
             "invalid"),
        Case("filesystem", "long-existing-path", _long_path, "invalid"),
        Case("filesystem", "latin-1-name", _odd_name(b"plan-\xe6\xf8\xe5.yaml"), "valid", every_format=True),
        Case("filesystem", "latin-1-name-strict-stdout", _odd_name(b"plan-\xe6\xf8\xe5.yaml"), "valid",
             process=True),
        Case("filesystem", "newline-workflow-name", _odd_name(b"plan\n::error::pwned.yaml"), "valid",
             every_format=True),
        Case("filesystem", "escape-in-name", _odd_name(b"plan\x1b]0;pwned\x07.yaml"), "valid", every_format=True),
        Case("filesystem", "bidi-in-name", _odd_name("plan\u202elmay.yaml".encode()), "valid"),
        Case("filesystem", "folder-without-plans", _empty_folder, "invalid"),
    ]


# --- command combinations ------------------------------------------------------------------

_ONTO_INPUT = (
    ("check", "{in}", "-o", "{in}"),
    ("show", "{in}", "-o", "{in}"),
    ("show", "{in}", "--format", "docx", "-o", "{in}"),
    ("diff", "{other}", "{in}", "-o", "{in}"),
    ("compare", "{in}", "{other}", "-o", "{other}"),
    ("appendix", "{in}", "--format", "markdown", "-o", "{in}"),
    ("tags", "{in}", "--write-patch", "{in}"),
)
_COMBINATIONS = {
    "output-onto-input": _ONTO_INPUT,
    "output-into-missing-folder": (("check", "{in}", "-o", "missing/out.txt"),
                                   ("show", "{in}", "--format", "docx", "-o", "missing/out.docx"),
                                   ("tags", "{in}", "--write-patch", "missing/tags.patch")),
    "output-onto-folder": (("check", "{in}", "-o", "."), ("show", "{in}", "-o", "sub"),
                           ("tags", "{in}", "--write-patch", "sub"), ("diff", "{other}", "{in}", "-o", "sub")),
    "template-is-plan": (("show", "{in}", "--format", "docx", "-o", "out.docx", "--template", "{in}"),),
    "template-is-folder": (("show", "{in}", "--format", "docx", "-o", "out.docx", "--template", "sub"),),
    "config-is-plan": (("check", "{in}", "--config", "{in}"),),
    "config-is-folder": (("check", "{in}", "--config", "sub"),),
    "import-onto-itself": (("import", "{in}", "-o", "{in}"), ("import", "{in}", "-o", "{in}", "--force")),
    "unknown-format": (("check", "{in}", "--format", "xml"), ("show", "{in}", "--format", "\x1b[2J")),
    "bad-lang": (("check", "{in}", "--lang", "xx"), ("schema", "x")),
    "rule-with-escape": (("rules", "\x1b]0;pwned\x07"), ("check", "{in}", "--select", "\x1b[2JZ9")),
    "appendix-against-itself": (("appendix", "{in}", "--against", "{in}", "--format", "markdown"),),
}
_COMBINATION_OUTPUTS = {"template-is-folder": (), "appendix-against-itself": ()}


def _with_sub(folder: Path) -> Path:
    (folder / "sub").mkdir()
    return _text(MINIMAL_PLAN)(folder)


def combinations() -> list[Case]:
    valid = {"appendix-against-itself"}
    return [Case("combinations", name, _with_sub, "valid" if name in valid else "invalid", commands="custom",
                 custom=commands, outputs=_COMBINATION_OUTPUTS.get(name, ()))
            for name, commands in _COMBINATIONS.items()]


# --- mutants of the five real plans --------------------------------------------------------

_REPLACEMENTS = ("[]", "{}", "~", "true", "-1", "1.5", '""', "2019-02-30", "[a, [b]]", "{x: {y: z}}", "*nope", "&a",
                 "'", '"', "|", ">", "- x", "? x", "!!binary aGVq", "9" * 40, "\\e[2J", '"\\e]0;x\\a"')


def _mutate(text: str, rng: random.Random) -> tuple[str, bytes]:
    lines = text.split("\n")
    operation = rng.choice(("delete", "duplicate", "retype", "swap", "truncate", "indent"))
    index = rng.randrange(len(lines))
    if operation == "delete":
        del lines[index]
    elif operation == "duplicate":
        lines.insert(index, lines[index])
    elif operation == "retype":
        keyed = [i for i, line in enumerate(lines) if ": " in line] or [index]
        index = rng.choice(keyed)
        key = lines[index].split(": ", 1)[0]
        lines[index] = f"{key}: {rng.choice(_REPLACEMENTS)}"
    elif operation == "swap":
        keyed = [i for i, line in enumerate(lines) if ": " in line]
        first, second = rng.sample(keyed, 2)
        a, b = lines[first].split(": ", 1), lines[second].split(": ", 1)
        lines[first], lines[second] = f"{a[0]}: {b[1]}", f"{b[0]}: {a[1]}"
    elif operation == "indent":
        lines[index] = rng.choice((" ", "  ", "\t", "")) + lines[index].lstrip(" ")
    else:
        data = text.encode()
        return operation, data[:rng.randrange(len(data))]
    return operation, "\n".join(lines).encode()


def mutants(per_plan: int | None = None, seed: int = 14) -> list[Case]:
    """Seeded mutants of the five plans: 60 each, or PLANCTL_HOSTILE_MUTANTS each for a long run."""
    per_plan = per_plan or int(os.environ.get("PLANCTL_HOSTILE_MUTANTS", "60"))
    cases = []
    for plan in sorted(PLANS.glob("*.yaml")):
        text = plan.read_text(encoding="utf-8")
        for number in range(per_plan):
            rng = random.Random(f"{seed}-{plan.stem}-{number}")
            operation, data = _mutate(text, rng)
            cases.append(Case("mutants", f"{plan.stem}-{number:02d}-{operation}", _text(data), "any"))
    return cases


# --- documents to import -------------------------------------------------------------------


def _zip(parts: dict[str, bytes]) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return stream.getvalue()


def _zip_bomb() -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as package, \
            package.open("word/document.xml", "w", force_zip64=True) as member:
        zeros = bytes(1024 * 1024)
        for _ in range(300):
            member.write(zeros)
    return stream.getvalue()


# Every character XML 1.0 does not allow, as a character reference (which no parser accepts) and as a raw byte.
_XML_INVALID = "".join(chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])


def _paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def documents() -> list[Case]:
    docs: dict[str, tuple[str, bytes, Expect]] = {
        "corrupt-zip": ("plan.docx", make_docx(_paragraph("Mål"))[:300], "invalid"),
        "zip-without-document": ("plan.docx", _zip({"hello.txt": b"hej"}), "invalid"),
        "encrypted-ole-docx": ("plan.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096), "invalid"),
        "zip-bomb": ("plan.docx", _zip_bomb(), "invalid"),
        "document-xml-broken": ("plan.docx", _zip({"word/document.xml": b"<w:document><w:body>"}), "invalid"),
        "xml-invalid-character-references": ("plan.docx", make_docx(_paragraph(
            "".join(f"&#{ord(c)};" for c in _XML_INVALID))), "invalid"),
        "xml-invalid-raw-characters": ("plan.docx", make_docx(_paragraph(_XML_INVALID)), "invalid"),
        "escapes-in-word-text": ("plan.docx", make_docx(
            _paragraph("Beskæftigelsesplan 2019") + _paragraph("Mål \u202e 1: x pct. ::error::pwned")
            + _paragraph("]]&gt; &lt;script&gt;")), "any"),
        "billion-laughs-xml": ("plan.docx", _zip({"word/document.xml":
            b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "haha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
            b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
            b"<w:document><w:body><w:p><w:r><w:t>&d;</w:t></w:r></w:p></w:body></w:document>"}), "invalid"),
        "broken-pdf": ("plan.pdf", b"%PDF-1.7\nthis is no PDF at all\n", "invalid"),
        "truncated-pdf": ("plan.pdf", handmade_pdf(PAGES, "/Root 1 0 R")[:150], "invalid"),
        "encrypted-pdf": ("plan.pdf", handmade_pdf(
            [*PAGES, "<</Filter/Standard/V 1/R 2/O <" + "ab" * 32 + ">/U <" + "cd" * 32 + ">/P -4>>"],
            "/Root 1 0 R/Encrypt 4 0 R/ID[<" + "01" * 16 + "><" + "01" * 16 + ">]"), "invalid"),
        "image-only-pdf": ("plan.pdf", handmade_pdf(PAGES, "/Root 1 0 R"), "invalid"),
        "empty-text": ("plan.txt", b"  \n", "invalid"),
        "binary-text": ("plan.txt", bytes(range(256)) * 4, "invalid"),
        "latin-1-text": ("plan.txt", "Beskæftigelsesplan 2019\nMål 1: færre ledige\n".encode("latin-1"), "any"),
        "escapes-in-text": ("plan.txt", "Beskæftigelsesplan 2019\n\x1b]0;pwned\x07\n::error::x\n".encode(), "any"),
        "markdown-huge-heading": ("plan.md", ("# " + "Mål " * 50_000 + "\n").encode(), "any"),
    }
    return [Case("import", name, _text(data, file), expect, commands="import")
            for name, (file, data, expect) in docs.items()]


def corpus() -> list[Case]:
    """Every hostile input, in a fixed order."""
    return [*broken_yaml(), *wrong_types(), *yaml_traps(), *duplicate_keys(), *aliases(), *resources(),
            *encodings(), *hostile_text(), *filesystem(), *combinations(), *documents(), *mutants()]
