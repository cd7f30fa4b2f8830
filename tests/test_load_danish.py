"""A file planctl cannot read as a plan is said in the language asked for: every problem `load.py`
finds in the file itself, before the plan model sees it, in Danish under `--lang da`."""

from __future__ import annotations

from pathlib import Path

import pytest

from planctl.errors import PlanctlError
from planctl.limits import MAX_DEPTH, MAX_LINE_CHARS, MAX_NUMBER_DIGITS
from planctl.load import load_plan

# Each bad file, and the start of what the one problem says of it in Danish.
_BAD: dict[str, tuple[bytes, str]] = {
    "binary": (b"municipality:\x00 x\n", "binær fil, ikke en YAML-plan"),
    "not-utf8": ("municipality: Tårnby\n".encode("latin-1"), "ikke UTF-8-tekst (byte 0xe5)"),
    "empty": (b"# kun en kommentar\n", "filen er tom; en plan begynder med 'municipality:'"),
    "control-character": (b"title: a\x07b\n", "kontroltegnet U+0007 er ikke tilladt i en YAML-fil"),
    "long-line": (b"title: " + b"x" * MAX_LINE_CHARS + b"\n", "linje 1 er "),
    "a-list": (b"- a\n- b\n", "en plan er en afbildning øverst (municipality:, title:, ...), ikke en liste"),
    "a-value": (b"hej\n", "en plan er en afbildning øverst (municipality:, title:, ...), ikke en enkelt værdi"),
    "unclosed-quote": (b'title: "a\nperiod: 2019\n  x: [\n', "ugyldig YAML: en tekst i dobbelte anførselstegn"),
    "tag": (b"title: !!python/object x\n", "YAML-tagget '!!python/object' er ikke tilladt i en plan"),
    "recursive-alias": (b"a: &x [*x]\n", "et YAML-alias henviser til sig selv"),
    "digits": (b"period: " + b"1" * (MAX_NUMBER_DIGITS + 1) + b"\n",
               f"et tal med mere end {MAX_NUMBER_DIGITS} cifre"),
    "yaml-1-1-number": (b"period: 1_000\n", "'1_000' er ét tal for YAML 1.1"),
    "no-such-date": (b"date: 2019-02-30\n", "'2019-02-30' er ikke gyldig som dato"),
    "merge-key": (b"a: &x {b: 1}\nc: {<<: *x}\n", "flettenøgler ('<<') kan ikke bruges i planfiler"),
    "key-not-a-word": (b"[1, 2]: x\n", "en nøgle skal være et almindeligt ord som 'title'"),
    "duplicate-key": (b"title: a\ntitle: b\n", "nøglen 'title' står to gange (første gang på linje 1)"),
    "too-deep": (b"a: " + b"[" * (MAX_DEPTH + 2) + b"]" * (MAX_DEPTH + 2) + b"\n",
                 f"lister og afbildninger er indlejret dybere, end en plan må være ({MAX_DEPTH} niveauer)"),
    "alias-bomb": (("a: &a [" + ", ".join(["x" * 10] * 10) + "]\n"
                    + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n"
                              for i in range(8))).encode(), "YAML-aliaser udvider planen ud over dens grænse"),
}


def _said(path: Path, lang: str) -> str:
    with pytest.raises(PlanctlError) as caught:
        load_plan(path, lang=lang)
    (problem,) = caught.value.problems
    return problem.message


@pytest.mark.parametrize("name", sorted(_BAD))
def test_a_file_that_is_no_plan_is_said_in_danish(tmp_path: Path, name: str) -> None:
    content, danish = _BAD[name]
    path = tmp_path / "plan.yaml"
    path.write_bytes(content)
    said = _said(path, "da")
    assert said.startswith(danish), said
    assert said != _said(path, "en")  # the same problem, said in English when English is asked for


def test_a_hint_is_said_in_danish_too(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_bytes("municipality: Tårnby\n".encode("latin-1"))
    with pytest.raises(PlanctlError) as caught:
        load_plan(path, lang="da")
    assert caught.value.problems[0].hint == "gem planen som UTF-8"

