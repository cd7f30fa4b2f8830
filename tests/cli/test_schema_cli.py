from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_schema_file_is_current() -> None:
    """schemas/plan.schema.json is `planctl schema`; regenerate it when the models change."""
    result = subprocess.run(
        [sys.executable, "-m", "planctl", "schema"], capture_output=True, text=True, check=True
    )
    committed = (ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8")
    assert result.stdout == committed, "stale schema: run `planctl schema > schemas/plan.schema.json`"


def test_schema_describes_the_plan() -> None:
    schema = json.loads((ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8"))
    assert set(schema["required"]) == {"municipality", "title", "period", "status", "sections"}
    assert schema["properties"]["status"]["enum"] == ["draft", "final", "adopted"]
    assert {"type": "integer", "description": "The plan year of the minister's goals."} in schema[
        "properties"
    ]["minister_goals"]["anyOf"]
    assert "unge_under_30" in schema["$defs"]["Section"]["properties"]["target_groups"]["items"]["enum"]
