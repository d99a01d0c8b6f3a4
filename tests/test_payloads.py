"""Hostile source text never runs, never loads anything, and reads as it was typed.

The bundled corpus is copied with a payload in every string field of every model class
(tests/payloads.py), built once into a real site, and every built page is opened in
Chromium: no payload may run, no request may leave 127.0.0.1, and the payload text must
be visible, exactly as typed, where the field is shown.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

from browser_fixtures import serve
from conftest import ROOT, build, copy_project
from payloads import FOREIGN_HOST, hostile_corpus, string_fields
from policy_handbook.load.loader import load_corpus
from policy_handbook.model import BodiesFile, Document, TopicsFile

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
OTHER_HOSTS = re.compile(r"^(?!https?://(127\.0\.0\.1|localhost)[:/])[a-z][a-z0-9+.-]*://", re.I)
RAN = re.compile(r"<script>(?:__pwned\.push|alert)\(\d+\)|<img src=\"https://" + re.escape(FOREIGN_HOST)
                 + r"|<svg onload=")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """(site, payloads, served site): the bundled handbook with every string poisoned."""
    root = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    shutil.rmtree(root / "source_policies")
    marks = hostile_corpus(ROOT / "source_policies", root / "source_policies", every=5)
    site = root.parent / "site"
    result = build(root, site, strict=False)
    assert result.ok, result.output
    served, server = serve(site)
    yield site, marks, served
    server.shutdown()


def test_every_string_field_of_the_model_carries_a_payload(hostile):
    _, marks, _ = hostile
    wanted = set().union(*(string_fields(model) for model in (BodiesFile, TopicsFile, Document)))
    missing = sorted(f"{model.__name__}.{name}" for model, name in wanted - marks.covered())
    assert not missing, f"no payload reached {missing}: give the bundled corpus (or tests/payloads.py) a value there"
    assert len(wanted) >= 25


def test_no_built_file_holds_a_live_payload(hostile):
    site, _, _ = hostile
    live = {}
    for path in sorted(site.rglob("*.html")):
        found = RAN.findall(path.read_text(encoding="utf-8"))
        if found:
            live[str(path.relative_to(site))] = found[:2]
    assert not live, live


def test_search_index_holds_payloads_only_as_text(hostile):
    site, _, _ = hostile
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    docs = json.loads(index)["docs"]
    fields = [d.get(k) or "" for d in docs for k in ("title", "text")]
    assert not [f for f in fields if "<script" in f or "<svg" in f or "<img" in f]
    assert any("&lt;script&gt;__pwned.push(" in f for f in fields), "the payloads should be indexed, as text"


def _pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.name != "404.html")


def test_no_payload_runs_on_any_page_and_nothing_leaves_the_machine(hostile, browser):
    site, _, served = hostile
    context = browser.new_context()
    context.add_init_script("window.__pwned = [];")
    foreign: list[str] = []

    def refuse(request_route):
        foreign.append(request_route.request.url)
        request_route.abort()

    # Only requests to other hosts go through Python: loopback ones are not slowed down.
    context.route(OTHER_HOSTS, refuse)
    context.on("request", lambda request: foreign.append(request.url)
               if urlparse(request.url).scheme not in ("http", "https", "data", "blob", "about")
               or urlparse(request.url).hostname not in LOOPBACK | {None} else None)
    ran: dict[str, list] = {}
    dialogs: list[str] = []
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(f"{page.url}: {dialog.message}"), dialog.dismiss()))
    pages = _pages(site)
    assert len(pages) > 80
    for path in pages:
        page.goto(served(path), wait_until="load")
        found = page.evaluate("""() => ({
            pwned: window.__pwned,
            javascriptLinks: Array.from(document.querySelectorAll('[href], [src], [action]')).map(
                e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || '')
                .filter(u => /^\\s*javascript:/i.test(u)),
            handlers: Array.from(document.querySelectorAll('[onerror], [onload], [onclick], [onmouseover]')).length,
        })""")
        if found["pwned"] or found["javascriptLinks"] or found["handlers"]:
            ran[path] = found
    context.close()
    assert not ran, ran
    assert not dialogs, dialogs
    assert not foreign, sorted(set(foreign))[:10]


def _shown(page, selector: str) -> str:
    return " ".join(page.locator(selector).first.inner_text().split())


def test_payload_text_reads_as_typed(hostile, browser):
    site, _, served = hostile
    corpus = load_corpus(site.parent / "project" / "source_policies")
    document = next(d for d in corpus.documents.values() if d.kind == "policy")
    version = corpus.latest_version(document)
    body = corpus.bodies[document.body]
    topic = next(iter(corpus.topics.values()))
    for value in (document.title, version.label, body.name, topic.title):
        assert "<script>" in value and "{{ 7*7 }}" in value  # the payload is there to be seen
    page = browser.new_page()
    page.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda r: r.abort())
    try:
        page.goto(served(f"policies/{document.id}/{version.id}/"))
        assert document.title in _shown(page, "article h1")
        assert page.title().startswith(f"{document.title} ({version.label}) - ")
        assert version.label in _shown(page, "dl.ph-meta")
        assert body.name in _shown(page, "dl.ph-meta")
        nav = " ".join(page.locator("nav.md-nav--primary").first.text_content().split())
        assert f"{body.name}: {document.title}" in nav
        assert f"{document.title} ({version.label})" in " ".join(page.locator("header").first.text_content().split())

        page.goto(served("policies/"))
        assert body.name in " ".join(page.locator("article h2").all_inner_texts())
        assert version.label in _shown(page, "article")

        page.goto(served(f"compare/topics/{topic.id}/"))
        assert topic.title in _shown(page, "article h1")
        assert page.title().startswith(f"{topic.title} - ")

        revised = next(d for d in corpus.documents.values() if any(v.supersedes for v in d.versions))
        newer = next(v for v in revised.versions if v.supersedes)
        page.goto(served(f"policies/{revised.id}/redline/"))
        assert newer.label in _shown(page, "article ul")
        assert f"Changes between versions: {revised.title}" in page.title()
    finally:
        page.close()
