"""What ``suggest`` learns from its examples, beyond the words of a topic's profile."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from policy_handbook.analyse.suggest import Suggester
from policy_handbook.load.loader import load_corpus

ROOT = Path(__file__).resolve().parents[1]
CORPUS = load_corpus(ROOT / "source_policies")
LABELLED = {c["id"]: c for c in
            yaml.safe_load((ROOT / "tests/data/stance_set.yml").read_text(encoding="utf-8"))["clauses"]}


def suggester_without_body_of(clause_id: str) -> Suggester:
    """A Suggester that has seen no example of the clause's body, as for a body that is new."""
    body = LABELLED[clause_id]["source"]["body"]
    own = {c for c, clause in LABELLED.items() if clause["source"]["body"] == body}
    return Suggester(CORPUS, exclude_reference=own)


# Clauses about an official account that do not say "official account" the way the topic's
# title, question and description do (blocking users; running accounts on named platforms):
# profile similarity ranks the topic fourth or lower, the classifier trained on the examples
# ranks it first.
@pytest.mark.parametrize("clause_id", ["east-lindsey-02", "swineshead-02"])
def test_a_clause_worded_unlike_its_topic_but_like_its_examples_gets_that_topic(clause_id):
    clause = LABELLED[clause_id]
    ranked = suggester_without_body_of(clause_id).rank(clause["text"])
    assert clause["topics"] == ["official-account-practice"]
    assert "official-account-practice" in [s.topic for s in ranked[:3]], ranked[:3]


def test_the_ranking_is_the_same_every_time():
    text = "Employees must not post confidential information about service users on social media."
    first, second = (Suggester(CORPUS).rank(text) for _ in range(2))
    assert first == second
    assert first[0].topic == "confidentiality"
