"""--help in Danish under a Danish locale or with --lang da; English otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
import typer.main

from planctl.cli import app
from planctl.cli.danish import DANISH
from tests.conftest import ROOT


def _help_texts(command: Any) -> list[str]:
    texts = [command.help] if command.help else []
    texts += [p.help for p in command.params if getattr(p, "help", None)]
    for subcommand in getattr(command, "commands", {}).values():
        texts += _help_texts(subcommand)
    return texts


def test_every_help_text_has_a_danish_twin() -> None:
    missing = [text[:60] for text in _help_texts(typer.main.get_command(app)) if text not in DANISH]
    assert missing == []


def _help(*arguments: str, lang: str) -> str:
    env = {**os.environ, "LANG": lang, "LC_ALL": lang, "COLUMNS": "100"}
    result = subprocess.run([sys.executable, "-m", "planctl", *arguments], cwd=ROOT, env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(("arguments", "lang"), [(("check", "-h"), "da_DK.UTF-8"),
                                                 (("check", "--lang", "da", "-h"), "C.UTF-8")])
def test_help_is_danish_under_a_danish_locale_or_lang_da(arguments: tuple[str, ...], lang: str) -> None:
    text = _help(*arguments, lang=lang)
    assert "Validér planer og find det, der er galt i dem" in text
    assert "Eksempel: planctl check plans/" in text and "Tilvalg:" in text and "Brug:" in text
    assert "Only these rules" not in text


def test_help_is_english_otherwise() -> None:
    text = _help("check", "-h", lang="C.UTF-8")
    assert "Validate plans and find what is wrong in them" in text and "Example: planctl check" in text
    assert "Tilvalg:" not in text
