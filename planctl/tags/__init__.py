"""Target-group suggestions from a plan's Danish wording (`planctl tags`).

`suggest` finds the groups a section or goal names; `patch` writes the unified diff that
adds them to a plan file; `report` runs both over plan files into a `TagReport` (`model`),
which `planctl.render.tags` prints. Nothing here writes a plan.

Importing the package imports nothing else; import from the modules.
"""
