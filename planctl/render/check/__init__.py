"""The check report (`planctl.lint.run.CheckReport`) in every format `planctl check --format` offers.

The first format is the default; each renderer is imported only when chosen, so
`planctl check --format concise` never loads Rich's tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planctl.render.formats import Format, FormatTable

if TYPE_CHECKING:
    from planctl.lint.report import CheckReport

FORMATS: FormatTable[CheckReport] = FormatTable({
    "text": Format("planctl.render.check.text:render", terminal=True),
    "concise": Format("planctl.render.check.concise:render"),
    "json": Format("planctl.render.check.json:render"),
    "github": Format("planctl.render.check.github:render"),
    "sarif": Format("planctl.render.check.sarif:render"),
    "junit": Format("planctl.render.check.junit:render"),
    "gitlab": Format("planctl.render.check.gitlab:render"),
})
