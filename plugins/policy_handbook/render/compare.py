"""Pages for policy officers: topic comparisons, the coverage matrix, body-against-body pages."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from markupsafe import Markup

from ..analyse.counterparts import (
    MIN_OVERLAP, Baseline, Counterpart, choose_counterpart, compared_text, counterpart_on_topic, inheriting_items,
    overlap, topic_baseline, unique_clauses,
)
from ..analyse.crossmap import Mapping, Position, TopicCoverage, compared_bodies, coverage
from ..analyse.diff_store import cached_word_diff as word_diff
from ..analyse.history import EarlierStance, History
from ..corpus import Corpus
from ..model import Body
from .inputs import digest, topic_digests
from .labels import clause_label, kind_plural, stance_words
from .redline import redline_html
from .headings import Rendered
from .site import Page


def _redline(old: str, new: str) -> Markup:
    return redline_html(word_diff(old, new))


EVERY_PAIR_UP_TO = 6
"""Without a baseline body, every pair of bodies gets a prepared page while at most this many are compared."""


def default_pairs(bodies: list[str], baseline_body: str | None) -> list[tuple[str, str]]:
    """The pairs of bodies that get a prepared page when ``compare`` is not set in ``mkdocs.yml``.

    The baseline body against each other body: their number grows with the bodies, not with their
    square. Without a baseline, every pair of a handful of bodies; none beyond that. Any other pair
    is compared in the browser, on the "any two bodies" page.
    """
    if baseline_body in bodies:
        return [(baseline_body, other) for other in bodies if other != baseline_body]
    if baseline_body is None and len(bodies) <= EVERY_PAIR_UP_TO:
        return list(itertools.combinations(bodies, 2))
    return []


PAGED_TOPICS_FROM = 20
"""With more compared bodies than this, a topic page gives every body's position and the clauses
compared against, and the bodies' own clauses go on pages of their kind (see :func:`topic_parts`)."""
BODIES_PER_TOPIC_PART = 25
"""A page of a topic's clauses holds at most this many bodies; more are split into alphabetical ranges."""


@dataclass(frozen=True)
class TopicPart:
    """Some of the bodies whose clauses on a topic share a page (and a navigation section): one
    kind, or an alphabetical range of it."""

    slug: str
    kind: str
    """The kind of body, plural ("District councils")."""
    range: str | None
    """"First name – last name" when the kind is split, else None."""
    bodies: tuple[Body, ...]

    @property
    def title(self) -> str:
        return f"{self.kind}: {self.range}" if self.range else self.kind


def topic_parts(bodies: list[Body]) -> list[TopicPart]:
    """How many bodies are split over pages and navigation sections: none with few bodies, else
    by kind then name.

    Each part holds at most :data:`BODIES_PER_TOPIC_PART` bodies, so the size of a topic's pages
    (and of a policy page's navigation) does not grow with the number of bodies; their number does.
    """
    if len(bodies) <= PAGED_TOPICS_FROM:
        return []
    by_kind: dict[str, list[Body]] = {}
    for body in bodies:
        by_kind.setdefault(body.kind, []).append(body)
    parts = []
    for kind in sorted(by_kind, key=str.casefold):
        members = sorted(by_kind[kind], key=lambda b: b.name.casefold())
        chunks = [members[i:i + BODIES_PER_TOPIC_PART] for i in range(0, len(members), BODIES_PER_TOPIC_PART)]
        slug = re.sub(r"[^a-z0-9]+", "-", kind_plural(kind).lower()).strip("-") or "bodies"
        for n, chunk in enumerate(chunks, 1):
            split = len(chunks) > 1
            parts.append(TopicPart(f"{slug}-{n}" if split else slug, kind_plural(kind),
                                   f"{chunk[0].name} – {chunk[-1].name}" if split else None, tuple(chunk)))
    return parts


class ComparisonPages:
    """Renders the cross-map pages of one corpus through the site's renderer."""

    def __init__(self, corpus: Corpus, renderer, *, baseline_body: str | None = None,
                 pairs: list[tuple[str, str]] | None = None):
        self.corpus = corpus
        self.renderer = renderer
        self.urls = renderer.urls
        self.baseline_body = baseline_body
        self.coverage = coverage(corpus)
        self.pairs = pairs if pairs is not None else default_pairs([b.id for b in compared_bodies(corpus)], baseline_body)
        self.history = History(corpus)
        self.parts = topic_parts(compared_bodies(corpus))
        self._part_of = {body.id: part for part in self.parts for body in part.bodies}

    def pages(self) -> list[Page]:
        if not self.corpus.topics:
            return []
        pages = [self.matrix_page()]
        pages += [self.matrix_part_page(part) for part in self.parts]
        for entry in self.coverage:
            pages.append(self.topic_page(entry))
            pages += [self.topic_part_page(entry, part) for part in self.parts]
        pages += [self.pair_page(self.corpus.bodies[a], self.corpus.bodies[b]) for a, b in self.pairs]
        pages.append(self.any_pair_page())
        return pages

    # --- pieces shared by the templates ---------------------------------------------

    def baseline(self, entry: TopicCoverage) -> Baseline | None:
        return topic_baseline(self.corpus, entry, self.baseline_body)

    def counterpart(self, mapping: Mapping, candidates) -> Counterpart | None:
        """The candidate to redline ``mapping`` against: one drafted from it, else the closest in wording."""
        return choose_counterpart(mapping, candidates)

    def redline(self, mapping: Mapping, baseline: Baseline | None) -> tuple[Mapping, Markup, Counterpart] | None:
        """The clause against its counterpart in the baseline, or None when there is none."""
        chosen = counterpart_on_topic(mapping, baseline)
        if chosen is None:
            return None
        other = chosen.mapping
        return other, _redline(compared_text(other), compared_text(mapping)), chosen

    def earlier(self, position: Position, topic_id: str) -> list[EarlierStance]:
        """The body's stances on the topic in replaced versions, where they differ from its headline now."""
        return self.history.differing(position.body.id, topic_id, position.headline)

    def clause_link(self, mapping: Mapping, from_src: str) -> str:
        located = mapping.located
        page, anchor = self.urls.clause(located.document.id, located.version.id, located.clause.id)
        return self.urls.href(page, from_src, anchor)

    def position(self, entry: TopicCoverage, body_id: str) -> Position:
        """The body's position on the entry's topic."""
        position = entry.position_of(body_id)
        if position is None:
            raise KeyError(f"{body_id} is not a compared body")
        return position

    def position_counts(self, entry: TopicCoverage) -> list[tuple[str, int]]:
        """How many bodies take each headline stance on the topic, most first."""
        counts: dict[str, int] = {}
        for p in entry.addressing:
            words = stance_words(p.headline.stance, p.headline.strength)
            counts[words] = counts.get(words, 0) + 1
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    def body_href(self, topic_id: str, body_id: str, from_src: str) -> str:
        """Where a body's clauses on a topic are: its section of the topic page, or of the topic's part holding it."""
        part = self._part_of.get(body_id)
        target = self.urls.topic_part(topic_id, part.slug) if part else self.urls.topic(topic_id)
        return self.urls.href(target, from_src, f"body-{body_id}")

    # --- pages ----------------------------------------------------------------------

    def matrix_page(self) -> Page:
        src = self.urls.compare_index()
        groups = [(group, [e for e in self.coverage if e.topic.group == group.id])
                  for group in self.corpus.groups.values()]
        content = self.renderer.render_template("compare_matrix.md", src, groups=groups, bodies=compared_bodies(self.corpus),
                                view=self, pairs=self.pairs, parts=self.parts)
        return Page(src, "Coverage matrix", content)

    def matrix_part_page(self, part: TopicPart) -> Page:
        """The coverage matrix of the bodies in ``part``."""
        src = self.urls.coverage_part(part.slug)
        groups = [(group, [e for e in self.coverage if e.topic.group == group.id])
                  for group in self.corpus.groups.values()]
        title = f"Coverage matrix: {part.title}"
        content = lambda: self.renderer.render_template(  # made when read (see Page)
            "compare_matrix_part.md", src, groups=groups, bodies=list(part.bodies), view=self, title=title,
            entries_count=len(compared_bodies(self.corpus)))
        return Page(src, title, content, in_nav=False, inputs=lambda: self._positions_inputs(part.bodies))

    def _positions_inputs(self, bodies) -> str:
        """The inputs of a page of the bodies' positions on every topic (see render/inputs.py): what
        each body's documents say on each topic, and each topic's verdict over every body."""
        ids = {body.id for body in bodies}
        said = sorted((d.id, topic_digests(d)) for d in self.corpus.documents.values() if d.body in ids)
        return digest(repr(said), repr([(entry.topic.id, entry.verdict) for entry in self.coverage]))

    def topic_page(self, entry: TopicCoverage) -> Page:
        src = self.urls.topic(entry.topic.id)
        content = lambda: self.renderer.render_template(  # made when read (see Page)
            "topic.md", src, entry=entry, view=self, baseline=self.baseline(entry),
            group=self.corpus.groups[entry.topic.group], parts=self.parts)
        return Page(src, entry.topic.title, content, inputs=self._on_topic(entry))

    def _on_topic(self, entry: TopicCoverage):
        """A topic page's inputs (see render/inputs.py): the documents with clauses on the topic."""
        return lambda: self.renderer.inputs.on_topic(entry.topic.id)

    def topic_part_page(self, entry: TopicCoverage, part: TopicPart) -> Page:
        """The clauses on one topic of the bodies in ``part``: each body's headline clause in full
        with its differences, its other clauses as links."""
        src = self.urls.topic_part(entry.topic.id, part.slug)
        ids = {body.id for body in part.bodies}
        positions = sorted((p for p in entry.positions if p.body.id in ids), key=lambda p: p.body.name.casefold())
        title = f"{entry.topic.title}: {part.title}"
        content = lambda: self.renderer.render_template(
            "topic_part.md", src, entry=entry, view=self, part=part, title=title, positions=positions,
            baseline=self.baseline(entry))
        return Page(src, title, content, in_nav=False, inputs=self._on_topic(entry))

    def any_pair_page(self) -> Page:
        src = "compare/any.md"
        content = self.renderer.render_template("compare_any.md", src, bodies=compared_bodies(self.corpus))
        return Page(src, "Compare any two bodies", content)

    def pair_page(self, first: Body, second: Body) -> Page:
        src = self.urls.body_pair(first.id, second.id)
        content = lambda: self._pair_text(first, second, src)  # made when read (see Page)
        # With many bodies, the pairs are listed on the coverage matrix only: in the navigation,
        # every pair page would list every other.
        return Page(src, f"{first.name} and {second.name}", content, in_nav=not self.parts,
                    inputs=lambda: self.renderer.inputs.of_bodies([first.id, second.id]))

    def _pair_text(self, first: Body, second: Body, src: str) -> Rendered:
        rows = []
        for entry in self.coverage:
            a, b = self.position(entry, first.id), self.position(entry, second.id)
            if not (a.addressed or b.addressed):
                continue
            diffs = []
            for m in unique_clauses(b.mappings) if a.addressed else []:
                chosen = self.counterpart(m, unique_clauses(a.mappings))
                if chosen is not None:
                    other = chosen.mapping
                    diffs.append((other, m, _redline(compared_text(other), compared_text(m))))
            rows.append((entry, a, b, diffs))
        # With many bodies, the first body of each pair (the baseline) is the same on every pair
        # page: its clauses are linked, not repeated in full, and its words are in the differences.
        compact_first = bool(self.parts) and sum(first.id == a for a, _ in self.pairs) > 1
        return self.renderer.render_template("body_pair.md", src, first=first, second=second, rows=rows, view=self,
                                             compact_first=compact_first)

__all__ = ["MIN_OVERLAP", "ComparisonPages", "clause_label", "inheriting_items", "overlap", "stance_words"]
