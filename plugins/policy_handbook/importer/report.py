"""The end-of-run report: what was found, what was changed, what to check.

The officer reads it against the original document: every change made to the text (each
page-break and hyphenation join, each header, footer and page number removed) is listed
with its line, as is every line the importer could not classify.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .draft import Draft, Note
from .ids import Alignment
from .mend import Change
from .read import Source

_FORMATS = {"text": "plain text", "docx": "Word document", "pdf": "PDF"}


@dataclass
class Report:
    """Everything the officer should know about one import."""

    source: Source
    draft: Draft
    changes: list[Change]
    joined_lines: int = 0
    start_line: int | None = None
    alignment: Alignment | None = None
    read_lines: int = 0
    """Lines (paragraphs) in the file, those before ``start_line`` included."""
    notes: list[Note] = field(default_factory=list)
    """Further notes from the command (the title it chose, …)."""

    @property
    def counts(self) -> dict[str, int]:
        """Headings, clauses (list items included), numbered clauses, bullets, list items, cover lines."""
        clauses = list(self.draft.walk_clauses())
        items = sum(len(c.items) for c in clauses)
        return {
            "headings": sum(1 for s in self.draft.walk_sections() if s.is_heading),
            "clauses": len(clauses),
            "numbered": sum(1 for c in clauses if c.number),
            "bullets": sum(1 for c in clauses if c.bullet),
            "items": items,
            "cover": len(self.draft.cover),
        }

    def render(self) -> str:
        """The report as text, one finding a line."""
        n = self.counts
        unit = "paragraphs" if self.source.format == "docx" else "lines"
        pages = f", {self.source.pages} pages" if self.source.pages > 1 else ""
        out = [f"Read {self.source.path} ({_FORMATS[self.source.format]}, {self.read_lines} {unit}{pages})"]
        if self.start_line:
            out.append(f"  started at line {self.start_line}; the lines before it were not imported")
        out.append(f"Found {n['headings']} headings and {n['clauses']} clauses: {n['numbered']} numbered, "
                   f"{n['bullets']} bullet points, {n['items']} of them list items under another clause; "
                   f"{n['cover']} cover lines.")
        automatic = sum(1 for line in self.source.lines if line.number)
        if automatic:
            out.append(f"  {automatic} numbers come from Word's automatic numbering; check them against the "
                       "printed document")
        if self.joined_lines:
            out.append(f"  {self.joined_lines} lines broken at the page margin were joined into their paragraphs; "
                       "check where paragraphs start and end")
        changes = sorted(self.changes, key=lambda c: c.line)
        out += _section("Changed in the text (check each against the original):",
                        [f"{c.where}: {c.kind}: {c.detail}" for c in changes], "nothing")
        unclassified = sorted(self.draft.unclassified, key=lambda note: note.line)
        out += _section("Could not classify (kept as clauses; check them):",
                        [f"line {note.line}: {note.text}" for note in unclassified], "nothing")
        checks = sorted(self.draft.notes + self.notes, key=lambda note: note.line)
        out += _section("To check:", [f"line {note.line}: {note.text}" for note in checks], None)
        if self.alignment is not None and self.alignment.previous is not None:
            out += _alignment(self.alignment)
        return "\n".join(out)


def _section(title: str, lines: list[str], empty: str | None) -> list[str]:
    if not lines:
        return [f"{title} {empty}."] if empty else []
    return [title] + [f"  {line}" for line in lines]


def _alignment(alignment: Alignment) -> list[str]:
    same = [r for r in alignment.reused if r.similarity >= 0.999]
    reworded = [r for r in alignment.reused if r.similarity < 0.999]
    renumbered = [r for r in alignment.reused if r.old_number != r.new_number]
    out = [f"Clause ids aligned with version {alignment.previous}: {len(alignment.reused)} reused "
           f"({len(same)} same wording, {len(reworded)} reworded, {len(renumbered)} renumbered), "
           f"{len(alignment.new)} new, {len(alignment.dropped)} previous clauses not found."]
    out += [f"  line {r.line}: reworded, keeps id {r.id} ({r.similarity:.0%} the same words)" for r in reworded]
    out += [f"  line {r.line}: renumbered {r.old_number or '(none)'} → {r.new_number or '(none)'}, keeps id {r.id}"
            for r in renumbered]
    out += [f"  line {line}: new clause, id {cid}" for line, cid in alignment.new]
    out += [f"  not in this version: {cid}" + (f" ({number})" if number else "") for cid, number in alignment.dropped]
    return out


def short_path(path: Path) -> str:
    """``path`` relative to the working directory when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
