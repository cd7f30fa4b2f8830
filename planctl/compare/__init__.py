"""Several plans side by side (`planctl compare`).

`build.compare_plans` is a pure function from plans (`inputs.ComparedPlan`) to a
`model.Comparison`, the result every renderer in `planctl.render.compare` is fed;
`run.compare_files` loads and checks plan files first. The row builders (groups, minister,
figures, quality) each make one row group; `model` is a leaf: it imports none of them.

Importing the package imports nothing else, so that `planctl check` does not pay for the
comparison model at start-up; import from the modules.
"""
