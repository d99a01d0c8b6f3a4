"""The loaded corpus: every body, topic and document, with the look-ups the pipeline needs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .model import Body, Clause, Document, Section, Topic, TopicGroup, Version


@dataclass(frozen=True)
class ClauseRef:
    """A clause's address: ``document/version#clause``."""

    document: str
    version: str
    clause: str

    @classmethod
    def parse(cls, text: str) -> "ClauseRef":
        """Parse ``document/version#clause``; raises ValueError with an example when malformed."""
        head, sep, clause = text.partition("#")
        document, slash, version = head.partition("/")
        if not (sep and slash and document and version and clause):
            raise ValueError(f"'{text}' is not a clause reference (expected document/version#clause, "
                             "for example dorset-county-council-social-networking-policy/2017#personal-use)")
        return cls(document, version, clause)

    def __str__(self) -> str:
        return f"{self.document}/{self.version}#{self.clause}"


@dataclass(frozen=True)
class Located:
    """A clause with everything needed to show it out of context."""

    document: Document
    version: Version
    section: Section
    clause: Clause
    parent: Clause | None = None
    ancestors: tuple[Clause, ...] = ()
    """Every enclosing clause, outermost first (the last is ``parent``)."""

    @property
    def ref(self) -> ClauseRef:
        return ClauseRef(self.document.id, self.version.id, self.clause.id)


@dataclass
class Corpus:
    """Everything in ``source_policies/``, validated and cross-checked."""

    root: Path
    bodies: dict[str, Body]
    documents: dict[str, Document]
    groups: dict[str, TopicGroup] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    """Source file of each document, by document id."""
    places: dict[tuple[str, ...], tuple[int, int]] = field(default_factory=dict)
    """Line and column of each version, ``(document, version)``, and clause, ``(document, version, clause)``."""
    digests: dict[str, str] = field(default_factory=dict)
    """A digest of each document's source file, by document id; ``bodies.yml`` and ``topics.yml``
    under their file names. Equal digests, equal sources (see render/inputs.py)."""

    def __post_init__(self) -> None:
        self._by_body: dict[str, list[Document]] = {}
        for document in self.documents.values():
            self._by_body.setdefault(document.body, []).append(document)
        self._clauses: dict[ClauseRef, Located] = {}
        for document in self.documents.values():
            for version in document.versions:
                for section in version.walk_sections():
                    for clause in section.clauses:
                        self._index(document, version, section, clause, ())

    def _index(self, document: Document, version: Version, section: Section, clause: Clause,
               ancestors: tuple[Clause, ...]) -> None:
        self._clauses[ClauseRef(document.id, version.id, clause.id)] = Located(
            document, version, section, clause, ancestors[-1] if ancestors else None, ancestors)
        for item in clause.items:
            self._index(document, version, section, item, ancestors + (clause,))

    def where(self, document_id: str, *ids: str) -> str:
        """``file:line:column`` of a document, or of one of its versions or clauses (for messages)."""
        path = self.files.get(document_id, Path(document_id))
        line, column = self.places.get((document_id, *ids), (1, 1))
        return f"{path}:{line}:{column}"

    def clause(self, ref: ClauseRef) -> Located | None:
        return self._clauses.get(ref)

    def clauses(self) -> list[Located]:
        """Every clause of every version, in document order."""
        return list(self._clauses.values())

    def documents_of(self, body_id: str) -> list[Document]:
        """The body's documents, in corpus order."""
        return list(self._by_body.get(body_id, ()))

    def version(self, document_id: str, version_id: str) -> Version | None:
        document = self.documents.get(document_id)
        if document is None:
            return None
        return next((v for v in document.versions if v.id == version_id), None)

    def latest_version(self, document: Document) -> Version:
        """The newest version: the one no other version of the document supersedes."""
        superseded = {v.supersedes for v in document.versions if v.supersedes}
        heads = [v for v in document.versions if v.id not in superseded]
        return heads[-1] if heads else document.versions[-1]

    @staticmethod
    def supersedes(document: Document, version: Version) -> Version | None:
        """The version ``version`` replaces: the one its ``supersedes`` names, else the one listed before it."""
        if version.supersedes:
            return next((v for v in document.versions if v.id == version.supersedes), None)
        position = next(i for i, v in enumerate(document.versions) if v.id == version.id)
        return document.versions[position - 1] if position else None

    def newest_first(self, document: Document) -> list[Version]:
        """A document's versions, newest first: back from the latest along :meth:`supersedes`,
        then any the chain does not reach, last listed first."""
        order: dict[str, Version] = {}
        version: Version | None = self.latest_version(document)
        while version is not None and version.id not in order:
            order[version.id] = version
            version = self.supersedes(document, version)
        return list(order.values()) + [v for v in reversed(document.versions) if v.id not in order]

    def superseded_by(self, document: Document, version: Version) -> Version | None:
        """The version that replaces ``version`` (see :meth:`supersedes`)."""
        return next((v for v in document.versions if v is not version and self.supersedes(document, v) is version),
                    None)
