"""A file planctl cannot read as a plan is said in the language asked for: every problem `load.py`
and `paths.py` find in a named file or folder, before the plan model sees it, in Danish under
`--lang da` (the wordings are planctl/file_problems.py's)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planctl.errors import PlanctlError
from planctl.file_problems import A_PLAN_FILE
from planctl.limits import MAX_DEPTH, MAX_LINE_CHARS, MAX_NUMBER_DIGITS
from planctl.load import load_plan
from planctl.paths import discover_plans, read_bytes

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



def _discovered(paths: list[Path], lang: str) -> list[str]:
    with pytest.raises(PlanctlError) as caught:
        discover_plans(paths, lang=lang)
    return [problem.message for problem in caught.value.problems]


def test_a_path_that_is_not_there_and_a_folder_without_plans_are_said_in_danish(tmp_path: Path) -> None:
    empty = tmp_path / "tom"
    empty.mkdir()
    assert _discovered([tmp_path / "nej.yaml", empty], "da") == [
        "filen eller mappen findes ikke", "ingen planfiler (*.yaml) i denne mappe"]
    assert _discovered([tmp_path / "nej.yaml", empty], "en") == [
        "no such file or folder", "no plan files (*.yaml) in this folder"]


def _read(path: Path, lang: str, limit: int = 1000) -> str:
    with pytest.raises(PlanctlError) as caught:
        read_bytes(path, limit=limit, what=A_PLAN_FILE, lang=lang)
    (problem,) = caught.value.problems
    return problem.message if problem.hint is None else f"{problem.message} / {problem.hint}"


def test_what_a_read_refuses_is_said_in_danish_with_what_the_file_was_to_be(tmp_path: Path) -> None:
    large = tmp_path / "stor.yaml"
    large.write_bytes(b"x" * 2000)
    assert _read(tmp_path, "da") == "er en mappe, ikke en planfil"
    assert _read(tmp_path / "nej.yaml", "da") == "filen findes ikke"
    assert _read(large, "da") == ("filen er større end 1000 bytes, det største en planfil må være / "
                                  "en rigtig er langt mindre; er det den rigtige fil?")
    assert _read(tmp_path, "en") == "is a folder, not a plan file"
    assert _read(large, "en") == ("the file is larger than 1000 bytes, the most a plan file may be / "
                                  "a real one is far smaller; is it the right file?")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_pipe_is_refused_in_danish(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.yaml"
    os.mkfifo(fifo)
    assert _read(fifo, "da") == "er ikke en almindelig fil (men en pipe, en enhed eller en socket), ikke en planfil"


def test_check_says_a_missing_plan_in_danish_in_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nej.yaml"
    ran = subprocess.run([sys.executable, "-m", "planctl", "check", str(missing), "--lang", "da"],
                         capture_output=True, text=True, check=False)
    assert ran.returncode == 2
    assert ran.stderr.splitlines()[0] == f"{missing}: filen eller mappen findes ikke"
