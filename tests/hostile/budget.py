"""How many examples a property with its own modest number gets: that number, or the long run's.

`HYPOTHESIS_PROFILE=long` (tests/hostile/conftest.py) raises the default of every property; one
that names its own `max_examples` would keep it, so it asks here instead.
"""

from __future__ import annotations

import os

LONG_EXAMPLES = 3000


def examples(default: int) -> int:
    return LONG_EXAMPLES if os.environ.get("HYPOTHESIS_PROFILE") == "long" else default
