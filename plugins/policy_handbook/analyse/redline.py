"""The redline of two versions, as a plain model: alignment, word diffs and classification.

:func:`compute_redline` aligns two versions (:func:`~policy_handbook.analyse.align.align_versions`),
diffs each changed clause word by word (:func:`~policy_handbook.analyse.diff.word_diff`),
names every change in words (``3.15 amended (substantive)``, ``Moved from 3.2 (section 3)``)
and lays the changes out under the new version's section headings. Rendering only
presents this model (``render/versions.py`` and ``partials/redline_parts.html``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from ..corpus import Corpus, Located
from ..model import Clause, Document, Section, Version
from ..text import clause_label, to_plain
from .align import ClauseChange, align_versions, summarise, summary_of
from .diff import DiffOp
from .diff_store import cached_word_diff as word_diff


@dataclass(frozen=True)
class _Place:
    """Where a clause sits in its version."""

    located: Located
    depth: int


def _places(document: Document, version: Version) -> dict[str, _Place]:
    places: dict[str, _Place] = {}

    def visit(section: Section, clause: Clause, ancestors: tuple[Clause, ...]) -> None:
        located = Located(document, version, section, clause, ancestors[-1] if ancestors else None, ancestors)
        places[clause.id] = _Place(located, len(ancestors))
        for item in clause.items:
            visit(section, item, ancestors + (clause,))

    for section in version.walk_sections():
        for clause in section.clauses:
            visit(section, clause, ())
    return places


def section_name(section: Section) -> str:
    """``section 3`` or ``section “Monitoring”`` or ``the introduction``, for sentences."""
    if section.number:
        return f"section {section.number}"
    if section.appendix or section.title:
        return f"section “{': '.join(p for p in (section.appendix, section.title) if p)}”"
    return "the introduction"


def section_heading(section: Section) -> str:
    """``Appendix 1: 3. Conduct`` as a heading prints it."""
    number = section.number or ""
    if number and "." not in number and number[-1:].isdigit():
        number += "."
    head = " ".join(p for p in (number, section.title or "") if p)
    if section.appendix:
        head = f"{section.appendix}: {head}" if head else section.appendix
    return head or "Introduction"


@dataclass(frozen=True)
class Part:
    """One clause's line in the redlined text: its number and the word diff of its text."""

    number: str
    ops: tuple[DiffOp, ...]
    """Word diff from the old text to this part's text (:func:`~policy_handbook.analyse.diff.word_diff`)."""
    depth: int
    anchor: str | None = None


@dataclass(frozen=True)
class Entry:
    """One change, as the summary lists it and the text shows it."""

    change: ClauseChange
    anchor: str
    summary: str
    """``3.15 amended (substantive)``."""
    label: str | None
    """What the text says beside the clause, e.g. ``Moved from 3.2 (section 3)``; none when unchanged."""
    parts: tuple[Part, ...]
    text_changed: bool
    """The words differ (so the text carries insertions or deletions)."""
    reasons: tuple[str, ...] = ()
    """Why a change of words is substantive (its substantive reasons) or editorial (all its reasons)."""
    reason: str | None = None
    """Why it changed, in the drafters' words: the new clause's ``change_note`` (or the version's ``deleted`` list)."""

    @property
    def kind(self) -> str:
        return self.change.kind


@dataclass
class Block:
    """A section of the redlined text, with the changes shown in it."""

    heading: str
    anchor: str
    depth: int
    section_id: str
    deleted: bool = False
    was: str | None = None
    """The old heading, when the section was renamed or renumbered."""
    entries: list[Entry] = field(default_factory=list)


@dataclass
class Redline:
    """One version against another: every change, in the new version's order."""

    old_document: Document
    old: Version
    new_document: Document
    new: Version
    changes: list[ClauseChange]
    entries: list[Entry]
    blocks: list[Block]

    @property
    def counts(self) -> dict[str, int]:
        """The changes counted by kind (:func:`~policy_handbook.analyse.align.summarise`)."""
        return summarise(self.changes)

    @property
    def summary(self) -> str:
        """The counts in words, as every page that counts changes states them."""
        return summary_of(self.changes)

    @property
    def listed(self) -> list[Entry]:
        """Every entry but the unchanged clauses."""
        return [e for e in self.entries if e.kind != "unchanged"]

    @property
    def same_document(self) -> bool:
        return self.old_document.id == self.new_document.id


def _plain(clauses: list[Clause]) -> str:
    return " ".join(to_plain(c.text) for c in clauses)


def _split_ops(ops: list[DiffOp], lengths: list[int]) -> list[list[DiffOp]]:
    """Cut a diff into runs, one per new part; ``lengths`` are the parts' lengths in the new text.

    Parts are joined by one space, which goes to the earlier part; deletions at a cut too.
    """
    cuts, total = [], 0
    for length in lengths[:-1]:
        total += length + 1
        cuts.append(total)
    runs: list[list[DiffOp]] = [[] for _ in lengths]
    index, at = 0, 0
    for op in ops:
        if op.kind == "delete":
            runs[index].append(op)
            continue
        text = op.text
        while text:
            limit = cuts[index] if index < len(cuts) else None
            take = len(text) if limit is None else min(len(text), limit - at)
            if take:
                runs[index].append(DiffOp(op.kind, text[:take]))
            text, at = text[take:], at + take
            if limit is not None and at >= limit:
                index += 1
    return runs


class _Builder:
    def __init__(self, old_document: Document, old: Version, new_document: Document, new: Version):
        self.old_document, self.old, self.new_document, self.new = old_document, old, new_document, new
        self.olds = _places(old_document, old)
        self.news = _places(new_document, new)
        previous = Corpus.supersedes(new_document, new) if old_document.id == new_document.id else None
        self.consecutive = previous is not None and previous.id == old.id

    def label(self, place: _Place) -> str:
        return clause_label(place.located)

    def number(self, place: _Place) -> str:
        return place.located.clause.number or ""

    def entry(self, change: ClauseChange) -> Entry:
        olds = [self.olds[i] for i in change.old]
        news = [self.news[i] for i in change.new]
        old_text = _plain([p.located.clause for p in olds])
        new_text = _plain([p.located.clause for p in news])
        ops = word_diff(old_text, new_text)
        changed = any(op.kind != "equal" for op in ops)
        anchor = f"c-{news[0].located.clause.id}" if news else f"was-{olds[0].located.clause.id}"
        weight = "substantive" if change.substantive else "editorial"
        kind = change.kind
        if kind == "split":
            runs = _split_ops(ops, [len(to_plain(p.located.clause.text)) for p in news])
            parts = tuple(Part(self.number(p), tuple(run), p.depth, f"c-{p.located.clause.id}" if i else None)
                          for i, (p, run) in enumerate(zip(news, runs)))
        else:
            main = news[0] if news else olds[0]
            parts = (Part(self.number(main), tuple(ops), main.depth),)
        summary, label = self.words(change, olds, news, changed, weight)
        reasons = tuple(r.explanation for r in change.reasons if r.substantive or not change.substantive)
        return Entry(change, anchor, summary, label, parts, changed, reasons, self.reason(change, olds, news))

    def reason(self, change: ClauseChange, olds: list[_Place], news: list[_Place]) -> str | None:
        """The sources' own account of why this clause changed, for a version against the one it supersedes."""
        if change.kind == "unchanged" or not self.consecutive:
            return None
        notes = [p.located.clause.change_note for p in news if p.located.clause.change_note]
        if not news:
            gone = {p.located.clause.id for p in olds}
            notes = [d.reason for d in self.new.deleted if d.clause in gone]
        return " ".join(notes) or None

    def words(self, change: ClauseChange, olds: list[_Place], news: list[_Place], changed: bool,
              weight: str) -> tuple[str, str | None]:
        kind = change.kind
        old_labels = " and ".join(self.label(p) for p in olds)
        new_labels = " and ".join(self.label(p) for p in news)
        if kind == "added":
            return f"{new_labels} added", "Added"
        if kind == "deleted":
            return f"{old_labels} (old numbering) deleted", "Deleted"
        if kind == "split":
            return (f"{old_labels} split into {new_labels} ({weight})", f"Split: {old_labels} became {new_labels}")
        if kind == "merged":
            return (f"{old_labels} merged into {new_labels} ({weight})", f"Merged: {old_labels} became {new_labels}")
        (a,), (b,) = olds, news
        renumbered = f"renumbered {a.located.clause.number} → {b.located.clause.number}" if (
            a.located.clause.number != b.located.clause.number) else None
        if kind == "moved":
            if a.located.section.id != b.located.section.id:
                where = f"moved from {section_name(a.located.section)}"
            else:
                where = f"moved within {section_name(b.located.section)}"
            extras = [x for x in (renumbered, f"amended ({weight})" if changed else None) if x]
            summary = f"{new_labels} {where}" + (f" ({'; '.join(extras)})" if extras else "")
            label = f"Moved from {old_labels}"
            if a.located.section.id != b.located.section.id:
                label += f" ({section_name(a.located.section)})"
            if changed:
                label += f"; amended ({weight})"
            return summary, label
        if kind == "amended":
            summary = f"{new_labels} amended ({weight})" + (f"; {renumbered}" if renumbered else "")
            label = f"Amended ({weight})" + (f"; was {old_labels}" if renumbered else "")
            return summary, label
        if kind == "renumbered":
            return f"{new_labels} renumbered (was {old_labels})", f"Renumbered: was {old_labels}"
        return f"{new_labels} unchanged", None

    def blocks(self, entries: list[Entry]) -> list[Block]:
        """The entries laid out under the new version's section headings.

        An entry with new clauses goes in the section of its first one. A deleted clause
        stays beside the entry it follows (the aligner places it after its old predecessor):
        in its old section when that is the section before or after it, under a "section
        deleted" heading when its section is gone, else in the section before it.
        """
        new_sections = list(_sections_with_depth(self.new.sections))
        index_of = {s.id: i for i, (s, _) in enumerate(new_sections)}
        old_sections = {s.id: (s, d) for s, d in _sections_with_depth(self.old.sections)}
        homes = [self.news[e.change.new[0]].located.section.id if e.change.new else None for e in entries]
        for k, entry in enumerate(entries):
            if homes[k] is not None:
                continue
            gone = self.olds[entry.change.old[0]].located.section.id
            before = next((homes[j] for j in range(k - 1, -1, -1) if entries[j].change.new), None)
            after = next((homes[j] for j in range(k + 1, len(entries)) if entries[j].change.new), None)
            if gone in (before, after) and gone in index_of:
                homes[k] = gone
            elif gone not in index_of and before != after:
                homes[k] = f"deleted:{gone}"
            else:
                homes[k] = before or after or f"deleted:{gone}"

        blocks: list[Block] = []
        emitted = 0

        def open_section(index: int, continued: bool = False) -> None:
            section, depth = new_sections[index]
            was = None
            if section.id in old_sections and self.same_document:
                old_heading = section_heading(old_sections[section.id][0])
                was = old_heading if old_heading != section_heading(section) else None
            anchor = f"rl-section-{section.id}" + (f"--{len(blocks)}" if continued else "")
            heading = section_heading(section) + (" (continued)" if continued else "")
            blocks.append(Block(heading, anchor, depth, section.id, was=None if continued else was))

        for entry, home in zip(entries, homes):
            assert home is not None
            if home.startswith("deleted:"):
                gone = home.removeprefix("deleted:")
                if not (blocks and blocks[-1].deleted and blocks[-1].section_id == gone):
                    section, depth = old_sections[gone]
                    blocks.append(Block(section_heading(section), f"rl-deleted-section-{gone}", depth, gone,
                                        deleted=True))
            else:
                target = index_of[home]
                while emitted <= target:
                    open_section(emitted)
                    emitted += 1
                if blocks[-1].section_id != home or blocks[-1].deleted:
                    open_section(target, continued=True)
            blocks[-1].entries.append(entry)
        while emitted < len(new_sections):
            open_section(emitted)
            emitted += 1
        return blocks

    @property
    def same_document(self) -> bool:
        return self.old_document.id == self.new_document.id


def _sections_with_depth(sections: list[Section], depth: int = 1) -> Iterator[tuple[Section, int]]:
    for section in sections:
        yield section, depth
        yield from _sections_with_depth(section.sections, depth + 1)


def compute_redline(old_document: Document, old: Version, new_document: Document, new: Version) -> Redline:
    """Align two versions and lay their changes out for a page."""
    builder = _Builder(old_document, old, new_document, new)
    changes = align_versions(old, new)
    entries = [builder.entry(c) for c in changes]
    return Redline(old_document, old, new_document, new, changes, entries, builder.blocks(entries))
