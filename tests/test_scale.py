"""A handbook of many bodies: the corpus generator, and navigation that grows with a body, not the corpus."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import pytest

from policy_handbook.analyse.crossmap import compared_bodies
from policy_handbook.analyse.diff import word_diff
from policy_handbook.analyse.diff_store import DiffStore
from policy_handbook.analyse.stance import propose_stance
from policy_handbook.analyse.stance_store import READER_SOURCES, StanceStore, reader_fingerprint
from policy_handbook.load.loader import load_corpus
from policy_handbook.render.compare import PAGED_TOPICS_FROM as GROUP_BY_KIND_FROM
from policy_handbook.render.environment import make_environment
from policy_handbook.render.handbook import HandbookContent, NavSection, body_groups
from policy_handbook.render.precompiled import PrecompiledLoader
from policy_handbook.render.site import Page, Urls

from conftest import ROOT, build, copy_project, script
from html_text import words

BUNDLED_BODIES = 6


def _generator():
    return script("generate_corpus")


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


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_site_is_byte_identical_with_and_without_a_warm_cache(tmp_path):
    project = copy_project(tmp_path / "project")
    cache = project / ".cache" / "policy-handbook"
    assert not cache.exists()
    assert build(project, tmp_path / "cold").ok
    [store] = cache.glob("word-diffs-*.json")
    stored = json.loads(store.read_text(encoding="utf-8"))
    assert len(stored) > 100
    [readings] = cache.glob(f"stance-readings-{reader_fingerprint()}.json")
    read = json.loads(readings.read_text(encoding="utf-8"))
    assert len(read) > 200  # every current clause with a topic link, at least
    [templates] = cache.glob("templates-*")  # named after Jinja's version and the environment's options
    # The warm build reads compiled templates too: from here, those the checkout does not carry compiled (scripts/dev).
    env = make_environment()
    taken = PrecompiledLoader().usable(env)
    kept = len(list(templates.iterdir()))
    assert kept > 20 if not taken else kept <= len(env.list_templates()) - len(taken)
    assert build(project, tmp_path / "warm").ok
    assert json.loads(store.read_text(encoding="utf-8")) == stored  # nothing new to diff
    assert json.loads(readings.read_text(encoding="utf-8")) == read  # nothing new to read
    cold, warm = _tree(tmp_path / "cold"), _tree(tmp_path / "warm")
    assert cold.keys() == warm.keys()
    assert [name for name in cold if cold[name] != warm[name]] == []


def test_diff_store_returns_what_the_engine_returns(tmp_path):
    old, new = "Staff must not post comments.", "Employees must never post remarks online."
    store = DiffStore(tmp_path)
    assert store.word_diff(old, new) == word_diff(old, new)
    store.save()
    again = DiffStore(tmp_path)
    assert len(again) == 1 and again.word_diff(old, new) == word_diff(old, new)
    (tmp_path / again.path.name).write_text("{not json", encoding="utf-8")
    assert len(DiffStore(tmp_path)) == 0  # a damaged store is ignored, not an error


@pytest.fixture(scope="module")
def generated_site(generated, tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("generated") / "site"
    result = build(generated, site)
    assert result.ok, result.output
    return site


def _bodies_of(html: str) -> list[str]:
    return re.findall(r'<h2 id="body-([^"]+)"', html)


def test_topic_parts_split_many_bodies_by_kind_then_name():
    from policy_handbook.model import Body
    from policy_handbook.render.compare import BODIES_PER_TOPIC_PART, PAGED_TOPICS_FROM, topic_parts

    few = [Body(id=f"b{n}", name=f"B {n}", kind="district council") for n in range(PAGED_TOPICS_FROM)]
    assert topic_parts(few) == []
    many = [Body(id=f"d{n:02}", name=f"District {n:02}", kind="district council") for n in range(60)]
    many.append(Body(id="county", name="A County", kind="county council"))
    parts = topic_parts(many)
    assert [p.slug for p in parts] == ["county-councils", "district-councils-1", "district-councils-2",
                                       "district-councils-3"]
    assert parts[1].title == "District councils: District 00 – District 24"
    assert all(len(p.bodies) <= BODIES_PER_TOPIC_PART for p in parts)
    assert sorted(b.id for p in parts for b in p.bodies) == sorted(b.id for b in many)


def test_topic_page_of_many_bodies_links_each_body_to_its_part(generated, generated_site):
    from policy_handbook.render.compare import BODIES_PER_TOPIC_PART

    corpus = load_corpus(generated / "source_policies")
    topic = next(iter(corpus.topics))
    folder = generated_site / "compare" / "topics" / topic
    overview = (folder / "index.html").read_text(encoding="utf-8")
    assert _bodies_of(overview) == []  # no body's clauses on the topic's own page
    assert "on the page of its kind of body" in overview
    assert 'class="ph-verdict__positions"' not in overview  # the position table lists them once
    linked = re.findall(r'<th scope="row"><a href="([^"#]+)#body-([^"]+)"', overview)
    assert len(linked) == len(compared_bodies(corpus))
    seen = []
    for href, body in linked:
        part = (folder / href / "index.html").resolve()
        html = part.read_text(encoding="utf-8")
        assert body in _bodies_of(html)
        seen.append(body)
    assert sorted(set(seen)) == sorted(seen)
    for part in folder.glob("*/index.html"):
        html = part.read_text(encoding="utf-8")
        bodies = _bodies_of(html)
        assert 0 < len(bodies) <= BODIES_PER_TOPIC_PART
        # Each body's headline clause in full; its other clauses only as links: the page is bounded by its bodies.
        assert html.count('<div class="ph-mapping"') <= len(bodies)
        assert html.count('<details class="ph-redline">') <= len(bodies)


def test_coverage_matrix_of_many_bodies_counts_positions_and_links_each_kind(generated, generated_site):
    from policy_handbook.render.compare import BODIES_PER_TOPIC_PART

    corpus = load_corpus(generated / "source_policies")
    matrix = (generated_site / "compare" / "index.html").read_text(encoding="utf-8")
    assert "<th scope=\"col\">Positions</th>" in matrix
    compared = compared_bodies(corpus)
    assert not any(f'<th scope="col">{b.name}</th>' in matrix for b in compared)  # no column per body
    parts = re.findall(r'<a href="(coverage/[^"]+)">', matrix)
    assert parts
    columns, tagged = [], []
    for href in parts:
        html = (generated_site / "compare" / href / "index.html").read_text(encoding="utf-8")
        head = re.search(r"<thead>(.*?)</thead>", html, re.S).group(1)
        # after "Topic"; an abolished body's name is followed by a tag saying so
        names = [n.strip() for n in re.findall(r'<th scope="col">([^<]+)(?:<span class="ph-tag">[^<]*</span>)?</th>', head)[1:]]
        assert 0 < len(names) <= BODIES_PER_TOPIC_PART
        columns += names
        tagged += re.findall(r'<th scope="col">([^<]+?) <span class="ph-tag">\(abolished [^<]*\)</span></th>', head)
    assert sorted(columns) == sorted(b.name for b in compared)
    today = datetime.date.today()
    abolished = sorted(b.name for b in compared if b.abolished and b.abolished <= today)
    assert abolished and sorted(tagged) == abolished


def test_mapping_script_holds_only_what_the_browser_reads(generated_site):
    from policy_handbook.render.exports import browser_mapping

    data = json.loads((generated_site / "compare" / "mapping.json").read_text(encoding="utf-8"))
    script = (generated_site / "compare" / "mapping.js").read_text(encoding="utf-8")
    assert json.loads(script[len("var __phMapping = "):-2]) == browser_mapping(data)
    assert len(script) < 0.7 * len((generated_site / "compare" / "mapping.json").read_text(encoding="utf-8"))


def test_pair_pages_of_many_bodies_link_the_baseline_clauses_instead_of_repeating_them(generated_site, bundled_site):
    def first_side(html: str) -> str:
        return re.findall(r'<div class="ph-pair__side">(.*?)<div class="ph-pair__side">', html, re.S)[0]

    pair = "dorset-council--dorset-county-council"
    many = (generated_site / "compare" / "bodies" / pair / "index.html").read_text(encoding="utf-8")
    few = (bundled_site / "compare" / "bodies" / pair / "index.html").read_text(encoding="utf-8")
    assert 'class="ph-mapping"' in first_side(few)  # with few bodies, both sides in full
    assert 'class="ph-mapping"' not in first_side(many) and 'class="ph-others__list"' in first_side(many)
    assert many.count('<details class="ph-redline">') == few.count('<details class="ph-redline">')
    # Listed on the coverage matrix, not in every pair page's navigation.
    assert 'href="../dorset-council--' not in many and 'href="../dorset-council--' in few


def test_build_cpu_names_the_kinds_of_page_as_site_size_does():
    module = script("build_cpu")
    kinds = {
        "policies/doc/v1/index.html": "version pages",
        "policies/doc/index.html": "document pages",
        "policies/doc/redline/v1--v2/index.html": "redlines",
        "policies/index.html": "policy index",
        "compare/topics/monitoring/index.html": "topic pages",
        "compare/topics/monitoring/district-councils-1/index.html": "topic pages",
        "compare/bodies/a--b/index.html": "body-pair pages",
        "compare/coverage/district-councils-1/index.html": "coverage pages",
        "print/doc/v1/index.html": "printable pages",
        "index.html": "other pages",
    }
    assert {uri: module.page_kind(uri) for uri in kinds} == kinds


def test_stance_store_returns_what_the_reader_returns(tmp_path):
    item, lead_in = "share their passwords", "Staff must not:"
    store = StanceStore(tmp_path)
    assert store.reading(item, lead_in) == propose_stance(item, lead_in)
    # a clause without a lead-in, and one whose lead-in is empty, are different clauses
    for text, lead in ((item, None), (item, ""), ("Staff may use the internet outside working hours.", None)):
        assert store.reading(text, lead) == propose_stance(text, lead)
    store.save()
    again = StanceStore(tmp_path)
    assert len(again) == 4
    for text, lead in ((item, lead_in), (item, None), ("Staff may use the internet outside working hours.", None)):
        kept = again.reading(text, lead)
        assert kept == propose_stance(text, lead) and kept.cues == propose_stance(text, lead).cues
    assert again.reading(item, lead_in).stance == "prohibits"  # from the lead-in, not the item's own words


def test_stance_store_ignores_what_it_did_not_write(tmp_path):
    store = StanceStore(tmp_path)
    text = "Staff must not post comments about colleagues."
    store.reading(text)
    store.save()
    entries = json.loads(store.path.read_text(encoding="utf-8"))
    [key] = entries
    for damaged in (["permits", "may", "", [], None], ["allows", "may", "", [], None, []], {"stance": "permits"},
                    ["permits", "may", "<b>", ["council equipment"], 3, []]):
        store.path.write_text(json.dumps({key: damaged}), encoding="utf-8")
        assert StanceStore(tmp_path).reading(text) == propose_stance(text)  # read again, not taken from the file
    store.path.write_text("{not json", encoding="utf-8")
    assert len(StanceStore(tmp_path)) == 0  # a damaged store is ignored, not an error
    store.path.write_text("[]", encoding="utf-8")
    assert len(StanceStore(tmp_path)) == 0


def test_stance_store_is_named_after_every_module_the_reader_runs():
    """The store's name hashes the reader's source, so a store written by other code is never read: every module of
    the package that the reader imports, directly or not, is among the hashed sources (but the model and the corpus,
    whose types the reader names and whose code it does not run)."""
    import ast

    analyse = ROOT / "plugins" / "policy_handbook" / "analyse"
    hashed = {(analyse / name).resolve() for name in READER_SOURCES}
    structures = {(analyse.parent / name).resolve() for name in ("model.py", "corpus.py")}
    needed, todo = set(), [(analyse / "stance.py").resolve()]
    while todo:
        path = todo.pop()
        if path in needed or path in structures:
            continue
        needed.add(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = path.parent
                for _ in range(node.level - 1):
                    base = base.parent
                module = base.joinpath(*node.module.split(".")) if node.module else base
                target = module.with_suffix(".py") if module.with_suffix(".py").is_file() else module / "__init__.py"
                todo.append(target.resolve())
    assert needed <= hashed
    assert reader_fingerprint() in StanceStore(Path("unused")).path.name


def test_diff_store_keys_each_pair_of_texts_on_its_own(tmp_path):
    """An edited new text, or the same words split differently between the two texts, is a
    different pair: the store never answers with another pair's diff."""
    store = DiffStore(tmp_path)
    old = "Staff must not post comments."
    for new in ("Staff must not post comments online.", "Staff may post comments."):
        assert store.word_diff(old, new) == word_diff(old, new)
    for old, new in (("Staff must not", "post"), ("Staff must no", "tpost")):  # the same characters in a row
        assert store.word_diff(old, new) == word_diff(old, new)
    store.save()
    again = DiffStore(tmp_path)
    assert len(again) == 4
    assert again.word_diff("Staff must not post comments.", "Staff may post comments.") == \
        word_diff("Staff must not post comments.", "Staff may post comments.")


def test_coverage_parts_say_what_differs_where_only_the_stance_is_the_same(generated, generated_site):
    """The counted matrix and each kind's part give the verdict of all the bodies: the same stance
    with another strength or scope names what differs, and says when it rests on proposals."""
    from policy_handbook.analyse.crossmap import coverage
    from policy_handbook.render.labels import matrix_verdict_words

    corpus = load_corpus(generated / "source_policies")
    stance_only = {e.topic.id: e.verdict for e in coverage(corpus) if e.verdict.kind == "stance-only"}
    assert stance_only and any(v.rests_on_proposals for v in stance_only.values())
    matrix = (generated_site / "compare" / "index.html").read_text(encoding="utf-8")
    parts = re.findall(r'<a href="(coverage/[^"]+)">', matrix)
    seen = 0
    for href in [".", *parts]:
        html = (generated_site / "compare" / href / "index.html").read_text(encoding="utf-8")
        for row in re.findall(r'<tr>\s*<th scope="row">.*?</tr>', html, re.S):
            topic = re.search(r'topics/([^/"]+)/', row).group(1)
            if topic in stance_only:
                verdict = stance_only[topic]
                cell = words(re.findall(r'<td class="ph-matrix__verdict">(.*?)</td>', row, re.S)[-1])
                assert cell == (f"{matrix_verdict_words(verdict)} {verdict.addressing} of {verdict.bodies} address"
                                f"{'; rests on proposals' if verdict.rests_on_proposals else ''}"), (href, topic)
                seen += 1
    assert seen >= 2 * len(stance_only)
