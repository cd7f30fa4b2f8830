"""compare --format json: the comparison model as stable JSON (`version` 1, documented in the README)."""

from __future__ import annotations

import json

from planctl.compare.model import Comparison


def render_json(comparison: Comparison) -> str:
    return json.dumps(comparison.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
