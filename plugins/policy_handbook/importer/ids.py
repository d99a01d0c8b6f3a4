"""Stable ids for imported sections and clauses.

A new id is a slug of the first significant words (``Personal use of social networking
sites should not…`` → ``personal-use-social-networking``), made unique within the version.
When the document already has a version, each clause takes the id of the previous version's
clause it matches best by wording (and each section the id of its best match by title),
so the redline between the versions pairs them straight away, renumbered or reworded.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..model import Clause, Section, Version
from .draft import Draft, DraftClause, DraftSection

MATCH_THRESHOLD = 0.6
"""Least word-sequence similarity (0–1) for a clause to keep a previous clause's id."""

_STOPWORDS = frozenset("""
a an the of to in on at by for from with without into onto about as and or nor but if then than
that this these those it its their they them there which who whom whose what when where while
is are was were be been being will would shall should must may might can could do does did has
have had not no any all each every some such other our we us you your also so very e g ie eg etc
""".split())


def slug(text: str, *, words: int = 4, fallback: str = "clause") -> str:
    """An id from the first ``words`` significant words of ``text`` (Markdown and accents dropped)."""
    text = re.sub(r"\]\([^)]*\)", " ", text)  # a link's address is not part of its words
    text = re.sub(r"[’'][a-z]{1,2}\b", "", text.replace("’", "'"))  # "council's", "it’s", "we'll"
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    tokens = re.findall(r"[a-z0-9]+", ascii_text)
    significant = [t for t in tokens if t not in _STOPWORDS and len(t) > 1]
    if len(significant) < 2:  # "Employees must not:" reads better as employees-must-not than employees
        significant = tokens
    result = cut_at_word("-".join(significant[:words]), 60)
    return result or fallback


def cut_at_word(identifier: str, limit: int) -> str:
    """``identifier`` shortened to at most ``limit`` characters at a hyphen, never inside a word
    (``…-social-networking``, not ``…-social-networkin``); a single over-long word is cut."""
    identifier = identifier.strip("-")
    if len(identifier) <= limit:
        return identifier
    cut = identifier[: limit + 1].rfind("-")
    return identifier[:cut].strip("-") if cut > 0 else identifier[:limit]


def unique(candidate: str, taken: set[str], tried: dict[str, int] | None = None) -> str:
    """``candidate``, or ``candidate-2``, ``-3``… whichever is not in ``taken``; adds it there.

    ``tried`` remembers the last suffix used for each candidate, so that a thousand clauses
    with the same wording do not each count up from 2.
    """
    n = tried.get(candidate, 1) if tried is not None else 1
    result = candidate if n == 1 else f"{candidate}-{n}"
    while result in taken:
        n += 1
        result = f"{candidate}-{n}"
    taken.add(result)
    if tried is not None:
        tried[candidate] = n
    return result


@dataclass(frozen=True)
class Reuse:
    """A clause of the new version that took the id of a clause of the previous one."""

    line: int
    id: str
    similarity: float
    old_number: str | None
    new_number: str | None


@dataclass
class Alignment:
    """How the new version's ids relate to the previous version's."""

    previous: str | None = None
    reused: list[Reuse] = field(default_factory=list)
    new: list[tuple[int, str]] = field(default_factory=list)
    """(line, id) of clauses that match no previous clause."""
    dropped: list[tuple[str, str | None]] = field(default_factory=list)
    """(id, number) of previous clauses that no new clause matches."""


def assign_ids(draft: Draft, previous: Version | None = None) -> Alignment:
    """Give every section and clause of ``draft`` an id; align them with ``previous`` if given."""
    alignment = Alignment(previous.id if previous else None)
    old_clauses = _old_clauses(previous) if previous else []
    matches = _match_clauses(list(draft.walk_clauses()), old_clauses)
    taken = {c.id for c, _ in old_clauses}
    tried: dict[str, int] = {}
    for clause in draft.walk_clauses():
        match = matches.get(id(clause))
        if match is not None:
            old, similarity = match
            clause.id = old.id
            alignment.reused.append(Reuse(clause.line, old.id, similarity, old.number, clause.number))
        else:
            clause.id = unique(slug(clause.text), taken, tried)
            if previous is not None:
                alignment.new.append((clause.line, clause.id))
    used = {id(old) for old, _ in matches.values()}
    alignment.dropped = [(c.id, c.number) for c, _ in old_clauses if id(c) not in used]
    _assign_section_ids(draft, previous, matches, old_clauses)
    return alignment


def _old_clauses(version: Version) -> list[tuple[Clause, Section]]:
    found: list[tuple[Clause, Section]] = []
    for section in version.walk_sections():
        for clause in section.clauses:
            found += [(c, section) for c in clause.walk()]
    return found


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _match_clauses(new: list[DraftClause], old: list[tuple[Clause, Section]]
                   ) -> dict[int, tuple[Clause, float]]:
    """The best one-to-one pairing of new and old clauses by wording, greedily, best first."""
    old_words = [_words(c.text) for c, _ in old]
    candidates: list[tuple[float, float, int, int]] = []
    for i, clause in enumerate(new):
        words = _words(clause.text)
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(words)
        for j, other in enumerate(old_words):
            matcher.set_seq1(other)
            if matcher.real_quick_ratio() < MATCH_THRESHOLD or matcher.quick_ratio() < MATCH_THRESHOLD:
                continue
            similarity = matcher.ratio()
            if similarity >= MATCH_THRESHOLD:
                # Between equally similar candidates prefer the same number, then the same place.
                same_number = 0.01 if clause.number and clause.number == old[j][0].number else 0.0
                place = abs(i / max(len(new), 1) - j / max(len(old), 1)) * 0.001
                candidates.append((similarity + same_number - place, similarity, i, j))
    matches: dict[int, tuple[Clause, float]] = {}
    taken_old: set[int] = set()
    for _, similarity, i, j in sorted(candidates, key=lambda c: -c[0]):
        if id(new[i]) not in matches and j not in taken_old:
            matches[id(new[i])] = (old[j][0], similarity)
            taken_old.add(j)
    return matches


def _assign_section_ids(draft: Draft, previous: Version | None, matches: dict[int, tuple[Clause, float]],
                        old_clauses: list[tuple[Clause, Section]]) -> None:
    old_sections = list(previous.walk_sections()) if previous else []
    section_of = {id(c): s.id for c, s in old_clauses}
    taken = {s.id for s in old_sections}
    free = {s.id: s for s in old_sections}
    new_sections = list(draft.walk_sections())
    for section in new_sections:  # first by title
        best = max(((_title_similarity(section, old), old.id) for old in free.values()), default=(0.0, ""))
        if best[0] >= MATCH_THRESHOLD:
            section.id = best[1]
            del free[best[1]]
    for section in new_sections:  # then by where most of its clauses came from
        if section.id is not None:
            continue
        votes = Counter(section_of[id(matches[id(c)][0])] for c in _own_clauses(section) if id(c) in matches)
        winner = next((sid for sid, n in votes.most_common() if sid in free and n * 2 >= sum(votes.values())), None)
        if winner is not None:
            section.id = winner
            del free[winner]
    for index, section in enumerate(new_sections):
        if section.id is None:
            section.id = unique(_section_slug(section, index, draft), taken)


def _own_clauses(section: DraftSection) -> list[DraftClause]:
    return [c for clause in section.clauses for c in clause.walk()]


def _title_similarity(section: DraftSection, old: Section) -> float:
    if not section.title or not old.title:
        return 0.0
    ratio = SequenceMatcher(None, _words(section.title), _words(old.title), autojunk=False).ratio()
    return ratio + (0.01 if section.number and section.number == old.number else 0.0)


def _section_slug(section: DraftSection, index: int, draft: Draft) -> str:
    if section.title:
        return slug(section.title, words=5, fallback="section")
    if section.appendix:
        return slug(section.appendix, fallback="appendix")
    if index == 0 and draft.sections and draft.sections[0] is section:
        return "introduction"
    parent = next((s for s in draft.walk_sections() if section in s.sections), None)
    if parent is not None and parent.id:
        return f"{parent.id}-continued"
    return f"section-{section.number}" if section.number else "section"
