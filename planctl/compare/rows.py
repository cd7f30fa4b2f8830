"""The row groups a comparison can show; light enough for the command line to import at start-up."""

from __future__ import annotations

from typing import Literal

RowGroupKind = Literal["target-groups", "minister-goals", "figures", "quality"]
ROW_GROUPS: tuple[RowGroupKind, ...] = ("target-groups", "minister-goals", "figures", "quality")
