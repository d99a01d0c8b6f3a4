"""How often ``policy-handbook suggest`` proposes the right label (a topic, or ``not_a_rule``).

    scripts/dev python scripts/eval_suggest.py [--set tests/data/stance_set.yml] [--split heldout]

Two measures, printed separately:

* **Out of corpus**: clauses of bodies that are not in the bundled corpus, labelled by hand
  (``tests/data/stance_set.yml``: ``topics`` or ``not_a_rule`` per clause, split into ``dev``
  and ``heldout`` halves). The suggester learns from the bundled corpus and from the package's
  reference examples, which are the ``dev`` half (scripts/build_suggest_examples.py). Every
  clause is judged with the examples of its own body left out, as for a body the examples
  have never seen ("leave one body out"), in a document with the title its ``source`` gives.
  Tune on ``dev``; the figure to quote is ``heldout``, whose clauses were never examples.
* **Leave one document out** on the bundled corpus: each document's clauses (every version)
  are left out of the labels' examples in turn and judged as if the document were new.

A proposal is right when one of the clause's topics is among the top 1 (or 3) proposals; for a
clause that states no rule, when its reason is (``not_a_rule`` with another reason counts for
"no rule, any reason", printed too). Clauses labelled with no topic at all (a rule on a subject
no topic covers) have no right answer and are counted apart.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from policy_handbook.analyse.crossmap import effective_links, is_marked_not_a_rule  # noqa: E402
from policy_handbook.analyse.suggest import Suggester, clause_titles, clause_words, reference_examples  # noqa: E402
from policy_handbook.load.loader import load_corpus  # noqa: E402


def judge(ranked, topics: set[str], reason: str | None) -> tuple[bool, bool, bool, bool]:
    """(top-1 right, top-3 right, top-1 no-rule any reason, top-3 no-rule any reason)."""
    def right(s) -> bool:
        return s.topic in topics if reason is None else s.not_a_rule == reason

    def no_rule(s) -> bool:
        return right(s) if reason is None else s.not_a_rule is not None

    return right(ranked[0]), any(map(right, ranked[:3])), no_rule(ranked[0]), any(map(no_rule, ranked[:3]))


class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])

    def add(self, group: str, verdict: tuple[bool, ...]) -> None:
        for key in (group, "all"):
            row = self.counts[key]
            row[0] += 1
            for i, value in enumerate(verdict, start=1):
                row[i] += value

    def lines(self, title: str) -> list[str]:
        out = [title]
        for key in ("topic", "not_a_rule", "all"):
            n, top1, top3, any1, any3 = self.counts[key]
            if n:
                out.append(f"  {key:<11} n={n:<4} top-1 {top1 / n:6.1%}  top-3 {top3 / n:6.1%}"
                           f"   (no-rule reason ignored: top-1 {any1 / n:6.1%}  top-3 {any3 / n:6.1%})")
        return out


def out_of_corpus(corpus, path: Path, splits: list[str]) -> tuple[list[str], dict[str, float]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    shipped = {e.key for e in reference_examples()}
    by_body = defaultdict(list)
    for clause in data["clauses"]:
        by_body[clause["source"]["body"]].append(clause)
        if clause.get("split") == "heldout" and clause["id"] in shipped:
            raise SystemExit(f"{clause['id']} is held out but is a reference example: rebuild them")
    titles = {"dev": "dev, leave one body out", "heldout": "heldout, leave one body out"}
    tallies = {titles[split]: Tally() for split in splits}
    unlabelled = defaultdict(int)
    for body, clauses in by_body.items():
        own_body = None
        for clause in clauses:
            title = titles.get(clause.get("split"))
            if title not in tallies:
                continue
            topics, reason = set(clause.get("topics") or []), clause.get("not_a_rule")
            if not topics and reason is None:
                unlabelled[title] += 1
                continue
            own_body = own_body or Suggester(corpus, exclude_reference={c["id"] for c in clauses})
            suggester = own_body
            words = " ".join(filter(None, [clause.get("lead_in"), clause["text"]]))
            ranked = suggester.rank(words, clause["text"], clause["source"].get("title") or "", clause.get("lead_in"))
            tallies[title].add("topic" if reason is None else "not_a_rule", judge(ranked, topics, reason))
    out, figures = [], {}
    for title, tally in tallies.items():
        out += tally.lines(f"Out of corpus, {title} ({path.name}; {unlabelled[title]} clauses with no "
                           "topic in the taxonomy left out):")
        n, _, top3, _, _ = tally.counts["all"]
        figures[title] = top3 / n if n else 0.0
    return out, figures


def leave_one_document_out(corpus) -> list[str]:
    tally = Tally()
    for document in corpus.documents:
        clauses = [c for c in corpus.clauses() if c.document.id == document]
        suggester = Suggester(corpus, {c.ref for c in clauses})
        for located in clauses:
            links, inherited = effective_links(located)
            if inherited:
                continue
            topics = {link.topic for link in links}
            reason = located.clause.not_a_rule if is_marked_not_a_rule(located) and not topics else None
            if not topics and reason is None:
                continue
            ranked = suggester.rank(clause_words(located), located.clause.text, clause_titles(located),
                                    located.parent.text if located.parent is not None else None)
            tally.add("topic" if reason is None else "not_a_rule", judge(ranked, topics, reason))
    return tally.lines("Leave one document out on the bundled corpus:")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=ROOT / "tests/data/stance_set.yml")
    parser.add_argument("--split", action="append", choices=["dev", "heldout"],
                        help="which half to score (repeatable; default both)")
    parser.add_argument("--source", type=Path, default=ROOT / "source_policies")
    parser.add_argument("--no-loo", action="store_true", help="skip the leave-one-document-out run")
    args = parser.parse_args()
    corpus = load_corpus(args.source)
    lines, _ = out_of_corpus(corpus, args.set, args.split or ["dev", "heldout"])
    print("\n".join(lines))
    if not args.no_loo:
        print("\n".join(leave_one_document_out(corpus)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
