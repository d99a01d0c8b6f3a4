"""Words for things: how a clause, a stance or a position is named on a page."""

from __future__ import annotations

from ..corpus import Located


def clause_label(located: Located) -> str:
    """A clause's name that stands on its own; list items are named through their lead-in.

    ``3.15``; ``Inappropriate use of social networking sites, point 7``; ``2.1 (a)`` for
    item ``a`` of clause 2.1; ``6.4, item 2`` for an unnumbered item.
    """
    clause, ancestors = located.clause, located.ancestors
    if not ancestors:
        return _own_label(located, clause)
    parent = ancestors[-1]
    if clause.number and parent.number and clause.number.startswith(parent.number):
        return clause.number
    outer = Located(located.document, located.version, located.section, parent,
                    ancestors[-2] if len(ancestors) > 1 else None, ancestors[:-1])
    if clause.number:
        return f"{clause_label(outer)} ({clause.number})"
    position = next(i for i, item in enumerate(parent.items, 1) if item.id == clause.id)
    return f"{clause_label(outer)}, item {position}"


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
