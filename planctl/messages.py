"""Text planctl writes for people, in Danish and in English."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    """One message in Danish and in English."""

    da: str
    en: str

    def text(self, lang: str) -> str:
        return self.da if lang == "da" else self.en
