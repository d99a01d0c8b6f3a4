"""The search index holds each clause's text once, at its canonical clause, and loses none.

The texts are taken from the model (every clause and list item of every version), the index
from the built site. Pages that only show copies of clauses index none of them, a superseded
version indexes only the words no current version states, and a sentence that two councils
publish word for word is indexed once; every page still shows every word.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, build
from policy_handbook.load.loader import load_corpus
from policy_handbook.render.markup import to_plain


def words(text: str) -> str:
    """Lower-case words only, so clause Markdown and indexed HTML compare equal."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def clause_texts(source_dir: Path) -> set[str]:
    """The words of every distinct clause and list item text in a corpus."""
    corpus = load_corpus(source_dir)
    found = set()
    for document in corpus.documents.values():
        for version in document.versions:
            for clause in version.walk_clauses():
                # List markers at line starts are markup, not words.
                found.add(words(re.sub(r"(?m)^\s*(?:[-*+]|\d+[.)])\s+", " ", to_plain(clause.text))))
    found.discard("")
    return found


def indexed(site: Path) -> list[tuple[str, str]]:
    """(location, words) of every entry of the site's search index."""
    data = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return [(e["location"], words(html.unescape(re.sub(r"<[^>]+>", " ", e["text"])))) for e in data["docs"]]


def indexing_problems(source_dir: Path, site: Path) -> list[str]:
    """Clause texts indexed more often than distinct texts state them, or not at all.

    A text is counted in every entry that holds it; the texts that hold it are itself and any
    longer distinct text that quotes it, each of which may be indexed once. Texts of fewer
    than four words are left out: too short to tell a copy from a coincidence.
    """
    texts = clause_texts(source_dir)
    entries = indexed(site)
    problems = []
    for text in sorted(texts):
        if len(text.split()) < 4:
            continue
        stating = sum(1 for other in texts if f" {text} " in f" {other} ")
        found = [location for location, entry in entries if f" {text} " in f" {entry} "]
        if not found:
            problems.append(f"“{text[:60]}…” is not indexed")
        elif len(found) > stating:
            problems.append(f"“{text[:60]}…” is indexed {len(found)} times, stated by {stating} text(s): {found}")
    return problems


def test_every_clause_text_of_the_bundled_corpus_is_indexed_once(bundled_site):
    assert not indexing_problems(ROOT / "source_policies", bundled_site)


SHARED = "Employees must not use social media for personal reasons during working time."

WORKING_TIME = {"id": "working-time", "text": SHARED}
PHOTOS = {"id": "photos", "text": "Staff may post photos of colleagues only with their written permission."}


def duties(last_item: str) -> dict:
    return {"id": "duties", "text": "When you post about the council you must:", "items": [
        {"id": "duties-a", "text": "say that the views you give are your own"},
        {"id": "duties-b", "text": "keep confidential information to yourself",
         "items": [{"id": "duties-b-1", "text": "including the names of people who use our services"}]},
        {"id": "duties-c", "text": last_item}]}


def beta_version(version_id: str, status: str, clauses: list[dict], **extra) -> dict:
    return {"id": version_id, "label": f"{version_id} policy", "status": status, **extra,
            "source": {"title": "Beta policy"}, "note": "Transcribed from the council's intranet.",
            "sections": [{"id": "rules", "number": "1", "title": "Rules",
                          "clauses": [dict(c, number=f"1.{i}") for i, c in enumerate(clauses, start=1)]}]}


BETA = yaml.safe_dump({
    "id": "beta-policy", "body": "beta-council", "title": "Beta Social Media Policy", "kind": "policy",
    "attribution": {"basis": "stated"},
    "versions": [
        beta_version("2019", "superseded",
                     [WORKING_TIME, PHOTOS, duties("tell your manager about any complaint you receive online")]),
        beta_version("2022", "approved",
                     [WORKING_TIME, duties("report any complaint you receive online to the communications team")],
                     supersedes="2019"),
    ]}, sort_keys=False, allow_unicode=True)


@pytest.fixture
def copies_site(project, tmp_path) -> tuple[Path, Path]:
    """Alpha and Beta state a clause word for word; Beta's 2022 policy repeats most of its 2019 one."""
    root = project({"source_policies/documents/beta-policy.yml": BETA})
    site = tmp_path / "site"
    result = build(root, site)
    assert result.ok, result.output
    return root, site


def test_a_text_is_indexed_once_where_it_ranks_first_and_every_page_still_shows_it(copies_site):
    root, site = copies_site
    assert not indexing_problems(root / "source_policies", site)
    entries = indexed(site)

    def where(text: str) -> list[str]:
        return [location for location, entry in entries if words(text) in entry]

    # Two councils' policies in force state it: it is indexed at the first, and shown by both.
    assert where(SHARED) == ["policies/alpha-policy/2020/#clause-working-time"]
    for page in ("policies/alpha-policy/2020/index.html", "policies/beta-policy/2022/index.html",
                 "policies/beta-policy/2019/index.html"):
        assert SHARED in (site / page).read_text(encoding="utf-8"), page
    # A superseded version is indexed for what no current version states, clause by clause and item by item.
    assert where("Staff may post photos of colleagues") == ["policies/beta-policy/2019/#clause-photos"]
    assert where("tell your manager about any complaint") == ["policies/beta-policy/2019/#clause-duties"]
    assert where("keep confidential information to yourself") == ["policies/beta-policy/2022/#clause-duties"]
    assert where("When you post about the council you must") == ["policies/beta-policy/2022/#clause-duties"]
    # Passages from the sources other than clauses are indexed once too.
    assert len(where("Transcribed from the council's intranet")) == 1
    # Items left out leave no empty bullets in a result's preview.
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [e["location"] for e in index["docs"] if re.search(r"<(li|ul)>\s*</\1>", e["text"])]


def test_a_text_a_proposal_shares_with_a_policy_in_force_is_indexed_at_the_policy_in_force(project, tmp_path):
    """Alpha comes first in bodies.yml, but its proposal ranks below Beta's policy in force:
    the words they share are indexed at Beta's."""
    shared = "Report any complaint you receive online to the communications team."
    proposal = yaml.safe_dump({
        "id": "alpha-guidance", "body": "alpha-council", "title": "Alpha Social Media Guidance", "kind": "guidance",
        "attribution": {"basis": "stated"},
        "versions": [dict(beta_version("2026", "proposed", [{"id": "complaints", "text": shared}]),
                          source={"title": "Alpha guidance"}, note="A draft for consultation.")]},
        sort_keys=False, allow_unicode=True)
    root = project({"source_policies/documents/beta-policy.yml": BETA,
                    "source_policies/documents/alpha-guidance.yml": proposal})
    site = tmp_path / "site"
    result = build(root, site)
    assert result.ok, result.output
    assert [location for location, entry in indexed(site) if words(shared) in entry] == \
        ["policies/beta-policy/2022/#clause-duties"]
    assert shared in (site / "policies/alpha-guidance/2026/index.html").read_text(encoding="utf-8")
