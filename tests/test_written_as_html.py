"""Generated pages reach MkDocs as finished HTML: Python-Markdown converts only the hand-written pages."""

from __future__ import annotations

import json
import re
import sys

from conftest import MKDOCS_YML, run
from html_text import article

# Builds the site in this process, counting the pages Python-Markdown converts and noting each
# page's table of contents (as MkDocs made it) in toc.json next to the site.
COUNTING_BUILD = """
import json, sys
import markdown
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.plugins import event_priority

converted = []
convert = markdown.Markdown.convert
markdown.Markdown.convert = lambda self, source: converted.append(source) or convert(self, source)
config = load_config(sys.argv[1], site_dir=sys.argv[2])
tocs = {}

def note(item):
    return [item.title, item.id, item.level, [note(child) for child in item.children]]

@event_priority(-200)
def on_page_content(html, page, config, files):
    tocs[page.file.src_uri] = [note(item) for item in page.toc]
    return html

config.plugins.events["page_content"].append(on_page_content)
build(config)
print(json.dumps({"converted": len(converted), "tocs": tocs}))
"""

PERMALINKS = MKDOCS_YML + "markdown_extensions:\n  - toc:\n      permalink: true\n"
SECTIONS = """\
    sections:
      - id: rules
        number: "1"
        title: Rules & "limits"
        clauses:
          - id: working-time
            number: "1.1"
            text: Employees must not use social media for personal reasons during working time.
        sections:
          - id: detail
            number: "1.2"
            title: Detail
            clauses:
              - id: friends
                text: Do not accept friend requests from service users.
"""


def _build(root, site) -> dict:
    result = run(sys.executable, "-c", COUNTING_BUILD, root / "mkdocs.yml", site, cwd=root)
    assert result.returncode == 0, result.output
    return json.loads(result.output.strip().splitlines()[-1])


def _document() -> str:
    from conftest import DOCUMENT

    return DOCUMENT[:DOCUMENT.index("    sections:")] + SECTIONS


def test_generated_pages_are_not_converted_and_keep_their_headings(project, tmp_path):
    root = project({"mkdocs.yml": PERMALINKS, "source_policies/documents/alpha-policy.yml": _document()})
    found = _build(root, tmp_path / "site")
    assert found["converted"] == 1  # handbook/index.md, with the staff home after it

    page = article(tmp_path / "site/policies/alpha-policy/2020/index.html")
    assert ('<h2 id="section-rules">1. Rules &amp; "limits"<a class="headerlink" href="#section-rules" '
            'title="Permanent link">&para;</a></h2>') in page
    assert '<h3 id="section-detail">1.2 Detail<a class="headerlink" href="#section-detail"' in page
    assert re.search(r'<h1 id="alpha-social-media-policy">Alpha Social Media Policy<a class="headerlink"', page)
    assert found["tocs"]["policies/alpha-policy/2020.md"] == [
        ["Alpha Social Media Policy", "alpha-social-media-policy", 1, [
            ['1. Rules &amp; "limits"', "section-rules", 2, [["1.2 Detail", "section-detail", 3, []]]]]]]


def test_generated_pages_are_what_python_markdown_would_make_of_them(project, tmp_path):
    # Another extension in mkdocs.yml: the pages are written in Markdown and converted, as before.
    written = project({"mkdocs.yml": PERMALINKS, "source_policies/documents/alpha-policy.yml": _document()})
    as_html = _build(written, tmp_path / "html")
    (written / "mkdocs.yml").write_text(PERMALINKS + "  - abbr\n", encoding="utf-8")
    as_markdown = _build(written, tmp_path / "markdown")
    assert as_html["converted"] == 1 and as_markdown["converted"] > 5
    assert as_html["tocs"] == as_markdown["tocs"]
    pages = sorted(p.relative_to(tmp_path / "html") for p in (tmp_path / "html").rglob("*.html"))
    assert len(pages) > 5
    for path in pages:
        # Python-Markdown follows a block of HTML with a blank line, where the page may have one line break.
        same = [" ".join(article(tmp_path / site / path).split()) for site in ("html", "markdown")]
        assert same[0] == same[1], path


# Builds the site with every link to the printable handbook pointing one folder too far.
BROKEN_LINK_BUILD = """
import sys
from mkdocs.__main__ import cli
from policy_handbook.render import site
href = site.Urls.href
site.Urls.href = lambda self, target, here, anchor=None: (
    "gone/" + href(self, target, here, anchor) if target == "print/handbook.md" else href(self, target, here, anchor))
sys.argv = ["mkdocs", "build", "-f", sys.argv[1], "-d", sys.argv[2]]
cli()
"""


def test_a_link_of_a_generated_page_to_no_file_of_the_site_is_reported(project, tmp_path):
    # MkDocs reads no link of a page written as HTML; the plugin reports one to a missing target.
    root = project({"mkdocs.yml": PERMALINKS, "source_policies/documents/alpha-policy.yml": _document()})
    result = run(sys.executable, "-c", BROKEN_LINK_BUILD, root / "mkdocs.yml", tmp_path / "site", cwd=root)
    assert result.returncode == 0, result.output
    assert "contains a link 'gone/" in result.output and "is not found among the site's files" in result.output
    result = run(sys.executable, "-c", BROKEN_LINK_BUILD.replace('"gone/" + ', ""), root / "mkdocs.yml",
                 tmp_path / "kept", cwd=root)
    assert result.returncode == 0 and "is not found among the site's files" not in result.output, result.output
