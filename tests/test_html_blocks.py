"""Generated HTML blocks skip Python-Markdown, yet the pages and their anchor checks are as before."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
import pytest
from mkdocs.utils.meta import get_data

from policy_handbook.html_blocks import stash
from policy_handbook.load.loader import load_corpus
from policy_handbook.render.options import RenderOptions
from policy_handbook.render.pages import SiteRenderer

from conftest import MKDOCS_YML, ROOT, build

EXTENSIONS = ["attr_list", "tables", "toc"]


@pytest.fixture(scope="module")
def generated_markdown() -> dict[str, str]:
    corpus = load_corpus(ROOT / "source_policies")
    pages = SiteRenderer(corpus, RenderOptions(baseline_body="dorset-council")).pages()
    # Each page's Markdown as MkDocs hands it to Python-Markdown: without its front matter.
    return {p.src_uri: get_data(p.content)[0] for p in pages if p.src_uri.endswith(".md")}


class Anchors(HTMLParser):
    """What MkDocs reads from raw HTML: ids (and names of ``<a>``), and here the links too."""

    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)
            if name == "href" and tag == "a":
                self.links.append(value)


def test_every_generated_page_converts_as_python_markdown_converts_it(generated_markdown):
    assert len(generated_markdown) > 50
    taken = total = 0
    for uri, text in generated_markdown.items():
        placeheld, stashed = stash(text)
        assert stashed.restore(markdown.markdown(placeheld, extensions=EXTENSIONS)) == \
            markdown.markdown(text, extensions=EXTENSIONS), uri
        taken += sum(len(block) for block in stashed.blocks)
        total += len(text)
    # Nearly all of it is HTML that Python-Markdown need not read (a paragraph written in HTML right
    # under a Markdown heading is left to it: a block is taken only after a blank line).
    assert taken > 0.8 * total


def test_the_anchors_and_links_of_the_blocks_are_those_an_html_parser_finds(generated_markdown):
    for uri, text in generated_markdown.items():
        stashed = stash(text)[1]
        parser = Anchors()
        parser.feed("\n".join(stashed.blocks))
        assert stashed.anchor_ids() == parser.ids, uri
        assert stashed.links() == parser.links, uri


@pytest.mark.parametrize("block", [
    '<div ID="a"><span Id=\'b\' class="c">x</span><p class="idle" data-id="e">y</p></div>',
    '<p><A HREF="#f" NAME="g">z</A><a class="x" href=\'/h#i\'>w</a><td hidden=hidden iD=j>v</td></p>',
    '<div class="width" style="x"><span title="id=k">u</span></div>',
])
def test_anchors_and_links_in_any_case_are_those_an_html_parser_finds(block):
    stashed = stash(block + "\n")[1]
    parser = Anchors()
    parser.feed(block)
    assert stashed.blocks and stashed.anchor_ids() == parser.ids
    assert stashed.links() == parser.links


@pytest.mark.parametrize("text", [
    "<div>\n\n<p>a</p>\n\n</div>\n\npara",
    "<div>a</div>\n<p>b</p>\n\n## Heading\n\n<table><tr><td>c</td></tr></table>\n",
    "<p>a</p> tail\n\npara",                 # text after the closing tag: Markdown reads it
    "<p>a</p><p>b</p>\n\n<div>\n<p>open\n",  # never closed
    "para\n<div>a</div>\n\n<details markdown=\"1\">\n*b*\n</details>\n",
    "<div>a</div>\nplain text\n\n<ul><li>x</li></ul>",
    "<div>a</div>\n\n<p>b</p>\n\n\n  \n<div>c</div>",      # runs with blank lines between, to the end
    "# T\n\n<div>a</div>\n\n<p>b</p>\n\n## H { #h }\n\n<p>c</p>\n\n<p>d</p>\n\ntail\n",
    "- item\n\n<div>a</div>\n\n<div>b</div>\n\n    code\n",
])
def test_what_is_taken_converts_the_same(text):
    placeheld, stashed = stash(text)
    assert stashed.restore(markdown.markdown(placeheld, extensions=EXTENSIONS)) == \
        markdown.markdown(text, extensions=EXTENSIONS)


def test_runs_with_only_blank_lines_between_share_a_placeholder():
    placeheld, stashed = stash("<div>a</div>\n\n<p>b</p>\n\n## H\n\n<p>c</p>\n")
    assert stashed.blocks == ["<div>a</div>\n\n<p>b</p>", "<p>c</p>"]
    assert placeheld.count("phblock") == 2


def test_a_placeholder_cannot_be_forged_from_the_sources():
    first, second = stash("<p>a</p>\n")[1], stash("<p>a</p>\n")[1]
    assert first.placeholder(0) != second.placeholder(0)



def test_a_placeholder_of_another_stash_is_left_as_text():
    placeheld, stashed = stash("<p>a</p>\n")
    other = stash("<p>b</p>\n")[1].placeholder(0)
    restored = stashed.restore(markdown.markdown(f"{placeheld}\n\n{other}\n", extensions=EXTENSIONS))
    assert restored == f"<p>a</p>\n\n<p>{other}</p>"


def test_a_block_that_asks_for_markdown_inside_is_left_to_python_markdown():
    text = "<div markdown=\"1\">\n*b*\n</div>\n\n<p>c</p>\n"
    placeheld, stashed = stash(text)
    assert stashed.blocks == ["<p>c</p>"]
    extensions = [*EXTENSIONS, "md_in_html"]
    converted = stashed.restore(markdown.markdown(placeheld, extensions=extensions))
    assert converted == markdown.markdown(text, extensions=extensions) and "<em>b</em>" in converted

CLAUSE = "text: Do not accept friend requests from service users."


@pytest.mark.parametrize("anchor, ok", [("clause-working-time", True), ("clause-nowhere", False)])
def test_a_broken_anchor_in_generated_html_fails_a_strict_build(project, tmp_path, anchor, ok):
    from conftest import DOCUMENT

    root = project({
        "mkdocs.yml": MKDOCS_YML + "validation:\n  links:\n    anchors: warn\n",
        # A hand-written page links to an anchor in a generated page's HTML.
        "handbook/index.md": "# Test handbook\n\n[Rule 1.1](policies/alpha-policy/2020.md#clause-working-time)\n",
        "source_policies/documents/alpha-policy.yml": DOCUMENT.replace(
            CLAUSE, f"text: Do not accept friend requests (as [1.1](#{anchor}) says)."),
    })
    result = build(root, tmp_path / "site")
    assert result.ok is ok, result.output
    if not ok:
        assert f"contains a link '#{anchor}', but there is no such anchor on this page" in result.output
        assert "alpha-policy" in result.output
