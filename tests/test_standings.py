"""A version's standing: replaced by another document's version once that is adopted and in force."""

from __future__ import annotations

import dataclasses
import datetime

from policy_handbook.analyse.status import Standings
from policy_handbook.load.loader import load_corpus

from conftest import ROOT

CORPUS = load_corpus(ROOT / "source_policies")
HARMONISED = "harmonised-social-media-policy"


def adopted(corpus, document_id: str, version_id: str, effective: datetime.date):
    """The corpus with one version approved, taking effect on ``effective``."""
    document = corpus.documents[document_id]
    versions = [v.model_copy(update={"status": "approved",
                                     "dates": v.dates.model_copy(update={"approved": effective,
                                                                         "effective_from": effective})})
                if v.id == version_id else v for v in document.versions]
    documents = dict(corpus.documents)
    documents[document_id] = document.model_copy(update={"versions": versions})
    return dataclasses.replace(corpus, documents=documents)


def test_a_proposal_replaces_nothing():
    standings = Standings(CORPUS, datetime.date(2027, 6, 1))
    assert all(standings.replaced_by(d) is None for d in CORPUS.documents.values())


def test_an_adopted_version_replaces_the_documents_it_names_once_in_force():
    named = next(v for v in CORPUS.documents[HARMONISED].versions if v.replaces)
    corpus = adopted(CORPUS, HARMONISED, named.id, datetime.date(2027, 1, 1))
    before, after = Standings(corpus, datetime.date(2026, 12, 31)), Standings(corpus, datetime.date(2027, 1, 1))
    assert named.replaces
    for document in corpus.documents.values():
        assert before.replaced_by(document) is None
        found = after.replaced_by(document)
        if document.id in named.replaces:
            assert found is not None and (found[0].id, found[1].id) == (HARMONISED, named.id)
            latest = corpus.latest_version(document)
            if latest.status == "approved":
                assert after.of(document, latest).key in ("replaced", "ended"), document.id
        else:
            assert found is None, document.id
