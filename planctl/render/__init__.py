"""Renderers: a result model in, output out. Every format of a command is fed the same model."""
