"""How often the labelled set agrees with a second, blind labelling of some of its clauses.

    scripts/dev python scripts/label_agreement.py              # the set as it is now
    scripts/dev python scripts/label_agreement.py --rev 5711dac # the set as it was at a commit

Prints, for each second labelling, stance agreement, Cohen's kappa, stance-and-strength
agreement and the pairs of stances that differ (the set's first); at a revision that lacks some
of a labelling's clauses, only those it has count. ``tests/data/stance_second_labels.yml`` says
how each second labelling was made.
"""

from __future__ import annotations

import argparse
import subprocess
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SET = "tests/data/stance_set.yml"
SECOND = ROOT / "tests/data/stance_second_labels.yml"


def _set_labels(rev: str | None) -> dict[str, dict]:
    text = (subprocess.run(["git", "show", f"{rev}:{SET}"], cwd=ROOT, check=True, capture_output=True,
                           text=True).stdout if rev else (ROOT / SET).read_text(encoding="utf-8"))
    return {c["id"]: c for c in yaml.safe_load(text)["clauses"]}


def kappa(first: list[str], second: list[str]) -> float:
    """Cohen's kappa of two labellings of the same items."""
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second)) / n
    a_counts, b_counts = Counter(first), Counter(second)
    expected = sum(a_counts[k] * b_counts[k] for k in a_counts) / (n * n)
    return (observed - expected) / (1 - expected)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", help="read the set as it was at this git revision")
    args = parser.parse_args()
    labels = _set_labels(args.rev)
    for labelling in yaml.safe_load(SECOND.read_text(encoding="utf-8"))["labellings"]:
        second = [c for c in labelling["labels"] if c["id"] in labels]
        if second:
            print(f"{labelling['name']}:")
            report(labels, second)


def report(labels: dict[str, dict], second: list[dict]) -> None:
    """Print how often ``second`` agrees with the set's ``labels``."""
    first_stances = [labels[c["id"]]["stance"] for c in second]
    second_stances = [c["stance"] for c in second]
    n = len(second)
    same = sum(a == b for a, b in zip(first_stances, second_stances))
    both = sum(labels[c["id"]]["stance"] == c["stance"] and labels[c["id"]]["strength"] == c["strength"]
               for c in second)
    print(f"  {n} clauses: stance agreed on {same} ({same / n:.1%}), Cohen's kappa {kappa(first_stances, second_stances):.3f}; "
          f"stance and strength on {both} ({both / n:.1%})")
    for (a, b), k in Counter((a, b) for a, b in zip(first_stances, second_stances) if a != b).most_common():
        print(f"    set {a} / second {b}: {k}")

if __name__ == "__main__":
    main()
