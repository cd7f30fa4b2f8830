"""The README's examples are the commands' real output (tests/readme_examples.py)."""

from __future__ import annotations

from tests.readme_examples import _EXAMPLE, README, refreshed


def test_the_readme_has_examples_made_from_real_output() -> None:
    assert len(_EXAMPLE.findall(README.read_text(encoding="utf-8"))) >= 6


def test_every_readme_example_is_what_its_command_prints() -> None:
    text = README.read_text(encoding="utf-8")
    assert refreshed(text) == text, "README examples drifted: run `python -m tests.readme_examples --write`"


def test_a_drifted_example_is_noticed() -> None:
    text = README.read_text(encoding="utf-8")
    match = _EXAMPLE.search(text)
    assert match is not None
    drifted = text[:match.start("body")] + "$ planctl made up\nnot the output" + text[match.end("body"):]
    assert refreshed(drifted) != drifted
