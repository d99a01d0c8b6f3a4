"""A persistent, content-addressed store of the stance reader's readings, shared by builds.

A reading is a pure function of a clause's text, its lead-in and the reader's code. Each is
kept under a hash of the two texts, in a file of the cache folder named by a hash of the
reader's source (:func:`reader_fingerprint`): a store written by another version of the reader
is never read, and a changed text simply misses. Reading every clause is a tenth of a large
handbook's build; a second build of the same sources reads none again.
"""

from __future__ import annotations

import hashlib
import sys
from functools import cache
from pathlib import Path
from typing import get_args

from ..model import Stance, Strength
from .cache_file import CacheFile
from .stance import StanceReading, propose_stance

READER_SOURCES = ("stance.py", "stance_context.py", "stance_cues.py", "stance_grammar.py", "stance_scope.py",
                  "stance_words.py", "stance_wording.py", "patterns.py", "../text.py")
"""The files, beside this one, whose code decides a reading."""

_STANCES, _STRENGTHS = frozenset(get_args(Stance)), frozenset(get_args(Strength))


@cache
def reader_fingerprint() -> str:
    """A hash of the reader's source and of the Python running it (whose regular expression engine reads)."""
    digest = hashlib.sha256(f"stance-readings-1/python-{sys.version_info[0]}.{sys.version_info[1]}".encode())
    here = Path(__file__).parent
    for name in READER_SOURCES:
        source = (here / name).read_bytes()
        digest.update(len(source).to_bytes(8, "big") + source)
    return digest.hexdigest()[:12]


def reading_key(text: str, lead_in: str | None) -> str:
    """The key of a reading: a hash of the clause's text and of its lead-in (none is not an empty one)."""
    digest = hashlib.sha256()
    for part in (text, lead_in):
        encoded = b"\x00" if part is None else b"\x01" + part.encode("utf-8")
        digest.update(len(encoded).to_bytes(8, "big") + encoded)
    return digest.hexdigest()[:40]


def _stored(entry: object) -> StanceReading | None:
    """The reading an entry holds, or None if it is not one this module wrote."""
    if not (isinstance(entry, list) and len(entry) == 6):
        return None
    stance, strength, cue, scope, qualifier, cues = entry
    if stance not in _STANCES or strength not in _STRENGTHS or not isinstance(cue, str) \
            or not isinstance(scope, list) or not all(isinstance(s, str) for s in scope) \
            or not (qualifier is None or isinstance(qualifier, str)) \
            or not isinstance(cues, list) or not all(isinstance(c, str) for c in cues):
        return None
    return StanceReading(stance, strength, cue, tuple(scope), qualifier, tuple(cues))


class StanceStore(CacheFile):
    """Readings read from and written to ``folder``; :meth:`save` writes the new ones."""

    def __init__(self, folder: Path):
        super().__init__(folder / f"stance-readings-{reader_fingerprint()}.json")

    def reading(self, text: str, lead_in: str | None = None) -> StanceReading:
        """:func:`~policy_handbook.analyse.stance.propose_stance`, from the store when it holds the clause."""
        key = reading_key(text, lead_in)
        stored = _stored(self.get(key))
        if stored is not None:
            return stored
        reading = propose_stance(text, lead_in)
        self.put(key, [reading.stance, reading.strength, reading.cue, list(reading.scope), reading.qualifier,
                       list(reading.cues)])
        return reading


_active: StanceStore | None = None


def use_stance_store(store: StanceStore | None) -> None:
    """Make :func:`read_stance` read and write ``store`` (None: read every clause)."""
    global _active
    _active = store


def read_stance(text: str, lead_in: str | None = None) -> StanceReading:
    """A clause's proposed reading, through the store in use when there is one."""
    return _active.reading(text, lead_in) if _active is not None else propose_stance(text, lead_in)
