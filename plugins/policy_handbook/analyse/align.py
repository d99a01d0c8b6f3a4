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

Definitions:

- *words*: case-folded runs of letters and digits; apostrophes, hyphens and full stops
  inside a word are dropped, so ``e-mail`` and ``email`` are the same word. Words are
  counted as a multiset.
- *similarity*: :class:`difflib.SequenceMatcher` ratio over the texts' tokens (words and
  punctuation marks, case kept), so it is 1.0 only when the texts are the same. For a
  split or merge, the old and new texts are each concatenated in order.
- *unchanged text*: identical after runs of whitespace are collapsed.
- *editorial*: the texts have the same words (only punctuation, case or whitespace
  differ), or the same number of words where each changed word is a small spelling
  change of its counterpart: a Levenshtein distance of at most 1 when the shorter word
  has 5 or 6 letters, at most 2 when it is longer (short words are not respelt: ``team``
  and ``tram`` differ), no digits in either, and neither one of the :data:`RULE_WORDS`.
  Any other change of text is *substantive*.
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

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Callable, Iterable, Iterator, Literal, get_args

from ..model import Version

ChangeKind = Literal["added", "deleted", "amended", "moved", "renumbered", "unchanged", "split", "merged"]
MatchedBy = Literal["id", "text", "none"]

PART_CONTAINMENT = 0.8
"""Share of a split's or merge's part that must be words of the whole."""

RULE_WORDS = frozenset({
    "must", "mustnt", "may", "might", "shall", "shant", "should", "shouldnt", "will", "wont",
    "would", "wouldnt", "can", "cannot", "cant", "could", "couldnt", "need", "not", "no", "nor",
    "never", "none", "dont", "doesnt", "isnt", "arent", "all", "any", "only", "always",
})
"""Words whose change alters a rule however small the spelling change (``not`` → ``now``)."""

_TOKEN = re.compile(r"\w+|[^\w\s]")
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_JOINER = re.compile(r"['’.\-]")


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


@dataclass(frozen=True, eq=False)
class _Unit:
    id: str
    number: str | None
    section: str
    position: int
    text: str
    tokens: tuple[str, ...]
    words: tuple[str, ...]
    bag: Counter[str]


@dataclass(frozen=True)
class _Match:
    old: tuple[_Unit, ...]
    new: tuple[_Unit, ...]
    matched_by: MatchedBy
    similarity: float


def _units(version: Version) -> list[_Unit]:
    units: list[_Unit] = []
    for section in version.walk_sections():
        for top in section.clauses:
            for clause in top.walk():
                text = " ".join(clause.text.split())
                words = tuple(_JOINER.sub("", w) for w in _WORD.findall(text.casefold()))
                units.append(_Unit(clause.id, clause.number, section.id, len(units), text,
                                   tuple(_TOKEN.findall(text)), words, Counter(words)))
    return units


def _similarity(old: Iterable[_Unit], new: Iterable[_Unit]) -> float:
    a = [t for u in old for t in u.tokens]
    b = [t for u in new for t in u.tokens]
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _shared(a: Counter[str], b: Counter[str]) -> int:
    return sum((a & b).values())


def _share(part: int, whole: _Unit) -> float:
    return part / len(whole.words) if whole.words else 0.0


def _runs(positions: Iterable[int], keep: Callable[[int], bool]) -> Iterator[tuple[int, ...]]:
    """Maximal runs, two or more long, of consecutive integers in ``positions`` that pass ``keep``."""
    run: list[int] = []
    for p in positions:
        if keep(p) and (not run or p == run[-1] + 1):
            run.append(p)
            continue
        if len(run) >= 2:
            yield tuple(run)
        run = [p] if keep(p) else []
    if len(run) >= 2:
        yield tuple(run)


# A candidate sorts best first: (-similarity, 0 for a pair or 1 for a group, old, new).
_Candidate = tuple[float, int, tuple[int, ...], tuple[int, ...]]


def _match_by_text(olds: list[_Unit], news: list[_Unit], free_old: set[int], free_new: set[int],
                   threshold: float) -> list[_Match]:
    """Pairs, splits and merges among the free positions, which are removed as they match."""
    shared = {(i, j): _shared(olds[i].bag, news[j].bag) for i in free_old for j in free_new}
    score: dict[tuple[tuple[int, ...], tuple[int, ...]], float] = {}

    pairs: list[_Candidate] = []
    for (i, j), common in shared.items():
        if common:
            score[(i,), (j,)] = s = _similarity([olds[i]], [news[j]])
            if s >= threshold:
                pairs.append((-s, 0, (i,), (j,)))
    pairs.sort()

    def groups() -> Iterator[_Candidate]:
        for i in sorted(free_old):
            whole = olds[i]
            for run in _runs(sorted(free_new), lambda j: _share(shared[i, j], news[j]) >= PART_CONTAINMENT):
                yield from group((i,), run, whole, [news[j] for j in run])
        for j in sorted(free_new):
            whole = news[j]
            for run in _runs(sorted(free_old), lambda i: _share(shared[i, j], olds[i]) >= PART_CONTAINMENT):
                yield from group(run, (j,), whole, [olds[i] for i in run])

    def group(old: tuple[int, ...], new: tuple[int, ...], whole: _Unit, parts: list[_Unit]) -> Iterator[_Candidate]:
        if _share(_shared(whole.bag, sum((p.bag for p in parts), Counter())), whole) < threshold:
            return
        key = (old, new)
        if key not in score:
            score[key] = _similarity([olds[i] for i in old], [news[j] for j in new])
        yield (-score[key], 1, old, new)

    found: list[_Match] = []
    next_pair = 0
    while True:
        while next_pair < len(pairs) and not (pairs[next_pair][2][0] in free_old
                                              and pairs[next_pair][3][0] in free_new):
            next_pair += 1
        best = min(groups(), default=None)
        if next_pair < len(pairs) and (best is None or pairs[next_pair] < best):
            best = pairs[next_pair]
        if best is None:
            return found
        _, _, old, new = best
        free_old.difference_update(old)
        free_new.difference_update(new)
        found.append(_Match(tuple(olds[i] for i in old), tuple(news[j] for j in new), "text", score[old, new]))


def _levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def _respelt(a: str, b: str) -> bool:
    if a in RULE_WORDS or b in RULE_WORDS or any(c.isdigit() for c in a + b):
        return False
    return _levenshtein(a, b) <= min(2, (min(len(a), len(b)) - 3) // 2)


def _editorial(old: _Unit, new: _Unit) -> bool:
    if len(old.words) != len(new.words):
        return False
    return all(a == b or _respelt(a, b) for a, b in zip(old.words, new.words))


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
    if a.text == b.text:
        similarity, substantive = 1.0, False
    else:
        similarity, substantive = match.similarity, not _editorial(a, b)
    if a.section != b.section or b in out_of_order:
        return ClauseChange("moved", *ids, *numbers, substantive, similarity, match.matched_by, renumbered)
    if a.text != b.text:
        return ClauseChange("amended", *ids, *numbers, substantive, similarity, match.matched_by, renumbered)
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
    olds, news = _units(old), _units(new)
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

    return [_classify(m, out_of_order) for m in sorted(matches, key=place)]


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
