"""The hostile corpus of issue 14: inputs that must end in one clear line, never a traceback or a hang.

Every input is generated here, deterministically, at test time: small ones from a few lines of
text, the large ones (19 MB, 10 MB, 900 MB after aliases) into the test's temporary folder, so
nothing large is committed. `corpus()` is the list, one module per family of inputs; each `Case`
(case.py) writes its files into a folder and says what planctl must answer: `invalid` (exit 2
from every command), `valid` (0 or 1), or `any` (a mutant of a real plan, which may be either,
but never anything else).
"""

from __future__ import annotations

from tests.hostile.corpus.case import Case
from tests.hostile.corpus.combinations import combinations
from tests.hostile.corpus.documents import documents
from tests.hostile.corpus.filesystem import filesystem
from tests.hostile.corpus.model_input import wrong_types
from tests.hostile.corpus.mutants import mutants
from tests.hostile.corpus.resources import resources
from tests.hostile.corpus.text_input import encodings, hostile_text
from tests.hostile.corpus.yaml_input import aliases, broken_yaml, duplicate_keys, yaml_traps

__all__ = ["Case", "corpus"]


def corpus() -> list[Case]:
    """Every hostile input, in a fixed order."""
    return [*broken_yaml(), *wrong_types(), *yaml_traps(), *duplicate_keys(), *aliases(), *resources(),
            *encodings(), *hostile_text(), *filesystem(), *combinations(), *documents(), *mutants()]
