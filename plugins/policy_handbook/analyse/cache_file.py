"""One JSON object kept in a file of the build's cache folder, for the content-addressed stores.

The file is read whole when a store opens it and written whole, atomically, when the store
gained entries: a reader never sees half a file. A missing or damaged file is an empty store,
so deleting the cache folder only makes the next build slower.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


class CacheFile:
    """The entries of ``path``; :meth:`save` writes them back (atomically) if any were added."""

    def __init__(self, path: Path):
        self.path = path
        self._added = 0
        try:
            entries = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            entries = None
        self.entries: dict[str, Any] = entries if isinstance(entries, dict) else {}

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, key: str) -> Any:
        return self.entries.get(key)

    def put(self, key: str, value: Any) -> None:
        self.entries[key] = value
        self._added += 1

    def save(self) -> None:
        """Write the file if entries were added since it was read or last written."""
        if not self._added:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(self.entries, separators=(",", ":")), encoding="utf-8")
        partial.replace(self.path)
        self._added = 0
