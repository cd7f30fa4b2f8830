"""appendix --format docx, read back from its XML: the acceptance of issue 10, item 1.

Every expectation is computed from what `planctl check` and `planctl diff --format json`
report for the same plans, so the appendix cannot drift from them unnoticed.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.appendix.helpers import DRAFT, FINAL, MEETING, appendix_docx, check_json, diff_json
from tests.conftest import RunCli
from tests.docx_xml import NS, Docx, Grid, Para, w

PLACEHOLDER_RULES = {"placeholder-value", "placeholder-in-prose"}


def _texts(reader: Docx) -> list[str]:
    return [block.text for block in reader.body() if isinstance(block, Para)]


def _table_after(reader: Docx, heading: str) -> list[Grid]:
    """The tables between a heading and the next heading of its level."""
    found: list[Grid] = []
    inside = False
    for block in reader.body():
        if isinstance(block, Para) and block.level == 1:
            inside = block.text.startswith(heading)
        elif inside and isinstance(block, Grid):
            found.append(block)
    return found


def test_the_hearing_appendix_has_the_title_block_goals_ministermaal_and_every_open_placeholder(
        planctl: RunCli, tmp_path: Path) -> None:
    reader = Docx(appendix_docx(planctl, "hearing", tmp_path / "bilag.docx"))
    texts = _texts(reader)
    assert texts[0] == "Bilag: Lyngby-Taarbæk Kommunes Beskæftigelsesplan 2019"
    assert reader.paragraphs()[0].style in ("Title", "Titel")
    assert "UDKAST" in texts[:5]
    assert f"Møde: {MEETING}" in texts[:6]
    assert "Planens dato: 21. november 2018" in texts[:6]

    goal_tables = _table_after(reader, "Mål for indsatsen")
    ids = [row[0] for table in goal_tables for row in table.rows[1:]]
    assert ids == ["MÅL 1", "MÅL 2", "MÅL 3", "MÅL 4", "Mål 5", "MÅL 6", "MÅL 7", "Mål 8", "MÅL 9", "MÅL 10", "MÅL 11"]
    assert goal_tables[0].rows[0] == ("Mål", "Målsætning", "Måltal", "Følgemål", "Ministermål")
    captions = [block.text for block in reader.body() if isinstance(block, Para) and block.text.startswith("Indsats")]
    assert captions[:2] == ["Indsatsområde: Flere i beskæftigelse", "Indsatsområde: Unge"]
    assert "Indsatsområde: Flere personer med handicap i beskæftigelse" in captions
    assert any(row[0] == "MÅL 9" and row[2] == "kvalitativt (intet tal)" for t in goal_tables for row in t.rows)

    (minister,) = _table_after(reader, "Ministermål for 2019")
    assert [row[0] for row in minister.rows[1:]] == [str(n) for n in range(1, 8)]
    assert minister.rows[7][1] == "Flere personer med handicap skal i beskæftigelse"
    assert minister.rows[7][2] == "MÅL 11"
    assert minister.rows[1][2] == "MÅL 1, MÅL 2 og MÅL 3"

    (open_items,) = _table_after(reader, "Udestående før vedtagelse")
    placeholders = [(int(row[0]), row[1]) for row in open_items.rows[1:] if row[2] == "pladsholder"]
    reported = [f for f in check_json(planctl, DRAFT) if f["name"] in PLACEHOLDER_RULES]
    assert len(placeholders) == len(reported) > 0
    assert [line for line, _ in placeholders] == [f["line"] for f in reported]
    assert ("295", "MÅL 1", "pladsholder", "»x pct.« – står for en værdi i pct.") in open_items.rows
    errors = [f for f in check_json(planctl, DRAFT) if f["severity"] == "error"]
    assert sorted(int(row[0]) for row in open_items.rows[1:] if row[2] == "fejl") == [f["line"] for f in errors]


def test_the_adopted_appendix_shows_the_changes_diff_reports(planctl: RunCli, tmp_path: Path) -> None:
    reader = Docx(appendix_docx(planctl, "adopted", tmp_path / "bilag.docx"))
    texts = _texts(reader)
    assert "UDKAST" not in texts
    assert "Status: endelig" in texts
    assert "Ændringer siden udkastet af 21. november 2018" in texts
    (changes, _prose) = _table_after(reader, "Ændringer siden")
    rows = set(changes.rows)
    reported = diff_json(planctl, DRAFT, FINAL)

    filled = [c for c in reported if c["kind"] == "placeholder-filled"]
    assert ("MÅL 1", "pladsholder udfyldt (måltal)", "x pct. → 4 pct.") in rows
    for change in filled:
        after = f"{change['old']} → {change['new']}"
        assert any(row[0] == change["subject"] and row[2] == after for row in rows), change

    periods = [c for c in reported if c["kind"] == "period-changed"]
    assert sorted({c["subject"] for c in periods}) == sorted(["MÅL 1", "MÅL 2", "MÅL 3", "MÅL 4", "MÅL 6", "MÅL 7"])
    for change in periods:
        assert (change["subject"], "periode ændret", f"{change['old']} → {change['new']}") in rows

    figures = [c for c in reported if c["kind"] == "figure-changed"]
    assert len(figures) == sum(1 for row in rows if row[1] == "nøgletal ændret") > 0
    assert ("erhvervsfrekvens", "nøgletal ændret", "ca. 77 pct. → ca. 78 pct. (+1 procentpoint)") in rows
    summary = next(text for text in texts if text.startswith(f"{len(reported)} ændringer i alt:"))
    assert f"{len(filled)} pladsholdere udfyldt" in summary and f"{len(periods)} perioder ændret" in summary


def test_a_reworded_goal_is_struck_through_and_underlined_not_tracked(planctl: RunCli, tmp_path: Path) -> None:
    reader = Docx(appendix_docx(planctl, "adopted", tmp_path / "bilag.docx"))
    assert reader.revisions() == []
    struck = ["".join(t.text for t in run.iterfind("w:t", NS)) for run in reader.document.iterfind(".//w:r", NS)
              if run.find("w:rPr/w:strike", NS) is not None]
    underlined = ["".join(t.text for t in run.iterfind("w:t", NS)) for run in reader.document.iterfind(".//w:r", NS)
                  if run.find("w:rPr/w:u", NS) is not None]
    assert "xx" in struck and "60" in underlined  # MÅL 4: "minimum være xx pct." -> "minimum være 60 pct."
    assert all(run.find("w:rPr/w:u", NS).get(w("val")) == "single" for run in reader.document.iterfind(".//w:r", NS)
               if run.find("w:rPr/w:u", NS) is not None)


def test_focus_keeps_what_concerns_the_group_and_says_what_it_left_out(planctl: RunCli, tmp_path: Path) -> None:
    reader = Docx(appendix_docx(planctl, "handicap", tmp_path / "bilag.docx"))
    texts = _texts(reader)
    goal_tables = _table_after(reader, "Mål for indsatsen")
    assert [row[0] for table in goal_tables for row in table.rows[1:]] == ["MÅL 11"]
    tagged = ["Oversigt: Lokale mål for indsatsen i 2019", "Forberedende Grunduddannelse (FGU)",
              "Indsatsområde: Flere personer med handicap i beskæftigelse", "Styrket fokus på handicapområdet",
              "Øget samarbejde om personer med handicap"]
    assert all(title in texts for title in tagged)
    everything = "\n".join(texts + [cell for table in reader.tables() for row in table.rows for cell in row])
    for dropped in ("MÅL 1", "MÅL 4", "MÅL 10", "Indsatsområde: Unge", "erhvervsfrekvens", "En faldende ledighed"):
        assert re.search(rf"{re.escape(dropped)}\b", everything) is None, dropped
    note = next(text for text in texts if text.startswith("Bilaget er afgrænset til målgruppen"))
    assert "personer med handicap" in note and "Udeladt, fordi det ikke vedrører målgruppen: 10 mål" in note
    (minister,) = _table_after(reader, "Ministermål for 2019")
    assert minister.rows[1:] == (("7", "Flere personer med handicap skal i beskæftigelse", "MÅL 11"),)
    (changes, *_) = _table_after(reader, "Ændringer siden")
    kept = {"Planen", "Indsatsområde: Flere personer med handicap i beskæftigelse"}
    assert {row[0] for row in changes.rows[1:]} <= kept
