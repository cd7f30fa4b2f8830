"""Each target said in words, as a Danish civil servant would write it (and in English)."""

from __future__ import annotations

import pytest

from planctl.messages import Lang
from planctl.model.plan import Target
from planctl.render.plan.words import identity_line, target_sentence
from tests.render.plan.test_build import plan

CASES = [
    ({"kind": "change", "direction": "decrease", "value": "4 pct.", "baseline": "oktober 2018",
      "period": "oktober 2019"},
     "Måltal: fald på 4 pct. fra oktober 2018 til oktober 2019.",
     "Target: decrease of 4 pct. from October 2018 to October 2019."),
    ({"kind": "change", "direction": "decrease", "value": "5 pct.", "baseline": "oktober 2018",
      "period": "oktober 2019", "equivalent": "ca. 10 personer"},
     "Måltal: fald på 5 pct. fra oktober 2018 til oktober 2019 (svarer til ca. 10 personer).",
     "Target: decrease of 5 pct. from October 2018 to October 2019 (equivalent to ca. 10 personer)."),
    ({"kind": "change", "direction": "increase"}, "Måltal: stigning.", "Target: increase."),
    ({"kind": "change", "direction": "increase", "period": "ultimo 2021"},
     "Måltal: stigning ultimo 2021.", "Target: increase at the end of 2021."),
    ({"kind": "level", "direction": "at_least", "value": "60 pct.", "period": "2019", "average": True},
     "Måltal: mindst 60 pct. i gennemsnit i 2019.", "Target: at least 60 pct. on average in 2019."),
    # "minimum" already says "mindst": not "mindst minimum 26 pct."
    ({"kind": "level", "direction": "at_least", "value": "minimum 26 pct.", "period": "2019", "average": True},
     "Måltal: minimum 26 pct. i gennemsnit i 2019.", "Target: minimum 26 pct. on average in 2019."),
    ({"kind": "level", "value": "xx pct.", "period": "2019-2023"},
     "Måltal: xx pct. i 2019-2023.", "Target: xx pct. in 2019-2023."),
    ({"kind": "relative", "reference": "bedste 1/3 af landets kommuner", "period": "ved udgangen af 2023"},
     "Måltal: i bedste 1/3 af landets kommuner ved udgangen af 2023.",
     "Target: “bedste 1/3 af landets kommuner” at the end of 2023."),
    ({"kind": "relative", "direction": "increase", "reference": "bedste 1/3 af landets kommuner",
      "period": "ved udgangen af 2023"},
     "Måltal: stigning til bedste 1/3 af landets kommuner ved udgangen af 2023.",
     "Target: increase to “bedste 1/3 af landets kommuner” at the end of 2023."),
    ({"kind": "relative", "reference": "markant under landsgennemsnittet", "period": "ved udgangen af 2023"},
     "Måltal: markant under landsgennemsnittet ved udgangen af 2023.",
     "Target: “markant under landsgennemsnittet” at the end of 2023."),
    ({"kind": "deferred", "deferred_until": "Erhvervsudvalgets møde i marts 2021"},
     "Måltal: fastsættes senere (Erhvervsudvalgets møde i marts 2021).",
     "Target: to be set later (Erhvervsudvalgets møde i marts 2021)."),
]


@pytest.mark.parametrize(("target", "danish", "english"), CASES, ids=[case[1] for case in CASES])
def test_target_sentence(target: dict[str, object], danish: str, english: str) -> None:
    parsed = Target.model_validate(target)
    assert target_sentence(parsed, Lang.da) == danish
    assert target_sentence(parsed, Lang.en) == english


def test_identity_line() -> None:
    assert identity_line(plan("lyngby-taarbaek-2019-udkast"), Lang.da) == "Lyngby-Taarbæk Kommune · 2019 · udkast"
    assert identity_line(plan("taarnby-2019-2023"), Lang.en) == "Tårnby Kommune · 2019-2023 · final"
