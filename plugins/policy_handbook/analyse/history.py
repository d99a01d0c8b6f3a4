"""What a body said on a topic in the versions of its documents it has since replaced.

Only versions that were in force (``approved`` or ``superseded``) count as a body's earlier
stance; drafts and consultation texts never stated its rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..corpus import Corpus, Located
from ..model import Document, Version
from .crossmap import Mapping, compared_bodies, headline_key, mappings

WAS_IN_FORCE = ("approved", "superseded")


@dataclass(frozen=True)
class EarlierStance:
    """A body's headline on a topic in one replaced version of one of its documents."""

    document: Document
    version: Version
    until: Version
    """The version that replaced it."""
    headline: Mapping | None
    """None: that version did not address the topic."""


def _replaced_versions(corpus: Corpus, document: Document) -> list[tuple[Version, Version]]:
    """(earlier, the version that replaced it), newest first, following ``supersedes`` from the latest."""
    chain: list[tuple[Version, Version]] = []
    current = corpus.latest_version(document)
    seen = {current.id}
    while (earlier := corpus.supersedes(document, current)) is not None and earlier.id not in seen:
        seen.add(earlier.id)
        chain.append((earlier, current))
        current = earlier
    return chain


class History:
    """Earlier stances of every compared body on every topic, computed once per corpus."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self._by_body_topic: dict[tuple[str, str], list[EarlierStance]] = {}
        by_version: dict[tuple[str, str], list[Located]] = {}
        for located in corpus.clauses():
            by_version.setdefault((located.document.id, located.version.id), []).append(located)
        for body in compared_bodies(corpus):
            for document in corpus.documents_of(body.id):
                for earlier, until in _replaced_versions(corpus, document):
                    if earlier.status not in WAS_IN_FORCE:
                        continue
                    found = mappings(corpus, by_version.get((document.id, earlier.id), []))
                    for topic in corpus.topics:
                        on_topic = [m for m in found if m.link.topic == topic]
                        headline = min(on_topic, key=headline_key) if on_topic else None
                        self._by_body_topic.setdefault((body.id, topic), []).append(
                            EarlierStance(document, earlier, until, headline))

    def differing(self, body_id: str, topic_id: str, current: Mapping | None) -> list[EarlierStance]:
        """The body's earlier stances on the topic that differ from ``current`` (its headline now).

        A difference is another stance or strength, or addressing the topic where the body
        now is silent. A version that was silent differs only when the same document now
        states the body's headline: another document may have said it all along.
        """
        differing = []
        for earlier in self._by_body_topic.get((body_id, topic_id), []):
            was, now = earlier.headline, current
            if was is None and (now is None or now.located.document.id != earlier.document.id):
                continue
            if was is not None and now is not None and (was.stance, was.strength) == (now.stance, now.strength):
                continue
            differing.append(earlier)
        return differing
