"""Running heads and document footers in a text that has lost its page breaks.

Text copied out of a PDF keeps each page's running head (``Use of Social Media`` /
``People Management & Performance`` / ``August 2011``) wherever the page broke, often in the
middle of a sentence. They are found by repetition: a block of two or more short lines, none
a sentence or a numbered clause, that occurs again, word for word, elsewhere in the
document; or a single short line that occurs at least twice and at least once cuts a sentence
in two. A document footer (``1  Jane Smith / … | Example County Council | DRAFT``: fields
separated by ``|``) is recognised by its shape, repeated or not.
"""

from __future__ import annotations

import re
from collections import Counter

from .markers import parse_text
from .read import RawLine

# A note's mark may follow the full stop: "… for mileage rates.[2]".
SENTENCE_END = re.compile(r"[.!?:;][\"”’')\]*_]*(?:\[\d{1,3}\])*$")
_FOOTER = re.compile(r"^(?!\|)\S.{0,160}?\S\s+\|\s+\S.*?\s\|\s+\S.{0,80}$")
MAX_LENGTH = 100


def shape(text: str) -> str:
    """A line's text for comparison: spaces collapsed, lower case, digits as ``#``."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def is_document_footer(text: str) -> bool:
    """Fields separated by `` | ``, as a word processor's footer prints author, body and status."""
    return bool(_FOOTER.match(text.strip())) and len(text.strip()) <= 200


def _candidate(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > MAX_LENGTH or SENTENCE_END.search(text):
        return False
    return parse_text(text).kind is None and not text[0].islower()


def repeated_running_lines(lines: list[RawLine]) -> dict[int, str]:
    """Line numbers of running heads and footers, each with why it was taken for one."""
    found: dict[int, str] = {}
    blocks = _blocks(lines)
    counts = Counter(tuple(shape(line.text) for line in block) for block in blocks)
    for block in blocks:
        key = tuple(shape(line.text) for line in block)
        if len(block) >= 2 and counts[key] >= 2:
            for line in block:
                found[line.line] = f"a block of {len(block)} lines repeated {counts[key]} times"
    singles = Counter(shape(line.text) for line in lines if _candidate(line.text))
    cutting: set[str] = set()
    texts = [line for line in lines if line.text.strip()]
    for before, line, after in zip(texts, texts[1:], texts[2:]):
        if (_candidate(line.text) and singles[shape(line.text)] >= 2 and not SENTENCE_END.search(before.text.strip())
                and after.text.strip()[:1].islower()):
            cutting.add(shape(line.text))
    for line in lines:
        key = shape(line.text)
        if key in cutting and line.line not in found:
            found[line.line] = f"repeated {singles[key]} times, cutting a sentence in two"
    return found


def _blocks(lines: list[RawLine]) -> list[list[RawLine]]:
    """Runs of consecutive candidate lines, with blank lines or other text around them."""
    blocks: list[list[RawLine]] = []
    current: list[RawLine] = []
    for line in lines:
        if line.text.strip() and _candidate(line.text):
            current.append(line)
            continue
        if current:
            blocks.append(current)
        current = []
    if current:
        blocks.append(current)
    return blocks
