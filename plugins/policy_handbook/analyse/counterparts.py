"""Which clause another clause is compared against, on a topic.

On a topic page and a body-pair page each clause is shown word by word against one clause
of the other side (the *baseline*: the harmonised policy's clauses on the topic, or another
body's). That clause, its *counterpart*, is chosen by derivation first:

1. **By derivation.** Candidates whose ``derived_from`` names the clause (or, for a list
   item, its lead-in) were drafted from it. Of several, the one whose link to the topic is
   closest to the topic itself wins (``equivalent`` before ``superset``, ``subset`` and
   ``intersects``), then the one that names the clause earliest among its sources, then
   the one with most words in common. However different their words, a clause and a clause
   drafted from it are compared.
2. **By similarity**, only when no candidate derives from the clause: the candidate with
   the largest share of distinct words in common (Jaccard), if that share is at least
   :data:`MIN_OVERLAP`; below it no counterpart is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Literal, Sequence

from ..corpus import Corpus
from ..model import Clause
from ..text import to_plain
from .crossmap import Mapping, TopicCoverage

MIN_OVERLAP = 0.12
"""Below this share of common words two texts are too different for a useful word diff."""

RELATIONSHIP_ORDER = {"equivalent": 0, "superset": 1, "subset": 2, "intersects": 3}

ChosenBy = Literal["derivation", "similarity"]


@dataclass(frozen=True)
class Counterpart:
    """The clause another clause is compared against, and why that one."""

    mapping: Mapping
    chosen_by: ChosenBy
    also_derived: tuple[Mapping, ...] = ()
    """Other candidates drafted from the clause, after the chosen one."""


def inheriting_items(mapping: Mapping) -> list[Clause]:
    """The clause's list items that carry no mapping of their own, and so belong to this one."""
    return [item for item in mapping.located.clause.items if not item.topics and not item.not_a_rule]


def compared_text(mapping: Mapping) -> str:
    """A clause's words as compared: a list item with its lead-in, a lead-in with its items."""
    located = mapping.located
    parts = [to_plain(located.parent.text)] if located.parent is not None else []
    parts.append(to_plain(located.clause.text))
    parts += [to_plain(item.text) for item in inheriting_items(mapping)]
    return " ".join(parts)


@lru_cache(maxsize=65536)
def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.lower()))


def overlap(a: str, b: str) -> float:
    """Share of distinct words the texts have in common (Jaccard)."""
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def source_refs(mapping: Mapping) -> list[str]:
    """How a ``derived_from`` entry may name the clause: itself, or the lead-in of a list item."""
    located = mapping.located
    refs = [str(located.ref)]
    if located.parent is not None:
        refs.append(f"{located.document.id}/{located.version.id}#{located.parent.id}")
    return refs


def choose_counterpart(mapping: Mapping, candidates: Sequence[Mapping]) -> Counterpart | None:
    """The candidate to compare ``mapping`` against (see the module docstring), or None."""
    refs = source_refs(mapping)
    text = compared_text(mapping)

    def named_at(candidate: Mapping) -> int | None:
        sources = candidate.located.clause.derived_from
        return next((k for k, s in enumerate(sources) if s in refs), None)

    derived = [(c, k) for c in candidates if (k := named_at(c)) is not None]
    if derived:
        ranked = sorted(derived, key=lambda ck: (RELATIONSHIP_ORDER.get(ck[0].link.relationship, 9), ck[1],
                                                 -overlap(compared_text(ck[0]), text)))
        return Counterpart(ranked[0][0], "derivation", tuple(c for c, _ in ranked[1:]))
    best = max(candidates, key=lambda c: overlap(compared_text(c), text), default=None)
    if best is None or overlap(compared_text(best), text) < MIN_OVERLAP:
        return None
    return Counterpart(best, "similarity")


def unique_clauses(found: Iterable[Mapping]) -> list[Mapping]:
    """The mappings, one per clause (the first of each)."""
    seen: set = set()
    unique = []
    for mapping in found:
        if mapping.located.ref not in seen:
            seen.add(mapping.located.ref)
            unique.append(mapping)
    return unique


@dataclass(frozen=True)
class Baseline:
    """The clauses other clauses on a topic are compared against."""

    label: str
    mappings: tuple[Mapping, ...]


def topic_baseline(corpus: Corpus, entry: TopicCoverage, baseline_body: str | None = None) -> Baseline | None:
    """The harmonised policy's clauses on the topic; failing those, ``baseline_body``'s; else None."""
    if entry.harmonised:
        return Baseline("the harmonised policy", tuple(unique_clauses(entry.harmonised)))
    if baseline_body:
        position = entry.position_of(baseline_body)
        if position is None or not position.mappings:
            return None
        return Baseline(corpus.bodies[baseline_body].name, tuple(unique_clauses(position.mappings)))
    return None


def counterpart_on_topic(mapping: Mapping, baseline: Baseline | None) -> Counterpart | None:
    """The counterpart of a clause in a topic's baseline; None for the baseline's own clauses."""
    if baseline is None or any(mapping.located.ref == m.located.ref for m in baseline.mappings):
        return None
    return choose_counterpart(mapping, baseline.mappings)
