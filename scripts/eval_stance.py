"""Measure the stance reader against the labelled clauses in tests/data/stance_set.yml.

    scripts/dev python scripts/eval_stance.py            # held-out half, then dev half
    scripts/dev python scripts/eval_stance.py --split dev --errors
    scripts/dev python scripts/eval_stance.py --heldout-summary-only --since keelby-01
    scripts/dev python scripts/eval_stance.py --heldout-summary-only --since cnes-01 --since las-01  # one run, two blocks
    scripts/dev python scripts/eval_stance.py --split dev --since keelby-01
    scripts/dev python scripts/eval_stance.py --split dev --scope-terms

For each half it prints stance, strength and scope accuracy, the confusion matrix of
stances (rows: labelled, columns: read), the number of polarity inversions (a permission
read as a prohibition or the reverse) and, with --errors (on by default for held-out), every
clause read wrongly. The held-out half is for reporting only: tune rules on dev, and read
held-out figures with --heldout-summary-only, which prints its totals and nothing that names
a clause or the shape of its errors. With --scope-terms it prints, for each scope term, how
many clauses are labelled with it, read with it and both, with its precision and recall.
"""

from __future__ import annotations

import argparse
import copy
import multiprocessing
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import get_args

import yaml

from policy_handbook.analyse.stance import StanceReading, in_document, propose_stance
from policy_handbook.analyse.stance_scope import SCOPES
from policy_handbook.model import Stance

SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "stance_set.yml"
PERMISSIVE = {"permits", "permits with conditions"}


@dataclass
class Outcome:
    """One labelled clause and how the reader read it."""

    clause: dict
    reading: StanceReading

    @property
    def stance_ok(self) -> bool:
        return self.reading.stance == self.clause["stance"]

    @property
    def strength_ok(self) -> bool:
        return self.reading.strength == self.clause["strength"]

    @property
    def scope_ok(self) -> bool:
        return set(self.reading.scope) == set(self.clause["scope"])

    @property
    def inverted(self) -> bool:
        gold, read = self.clause["stance"], self.reading.stance
        return (gold in PERMISSIVE and read == "prohibits") or (gold == "prohibits" and read in PERMISSIVE)


@dataclass
class Report:
    """The figures for one half of the set."""

    name: str
    outcomes: list[Outcome] = field(default_factory=list)

    def share(self, attribute: str) -> float:
        return sum(getattr(o, attribute) for o in self.outcomes) / len(self.outcomes) if self.outcomes else 0.0

    @property
    def inversions(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.inverted]


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML was built with it: the set is large, and it reads the same data three times faster."""


def load_set(path: Path = SET) -> list[dict]:
    """The labelled clauses, in file order: a copy of their own for each caller, parsed once for each version of the file."""
    return copy.deepcopy(_parsed(path, path.stat().st_mtime_ns))


@lru_cache(maxsize=2)
def _parsed(path: Path, mtime_ns: int) -> list[dict]:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)["clauses"]


def evaluate(clauses: list[dict], name: str) -> Report:
    """Read every clause, in its document as the handbook reads it (the title can add to the scope), and compare
    with its labels."""
    readings = read_all([(c["text"], c.get("lead_in")) for c in clauses])
    return Report(name, [Outcome(c, in_document(reading, c["source"].get("title")))
                         for c, reading in zip(clauses, readings)])


_READINGS: dict[tuple[str, str | None], StanceReading] = {}
"""Every reading this process has made: see :func:`read_all`."""


def read_all(texts: Sequence[tuple[str, str | None]], jobs: int | None = None) -> list[StanceReading]:
    """Each ``(text, lead_in)`` read by the stance reader, in order, spread over ``jobs`` processes
    (one for each core by default). The reader is a pure function of its two strings, so the
    readings are those of reading each in turn; a few hundred are not worth a process. A text
    this process has read already (a half, then its summary) is not read again."""
    jobs = jobs or os.cpu_count() or 1
    unread = list(dict.fromkeys(pair for pair in texts if pair not in _READINGS))
    if jobs == 1 or len(unread) < 500 or "fork" not in multiprocessing.get_all_start_methods():
        readings = [_read(pair) for pair in unread]
    else:
        # "fork", so that a worker has the reader (and this module, however it was imported) as the caller has them.
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            readings = pool.map(_read, unread, chunksize=max(1, len(unread) // (jobs * 8)))
    _READINGS.update(zip(unread, readings))
    return [_READINGS[pair] for pair in texts]


def _read(pair: tuple[str, str | None]) -> StanceReading:
    return propose_stance(*pair)


def _matrix(report: Report) -> list[str]:
    stances: list[str] = list(get_args(Stance))
    short = {s: s.replace("permits with conditions", "perm+cond") for s in stances}
    width = max(len(v) for v in short.values()) + 1
    lines = [" " * width + "".join(f"{short[s]:>{width}}" for s in stances)]
    for gold in stances:
        row = [sum(1 for o in report.outcomes if o.clause["stance"] == gold and o.reading.stance == read)
               for read in stances]
        lines.append(f"{short[gold]:<{width}}" + "".join(f"{n:>{width}}" for n in row))
    return lines


def _describe(outcome: Outcome) -> str:
    c, r = outcome.clause, outcome.reading
    wrong = []
    if not outcome.stance_ok or not outcome.strength_ok:
        wrong.append(f"stance {c['stance']}/{c['strength']} read as {r.stance}/{r.strength}")
    if not outcome.scope_ok:
        wrong.append(f"scope {sorted(c['scope'])} read as {sorted(r.scope)}")
    lead = f" [lead-in: {c['lead_in']}]" if c.get("lead_in") else ""
    return f"  {c['id']}: {'; '.join(wrong)} (cue: {r.cue!r})\n      {c['text'][:200]}{lead[:120]}"


def print_totals(report: Report) -> None:
    """The half's totals only: accuracies and the number of polarity inversions."""
    n = len(report.outcomes)
    print(f"== {report.name}: {n} clauses ==")
    print(f"stance accuracy    {report.share('stance_ok'):6.1%}  ({sum(o.stance_ok for o in report.outcomes)}/{n})")
    both = sum(o.stance_ok and o.strength_ok for o in report.outcomes)
    print(f"strength accuracy  {report.share('strength_ok'):6.1%}  (stance and strength both right: {both}/{n})")
    print(f"scope accuracy     {report.share('scope_ok'):6.1%}  (exact set of scope terms)")
    print(f"polarity inversions {len(report.inversions)}")


def print_report(report: Report, *, errors: bool) -> None:
    print_totals(report)
    print("confusion (rows labelled, columns read):")
    print("\n".join("  " + line for line in _matrix(report)))
    if errors:
        wrong = [o for o in report.outcomes if not (o.stance_ok and o.strength_ok and o.scope_ok)]
        print(f"errors ({len(wrong)}):")
        for outcome in wrong:
            print(_describe(outcome))
    print()


def scope_terms(report: Report) -> list[str]:
    """Per scope term: clauses labelled with it, read with it, both, precision and recall."""
    lines = [f"{'term':<22}{'labelled':>9}{'read':>6}{'both':>6}{'precision':>11}{'recall':>8}"]
    for term in SCOPES:
        labelled = sum(term in o.clause["scope"] for o in report.outcomes)
        read = sum(term in o.reading.scope for o in report.outcomes)
        both = sum(term in o.clause["scope"] and term in o.reading.scope for o in report.outcomes)
        precision = f"{both / read:.1%}" if read else "-"
        recall = f"{both / labelled:.1%}" if labelled else "-"
        lines.append(f"{term:<22}{labelled:>9}{read:>6}{both:>6}{precision:>11}{recall:>8}")
    return lines


def _from(clauses: list[dict], since: str, parser: argparse.ArgumentParser) -> list[dict]:
    """The clauses from the one with id ``since`` to the end of the set."""
    ids = [c["id"] for c in clauses]
    if since not in ids:
        parser.error(f"--since: no clause with id {since!r} in {SET.name}")
    return clauses[ids.index(since):]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["heldout", "dev", "all"], help="only this half (default: both)")
    parser.add_argument("--errors", action="store_true", help="list the errors of the dev half too")
    parser.add_argument("--heldout-summary-only", action="store_true",
                        help="print only the held-out half's totals (no clauses, no confusion matrix)")
    parser.add_argument("--since", metavar="ID", action="append", default=[],
                        help="with --heldout-summary-only, also the totals of the clauses from ID to the end of the set"
                             " (repeatable: one block per ID); with --split dev, only those clauses")
    parser.add_argument("--scope-terms", action="store_true",
                        help="per scope term, labelled/read/both counts of the chosen half (not with held-out)")
    args = parser.parse_args(argv)
    clauses = load_set()
    if args.heldout_summary_only:
        print_totals(evaluate([c for c in clauses if c["split"] == "heldout"], "heldout"))
        for since in args.since:
            later = _from(clauses, since, parser)
            print_totals(evaluate([c for c in later if c["split"] == "heldout"], f"heldout from {since}"))
        print()
        return 0
    halves = [args.split] if args.split else ["heldout", "dev"]
    if args.since:
        if args.split != "dev":
            parser.error("--since needs --heldout-summary-only or --split dev")
        if len(args.since) > 1:
            parser.error("--since: with --split dev, give one ID")
        clauses = _from(clauses, args.since[0], parser)
    if args.scope_terms and args.split not in ("dev", "all"):
        parser.error("--scope-terms needs --split dev or --split all")
    for half in halves:
        chosen = clauses if half == "all" else [c for c in clauses if c["split"] == half]
        report = evaluate(chosen, half)
        if args.scope_terms:
            print_totals(report)
            print("\n".join(scope_terms(report)))
            print()
            continue
        print_report(report, errors=half == "heldout" or args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
