"""planctl show: a plan as a document, in the terminal, as Markdown or as Word."""
