"""The one Danish tokeniser and the words and sentences built on it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planctl.text import ABBREVIATIONS, Joined, folded, sentences, tokenise, words

_DANISH = "abcdefghijklmnopqrstuvwxyzæøåABCÆØÅ0123456789 .,-–()?!\"“\n\t\x1b"


@pytest.mark.parametrize("whole", ["pct.", "hhv.", "f.eks.", "4,5", "37.818", "16-64-årige"])
def test_an_abbreviation_a_number_and_a_hyphenated_word_are_one_token(whole: str) -> None:
    assert whole in tokenise(f"Der er {whole} i teksten.")


def test_danish_tokens_stay_whole() -> None:
    tokens = [t for t in tokenise("Ca. 4,5 pct. af de 16-64-årige, hhv. 37.818 og 2,7 procentpoint (æøå).")
              if not t.isspace()]
    assert tokens == ["Ca.", "4,5", "pct.", "af", "de", "16-64-årige", ",", "hhv.", "37.818", "og", "2,7",
                      "procentpoint", "(", "æøå", ")", "."]


def test_every_abbreviation_keeps_its_stop() -> None:
    for abbreviation in ABBREVIATIONS:
        assert abbreviation in tokenise(f"fx {abbreviation} 5"), abbreviation


@given(st.text())
def test_the_tokens_join_back_to_any_text(text: str) -> None:
    assert "".join(tokenise(text)) == text


@given(st.text(alphabet=_DANISH))
def test_the_tokens_join_back_to_danish_looking_text(text: str) -> None:
    assert "".join(tokenise(text)) == text


def test_words_are_the_tokens_without_spaces_and_marks_lower_cased() -> None:
    assert words("Ca. 4,5 pct. af de 16-64-årige (æøå).") == ["ca.", "4,5", "pct.", "af", "de", "16-64-årige", "æøå"]


def test_a_sentence_does_not_end_after_an_abbreviation() -> None:
    text = "Ledigheden faldt med ca. 4 pct. Det svarer til hhv. 37.818 og f.eks. 12 personer. Målet er nået."
    assert list(sentences(text)) == [
        (0, "Ledigheden faldt med ca. 4 pct. Det svarer til hhv. 37.818 og f.eks. 12 personer."),
        (82, "Målet er nået."),
    ]


def test_a_word_that_ends_like_an_abbreviation_ends_a_sentence() -> None:
    # "drift." ends in "ift." but is a word: the sentence ends there.
    assert [s for _, s in sentences("Det sikrer en stabil drift. Vi følger op.")] == [
        "Det sikrer en stabil drift.", "Vi følger op."]


def test_whether_a_stop_is_an_abbreviations_depends_on_the_whole_run_before_it() -> None:
    # "5pct." is a number and an abbreviation, "(x)pct." a mark, a word, a mark and one; "x5pct." and "a-pct."
    # are a word and a stop. A line break is a space like any other.
    text = "Den steg 5pct. Den faldt x5pct. Den stod a-pct.\nDen var (x)pct. Den er bl.a. Nået."
    assert [s for _, s in sentences(text)] == [
        "Den steg 5pct. Den faldt x5pct.", "Den stod a-pct.", "Den var (x)pct. Den er bl.a. Nået."]


@given(st.text(alphabet=_DANISH))
def test_sentences_are_slices_of_the_text_at_their_offsets(text: str) -> None:
    for offset, sentence in sentences(text):
        assert text[offset:offset + len(sentence)] == sentence


def test_a_hanging_hyphen_is_no_part_of_the_word() -> None:
    assert tokenise("uddannelses- og")[0] == "uddannelses-"  # the word diff keeps it on its word
    assert words("Uddannelses- og kontanthjælpsmodtagere") == ["uddannelses", "og", "kontanthjælpsmodtagere"]


def test_folded_holds_every_letter_a_case_insensitive_pattern_takes_for_a_danish_one() -> None:
    """A rule skips a text whose folded form lacks a word every match holds; sound only when every
    character re.IGNORECASE matches to a letter a-z, æ, ø, å folds to that very letter (İ, ı, ſ do not
    under str.lower())."""
    letters = "abcdefghijklmnopqrstuvwxyzæøå"
    any_letter = re.compile(f"[{letters}]", re.IGNORECASE)
    taken = [chr(code) for code in range(0x110000) if any_letter.fullmatch(chr(code))]
    assert {"İ", "ı", "ſ", "K", "Å"} <= set(taken)  # the Kelvin and Ångström signs: lower() folds them
    for character in taken:
        matched = [letter for letter in letters if re.fullmatch(letter, character, re.IGNORECASE)]
        assert [folded(character)] == matched, character
    assert folded("MİLJØ ſKAL") == "miljø skal"


@given(st.lists(st.text(alphabet="ab (\0")), st.lists(st.text(alphabet="ab (\0", max_size=3), max_size=3))
def test_joined_texts_hold_a_word_where_the_texts_do(texts: list[str], found: list[str]) -> None:
    """Searched for once in the texts joined, a word is found in the texts that hold it and no other: not
    across two of them, nor in the next after a hit (a text may hold NUL, the joining character, and so may
    a word; a text and a word may be empty)."""
    assert Joined(texts).holding(*found) == {index for index, text in enumerate(texts)
                                             if any(word in text for word in found)}
