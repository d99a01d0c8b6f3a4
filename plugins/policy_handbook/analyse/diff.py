"""Word-level diffs of clause texts.

Texts are split into tokens (words, whitespace runs, single punctuation marks), each
distinct token is stood for by one private-use character, and diff-match-patch diffs those
character strings. A change therefore always covers whole words: never ``coun`` + ``cil``.

The engine is diff-match-patch's C++ port (``fast-diff-match-patch``): the same algorithm
and the same result as the Python package, several times faster (tests/test_diff.py holds
the two to the same output on the corpus's clause pairs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Literal

import fast_diff_match_patch

Kind = Literal["equal", "insert", "delete"]

TOKEN = re.compile(r"\w+(?:['’]\w+)*|\s+|[^\w\s]")
"""A word (``council's`` is one), a run of whitespace, or one other character."""

_WORD = re.compile(r"\w+(?:['’]\w+)*")

# Private-use code points: the BMP area, then planes 15 and 16 (U+FFFE/U+FFFF of each
# plane are non-characters, so they are left out).
_CODE_POINTS = (range(0xE000, 0xF900), range(0xF0000, 0xFFFFE), range(0x100000, 0x10FFFE))
MAX_TOKENS = sum(len(r) for r in _CODE_POINTS)
"""The most distinct tokens two texts may hold between them (137,468)."""

_KINDS: dict[str, Kind] = {"=": "equal", "+": "insert", "-": "delete"}


@dataclass(frozen=True)
class DiffOp:
    """One run of a diff: text both sides share, or text only one side has."""

    kind: Kind
    text: str


def tokenize(text: str) -> list[str]:
    """The tokens of ``text``; joined, they give ``text`` back exactly."""
    return TOKEN.findall(text)


def _code_point(index: int) -> str:
    for block in _CODE_POINTS:
        if index < len(block):
            return chr(block[index])
        index -= len(block)
    raise ValueError(f"the texts hold more than {MAX_TOKENS} distinct tokens, too many to diff by word")


def engine_diff(old: str, new: str) -> list[tuple[str, str]]:
    """diff-match-patch's ``diff_main`` (``checklines=False``) then ``diff_cleanupSemantic``,
    as (``=``, ``+`` or ``-``, text) pairs."""
    # With a timeout, diff_main stops searching when the clock runs out and returns a
    # coarser diff, so the result would depend on the machine's speed and load. Without
    # one the diff is always the same; on clause-length texts it still takes milliseconds.
    return fast_diff_match_patch.diff(old, new, timelimit=0, checklines=False, cleanup="Semantic",
                                      counts_only=False)


def word_diff(old: str, new: str) -> list[DiffOp]:
    """Word-level diff of ``old`` into ``new`` (remembered: pages often show the same pair).

    Both texts are split into tokens (words, whitespace runs, punctuation); each distinct
    token is mapped to one private-use character; the character strings are diffed by
    diff-match-patch (``diff_main`` with ``checklines=False``), ``diff_cleanupSemantic``
    is applied, and the characters are mapped back to tokens. Adjacent ops of the same
    kind are merged and no op is empty.

    Joining the text of the ``equal`` and ``delete`` ops gives ``old`` exactly; joining
    ``equal`` and ``insert`` gives ``new`` exactly.

    Raises:
        ValueError: when the texts hold more than :data:`MAX_TOKENS` distinct tokens.
    """
    return list(_word_diff(old, new))


@lru_cache(maxsize=8192)
def _word_diff(old: str, new: str) -> tuple[DiffOp, ...]:
    codes: dict[str, str] = {}
    tokens: dict[str, str] = {}

    def encode(text: str) -> str:
        chars = []
        for token in tokenize(text):
            if token not in codes:
                codes[token] = _code_point(len(codes))
                tokens[codes[token]] = token
            chars.append(codes[token])
        return "".join(chars)

    old_chars, new_chars = encode(old), encode(new)
    ops: list[DiffOp] = []
    for operation, chars in engine_diff(old_chars, new_chars):
        if not chars:
            continue
        kind, text = _KINDS[operation], "".join(tokens[c] for c in chars)
        if ops and ops[-1].kind == kind:
            ops[-1] = DiffOp(kind, ops[-1].text + text)
        else:
            ops.append(DiffOp(kind, text))
    return tuple(ops)


def words(text: str) -> list[str]:
    """The words of ``text``, as :func:`word_diff` counts them."""
    return _WORD.findall(text)


def change_counts(ops: Iterable[DiffOp]) -> dict[str, int]:
    """How many words were inserted, deleted and kept."""
    counts = {"inserted_words": 0, "deleted_words": 0, "equal_words": 0}
    key = {"insert": "inserted_words", "delete": "deleted_words", "equal": "equal_words"}
    for op in ops:
        counts[key[op.kind]] += len(words(op.text))
    return counts
