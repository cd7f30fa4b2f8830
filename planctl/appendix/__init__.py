"""planctl appendix: a plan, its check findings and optionally a diff -> the meeting appendix (bilag)."""

from planctl.appendix.build import AppendixOptions, build_appendix, focus_groups
from planctl.appendix.model import Appendix

__all__ = ["Appendix", "AppendixOptions", "build_appendix", "focus_groups"]
