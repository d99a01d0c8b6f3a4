"""A council clause is compared against the harmonised clause drafted from it, and only otherwise the closest."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from policy_handbook.analyse.counterparts import (
    MIN_OVERLAP, choose_counterpart, compared_text, overlap, source_refs, topic_baseline,
)
from policy_handbook.analyse.crossmap import coverage, mappings
from policy_handbook.load.loader import load_corpus

from conftest import ROOT

DORSET = "dorset-council-social-networking-guidance/current#service-user-friendships"
SHAFTESBURY = ["shaftesbury-town-council-social-media-policy/2017#service-users-as-friends",
               "shaftesbury-town-council-social-media-policy/2017#no-service-user-friend-requests"]
HARMONISED_5_2 = ("harmonised-social-media-policy", "committee", "service-user-connections")


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(ROOT / "source_policies")


def topic(corpus, topic_id):
    return next(e for e in coverage(corpus) if e.topic.id == topic_id)


def mapping(entry, ref):
    return next(m for p in entry.positions for m in p.mappings if str(m.located.ref) == ref)


def cards(page: Path) -> dict[str, str | None]:
    """Clause id of each card on a topic page → the 'Differences from …' line under it (None if none)."""
    found = {}
    for card in page.read_text(encoding="utf-8").split('<div class="ph-mapping"')[1:]:
        clause = re.search(r'<a href="[^"]*#clause-([^"]+)"', card).group(1)
        summary = re.search(r"<summary>(Differences from [^<]*)</summary>", card)
        found[clause] = summary.group(1) if summary else None
    return found


def test_derivation_beats_similarity(corpus):
    entry = topic(corpus, "service-user-contact")
    baseline = topic_baseline(corpus, entry)
    dorset = mapping(entry, DORSET)
    # In words alone, of the clauses drafted from it, Dorset's is closer to 5.3 (existing connections) …
    drafted = [m for m in baseline.mappings if DORSET in m.located.clause.derived_from]
    by_words = max(drafted, key=lambda c: overlap(compared_text(c), compared_text(dorset)))
    assert by_words.located.clause.number == "5.3"
    # … but 5.2 was drafted from it and states the topic's rule (equivalent, not a subset).
    chosen = choose_counterpart(dorset, baseline.mappings)
    assert chosen.chosen_by == "derivation"
    assert chosen.mapping.located.clause.number == "5.2"
    assert "5.3" in [m.located.clause.number for m in chosen.also_derived]


def test_without_derivation_the_most_similar_is_chosen(corpus):
    entry = topic(corpus, "service-user-contact")
    baseline = topic_baseline(corpus, entry)
    dorset = mapping(entry, DORSET)
    underived = [m for m in baseline.mappings if DORSET not in m.located.clause.derived_from]
    chosen = choose_counterpart(dorset, underived)
    best = max(underived, key=lambda c: overlap(compared_text(c), compared_text(dorset)))
    assert chosen.chosen_by == "similarity" and chosen.mapping is best


def test_a_list_item_is_compared_with_the_clause_drafted_from_its_lead_in(corpus):
    found = mappings(corpus, include_inherited=True)
    item = next(m for m in found if m.located.parent is not None and m.body_id != "harmonised")
    lead_in = f"{item.located.document.id}/{item.located.version.id}#{item.located.parent.id}"
    harmonised = sorted((m for m in found if m.located.document.id == "harmonised-social-media-policy"
                         and not set(source_refs(item)) & set(m.located.clause.derived_from)),
                        key=lambda m: overlap(compared_text(m), compared_text(item)))
    other, closest = harmonised[0], harmonised[-1]
    assert overlap(compared_text(other), compared_text(item)) < overlap(compared_text(closest), compared_text(item))
    clause = other.located.clause.model_copy(update={"derived_from": [lead_in]})
    drafted = replace(other, located=replace(other.located, clause=clause))
    chosen = choose_counterpart(item, [closest, drafted])
    assert chosen.chosen_by == "derivation" and chosen.mapping is drafted


def test_no_counterpart_when_every_candidate_shares_too_few_words(corpus):
    dorset = mapping(topic(corpus, "service-user-contact"), DORSET)
    text = compared_text(dorset)
    refs = set(source_refs(dorset))
    far = [m for m in mappings(corpus) if overlap(compared_text(m), text) < MIN_OVERLAP
           and not refs & set(m.located.clause.derived_from)]
    assert len(far) > 10
    assert choose_counterpart(dorset, far) is None
    near = max((m for m in mappings(corpus) if m.located.ref != dorset.located.ref
                and not refs & set(m.located.clause.derived_from)), key=lambda m: overlap(compared_text(m), text))
    assert choose_counterpart(dorset, far + [near]).mapping is near


def test_service_user_topic_page_diffs_friend_request_clauses_against_5_2(bundled_site):
    found = cards(bundled_site / "compare" / "topics" / "service-user-contact" / "index.html")
    for ref in [DORSET, *SHAFTESBURY]:
        clause = ref.partition("#")[2]
        assert found[clause] == "Differences from the harmonised policy, 5.2 (drafted from this clause)", clause


def test_json_export_names_each_clause_s_counterpart(bundled_site):
    data = json.loads((bundled_site / "compare" / "mapping.json").read_text(encoding="utf-8"))
    for ref in [DORSET, *SHAFTESBURY]:
        (link,) = [k for k in data["links"] if k["clause"] == ref and k["topic"] == "service-user-contact"]
        assert link["counterpart"]["chosen_by"] == "derivation"
        counterpart = data["clauses"][link["counterpart"]["clause"]]
        assert (counterpart["document"], counterpart["version"], counterpart["clause"]) == HARMONISED_5_2
        assert counterpart["clause_number"] == "5.2"
    # The harmonised clauses are the baseline: they have no counterpart of their own.
    harmonised = [k for k in data["links"] if k["clause"].startswith("harmonised-social-media-policy/committee#")]
    assert harmonised and all(k["counterpart"] is None for k in harmonised)


def test_csv_export_names_the_same_counterparts_as_the_json(bundled_site):
    data = json.loads((bundled_site / "compare" / "mapping.json").read_text(encoding="utf-8"))
    text = (bundled_site / "compare" / "mapping.csv").read_bytes().decode("utf-8-sig")
    rows = {(f"{r['document']}/{r['version']}#{r['clause']}", r["topic"]): r for r in csv.DictReader(io.StringIO(text))}
    assert len(rows) == len(data["links"])
    with_counterpart = 0
    for link in data["links"]:
        row = rows[link["clause"], link["topic"]]
        counterpart = link["counterpart"]
        expected = {**counterpart, **data["clauses"][counterpart["clause"]]} if counterpart else {}
        assert (row["counterpart_document"], row["counterpart_version"], row["counterpart_clause"],
                row["counterpart_label"], row["counterpart_chosen_by"]) == tuple(
            expected.get(key, "") for key in ("document", "version", "clause", "clause_label", "chosen_by")), link
        with_counterpart += bool(expected)
    assert with_counterpart > 20
    for ref in [DORSET, *SHAFTESBURY]:
        row = rows[ref, "service-user-contact"]
        assert (row["counterpart_document"], row["counterpart_version"], row["counterpart_clause"]) == HARMONISED_5_2


def test_every_counterpart_on_topic_pages_matches_the_export(bundled_site):
    # The page and the export choose through one function: check them against each other everywhere.
    data = json.loads((bundled_site / "compare" / "mapping.json").read_text(encoding="utf-8"))
    pages = sorted((bundled_site / "compare" / "topics").glob("*/index.html"))
    assert pages
    checked = 0
    for page in pages:
        topic_id = page.parent.name
        for clause, summary in cards(page).items():
            links = [k for k in data["links"] if k["topic"] == topic_id and k["clause"].endswith(f"#{clause}")
                     and k["counterpart"]]
            if summary is None or not links:
                continue
            label = data["clauses"][links[0]["counterpart"]["clause"]]["clause_label"]
            assert summary.split(", ", 1)[1].startswith(label), (page, clause)
            checked += 1
    assert checked > 20
