"""The theme's whitespace collapsed in written pages (``compact_html``): nothing a browser draws changes."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from policy_handbook.render.whitespace import collapse_whitespace, compact_page

from conftest import MKDOCS_YML, build

VERBATIM = {"pre", "textarea", "code", "kbd", "samp", "script", "style", "listing", "xmp"}


class _Events(HTMLParser):
    """What a browser's parser makes of a page, in order: tags with their attributes, comments and
    text, the text of elements that are not drawn as typed with each run of whitespace as one space."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple] = []
        self._verbatim = 0

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, tuple(attrs)))
        self._verbatim += tag in VERBATIM

    def handle_startendtag(self, tag, attrs):
        self.events.append(("start-end", tag, tuple(attrs)))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))
        self._verbatim -= tag in VERBATIM

    def handle_data(self, data):
        kind = "verbatim" if self._verbatim else "text"
        if self.events and self.events[-1][0] == kind:
            data = self.events.pop()[1] + data
        self.events.append((kind, data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))


def drawn(html: str) -> list[tuple]:
    parser = _Events()
    parser.feed(html)
    parser.close()
    return [("text", re.sub(r"[ \t\n\r]+", " ", event[1])) if event[0] == "text" else event
            for event in parser.events]


# --- the function ----------------------------------------------------------------------------

def test_a_run_of_whitespace_becomes_one_line_feed_or_one_space_and_never_nothing():
    html = "<ul>\n    <li>\n\n  <a href='x'>One</a>\n  </li>  <li>Two \t words</li>\n</ul>"
    assert collapse_whitespace(html) == "<ul>\n<li>\n<a href='x'>One</a>\n</li> <li>Two words</li>\n</ul>"


def test_single_whitespace_no_break_spaces_and_form_feeds_are_left():
    html = "<p>a b\nc\u00a0\u00a0d\f\fe\t</p>"
    assert collapse_whitespace(html) == html


def test_tags_are_kept_byte_for_byte_with_their_quoting():
    html = ('<a  href="a  b" title=\'x >  y\'\n   data-x="1 <  2"  class=plain>  '
            '<input value="  two  " checked>  </a>')
    assert collapse_whitespace(html) == ('<a  href="a  b" title=\'x >  y\'\n   data-x="1 <  2"  class=plain> '
                                         '<input value="  two  " checked> </a>')


@pytest.mark.parametrize("tag", sorted(VERBATIM))
def test_elements_drawn_as_typed_are_kept(tag):
    inner = "  first\n\n    second  \t third\n"
    html = f'<div>\n  <{tag} class="x  y">{inner}</{tag}>\n  </div>'
    assert collapse_whitespace(html) == f'<div>\n<{tag} class="x  y">{inner}</{tag}>\n</div>'
    assert collapse_whitespace(html.upper()).count(inner.upper()) == 1


def test_comments_are_kept():
    html = "<div>  <!--  a  >  b  -->  </div>"
    assert collapse_whitespace(html) == "<div> <!--  a  >  b  --> </div>"


def test_compact_page_keeps_the_content_and_collapses_around_it():
    content = "<p>Two  spaces\n\n  and lines</p>"
    page = f"<body>\n   <nav>  x  </nav>\n  <article>\n    {content}\n  </article>\n</body>"
    assert compact_page(page, content) == f"<body>\n<nav> x </nav>\n<article>\n{content}\n</article>\n</body>"
    assert compact_page(page, "<p>not there</p>") == page


# --- a real build ----------------------------------------------------------------------------

HAND_WRITTEN = """\
# Notes

Some  text with `inline  code` and more.

    indented   code
      kept   as typed

<p style="white-space: pre-line">line one
line  two</p>
"""


@pytest.fixture(scope="module")
def two_sites(tmp_path_factory) -> tuple[Path, Path]:
    """The same small project built as it comes (compact) and with ``compact_html: false``."""
    from conftest import BODIES, DOCUMENT, NO_TOPICS

    sites = []
    for compact in (True, False):
        root = tmp_path_factory.mktemp("compact" if compact else "plain")
        config = MKDOCS_YML if compact else MKDOCS_YML.replace("  - policy-handbook\n",
                                                                "  - policy-handbook:\n      compact_html: false\n")
        tree = {"mkdocs.yml": config, "handbook/index.md": "# Test handbook\n", "handbook/notes.md": HAND_WRITTEN,
                "source_policies/bodies.yml": BODIES, "source_policies/topics.yml": NO_TOPICS,
                "source_policies/documents/alpha-policy.yml": DOCUMENT}
        for name, text in tree.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text, encoding="utf-8")
        result = build(root, root / "site")
        assert result.ok, result.output
        sites.append(root / "site")
    return sites[0], sites[1]


def pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def test_every_page_parses_to_the_same_tags_attributes_and_text(two_sites):
    compact, plain = two_sites
    assert pages(compact) == pages(plain) and len(pages(compact)) > 5
    for name in pages(compact):
        before, after = (plain / name).read_text(encoding="utf-8"), (compact / name).read_text(encoding="utf-8")
        assert drawn(after) == drawn(before), name


def test_pages_are_smaller_and_their_content_is_written_as_made(two_sites):
    compact, plain = two_sites
    before = sum((plain / name).stat().st_size for name in pages(plain))
    after = sum((compact / name).stat().st_size for name in pages(compact))
    assert after < 0.8 * before, (before, after)
    notes = (compact / "notes/index.html").read_text(encoding="utf-8")
    assert "<code>inline  code</code>" in notes
    assert "<pre><code>indented   code\n  kept   as typed\n</code></pre>" in notes
    assert '<p style="white-space: pre-line">line one\nline  two</p>' in notes
    version = (compact / "policies/alpha-policy/2020/index.html").read_text(encoding="utf-8")
    plain_version = (plain / "policies/alpha-policy/2020/index.html").read_text(encoding="utf-8")
    content = plain_version[plain_version.index('<h1 id="'):plain_version.index("</article>")]
    assert content.strip() and content.rstrip() in version
    theme_part = version[:version.index("<article")]
    assert not re.search(r"[ \t\n\r]{2}", re.sub(r"<(script|style)\b.*?</\1>|<[^>]*>", "<>", theme_part, flags=re.S))
