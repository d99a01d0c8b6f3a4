"""`policy-handbook generate`: the handbook as plain files that MkDocs, ProperDocs and Zensical build
with no plugin, and the same checks in a real browser on the Zensical-built site.

The plugin build and a plain MkDocs build of the generated folder must be the same site (but for
the theme's whitespace, which the plugin collapses); ProperDocs
builds byte-identical pages to MkDocs (test_build.py), so the browser checks of the plugin build
cover it. Zensical has its own templates: its site is checked here with axe, search,
acknowledgement and print.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from policy_handbook.render.whitespace import collapse_whitespace

from browser_fixtures import axe_violations, describe, serve
from conftest import BIN, ROOT, _env, build, copy_project, run
from html_text import words as visible_text
from test_accessibility import GLOBBED_TYPES, PAGE_TYPES

ZENSICAL = BIN / "zensical"
SEARCH_INDEXES = {"search/search_index.json", "search/search_index.js"}


def zensical_build(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(ZENSICAL), "build"], cwd=folder, env=_env(), capture_output=True, text=True,
                          timeout=600)


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("generate") / "handbook"
    result = run("policy-handbook", "generate", "-f", ROOT / "mkdocs.yml", "--out", out)
    assert result.ok, result.output
    return out


@pytest.fixture(scope="module")
def zensical_site(generated) -> Path:
    result = zensical_build(generated)
    assert result.returncode == 0, result.stdout + result.stderr
    return generated / "site"


def html_files(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def test_generated_folder_builds_with_plain_mkdocs_into_the_same_site(generated, bundled_site, tmp_path):
    config = (generated / "mkdocs.yml").read_text(encoding="utf-8")
    assert "policy-handbook" not in re.sub(r"^#.*$", "", config, flags=re.M).replace("assets/policy-handbook", "")
    site = tmp_path / "plain"
    result = build(generated, site)
    assert result.ok, result.output
    assert html_files(site) == html_files(bundled_site)
    # The plugin writes the theme's whitespace collapsed (compact_html); so is each page compared.
    different = [f for f in html_files(site)
                 if collapse_whitespace((site / f).read_text(encoding="utf-8"))
                 != collapse_whitespace((bundled_site / f).read_text(encoding="utf-8"))]
    assert different == []
    assets = sorted(p.relative_to(bundled_site).as_posix() for p in (bundled_site / "assets/policy-handbook").rglob("*"))
    assert assets and all((site / "assets/policy-handbook" / a.split("/", 2)[2]).exists() for a in assets)


def test_generated_folder_builds_with_properdocs(generated, tmp_path):
    result = build(generated, tmp_path / "properdocs", tool="properdocs")
    assert result.ok, result.output


def clause_texts(site: Path, page: str) -> dict[str, str]:
    """Each clause's visible text on a page, by its anchor."""
    html = (site / page).read_text(encoding="utf-8")
    texts = {}
    for match in re.finditer(r'<(h\d|li|p|div)[^>]*\bid="(clause-[^"]+)"', html):
        start = match.start()
        texts[match.group(2)] = visible_text(html[start:start + 4000])[:200]
    return texts


def test_zensical_builds_every_page_the_plugin_builds_with_the_same_clause_text(zensical_site, bundled_site):
    plugin_pages = [p for p in html_files(bundled_site)]
    missing = [p for p in plugin_pages if not (zensical_site / p).exists()]
    assert missing == []
    version_pages = [p for p in plugin_pages if p.startswith("policies/") and p.count("/") == 3
                     and "/redline/" not in p]
    assert len(version_pages) >= 7
    for page in version_pages:
        ours, theirs = clause_texts(bundled_site, page), clause_texts(zensical_site, page)
        assert ours, page
        assert set(theirs) == set(ours), page
        for anchor, text in ours.items():
            assert theirs[anchor] == text, (page, anchor)


def test_zensical_on_the_plugin_config_says_the_handbook_was_not_generated(tmp_path):
    project = copy_project(tmp_path / "project")
    result = zensical_build(project)
    assert result.returncode == 0, result.stderr
    home = visible_text((project / "site" / "index.html").read_text(encoding="utf-8"))
    assert "handbook's pages were not generated" in home
    assert "policy-handbook generate" in home


def test_the_plugin_build_hides_the_not_generated_notice(bundled_site):
    home = (bundled_site / "index.html").read_text(encoding="utf-8")
    assert "not generated" not in visible_text(home)
    assert "policy-handbook:not-generated" not in home


def test_validate_tells_zensical_users_to_generate():
    result = run("policy-handbook", "validate")
    assert result.ok, result.output
    assert "policy-handbook generate" in result.output


def test_generate_reports_broken_sources_without_a_traceback_and_keeps_the_old_folder(tmp_path):
    project = copy_project(tmp_path / "project")
    out = tmp_path / "out"
    assert run("policy-handbook", "generate", "-f", project / "mkdocs.yml", "--out", out).ok
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    bodies = project / "source_policies" / "bodies.yml"
    bodies.write_text(bodies.read_text(encoding="utf-8").replace("kind:", "knid:", 1), encoding="utf-8")
    result = run("policy-handbook", "generate", "-f", project / "mkdocs.yml", "--out", out)
    assert result.returncode == 1
    assert "Traceback" not in result.output
    assert re.search(r"bodies\.yml:\d+:\d+", result.output), result.output
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before


def test_generate_watch_regenerates_when_a_source_changes(tmp_path):
    project = copy_project(tmp_path / "project")
    out = tmp_path / "out"
    process = subprocess.Popen([str(BIN / "policy-handbook"), "generate", "-f", str(project / "mkdocs.yml"),
                                "--out", str(out), "--watch"], env=_env(), stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        page = out / "docs" / "index.md"
        deadline = time.monotonic() + 120
        while not page.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert page.exists()
        first = page.stat().st_mtime_ns
        index = project / "handbook" / "index.md"
        index.write_text(index.read_text(encoding="utf-8") + "\nA line added while watching.\n", encoding="utf-8")
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:  # the generator swaps the output folder in whole, so the page can be missing for a moment
                if page.stat().st_mtime_ns != first and "added while watching" in page.read_text(encoding="utf-8"):
                    break
            except FileNotFoundError:
                pass
            time.sleep(0.2)
        assert "A line added while watching." in page.read_text(encoding="utf-8")
    finally:
        process.terminate()
        process.wait(timeout=10)


# --- the Zensical-built site in Chromium ------------------------------------------------------


@pytest.fixture(scope="module")
def zensical_served(zensical_site):
    served, server = serve(zensical_site)
    yield served
    server.shutdown()


def zensical_page_types(site: Path) -> list[tuple[str, str]]:
    pages = list(PAGE_TYPES)
    for name, pattern in GLOBBED_TYPES:
        matches = sorted(site.glob(pattern))
        if matches:
            path = matches[0].relative_to(site).as_posix()
            pages.append((name, path[: -len("index.html")] if path.endswith("index.html") else path))
    return pages


def test_every_page_type_of_the_zensical_site_has_no_axe_violations(page, zensical_served, zensical_site):
    failures = []
    for name, path in zensical_page_types(zensical_site):
        page.goto(zensical_served(path))
        violations = axe_violations(page)
        if violations:
            failures.append(f"{name} ({path}):\n{describe(violations)}")
    assert failures == [], "\n\n".join(failures)
    assert page.requests.foreign() == []


def test_zensical_search_finds_a_clause_over_http(page, zensical_served):
    page.goto(zensical_served(""))
    page.click(".md-search__button")
    page.keyboard.type("friend request", delay=20)
    results = page.locator('ol[aria-label="Search results"] a[role="option"]')
    results.first.wait_for(timeout=15_000)
    page.wait_for_timeout(1000)  # the list is redrawn as the last keys arrive
    hrefs = results.evaluate_all("links => links.map(link => link.getAttribute('href'))")
    assert any("#clause-" in href for href in hrefs), hrefs
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_zensical_acknowledgement_works(page, zensical_served, zensical_site):
    pages = sorted(zensical_site.glob("acknowledge/*/*/index.html"))
    assert pages, "no acknowledgement page on the Zensical site"
    forms = [p for p in pages if 'id="ph-ack-name"' in p.read_text(encoding="utf-8")]
    if not forms:
        # No version of the bundled policy is in force, so each page is a preview with no form.
        for p in pages:
            assert "Preview only: this version cannot be acknowledged" in p.read_text(encoding="utf-8"), p
        page.goto(zensical_served(pages[-1].relative_to(zensical_site).as_posix()[: -len("index.html")]))
        violations = axe_violations(page)
        assert violations == [], describe(violations)
        return
    path = forms[-1].relative_to(zensical_site).as_posix()[: -len("index.html")]
    page.goto(zensical_served(path))
    page.fill("#ph-ack-name", "Alex Example")
    page.fill("#ph-ack-employee", "E42")
    page.check("#ph-ack-read")
    page.click("#ph-ack-submit")
    page.wait_for_selector("#ph-ack-receipt:not([hidden])", timeout=10_000)
    assert "Alex Example" in page.inner_text("#ph-ack-receipt")
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_zensical_printable_page_prints_on_a4(page, zensical_served, zensical_site, tmp_path):
    printable = sorted(zensical_site.glob("print/*/*/*/index.html"))
    assert printable
    path = printable[0].relative_to(zensical_site).as_posix()[: -len("index.html")]
    page.goto(zensical_served(path))
    page.emulate_media(media="print")
    assert page.locator(".md-header").first.is_hidden() if page.locator(".md-header").count() else True
    pdf = page.pdf(prefer_css_page_size=True)
    from pypdf import PdfReader
    import io
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert "Appendix" in reader.pages[0].extract_text() or "APPENDIX" in reader.pages[0].extract_text()


def test_zensical_search_does_not_work_from_file(page, zensical_site):
    """Recorded, not skipped: Zensical's search needs HTTP (the README's builder table says so)."""
    page.goto((zensical_site / "index.html").as_uri())
    page.click(".md-search__button")
    page.keyboard.type("friend request", delay=20)
    page.wait_for_timeout(3000)
    assert page.locator('ol[aria-label="Search results"] a[role="option"]').count() == 0


def test_generate_with_a_missing_mkdocs_yml_says_so_without_a_traceback(tmp_path):
    missing = tmp_path / "nowhere" / "mkdocs.yml"
    result = run("policy-handbook", "generate", "-f", missing, "--out", tmp_path / "out")
    assert result.returncode == 1 and "Traceback" not in result.output
    assert f"{missing}: not found — give the site's mkdocs.yml with -f" in result.output
    assert not (tmp_path / "out").exists()
