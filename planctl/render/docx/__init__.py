"""The Word toolkit: documents, styles, tables and tracked changes with python-docx (imported only here)."""
