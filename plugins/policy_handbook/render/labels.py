"""Words for things: how a clause, a stance or a position is named on a page."""

from __future__ import annotations

from ..corpus import Located


def clause_label(located: Located) -> str:
    """``3.15``; ``6.4, item 2``; or ``Inappropriate use of social networking sites, point 7``."""
    clause, parent = located.clause, located.parent
    if clause.number:
        return clause.number
    if parent is not None:
        position = next(i for i, item in enumerate(parent.items, 1) if item.id == clause.id)
        return f"{_own_label(located, parent)}, item {position}"
    return _own_label(located, clause)


def _own_label(located: Located, clause) -> str:
    if clause.number:
        return clause.number
    section = located.section
    position = next((i for i, c in enumerate(section.clauses, 1) if c.id == clause.id), 0)
    kind = "point" if clause.bullet else "paragraph"
    where = section.title or (f"section {section.number}" if section.number else
                              section.id.replace("-", " ").capitalize())
    return f"{where}, {kind} {position}" if position else where


def stance_words(stance: str, strength: str) -> str:
    """``prohibits`` + ``should`` → ``Prohibits (should)``; strength ``informative`` is left out."""
    text = stance.capitalize()
    return text if strength == "informative" else f"{text} ({strength})"
