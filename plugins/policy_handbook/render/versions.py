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
from dataclasses import dataclass
from typing import Mapping

from ..analyse.redline import Block, Entry, Part, Redline, compute_redline, section_heading, section_name
from ..corpus import Corpus
from ..model import Document, Version
from ..analyse.status import BuildDateError, build_date  # noqa: F401  (re-exported: pages import them from here)
from .headings import Rendered
from .site import Page

__all__ = ["Block", "Entry", "Part", "Redline", "VersionPages", "build_date", "compute_redline", "redline_pairs",
           "redline_path", "review_overdue", "section_heading", "section_name"]

REDLINE_FOLDER = "redline"


def redline_path(prefix: str, old_document: str, old_version: str, new_document: str, new_version: str) -> str:
    """Where the redline of one version against another lives.

    ``<prefix>/<document>/redline/<old>--<new>.md``; against another document's version,
    ``<prefix>/<new document>/redline/<old document>.<old>--<new>.md`` (ids hold no dots).
    """
    old = old_version if old_document == new_document else f"{old_document}.{old_version}"
    return f"{prefix}/{new_document}/{REDLINE_FOLDER}/{old}--{new_version}.md"


ADOPTED = ("approved", "superseded")
"""Statuses of a version that was adopted at some time."""


def review_overdue(version: Version, today: datetime.date, successor: Version | None = None) -> bool:
    """Whether ``version`` is past its review date and not yet replaced by an adopted ``successor``.

    Superseded and withdrawn versions are never flagged: their review no longer matters.
    """
    due = version.dates.review_due
    replaced = successor is not None and successor.status in ADOPTED
    return bool(due and due < today and not replaced and version.status not in ("superseded", "withdrawn"))


# --- pages ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RedlinePair:
    old_document: Document
    old: Version
    new_document: Document
    new: Version
    configured: bool = False
    """Named in ``mkdocs.yml`` (``redlines``) rather than a version against the one it supersedes."""


def redline_pairs(corpus: Corpus, extra: list[tuple[str, str]] | None = None) -> list[RedlinePair]:
    """Every version against the one it supersedes, then the extra pairs, without repeats."""
    pairs: list[RedlinePair] = []
    seen: set[tuple[str, str, str, str]] = set()

    def add(old_document: Document, old: Version, new_document: Document, new: Version,
            configured: bool = False) -> None:
        key = (old_document.id, old.id, new_document.id, new.id)
        if key not in seen:
            seen.add(key)
            pairs.append(RedlinePair(old_document, old, new_document, new, configured))

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
        add(corpus.documents[a_doc], old, corpus.documents[b_doc], new, configured=True)
    return pairs


class VersionPages:
    """Redline pages between versions. A document's page lists its redlines (the table of its
    versions, and the configured pairs below it), and the navigation shows them in the
    document's section: the redline folder has no page of its own."""

    def __init__(self, site):
        self.site = site
        self.corpus: Corpus = site.corpus
        self.urls = site.urls
        self.today = build_date()
        self.pairs = redline_pairs(self.corpus, site.options.redlines)
        self._of: dict[str, list[RedlinePair]] = {}
        for pair in self.pairs:
            self._of.setdefault(pair.new_document.id, []).append(pair)

    def configured_for(self, document: Document) -> list[RedlinePair]:
        """The redlines of ``document`` against a version other than the one each version
        supersedes: the pairs named in ``mkdocs.yml``, which the table of versions does not show."""
        return [pair for pair in self._of.get(document.id, []) if pair.configured]

    def path(self, pair: RedlinePair) -> str:
        return redline_path(self.urls.prefix, pair.old_document.id, pair.old.id, pair.new_document.id, pair.new.id)

    def pages(self) -> list[Page]:
        pages: list[Page] = []
        for document in self.corpus.documents.values():
            pages += [self.redline_page(pair) for pair in self._of.get(document.id, [])]
        return pages

    def redline_page(self, pair: RedlinePair) -> Page:
        src = self.path(pair)
        content = lambda: self._redline_text(pair, src)  # made when read (see Page)
        # The page reads the two versions' documents, and the date (shared by every page).
        return Page(src, self.title(pair), content,
                    inputs=lambda: self.site.inputs.documents([pair.old_document.id, pair.new_document.id]))

    def _redline_text(self, pair: RedlinePair, src: str) -> Rendered:
        redline = compute_redline(pair.old_document, pair.old, pair.new_document, pair.new)
        return self.site.render_template(
            "redline.md", src, redline=redline, today=self.today, title=self.title(pair),
            old_href=self.urls.href(self.urls.version(pair.old_document.id, pair.old.id), src),
            new_href=self.urls.href(self.urls.version(pair.new_document.id, pair.new.id), src),
            overdue=review_overdue(pair.new, self.today, self.corpus.superseded_by(pair.new_document, pair.new)),
        )

    @staticmethod
    def title(pair: RedlinePair) -> str:
        if pair.old_document.id == pair.new_document.id:
            return f"Changes: {pair.old.label} → {pair.new.label}"
        return f"Changes: {pair.old_document.title} ({pair.old.label}) → {pair.new.label}"
