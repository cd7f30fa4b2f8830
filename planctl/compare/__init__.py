"""Several plans side by side (`planctl compare`) and target-group suggestions (`planctl tags`).

`compare_plans` is a pure function from plans to a `Comparison`; `compare_files` loads and
checks plan files first. Renderers in `planctl.render.compare_*` turn a Comparison into text.
"""

from planctl.compare.model import ROW_GROUPS, ComparedPlan, CompareOptions, Comparison, compare_plans

__all__ = ["ROW_GROUPS", "ComparedPlan", "CompareOptions", "Comparison", "compare_plans"]
