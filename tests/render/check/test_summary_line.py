"""The summary line under a check report counts the plans checked and, apart, the files that
could not be read or validated: a run whose only file is invalid never says "No findings"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINIMAL_PLAN, RunCli

SAID = {
    "da": ("1 fil kunne ikke læses eller valideres.", "Ingen fund"),
    "en": ("1 file could not be read or validated.", "No findings"),
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_run_whose_only_file_is_invalid_says_so_not_no_findings(
    tmp_path: Path, planctl: RunCli, lang: str
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINIMAL_PLAN.replace("status: draft", "status: udkast"), encoding="utf-8")
    unreadable, no_findings = SAID[lang]
    result = planctl("check", bad, "--lang", lang)
    assert result.code == 2
    assert result.out.strip() == unreadable
    assert no_findings not in result.out
    assert len(result.err.splitlines()) == 1 and result.err.startswith(f"{bad}:6:9: ")


def test_an_invalid_file_beside_a_good_plan_is_not_counted_as_a_plan(tmp_path: Path, planctl: RunCli) -> None:
    (tmp_path / "a.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    (tmp_path / "b.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    result = planctl("check", tmp_path, "--select", "U004", "--lang", "da")
    assert result.out.strip() == "Ingen fund i 1 plan. 1 fil kunne ikke læses eller valideres."
