"""compare --format json: the comparison model as stable JSON (`version` 1, documented in the README)."""

from __future__ import annotations

from planctl.compare.model import Comparison
from planctl.render.jsontext import dumps
from planctl.render.page import Page


def render(comparison: Comparison, page: Page) -> str:
    """The whole model; JSON escapes control characters itself and has no markup to fear."""
    return dumps(comparison.model_dump(mode="json"))
