"""Word documents converted to PDF by LibreOffice, all in one `soffice` call (its start-up is most of
the ~2 s), with a private profile so a LibreOffice already running is neither used nor disturbed."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path


def converted_to_pdf(soffice: str, documents: Sequence[Path], folder: Path) -> dict[Path, Path]:
    """Each document's PDF; the test fails when LibreOffice complains or leaves one out."""
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder / "pdf"), *map(str, documents)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr
    pdfs = {document: folder / "pdf" / f"{document.stem}.pdf" for document in documents}
    for document, pdf in pdfs.items():
        assert pdf.exists(), f"{document.name}: no PDF ({result.stdout} {result.stderr})"
        assert pdf.read_bytes()[:5] == b"%PDF-", f"{pdf.name} is not a PDF"
    return pdfs
