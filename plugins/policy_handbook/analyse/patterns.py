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

Compiling the reader's four hundred patterns was about half the CPU of importing the package:
Python's regular expression compiler is written in Python, and each process compiled them again.
:func:`compile_pattern` (and :func:`compile_rule`) keep what the compiler makes of each pattern in
a file beside the package's bytecode (``__pycache__``), as Python keeps a module's bytecode, and
hand it to the regular expression engine in later processes instead of compiling again. The file
is used only by the Python and engine that wrote it and only while this module is unchanged, an
entry only for exactly the pattern and flags it was made from, and the engine checks the code it
is given; the file is written again whenever a pattern was not in it, unless Python writes no
bytecode either (``-B``); ``scripts/dev`` writes it as it byte-compiles the checkout. Where it
cannot be read or written, patterns are compiled as usual. The compiled patterns are the same
either way (``tests/test_stance_patterns.py`` compares each with ``re.compile``'s).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from functools import cache
from pathlib import Path
from typing import Callable

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # not CPython: compile as usual
    _sre = None

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
    """:func:`compile_pattern` of ``pattern`` with its word boundaries shared (see :func:`shared_boundary`)."""
    return _CACHE.compile(pattern, flags, None if flags & re.VERBOSE else shared_boundary)


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


# --- compiled patterns kept between processes ------------------------------------------------

CACHE_FILE = Path(__file__).parent / "__pycache__" / f"patterns.{sys.implementation.cache_tag}.sre"
"""Where :func:`compile_pattern` keeps the compiled patterns (beside the package's bytecode)."""

Compiled = tuple[str, int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""What the engine is given for a pattern: the text it was compiled from, its flags, its code (an
array of the engine's code words, as bytes), its number of groups and their names."""

_WORD = {2: "H", 4: "I", 8: "Q"}.get(getattr(_sre, "CODESIZE", 0), "I")


@cache
def _engine_key() -> tuple:
    """What a file must have been written under to be used: this Python, this engine, and this module
    as it is now (a pattern rewritten by :func:`shared_boundary` is kept under the text it was written as)."""
    own = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    return (sys.implementation.cache_tag, sys.hexversion, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None), own)


class PatternCache:
    """The compiled patterns of one process: those read from a file and those compiled here."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.stored = self._read()
        self.used: dict[tuple, Compiled] = {}
        self.missed = 0

    def _read(self) -> dict[tuple, Compiled]:
        try:
            with open(self.path, "rb") as handle:
                key, stored = marshal.load(handle)  # written by this package only, beside its bytecode
            expected = _engine_key()
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return stored if key == expected and isinstance(stored, dict) else {}

    def compile(self, pattern: str, flags: int = 0, rewrite: Callable[[str], str] | None = None) -> re.Pattern[str]:
        """``re.compile(rewrite(pattern), flags)``, from the file where an earlier process compiled it."""
        if _sre is None:
            return re.compile(rewrite(pattern) if rewrite else pattern, flags)
        flags = int(flags)
        key = (pattern, flags, rewrite.__name__ if rewrite else "")
        compiled = self.stored.get(key)
        if compiled is not None:
            try:
                source, final_flags, code, groups, names, index = compiled
                result = _sre.compile(source, final_flags, array(_WORD, code).tolist(), groups, names, index)
            except (TypeError, ValueError, RuntimeError):  # not code this engine takes: compile again
                compiled = None
        if compiled is None:
            source = rewrite(pattern) if rewrite else pattern
            try:
                compiled = _compile(source, flags)
                result = _sre.compile(source, compiled[1], array(_WORD, compiled[2]).tolist(), *compiled[3:])
            except Exception:  # an engine whose compiler differs from the one this reads: compile as usual
                return re.compile(source, flags)
            self.missed += 1
        self.used[key] = compiled
        return result

    def save(self, *, always: bool = False) -> None:
        """Write the patterns used in this process, if any was not in the file, unless Python writes
        no bytecode either (``-B``, ``PYTHONDONTWRITEBYTECODE``) and ``always`` is not set."""
        if not self.missed or (sys.dont_write_bytecode and not always):
            return
        temporary = None
        try:
            data = marshal.dumps((_engine_key(), self.used))
            self.path.parent.mkdir(exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-")
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.chmod(temporary, 0o644)
            os.replace(temporary, self.path)  # whole or not at all, whichever process writes last
        except (OSError, ValueError):
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)  # a failed write leaves no file behind
            return
        self.missed = 0


def _compile(source: str, flags: int) -> Compiled:
    """What ``re.compile`` gives the engine for ``source`` (the steps of ``re._compiler.compile``)."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    names = parsed.state.groupdict
    index: list[str | None] = [None] * parsed.state.groups
    for name, number in names.items():
        index[number] = name
    return (source, int(flags | parsed.state.flags), array(_WORD, code).tobytes(), parsed.state.groups - 1,
            dict(names), tuple(index))


_CACHE = PatternCache(CACHE_FILE)


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from :data:`CACHE_FILE` where an earlier process compiled it."""
    return _CACHE.compile(pattern, flags)


def save_compiled_patterns(*, always: bool = False) -> None:
    """Keep the patterns compiled so far in :data:`CACHE_FILE`, for the next process; with ``always``,
    even where Python writes no bytecode (as ``compileall`` does)."""
    _CACHE.save(always=always)
