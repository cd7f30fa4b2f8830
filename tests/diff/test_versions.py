"""Two versions of one plan, told apart by their version labels in the headers of `diff` and
`compare`, in every format; a status the document does not state is not a change."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from planctl.diff import Kind, diff_plans
from planctl.load import load_plan
from tests.conftest import PLANS, RunCli
from tests.docx_xml import Docx

OLD_LABEL, NEW_LABEL = "2. udkast", "revideret 2020"
FORMATS = ["text", "markdown", "json"]


def _version(tmp_path: Path, name: str, *, version: str | None, status: str = "final") -> Path:
    text = (PLANS / "lyngby-taarbaek-2019.yaml").read_text(encoding="utf-8")
    replacement = f"status: {status}\n" + (f"version: {version}\n" if version else "")
    path = tmp_path / name
    path.write_text(text.replace("status: final\n", replacement, 1), encoding="utf-8")
    return path


@pytest.fixture
def versions(tmp_path: Path) -> tuple[Path, Path]:
    return (_version(tmp_path, "old.yaml", version=OLD_LABEL), _version(tmp_path, "new.yaml", version=NEW_LABEL))


def _docx_text(data: bytes) -> str:
    document = Docx(data)
    return "\n".join([p.text for p in document.paragraphs("accept")] + [p.text for p in document.paragraphs("reject")]
                     + ["\t".join(row) for grid in document.tables() for row in grid.rows])


@pytest.mark.parametrize("fmt", FORMATS)
def test_diff_shows_both_version_labels(planctl: RunCli, versions: tuple[Path, Path], fmt: str) -> None:
    run = planctl("diff", str(versions[0]), str(versions[1]), "--format", fmt, "--lang", "da")
    assert run.code in (0, 1), run.err
    header = run.out if fmt == "json" else "\n".join(run.out.splitlines()[:4])
    assert OLD_LABEL in header and NEW_LABEL in header


def test_diff_json_names_each_side_s_version(planctl: RunCli, versions: tuple[Path, Path]) -> None:
    document = json.loads(planctl("diff", str(versions[0]), str(versions[1]), "--format", "json").out)
    assert document["plans"] == {"old": {"version": OLD_LABEL, "status": "final"},
                                 "new": {"version": NEW_LABEL, "status": "final"}}


def test_diff_in_word_shows_both_version_labels(planctl: RunCli, versions: tuple[Path, Path], tmp_path: Path) -> None:
    target = tmp_path / "diff.docx"
    run = planctl("diff", str(versions[0]), str(versions[1]), "--format", "docx", "-o", str(target))
    assert run.code in (0, 1), run.err
    text = _docx_text(target.read_bytes())
    assert OLD_LABEL in text and NEW_LABEL in text


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "csv"])
def test_compare_shows_both_version_labels(planctl: RunCli, versions: tuple[Path, Path], fmt: str) -> None:
    run = planctl("compare", str(versions[0]), str(versions[1]), "--format", fmt, "--lang", "da")
    assert run.code == 0, run.err
    assert OLD_LABEL in run.out and NEW_LABEL in run.out
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(run.out)))
        assert {row["version"] for row in rows} == {OLD_LABEL, NEW_LABEL}
    if fmt == "json":
        headers = [plan["header"] for plan in json.loads(run.out)["plans"]]
        assert headers == [f"Lyngby-Taarbæk 2019 ({OLD_LABEL})", f"Lyngby-Taarbæk 2019 ({NEW_LABEL})"]


def test_compare_in_word_shows_both_version_labels(planctl: RunCli, versions: tuple[Path, Path],
                                                    tmp_path: Path) -> None:
    target = tmp_path / "compare.docx"
    run = planctl("compare", str(versions[0]), str(versions[1]), "--format", "docx", "-o", str(target))
    assert run.code == 0, run.err
    text = _docx_text(target.read_bytes())
    assert OLD_LABEL in text and NEW_LABEL in text


@pytest.mark.parametrize(("old", "new"), [("unknown", "final"), ("final", "unknown"), ("draft", "unknown")])
def test_an_unknown_status_is_no_status_change(tmp_path: Path, old: str, new: str) -> None:
    diff = diff_plans(load_plan(_version(tmp_path, "old.yaml", version=None, status=old)),
                      load_plan(_version(tmp_path, "new.yaml", version=None, status=new)))
    assert Kind.status_changed not in diff.counts()


def test_a_stated_status_change_is_still_reported(tmp_path: Path) -> None:
    diff = diff_plans(load_plan(_version(tmp_path, "old.yaml", version=None, status="draft")),
                      load_plan(_version(tmp_path, "new.yaml", version=None, status="final")))
    assert diff.counts()[Kind.status_changed] == 1


@pytest.mark.parametrize(("lang", "words"), [
    ("da", "Version: ingen versionsbetegnelse (status ikke angivet i dokumentet) → ingen versionsbetegnelse"),
    ("en", "Version: no version label (status not stated in the document) → no version label"),
])
def test_the_diff_header_says_a_status_is_not_stated(planctl: RunCli, tmp_path: Path, lang: str, words: str) -> None:
    old = _version(tmp_path, "old.yaml", version=None, status="unknown")
    new = _version(tmp_path, "new.yaml", version=None)
    run = planctl("diff", str(old), str(new), "--lang", lang)
    assert words in run.out.splitlines()


def test_compare_prints_an_unknown_status(planctl: RunCli, tmp_path: Path) -> None:
    plan = _version(tmp_path, "plan.yaml", version=None, status="unknown")
    assert "ukendt" in planctl("compare", str(plan), str(PLANS / "rudersdal-2021.yaml"), "--lang", "da").out
    assert "unknown" in planctl("compare", str(plan), str(PLANS / "rudersdal-2021.yaml"), "--lang", "en").out
