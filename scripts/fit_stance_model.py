"""Measure a linear model beside the stance rules by body-grouped cross-validation on dev.

    scripts/dev python scripts/fit_stance_model.py             # rules alone vs rules + model, 5-fold CV
    scripts/dev python scripts/fit_stance_model.py --no-corpus # the same, trained on dev folds only
    scripts/dev python scripts/fit_stance_model.py --since ID  # trained on the dev clauses before ID, tested on those from ID

With --since, the split is by time rather than by body: the model is fitted on the dev clauses
that stand before ID in the set and tested on the dev clauses from ID on, read by the rules
as they are on the Python path. Run it with PYTHONPATH at the `plugins` of a checkout from
before those clauses were added, and the test is on text neither the rules nor the model
had seen.

Training data: the `dev` half of tests/data/stance_set.yml (never the held-out half) and the
bundled corpus's clauses whose topic links all carry one reviewed stance. Features and the
decision are those of scripts/stance_model.py; the fit is a multinomial
logistic regression by AdaGrad in a fixed order, so it is deterministic.

It splits the dev half by body into five folds (a body's clauses are never both trained on
and tested), fits on four folds plus the corpus, and compares the rules alone with the rules
and model together on the fifth: over all dev clauses, and over the fifth batch's dev clauses
(from llansanffraid-01), which no rule was written against.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_stance import load_set  # noqa: E402

from stance_model import LinearModel, decide, features  # noqa: E402

from policy_handbook.analyse.stance import propose_stance as read_by_rules  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LABELS = ["advises", "permits", "permits with conditions", "prohibits", "requires", "restricts"]
FIFTH_BATCH = "llansanffraid-01"
EPOCHS, RATE, L2, MIN_COUNT = 25, 0.5, 1e-3, 2
THRESHOLDS = (0.5, 0.7, 0.8, 0.9)


def _example(text: str, lead_in: str | None, label: str) -> dict:
    reading = read_by_rules(text, lead_in)
    return {"text": text, "lead_in": lead_in, "label": label, "rule": reading.stance,
            "names": features(text, lead_in, reading.stance, reading.strength, reading.cue)}


def corpus_examples() -> list[dict]:
    """Clauses of the bundled corpus whose own topic links carry one reviewed stance."""
    from policy_handbook.load.loader import load_corpus

    seen: dict[tuple[str, str | None], dict] = {}
    for located in load_corpus(ROOT / "source_policies").clauses():
        stances = {link.stance for link in located.clause.topic_links if link.stance}
        if len(stances) != 1:
            continue
        lead_in = " ".join(a.text for a in located.ancestors) or None
        key = (located.clause.text, lead_in)
        if key not in seen:
            seen[key] = _example(located.clause.text, lead_in, stances.pop())
    return list(seen.values())


def fit(examples: list[dict]) -> LinearModel:
    """Multinomial logistic regression over the examples' feature names."""
    counts = Counter(n for e in examples for n in e["names"])
    kept = {n for n, c in counts.items() if c >= MIN_COUNT}
    weights = {label: {} for label in LABELS}
    squares = {label: {} for label in LABELS}
    order = sorted(examples, key=lambda e: hashlib.sha256((e["text"] + (e["lead_in"] or "")).encode()).digest())
    for _ in range(EPOCHS):
        for e in order:
            names = [n for n in e["names"] if n in kept]
            scores = {label: sum(weights[label].get(n, 0.0) for n in names) for label in LABELS}
            top = max(scores.values())
            exps = {label: math.exp(s - top) for label, s in scores.items()}
            total = sum(exps.values())
            for label in LABELS:
                gradient_scale = exps[label] / total - (label == e["label"])
                row, sq = weights[label], squares[label]
                for n in names:
                    w = row.get(n, 0.0)
                    g = gradient_scale + L2 * w
                    sq[n] = sq.get(n, 0.0) + g * g
                    row[n] = w - RATE * g / (math.sqrt(sq[n]) + 1e-8)
    return LinearModel(weights, threshold=0.5)


def _combined(model: LinearModel, clause: dict, reading, *, only_without_cue: bool) -> str:
    if only_without_cue and reading.cue:
        return reading.stance
    return decide(model, clause["text"], clause.get("lead_in"), reading.stance, reading.strength,
                  reading.cue) or reading.stance


SETTINGS = [(t, only) for only in (False, True) for t in THRESHOLDS]
"""(confidence threshold, arbitrate only where the rules found no cue)."""


def _choices(model: LinearModel, clause: dict, reading) -> dict[tuple[float, bool], str]:
    """The stance rules and model together give the clause in each setting."""
    chosen = {}
    for t, only in SETTINGS:
        model.threshold = t
        chosen[t, only] = _combined(model, clause, reading, only_without_cue=only)
    return chosen


def _report(rows: list[tuple[dict, str, dict[tuple[float, bool], str]]]) -> None:
    """Rules alone, then rules and model in each setting, over (clause, rules' stance, choices) rows."""
    n = len(rows)
    rules = sum(c["stance"] == r for c, r, _ in rows)
    print(f"rules alone                     {rules / n:6.1%} ({rules}/{n})")
    for setting in SETTINGS:
        right = sum(c["stance"] == ch[setting] for c, _, ch in rows)
        fixed = sum(ch[setting] != r and ch[setting] == c["stance"] for c, r, ch in rows)
        broke = sum(ch[setting] != r and r == c["stance"] for c, r, ch in rows)
        where = "where no cue" if setting[1] else "anywhere    "
        print(f"rules + model @{setting[0]:.1f} {where}  {right / n:6.1%} ({right}/{n}; fixed {fixed}, broke {broke})")


def cross_validate(folds: int = 5, *, with_corpus: bool = True) -> None:
    clauses = load_set()
    ids = [c["id"] for c in clauses]
    fifth = set(ids[ids.index(FIFTH_BATCH):])
    dev = [c for c in clauses if c["split"] == "dev"]
    bodies = sorted({c["source"]["body"] for c in dev}, key=lambda b: hashlib.sha256(b.encode()).digest())
    fold_of = {b: i % folds for i, b in enumerate(bodies)}
    corpus = corpus_examples() if with_corpus else []
    print(f"dev clauses {len(dev)} from {len(bodies)} bodies; corpus examples {len(corpus)}")
    rows: list[tuple[dict, str, dict[tuple[float, bool], str]]] = []
    for k in range(folds):
        train = [_example(c["text"], c.get("lead_in"), c["stance"]) for c in dev
                 if fold_of[c["source"]["body"]] != k]
        model = fit(train + corpus)
        for c in dev:
            if fold_of[c["source"]["body"]] == k:
                reading = read_by_rules(c["text"], c.get("lead_in"))
                rows.append((c, reading.stance, _choices(model, c, reading)))
    for name, subset in (("dev, all", rows), ("dev, fifth batch", [r for r in rows if r[0]["id"] in fifth])):
        print(f"== {name} ({len(subset)}) ==")
        _report(subset)


def time_split(since: str) -> None:
    clauses = load_set()
    cut = [c["id"] for c in clauses].index(since)
    train = [_example(c["text"], c.get("lead_in"), c["stance"]) for c in clauses[:cut] if c["split"] == "dev"]
    model = fit(train)
    rows = []
    for c in clauses[cut:]:
        if c["split"] == "dev":
            reading = read_by_rules(c["text"], c.get("lead_in"))
            rows.append((c, reading.stance, _choices(model, c, reading)))
    print(f"trained on {len(train)} dev clauses before {since}, tested on {len(rows)} from it")
    _report(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-corpus", action="store_true", help="train on the dev folds only")
    parser.add_argument("--since", metavar="ID", help="split by time: train before ID, test from ID (dev only)")
    args = parser.parse_args(argv)
    if args.since:
        time_split(args.since)
    else:
        cross_validate(with_corpus=not args.no_corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
