"""A persistent, content-addressed store of word diffs, shared by builds and serve rebuilds.

Each diff is kept under a hash of the two texts and of :data:`ENGINE`, so a store written by
another version of the diff engine is never read, and a changed text simply misses. The store
is one JSON file in a cache folder (``.cache/policy-handbook/`` beside ``mkdocs.yml`` by
default): deleting it only makes the next build slower.
"""

from __future__ import annotations

import hashlib
from importlib.metadata import version
from pathlib import Path

from .cache_file import CacheFile
from .diff import DiffOp, word_diff

ENGINE = f"word-diff-1/fast-diff-match-patch-{version('fast-diff-match-patch')}"
"""The diff engine and its version: part of every key."""

_KIND_CODES = {"equal": 0, "insert": 1, "delete": -1}
_CODE_KINDS = {code: kind for kind, code in _KIND_CODES.items()}


def diff_key(old: str, new: str) -> str:
    """The key of a diff: a hash of the engine and both texts."""
    digest = hashlib.sha256()
    for part in (ENGINE, old, new):
        encoded = part.encode("utf-8")
        digest.update(len(encoded).to_bytes(8, "big") + encoded)
    return digest.hexdigest()[:40]


class DiffStore(CacheFile):
    """Word diffs read from and written to ``folder``; :meth:`save` writes the new ones."""

    def __init__(self, folder: Path):
        super().__init__(folder / f"word-diffs-{hashlib.sha256(ENGINE.encode()).hexdigest()[:12]}.json")

    def word_diff(self, old: str, new: str) -> list[DiffOp]:
        """:func:`~policy_handbook.analyse.diff.word_diff`, from the store when it holds the pair."""
        key = diff_key(old, new)
        stored = self.get(key)
        if stored is not None:
            return [DiffOp(_CODE_KINDS[code], text) for code, text in stored]
        ops = word_diff(old, new)
        self.put(key, [[_KIND_CODES[op.kind], op.text] for op in ops])
        return ops


_active: DiffStore | None = None


def use_store(store: DiffStore | None) -> None:
    """Make :func:`cached_word_diff` read and write ``store`` (None: diff without a store)."""
    global _active
    _active = store


def cached_word_diff(old: str, new: str) -> list[DiffOp]:
    """A word diff, through the store in use when there is one."""
    return _active.word_diff(old, new) if _active is not None else word_diff(old, new)
