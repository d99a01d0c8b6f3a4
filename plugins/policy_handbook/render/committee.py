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

from markupsafe import Markup

from ..analyse.crossmap import effective_links
from ..analyse.diff import word_diff
from ..corpus import ClauseRef, Corpus, Located
from ..model import Document, Version
from .markup import to_plain
from .redline import clean_html, redline_html
from .site import Page
from .versions import build_date, clause_name, compute_redline, previous_version, review_overdue

FIRST_WORDS = 12
CONTEXT_WORDS = 30


def committee_path(document_id: str, version_id: str) -> str:
    """Where the pack of a proposal lives: ``committee/<document>--<version>.md``."""
    return f"committee/{document_id}--{version_id}.md"


def is_proposal(version: Version) -> bool:
    """A version put to a committee: it has ``approval`` and is ``proposed`` or ``replaces`` documents."""
    return version.approval is not None and (version.status == "proposed" or bool(version.replaces))


def proposals(corpus: Corpus) -> list[tuple[Document, Version]]:
    """Every proposal of the corpus, in document order."""
    return [(d, v) for d in corpus.documents.values() for v in d.versions if is_proposal(v)]


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    """The first ``count`` words of a clause's plain text, with an ellipsis if cut."""
    words = to_plain(text).split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


# --- derivations --------------------------------------------------------------------------


@dataclass(frozen=True)
class Derivation:
    """A clause of the proposal and the source clauses it derives from."""

    clause: Located
    sources: tuple[Located, ...]


@dataclass(frozen=True)
class Destination:
    """A clause of a replaced document and what became of it."""

    clause: Located
    into: tuple[Located, ...]
    """Clauses of the proposal that derive from it."""
    reasons: tuple[str, ...]
    """Why it was not carried forward, from ``not_carried_forward``."""

    @property
    def accounted(self) -> bool:
        return bool(self.into or self.reasons)


def _proposal_clauses(corpus: Corpus, document: Document, version: Version) -> list[Located]:
    located = [corpus.clause(ClauseRef(document.id, version.id, c.id)) for c in version.walk_clauses()]
    return [c for c in located if c is not None]


def derivations(corpus: Corpus, document: Document, version: Version) -> list[Derivation]:
    """Each clause of the proposal, in order, with its sources (references that name no clause are skipped)."""
    result = []
    for located in _proposal_clauses(corpus, document, version):
        sources = (corpus.clause(_parse(text)) for text in located.clause.derived_from)
        result.append(Derivation(located, tuple(s for s in sources if s is not None)))
    return result


def _parse(text: str) -> ClauseRef:
    try:
        return ClauseRef.parse(text)
    except ValueError:
        return ClauseRef("", "", text)


def replaced_documents(corpus: Corpus, version: Version) -> list[tuple[Document, Version]]:
    """The documents a proposal replaces, each with its latest version."""
    found = [corpus.documents[i] for i in version.replaces if i in corpus.documents]
    return [(d, corpus.latest_version(d)) for d in found]


def destinations(corpus: Corpus, document: Document, version: Version) -> list[tuple[Document, list[Destination]]]:
    """For each replaced document, every clause of its latest version (items too) and where it went."""
    into: dict[ClauseRef, list[Located]] = {}
    for derivation in derivations(corpus, document, version):
        for source in derivation.sources:
            into.setdefault(source.ref, []).append(derivation.clause)
    reasons: dict[ClauseRef, list[str]] = {}
    for left_out in version.not_carried_forward:
        reasons.setdefault(_parse(left_out.clause), []).append(left_out.reason)
    result = []
    for replaced, latest in replaced_documents(corpus, version):
        rows = []
        for clause in latest.walk_clauses():
            located = corpus.clause(ClauseRef(replaced.id, latest.id, clause.id))
            assert located is not None
            rows.append(Destination(located, tuple(into.get(located.ref, ())), tuple(reasons.get(located.ref, ()))))
        result.append((replaced, rows))
    return result


def unaccounted_source_clauses(corpus: Corpus, document: Document, version: Version) -> list[Located]:
    """Clauses of the documents ``version`` replaces that no clause derives from and that are
    not listed in ``not_carried_forward``: each should be carried forward or left out with a reason.

    Only the latest version of each replaced document counts; a ``derived_from`` naming an
    older version does not account for the clause in the latest one.
    """
    return [d.clause for _, rows in destinations(corpus, document, version) for d in rows if not d.accounted]


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
        text = _multiline(clean_html(word_diff(new_text, new_text), "new"))
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
        previous = previous_version(document, version)
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
            label=clause_name, first_words=first_words, context_words=CONTEXT_WORDS,
        )
        return Page(src, title, content, str(corpus.files[document.id]) if document.id in corpus.files else None)
