"""Pages for policy officers: topic comparisons, the coverage matrix, body-against-body pages."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from markupsafe import Markup

from ..analyse.crossmap import Mapping, TopicCoverage, compared_bodies, coverage, mappings
from ..analyse.diff_store import cached_word_diff as word_diff
from ..corpus import Corpus
from ..model import Body
from ..render.markup import to_plain
from .labels import clause_label, stance_words
from .redline import redline_html
from .site import Page


@dataclass(frozen=True)
class Baseline:
    """The clauses other clauses on a topic are redlined against."""

    label: str
    mappings: tuple[Mapping, ...]


MIN_OVERLAP = 0.12
"""Below this share of common words two texts are too different for a useful word diff."""


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.lower()))


def _redline(old: str, new: str) -> Markup:
    return redline_html(word_diff(old, new))


def overlap(a: str, b: str) -> float:
    """Share of distinct words the texts have in common (Jaccard)."""
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


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
        if entry.harmonised:
            chosen = entry.harmonised
            label = "the harmonised policy"
        elif self.baseline_body:
            position = next((p for p in entry.positions if p.body.id == self.baseline_body), None)
            if position is None or not position.mappings:
                return None
            chosen = position.mappings
            label = self.corpus.bodies[self.baseline_body].name
        else:
            return None
        return Baseline(label, tuple(_unique_clauses(chosen)))

    def counterpart(self, mapping: Mapping, candidates) -> Mapping | None:
        """The candidate to redline ``mapping`` against: one derived from it, else the closest in wording."""
        located = mapping.located
        refs = {str(located.ref)}
        if located.parent is not None:
            refs.add(f"{located.document.id}/{located.version.id}#{located.parent.id}")
        derived = [c for c in candidates if refs & set(c.located.clause.derived_from)]
        text = _clause_plain(mapping)
        best = max(derived or candidates, key=lambda c: overlap(_clause_plain(c), text), default=None)
        if best is None or overlap(_clause_plain(best), text) < MIN_OVERLAP:
            return None
        return best

    def redline(self, mapping: Mapping, baseline: Baseline | None) -> tuple[Mapping, Markup] | None:
        """The clause against its counterpart in the baseline, or None when there is none close enough."""
        if baseline is None or any(mapping.located.ref == m.located.ref for m in baseline.mappings):
            return None
        other = self.counterpart(mapping, baseline.mappings)
        if other is None:
            return None
        return other, _redline(_clause_plain(other), _clause_plain(mapping))

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
            for m in _unique_clauses(b.mappings) if a.addressed else []:
                other = self.counterpart(m, _unique_clauses(a.mappings))
                if other is not None:
                    diffs.append((other, m, _redline(_clause_plain(other), _clause_plain(m))))
            rows.append((entry, a, b, diffs))
        content = self.renderer.render_template("body_pair.md", src, first=first, second=second, rows=rows, view=self)
        return Page(src, f"{first.name} and {second.name}", content)


def _unique_clauses(found) -> list[Mapping]:
    seen: set = set()
    unique = []
    for mapping in found:
        if mapping.located.ref not in seen:
            seen.add(mapping.located.ref)
            unique.append(mapping)
    return unique


def inheriting_items(mapping: Mapping) -> list:
    """The clause's list items that carry no mapping of their own, and so belong to this one."""
    return [item for item in mapping.located.clause.items if not item.topics and not item.not_a_rule]


def _clause_plain(mapping: Mapping) -> str:
    """A clause's words as compared: a list item with its lead-in, a lead-in with its items."""
    located = mapping.located
    parts = [to_plain(located.parent.text)] if located.parent is not None else []
    parts.append(to_plain(located.clause.text))
    parts += [to_plain(item.text) for item in inheriting_items(mapping)]
    return " ".join(parts)


__all__ = ["ComparisonPages", "clause_label", "inheriting_items", "stance_words"]
