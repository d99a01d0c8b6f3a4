"""What ``suggest`` learns from its examples, beyond the words of a topic's profile."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from policy_handbook.analyse.suggest import (Suggester, clause_titles, corpus_examples, reference_examples,
                                             suggest_topics)
from policy_handbook.corpus import ClauseRef
from policy_handbook.load.loader import load_corpus
from policy_handbook.text import to_plain

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


# Clauses whose words alone point elsewhere, and whose document's title tells what kind of
# document they are in: a member of the public asked for contact details in "House rules for
# interacting with us online"; websites to avoid in "Use of Information Technology". Without
# the title's words (TITLE_WEIGHT = 0) the topic is not in the top three.
@pytest.mark.parametrize("clause_id, topic", [("notts-police-10", "official-account-practice"),
                                              ("ealing-12", "personal-use-council-equipment")])
def test_the_document_title_helps_a_clause_to_its_topic(clause_id, topic):
    clause = LABELLED[clause_id]
    assert topic in clause["topics"]
    ranked = suggester_without_body_of(clause_id).rank(clause["text"], title=clause["source"]["title"])
    assert topic in [s.topic for s in ranked[:3]], ranked[:3]


# A lead-in of the bundled corpus ("You should:") whose words say nothing of its subject,
# judged with its document left out: the title of its section ("Personal use of social
# media") brings its topic into the top three.
def test_the_section_title_helps_a_clause_to_its_topic():
    document = "east-devon-district-council-guidance-for-officers"
    clauses = [c for c in CORPUS.clauses() if c.document.id == document]
    (located, ranked), = [(c, r) for c, r in suggest_topics(CORPUS, clauses)
                          if str(c.ref) == f"{document}/current#personal-use-should"]
    assert located.section.title == "Personal use of social media"
    assert "conduct-outside-work" in [s.topic for s in ranked], ranked


def test_suggest_judges_each_clause_with_the_titles_it_sits_under(monkeypatch):
    seen = []
    rank = Suggester.rank
    monkeypatch.setattr(Suggester, "rank", lambda self, words, own_text=None, title="":
                        seen.append(title) or rank(self, words, own_text, title))
    located = next(c for c in CORPUS.clauses() if c.clause.topic_links and c.section.title)
    suggest_topics(CORPUS, [located])
    assert seen == [f"{to_plain(located.document.title)} {located.section.title}"]
    assert all(e.title for e in reference_examples())
    for example in corpus_examples(CORPUS):
        assert example.title == clause_titles(CORPUS.clause(ClauseRef.parse(example.key)))
