"""PDF files written object by object, for tests of reading broken, encrypted and image-only PDFs."""

from __future__ import annotations


def handmade_pdf(objects: list[str], trailer: str) -> bytes:
    """A PDF written object by object, with a correct cross-reference table."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    return out + f"trailer\n<<{trailer}/Size {len(objects) + 1}>>\nstartxref\n{xref}\n%%EOF\n".encode()


PAGES = ["<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
         "<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>"]
