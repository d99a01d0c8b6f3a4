"""Words for things: how a clause, a stance or a position is named on a page."""

from __future__ import annotations

from ..text import clause_label

__all__ = ["clause_label", "stance_words"]


def stance_words(stance: str, strength: str) -> str:
    """``prohibits`` + ``should`` → ``Prohibits (should)``; strength ``informative`` is left out."""
    text = stance.capitalize()
    return text if strength == "informative" else f"{text} ({strength})"
