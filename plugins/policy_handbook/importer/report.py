"""The end-of-run report: what was found, what was changed, what to check.

The officer reads it against the original document: every decision the importer took is one
line, with the source line it concerns, in the order of the document: each change made to
the text (page-break, line and hyphenation joins; headers, footers, page numbers and contents
lists left out), each heading made and each clause found, with the id chosen for it, and every
line the importer could not classify.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .draft import Draft, Note, short
from .ids import Alignment
from .mend import Change
from .read import Source

_FORMATS = {"text": "plain text", "markdown": "Markdown", "docx": "Word document", "pdf": "PDF"}


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

    def decisions(self) -> list[tuple[int, str]]:
        """Every decision a person should check, as (source line, text), in document order:
        each line dropped or joined, each heading made, each clause and its id, each note."""
        found: list[tuple[int, int, str]] = []
        for change in self.changes:
            found.append((change.line, 5, f"{change.where}: {change.kind}: {change.detail}"))
        for line, entry in self.draft.cover:
            label = f"{entry.label}: " if entry.label else ""
            found.append((line, 1, f"line {line}: cover line kept: “{short(label + entry.text)}”"))
        if self.draft.title_line is not None:
            found.append((self.draft.title_line, 1, f"line {self.draft.title_line}: title “{self.draft.title}” "
                                                    "taken from the title page (pass --title to change it)"))
        for section in self.draft.walk_sections():
            if section.is_heading:
                name = " ".join(filter(None, [section.appendix, section.number, section.title]))
                found.append((section.line, 2, f"line {section.line}: heading “{short(name)}” → section id "
                                               f"`{section.id}`"))
            elif section.clauses:
                found.append((section.line, 2, f"line {section.line}: text with no heading → section id "
                                               f"`{section.id}`"))
            for clause in (c for top in section.clauses for c in top.walk()):
                kind = (f"clause {clause.number}" if clause.number else
                        "bullet point" if clause.bullet else "unnumbered clause")
                found.append((clause.line, 3, f"line {clause.line}: {kind} “{short(clause.text, 40)}” → id "
                                              f"`{clause.id}`"))
        for note in self.draft.notes + self.notes:
            found.append((note.line, 4, f"line {note.line}: {note.text}"))
        for note in self.draft.unclassified:
            found.append((note.line, 4, f"line {note.line}: could not classify, kept as a clause: {note.text}"))
        return [(line, text) for line, _, text in sorted(found, key=lambda f: (f[0], f[1]))]

    def render(self) -> str:
        """The report as text: a summary, then one decision a line, in document order."""
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
            out.append(f"  {automatic} numbers come from Word's automatic numbering (lists restarted in Word "
                       "start again); compare them with the printed document")
        tracked = [line.line for line in self.source.lines if line.tracked]
        if tracked:
            held = "1 paragraph holds" if len(tracked) == 1 else f"{len(tracked)} paragraphs hold"
            out.append(f"  {held} tracked changes (line{'s' if len(tracked) > 1 else ''} {_numbers(tracked)}): "
                       "their insertions are read and their deletions left out, as Word shows them with every "
                       "change accepted; accept or reject the changes in Word and import again to be sure")
        if self.source.page_furniture:
            shown = "; ".join(f"“{short(text)}”" for text in self.source.page_furniture[:5])
            more = len(self.source.page_furniture) - 5
            out.append("  not imported, as page furniture: Word's page headers and footers, "
                       f"{shown}{f' and {more} more lines' if more > 0 else ''}")
        boxed = [line.line for line in self.source.lines if line.text_box]
        if boxed:
            out.append(f"  text in text boxes (line{'s' if len(boxed) > 1 else ''} {_numbers(boxed)}) is read after "
                       "the paragraph each box is anchored in; check where it belongs against the printed document")
        notes = sum(1 for line in self.source.lines if line.note)
        if notes:
            out.append(f"  {notes} footnote{'s' if notes > 1 else ''} or endnote{'s' if notes > 1 else ''}: each "
                       "keeps its mark ([1]…) where it is referred to, and its text is a clause at the end, under "
                       "“Notes”")
        if self.joined_lines:
            out.append(f"  {self.joined_lines} lines broken at the page margin were joined into their paragraphs")
        out.append("Decisions to check against the original, in document order (source line numbers):")
        out += [f"  {text}" for _, text in self.decisions()]
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


def _numbers(numbers: list[int], most: int = 10) -> str:
    """``3, 7, 9``, or the first ``most`` of them and how many more."""
    shown = ", ".join(map(str, numbers[:most]))
    return shown + (f" and {len(numbers) - most} more" if len(numbers) > most else "")


def short_path(path: Path) -> str:
    """``path`` relative to the working directory when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
