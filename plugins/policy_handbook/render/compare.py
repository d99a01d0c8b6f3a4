"""Pages for policy officers: topic comparisons, the coverage matrix, body-against-body pages."""

from __future__ import annotations

import itertools

from markupsafe import Markup

from ..analyse.counterparts import (
    MIN_OVERLAP, Baseline, Counterpart, choose_counterpart, compared_text, counterpart_on_topic, inheriting_items,
    overlap, topic_baseline, unique_clauses,
)
from ..analyse.crossmap import Mapping, Position, TopicCoverage, compared_bodies, coverage, mappings
from ..analyse.diff_store import cached_word_diff as word_diff
from ..analyse.history import EarlierStance, History
from ..corpus import Corpus
from ..model import Body
from .labels import clause_label, stance_words
from .redline import redline_html
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


class ComparisonPages:
    """Renders the cross-map pages of one corpus through the site's renderer."""

    def __init__(self, corpus: Corpus, renderer, *, baseline_body: str | None = None,
                 pairs: list[tuple[str, str]] | None = None):
        self.corpus = corpus
        self.renderer = renderer
        self.urls = renderer.urls
        self.baseline_body = baseline_body
        self.mappings = mappings(corpus)
        self.coverage = coverage(corpus, self.mappings)
        self.pairs = pairs if pairs is not None else default_pairs([b.id for b in compared_bodies(corpus)], baseline_body)
        self.history = History(corpus)

    def pages(self) -> list[Page]:
        if not self.corpus.topics:
            return []
        pages = [self.matrix_page()]
        pages += [self.topic_page(entry) for entry in self.coverage]
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

    # --- pages ----------------------------------------------------------------------

    def matrix_page(self) -> Page:
        src = self.urls.compare_index()
        groups = [(group, [e for e in self.coverage if e.topic.group == group.id])
                  for group in self.corpus.groups.values()]
        content = self.renderer.render_template("compare_matrix.md", src, groups=groups, bodies=compared_bodies(self.corpus),
                                view=self, pairs=self.pairs)
        return Page(src, "Coverage matrix", content)

    def topic_page(self, entry: TopicCoverage) -> Page:
        src = self.urls.topic(entry.topic.id)
        content = self.renderer.render_template("topic.md", src, entry=entry, view=self, baseline=self.baseline(entry),
                                group=self.corpus.groups[entry.topic.group])
        return Page(src, entry.topic.title, content)

    def any_pair_page(self) -> Page:
        src = "compare/any.md"
        content = self.renderer.render_template("compare_any.md", src, bodies=compared_bodies(self.corpus))
        return Page(src, "Compare any two bodies", content)

    def pair_page(self, first: Body, second: Body) -> Page:
        src = self.urls.body_pair(first.id, second.id)
        rows = []
        for entry in self.coverage:
            a = next(p for p in entry.positions if p.body.id == first.id)
            b = next(p for p in entry.positions if p.body.id == second.id)
            if not (a.addressed or b.addressed):
                continue
            diffs = []
            for m in unique_clauses(b.mappings) if a.addressed else []:
                chosen = self.counterpart(m, unique_clauses(a.mappings))
                if chosen is not None:
                    other = chosen.mapping
                    diffs.append((other, m, _redline(compared_text(other), compared_text(m))))
            rows.append((entry, a, b, diffs))
        content = self.renderer.render_template("body_pair.md", src, first=first, second=second, rows=rows, view=self)
        return Page(src, f"{first.name} and {second.name}", content)


__all__ = ["MIN_OVERLAP", "ComparisonPages", "clause_label", "inheriting_items", "overlap", "stance_words"]
