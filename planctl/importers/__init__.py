"""planctl import: a plan from the Word, PDF, text or Markdown file a municipality already has.

Each reader turns one kind of document into the same sequence of blocks (`blocks.py`);
one builder (`build.py`) turns blocks into a plan. Readers are imported only when a
document of their kind is read, so no other command pays for python-docx or the PDF library.
"""
