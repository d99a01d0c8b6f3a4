"""Pages are divided into search sections without Material's HTML parser, and the index is the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from material.plugins.search.plugin import Element, Parser, Section, SearchIndex
from mkdocs.commands.build import build
from mkdocs.config import load_config

from policy_handbook import plugin as plugin_module
from policy_handbook import search_parse
from policy_handbook.search_parse import read_quickly, sections

from conftest import ROOT


def by_material(html: str) -> list[tuple]:
    parser = Parser()
    parser.feed(html)
    parser.close()
    return described(parser.data)


def described(data: list) -> list[tuple]:
    return [(s.el.tag, s.el.attrs, s.id, s.title, s.text, s.is_excluded()) for s in data]


def quickly(html: str) -> list[tuple] | None:
    made = sections(html, Element, Section)
    return None if made is None else described(made)


SAME = [
    "plain text, no tags",
    "<p>Lead</p><h2 id=\"a\">A <em>b</em><a class=\"headerlink\" href=\"#a\">¶</a></h2><p>Text &amp; more</p>",
    "<h1 id=\"top\">Top</h1><p>one</p>\n\n<h3 id=\"c\" data-search-exclude>C</h3><p>hidden?</p>",
    # Closing any div ends a div's exclusion (Material's elements compare by tag).
    "<h2 id=\"x\">X</h2><div data-search-exclude><p>no</p><div>inner</div><p>yes, indexed</p></div><p>after</p>",
    # An excluded element inside one with its tag: the outer one is skipped too, until the inner one closes.
    "<div><p>a</p><div data-search-exclude>x<p>x</p></div><p>y</p></div><p>z</p>",
    # A heading inside an excluded element still starts a section.
    "<h2 id=\"x\">X</h2><section data-search-exclude><h3 id=\"y\">Y</h3><p>no</p></section><p>tail</p>",
    # A heading nested in an element: leaving the element returns to the section before.
    "<h2 id=\"a\">A</h2><div><h3 id=\"b\">B</h3><p>in b</p></div><p>back in a</p>",
    "<pre><code>a</code> <span> </span>\n</pre><p>b</p> <span> </span> <p>c</p>",
    "<pre><code>line 1\n  line 2\n\n</code></pre><p>  </p><ul><li> </li><li>item\nwrapped</li></ul>",
    "<P CLASS=\"x\">Upper <BR/>case<img src=\"a.png\" alt='b'/></P><div/>text<span data-search-exclude/>x",
    "<div class=\"linenodiv\"><pre>1\n2</pre></div><p>code</p><h2 id=\"q&amp;a\">Q &amp; A &lt;b&gt;</h2>",
    "<ol><li><p>a</p><ul><li>b</li></ul></li><li></li></ol><sub>1</sub><sup> </sup>",
    "</p>stray end tags</div><p>ok",
    "<h2 id=\"e\"></h2><h2 id>no id value</h2><h4 id=\"f\">F<h5 id=\"g\">G</h5></h4>",
    "<td data-search-exclude=\"\">x</td><td data-search-exclude=\"\"><td>y</td>z</td>w",
    "<p title=\"a > b\" data-x='1'>quoted &gt; in values</p>",
]

ELSEWHERE = [
    "<p>a</p><!-- comment --><p>b</p>",
    "<script>var a = '<p>';</script><p>b</p>",
    "<style>p { }</style>",
    "<p>1 < 2</p>",
    "<!DOCTYPE html><p>a</p>",
    "<p class=unquoted>a</p>",
    "<textarea><p></textarea>",
]


@pytest.mark.parametrize("html", SAME)
def test_sections_are_those_of_materials_parser(html):
    assert quickly(html) == by_material(html)


@pytest.mark.parametrize("html", ELSEWHERE)
def test_html_that_is_not_plain_is_left_to_materials_parser(html):
    assert quickly(html) is None


def test_the_index_reads_quickly_and_makes_the_same_entries():
    index = SearchIndex()
    assert read_quickly(index)
    assert not read_quickly(index), "wrapped once"
    plain = SearchIndex()

    class Page:
        meta: dict = {}
        toc: list = []
        url = "a/"
        title = "A page"

    for html in SAME + ELSEWHERE:
        Page.content = html
        index.add_entry_from_context(Page)
        plain.add_entry_from_context(Page)
    assert index.entries == plain.entries and len(index.entries) > len(SAME)


def test_an_index_that_is_not_materials_is_left_alone():
    class Other:
        def add_entry_from_context(self, page):
            pass

    other = Other()
    assert not read_quickly(other)
    assert "add_entry_from_context" not in vars(other)


def _build_bundled(site: Path) -> None:
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)


def test_the_bundled_site_has_the_same_search_index_with_and_without(tmp_path, monkeypatch):
    """Every page of the bundled site is divided as Material's parser divides it, and the written
    index is byte for byte the one Material's parser makes."""
    checked, differ, quick = [], [], sections

    def checking(html, element, section):
        made = quick(html, element, section)
        checked.append(made is not None)
        if made is not None and described(made) != by_material(html):
            differ.append(html[:200])
        return made

    monkeypatch.setattr(search_parse, "sections", checking)
    _build_bundled(tmp_path / "quick")
    monkeypatch.setattr(plugin_module, "read_quickly", lambda index: False)
    _build_bundled(tmp_path / "plain")

    assert not differ
    assert len(checked) > 30 and sum(checked) >= len(checked) - 2, "nearly every page is read quickly"
    index = Path("search", "search_index.json")
    assert (tmp_path / "quick" / index).read_bytes() == (tmp_path / "plain" / index).read_bytes()
