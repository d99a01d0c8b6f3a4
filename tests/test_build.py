"""Real builds of the handbook: the bundled corpus, and small inline projects."""

from __future__ import annotations

import filecmp
import re
import sys
from pathlib import Path

import pytest

from policy_handbook.load.loader import load_corpus
from policy_handbook.render.markup import to_plain
from policy_handbook.render.site import Urls

from conftest import DOCUMENT, ROOT, build, copy_project, run
from html_text import page_text
from seed_coverage import SEEDS, fragments, normalise




def built_page(site: Path, src_uri: str) -> Path:
    url = Urls().url(src_uri)
    return site / url / "index.html" if url.endswith("/") or not url else site / url


CORPUS = load_corpus(ROOT / "source_policies")


@pytest.mark.parametrize("document", CORPUS.documents.values(), ids=lambda d: d.id)
def test_every_clause_is_on_its_version_page_with_its_anchor(bundled_site, document):
    for version in document.versions:
        page = built_page(bundled_site, Urls().version(document.id, version.id))
        raw = page.read_text(encoding="utf-8")
        words = page_text(page)
        for clause in version.walk_clauses():
            assert normalise(to_plain(clause.text)) in words, (clause.id, clause.text)
            assert f'id="clause-{clause.id}"' in raw, clause.id
            if clause.number:
                assert f">{clause.number}<" in raw, clause.number


def test_every_sentence_of_the_seeds_is_in_the_site(bundled_site):
    site_words = " ".join(page_text(p) for p in sorted(bundled_site.rglob("*.html")))
    for seed in sorted(SEEDS.glob("*.txt")):
        missing = [s for s in fragments(seed.read_text(encoding="utf-8")) if s not in site_words]
        assert not missing, (seed.name, missing)


def test_version_page_shows_decision_metadata_and_attribution(bundled_site):
    dcc = page_text(built_page(bundled_site, Urls().version("dorset-county-council-social-networking-policy", "2017")))
    assert "Approved by Staffing Committee, meeting of 22 November 2016" in dcc
    assert "Effective from 1 January 2017" in dcc
    assert "The social networking policy in place since 2010" in dcc
    lincs = page_text(built_page(bundled_site, Urls().version("lincolnshire-county-council-social-media-at-work",
                                                               "current")))
    assert "Inferred: the document does not name Lincolnshire County Council" in lincs


def test_generated_pages_are_not_written_into_docs_dir(bundled_site):
    assert not (ROOT / "handbook" / "policies").exists()


def test_builds_are_byte_identical(tmp_path, bundled_site):
    again = tmp_path / "again"
    assert build(ROOT, again).ok
    comparison = filecmp.dircmp(bundled_site, again)
    differing: list[str] = []

    def collect(cmp: filecmp.dircmp, prefix: str = "") -> None:
        differing.extend(prefix + n for n in cmp.diff_files + cmp.left_only + cmp.right_only)
        for name, sub in cmp.subdirs.items():
            collect(sub, f"{prefix}{name}/")

    comparison = filecmp.dircmp(bundled_site, again, ignore=[])
    collect(comparison)
    # dircmp compares by size and time; compare contents for real.
    for path in bundled_site.rglob("*"):
        if path.is_file():
            other = again / path.relative_to(bundled_site)
            if not other.is_file() or other.read_bytes() != path.read_bytes():
                differing.append(str(path.relative_to(bundled_site)))
    assert not differing


def test_properdocs_builds_the_same_site(tmp_path, bundled_site):
    site = tmp_path / "properdocs-site"
    result = build(ROOT, site, tool="properdocs")
    assert result.ok, result.output
    generator = re.compile(rb'<meta name="generator"[^>]*>')
    for path in bundled_site.rglob("*.html"):
        other = site / path.relative_to(bundled_site)
        assert generator.sub(b"", other.read_bytes()) == generator.sub(b"", path.read_bytes()), path


def test_broken_corpus_fails_with_file_and_line_and_leaves_no_site(tmp_path):
    project = copy_project(tmp_path / "project")
    document = project / "source_policies/documents/dorset-council-social-networking-guidance.yml"
    text = document.read_text(encoding="utf-8")
    line = text[: text.index("status: approved")].count("\n") + 1
    document.write_text(text.replace("status: approved", "status: aproved"), encoding="utf-8")
    site = tmp_path / "site"
    result = build(project, site)
    assert result.returncode != 0
    assert f"{document}:{line}:13: 'aproved' is not a valid status" in result.output
    assert "Traceback" not in result.output
    assert not site.exists()


def test_inline_project_builds_strict_under_both_tools(project, tmp_path):
    root = project()
    for tool in ("mkdocs", "properdocs"):
        site = tmp_path / tool
        result = build(root, site, tool=tool)
        assert result.ok, result.output
        words = page_text(site / "policies/alpha-policy/2020/index.html")
        assert "1.1 Employees must not use social media for personal reasons during working time." in words


def test_user_templates_override_the_built_in_ones(project, tmp_path):
    root = project({
        "mkdocs.yml": "site_name: T\ndocs_dir: handbook\ntheme: {name: material, font: false}\n"
                      "plugins:\n  - policy-handbook:\n      templates_dir: overrides\n",
        "overrides/document.md": "# {{ document.title }}\n\nOverridden for {{ body.name }}.\n",
    })
    result = build(root, tmp_path / "site")
    assert result.ok, result.output
    assert "Overridden for Alpha Council." in page_text(tmp_path / "site/policies/alpha-policy/index.html")


def test_clause_text_is_escaped(project, tmp_path):
    hostile = DOCUMENT.replace("Do not accept friend requests from service users.",
                               "'<script>alert(1)</script> & [x](https://example.org/\"onmouseover=\"alert(2))'")
    root = project({"source_policies/documents/alpha-policy.yml": hostile})
    assert build(root, tmp_path / "site").ok
    raw = (tmp_path / "site/policies/alpha-policy/2020/index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in raw and "&lt;script&gt;alert(1)&lt;/script&gt; &amp;" in raw
    assert 'onmouseover="alert' not in raw and 'href="https://example.org/%22onmouseover=%22alert(2)"' in raw
    # A `javascript:` link is refused by the schema: tests/test_links.py.


def test_serve_rebuilds_reuse_the_corpus_until_a_source_file_changes(project):
    import os

    from mkdocs.config import load_config

    root = project()
    config = load_config(str(root / "mkdocs.yml"))
    plugin = config.plugins["policy-handbook"]
    plugin.on_startup(command="serve", dirty=False)
    plugin.on_config(config)
    first = plugin.corpus
    plugin.on_config(config)
    assert plugin.corpus is first, "an unchanged corpus is not read again"
    path = root / "source_policies/documents/alpha-policy.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("2020 policy", "2020 policy, revised"),
                    encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    plugin.on_config(config)
    assert plugin.corpus is not first
    assert plugin.corpus.documents["alpha-policy"].versions[0].label == "2020 policy, revised"


def test_previous_and_next_links_follow_the_navigation_as_shown(bundled_site):
    """Each page's `<link rel="next">` (Material's "n" key, and its footer when enabled) leads to
    the page after it in the navigation's order."""
    import posixpath
    from policy_handbook.render.handbook import NavSection, handbook_content
    from policy_handbook.render.options import RenderOptions

    content = handbook_content(CORPUS, RenderOptions(baseline_body="dorset-council"), has_home=True)

    def flatten(entries):
        for entry in entries:
            if isinstance(entry, NavSection):
                yield from flatten(entry.children)
            else:
                yield entry

    order = [Urls().url(uri) for uri in flatten(content.nav(["index.md"]))]
    assert len(order) > 20
    for here, following in zip(order, order[1:]):
        raw = (bundled_site / here / "index.html").read_text(encoding="utf-8")
        link = re.search(r'<link rel="next" href="([^"]*)">', raw)
        assert link, here
        assert posixpath.normpath(posixpath.join("/" + here, link.group(1))) == posixpath.normpath("/" + following), \
            (here, link.group(1), following)


def test_the_objects_a_build_leaves_are_not_searched_for_cycles_as_the_process_exits():
    # The check is registered first, so it runs after the plugin's own exit handler.
    script = (
        "import atexit, gc\n"
        "atexit.register(lambda: print('frozen at exit:', gc.get_freeze_count() > 0))\n"
        "from policy_handbook.plugin import PolicyHandbookPlugin\n"
        "plugin = PolicyHandbookPlugin()\n"
        "plugin.on_startup(command='build', dirty=False)\n"
        "plugin.on_startup(command='serve', dirty=False)\n"
        "print('frozen before exit:', gc.get_freeze_count() > 0)\n"
    )
    result = run(sys.executable, "-c", script)
    assert result.ok, result.output
    assert result.output.splitlines() == ["frozen before exit: False", "frozen at exit: True"]
