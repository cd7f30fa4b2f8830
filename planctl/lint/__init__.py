"""check's analysis: the lint rules (one module each, in `rules/`), suppressions, configuration,
and `run.check_files`, which turns plan files into a `CheckReport` for the renderers.

Nothing here prints or imports the command line or the renderers: a report is data.
"""
