"""Properties of diff on generated plans: a plan against itself is empty; swapping mirrors."""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planctl.diff import PlanDiff, diff_plans
from planctl.load import load_plan
from tests.hostile.budget import examples

WORDS = ["ledige", "unge", "job", "uddannelse", "borgere", "virksomheder", "indsats", "flere", "sygemeldte", "mål"]
TITLES = ["Indledning", "Indsatsområde: Unge", "Indsatsområde: Beskæftigelse", "Sygedagpenge", "Virksomheder"]
PERIODS = ["2018", "2019", "oktober 2018", "oktober 2019"]

sentence = st.lists(st.sampled_from(WORDS), min_size=2, max_size=8).map(lambda w: " ".join(w).capitalize() + ".")
value = st.one_of(st.sampled_from(["x pct.", "xx pct."]), st.integers(1, 60).map(lambda n: f"{n} pct."))


@st.composite
def goal(draw: st.DrawFn, number: int) -> dict[str, object]:
    return {
        "id": draw(st.sampled_from([f"MÅL {number}", f"Mål {number}"])),
        "text": draw(sentence),
        "target": {"kind": "change", "direction": "decrease", "value": draw(value),
                   "baseline": draw(st.sampled_from(PERIODS[:1] + PERIODS[2:3])),
                   "period": draw(st.sampled_from(PERIODS[1:2] + PERIODS[3:]))},
        "follow_up": [{"text": t} for t in draw(st.lists(sentence, max_size=2))],
    }


@st.composite
def plan(draw: st.DrawFn) -> dict[str, object]:
    titles = draw(st.lists(st.sampled_from(TITLES), min_size=1, max_size=4, unique=True))
    numbers = iter(draw(st.permutations(range(1, 9))))
    sections = []
    for title in titles:
        sections.append({
            "title": title,
            "prose": draw(st.lists(sentence, max_size=3)),
            "goals": [draw(goal(next(numbers))) for _ in range(draw(st.integers(0, 2)))],
            "key_figures": [{"name": name, "value": draw(value)}
                            for name in draw(st.lists(st.sampled_from(WORDS), max_size=2, unique=True))],
        })
    return {
        "municipality": {"name": "Testby Kommune", "code": "999"},
        "title": "Beskæftigelsesplan 2019",
        "period": "2019",
        "status": draw(st.sampled_from(["draft", "final"])),
        "sections": sections,
    }


def diff_of(a: dict[str, object], b: dict[str, object]) -> tuple[PlanDiff, PlanDiff]:
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, data in (("a.yaml", a), ("b.yaml", b)):
            path = Path(folder) / name
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
            paths.append(path)
        old, new = load_plan(paths[0]), load_plan(paths[1])
        return diff_plans(old, new), diff_plans(new, old)


def essence(diff: PlanDiff, mirrored: bool = False) -> Counter[tuple[str, str | None, str | None, str | None]]:
    return Counter(
        (c.kind.mirror.value, c.part, c.new, c.old) if mirrored else (c.kind.value, c.part, c.old, c.new)
        for c in diff.changes
    )


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan())
def test_a_plan_against_itself_has_no_changes(a: dict[str, object]) -> None:
    forward, _ = diff_of(a, a)
    assert forward.changes == []


@settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan(), plan())
def test_swapping_the_plans_mirrors_the_changes(a: dict[str, object], b: dict[str, object]) -> None:
    forward, backward = diff_of(a, b)
    assert essence(forward) == essence(backward, mirrored=True)
