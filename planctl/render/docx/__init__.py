"""The Word toolkit: documents, styles, tables and tracked changes with python-docx (imported only here).

`write_document(document, page)` is its one entry: `show --format docx` and
`diff --format docx` both call it.
"""

from planctl.render.docx.writer import write_document

__all__ = ["write_document"]
