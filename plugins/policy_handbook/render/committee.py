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

from ..analyse.derivation import compare_with, derivations, destinations, proposals
from ..analyse.redline import compute_redline
from ..corpus import Corpus, Located
from ..model import Document, Version
from ..text import to_plain
from .labels import clause_label
from .site import Page
from .versions import build_date, review_overdue

FIRST_WORDS = 12
CONTEXT_WORDS = 30


def committee_path(document_id: str, version_id: str) -> str:
    """Where the pack of a proposal lives: ``committee/<document>--<version>.md``."""
    return f"committee/{document_id}--{version_id}.md"


def annex_letter(position: int) -> str:
    """The letter of the annex at ``position`` (0 → A … 25 → Z, then AA, AB…)."""
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    """The first ``count`` words of a clause's plain text, with an ellipsis if cut."""
    words = to_plain(text).split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


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
        standing = self.site.standings.of(document, version)
        running_header = f"{document.title} · {version.label} ({standing.words.lower()}) · committee pack"
        content = self.site.render_template(
            "committee.md", src, title=title, running_header=running_header, annex_letter=annex_letter, document=document, version=version, body=body,
            previous=previous, redline=redline, derivations=derived, comparisons=comparisons,
            unaccounted=[d for _, rows in outcomes for d in rows if not d.accounted], report=report,
            today=self.today, overdue=review_overdue(version, self.today, corpus.superseded_by(document, version)),
            clause_href=lambda located: self.clause_href(located, src),
            version_href=lambda d, v: self.urls.href(self.urls.version(d.id, v.id), src),
            label=clause_label, first_words=first_words, context_words=CONTEXT_WORDS,
        )
        return Page(src, title, content, str(corpus.files[document.id]) if document.id in corpus.files else None)
