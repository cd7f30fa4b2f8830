from __future__ import annotations

import pytest

from planctl.compare.model import Comparison
from tests.compare.helpers import FINAL_PLANS, compare


@pytest.fixture(scope="session")
def finals() -> Comparison:
    """The four municipalities' final plans compared, in Danish."""
    return compare(FINAL_PLANS, "da")


@pytest.fixture(scope="session")
def finals_en() -> Comparison:
    return compare(FINAL_PLANS, "en")
