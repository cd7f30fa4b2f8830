"""planctl: Danish municipal employment plans as data."""

__version__ = "0.1.0"
