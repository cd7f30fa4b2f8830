"""A plan whose text holds escape codes, a C1 control character, Rich markup and Markdown."""

from __future__ import annotations

from pathlib import Path

from planctl.load import load_plan
from planctl.messages import Lang
from planctl.render.plan.build import plan_document
from planctl.render.plan.document import PlanDocument
from tests.lint.helpers import plan_text

# ESC, CSI (C1) and Rich markup, as YAML writes them in a double-quoted string.
HOSTILE = r"udvalgets \e[31mmøde\x9b2J [bold red]x[/]"
SHOWN = r"udvalgets \x1b[31mmøde\x9b2J [bold red]x[/]"  # what a reader sees: nothing is interpreted

BODY = f"""\
sections:
  - title: "Unge {HOSTILE}"
    prose:
      - "{HOSTILE}"
      - "# Ikke en overskrift, *ikke fed*, _ikke kursiv_, [ikke et link](http://x) <b>ikke html</b> ~~ikke streget~~"
      - "1. Ikke en nummereret liste"
      - "- Et punkt {HOSTILE}"
    goals:
      - id: "MÅL 1 {HOSTILE}"
        text: "Ledigheden skal falde {HOSTILE}"
        target: {{kind: deferred, deferred_until: "{HOSTILE}"}}
    tables:
      - title: "Tabel {HOSTILE}"
        columns: ["Område | {HOSTILE}", "Juni 2020"]
        rows:
          - label: "Rudersdal {HOSTILE}"
            cells: ["a | b"]
"""


def hostile_plan(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.yaml"
    path.write_text(plan_text(BODY, status="draft"), encoding="utf-8")
    return path


def hostile_document(tmp_path: Path) -> PlanDocument:
    return plan_document(load_plan(hostile_plan(tmp_path)).plan, Lang.da)
