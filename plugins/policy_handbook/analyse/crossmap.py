"""Cross-map clauses onto topics: who says what on each topic, where they agree, and gaps.

The comparison uses the latest version of each document. A list item with no mapping of
its own takes its parent's. Stances are proposed from each clause's wording
(:mod:`.stance`) unless the YAML sets them on the link, which then counts as an override.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..corpus import Corpus, Located
from ..model import Body, Stance, Strength, Topic, TopicLink
from .stance import StanceReading, propose_stance

STANCE_ORDER: tuple[Stance, ...] = ("prohibits", "restricts", "permits with conditions", "permits", "requires",
                                    "advises")
STRENGTH_ORDER: tuple[Strength, ...] = ("must", "should", "may", "informative")


@dataclass(frozen=True)
class Mapping:
    """One clause's link to one topic, with its stance resolved."""

    located: Located
    link: TopicLink
    proposed: StanceReading
    inherited: bool
    """The link was taken from the parent clause (a list item with no mapping of its own)."""

    @property
    def stance(self) -> Stance:
        return self.link.stance or self.proposed.stance

    @property
    def strength(self) -> Strength:
        return self.link.strength or self.proposed.strength

    @property
    def overridden(self) -> bool:
        """The YAML sets a stance or strength that differs from the proposed one."""
        return (self.link.stance is not None and self.link.stance != self.proposed.stance) or (
            self.link.strength is not None and self.link.strength != self.proposed.strength)

    @property
    def body_id(self) -> str:
        return self.located.document.body

    @property
    def unreviewed(self) -> bool:
        """The link was proposed by ``suggest --write`` and no one has reviewed it yet."""
        return mapping_unreviewed(self.located)


def effective_links(located: Located) -> tuple[list[TopicLink], bool]:
    """The clause's own topic links, or its parent's; and whether they were inherited."""
    if located.clause.topics or located.clause.not_a_rule or located.parent is None:
        return located.clause.topic_links, False
    return located.parent.topic_links, True


def mapping_unreviewed(located: Located) -> bool:
    """Whether the clause's topics or ``not_a_rule`` (its own, or the lead-in's it takes) are
    still ``mapping: proposed``: written by ``suggest --write`` and not yet checked."""
    clause = located.clause
    if clause.topics or clause.not_a_rule or located.parent is None:
        return clause.mapping == "proposed"
    return located.parent.mapping == "proposed"


def is_marked_not_a_rule(located: Located) -> bool:
    if located.clause.not_a_rule:
        return True
    return bool(located.parent is not None and not located.clause.topics and located.parent.not_a_rule)


def unmapped_clauses(corpus: Corpus) -> list[Located]:
    """Clauses of any version with no topic and not marked as stating no rule.

    A corpus with no taxonomy yet has nothing to map onto, so none is unmapped.
    """
    if not corpus.topics:
        return []
    return [c for c in corpus.clauses() if not effective_links(c)[0] and not is_marked_not_a_rule(c)]


def _reading(located: Located) -> StanceReading:
    # A sub-item's modal can sit two levels up: "must not:" → "**Bring … into disrepute, for example by:**".
    lead_in = " ".join(a.text for a in located.ancestors) or None
    return propose_stance(located.clause.text, lead_in=lead_in)


def current_clauses(corpus: Corpus) -> list[Located]:
    """Clauses of the latest version of every document."""
    latest = {(d.id, corpus.latest_version(d).id) for d in corpus.documents.values()}
    return [c for c in corpus.clauses() if (c.document.id, c.version.id) in latest]


def mappings(corpus: Corpus, clauses: list[Located] | None = None, *, include_inherited: bool = False
             ) -> list[Mapping]:
    """Every clause→topic link of ``clauses`` (default: the current clauses), in document order.

    A list item that inherits its lead-in's topics is shown as part of the lead-in, so its
    links are left out unless ``include_inherited`` (exports list every clause).
    """
    found: list[Mapping] = []
    for located in current_clauses(corpus) if clauses is None else clauses:
        links, inherited = effective_links(located)
        if not links or (inherited and not include_inherited):
            continue
        reading = _reading(located)
        found.extend(Mapping(located, link, reading, inherited) for link in links)
    return found


def compared_bodies(corpus: Corpus) -> list[Body]:
    """Bodies whose own policies are compared: those with documents, other than the handbook's own text."""
    with_documents = {d.body for d in corpus.documents.values()}
    return [b for b in corpus.bodies.values() if b.id in with_documents and b.kind != "handbook project"]


@dataclass
class Position:
    """What one body says on one topic."""

    body: Body
    mappings: list[Mapping]

    @property
    def stances(self) -> list[Stance]:
        return sorted({m.stance for m in self.mappings}, key=STANCE_ORDER.index)

    @property
    def strengths(self) -> list[Strength]:
        return sorted({m.strength for m in self.mappings}, key=STRENGTH_ORDER.index)

    @property
    def addressed(self) -> bool:
        return bool(self.mappings)


@dataclass
class TopicCoverage:
    """Every compared body's position on one topic."""

    topic: Topic
    positions: list[Position]
    harmonised: list[Mapping] = field(default_factory=list)

    @property
    def addressing(self) -> list[Position]:
        return [p for p in self.positions if p.addressed]

    @property
    def not_addressed(self) -> list[Body]:
        return [p.body for p in self.positions if not p.addressed]

    @property
    def conflict(self) -> bool:
        """No single stance is shared by every body that addresses the topic."""
        sets = [set(p.stances) for p in self.addressing]
        return len(sets) > 1 and not set.intersection(*sets)

    @property
    def strength_differs(self) -> bool:
        return len({tuple(p.strengths) for p in self.addressing}) > 1


def coverage(corpus: Corpus, found: list[Mapping] | None = None) -> list[TopicCoverage]:
    """One entry per topic, in the taxonomy's order."""
    found = mappings(corpus) if found is None else found
    bodies = compared_bodies(corpus)
    result = []
    for topic in corpus.topics.values():
        on_topic = [m for m in found if m.link.topic == topic.id]
        positions = [Position(b, [m for m in on_topic if m.body_id == b.id]) for b in bodies]
        harmonised = [m for m in on_topic if corpus.bodies[m.body_id].kind == "handbook project"]
        result.append(TopicCoverage(topic, positions, harmonised))
    return result
