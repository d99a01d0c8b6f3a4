"""Version timelines and redlines between versions.

A redline page shows one version of a document against another: a summary of the changes
(counts by kind, then one line per change linking into the text), then the new version's
text in its own order with word-level insertions and deletions, deleted clauses struck
through where they stood, and moved clauses labelled as moves. Redlines are made for every
version against the one it supersedes, and for the pairs named in ``mkdocs.yml``
(``redlines``). The clean text is the new version's own page, which search indexes; the
redline pages are left out of search.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass, field
from typing import Iterator, Mapping

from markupsafe import Markup

from ..analyse.align import ClauseChange, align_versions, summarise
from ..analyse.diff import DiffOp
from ..analyse.diff_store import cached_word_diff as word_diff
from ..corpus import Corpus, Located
from ..model import Clause, Document, Section, Version
from .labels import clause_label
from .markup import to_plain
from .redline import redline_html
from .site import Page

REDLINE_FOLDER = "redline"


def build_date(environ: Mapping[str, str] | None = None) -> datetime.date:
    """The date the site is built "as of": ``SOURCE_DATE_EPOCH`` (UTC) when set, else today.

    Review dates are compared with it, so builds are reproducible when the variable is set.
    """
    value = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    if value:
        try:
            return datetime.datetime.fromtimestamp(int(value), tz=datetime.timezone.utc).date()
        except (ValueError, OverflowError, OSError) as e:
            raise ValueError(f"SOURCE_DATE_EPOCH must be a number of seconds since 1970, not {value!r}") from e
    return datetime.date.today()


def redline_path(prefix: str, old_document: str, old_version: str, new_document: str, new_version: str) -> str:
    """Where the redline of one version against another lives.

    ``<prefix>/<document>/redline/<old>--<new>.md``; against another document's version,
    ``<prefix>/<new document>/redline/<old document>.<old>--<new>.md`` (ids hold no dots).
    """
    old = old_version if old_document == new_document else f"{old_document}.{old_version}"
    return f"{prefix}/{new_document}/{REDLINE_FOLDER}/{old}--{new_version}.md"


def redline_index_path(prefix: str, document: str) -> str:
    """The page listing every redline of a document."""
    return f"{prefix}/{document}/{REDLINE_FOLDER}/index.md"


ADOPTED = ("approved", "superseded")
"""Statuses of a version that was adopted at some time."""


def review_overdue(version: Version, today: datetime.date, successor: Version | None = None) -> bool:
    """Whether ``version`` is past its review date and not yet replaced by an adopted ``successor``.

    Superseded and withdrawn versions are never flagged: their review no longer matters.
    """
    due = version.dates.review_due
    replaced = successor is not None and successor.status in ADOPTED
    return bool(due and due < today and not replaced and version.status not in ("superseded", "withdrawn"))


# --- the redline of two versions --------------------------------------------------------


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


def _multiline(html: Markup) -> Markup:
    # Raw HTML blocks must hold no blank line; paragraphs of a clause stay apart through CSS.
    return Markup(str(html).replace("\n", "&#10;"))


@dataclass(frozen=True)
class Part:
    """One clause's line in the redlined text: its number and its marked-up words."""

    number: Markup
    text: Markup
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
        return summarise(self.changes)

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

    def label(self, place: _Place) -> str:
        return clause_label(place.located)

    def number(self, place: _Place) -> Markup:
        return Markup.escape(place.located.clause.number or "")

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
            parts = tuple(Part(self.number(p), _multiline(redline_html(run)), p.depth, f"c-{p.located.clause.id}"
                               if i else None) for i, (p, run) in enumerate(zip(news, runs)))
        else:
            main = news[0] if news else olds[0]
            parts = (Part(self.number(main), _multiline(redline_html(ops)), main.depth),)
        summary, label = self.words(change, olds, news, changed, weight)
        return Entry(change, anchor, summary, label, parts, changed)

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


# --- pages ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RedlinePair:
    old_document: Document
    old: Version
    new_document: Document
    new: Version


def redline_pairs(corpus: Corpus, extra: list[tuple[str, str]] | None = None) -> list[RedlinePair]:
    """Every version against the one it supersedes, then the extra pairs, without repeats."""
    pairs: list[RedlinePair] = []
    seen: set[tuple[str, str, str, str]] = set()

    def add(old_document: Document, old: Version, new_document: Document, new: Version) -> None:
        key = (old_document.id, old.id, new_document.id, new.id)
        if key not in seen:
            seen.add(key)
            pairs.append(RedlinePair(old_document, old, new_document, new))

    for document in corpus.documents.values():
        for version in document.versions:
            previous = Corpus.supersedes(document, version)
            if previous is not None:
                add(document, previous, document, version)
    for first, second in extra or []:
        (a_doc, _, a_ver), (b_doc, _, b_ver) = first.partition("/"), second.partition("/")
        old, new = corpus.version(a_doc, a_ver), corpus.version(b_doc, b_ver)
        if old is None or new is None:
            raise ValueError(f"redlines: '{first}' or '{second}' names no version (write document/version)")
        add(corpus.documents[a_doc], old, corpus.documents[b_doc], new)
    return pairs


class VersionPages:
    """Redline pages between versions, and one page per document listing its redlines."""

    def __init__(self, site):
        self.site = site
        self.corpus: Corpus = site.corpus
        self.urls = site.urls
        self.today = build_date()
        self.pairs = redline_pairs(self.corpus, site.options.redlines)

    def path(self, pair: RedlinePair) -> str:
        return redline_path(self.urls.prefix, pair.old_document.id, pair.old.id, pair.new_document.id, pair.new.id)

    def pages(self) -> list[Page]:
        pages: list[Page] = []
        for document in self.corpus.documents.values():
            mine = [p for p in self.pairs if p.new_document.id == document.id]
            if not mine:
                continue
            pages.append(self.index_page(document, mine))
            pages += [self.redline_page(pair) for pair in mine]
        return pages

    def index_page(self, document: Document, pairs: list[RedlinePair]) -> Page:
        src = redline_index_path(self.urls.prefix, document.id)
        links = [(pair, self.site.urls.href(self.path(pair), src)) for pair in pairs]
        content = self.site.render_template("redline_index.md", src, document=document, links=links)
        return Page(src, f"Changes between versions: {document.title}", content, in_nav=True)

    def redline_page(self, pair: RedlinePair) -> Page:
        src = self.path(pair)
        redline = compute_redline(pair.old_document, pair.old, pair.new_document, pair.new)
        content = self.site.render_template(
            "redline.md", src, redline=redline, today=self.today, title=self.title(pair),
            old_href=self.urls.href(self.urls.version(pair.old_document.id, pair.old.id), src),
            new_href=self.urls.href(self.urls.version(pair.new_document.id, pair.new.id), src),
            overdue=review_overdue(pair.new, self.today, self.corpus.superseded_by(pair.new_document, pair.new)),
        )
        return Page(src, self.title(pair), content)

    @staticmethod
    def title(pair: RedlinePair) -> str:
        if pair.old_document.id == pair.new_document.id:
            return f"Changes: {pair.old.label} → {pair.new.label}"
        return f"Changes: {pair.old_document.title} ({pair.old.label}) → {pair.new.label}"
