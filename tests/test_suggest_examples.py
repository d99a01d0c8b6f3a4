"""The reference examples ``suggest`` ships: the labelled set's dev half, with sources, never its held-out half."""

from __future__ import annotations

from pathlib import Path

import yaml

from policy_handbook.analyse.suggest import reference_examples, uses_reference_taxonomy
from policy_handbook.load.loader import load_corpus

from conftest import script

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "plugins/policy_handbook/analyse/data/suggest_examples.yml"


def test_shipped_examples_are_dev_clauses_of_the_labelled_set_word_for_word_with_their_source():
    labelled = {c["id"]: c for c in script("eval_stance").load_set()}
    shipped = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))["examples"]
    assert len(shipped) > 150
    for example in shipped:
        clause = labelled[example["id"]]
        assert clause["split"] == "dev", example["id"]
        assert example["text"] == clause["text"] and example.get("lead_in") == clause.get("lead_in")
        assert example.get("topics") == (clause.get("topics") or None)
        assert example.get("not_a_rule") == clause.get("not_a_rule")
        assert example["source"] == clause["source"] and example["source"]["url"].startswith("http")
    assert [e.key for e in reference_examples()] == [e["id"] for e in shipped]


def test_the_bundled_taxonomy_uses_the_examples_and_a_taxonomy_of_its_own_does_not(project):
    assert uses_reference_taxonomy(load_corpus(ROOT / "source_policies"))
    root = project({"source_policies/topics.yml": """\
groups: [{id: use, title: Use}]
topics:
  - {id: working-time, title: Working time, question: May I?, description: Use at work., group: use}
"""})
    assert not uses_reference_taxonomy(load_corpus(root / "source_policies"))
