"""The least validating with Pydantic can cost: the import floor's libraries, then one model of one
constrained field, built and validated once (which loads what `from pydantic import BaseModel` alone
does not: field and type machinery, the core schema, and the plugin loader). benchmarks/run_all.py
measures `planctl check` against it beside the import floor."""

from __future__ import annotations

import rich.console  # noqa: F401  (the import floor's libraries)
import rich.table  # noqa: F401
import typer.main  # noqa: F401
import yaml  # noqa: F401
from pydantic import BaseModel, Field


class Plan(BaseModel):
    municipality: str = Field(min_length=1)


if __name__ == "__main__":
    print(Plan.model_validate({"municipality": "Lyngby-Taarbæk"}).municipality)
