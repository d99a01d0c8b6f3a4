"""Committee packs: print-first pages for each proposal.

A *proposal* is a version with ``approval`` metadata that is either ``proposed`` or
``replaces`` other documents. Its pack holds, section by section (each starts a new sheet
in print): the decision metadata; the change summary and redline against the version it
supersedes, if any; for each replaced document, the proposed text against that document's
latest version, clause by clause through ``derived_from`` (with clauses on the same topics
shown for context); and the derivation tables in both directions, which account for every
clause of every replaced document: where it went, or why it was not carried forward.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..analyse.crossmap import effective_links
from ..analyse.derivation import Derivation, Destination, derivations, destinations, proposals
from ..analyse.diff_store import cached_word_diff as word_diff
from ..corpus import Corpus, Located
from ..model import Document, Version
from .labels import clause_label
from .markup import to_plain
from .redline import redline_html
from .site import Page
from .versions import build_date, compute_redline, review_overdue

FIRST_WORDS = 12
CONTEXT_WORDS = 30


def committee_path(document_id: str, version_id: str) -> str:
    """Where the pack of a proposal lives: ``committee/<document>--<version>.md``."""
    return f"committee/{document_id}--{version_id}.md"


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    """The first ``count`` words of a clause's plain text, with an ellipsis if cut."""
    words = to_plain(text).split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


# --- the proposal against one replaced document -------------------------------------------


@dataclass(frozen=True)
class SourceDiff:
    source: Located
    redline: Markup
    """The source's words marked up into the proposal's: deletions are the source's, insertions new."""


@dataclass(frozen=True)
class Counterpart:
    """A clause of the proposal beside the clauses of one replaced document."""

    clause: Located
    text: Markup
    diffs: tuple[SourceDiff, ...]
    context: tuple[Located, ...]
    """Clauses of the replaced document on the same topics that are not sources of this clause."""


@dataclass
class Comparison:
    """The proposal against one replaced document."""

    document: Document
    version: Version
    counterparts: list[Counterpart] = field(default_factory=list)
    without: list[Located] = field(default_factory=list)
    """Clauses of the proposal with neither a source nor a clause on their topics here."""
    destinations: list[Destination] = field(default_factory=list)

    @property
    def left_out(self) -> list[Destination]:
        return [d for d in self.destinations if not d.into]


def _topics(located: Located) -> set[str]:
    return {link.topic for link in effective_links(located)[0]}


def _multiline(html: Markup) -> Markup:
    return Markup(str(html).replace("\n", "&#10;"))


def compare_with(corpus: Corpus, derivations_: list[Derivation], replaced: Document, latest: Version,
                 rows: list[Destination]) -> Comparison:
    """Line up each clause of the proposal with its sources in ``replaced`` (and its topic neighbours)."""
    comparison = Comparison(replaced, latest, destinations=rows)
    candidates = [d.clause for d in rows]
    for derivation in derivations_:
        located = derivation.clause
        new_text = to_plain(located.clause.text)
        sources = [s for s in derivation.sources if s.document.id == replaced.id]
        topics = _topics(located)
        source_refs = {s.ref for s in sources}
        context = tuple(c for c in candidates if c.ref not in source_refs and topics & _topics(c))
        if not sources and not context:
            comparison.without.append(located)
            continue
        diffs = tuple(SourceDiff(s, _multiline(redline_html(word_diff(to_plain(s.clause.text), new_text))))
                      for s in sources)
        text = _multiline(escape(new_text))
        comparison.counterparts.append(Counterpart(located, text, diffs, context))
    return comparison


# --- pages --------------------------------------------------------------------------------


class CommitteePages:
    """One print-first pack per proposal."""

    def __init__(self, site):
        self.site = site
        self.corpus: Corpus = site.corpus
        self.urls = site.urls
        self.today = build_date()

    def pages(self) -> list[Page]:
        return [self.pack(document, version) for document, version in proposals(self.corpus)]

    def clause_href(self, located: Located, src: str) -> str:
        page, anchor = self.urls.clause(located.document.id, located.version.id, located.clause.id)
        return self.urls.href(page, src, anchor)

    def pack(self, document: Document, version: Version) -> Page:
        src = committee_path(document.id, version.id)
        corpus = self.corpus
        previous = Corpus.supersedes(document, version)
        redline = compute_redline(document, previous, document, version) if previous else None
        derived = derivations(corpus, document, version)
        outcomes = destinations(corpus, document, version)
        comparisons = [compare_with(corpus, derived, replaced, corpus.latest_version(replaced), rows)
                       for replaced, rows in outcomes]
        body = corpus.bodies[document.body]
        report = None
        if version.approval and version.approval.report in corpus.documents:
            report_doc = corpus.documents[version.approval.report]
            report = (report_doc, self.urls.href(self.urls.version(report_doc.id,
                                                                 corpus.latest_version(report_doc).id), src))
        title = f"Committee pack: {document.title}, {version.label}"
        content = self.site.render_template(
            "committee.md", src, title=title, document=document, version=version, body=body,
            previous=previous, redline=redline, derivations=derived, comparisons=comparisons,
            unaccounted=[d for _, rows in outcomes for d in rows if not d.accounted], report=report,
            today=self.today, overdue=review_overdue(version, self.today, corpus.superseded_by(document, version)),
            clause_href=lambda located: self.clause_href(located, src),
            version_href=lambda d, v: self.urls.href(self.urls.version(d.id, v.id), src),
            label=clause_label, first_words=first_words, context_words=CONTEXT_WORDS,
        )
        return Page(src, title, content, str(corpus.files[document.id]) if document.id in corpus.files else None)
