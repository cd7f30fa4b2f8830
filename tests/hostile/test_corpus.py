"""Every hostile input of the corpus through the commands and formats it applies to (issue 14).

An input that is not a plan ends in exit code 2 and one line per problem naming the file (and
its line where the problem is inside it); a valid one in 0 or 1. Never a traceback or a hang,
the inputs unchanged, no file left behind, machine-readable outputs that parse, and no control
character, bidi control or workflow command ('::' at a line's start) on a terminal.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.hostile.corpus import Case, corpus

CASES = corpus()
_INDEX: dict[str, int] = {}
_seen: Counter[str] = Counter()
for _case in CASES:
    _INDEX[_case.id] = _seen[_case.category]
    _seen[_case.category] += 1


def test_the_corpus_is_large_and_deterministic() -> None:
    assert len(CASES) >= 600
    assert len({case.id for case in CASES}) == len(CASES)
    assert [case.id for case in corpus()] == [case.id for case in CASES]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_input(case: Case, tmp_path: Path) -> None:
    from tests.hostile.examine import examine

    if case.skip:
        pytest.skip(case.skip)
    failures = examine(case, tmp_path, _INDEX[case.id])
    assert not failures, "\n".join(str(f) for f in failures)
