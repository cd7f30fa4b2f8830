"""plan_document: the blocks of each plan, in its order, as show and the Word diff read them."""

from __future__ import annotations

from pathlib import Path

import pytest

from planctl.load import load_plan
from planctl.messages import Lang
from planctl.model.plan import Plan
from planctl.render.plan.build import plan_document
from planctl.render.plan.document import Paragraph, PlanDocument, Table
from tests.conftest import PLANS
from tests.lint.helpers import plan_text

NAMES = sorted(path.stem for path in PLANS.glob("*.yaml"))
BULLET_CHARACTERS = ("•", "\uf0b7", "▪", "◦", "– ", "- ")


def plan(name: str) -> Plan:
    return load_plan(PLANS / f"{name}.yaml").plan


def document(name: str, lang: Lang = Lang.da) -> PlanDocument:
    return plan_document(plan(name), lang)


def paragraphs(doc: PlanDocument, role: str | None = None) -> list[Paragraph]:
    return [b for b in doc.blocks if isinstance(b, Paragraph) and (role is None or b.role == role)]


def inline(tmp_path: Path, body: str, **identity: str) -> PlanDocument:
    path = tmp_path / "plan.yaml"
    path.write_text(plan_text(body, **identity), encoding="utf-8")
    return plan_document(load_plan(path).plan, Lang.da)


WITH_GOALS = [name for name in NAMES if plan(name).all_goals()]


def test_four_plans_have_goals() -> None:
    assert len(WITH_GOALS) == 4  # Gladsaxe's strategy of 2012 states none


@pytest.mark.parametrize("name", WITH_GOALS)
def test_every_goal_stands_with_its_id_and_text(name: str) -> None:
    doc = document(name)
    by_origin = {block.origin: (index, block) for index, block in enumerate(doc.blocks)}
    goals = plan(name).all_goals()
    for path, goal in goals:
        index, block = by_origin[(*path, "text")]
        assert isinstance(block, Paragraph) and block.text == goal.text
        if goal.id:
            before = doc.blocks[index - 1]
            assert isinstance(before, Paragraph) and (before.role, before.text) == ("goal-id", goal.id)


@pytest.mark.parametrize("name", WITH_GOALS)
def test_a_quantified_goal_has_its_target_in_words_right_below_it(name: str) -> None:
    doc = document(name)
    for path, goal in plan(name).all_goals():
        if goal.target is None or goal.target.kind == "qualitative":
            continue
        [index] = [i for i, b in enumerate(doc.blocks) if b.origin == (*path, "target")]
        target = doc.blocks[index]
        assert isinstance(target, Paragraph) and target.role == "target"
        assert target.text.startswith("Måltal: ") and target.text.endswith(".")
        assert doc.blocks[index - 1].origin == (*path, "text")


def test_the_draft_carries_the_udkast_mark_and_the_final_plan_none() -> None:
    draft, final = document("lyngby-taarbaek-2019-udkast"), document("lyngby-taarbaek-2019")
    assert [p.text for p in paragraphs(draft, "draft")] == ["UDKAST"]
    assert [b.role for b in draft.blocks[:4] if isinstance(b, Paragraph)] == ["title", "subtitle", "draft", "date"]
    assert draft.draft and not final.draft
    assert paragraphs(final, "draft") == []
    assert [p.text for p in paragraphs(document("lyngby-taarbaek-2019-udkast", Lang.en), "draft")] == ["DRAFT"]


@pytest.mark.parametrize("name", NAMES)
def test_no_paragraph_keeps_a_bullet_character(name: str) -> None:
    for block in paragraphs(document(name)):
        assert not block.text.startswith(BULLET_CHARACTERS), block


def test_bulleted_prose_becomes_list_items() -> None:
    lyngby = paragraphs(document("lyngby-taarbaek-2019"), "bullet")
    assert "Færre proceskrav til samtaleforløb" in [p.text for p in lyngby]
    rudersdal = paragraphs(document("rudersdal-2021"), "bullet")
    assert "forsikrede ledige" in [p.text for p in rudersdal]  # "- forsikrede ledige" in the plan
    assert all(p.level == 1 for p in lyngby + rudersdal)


def test_taarnby_lists_its_success_criteria_and_initiatives_under_their_labels() -> None:
    doc = document("taarnby-2019-2023")
    section = next(i for i, s in enumerate(plan("taarnby-2019-2023").sections) if s.success_criteria)
    blocks = [b for b in doc.blocks if b.origin[:2] == ("sections", section) and isinstance(b, Paragraph)]
    roles = [b.role for b in blocks]
    criteria = roles.index("label")
    assert blocks[criteria].text == "Succeskriterier"
    assert roles[criteria + 1:criteria + 3] == ["bullet", "target"]
    initiatives = [b for b in blocks if b.role == "label" and b.text == "Indsatsområder"]
    assert initiatives
    assert roles[roles.index("label", criteria + 1) + 1] == "bullet"


def test_rudersdals_tables_are_whole_and_stand_where_their_title_is_printed() -> None:
    source = plan("rudersdal-2021")
    doc = document("rudersdal-2021")
    tables = [(i, b) for i, b in enumerate(doc.blocks) if isinstance(b, Table)]
    expected = [(s, t, data) for s, section in enumerate(source.sections) for t, data in enumerate(section.tables)]
    assert len(tables) == len(expected) == 11
    for (index, block), (s, t, data) in zip(tables, expected, strict=True):
        assert block.origin == ("sections", s, "tables", t)
        header, *rows = block.rows
        assert header.header and [c.text for c in header.cells] == data.columns
        assert [[c.text for c in row.cells] for row in rows] == [
            [row.label, *(str(cell) for cell in row.cells)] for row in data.rows]
        caption = doc.blocks[index - 1]
        assert isinstance(caption, Paragraph) and (caption.role, caption.text) == ("caption", data.title)
        # The title is printed once, as the caption; the prose does not repeat it.
        assert [p.text for p in paragraphs(doc)].count(data.title) == 1
        if data.note:
            note = doc.blocks[index + 1]
            assert isinstance(note, Paragraph) and (note.role, note.text) == ("note", data.note)
            assert [p.text for p in paragraphs(doc)].count(data.note) == 1
    # The first table comes before the prose that comments on it, as in the document.
    first = tables[0][0]
    comment = next(i for i, b in enumerate(doc.blocks) if isinstance(b, Paragraph) and b.text.startswith("COVID-19"))
    assert first < comment


def test_the_overview_is_a_table_per_group_with_every_goal() -> None:
    source = plan("lyngby-taarbaek-2019")
    assert source.goal_overview is not None
    doc = document("lyngby-taarbaek-2019")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == len(source.goal_overview.groups)
    for block, group in zip(tables, source.goal_overview.groups, strict=True):
        assert [c.text for c in block.rows[0].cells] == ["Mål", "Målsætning", "Følgemål"]
        assert [[c.text for c in row.cells] for row in block.rows[1:]] == [
            [goal.id or "", goal.text, "\n".join(goal.follow_up)] for goal in group.goals]


@pytest.mark.parametrize("name", NAMES)
def test_key_figures_stated_in_the_prose_are_not_repeated(name: str) -> None:
    source = plan(name)
    stated = [f for s in source.sections for f in s.key_figures if f.text]
    doc = document(name)
    texts = [p.text for p in paragraphs(doc)]
    assert "Nøgletal" not in [p.text for p in paragraphs(doc, "label")]
    for figure in stated:
        assert not any(text.startswith(f"{figure.name}: ") for text in texts), figure.name


KEY_FIGURE_PLAN = """\
sections:
  - title: Arbejdsmarkedet
    prose:
      - Kommunen har en erhvervsfrekvens på ca. 78 pct.
    key_figures:
      - name: erhvervsfrekvens
        value: ca. 78 pct.
        text: Kommunen har en erhvervsfrekvens på ca. 78 pct.
      - name: ledighed
        value: 3,0 pct.
        period: juli 2017
        area: Lyngby-Taarbæk Kommune
"""


def test_a_key_figure_not_in_the_prose_is_listed_under_noegletal(tmp_path: Path) -> None:
    doc = inline(tmp_path, KEY_FIGURE_PLAN)
    roles = [(b.role, b.text) for b in paragraphs(doc)]
    label = roles.index(("label", "Nøgletal"))
    assert roles[label + 1] == ("bullet", "ledighed: 3,0 pct. (juli 2017, Lyngby-Taarbæk Kommune)")
    assert not any(text.startswith("erhvervsfrekvens:") for _, text in roles)


def test_the_target_leaves_out_an_equivalent_the_note_states() -> None:
    doc = document("lyngby-taarbaek-2019")
    [index] = [i for i, b in enumerate(doc.blocks) if isinstance(b, Paragraph) and b.role == "goal-id"
               and b.text == "MÅL 2"]
    texts = [b.text for b in doc.blocks[index:index + 4] if isinstance(b, Paragraph)]
    assert texts[2:] == ["Måltal: fald på 5 pct. fra oktober 2018 til oktober 2019.",
                         "Det svarer til et fald på ca. 10 personer."]


def test_the_target_states_the_equivalent_when_nothing_else_does(tmp_path: Path) -> None:
    doc = inline(tmp_path, """\
    sections:
      - title: Unge
        goals:
          - id: MÅL 2
            text: Antallet skal falde med 5 pct. fra oktober 2018 til oktober 2019.
            target: {kind: change, direction: decrease, value: 5 pct., baseline: oktober 2018,
                     period: oktober 2019, equivalent: ca. 10 personer}
    """)
    assert [p.text for p in paragraphs(doc, "target")] == [
        "Måltal: fald på 5 pct. fra oktober 2018 til oktober 2019 (svarer til ca. 10 personer)."]


def test_a_goal_reads_id_text_target_note_then_its_foelgemaal() -> None:
    doc = document("lyngby-taarbaek-2019-udkast")
    [index] = [i for i, b in enumerate(doc.blocks) if isinstance(b, Paragraph) and b.text == "MÅL 7"]
    roles = [b.role for b in doc.blocks[index:index + 7] if isinstance(b, Paragraph)]
    assert roles == ["goal-id", "goal", "target", "note", "label", "bullet", "target"]
    follow_up_target = doc.blocks[index + 6]
    assert isinstance(follow_up_target, Paragraph)
    assert follow_up_target.text == "Måltal: xx pct. i gennemsnit i 2019."
