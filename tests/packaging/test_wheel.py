"""The wheel as a user gets it: built from this checkout, installed into a fresh venv.

It must hold the schema, the reference data, py.typed and the licence, carry the
distribution name planctl-dk with the command planctl, and `planctl check` must work
from it with nothing of this checkout on the path. The fresh venv takes planctl's
dependencies from the package index (or pip's cache), as `pipx install` would.
"""

from __future__ import annotations

import email
import os
import subprocess
import sys
import time
import venv
import zipfile
from pathlib import Path

import pytest

from planctl.model.schema import plan_json_schema_text

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "tests" / "cases" / "valid" / "span-figures-table.yaml"
BUILD_SECONDS = 30


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    seconds = time.monotonic() - started
    print(f"wheel built in {seconds:.1f} s")
    assert seconds < BUILD_SECONDS, f"building the wheel took {seconds:.1f} s"
    (built,) = out.glob("*.whl")
    return built


def test_the_wheel_holds_schema_data_types_and_licence(wheel: Path) -> None:
    assert wheel.name.startswith("planctl_dk-")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        schema = archive.read("planctl/model/plan.schema.json").decode("utf-8")
        dist_info = next(name.split("/")[0] for name in names if name.endswith(".dist-info/METADATA"))
        metadata = email.message_from_bytes(archive.read(f"{dist_info}/METADATA"))
        entry_points = archive.read(f"{dist_info}/entry_points.txt").decode("utf-8")
        licence = archive.read(f"{dist_info}/licenses/LICENSE").decode("utf-8")
    assert schema == plan_json_schema_text()
    assert {"planctl/data/target_groups.yaml", "planctl/data/minister_goals.yaml",
            "planctl/data/municipalities.yaml", "planctl/py.typed"} <= names
    assert licence.startswith("MIT License")
    assert metadata["Name"] == "planctl-dk"
    assert metadata["License-Expression"] == "MIT"
    assert "Typing :: Typed" in metadata.get_all("Classifier", [])
    assert any(url.startswith("Homepage, ") for url in metadata.get_all("Project-URL", []))
    assert "planctl = planctl.cli:main" in entry_points


def test_the_wheel_installs_into_a_fresh_venv_and_checks_a_plan(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    installed = subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)],
                               capture_output=True, text=True, timeout=600, check=False)
    assert installed.returncode == 0, installed.stderr[-2000:]
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["NO_COLOR"] = "1"
    check = subprocess.run([str(bin_dir / "planctl"), "check", str(PLAN), "--format", "concise"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text(PLAN.read_text(encoding="utf-8").replace("value: 4,5 pct.", "value: 4.5 pct."), encoding="utf-8")
    refused = subprocess.run([str(bin_dir / "planctl"), "check", str(bad)],
                             cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert refused.returncode == 2 and "4.5 pct." in refused.stderr, refused.stderr
    where = subprocess.run([str(bin_dir / "planctl"), "schema", "--path"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=True)
    shipped = Path(where.stdout.strip())
    assert shipped.is_relative_to(env_dir)
    assert shipped.read_text(encoding="utf-8") == plan_json_schema_text()
