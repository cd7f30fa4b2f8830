"""diff --format docx: the new plan as show renders it, every change a tracked change.

The guarantee: accepting every change gives the text of `show NEW --format docx`, rejecting
every change that of `show OLD --format docx`, paragraph by paragraph and cell by cell. It is
read back from word/document.xml (tests/docx_xml.py) on every run, on the real draft and final
plan and on generated pairs of plans; tests/render/diff/test_libreoffice.py proves it in
LibreOffice itself.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from planctl.diff import diff_plans
from planctl.load import load_plan
from planctl.messages import Lang
from planctl.render.diff import FORMATS
from planctl.render.page import Page
from planctl.render.plan import FORMATS as SHOW
from planctl.render.plan.build import plan_document
from tests.conftest import PLANS, RunCli
from tests.docx_xml import Docx, local, w
from tests.render.plan.test_redline import plan_pairs, written

DRAFT = PLANS / "lyngby-taarbaek-2019-udkast.yaml"
FINAL = PLANS / "lyngby-taarbaek-2019.yaml"
WHEN = "2018-12-10T09:00:00Z"


def shown(path: Path) -> Docx:
    document = plan_document(load_plan(path).plan, Lang.da)
    data = SHOW.render("docx", document, Page(lang=Lang.da))
    assert isinstance(data, bytes)
    return Docx(data)


def word_diff(old: Path, new: Path, **options: object) -> Docx:
    result = diff_plans(load_plan(old), load_plan(new))
    data = FORMATS.render("docx", result, Page(lang=Lang.da, options={"date": WHEN, **options}))
    assert isinstance(data, bytes)
    return Docx(data)


@pytest.fixture(scope="module")
def lyngby() -> Docx:
    return word_diff(DRAFT, FINAL, author="Center for Arbejdsmarked")


def test_accepting_every_change_gives_the_final_plan_and_rejecting_the_draft(lyngby: Docx) -> None:
    assert lyngby.body("accept") == shown(FINAL).body("stored")
    assert lyngby.body("reject") == shown(DRAFT).body("stored")


def revision_kinds(document: Docx) -> Counter[str]:
    """Revisions by where they stand: runs, paragraph marks, table rows, paragraph properties."""
    kinds: Counter[str] = Counter()
    for element in document.revisions():
        parent = local(element.getparent())
        where = {"rPr": "paragraph mark", "trPr": "row"}.get(parent, "run")
        kinds[f"{local(element)} ({where})"] += 1
    return kinds


def test_the_placeholders_are_deleted_and_the_values_inserted_word_by_word(lyngby: Docx) -> None:
    goal = next(p for p in lyngby.paragraphs("stored")
                if p.text.startswith("Antallet af personer der modtager offentlig forsørgelse"))
    assert ("x", "delete") in goal.runs and ("4", "insert") in goal.runs
    kinds = revision_kinds(lyngby)
    assert kinds["del (run)"] > 50 and kinds["ins (run)"] > 50
    assert kinds["del (paragraph mark)"] >= 5 and kinds["ins (paragraph mark)"] >= 5  # whole paragraphs


def test_every_revision_has_its_own_id_the_author_and_the_date(lyngby: Docx) -> None:
    revisions = lyngby.revisions()
    ids = [element.get(w("id")) for element in revisions]
    assert len(ids) == len(set(ids)) and all(i is not None and i.isdigit() for i in ids)
    assert {element.get(w("author")) for element in revisions} == {"Center for Arbejdsmarked"}
    assert {element.get(w("date")) for element in revisions} == {"2018-12-10T09:00:00Z"}


def test_deleted_text_is_only_in_deltext_and_tracking_is_on(lyngby: Docx) -> None:
    body = lyngby.part("word/document.xml")
    assert body.xpath("//w:del//w:t", namespaces={"w": w("")[1:-1]}) == []
    assert all(local(t.getparent().getparent()) == "del" for t in body.iter(w("delText")))
    settings = lyngby.part("word/settings.xml")
    assert settings.find(w("trackRevisions")) is not None


def test_the_document_ends_with_a_paragraph_no_change_can_remove(lyngby: Docx) -> None:
    last = lyngby.paragraphs("stored")[-1]
    assert last.mark == "equal" and all(mark == "equal" for _, mark in last.runs)


PLAN = """\
municipality: {name: Tårnby Kommune, code: "185"}
title: Beskæftigelsesplan 2020
period: 2020
status: %(status)s
sections:
  - title: Unge
    level: %(level)s
    prose: [Flere unge skal i uddannelse.]
    tables:
      - title: Fuldtidspersoner
        columns: [Gruppe, "2019", "2020"]
        rows:
%(rows)s
"""
ROWS = {
    "Ledige": '          - {label: Ledige, cells: ["437", "476"]}',
    "Unge": '          - {label: Unge, cells: ["120", "%s"]}',
    "Sygedagpenge": '          - {label: Sygedagpenge, cells: ["300", "310"]}',
}


def small_pair(tmp_path: Path) -> tuple[Path, Path]:
    old = PLAN % {"status": "draft", "level": 1,
                  "rows": "\n".join([ROWS["Ledige"], ROWS["Unge"] % "xx", ROWS["Sygedagpenge"]])}
    new = PLAN % {"status": "final", "level": 2, "rows": "\n".join([ROWS["Ledige"], ROWS["Unge"] % "131"])}
    (tmp_path / "old.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(new, encoding="utf-8")
    return tmp_path / "old.yaml", tmp_path / "new.yaml"


def test_rows_cells_and_a_heading_level_are_tracked(tmp_path: Path) -> None:
    old, new = small_pair(tmp_path)
    document = word_diff(old, new)
    kinds = revision_kinds(document)
    assert kinds["del (row)"] == 1  # Sygedagpenge's row removed
    assert kinds["pPrChange (run)"] == 1  # the heading went from level 1 to level 2
    cell = document.tables("stored")[0].rows[2]
    assert cell == ("Unge", "120", "xx131")  # stored: "xx" deleted, "131" inserted in the cell
    assert document.body("accept") == shown(new).body("stored")
    assert document.body("reject") == shown(old).body("stored")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_pairs())
def test_the_guarantee_holds_for_generated_pairs(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        old, new = written(pair, Path(folder))
        document = word_diff(old, new)
        assert document.body("accept") == shown(new).body("stored")
        assert document.body("reject") == shown(old).body("stored")


# --- the command ----------------------------------------------------------------


def test_the_command_writes_the_document_and_exits_1(planctl: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "aendringer.docx"
    result = planctl("diff", DRAFT, FINAL, "--format", "docx", "-o", target, "--author", "Jens Hansen",
                     "--date", "2018-12-10", "--lang", "da")
    assert result.code == 1, result.err
    document = Docx(target.read_bytes())
    assert {e.get(w("author")) for e in document.revisions()} == {"Jens Hansen"}
    assert {e.get(w("date")) for e in document.revisions()} == {"2018-12-10T00:00:00Z"}
    assert document.body("accept") == shown(FINAL).body("stored")


def test_the_author_defaults_to_git_s_user_name_else_planctl(planctl: RunCli, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    no_git = {"HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": str(home / "none")}
    planctl("diff", DRAFT, FINAL, "--format", "docx", "-o", tmp_path / "a.docx", env=no_git)
    assert {e.get(w("author")) for e in Docx((tmp_path / "a.docx").read_bytes()).revisions()} == {"planctl"}
    (home / "gitconfig").write_text("[user]\n\tname = Birgitte Nyborg\n", encoding="utf-8")
    named = {**no_git, "GIT_CONFIG_GLOBAL": str(home / "gitconfig")}
    planctl("diff", DRAFT, FINAL, "--format", "docx", "-o", tmp_path / "b.docx", env=named)
    assert {e.get(w("author")) for e in Docx((tmp_path / "b.docx").read_bytes()).revisions()} == {"Birgitte Nyborg"}


@pytest.mark.parametrize(("arguments", "message"), [
    (["--date", "i går"], "--date: 'i går' is not an ISO 8601 date"),
    (["--only", "goals"], "--only and --stat do not apply to --format docx"),
    (["--template", "nowhere.dotx"], "nowhere.dotx: --template: no such file"),
])
def test_bad_arguments_are_one_line_and_no_file(planctl: RunCli, tmp_path: Path, arguments: list[str],
                                                message: str) -> None:
    target = tmp_path / "aendringer.docx"
    result = planctl("diff", DRAFT, FINAL, "--format", "docx", "-o", target, *arguments)
    assert result.code == 2
    assert len(result.err.splitlines()) == 1 and message in result.err
    assert not target.exists()


def test_an_invalid_plan_or_a_folder_that_is_not_there_writes_nothing(planctl: RunCli, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("municipality: [\n", encoding="utf-8")
    target = tmp_path / "aendringer.docx"
    result = planctl("diff", DRAFT, broken, "--format", "docx", "-o", target)
    assert result.code == 2 and result.err.startswith(f"{broken}:") and len(result.err.splitlines()) == 1
    assert not target.exists()
    missing = tmp_path / "no" / "such" / "folder" / "a.docx"
    result = planctl("diff", DRAFT, FINAL, "--format", "docx", "-o", missing)
    assert result.code == 2 and len(result.err.splitlines()) == 1 and "cannot write" in result.err


def test_an_existing_file_is_replaced_only_by_a_complete_document(planctl: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "aendringer.docx"
    target.write_bytes(b"the secretary's own copy")
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [\n", encoding="utf-8")
    assert planctl("diff", DRAFT, broken, "--format", "docx", "-o", target).code == 2
    assert target.read_bytes() == b"the secretary's own copy"
    assert planctl("diff", DRAFT, FINAL, "--format", "docx", "-o", target, "--lang", "da").code == 1
    assert Docx(target.read_bytes()).body("accept") == shown(FINAL).body("stored")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, broken.name])  # no temporary file
