"""Cross-map clauses onto topics: who says what on each topic, where they agree, and gaps.

The comparison uses the latest version of each document. A list item with no mapping of
its own takes its parent's. Every stance has a provenance: *proposed* (read from the
clause's wording by :mod:`.stance`) or *reviewed* (written on the link by a person, who
confirmed or overrode the proposal). A clause whose topics a tool suggested
(``mapping: proposed``) has only proposed stances until someone accepts it.

Each body has one *headline* mapping per topic, the clause that best states its rule, and a
topic's verdict compares headlines (:func:`compare_headlines`): bodies *agree* only when at
least two address the topic, every headline is reviewed, and their stance, strength and scope
are all the same. The same stance with a different strength or scope is said as such, never
as agreement.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Literal, Sequence

from ..corpus import Corpus, Located
from ..memo import by_identity
from ..model import Body, MappingStatus, Relationship, Stance, Strength, Topic, TopicLink
from .stance import StanceReading, in_document
from .stance_store import read_stance

Provenance = MappingStatus
"""``proposed`` (read or suggested by the handbook's tools) or ``reviewed`` (checked by a person)."""

STANCE_ORDER: tuple[Stance, ...] = ("prohibits", "restricts", "permits with conditions", "permits", "requires",
                                    "advises")
STRENGTH_ORDER: tuple[Strength, ...] = ("must", "should", "may", "informative")
SPECIFICITY_ORDER: tuple[Relationship, ...] = ("equivalent", "subset", "intersects", "superset")
"""How closely a clause states a topic's rule, closest first: used to choose a body's headline."""


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
    def mapping_provenance(self) -> Provenance:
        """Whether a person accepted the clause's topics (a list item inherits its lead-in's)."""
        return mapping_status(self.located)

    @property
    def stance_provenance(self) -> Provenance:
        """``reviewed`` when a person wrote the stance on an accepted mapping; else ``proposed``."""
        return "reviewed" if self.link.stance is not None and self.mapping_provenance == "reviewed" else "proposed"

    @property
    def reviewed(self) -> bool:
        """Both the topic and the stance were checked by a person."""
        return self.stance_provenance == "reviewed"

    @property
    def scope(self) -> tuple[str, ...]:
        """What the rule applies to, as read from the wording (a review confirms the stance, not the scope)."""
        return self.proposed.scope

    @property
    def agrees_with_reading(self) -> bool:
        """The stance and strength shown equal the ones proposed from the wording."""
        return self.stance == self.proposed.stance and self.strength == self.proposed.strength

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


def mapping_status(located: Located) -> Provenance:
    """Whether a person accepted the clause's topics (or its lead-in's, which it takes)."""
    inherited = effective_links(located)[1]
    return located.parent.mapping if inherited and located.parent is not None else located.clause.mapping


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
    return in_document(read_stance(located.clause.text, lead_in=lead_in), located.document.title)


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


def headline_key(mapping: Mapping) -> tuple:
    """Sort key putting first the clause that best states a body's rule on a topic.

    Reviewed before proposed, then the most specific relationship, a clause's own mapping
    before one inherited from its lead-in, then the stronger modal; document order breaks ties.
    """
    return (not mapping.reviewed, SPECIFICITY_ORDER.index(mapping.link.relationship), mapping.inherited,
            STRENGTH_ORDER.index(mapping.strength))


@dataclass
class Position:
    """What one body says on one topic."""

    body: Body
    mappings: list[Mapping]

    @property
    def addressed(self) -> bool:
        return bool(self.mappings)

    @functools.cached_property
    def headline(self) -> Mapping | None:
        """The clause that best states the body's rule (see :func:`headline_key`); None if silent."""
        return min(self.mappings, key=headline_key) if self.mappings else None

    @property
    def others(self) -> list[Mapping]:
        """The body's other clauses on the topic, in document order."""
        headline = self.headline
        return [m for m in self.mappings if m is not headline]


@dataclass(frozen=True)
class Likeness:
    """How two or more headlines compare: their stances, strengths and scopes, one per headline in order.

    The same stance word is not the same rule: "prohibits (should) during working time" and
    "prohibits (must) on council equipment" share a stance, not a strength or a scope.
    """

    stances: tuple[Stance, ...]
    strengths: tuple[Strength, ...]
    scopes: tuple[tuple[str, ...], ...]
    """Each headline's scope terms, in the vocabulary's order (:attr:`Mapping.scope`)."""
    reviewed: bool
    """Every headline's stance was reviewed by a person."""

    @property
    def same_stance(self) -> bool:
        return len(set(self.stances)) == 1

    @property
    def strength_differs(self) -> bool:
        return len(set(self.strengths)) > 1

    @property
    def scope_differs(self) -> bool:
        return len(set(self.scopes)) > 1

    @property
    def same_position(self) -> bool:
        """The same stance, strength and scope."""
        return self.same_stance and not self.strength_differs and not self.scope_differs

    @property
    def distinct_strengths(self) -> tuple[Strength, ...]:
        """The strengths taken, strongest first."""
        return tuple(sorted(set(self.strengths), key=STRENGTH_ORDER.index))

    @property
    def distinct_scopes(self) -> tuple[tuple[str, ...], ...]:
        """The scopes taken, each once, in the order of the headlines."""
        return tuple(dict.fromkeys(self.scopes))


def compare_headlines(headlines: Sequence[Mapping]) -> Likeness:
    """Compare the headlines of bodies on one topic (two, for a pair of bodies), in the order given."""
    return Likeness(tuple(m.stance for m in headlines), tuple(m.strength for m in headlines),
                    tuple(m.scope for m in headlines), all(m.reviewed for m in headlines))


VerdictKind = Literal["none", "one", "agree", "same-unreviewed", "stance-only", "differ"]


@dataclass(frozen=True)
class Verdict:
    """Whether the bodies that address a topic agree, judged on their headlines.

    ``agree`` needs at least two bodies whose headlines are all reviewed and equal in
    stance, strength and scope; equal ones resting on any proposal are ``same-unreviewed``.
    ``stance-only``: the same stance, but the strength or the scope differs (reviewed or not:
    see :attr:`unreviewed`). ``differ``: the stances differ.
    """

    kind: VerdictKind
    addressing: int
    bodies: int
    unreviewed: tuple[Body, ...]
    """Bodies whose headline stance (or mapping) is a proposal nobody has reviewed yet."""
    likeness: Likeness | None = None
    """How the headlines compare; None when fewer than two bodies address the topic."""

    @property
    def silent(self) -> int:
        return self.bodies - self.addressing

    @property
    def rests_on_proposals(self) -> bool:
        return bool(self.unreviewed)

    @property
    def strength_differs(self) -> bool:
        return self.likeness is not None and self.likeness.strength_differs

    @property
    def scope_differs(self) -> bool:
        return self.likeness is not None and self.likeness.scope_differs


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

    def position_of(self, body_id: str) -> Position | None:
        """The body's position on the topic; None when the body is not compared."""
        return self._by_body.get(body_id)

    @functools.cached_property
    def _by_body(self) -> dict[str, Position]:
        # Pages look bodies up on every topic: a scan of every position each time grows with the square.
        return {p.body.id: p for p in self.positions}

    @functools.cached_property
    def verdict(self) -> Verdict:
        headlines = [(p.body, p.headline) for p in self.addressing]
        unreviewed = tuple(body for body, m in headlines if not m.reviewed)
        if len(headlines) < 2:
            return Verdict("one" if headlines else "none", len(headlines), len(self.positions), unreviewed)
        likeness = compare_headlines([m for _, m in headlines])
        if not likeness.same_stance:
            kind: VerdictKind = "differ"
        elif not likeness.same_position:
            kind = "stance-only"
        else:
            kind = "same-unreviewed" if unreviewed else "agree"
        return Verdict(kind, len(headlines), len(self.positions), unreviewed, likeness)

    @property
    def conflict(self) -> bool:
        """At least two bodies address the topic and their headline stances differ."""
        return self.verdict.kind == "differ"


def coverage(corpus: Corpus, found: list[Mapping] | None = None) -> list[TopicCoverage]:
    """One entry per topic, in the taxonomy's order (of the current clauses, worked out once per corpus)."""
    if found is None:
        return _current_coverage(corpus)
    return _coverage(corpus, found)


@by_identity(maxsize=4)
def _current_coverage(corpus: Corpus) -> list[TopicCoverage]:
    return _coverage(corpus, mappings(corpus))


def _coverage(corpus: Corpus, found: list[Mapping]) -> list[TopicCoverage]:
    bodies = compared_bodies(corpus)
    by_topic: dict[str, list[Mapping]] = {}
    by_body: dict[tuple[str, str], list[Mapping]] = {}
    for m in found:
        by_topic.setdefault(m.link.topic, []).append(m)
        by_body.setdefault((m.link.topic, m.body_id), []).append(m)
    result = []
    for topic in corpus.topics.values():
        on_topic = by_topic.get(topic.id, [])
        positions = [Position(b, list(by_body.get((topic.id, b.id), ()))) for b in bodies]
        harmonised = [m for m in on_topic if corpus.bodies[m.body_id].kind == "handbook project"]
        result.append(TopicCoverage(topic, positions, harmonised))
    return result


@dataclass(frozen=True)
class ProvenanceCounts:
    """How many topic links of a corpus carry a reviewed stance, and how many of those the reading agrees with."""

    links: int
    reviewed: int
    """Links whose stance a person wrote on an accepted mapping."""
    agree_stance: int
    """Reviewed links whose stance equals the one proposed from the wording."""
    agree_stance_and_strength: int
    """Reviewed links whose stance and strength both equal the proposal."""
    proposed_mappings: int
    """Links of clauses whose topics are still a tool's suggestion (``mapping: proposed``)."""

    @property
    def proposed(self) -> int:
        return self.links - self.reviewed


def provenance_counts(corpus: Corpus) -> ProvenanceCounts:
    """Count every clause's own topic links, in every version (inherited links are not counted again)."""
    links = reviewed = agree = agree_both = proposed_mappings = 0
    for located in corpus.clauses():
        own = located.clause.topic_links
        if not own:
            continue
        reading = _reading(located)
        for link in own:
            found = Mapping(located, link, reading, inherited=False)
            links += 1
            proposed_mappings += found.mapping_provenance == "proposed"
            if found.reviewed:
                reviewed += 1
                agree += found.stance == reading.stance
                agree_both += found.agrees_with_reading
    return ProvenanceCounts(links, reviewed, agree, agree_both, proposed_mappings)
