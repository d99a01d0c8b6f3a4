"""A version's standing on a day: abolished bodies, later versions and other documents that replace it, and what applies to staff."""

from __future__ import annotations

import dataclasses
import datetime
import re

from policy_handbook.analyse.status import Standings, applicable
from policy_handbook.load.loader import load_corpus

from conftest import ROOT, build
from html_text import article, words

CORPUS = load_corpus(ROOT / "source_policies")
HARMONISED = "harmonised-social-media-policy"


def adopted(corpus, document_id: str, version_id: str, effective: datetime.date, status: str = "approved"):
    """The corpus with one version adopted (``status``), taking effect on ``effective``."""
    document = corpus.documents[document_id]
    versions = [v.model_copy(update={"status": status,
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


def test_a_replacement_stays_made_when_the_replacing_version_is_itself_superseded():
    named = next(v for v in CORPUS.documents[HARMONISED].versions if v.replaces)
    corpus = adopted(CORPUS, HARMONISED, named.id, datetime.date(2027, 1, 1), status="superseded")
    after = Standings(corpus, datetime.date(2027, 6, 1))
    for replaced in named.replaces:
        found = after.replaced_by(corpus.documents[replaced])
        assert found is not None and (found[0].id, found[1].id) == (HARMONISED, named.id), replaced


# --- dates that decide a standing, on a small inline corpus ----------------------------------

SMALL = {
    "bodies.yml": """\
bodies:
  - {id: old-council, name: Old Council, kind: district council, abolished: 2023-04-01, successors: [new-council]}
  - {id: new-council, name: New Council, kind: unitary council, established: 2023-04-01}
""",
    "topics.yml": "groups: []\ntopics: []\n",
    "documents/old-policy.yml": """\
id: old-policy
body: old-council
title: Old Council Social Media Policy
kind: policy
attribution: {basis: stated}
versions:
  - id: "2019"
    label: 2019 policy
    status: approved
    dates: {approved: 2019-01-01}
    source: {title: Old policy}
    sections:
      - id: rules
        clauses:
          - {id: rule, text: Staff must not post during working time., not_a_rule: background}
""",
    "documents/new-policy.yml": """\
id: new-policy
body: new-council
title: New Council Social Media Policy
kind: policy
attribution: {basis: stated}
versions:
  - id: "2023"
    label: 2023 policy
    status: approved
    dates: {approved: 2023-03-01, effective_from: 2023-04-01}
    source: {title: New policy 2023}
    sections:
      - id: rules
        clauses:
          - {id: rule, text: Staff must not post during working time., not_a_rule: background}
  - id: "2024"
    label: 2024 policy
    status: approved
    supersedes: "2023"
    dates: {approved: 2024-01-10, effective_from: 2024-06-01}
    source: {title: New policy 2024}
    sections:
      - id: rules
        clauses:
          - {id: rule, text: Staff must not post during working hours., not_a_rule: background}
""",
    "documents/new-report.yml": """\
id: new-report
body: new-council
title: Report to the Staffing Committee
kind: committee report
attribution: {basis: stated}
versions:
  - id: "2024"
    label: Report of January 2024
    status: approved
    dates: {approved: 2024-01-10}
    source: {title: Committee report}
    sections:
      - id: report
        clauses:
          - {id: recommendation, text: The committee is asked to adopt the 2024 policy., not_a_rule: report}
""",
}


def small_corpus(tmp_path):
    for name, text in SMALL.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return load_corpus(tmp_path)


def standing(corpus, today: datetime.date, document_id: str, version_id: str):
    document = corpus.documents[document_id]
    return Standings(corpus, today).of(document, next(v for v in document.versions if v.id == version_id))


def test_a_body_abolished_on_the_day_has_no_policy_in_force_from_that_day(tmp_path):
    corpus = small_corpus(tmp_path)
    assert standing(corpus, datetime.date(2023, 3, 31), "old-policy", "2019").key == "in-force"
    ended = standing(corpus, datetime.date(2023, 4, 1), "old-policy", "2019")
    assert ended.key == "ended" and not ended.in_force
    assert ended.detail == "Old Council was abolished on 1 April 2023 and succeeded by New Council; its policies no longer apply."


def test_a_version_adopted_to_take_effect_later_leaves_the_earlier_one_in_force_until_then(tmp_path):
    corpus = small_corpus(tmp_path)
    between = datetime.date(2024, 2, 1)
    later = standing(corpus, between, "new-policy", "2024")
    assert (later.key, later.words, later.in_force) == ("adopted", "Adopted, in force from 1 June 2024", False)
    assert standing(corpus, between, "new-policy", "2023").key == "in-force"
    on_the_day = datetime.date(2024, 6, 1)
    assert standing(corpus, on_the_day, "new-policy", "2024").key == "in-force"
    earlier = standing(corpus, on_the_day, "new-policy", "2023")
    assert (earlier.key, earlier.detail) == ("superseded", "Replaced by 2024 policy from 1 June 2024.")


def test_what_applies_leaves_out_abolished_bodies_and_committee_reports(tmp_path):
    corpus = small_corpus(tmp_path)
    assert standing(corpus, datetime.date(2024, 2, 1), "new-report", "2024").in_force
    found = applicable(corpus, datetime.date(2024, 2, 1))
    assert [(body.id, [(d.id, v.id) for d, v in pairs]) for body, pairs in found.by_body] == [
        ("new-council", [("new-policy", "2023")])]
    assert found.harmonised == []


def test_search_weighs_by_standing_what_applies_to_everyone_first(tmp_path):
    from policy_handbook.render.search_index import (
        APPLIES_TO_ALL, APPLIES_TO_COUNCIL, NO_LONGER, NOT_YET, page_labels,
    )
    from policy_handbook.render.site import Urls

    small_corpus(tmp_path)
    common = SMALL["documents/new-policy.yml"].replace("id: new-policy", "id: common-policy").replace(
        "body: new-council", "body: project")
    (tmp_path / "documents" / "common-policy.yml").write_text(common, encoding="utf-8")
    (tmp_path / "bodies.yml").write_text(
        SMALL["bodies.yml"] + "  - {id: project, name: The project, kind: handbook project}\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    today = datetime.date(2024, 2, 1)
    standings = Standings(corpus, today)
    urls = Urls()
    labels = page_labels(corpus, urls, standings, applicable(corpus, today, standings))
    weights = {(d, v): labels[urls.url(urls.version(d, v))].boost
               for d, v in [("common-policy", "2023"), ("new-policy", "2023"), ("new-policy", "2024"),
                            ("old-policy", "2019")]}
    assert weights == {("common-policy", "2023"): APPLIES_TO_ALL, ("new-policy", "2023"): APPLIES_TO_COUNCIL,
                       ("new-policy", "2024"): NOT_YET, ("old-policy", "2019"): NO_LONGER}
    assert labels[urls.url(urls.version("new-policy", "2024"))].words == "New Council · Adopted, in force from 1 June 2024"


def test_no_page_says_a_status_twice_over(bundled_site):
    """A status is shown as its words, then the sentence that explains it: which must not repeat them."""
    said = {"In force", "No longer in force", "Superseded", "Replaced", "Withdrawn", "Proposed, not yet adopted"}
    pages = [p for p in sorted(bundled_site.rglob("index.html")) if "<article" in p.read_text(encoding="utf-8")]
    undated = 0
    for path in pages:
        text = words(article(path))
        for status in said:
            assert f"{status}. {status}" not in text, f"{path.relative_to(bundled_site)}: {status}"
        undated += "In force. The source gives no date of adoption or effect." in text
    assert undated, "the bundled corpus has an undated policy in force"


def _body_paragraph(site, body_id: str) -> str:
    """The words under a body's heading on the policies index, before its table of documents."""
    page = article(site / "policies/index.html")
    section = page.split(f'id="body-{body_id}"', 1)[1].split("</h2>", 1)[1]
    return words(re.split(r"<table|<h2", section, maxsplit=1)[0]).removesuffix(" No documents held.")


def test_the_policies_index_names_a_successor_once(bundled_site, project, tmp_path):
    """A body's note that already names its successor (or predecessor) is not followed by the same fact again."""
    for body, other in (("dorset-county-council", "Dorset Council"), ("dorset-council", "Dorset County Council")):
        paragraph = _body_paragraph(bundled_site, body)
        assert paragraph.count(other) == 1, paragraph
    bodies = """\
bodies:
  - {id: alpha-council, name: Alpha Council, kind: district council, abolished: 2020-04-01, successors: [beta-council]}
  - {id: beta-council, name: Beta Council, kind: town council, predecessors: [alpha-council]}
"""
    site = tmp_path / "site"
    assert build(project({"source_policies/bodies.yml": bodies}), site).ok
    assert _body_paragraph(site, "alpha-council") == "District council. Succeeded by Beta Council."
    assert _body_paragraph(site, "beta-council") == "Town council. Replaced Alpha Council."


def test_the_policies_index_names_a_successor_and_predecessor_as_typed(project, tmp_path):
    """A name in the successor and predecessor sentences is text, never Markdown."""
    bodies = """\
bodies:
  - {id: alpha-council, name: "Alpha [Council](https://example.org)", kind: district council, abolished: 2020-04-01, successors: [beta-council]}
  - {id: beta-council, name: "Beta *Town* Council", kind: town council, predecessors: [alpha-council]}
"""
    site = tmp_path / "site"
    assert build(project({"source_policies/bodies.yml": bodies}), site).ok
    assert _body_paragraph(site, "alpha-council") == "District council. Succeeded by Beta *Town* Council."
    assert _body_paragraph(site, "beta-council") == "Town council. Replaced Alpha [Council](https://example.org)."
    raw = (site / "policies" / "index.html").read_text(encoding="utf-8")
    assert "<em>Town</em>" not in raw and 'href="https://example.org"' not in raw


def test_a_version_marked_superseded_names_what_followed_it_and_never_a_withdrawn_one():
    draft, committee = CORPUS.documents[HARMONISED].versions
    assert (draft.status, committee.status) == ("superseded", "proposed")
    today = datetime.date(2027, 6, 1)
    standing = Standings(CORPUS, today).of(CORPUS.documents[HARMONISED], draft)
    assert standing.key == "superseded"
    assert committee.label in standing.detail and "not in force" in standing.detail

    document = CORPUS.documents[HARMONISED]
    withdrawn = document.model_copy(update={"versions": [draft, committee.model_copy(update={"status": "withdrawn"})]})
    corpus = dataclasses.replace(CORPUS, documents={**CORPUS.documents, HARMONISED: withdrawn})
    standing = Standings(corpus, today).of(withdrawn, withdrawn.versions[0])
    assert standing.key == "superseded"
    assert committee.label not in standing.detail and "replaced" not in standing.detail
    assert "marked superseded in its source" in standing.detail
