"""Text the importer writes for an officer to replace, and how to find it before it is published.

``policy-handbook import`` fills fields it cannot know (whether the document names its body,
whether the draft was checked against the original) with notes that start with one of
:data:`PLACEHOLDERS`. ``validate --strict`` and ``mkdocs build --strict`` fail while any is left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ATTRIBUTION_NOTE = ("Set by the importer: if the document does not name the body, change the basis to "
                    "inferred and say why; then delete this note.")
SOURCE_NOTE = "Imported by policy-handbook import from {file}; check it against the original, then delete this note."

PLACEHOLDERS = ("Set by the importer", "check it against the original")
"""Phrases only importer placeholder text contains."""

_PATTERNS = [re.compile(r"\s+".join(re.escape(word) for word in phrase.split()), re.I) for phrase in PLACEHOLDERS]


@dataclass(frozen=True)
class Placeholder:
    """Importer placeholder text left in a file."""

    path: Path
    line: int
    phrase: str

    def message(self) -> str:
        """What is wrong and what to do, naming the file and line."""
        return (f"{self.path}:{self.line}: importer placeholder text “{self.phrase}” is still there — replace "
                "the note with what you checked (or delete the note) before publishing")


def find_placeholders(path: Path, text: str | None = None) -> list[Placeholder]:
    """Every placeholder phrase in the file at ``path`` (or in ``text``, read from it), by line."""
    text = Path(path).read_text(encoding="utf-8") if text is None else text
    found = []
    for pattern, phrase in zip(_PATTERNS, PLACEHOLDERS):
        for match in pattern.finditer(text):
            found.append(Placeholder(Path(path), text.count("\n", 0, match.start()) + 1, phrase))
    return sorted(found, key=lambda p: p.line)
