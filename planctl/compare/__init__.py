"""Several plans side by side (`planctl compare`) and target-group suggestions (`planctl tags`).

`compare_plans` is a pure function from plans to a `Comparison`; `compare_files` loads and
checks plan files first. Renderers in `planctl.render.compare_*` turn a Comparison into text.

Importing the package imports nothing else, so that `planctl check` does not pay for the
comparison model at start-up; import from the modules (planctl.compare.model, .run, .rows).
"""
