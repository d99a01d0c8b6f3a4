"""A handbook of many bodies: the corpus generator, and navigation that grows with a body, not the corpus."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from policy_handbook.load.loader import load_corpus
from policy_handbook.render.handbook import GROUP_BY_KIND_FROM, HandbookContent, NavSection, body_groups
from policy_handbook.render.site import Page, Urls

from conftest import ROOT

BUNDLED_BODIES = 6


def _generator():
    spec = importlib.util.spec_from_file_location("generate_corpus", ROOT / "scripts" / "generate_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_corpus"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    return _generator().generate(30, tmp_path_factory.mktemp("corpus") / "project", seed=3)


def _texts(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((folder / "source_policies").rglob("*.yml"))}


def test_generator_is_deterministic_and_loads(generated, tmp_path):
    again = _generator().generate(30, tmp_path / "again", seed=3)
    assert _texts(again) == _texts(generated)
    other = _generator().generate(30, tmp_path / "other", seed=4)
    assert _texts(other) != _texts(generated)
    corpus = load_corpus(generated / "source_policies")
    assert len(corpus.bodies) == 30 + BUNDLED_BODIES
    fictional = [d for d in corpus.documents.values() if d.body not in load_corpus(ROOT / "source_policies").bodies]
    assert len(fictional) >= 30
    assert {len(d.versions) for d in fictional} <= {1, 2, 3, 4} and max(len(d.versions) for d in fictional) > 1
    assert all("no body's policy" in (d.attribution.note or "") for d in fictional)


def test_generated_documents_differ_in_wording(generated):
    corpus = load_corpus(generated / "source_policies")
    by_title: dict[str, list] = {}
    for document in corpus.documents.values():
        by_title.setdefault(document.title, []).append(document)
    texts = [" ".join(c.text for c in corpus.latest_version(d).walk_clauses()) for d in max(by_title.values(), key=len)]
    assert len(texts) >= 5 and len(set(texts)) == len(texts)
    # Consecutive versions of one document differ a little, not entirely.
    document = next(d for d in corpus.documents.values() if len(d.versions) > 1 and d.body not in ("harmonised",))
    old, new = ([c.text for c in v.walk_clauses()] for v in document.versions[:2])
    same = len(set(old) & set(new))
    assert 0 < same < max(len(old), len(new))


def _titles(entries) -> list[str]:
    return [e.title if isinstance(e, NavSection) else e for e in entries]


def test_navigation_groups_many_bodies_by_kind_then_body(generated):
    corpus = load_corpus(generated / "source_policies")
    urls = Urls()
    pages = [Page(urls.policies_index(), "Policies by body", "")]
    for body in corpus.bodies:
        for document in corpus.documents_of(body):
            pages.append(Page(urls.document(document.id), document.title, ""))
            pages += [Page(urls.version(document.id, v.id), v.label, "") for v in document.versions]
    assert len(corpus.bodies) > GROUP_BY_KIND_FROM
    nav = HandbookContent(pages=pages, home_extra=None, groups=body_groups(corpus, urls)).nav([])
    [policies] = nav
    kinds = policies.children[1:]
    assert policies.children[0] == "policies/index.md"
    assert {k.title for k in kinds} == {re.sub(r"y$", "ie", b.kind.capitalize()) + "s"
                                        for b in corpus.bodies.values() if corpus.documents_of(b.id)}
    district = next(k for k in kinds if k.title == "District councils")
    body = district.children[0]
    while not any(b.name == body.title for b in corpus.bodies.values()):  # an alphabetical range
        body = body.children[0]
    documents = corpus.documents_of(next(b.id for b in corpus.bodies.values() if b.name == body.title))
    assert [s.children[0] for s in body.children] == [urls.document(d.id) for d in documents]


def test_policy_page_does_not_list_other_bodies_documents(bundled_site):
    page = (bundled_site / "policies/dorset-council-social-networking-guidance/current/index.html").read_text()
    # A collapsed body's section links to its first document; its other documents are not listed.
    assert "dorset-county-council-social-networking-policy/" in page
    assert "dorset-county-council-staffing-report-2016/" not in page
