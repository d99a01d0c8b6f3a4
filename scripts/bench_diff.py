"""Time the word diff against diff-match-patch's character diff on the bundled corpus.

Pairs are clauses of two different documents whose lengths are within a factor of two
of each other; when there are more than ``--limit`` of them, a fixed random sample is
taken. Both engines run without a timeout and with semantic cleanup, so they do the same
work apart from the tokenising.

    python scripts/bench_diff.py --limit 2000
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from itertools import combinations
from pathlib import Path
from typing import Callable

from diff_match_patch import diff_match_patch

from policy_handbook.analyse.diff import word_diff
from policy_handbook.load.loader import load_corpus
from policy_handbook.render.markup import to_plain

ROOT = Path(__file__).resolve().parents[1]


def clause_pairs(limit: int) -> tuple[list[tuple[str, str]], int]:
    """Up to ``limit`` pairs, and how many pairs qualified."""
    corpus = load_corpus(ROOT / "source_policies")
    clauses = [(item.document.id, to_plain(item.clause.text)) for item in corpus.clauses()]
    pairs = [(a, b) for (doc_a, a), (doc_b, b) in combinations(clauses, 2)
             if doc_a != doc_b and 0.5 <= len(a) / len(b) <= 2]
    chosen = pairs if len(pairs) <= limit else random.Random(0).sample(pairs, limit)
    return chosen, len(pairs)


def char_diff(old: str, new: str) -> list[tuple[int, str]]:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs = dmp.diff_main(old, new, checklines=False)
    dmp.diff_cleanupSemantic(diffs)
    return diffs


def timings(diff: Callable[[str, str], object], pairs: list[tuple[str, str]]) -> list[float]:
    """Milliseconds per pair."""
    result = []
    for old, new in pairs:
        start = time.perf_counter()
        diff(old, new)
        result.append((time.perf_counter() - start) * 1000)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=2000, help="most pairs to time (default 2000)")
    args = parser.parse_args()
    pairs, qualified = clause_pairs(args.limit)
    print(f"{len(pairs)} pairs timed ({qualified} qualified); "
          f"median clause length {statistics.median(len(a) for pair in pairs for a in pair):.0f} characters")
    for name, diff in (("word_diff", word_diff), ("character diff_main", char_diff)):
        ms = timings(diff, pairs)
        print(f"{name:>20}: median {statistics.median(ms):.3f} ms/pair, "
              f"max {max(ms):.1f} ms, total {sum(ms) / 1000:.2f} s")


if __name__ == "__main__":
    main()
