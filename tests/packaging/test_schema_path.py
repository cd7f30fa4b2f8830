from __future__ import annotations

from pathlib import Path

from planctl.model.schema import plan_json_schema_text
from tests.conftest import ROOT, RunCli


def test_schema_path_prints_where_the_package_keeps_the_schema(planctl: RunCli) -> None:
    result = planctl("schema", "--path")
    assert result.code == 0 and result.err == ""
    shipped = Path(result.out.strip())
    assert shipped == ROOT / "planctl" / "model" / "plan.schema.json"
    assert shipped.read_text(encoding="utf-8") == plan_json_schema_text()
    assert (ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")
