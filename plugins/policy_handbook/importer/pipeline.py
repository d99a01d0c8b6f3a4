"""Import a document: read → mend → structure → ids, with the report of the run.

No files are written here (see :mod:`policy_handbook.importer.command`), so the import
of a file can be tried and compared in tests and tools.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..model import CoverEntry, Section, Version
from .draft import Draft
from .ids import assign_ids
from .mend import mend
from .read import ReadError, Source, read_source
from .report import Report
from .structure import structure


@dataclass
class Imported:
    """The result of importing one source."""

    source: Source
    draft: Draft
    report: Report

    @property
    def sections(self) -> list[Section]:
        """The imported sections as the project's model."""
        return self.draft.to_sections()

    @property
    def cover(self) -> list[CoverEntry]:
        """The title page's lines and cover-table rows."""
        return [entry for _, entry in self.draft.cover]


def import_file(path: Path, *, start_at: int | str | None = None, title: str | None = None,
                previous: Version | None = None) -> Imported:
    """Import the document at ``path``; see :func:`import_source`.

    Raises:
        ReadError: the file cannot be read, or ``start_at`` names no line of it.
    """
    return import_source(read_source(Path(path)), start_at=start_at, title=title, previous=previous)


def import_source(source: Source, *, start_at: int | str | None = None, title: str | None = None,
                  previous: Version | None = None) -> Imported:
    """Sections, clauses and cover of ``source``, with ids (aligned with ``previous``, the
    version this one replaces, when given).

    ``start_at`` skips what comes before a line: its number (as the report counts lines:
    text and PDF lines, Word paragraphs and table rows), or its whole text when that is
    found on one line only. ``title``, when given, is the title-page line not kept as cover.
    """
    read_lines = len(source.lines)
    first = resolve_start(source, start_at) if start_at is not None else None
    if first is not None:
        source = replace(source, lines=[line for line in source.lines if line.line >= first])
    mended = mend(source)
    draft = structure(mended.paras, title=title)
    alignment = assign_ids(draft, previous)
    report = Report(source, draft, mended.changes, mended.joined_lines, first, alignment, read_lines=read_lines)
    return Imported(source, draft, report)


def resolve_start(source: Source, start_at: int | str) -> int:
    """The line number ``start_at`` stands for: a number, or the text of exactly one line."""
    if isinstance(start_at, int) or str(start_at).strip().isdigit():
        number = int(start_at)
        if not any(line.line == number for line in source.lines):
            raise ReadError(f"--start-at {number}: {source.path} has lines 1 to {len(source.lines)}")
        return number
    wanted = " ".join(str(start_at).split()).lower()
    found = [line.line for line in source.lines if " ".join(line.text.split()).lower() == wanted]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ReadError(f"--start-at: no line of {source.path} reads “{start_at}”")
    lines = ", ".join(str(n) for n in found)
    raise ReadError(f"--start-at: “{start_at}” is on lines {lines}; give the line number to start at instead")
