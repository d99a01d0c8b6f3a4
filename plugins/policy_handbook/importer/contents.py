"""A document's (or a chapter's) own contents list, recognised so it is not read as headings.

A contents list is a run of short entries (``1. Introduction``, ``What is social media?``,
``Using social media at work ....... 4``) that name headings found again further on, in the
same order. It is recognised after a ``Contents`` line, or without one when three or more
such entries stand together with no text between them. The list, its ``Contents`` line
included, is left out of the import; the report names every line left out.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .markers import parse_text
from .mend import Para, ends_sentence

_CONTENTS = re.compile(r"^(?:table of )?contents?$|^in this (?:section|chapter|document|policy)$", re.I)
_PAGE_REF = re.compile(r"(?:[\s.…_·-]{2,}|\t|\s+)\d{1,3}$")
MIN_ENTRIES = 3
"""Entries a contents list without a ``Contents`` line needs."""


@dataclass(frozen=True)
class Dropped:
    """A line of a contents list, and the line of the heading it names (None for ``Contents``)."""

    line: int
    text: str
    heading_line: int | None


def entry_key(text: str) -> str:
    """An entry's words: without page number, dot leaders, Markdown emphasis, case or spacing."""
    text = re.sub(r"^[*_]+|[*_]+$", "", text.strip())
    text = _PAGE_REF.sub("", text).strip()
    return " ".join(text.lower().split())


def _entry_like(para: Para) -> bool:
    text = _PAGE_REF.sub("", para.text.strip()).strip()
    if not text or len(text) > 100 or "\n" in text:
        return False
    mark = parse_text(text)
    if mark.kind in ("bullet", "sub"):
        return False
    rest = mark.rest if mark.kind == "number" else text
    if rest.endswith("?"):
        return True
    letter = re.search(r"[^\W\d_]", rest)
    return bool(letter) and letter.group().isupper() and not ends_sentence(rest)


def contents_lists(paras: list[Para]) -> list[Dropped]:
    """The lines of every contents list in ``paras``, in document order."""
    keys = [entry_key(para.text) for para in paras]
    found_at = _Positions([_without_number(key) for key in keys])
    dropped: list[Dropped] = []
    i = 0
    while i < len(paras):
        titled = bool(_CONTENTS.match(keys[i]))
        first = i + 1 if titled else i
        end = first
        while end < len(paras) and _entry_like(paras[end]) and not (end > first and keys[end] == keys[first]):
            end += 1
        found = _later_headings(paras, first, end, found_at)
        enough = end - first >= (1 if titled else MIN_ENTRIES)
        if enough and found is not None and (titled or all(line is not None for line in found)):
            if titled:
                dropped.append(Dropped(paras[i].line, paras[i].text.strip(), None))
            dropped += [Dropped(paras[k].line, paras[k].text.strip(), found[k - first]) for k in range(first, end)]
            i = end
            continue
        i += 1
    return dropped


class _Positions:
    """Where each entry key (without its number) occurs among the paragraphs, looked up by key
    and by the first position at or after a given one."""

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        self._at: dict[str, list[int]] = {}
        for position, key in enumerate(keys):
            self._at.setdefault(key, []).append(position)

    def next(self, key: str, start: int) -> int | None:
        """The first position at or after ``start`` whose key is ``key``."""
        positions = self._at.get(key, [])
        k = bisect.bisect_left(positions, start)
        return positions[k] if k < len(positions) else None


def _later_headings(paras: list[Para], first: int, end: int, found_at: _Positions) -> list[int | None] | None:
    """For entries ``paras[first:end]``, the line each is found on again after the list, in
    order; None when fewer than half are found."""
    found: list[int | None] = []
    k = end
    for position in range(first, end):
        at = found_at.next(found_at.keys[position], k)
        found.append(paras[at].line if at is not None else None)
        if at is not None:
            k = at + 1
    if sum(line is not None for line in found) * 2 < len(found) or not found:
        return None
    return found


def _without_number(key: str) -> str:
    return re.sub(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|appendix \w+[:.]?)\s+", "", key)
