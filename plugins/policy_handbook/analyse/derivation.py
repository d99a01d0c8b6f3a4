"""Where the clauses of a proposal come from, and where the clauses it replaces went.

A *proposal* is a version with ``approval`` metadata that is either ``proposed`` or
``replaces`` other documents. Every clause of the latest version of each replaced document
must be accounted for: some clause of the proposal derives from it (``derived_from``), or
the proposal lists it in ``not_carried_forward`` with a reason.

:func:`compare_with` sets the clauses of one replaced document beside the clauses of the
proposal they became, for the committee pack to present.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..corpus import ClauseRef, Corpus, Located
from ..model import Document, Version
from .crossmap import effective_links


def is_proposal(version: Version) -> bool:
    """A version put to a committee: it has ``approval`` and is ``proposed`` or ``replaces`` documents."""
    return version.approval is not None and (version.status == "proposed" or bool(version.replaces))


def proposals(corpus: Corpus) -> list[tuple[Document, Version]]:
    """Every proposal of the corpus, in document order."""
    return [(d, v) for d in corpus.documents.values() for v in d.versions if is_proposal(v)]


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


@dataclass
class Comparison:
    """The proposal against one replaced document."""

    document: Document
    version: Version
    without: list[Located] = field(default_factory=list)
    """Clauses of the proposal with neither a source nor a clause on their topics here."""
    destinations: list[Destination] = field(default_factory=list)

    @property
    def left_out(self) -> list[Destination]:
        return [d for d in self.destinations if not d.into]


def _topics(located: Located) -> set[str]:
    return {link.topic for link in effective_links(located)[0]}


def compare_with(corpus: Corpus, derivations_: list[Derivation], replaced: Document, latest: Version,
                 rows: list[Destination]) -> Comparison:
    """The proposal against ``replaced``: where each of its clauses went, and the proposal's clauses
    with neither a source nor a clause on their topics in it."""
    comparison = Comparison(replaced, latest, destinations=rows)
    candidates = [d.clause for d in rows]
    for derivation in derivations_:
        located = derivation.clause
        if any(s.document.id == replaced.id for s in derivation.sources):
            continue
        topics = _topics(located)
        if not any(topics & _topics(c) for c in candidates):
            comparison.without.append(located)
    return comparison
