"""LibreOffice converts show's Word document of every plan to PDF, and of a plan holding characters
Word's XML cannot hold: the files open where people open them.

One `soffice` call converts all five (the start-up is most of its ~2 s), with a private
profile so that a LibreOffice already running on the machine is neither used nor disturbed.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import PLANS
from tests.render.docx.shared import show_docx
from tests.render.docx.test_unsafe_text import PLAN as UNSAFE_PLAN


def test_libreoffice_converts_every_plan_s_document_to_pdf(tmp_path: Path, libreoffice: str) -> None:
    documents = []
    unsafe = tmp_path / "unsafe-characters.yaml"  # control characters Word's XML cannot hold
    unsafe.write_text(UNSAFE_PLAN, encoding="utf-8")
    for path in [*sorted(PLANS.glob("*.yaml")), unsafe]:
        target = tmp_path / f"{path.stem}.docx"
        target.write_bytes(show_docx(path)[1])
        documents.append(target)
    result = subprocess.run(
        [libreoffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), *map(str, documents)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    assert result.returncode == 0, result.stderr
    for document in documents:
        pdf = tmp_path / "pdf" / f"{document.stem}.pdf"
        assert pdf.exists(), f"{pdf.name} missing: {result.stdout} {result.stderr}"
        assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 10_000
