"""Plain-text helpers shared by the analysis and the rendering of clause text: a clause's
words without Markdown marks, and its name as a sentence gives it.

Clause text is written in a small Markdown subset (see :mod:`policy_handbook.render.markup`).
The analysis compares words, never markup, so it needs the words without the marks; this
module sits below both ``analyse/`` and ``render/`` so that neither depends on the other
for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .corpus import Located

_MARKS = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


@lru_cache(maxsize=1 << 16)
def to_plain(text: str) -> str:
    """The words of a clause without Markdown marks, for diffs, search and CSV exports.

    A link ``[words](address)`` becomes ``words``; emphasis marks (``**``, ``__``, and a
    ``*`` or ``_`` that opens or closes emphasis) are removed; runs of spaces and tabs
    become one space.
    """
    text = _LINK.sub(r"\1", text)
    return re.sub(r"[ \t]+", " ", _MARKS.sub("", text)).strip()


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
