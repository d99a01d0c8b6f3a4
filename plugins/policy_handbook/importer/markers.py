"""What a line starts with: a bullet, a clause number, a roman or letter sub-item, or nothing.

The forms are those real policies print: bullets ``•``, ``-``, ``–``, ``*`` (nested by
indentation); numbers ``1.``, ``1.1``, ``1.1.``, ``3.15``, ``6.3 i``; sub-items ``i.``,
``(ii)``, ``(a)``, ``b)``. A number written as a list item (``- 1.1. Text``, as a Word
list pasted into text gives it) is a number, not a bullet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .read import RawLine

MarkerKind = Literal["bullet", "number", "sub"]

# Bullet glyphs, with those of Word's Symbol and Wingdings fonts as text copied out of a
# Word file or a PDF has them (private-use characters, U+F0B7 for Symbol's dot), and the "o"
# Word gives a list's second level.
_BULLET = re.compile(r"^([•·▪◦●■□➢➤►▶▸‣⁃∙◆◇❖✓✔→\uf000-\uf0ff\-–—*]|o(?=\s))\s+(.*)$")
_MULTI = re.compile(r"^(\d{1,3}(?:\.\d{1,3})+)\.?(?=\s|$)")
_SINGLE = re.compile(r"^(\d{1,2})([.)]?)(?=\s|$)")
# A clause's text starts with a capital, a digit, a quote, a bracket or Markdown: "2.5 million
# people" or "2006 and the" at the start of a line is not a numbered clause.
_TEXT_START = re.compile(r"^\s+[A-Z0-9\"“‘'(\[*_]|^\s*$")
_NUMBER_SUB = re.compile(r"^\s+(\(?[ivx]{1,5}[.)]|[ivx]{1,5}|\(?[a-h][.)])(?=\s+\S)")
_ROMAN = re.compile(r"^(\()?([ivxl]{1,7}|[IVX]{1,7})([.)])(?=\s+\S)")
_LETTER = re.compile(r"^(\()?([A-Za-z])([.)])(?=\s+\S)")
_PAREN_NUMBER = re.compile(r"^(\()(\d{1,2})(\))(?=\s+\S)")
_VALID_ROMAN = re.compile(r"^(?=[ivxl])(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_MONTH = re.compile(r"^\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+\d{2,4}\b|\s*$)", re.I)


@dataclass(frozen=True)
class Marker:
    """The marker at the start of a line, and the text after it."""

    kind: MarkerKind | None
    label: str | None
    """The number as printed, without a final full stop: ``3.15``, ``1``, ``6.3 i``, ``ii``,
    ``(a)``, ``b)``. None for bullets and unmarked lines."""
    indent: int
    """Leading spaces (a tab counts 4), or a Word list paragraph's level."""
    rest: str
    """The text after the marker (all of it, for an unmarked line)."""
    dashed: bool = False
    """A numbered line written as a list item, ``- 1.1. …``."""

    @property
    def depth(self) -> int:
        """How many parts a clause number has: 1 for ``3``, 2 for ``3.15``."""
        return self.label.split(" ")[0].count(".") + 1 if self.kind == "number" and self.label else 0


def indentation(text: str) -> int:
    """Width of the leading whitespace, a tab counting 4."""
    lead = text[: len(text) - len(text.lstrip())]
    return len(lead.expandtabs(4))


def parse_line(line: RawLine) -> Marker:
    """The marker of a raw line, using Word's list hints when there are any."""
    if line.bullet:
        return Marker("bullet", None, line.list_level or 0, line.text.strip())
    if line.number is not None:
        found = parse_text(f"{line.number.strip()} {line.text.strip()}")
        if found.kind is None:
            found = Marker("number", line.number.strip().rstrip("."), 0, line.text.strip())
        return Marker(found.kind, found.label, line.list_level or 0, found.rest)
    return parse_text(line.text)


def parse_text(text: str) -> Marker:
    """The marker at the start of ``text``, if any."""
    indent = indentation(text)
    body = text.strip()
    number = _number(body)
    if number is not None:
        return Marker("number", number[0], indent, number[1])
    sub = _sub(body)
    if sub is not None:
        return Marker("sub", sub[0], indent, sub[1])
    bullet = _BULLET.match(body)
    if bullet:
        inner = bullet.group(2)
        number = _number(inner, dotted_only=True)
        if number is not None:
            return Marker("number", number[0], indent, number[1], dashed=True)
        return Marker("bullet", None, indent, inner)
    return Marker(None, None, indent, body)


def _number(text: str, *, dotted_only: bool = False) -> tuple[str, str] | None:
    match = _MULTI.match(text)
    if match:
        label = match.group(1)
    else:
        match = _SINGLE.match(text)
        # "1." or "1)" always; a bare "1" only before a capital ("1 Introduction").
        if match is None or (dotted_only and match.group(2) != "."):
            return None
        label = match.group(1) + (")" if match.group(2) == ")" else "")
        if not match.group(2) and not re.match(r"^\s+[A-Z]", text[match.end():]):
            return None
        if is_date(text):
            return None
    rest = text[match.end():]
    sub = _NUMBER_SUB.match(rest)
    if sub and (_VALID_ROMAN.match(sub.group(1).strip("().")) or sub.group(1)[-1] in ".)"):
        return f"{label} {_sub_label(sub.group(1))}", rest[sub.end():].strip()
    if not _TEXT_START.match(rest):
        return None
    return label, rest.strip()


def is_date(text: str) -> bool:
    """Whether ``text`` starts with a day and a month, as a dated item does (``4. August 2022``,
    ``20 December 2019``), rather than with a clause number."""
    match = re.match(r"^\s*(\d{1,2})(?:st|nd|rd|th)?\.?", text)
    return bool(match and 1 <= int(match.group(1)) <= 31 and _MONTH.match(text[match.end():]))


def _sub(text: str) -> tuple[str, str] | None:
    match = _ROMAN.match(text)
    if not (match and _VALID_ROMAN.match(match.group(2).lower())):
        match = _LETTER.match(text) or _PAREN_NUMBER.match(text)
    if match is None or (match.group(1) and match.group(3) != ")"):
        return None
    if (match.group(2).isupper() and match.group(3) == "." and match.re is _LETTER
            and not text[match.end():].lstrip()[:1].islower()):
        return None  # "A. Smith" is more likely a name than item A ("A. their teams" is an item)
    return _sub_label(match.group(0)), text[match.end():].strip()


def _sub_label(printed: str) -> str:
    """``i.`` → ``i``; ``(i)`` and ``i)`` stay as printed."""
    return printed[:-1] if printed.endswith(".") else printed
