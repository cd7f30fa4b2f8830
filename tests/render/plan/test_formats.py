"""The formats of `planctl show`: text first (the default), markdown, and Word."""

from __future__ import annotations

from planctl.render.plan import FORMATS


def test_the_formats_in_order_text_first() -> None:
    assert FORMATS.names == ("text", "markdown", "docx")


def test_text_is_drawn_for_a_terminal_and_word_is_binary() -> None:
    text, markdown, docx = (FORMATS.formats[name] for name in FORMATS.names)
    assert text.terminal and not text.binary
    assert not markdown.terminal and not markdown.binary
    assert docx.binary and docx.renderer == "planctl.render.plan.docx:render"
