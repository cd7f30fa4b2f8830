"""Hypothesis profiles for the hostile tests: `HYPOTHESIS_PROFILE=long` for one long fuzzing run.

Only loaded when asked for, so the suite keeps each test's own modest number of examples.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

from tests.hostile.budget import LONG_EXAMPLES

settings.register_profile("long", max_examples=LONG_EXAMPLES, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
if os.environ.get("HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])
