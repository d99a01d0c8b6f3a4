"""Align the clauses of two versions of a document and classify every change.

Every clause that :meth:`Version.walk_clauses` yields, list items included, is a unit of
its own. Clauses are matched in two steps:

1. **By id.** A clause whose ``id`` is in both versions is the same clause, whatever its
   text: ids are kept when a clause is renumbered or reworded.
2. **By text**, among the clauses left over, greedily, best candidate first:

   - a *pair*: one old and one new clause whose similarity is at least ``threshold``;
   - a *split*: one old clause and a run of two or more new clauses that are adjacent in
     the new version, where each part is mostly the old clause's words (containment,
     ``|shared words| / |part words|``, at least 0.8) and the parts together cover at
     least ``threshold`` of the old clause's words (``|shared words| / |old words|``);
   - a *merge*: the same with old and new swapped.

   Candidates are ranked by similarity; on a tie a pair beats a split or merge, then the
   earlier old and new positions win. Splits and merges compete with pairs, so a clause
   split unevenly is a split rather than its longer part amended and the shorter added.
   Old clauses still unmatched are deleted, new ones added.

Candidates come from an inverted index, so that alignment grows with the number of
clauses, not its square: for each clause, its :data:`RARE_WORDS` rarest words (fewest
clauses of either version hold them) are looked up among the other version's free
clauses, and at most :data:`CANDIDATES` clauses sharing the most of them are scored.
A split or merge is a run of adjacent clauses grown, both ways, from a candidate that is
mostly the other clause's words. Clauses that share none of each other's rarest words are never matched.

Definitions:

- *words*: the clause's plain words as the change classifier reads them
  (:func:`~policy_handbook.analyse.classify.normal_words`): case-folded, contractions
  written out, British spellings made American. Words are counted as a multiset.
- *similarity*: the Indel similarity (``2 × longest common subsequence / total length``,
  :mod:`rapidfuzz`) of the two word lists; texts that differ only editorially (other
  than a misspelling) are 1.0 apart from each other. For a split or merge, the old and
  new texts are each concatenated in order.
- *unchanged text*: identical after runs of whitespace are collapsed.
- *editorial* and *substantive*: as :func:`~policy_handbook.analyse.classify.classify_change`
  decides for the two clauses' plain texts; its reasons are kept on the change.
- *renumbered*: the printed ``number`` differs.
- *moved*: the clause's section id differs, or its order relative to the other matched
  clauses changed: one-to-one matches that stayed in their section are taken in new
  order, and those off one longest increasing subsequence of their old positions are
  moved (of several equally long, the one the patience algorithm finds).

A matched pair is then: ``moved`` if moved (with ``also_renumbered`` when its number
changed too); else ``amended`` if its text changed (``also_renumbered`` likewise); else
``renumbered`` if its number changed; else ``unchanged``. Moves and renumberings alone
are editorial; added, deleted, split and merged clauses are substantive.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Literal, get_args

from rapidfuzz.distance import Indel

from ..memo import by_identity
from ..model import Version
from ..text import to_plain
from .classify import Reason, classify_change, normal_words

ChangeKind = Literal["added", "deleted", "amended", "moved", "renumbered", "unchanged", "split", "merged"]
MatchedBy = Literal["id", "text", "none"]

PART_CONTAINMENT = 0.8
"""Share of a split's or merge's part that must be words of the whole."""

RARE_WORDS = 8
"""How many of a clause's rarest words are looked up to find its candidates."""

CANDIDATES = 12
"""How many candidates per clause are scored at most."""

NEIGHBOURS = 2
"""How far, beyond the number of candidates, a split or merge is grown from one candidate."""


@dataclass(frozen=True)
class ClauseChange:
    """How one clause, or a group of clauses for a split or merge, changed between versions."""

    kind: ChangeKind
    old: tuple[str, ...]
    """Clause ids in the old version (empty for an added clause)."""
    new: tuple[str, ...]
    """Clause ids in the new version (empty for a deleted clause)."""
    old_number: str | None
    """Printed number(s), comma-separated for a group, for summaries such as ``3.15 → 3.16``."""
    new_number: str | None
    substantive: bool
    """False for unchanged clauses and editorial-only changes (see the module docstring)."""
    similarity: float
    """0..1 similarity of the matched texts; 1.0 when unchanged, 0.0 when added or deleted."""
    matched_by: MatchedBy
    also_renumbered: bool = False
    """An amended or moved clause whose number changed too."""
    reasons: tuple[Reason, ...] = ()
    """Why an amended or moved clause's change of text is editorial or substantive."""


@dataclass(frozen=True, eq=False)
class _Unit:
    id: str
    number: str | None
    section: str
    position: int
    text: str
    plain: str
    words: tuple[str, ...]
    codes: tuple[int, ...]
    """The words as numbers (one per distinct word of both versions), for fast comparison."""
    bag: Counter[str]


@dataclass(frozen=True)
class _Match:
    old: tuple[_Unit, ...]
    new: tuple[_Unit, ...]
    matched_by: MatchedBy
    similarity: float


def _units(version: Version, vocabulary: dict[str, int]) -> list[_Unit]:
    units: list[_Unit] = []
    for section in version.walk_sections():
        for top in section.clauses:
            for clause in top.walk():
                text, plain, words = _read(clause.text)
                codes = tuple(vocabulary.setdefault(w, len(vocabulary)) for w in words)
                units.append(_Unit(clause.id, clause.number, section.id, len(units), text, plain, words, codes,
                                   Counter(words)))
    return units


@lru_cache(maxsize=65536)
def _read(text: str) -> tuple[str, str, tuple[str, ...]]:
    """A clause's text and plain text with whitespace collapsed, and its normal words (remembered:
    most clauses of a version are those of the version before, word for word)."""
    plain = " ".join(to_plain(text).split())
    return " ".join(text.split()), plain, tuple(normal_words(plain))


def _similarity(old: Iterable[_Unit], new: Iterable[_Unit]) -> float:
    a = [w for u in old for w in u.codes]
    b = [w for u in new for w in u.codes]
    if not a and not b:
        return 1.0
    return Indel.normalized_similarity(a, b)


def _shared(a: Counter[str], b: Counter[str]) -> int:
    if len(a) > len(b):
        a, b = b, a
    return sum(min(n, b[w]) for w, n in a.items() if w in b)


def _share(part: int, whole: _Unit) -> float:
    return part / len(whole.words) if whole.words else 0.0


# A candidate sorts best first: (-similarity, 0 for a pair or 1 for a group, old, new).
_Candidate = tuple[float, int, tuple[int, ...], tuple[int, ...]]


def _candidates(units: list[_Unit], free: set[int], others: list[_Unit], free_others: set[int],
                frequency: Counter[str]) -> dict[int, list[int]]:
    """For each free unit, the free units of the other version sharing most of its rarest words."""
    index: dict[str, list[int]] = defaultdict(list)
    for j in sorted(free_others):
        for word in others[j].bag:
            index[word].append(j)
    found: dict[int, list[int]] = {}
    for i in sorted(free):
        rare = sorted(units[i].bag, key=lambda w: (frequency[w], w))[:RARE_WORDS]
        hits: Counter[int] = Counter()
        for word in rare:
            hits.update(index.get(word, ()))
        found[i] = sorted(j for j, _ in sorted(hits.items(), key=lambda h: (-h[1], h[0]))[:CANDIDATES])
    return found


def _match_by_text(olds: list[_Unit], news: list[_Unit], free_old: set[int], free_new: set[int],
                   threshold: float) -> list[_Match]:
    """Pairs, splits and merges among the free positions, which are removed as they match."""
    found: list[_Match] = []
    # A text found once on each side, word for word, is the best candidate of both: take it now.
    olds_by_words: dict[tuple[int, ...], list[int]] = defaultdict(list)
    news_by_words: dict[tuple[int, ...], list[int]] = defaultdict(list)
    for i in free_old:
        olds_by_words[olds[i].codes].append(i)
    for j in free_new:
        news_by_words[news[j].codes].append(j)
    for codes, (i, *more) in olds_by_words.items():
        js = news_by_words.get(codes, [])
        if codes and not more and len(js) == 1:
            free_old.discard(i)
            free_new.discard(js[0])
            found.append(_Match((olds[i],), (news[js[0]],), "text", 1.0))
    frequency: Counter[str] = Counter()
    for k in free_old:
        frequency.update(olds[k].bag.keys())
    for k in free_new:
        frequency.update(news[k].bag.keys())
    forward = _candidates(olds, free_old, news, free_new, frequency)
    backward = _candidates(news, free_new, olds, free_old, frequency)
    score: dict[tuple[tuple[int, ...], tuple[int, ...]], float] = {}
    ranked: list[_Candidate] = []

    shared_cache: dict[tuple[int, int], int] = {}

    def shared(i: int, j: int) -> int:
        if (i, j) not in shared_cache:
            shared_cache[i, j] = _shared(olds[i].bag, news[j].bag)
        return shared_cache[i, j]

    pairs = {(i, j) for i, js in forward.items() for j in js} | {(i, j) for j, is_ in backward.items() for i in is_}
    for i, j in sorted(pairs):
        score[(i,), (j,)] = s = _similarity([olds[i]], [news[j]])
        if s >= threshold:
            ranked.append((-s, 0, (i,), (j,)))

    def runs(seeds: list[int], free: set[int], part: Callable[[int], bool]) -> set[tuple[int, ...]]:
        """Maximal runs of adjacent free positions that pass ``part``, grown from the seeds that pass it."""
        found_runs = set()
        for seed in seeds:
            if not part(seed):
                continue
            low, high = seed, seed
            while low - 1 in free and seed - (low - 1) <= NEIGHBOURS + len(seeds) and part(low - 1):
                low -= 1
            while high + 1 in free and (high + 1) - seed <= NEIGHBOURS + len(seeds) and part(high + 1):
                high += 1
            if high > low:
                found_runs.add(tuple(range(low, high + 1)))
        return found_runs

    def group(old: tuple[int, ...], new: tuple[int, ...], whole: _Unit, parts: list[_Unit]) -> None:
        if _share(_shared(whole.bag, sum((p.bag for p in parts), Counter())), whole) < threshold:
            return
        score[old, new] = s = _similarity([olds[i] for i in old], [news[j] for j in new])
        ranked.append((-s, 1, old, new))

    for i, js in forward.items():
        for run in sorted(runs(js, free_new, lambda j: _share(shared(i, j), news[j]) >= PART_CONTAINMENT)):
            group((i,), run, olds[i], [news[j] for j in run])
    for j, is_ in backward.items():
        for run in sorted(runs(is_, free_old, lambda i: _share(shared(i, j), olds[i]) >= PART_CONTAINMENT)):
            group(run, (j,), news[j], [olds[i] for i in run])

    for _, _, old, new in sorted(ranked):
        if all(i in free_old for i in old) and all(j in free_new for j in new):
            free_old.difference_update(old)
            free_new.difference_update(new)
            found.append(_Match(tuple(olds[i] for i in old), tuple(news[j] for j in new), "text", score[old, new]))
    return found


def _out_of_order(pairs: list[tuple[_Unit, _Unit]]) -> set[_Unit]:
    """New clauses of ``pairs`` off one longest increasing subsequence of old positions, in new order."""
    ordered = sorted(pairs, key=lambda p: p[1].position)
    tails: list[int] = []  # old position ending the best subsequence of each length
    ends: list[int] = []  # index into ``ordered`` of that ending
    before: list[int | None] = []
    for k, (old, _) in enumerate(ordered):
        length = bisect_left(tails, old.position)
        before.append(ends[length - 1] if length else None)
        if length == len(tails):
            tails.append(old.position)
            ends.append(k)
        else:
            tails[length] = old.position
            ends[length] = k
    kept: set[int] = set()
    k = ends[-1] if ends else None
    while k is not None:
        kept.add(k)
        k = before[k]
    return {new for k, (_, new) in enumerate(ordered) if k not in kept}


def _numbers(units: tuple[_Unit, ...]) -> str | None:
    return ", ".join(u.number for u in units if u.number) or None


def _classify(match: _Match, out_of_order: set[_Unit]) -> ClauseChange:
    old, new = match.old, match.new
    ids = (tuple(u.id for u in old), tuple(u.id for u in new))
    numbers = (_numbers(old), _numbers(new))
    if not new:
        return ClauseChange("deleted", *ids, *numbers, True, 0.0, "none")
    if not old:
        return ClauseChange("added", *ids, *numbers, True, 0.0, "none")
    if len(old) > 1 or len(new) > 1:
        return ClauseChange("merged" if len(old) > 1 else "split", *ids, *numbers, True, match.similarity, "text")
    (a,), (b,) = old, new
    renumbered = a.number != b.number
    reasons: tuple[Reason, ...] = ()
    if a.text == b.text:
        similarity, substantive = 1.0, False
    else:
        verdict = classify_change(a.plain, b.plain)
        similarity, substantive, reasons = match.similarity, verdict.substantive, verdict.reasons
    if a.section != b.section or b in out_of_order:
        return ClauseChange("moved", *ids, *numbers, substantive, similarity, match.matched_by, renumbered, reasons)
    if a.text != b.text:
        return ClauseChange("amended", *ids, *numbers, substantive, similarity, match.matched_by, renumbered, reasons)
    kind: ChangeKind = "renumbered" if renumbered else "unchanged"
    return ClauseChange(kind, *ids, *numbers, False, 1.0, match.matched_by)


def align_versions(old: Version, new: Version, *, threshold: float = 0.6) -> list[ClauseChange]:
    """Align the clauses of ``old`` and ``new`` and classify every change.

    Every clause of both versions appears in exactly one change. Order: by position in the
    new version, deletions placed after the clause that preceded them in the old version.
    ``threshold`` is the least similarity for a match by text, and the least share of a
    clause's words that the parts of its split or merge must cover. The module docstring
    defines the terms.
    """
    return list(_aligned(old, new, threshold=threshold))


@by_identity(maxsize=4096)
def _aligned(old: Version, new: Version, *, threshold: float) -> tuple[ClauseChange, ...]:
    # Version pages, redlines, the committee pack and fingerprints align the same pairs; under
    # `mkdocs serve` the unchanged documents' versions are the same objects from one rebuild to the next.
    vocabulary: dict[str, int] = {}
    olds, news = _units(old, vocabulary), _units(new, vocabulary)
    new_by_id = {u.id: u for u in news}
    matches = [_Match((a,), (new_by_id[a.id],), "id", _similarity([a], [new_by_id[a.id]]))
               for a in olds if a.id in new_by_id]
    free_old = {a.position for a in olds if a.id not in new_by_id}
    free_new = {b.position for b in news} - {m.new[0].position for m in matches}
    matches += _match_by_text(olds, news, free_old, free_new, threshold)
    matches += [_Match((olds[i],), (), "none", 0.0) for i in free_old]
    matches += [_Match((), (news[j],), "none", 0.0) for j in free_new]

    # A clause that changed section is moved already; as an anchor it would make others look out of order.
    out_of_order = _out_of_order([(m.old[0], m.new[0]) for m in matches
                                  if len(m.old) == len(m.new) == 1 and m.old[0].section == m.new[0].section])
    # Where each old clause ended up, for placing the deletions after their predecessor.
    anchor = {u.position: min(b.position for b in m.new) for m in matches if m.new for u in m.old}

    def place(m: _Match) -> tuple[int, int, int]:
        if m.new:
            return min(b.position for b in m.new), 0, 0
        gone = m.old[0].position
        return next((anchor[p] for p in range(gone - 1, -1, -1) if p in anchor), -1), 1, gone

    return tuple(_classify(m, out_of_order) for m in sorted(matches, key=place))


def summarise(changes: Iterable[ClauseChange]) -> dict[str, int]:
    """Count changes per kind (every kind, zeros included), then ``substantive`` and ``editorial``.

    ``editorial`` counts changes other than ``unchanged`` that are not substantive.
    """
    counts = dict.fromkeys([*get_args(ChangeKind), "substantive", "editorial"], 0)
    for change in changes:
        counts[change.kind] += 1
        if change.substantive:
            counts["substantive"] += 1
        elif change.kind != "unchanged":
            counts["editorial"] += 1
    return counts


_PHRASE_ORDER = ["amended", "added", "deleted", "moved", "renumbered", "split", "merged"]


def describe_counts(counts: dict[str, int], substantive_by_kind: dict[str, int] | None = None) -> str:
    """The counts of :func:`summarise` in words, as every page that counts changes states them.

    ``8 clauses amended (6 substantive, 2 editorial), 2 added, 1 deleted``: each kind with
    its number, in a fixed order; amended and moved clauses say how many were substantive
    when they were not all one or the other. With no substantive change the words start
    ``Editorial changes only:``; with no change at all they are ``No changes to the text``.
    """
    substantive_by_kind = substantive_by_kind or {}
    parts = []
    for kind in _PHRASE_ORDER:
        n = counts.get(kind, 0)
        if not n:
            continue
        noun = "" if parts else (" clause" if n == 1 else " clauses")
        phrase = f"{n}{noun} {kind}"
        if kind in ("amended", "moved"):
            weighty = substantive_by_kind.get(kind, 0)
            if counts.get("substantive", 0) and weighty < n:
                phrase += f" ({weighty} substantive, {n - weighty} editorial)" if weighty else " (editorial)"
        parts.append(phrase)
    if not parts:
        return "No changes to the text"
    text = ", ".join(parts)
    return text if counts.get("substantive", 0) else f"Editorial changes only: {text}"


def summary_of(changes: Iterable[ClauseChange]) -> str:
    """The words for a list of changes: :func:`describe_counts` of :func:`summarise`."""
    changes = list(changes)
    by_kind = dict.fromkeys(_PHRASE_ORDER, 0)
    for change in changes:
        if change.substantive:
            by_kind[change.kind] += 1
    return describe_counts(summarise(changes), by_kind)
