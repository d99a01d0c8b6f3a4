"""Compiling the stance reader's alternations so that Python's engine scans them faster, and not
scanning a text with a pattern that cannot match it.

The grammar's patterns are long alternations whose alternatives each begin with ``\\b``, and
each is searched through every clause. Python's engine has no shortcut for such a pattern:
at every position of the text it tries each alternative in turn, and each fails on ``\\b`` at
once inside a word. :func:`shared_boundary` takes the ``\\b`` out of each run of such
alternatives, so that a position inside a word costs one test instead of one per alternative.
The matches are the same, found in the same order: ``\\b`` takes no characters, so testing it
once at a position and then trying the alternatives is what trying each of them did.

A pattern that needs a word cannot match a text without it: :func:`may_match` tells, from words
written beside a pattern (one of which every match holds), that a text need not be scanned at all.
"""

from __future__ import annotations

import re

_BOUNDARY = "\\b"


def top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at each ``|`` outside groups, character classes and escapes."""
    parts: list[str] = []
    depth, start, index, in_class = 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += 1
            index += pattern.startswith("^", index)
            index += pattern.startswith("]", index)  # a "]" first in a class is one of its characters
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


def shared_boundary(pattern: str) -> str:
    """``pattern`` with one ``\\b`` before each run of two or more top-level alternatives that
    all begin with it: ``\\bmust\\b|\\bshall\\b|^only`` becomes ``\\b(?:must\\b|shall\\b)|^only``."""
    if re.match(r"\(\?[aiLmsux]+\)", pattern):  # a global inline flag must stay first
        return pattern
    out: list[str] = []
    run: list[str] = []

    def close() -> None:
        if len(run) > 1:
            out.append(_BOUNDARY + "(?:" + "|".join(a[len(_BOUNDARY):] for a in run) + ")")
        else:
            out.extend(run)
        run.clear()

    for alternative in top_level_alternatives(pattern):
        if alternative.startswith(_BOUNDARY):
            run.append(alternative)
        else:
            close()
            out.append(alternative)
    close()
    return "|".join(out)


def compile_rule(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` of ``pattern`` with its word boundaries shared (see :func:`shared_boundary`)."""
    if flags & re.VERBOSE:
        return re.compile(pattern, flags)
    return re.compile(shared_boundary(pattern), flags)


_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def folded(text: str) -> str:
    """``text`` in lower case, each character one, with the letters a case-insensitive pattern
    reads as ASCII ones made so ("ı" and "İ" are "i", "ſ" is "s"): a word a pattern needs, in lower
    case, is in the folded text of every text the pattern matches."""
    return text.translate(_FOLD).lower()


def may_match(words: tuple[str, ...], folded_text: str) -> bool:
    """Whether a pattern that needs one of ``words`` (lower case; none: it needs none) can match
    the text folded as ``folded_text``: a text without any of them is not scanned."""
    return not words or any(word in folded_text for word in words)
