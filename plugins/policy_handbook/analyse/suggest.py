"""Suggest topics for unmapped clauses, by text similarity to the clauses already mapped.

Each topic gets a profile: its title, question and description, plus the words of every
clause already mapped to it. Clauses and profiles become TF-IDF vectors (English stop
words removed, word unigrams and bigrams, sublinear term frequency), and a clause's
suggestions are the topics whose profiles are most similar by cosine. Suggestions are
only printed: the officer accepts one by editing the YAML.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..corpus import Corpus, Located
from ..text import to_plain
from .crossmap import effective_links, unmapped_clauses


@dataclass(frozen=True)
class Suggestion:
    topic: str
    score: float


def clause_words(located: Located) -> str:
    parts = [to_plain(located.parent.text)] if located.parent is not None else []
    parts.append(to_plain(located.clause.text))
    parts += [to_plain(item.text) for item in located.clause.items]
    return " ".join(parts)


def topic_profiles(corpus: Corpus, exclude: set | None = None) -> dict[str, str]:
    """The text that stands for each topic: its own words and those of its mapped clauses."""
    exclude = exclude or set()
    profiles = {t.id: f"{t.title}. {t.question} {t.description}" for t in corpus.topics.values()}
    for located in corpus.clauses():
        if located.ref in exclude:
            continue
        links, _ = effective_links(located)
        for link in links:
            profiles[link.topic] += " " + clause_words(located)
    return profiles


def suggest_topics(corpus: Corpus, clauses: list[Located] | None = None, *, top: int = 3,
                   exclude_from_profiles: set | None = None) -> list[tuple[Located, list[Suggestion]]]:
    """The ``top`` most likely topics for each clause (default: every unmapped clause)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    targets = unmapped_clauses(corpus) if clauses is None else clauses
    if not targets or not corpus.topics:
        return []
    exclude = set(exclude_from_profiles or ()) | {c.ref for c in targets}
    profiles = topic_profiles(corpus, exclude)
    topic_ids = list(profiles)
    vectoriser = TfidfVectorizer(stop_words="english", ngram_range=(1, 2), sublinear_tf=True)
    matrix = vectoriser.fit_transform([profiles[t] for t in topic_ids] + [clause_words(c) for c in targets])
    scores = cosine_similarity(matrix[len(topic_ids):], matrix[: len(topic_ids)])
    result = []
    for row, located in zip(scores, targets):
        ranked = sorted(range(len(topic_ids)), key=lambda i: (-row[i], topic_ids[i]))[:top]
        result.append((located, [Suggestion(topic_ids[i], round(float(row[i]), 3)) for i in ranked]))
    return result
