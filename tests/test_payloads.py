"""Hostile source text never runs, never loads anything, and reads as it was typed.

The bundled corpus is copied with a payload in every string field of every model class
(tests/payloads.py), built once into a real site, and every built page is opened in
Chromium: no payload may run, no request may leave 127.0.0.1, and the payload text must
be visible, exactly as typed, where the field is shown.
"""

from __future__ import annotations

import datetime
import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

from browser_fixtures import serve
from conftest import MKDOCS_YML, ROOT, build, copy_project
from payloads import FOREIGN_HOST, hostile_corpus, string_fields
from policy_handbook.load.loader import load_corpus
from policy_handbook.model import BodiesFile, Document, TopicsFile
from policy_handbook.render.compare import PAGED_TOPICS_FROM

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
        older = next(v for v in revised.versions if v.id == newer.supersedes)
        page.goto(served(f"policies/{revised.id}/"))
        assert f"Changes from {older.label}" in _shown(page, "article table")
        page.goto(served(f"policies/{revised.id}/redline/{older.id}--{newer.id}/"))
        assert page.title().startswith(f"Changes: {older.label} → {newer.label} - ")

        # The notice that nothing can be acknowledged yet names the proposal as typed.
        common = next(d for d in corpus.documents.values() if corpus.bodies[d.body].kind == "handbook project")
        proposal = corpus.latest_version(common)
        page.goto(served("acknowledge/"))
        assert f"{common.title} ({proposal.label}) is a proposal." in _shown(page, ".ph-ack-none")
    finally:
        page.close()


# --- pages the bundled corpus does not have -------------------------------------------------

MANY = 21
"""More bodies than one topic page shows: each body's clauses go on a page of its kind, listed compactly."""


def _many_bodies_with_history(root: Path) -> dict[str, int]:
    """A corpus of ``MANY`` bodies, every name, title and label a payload, one body's rule changed between
    versions, and a harmonised policy adopted and in force.

    Returns where the payloads went: "body" (the body with a history), "title" (its document's),
    "common" and "common label" (the harmonised policy's title and version label) → payload number."""
    import yaml

    from payloads import payload

    def rule(clause_id: str, text: str, stance: str) -> dict:
        return {"id": clause_id, "text": text, "topics": [{"topic": "working-time", "stance": stance}]}

    now = [rule("working-time", "Staff must not use social media during working time.", "prohibits"),
           rule("breaks", "Staff must not post during breaks either.", "prohibits")]
    bodies, documents = [], {}
    for n in range(1, MANY + 1):
        bodies.append({"id": f"body-{n}", "name": payload(n), "kind": "district council"})
        versions = [{"id": "2017", "label": payload(200 + n), "status": "approved", "source": {"title": "Policy"},
                     "dates": {"effective_from": datetime.date(2017, 1, 1)},
                     "sections": [{"id": "rules", "clauses": now}]}]
        if n == 1:
            versions[0]["supersedes"] = "2010"
            versions.insert(0, {"id": "2010", "label": payload(300 + n), "status": "superseded",
                                "source": {"title": "Policy"},
                                "sections": [{"id": "rules", "clauses": [
                                    rule("working-time", "Staff may use social media during working time.", "permits"),
                                    rule("breaks", "Staff may post during breaks.", "permits")]}]})
        documents[f"policy-{n}"] = {"id": f"policy-{n}", "body": f"body-{n}", "title": payload(100 + n),
                                    "kind": "policy", "attribution": {"basis": "stated"}, "versions": versions}
    bodies.append({"id": "project", "name": payload(500), "kind": "handbook project"})
    documents["common-policy"] = {
        "id": "common-policy", "body": "project", "title": payload(501), "kind": "policy",
        "attribution": {"basis": "stated"},
        "versions": [{"id": "v1", "label": payload(502), "status": "approved", "source": {"title": "Common"},
                      "dates": {"published": datetime.date(2020, 1, 1), "approved": datetime.date(2020, 1, 10),
                                "effective_from": datetime.date(2020, 2, 1)},
                      "sections": [{"id": "rules", "clauses": now}]}]}
    source = root / "source_policies"
    (source / "documents").mkdir(parents=True)
    dump = lambda data: yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)  # noqa: E731
    (source / "bodies.yml").write_text(dump({"bodies": bodies}), encoding="utf-8")
    (source / "topics.yml").write_text(dump({"groups": [{"id": "use", "title": payload(400)}], "topics": [
        {"id": "working-time", "title": payload(401), "question": payload(402), "description": payload(403),
         "group": "use"}]}), encoding="utf-8")
    for name, data in documents.items():
        (source / "documents" / f"{name}.yml").write_text(dump(data), encoding="utf-8")
    (root / "handbook").mkdir()
    (root / "handbook" / "index.md").write_text("# Test handbook\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    return {"body": 1, "title": 101, "common": 501, "common label": 502}


def escaped(number: int) -> str:
    """How a payload's start reads in built HTML: as text."""
    return f"PH{number}: &lt;script&gt;__pwned.push({number})&lt;/script&gt;"


def test_history_pages_of_many_bodies_and_a_policy_in_force_show_hostile_titles_as_text(tmp_path):
    root = tmp_path / "project"
    where = _many_bodies_with_history(root)
    assert len(load_corpus(root / "source_policies").bodies) > PAGED_TOPICS_FROM
    site = tmp_path / "site"
    result = build(root, site, strict=False)
    assert result.ok, result.output
    live = {str(p.relative_to(site)): RAN.findall(p.read_text(encoding="utf-8"))[:2] for p in site.rglob("*.html")}
    assert not {page: found for page, found in live.items() if found}
    [part] = (site / "compare" / "topics" / "working-time").glob("*/index.html")
    raw = part.read_text(encoding="utf-8")
    raw = raw[raw.index(f'<h2 id="body-body-{where["body"]}"'):]
    raw = raw[:raw.find('<h2 id="body-', 1)]
    title = escaped(where["title"])
    history = raw[raw.index('<div class="ph-history"'):]
    assert title in history[:history.index("</div>")], "the earlier stance names the document, as text"
    others = raw[raw.index('<ul class="ph-others__list"'):]
    assert title in others[:others.index("</ul>")], "the compact list names the document, as text"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert f"The policy that applies to you: {escaped(where['common'])}" in home
    form = (site / "acknowledge" / "common-policy" / "v1" / "index.html").read_text(encoding="utf-8")
    assert f'type="submit">Acknowledge {escaped(where["common label"])}' in form
