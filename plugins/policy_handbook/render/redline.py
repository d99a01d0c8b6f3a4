"""Word diffs as HTML: a redline with marked insertions and deletions, or one clean side.

Clause text is data, not markup, so every character of it is escaped. Screen readers
announce ``<ins>``/``<del>`` inconsistently, so each mark also says "[inserted: …]" or
"[deleted: …]" in visually hidden text. Deletions carry ``data-search-exclude``, which
Material for MkDocs' search honours, so words a policy no longer says are not indexed.
"""

from __future__ import annotations

from typing import Iterable, Literal

from markupsafe import Markup, escape

from ..analyse.diff import DiffOp

# The hidden labels are for screen readers, not for the search index.
_INS = Markup('<ins class="ph-ins"><span class="ph-visually-hidden" data-search-exclude>[inserted: </span>{}'
              '<span class="ph-visually-hidden" data-search-exclude>]</span></ins>')
_DEL = Markup('<del class="ph-del" data-search-exclude><span class="ph-visually-hidden">[deleted: </span>{}'
              '<span class="ph-visually-hidden">]</span></del>')


def _marked(template: Markup, text: str) -> Markup:
    # Whitespace at the edges of a change is left outside the mark, as one plain space,
    # so a mark never underlines or strikes through a bare gap.
    words = text.strip()
    if not words:
        return Markup(" ")
    before = " " if text[0].isspace() else ""
    after = " " if text[-1].isspace() else ""
    return Markup(before) + template.format(words) + Markup(after)


def redline_html(ops: Iterable[DiffOp]) -> Markup:
    """Both sides of a diff in one run of inline HTML, insertions and deletions marked."""
    parts: list[Markup] = []
    for op in ops:
        if op.kind == "equal":
            parts.append(escape(op.text))
        else:
            parts.append(_marked(_INS if op.kind == "insert" else _DEL, op.text))
    return Markup("").join(parts)


def clean_html(ops: Iterable[DiffOp], side: Literal["old", "new"]) -> Markup:
    """One side of a diff, without marks: the old text (``side="old"``) or the new one."""
    if side not in ("old", "new"):
        raise ValueError(f"side must be 'old' or 'new', not {side!r}")
    dropped = "insert" if side == "old" else "delete"
    return escape("".join(op.text for op in ops if op.kind != dropped))
