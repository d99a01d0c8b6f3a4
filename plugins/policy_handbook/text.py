"""Plain-text helpers shared by the analysis and the rendering of clause text.

Clause text is written in a small Markdown subset (see :mod:`policy_handbook.render.markup`).
The analysis compares words, never markup, so it needs the words without the marks; this
module sits below both ``analyse/`` and ``render/`` so that neither depends on the other
for it.
"""

from __future__ import annotations

import re

_MARKS = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def to_plain(text: str) -> str:
    """The words of a clause without Markdown marks, for diffs, search and CSV exports.

    A link ``[words](address)`` becomes ``words``; emphasis marks (``**``, ``__``, and a
    ``*`` or ``_`` that opens or closes emphasis) are removed; runs of spaces and tabs
    become one space.
    """
    text = _LINK.sub(r"\1", text)
    return re.sub(r"[ \t]+", " ", _MARKS.sub("", text)).strip()
