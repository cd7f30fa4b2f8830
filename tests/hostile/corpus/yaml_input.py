"""Broken YAML, YAML 1.1 traps, duplicate keys and aliases: what the YAML reader must refuse or read safely."""

from __future__ import annotations

from tests.conftest import MINIMAL_PLAN
from tests.hostile.corpus.case import Case, file_with, plan_with

_BROKEN = {
    "unclosed-double-quote": plan_with('title: Beskæftigelsesplan 2019', 'title: "Beskæftigelsesplan 2019'),
    "unclosed-single-quote": plan_with("title: Beskæftigelsesplan 2019", "title: 'Beskæftigelsesplan 2019"),
    "unclosed-flow-list": plan_with("period: 2019", "period: [2019"),
    "unclosed-flow-map": plan_with("period: 2019", "period: {a: 2019"),
    "stray-closing-bracket": plan_with("period: 2019", "period: 2019]"),
    "block-indicator-9": plan_with("title: Beskæftigelsesplan 2019", "title: |9\n  Beskæftigelsesplan"),
    "bad-indentation": plan_with("  code: \"173\"", "    code: \"173\""),
    "dedent-in-list": plan_with("      - id: MÅL 2", "     - id: MÅL 2"),
    "tab-indentation": plan_with("  code: \"173\"", "\tcode: \"173\""),
    "tab-in-list": plan_with("    goals:", "\tgoals:"),
    "mapping-in-scalar": plan_with("title: Beskæftigelsesplan 2019", "title: Plan: 2019: x: y"),
    "key-without-colon": plan_with("status: draft", "status draft\nother"),
    "sequence-after-key-value": plan_with("status: draft", "status: draft\n- item"),
    "undefined-alias": plan_with("status: draft", "status: *nowhere"),
    "anchor-without-node": plan_with("status: draft", "status: &a"),
    "two-documents": MINIMAL_PLAN + "---\nmunicipality: x\n",
    "document-end-then-text": MINIMAL_PLAN + "...\nmore: text\n",
    "yaml-2-directive": "%YAML 2.0\n---\n" + MINIMAL_PLAN,
    "unknown-directive": "%FOO bar\n---\n" + MINIMAL_PLAN,
    "tag-directive-unused": ("%TAG ! tag:example.com,2000:\n---\n"
                             + MINIMAL_PLAN.replace("status: draft", "status: !x draft")),
    "complex-key": plan_with("status: draft", "? [status]\n: draft"),
    "flow-in-block-key": plan_with("status: draft", "{status: draft}: x"),
    "only-a-list": "- municipality\n- title\n",
    "only-a-scalar": "beskæftigelsesplan\n",
    "only-comments": "# nothing here\n# at all\n",
    "empty": "",
    "whitespace": "   \n\n  \n",
    "null-document": "~\n",
    "bad-escape": plan_with("title: Beskæftigelsesplan 2019", 'title: "Plan \\q 2019"'),
    "bad-unicode-escape": plan_with("title: Beskæftigelsesplan 2019", 'title: "Plan \\uZZZZ"'),
    "escape-surrogate": plan_with("title: Beskæftigelsesplan 2019", 'title: "Plan \\ud800"'),
    "block-scalar-bad-indent": plan_with("title: Beskæftigelsesplan 2019", "title: >\nBeskæftigelsesplan"),
    "colon-in-plain-list": plan_with("      - id: MÅL 2", "      - id: MÅL 2: : :"),
    "many-colons": "a: b: c: d: e\n",
    "unterminated-flow-in-list": plan_with("    goals:", "    goals: [\n"),
    "percent-at-start": plan_with("status: draft", "status: %draft"),
    "at-sign-start": plan_with("status: draft", "status: @draft"),
    "backtick-start": plan_with("status: draft", "status: `draft`"),
    "truncated-mid-key": MINIMAL_PLAN[:MINIMAL_PLAN.index("target:") + 3],
    "comment-without-space": plan_with("status: draft", "status: draft#comment\n  x: 1"),
    "merge-of-scalar": plan_with("status: draft", "<<: draft"),
}


def broken_yaml() -> list[Case]:
    located = {"only-comments", "empty", "whitespace", "null-document", "only-a-list", "only-a-scalar"}
    return [Case("broken-yaml", name, file_with(text), "invalid",
                 located=name not in located and name != "two-documents") for name, text in _BROKEN.items()]



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
    return [Case("yaml-1.1-traps", name, file_with(MINIMAL_PLAN.replace(a, b, 1)),
                 "any" if name in _VALID_TRAPS else "invalid", located=name not in _VALID_TRAPS)
            for name, (a, b) in _TRAPS.items()]



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
    return [Case("duplicate-keys", name, file_with(MINIMAL_PLAN.replace(a, b, 1)), "invalid", located=True)
            for name, (a, b) in _DUPLICATES.items()]




def laughs(levels: int, width: int) -> str:
    lines = ['a0: &a0 "lol"']
    for level in range(1, levels + 1):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]")
    return MINIMAL_PLAN + "x-bomb:\n" + "".join(f"  {line}\n" for line in lines)


def amplification(paragraph_chars: int, repeats: int) -> str:
    """A paragraph of `paragraph_chars` aliased `repeats` times as prose: 100 KB x 9,000 is 900 MB of text."""
    words = ("Beskæftigelse " * (paragraph_chars // 14 + 1))[:paragraph_chars]
    return (MINIMAL_PLAN.replace('  - title: "Indsatsområde: Unge"', f'  - title: &p "{words}"', 1)
            + "    prose:\n" + "      - *p\n" * repeats)


def aliases() -> list[Case]:
    texts = {
        "billion-laughs": laughs(9, 10),
        "wide-laughs": laughs(3, 200),
        "deep-laughs": laughs(30, 2),
        "amplification-900mb": amplification(100_000, 9_000),
        "amplification-10mb": amplification(10_000, 1_000),
        "many-small-aliases": MINIMAL_PLAN.replace("status: draft", "status: &s draft") + "x:\n" + "  - *s\n" * 20_000,
        "self-reference-list": MINIMAL_PLAN + "x: &a [*a]\n",
        "self-reference-map": MINIMAL_PLAN + "x: &a {b: *a}\n",
        "alias-as-prose": (MINIMAL_PLAN.replace('  - title: "Indsatsområde: Unge"', '  - title: &t "Unge"', 1)
                           + "    prose: [*t, *t, *t]\n"),
        "alias-as-key": MINIMAL_PLAN.replace("status: draft", "status: &k draft") + "*k : x\n",
        "anchor-redefined": MINIMAL_PLAN.replace("status: draft", "status: &a draft\ntitle2: &a x"),
    }
    valid = {"alias-as-prose"}
    return [Case("aliases", name, file_with(text), "valid" if name in valid else "invalid", every_format=True)
            for name, text in texts.items()]
