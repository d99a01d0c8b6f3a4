"""Search finds rules at their clause, works from a copy on disk, and nothing leaves the machine.

The browser tests drive Debian's Chromium (see browser_fixtures.py). Material's search box
reacts to key presses only, so queries are typed with ``press_sequentially``.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest import ROOT, build, run
from policy_handbook.load.loader import load_corpus

# --- the search index ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def search_index(bundled_site) -> dict:
    return json.loads((bundled_site / "search" / "search_index.json").read_text(encoding="utf-8"))


def words(text: str) -> str:
    """Lower-case words only, so clause Markdown and indexed HTML compare equal."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def entry_words(entry: dict) -> str:
    return words(html.unescape(re.sub(r"<[^>]+>", " ", entry["text"])))


def test_every_clause_of_a_latest_version_is_indexed(search_index):
    """Leaving copies out never leaves a rule unfindable: the newest versions' clauses are all there.

    (That each clause's text is indexed once is tested in test_search_index.py.)
    """
    corpus = load_corpus(ROOT / "source_policies")
    locations = {e["location"] for e in search_index["docs"]}
    missing = []
    for document in corpus.documents.values():
        version = corpus.latest_version(document)
        page = f"policies/{document.id}/{version.id}/"

        def walk(sections):
            for section in sections:
                for clause in section.clauses:
                    if f"{page}#clause-{clause.id}" not in locations:
                        missing.append(f"{page}#clause-{clause.id}")
                walk(section.sections)

        walk(version.sections)
    assert not missing, missing


def test_clause_sections_are_weighted_first(search_index):
    clause_entries = [e for e in search_index["docs"] if "#clause-" in e["location"]]
    assert clause_entries
    assert all(e.get("boost", 1) > 1000 for e in clause_entries)
    assert not any(e.get("boost", 1) > 1 for e in search_index["docs"] if "#clause-" not in e["location"])


def test_index_size_script_reports_the_index(bundled_site):
    result = run("python", ROOT / "scripts" / "index_size.py", bundled_site)
    assert result.ok, result.output
    size = (bundled_site / "search" / "search_index.json").stat().st_size
    entries = len(json.loads((bundled_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"])
    assert f"search index: {size} bytes, {entries} entries" in result.output


def test_search_index_script_for_file_urls_matches_the_json(bundled_site):
    """From file:// Material loads search/search_index.js, the JSON wrapped in a script."""
    data = (bundled_site / "search" / "search_index.json").read_text(encoding="utf-8")
    script = (bundled_site / "search" / "search_index.js").read_text(encoding="utf-8")
    assert script == f"var __index = {data}"


# --- nothing from another host ------------------------------------------------------------

_LOADING_ATTRIBUTES = {"script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src",
                       "video": "src", "embed": "src", "object": "data", "track": "src"}
_LOADING_LINKS = {"stylesheet", "preload", "prefetch", "preconnect", "dns-prefetch", "icon", "manifest",
                  "modulepreload", "apple-touch-icon"}


class _Resources(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in _LOADING_ATTRIBUTES and attrs.get(_LOADING_ATTRIBUTES[tag]):
            self.urls.append(attrs[_LOADING_ATTRIBUTES[tag]])
        if tag == "img" and attrs.get("srcset"):
            self.urls.append(attrs["srcset"])
        if tag == "link" and _LOADING_LINKS & set((attrs.get("rel") or "").lower().split()):
            self.urls.append(attrs.get("href") or "")


def _outside(url: str) -> bool:
    return bool(re.match(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", url, re.I)) and urlparse(url.strip()).hostname not in (
        None, "127.0.0.1", "localhost")


def test_no_page_or_stylesheet_loads_anything_from_another_host(bundled_site):
    """Static check of every page and stylesheet: no web fonts, no CDN scripts, no remote images."""
    offending = []
    for path in sorted(bundled_site.rglob("*.html")):
        parser = _Resources()
        parser.feed(path.read_text(encoding="utf-8"))
        offending += [f"{path.relative_to(bundled_site)}: {url}" for url in parser.urls if _outside(url)]
    for path in sorted(bundled_site.rglob("*.css")):
        text = path.read_text(encoding="utf-8")
        for url in re.findall(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""", text):
            if _outside(url):
                offending.append(f"{path.relative_to(bundled_site)}: {url}")
    assert not offending, "\n".join(offending)


def test_the_offline_shim_is_shipped_not_fetched(bundled_site):
    page = (bundled_site / "index.html").read_text(encoding="utf-8")
    shim = bundled_site / "assets" / "policy-handbook" / "vendor" / "iframe-worker-shim.js"
    assert shim.is_file() and "MIT" in shim.read_text(encoding="utf-8")[:2000]
    head = page.partition("</head>")[0]
    assert 'src="assets/policy-handbook/vendor/iframe-worker-shim.js"' in head, "the shim must load before Material's bundle"
    assert "unpkg.com" not in page


@pytest.mark.parametrize("plugins", [["offline", "policy-handbook"], ["policy-handbook", "offline"]],
                         ids=["offline first", "offline last"])
def test_materials_offline_plugin_uses_the_shipped_shim(project, tmp_path, plugins):
    """A site that also enables Material's `offline` plugin gets no script from unpkg, whatever the order."""
    listed = "".join(f"  - {name}\n" for name in ["search", *plugins])
    root = project({"mkdocs.yml": "site_name: Test handbook\ndocs_dir: handbook\ntheme:\n  name: material\n"
                    f"  font: false\nplugins:\n{listed}"})
    result = build(root, tmp_path / "site")
    assert result.ok, result.output
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "unpkg.com" not in page
    assert "vendor/iframe-worker-shim.js" in page
    assert (tmp_path / "site" / "search" / "search_index.js").is_file()


def test_a_sites_own_custom_dir_overrides_the_plugins_partials(project, tmp_path):
    root = project({
        "mkdocs.yml": "site_name: Test handbook\ndocs_dir: handbook\ntheme:\n  name: material\n  font: false\n"
                      "  custom_dir: overrides\nplugins:\n  - search\n  - policy-handbook\n",
        "overrides/partials/copyright.html": "<div class=\"md-copyright\">Our own footer</div>\n",
    })
    result = build(root, tmp_path / "site")
    assert result.ok, result.output
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "Our own footer" in page  # the site's custom_dir comes first
    assert 'role="dialog" aria-label="Search the handbook"' in page  # then the plugin's partials


# --- search in the browser ----------------------------------------------------------------

QUERIES = [
    # query, a clause that states the rule (its anchor), where it is
    ("friend request", "clause-no-service-user-friend-requests", "policies/shaftesbury-town-council-social-media-policy/2017/"),
    ("lunch break", "clause-personal-use-in-own-time", "policies/lincolnshire-county-council-social-media-at-work/current/"),
    ("council logo", "clause-council-email-and-logos", "policies/dorset-county-council-social-networking-policy/2017/"),
]


def search(page, query: str) -> list[dict]:
    """Type a query into Material's search box; every result link, in order, with its score."""
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=20)
    page.wait_for_selector(".md-search-result__item")
    # Results update as each key is typed: wait for those of the whole query.
    page.wait_for_function("""last => [...document.querySelectorAll('.md-search-result__link')].some(a =>
        (new URL(a.href).searchParams.get('h') || '').split(' ').includes(last))""", arg=query.split()[-1].lower())
    page.wait_for_timeout(200)
    return page.evaluate("""() => [...document.querySelectorAll('.md-search-result__item')].map((item, group) =>
        [...item.querySelectorAll('a.md-search-result__link')].map(a => ({
            group, href: a.href, score: parseFloat(a.querySelector('article').dataset.mdScore)})))
        .flat()""")


def landing(results: list[dict]) -> dict:
    """Where the first result takes the reader: the best-scoring link of the first result."""
    first = [r for r in results if r["group"] == 0]
    return max(first, key=lambda r: r["score"])


def clause_entries_matching(index: dict, query: str) -> set[str]:
    """Anchors of clause sections whose text has every word of the query (as a word prefix)."""
    terms = query.lower().split()
    found = set()
    for entry in index["docs"]:
        _, _, anchor = entry["location"].partition("#")
        text = entry_words(entry).split()
        if anchor.startswith("clause-") and all(any(w.startswith(t) for w in text) for t in terms):
            found.add(anchor)
    return found


@pytest.mark.parametrize("query, anchor, where", QUERIES, ids=[q for q, _, _ in QUERIES])
def test_search_lands_on_the_clause(page, served_site, search_index, query, anchor, where):
    assert f"{where}#{anchor}" in {e["location"] for e in search_index["docs"]}, "the named clause is indexed"
    page.goto(served_site(""))
    results = search(page, query)
    best = urlparse(landing(results)["href"])
    assert best.fragment.startswith("clause-"), f"{query!r} lands on {best.path}#{best.fragment}, not on a clause"
    assert best.fragment in clause_entries_matching(search_index, query), best
    hrefs = [urlparse(r["href"]) for r in results]
    assert any(h.path.endswith(where) and h.fragment == anchor for h in hrefs), \
        f"{where}#{anchor} is not among the results for {query!r}"


def test_search_from_a_copy_on_disk(page, bundled_site):
    """Opened from file://, search works (iframe-worker shim, search_index.js) and its links open pages."""
    page.goto(f"file://{bundled_site}/index.html")
    results = search(page, "lunch break")
    best = landing(results)["href"]
    url = urlparse(best)
    assert url.scheme == "file" and url.path.endswith("/index.html"), best
    assert url.fragment.startswith("clause-"), best
    page.locator(f'a.md-search-result__link[href="{best}"]').first.click()
    page.wait_for_load_state()
    assert urlparse(page.url).path == url.path
    assert page.locator(f"#{url.fragment}").count() == 1
    # Navigation links open pages, not folder listings.
    page.goto(f"file://{bundled_site}/index.html")
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    folders = [h for h in hrefs if h.startswith("file:") and urlparse(h).path.endswith("/")]
    assert not folders, folders
    assert page.requests.foreign() == []


def _pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def test_no_request_leaves_the_machine_over_http(page, served_site, bundled_site):
    """Every page of the site, loaded in the browser: every request goes to 127.0.0.1."""
    for path in _pages(bundled_site):
        page.goto(served_site(path), wait_until="load")
    page.wait_for_timeout(300)
    assert page.requests.foreign() == []
    assert len(page.requests.urls) > len(_pages(bundled_site))


def test_no_request_leaves_the_machine_from_disk(page, bundled_site):
    """One page of every kind, opened from the file system (the http test loads them all)."""
    from test_accessibility import other_pages

    for _, path in other_pages(bundled_site, []):
        page.goto(f"file://{bundled_site}/{path}" + ("index.html" if path.endswith("/") or not path else ""),
                  wait_until="load")
    page.wait_for_timeout(300)
    assert page.requests.foreign() == []
