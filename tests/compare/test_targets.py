"""Targets in short form, Danish and English."""

from __future__ import annotations

import pytest

from planctl.compare.targets import short_amount, short_target
from planctl.messages import Lang
from planctl.model.plan import Target
from planctl.model.values import parse_amount


def target(**fields: object) -> Target:
    return Target.model_validate(fields)


@pytest.mark.parametrize(("fields", "da", "en"), [
    ({"kind": "change", "direction": "decrease", "value": "6 pct.", "baseline": "november 2018",
      "period": "november 2019"}, "−6 pct. nov 2018→nov 2019", "−6% Nov 2018→Nov 2019"),
    ({"kind": "change", "direction": "increase", "value": "4,5 pct.", "baseline": "2018", "period": "2019"},
     "+4,5 pct. 2018→2019", "+4.5% 2018→2019"),
    ({"kind": "change", "direction": "increase"}, "stigende (intet tal)", "rising (no number)"),
    ({"kind": "level", "direction": "at_least", "value": "minimum 26 pct.", "period": "2019", "average": True},
     "≥ 26 pct., gns. 2019", "≥ 26%, avg. 2019"),
    ({"kind": "level", "direction": "equal", "value": "6 pct.", "period": "2019"}, "6 pct. i 2019", "6% in 2019"),
    ({"kind": "relative", "direction": "increase", "reference": "bedste 1/3 af landets kommuner",
      "period": "ved udgangen af 2023"},
     "stigende, bedste 1/3 af landets kommuner, ultimo 2023", "rising, bedste 1/3 af landets kommuner, end of 2023"),
    ({"kind": "qualitative"}, "kvalitativt (intet tal)", "qualitative (no number)"),
    ({"kind": "deferred", "period": "december 2021", "deferred_until": "Erhvervsudvalgets møde i marts 2021"},
     "fastsættes senere (Erhvervsudvalgets møde i marts 2021), for dec 2021",
     "to be set later (Erhvervsudvalgets møde i marts 2021), for Dec 2021"),
    ({"kind": "change", "direction": "decrease", "value": "x pct.", "baseline": "2018", "period": "2019"},
     "−x pct. 2018→2019 (ikke udfyldt)", "−x pct. 2018→2019 (not filled in)"),
])
def test_short_target(fields: dict[str, object], da: str, en: str) -> None:
    assert short_target(target(**fields), Lang.da) == da
    assert short_target(target(**fields), Lang.en) == en


def test_every_danish_month_has_its_abbreviation() -> None:
    months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
              "november", "december"]
    short = [short_target(target(kind="level", value="1 pct.", period=f"{m} 2019"), Lang.da) for m in months]
    assert [s.split(" i ")[1] for s in short] == [
        "jan 2019", "feb 2019", "mar 2019", "apr 2019", "maj 2019", "jun 2019", "jul 2019", "aug 2019",
        "sep 2019", "okt 2019", "nov 2019", "dec 2019"]


@pytest.mark.parametrize(("printed", "da", "en"), [
    ("37.818 fuldtidspersoner", "37.818 fuldtidspersoner", "37,818 fuldtidspersoner"),
    ("4,0 pct.", "4,0 pct.", "4.0%"),  # the printed precision is kept
    ("ca. 78 pct.", "ca. 78 pct.", "approx. 78%"),
    ("knap 20.900 fuldtidspersoner", "knap 20.900 fuldtidspersoner", "approx. 20,900 fuldtidspersoner"),
    ("0,4 pct. point", "0,4 procentpoint", "0.4 pp"),
])
def test_amounts_are_written_the_language_s_way(printed: str, da: str, en: str) -> None:
    assert short_amount(parse_amount(printed), Lang.da) == da
    assert short_amount(parse_amount(printed), Lang.en) == en


def test_no_target_says_so() -> None:
    assert short_target(None, Lang.da) == "intet mål at måle"
