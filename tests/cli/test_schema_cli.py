from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import ROOT, RunCli


def test_schema_file_is_current(planctl: RunCli) -> None:
    """schemas/plan.schema.json is `planctl schema`; regenerate it when the models change."""
    result = planctl("schema")
    assert result.code == 0, result.err
    committed = (ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8")
    assert result.out == committed, "stale schema: run `planctl schema -o schemas/plan.schema.json`"


def test_schema_output_file_holds_what_standard_output_gets(planctl: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "plan.schema.json"
    target.write_text("an older schema\n", encoding="utf-8")
    written = planctl("schema", "-o", target)
    assert (written.code, written.out, written.err) == (0, "", "")
    assert target.read_bytes() == planctl("schema").out.encode("utf-8")
    assert [path.name for path in tmp_path.iterdir()] == ["plan.schema.json"]


def test_schema_describes_the_plan() -> None:
    schema = json.loads((ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8"))
    assert set(schema["required"]) == {"municipality", "title", "period", "status", "sections"}
    assert schema["properties"]["status"]["enum"] == ["draft", "final", "adopted", "unknown"]
    assert {"type": "integer", "description": "The plan year of the minister's goals."} in schema[
        "properties"
    ]["minister_goals"]["anyOf"]
    assert "unge_under_30" in schema["$defs"]["Section"]["properties"]["target_groups"]["items"]["enum"]
