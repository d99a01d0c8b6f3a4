"""Printable pages and ``policy-handbook pdf``: appendices and the whole handbook on A4.

The bundled site is built once (``bundled_site``); the PDFs are made by the real command,
in Debian's Chromium, and read back with pypdf.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from conftest import BODIES, ROOT, run
from pypdf import PdfReader

from policy_handbook.load.loader import load_corpus
from policy_handbook.render.pages import SiteRenderer
from policy_handbook.render.printable import (
    HANDBOOK_URI, PrintPages, appendices_of, date_line, footer_text,
)

CORPUS = load_corpus(ROOT / "source_policies")
PRINT = PrintPages(SiteRenderer(CORPUS))
SHAFTESBURY = "print/shaftesbury-town-council-social-media-policy/2017/employee-guidance/"
A4 = (595.0, 842.0)
FOOTER_ZONE = 85.0
"""Points from the bottom of a sheet: the 18 mm margin and the 12 mm strip kept for the footer."""


# --- helpers -----------------------------------------------------------------------------


def page_url(src_uri: str) -> str:
    """``print/x/y.md`` → ``print/x/y/`` (the bundled site uses directory URLs)."""
    stem = src_uri.removesuffix(".md")
    return stem.removesuffix("index") if stem.endswith("/index") or stem == "index" else stem + "/"


def read_page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


class _Text(HTMLParser):
    """Visible text of an HTML fragment, and the element with a given class."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def text_of(fragment: str) -> str:
    parser = _Text()
    parser.feed(fragment)
    return normal("".join(parser.parts))


def normal(text: str) -> str:
    """Whitespace collapsed, ligatures (ﬁ) and curly quotes as typed, Markdown marks gone."""
    text = unicodedata.normalize("NFKC", text).replace("*", "")
    return re.sub(r"\s+", " ", text).strip()


def opening(text: str, words: int = 8) -> str:
    return " ".join(normal(text).split()[:words])


def footer_of(page_html: str) -> str:
    match = re.search(r'<div class="ph-print-footer">(.*?)</div>', page_html, re.S)
    assert match, "no print footer"
    return normal(html.unescape(match.group(1)))


def links_of(page_html: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'<a [^>]*href="([^"]+)"', page_html)]


def resolves(site: Path, from_url: str, href: str) -> bool:
    """A relative link from one page of the built site reaches an existing page."""
    target = urlparse(urljoin("http://site/" + from_url, href)).path.lstrip("/")
    path = site / target
    return (path / "index.html").is_file() if target.endswith("/") or not target else path.is_file()


def pdf_text(page) -> tuple[str, list[tuple[float, str]]]:
    """The text of a PDF page, and each piece with the height of its baseline above the
    bottom edge, in points."""
    found: list[tuple[float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((tm[5] * cm[3] + cm[5], normal(text)))

    return normal(page.extract_text(visitor_text=visit)), found


# --- which appendices there are ----------------------------------------------------------

APPENDICES = PRINT.appendices()


def test_the_bundled_appendices_are_found():
    found = {(a.document.id, a.version.id, a.sections[0].id, a.whole_document) for a in APPENDICES}
    assert ("shaftesbury-town-council-social-media-policy", "2017", "employee-guidance", False) in found
    east_devon = [a for a in APPENDICES if a.document.id == "east-devon-district-council-guidance-for-officers"]
    assert len(east_devon) == 1 and east_devon[0].whole_document and east_devon[0].label == "Appendix B"
    assert east_devon[0].src_uri == "print/east-devon-district-council-guidance-for-officers/current/index.md"
    harmonised = CORPUS.documents.get("harmonised-social-media-policy")
    if harmonised is not None:
        for version in harmonised.versions:
            labels = [s.appendix for s in version.walk_sections() if s.appendix]
            assert [a.label for a in appendices_of(harmonised, version)] == list(dict.fromkeys(labels))


def test_consecutive_sections_with_one_label_form_one_appendix(project):
    document = """\
id: alpha-policy
body: alpha-council
title: Alpha Policy
kind: policy
attribution: {basis: stated}
versions:
  - id: "2020"
    label: 2020 policy
    status: approved
    dates: {effective_from: 2020-04-01}
    source: {title: Alpha policy}
    sections:
      - id: rules
        number: "1"
        title: Rules
        clauses: [{id: one, number: "1.1", text: A rule.}]
      - id: forms-a
        appendix: Appendix 1
        title: Forms
        clauses: [{id: two, text: A form.}]
      - id: forms-b
        appendix: Appendix 1
        title: More forms
        clauses: [{id: three, text: Another form.}]
      - id: contacts
        appendix: Appendix 2
        clauses: [{id: four, text: Who to ask.}]
"""
    corpus = load_corpus(project({"source_policies/documents/alpha-policy.yml": document}) / "source_policies")
    doc = corpus.documents["alpha-policy"]
    found = appendices_of(doc, doc.versions[0])
    assert [(a.label, [s.id for s in a.sections]) for a in found] == [
        ("Appendix 1", ["forms-a", "forms-b"]), ("Appendix 2", ["contacts"])]
    assert found[0].src_uri == "print/alpha-policy/2020/forms-a.md"
    assert date_line(doc.versions[0]) == "Effective from 1 April 2020"
    pages = {p.src_uri: p for p in PrintPages(SiteRenderer(corpus)).pages()}
    assert set(pages) >= {"print/index.md", HANDBOOK_URI, "print/alpha-policy/2020/index.md",
                          "print/alpha-policy/2020/forms-a.md", "print/alpha-policy/2020/contacts.md"}
    assert all(not p.in_nav for p in pages.values())
    both = pages["print/alpha-policy/2020/forms-a.md"].content
    assert '<h2 id="section-forms-a">Forms</h2>' in both and '<h2 id="section-forms-b">More forms</h2>' in both
    # the whole version starts each appendix on a new sheet
    whole = pages["print/alpha-policy/2020/index.md"].content
    assert '<h2 id="section-forms-a" class="ph-print-break">Appendix 1: Forms</h2>' in whole
    assert '<h2 id="section-rules">1. Rules</h2>' in whole


def test_a_version_a_later_one_has_superseded_has_no_printable_pages(project):
    def version(id_: str, status: str, effective: str, supersedes: str | None = None) -> str:
        return f"""\
  - id: "{id_}"
    label: {id_} policy
    status: {status}
    {f'supersedes: "{supersedes}"' if supersedes else ''}
    dates: {{effective_from: {effective}}}
    source: {{title: Alpha policy}}
    sections:
      - {{id: forms, appendix: Appendix 1, title: Forms, clauses: [{{id: one, text: A form.}}]}}
"""
    document = ("id: alpha-policy\nbody: alpha-council\ntitle: Alpha Policy\nkind: policy\n"
                "attribution: {basis: stated}\nversions:\n"
                + version("2019", "superseded", "2019-04-01") + version("2020", "approved", "2020-04-01", "2019")
                + version("2099", "approved", "2099-04-01", "2020"))
    # The source says this one was superseded, but holds nothing later: it is what there is to print.
    alone = document.replace("alpha-policy", "beta-policy").split('  - id: "2020"')[0]
    corpus = load_corpus(project({"source_policies/documents/alpha-policy.yml": document,
                                  "source_policies/documents/beta-policy.yml": alone}) / "source_policies")
    site = SiteRenderer(corpus)
    beta = corpus.documents["beta-policy"]
    assert site.standings.of(beta, beta.versions[0]).key == "superseded"
    assert site.printable.links_for(beta, beta.versions[0], "x.md")[0].src_uri == "print/beta-policy/2019/index.md"
    doc = corpus.documents["alpha-policy"]
    old, current, adopted = doc.versions
    assert [site.standings.of(doc, v).key for v in doc.versions] == ["superseded", "in-force", "adopted"]
    pages = {p.src_uri for p in site.printable.pages()}
    for printed in (current, adopted):  # in force until the adopted one takes effect: both print
        assert {f"print/alpha-policy/{printed.id}/index.md", f"print/alpha-policy/{printed.id}/forms.md"} <= pages
        assert [link.title for link in site.printable.links_for(doc, printed, "policies/alpha-policy/x.md")] == [
            "Printable version", "Print Appendix 1: Forms"]
    assert not [uri for uri in pages if uri.startswith(f"print/alpha-policy/{old.id}/")]
    assert site.printable.links_for(doc, old, "policies/alpha-policy/x.md") == []
    assert site.printable.appendices_of(doc, old) == [] and len(site.printable.appendices()) == 3
    listing = next(p for p in site.printable.pages() if p.src_uri == "print/index.md").content
    alpha = [line for line in listing.splitlines() if 'href="alpha-policy/' in line]
    assert len(alpha) == 2 and "2020 policy" in alpha[0] and "2099 policy" in alpha[1]


def test_a_handbook_of_several_documents_has_a_cover_and_breaks(project):
    bodies = BODIES + """\
  - id: harmonised
    name: Harmonised policy (handbook project)
    kind: handbook project
    note: Written by the project; adopted by no council.
"""
    policy = """\
id: harmonised-policy
body: harmonised
title: Harmonised Policy
kind: policy
attribution: {basis: stated}
versions:
  - id: draft
    label: Consultation draft
    status: consultation
    source: {title: Draft}
    sections:
      - {id: old, number: "1", title: Old, clauses: [{id: a, number: "1.1", text: Old text.}]}
  - id: final
    label: Final
    status: approved
    supersedes: draft
    dates: {effective_from: 2026-01-01}
    source: {title: Final}
    sections:
      - {id: scope, number: "1", title: Scope, clauses: [{id: a, number: "1.1", text: Scope text.}]}
      - {id: rules, number: "2", title: Rules, clauses: [{id: b, number: "2.1", text: Rule text.}]}
"""
    guidance = """\
id: harmonised-guidance
body: harmonised
title: Harmonised Guidance
kind: appendix
attribution: {basis: stated}
versions:
  - id: "1"
    label: First guidance
    status: approved
    source: {title: Guidance}
    sections:
      - {id: tips, appendix: Appendix A, title: Tips, clauses: [{id: c, text: A tip.}]}
"""
    root = project({"source_policies/bodies.yml": bodies,
                    "source_policies/documents/harmonised-policy.yml": policy,
                    "source_policies/documents/harmonised-guidance.yml": guidance})
    printer = PrintPages(SiteRenderer(load_corpus(root / "source_policies")))
    assert [(d.id, v.id) for d, v in printer.handbook_documents()] == [
        ("harmonised-policy", "final"), ("harmonised-guidance", "1")]
    content = next(p for p in printer.pages() if p.src_uri == HANDBOOK_URI).content
    assert '<h1 id="print-title">Staff handbook</h1>' in content
    assert "Old text" not in content  # only the current version
    # The first section follows the cover on the first sheet; every other starts a sheet.
    assert '<h3 id="harmonised-policy--section-scope">1. Scope</h3>' in content
    for heading in (
                    '<h3 id="harmonised-policy--section-rules" class="ph-print-break">2. Rules</h3>',
                    '<h2 id="harmonised-guidance" class="ph-print-break">Harmonised Guidance</h2>'):
        assert heading in content
    assert "<dt>Effective from</dt><dd><time datetime=\"2026-01-01\">1 January 2026</time></dd>" in content
    assert "<dt>Written by</dt><dd>Written by the project; adopted by no council.</dd>" in content
    assert printer.handbook_footer().startswith("Harmonised policy (handbook project) · Staff handbook: ")
    links = printer.links_for(*next((d, v) for d, v in printer.handbook_documents()), "policies/x/final.md")
    assert [link.title for link in links] == ["Printable version", "Print the whole staff handbook"]


# --- the built pages ---------------------------------------------------------------------


@pytest.mark.parametrize("appendix", APPENDICES, ids=lambda a: a.src_uri)
def test_an_appendix_page_has_every_clause_the_footer_and_a_way_back(bundled_site, appendix):
    url = page_url(appendix.src_uri)
    page = read_page(bundled_site, url)
    text = text_of(page)
    assert normal(html.unescape(appendix.title)) in text
    for section in appendix.sections:
        for clause in (c for s in section.walk_sections() for top in s.clauses for c in top.walk()):
            assert f'id="clause-{clause.id}"' in page, clause.id
            if clause.number:
                assert f'<span class="ph-clause__number">{clause.number}</span>' in page, clause.id
            assert opening(clause.text) in text, clause.id
    body = CORPUS.bodies[appendix.document.body]
    footer = footer_of(page)
    assert footer == normal(footer_text(body, appendix.document, appendix.version, appendix.label,
                                        standing_words(appendix)))
    for part in (appendix.document.title, appendix.version.label, date_line(appendix.version)):
        assert normal(part) in footer
    version_url = f"policies/{appendix.document.id}/{appendix.version.id}/"
    back = [h for h in links_of(page) if version_url in urljoin("http://site/" + url, h)]
    assert back and all(resolves(bundled_site, url, h) for h in back)


def standing_words(appendix) -> str:
    """The appendix's version's standing on the build date, as the footer states it."""
    from policy_handbook.analyse.status import Standings, build_date

    return Standings(CORPUS, build_date()).of(appendix.document, appendix.version).words


def test_the_handbook_page_prints_the_current_harmonised_policy(bundled_site):
    page = read_page(bundled_site, "print/handbook/")
    current = PRINT.handbook_documents()
    if not current:
        assert "No harmonised policy has been written yet" in page
        for document in CORPUS.documents.values():
            assert html.escape(document.title, quote=False) in page
        return
    for document, version in current:
        assert html.escape(version.label, quote=False) in page
        assert "<dt>Effective from</dt>" in page
        for index, section in enumerate(version.sections):
            breaks = "" if (document, version) == current[0] and index == 0 else ' class="ph-print-break"'
            assert re.search(rf'<h[23] id="[^"]*section-{section.id}"{breaks}>', page), section.id
            if section.title:
                assert html.escape(section.title, quote=False) in page
        for clause in version.walk_clauses():
            assert f'id="clause-{clause.id}"' in page
        assert any(resolves(bundled_site, "print/handbook/", h) and f"policies/{document.id}/{version.id}/" in
                   urljoin("http://site/print/handbook/", h) for h in links_of(page))
    assert footer_of(page) == normal(PRINT.handbook_footer())


def test_printable_pages_stay_out_of_search_and_are_listed(bundled_site):
    index = json.loads((bundled_site / "search/search_index.json").read_text(encoding="utf-8"))
    assert not [d["location"] for d in index["docs"] if d["location"].startswith("print/")]
    listing = read_page(bundled_site, "print/")
    for appendix in APPENDICES:
        assert f'href="{page_url(appendix.src_uri).removeprefix("print/")}"' in listing
    assert 'href="handbook/"' in listing


def test_every_version_has_a_printable_page_and_links_to_it_resolve(bundled_site):
    for document in CORPUS.documents.values():
        for version in document.versions:
            src = f"policies/{document.id}/{version.id}.md"
            for link in PRINT.links_for(document, version, src):
                assert resolves(bundled_site, page_url(src), link.href), link


# --- PDFs --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdfs(bundled_site, tmp_path_factory) -> dict[str, PdfReader]:
    out = tmp_path_factory.mktemp("pdf")
    made = {}
    for name, page in (("appendix", SHAFTESBURY), ("handbook", "print/handbook/")):
        result = run("policy-handbook", "pdf", page, "--site", bundled_site, "--out", out / f"{name}.pdf")
        assert result.ok, result.output
        assert "Traceback" not in result.output and "A4 page" in result.output
        made[name] = PdfReader(str(out / f"{name}.pdf"))
    return made


def check_sheets(reader: PdfReader, footer: str) -> list[str]:
    """Every sheet is A4, carries the footer and keeps text clear of it; the last has text."""
    texts = []
    for number, sheet in enumerate(reader.pages, 1):
        width, height = float(sheet.mediabox.width), float(sheet.mediabox.height)
        assert abs(width - A4[0]) <= 1 and abs(height - A4[1]) <= 1, (number, width, height)
        text, pieces = pdf_text(sheet)
        assert footer in text, f"sheet {number} has no footer"
        low = [t for y, t in pieces if y < FOOTER_ZONE and t not in footer]
        assert not low, f"text runs into the footer on sheet {number}: {low}"
        texts.append(text)
    assert texts[-1].replace(footer, "").strip(), "the last sheet is blank"
    return texts


def test_an_appendix_prints_to_a4_with_its_footer_on_every_sheet(pdfs):
    appendix = next(a for a in APPENDICES if a.src_uri.startswith(SHAFTESBURY.rstrip("/")))
    body = CORPUS.bodies[appendix.document.body]
    texts = check_sheets(pdfs["appendix"], normal(footer_text(body, appendix.document, appendix.version,
                                                               appendix.label, standing_words(appendix))))
    clauses = appendix.sections[0].clauses
    whole = " ".join(texts)
    assert opening(clauses[0].text) in whole and opening(clauses[-1].text) in whole
    assert "Search" not in texts[0].split(normal(appendix.title))[0], "navigation chrome was printed"


def test_the_handbook_prints_each_top_level_section_on_a_new_sheet(pdfs):
    texts = check_sheets(pdfs["handbook"], normal(PRINT.handbook_footer()))
    current = PRINT.handbook_documents()
    if not current:
        assert "No harmonised policy has been written yet" in texts[0]
        return
    for position, (document, version) in enumerate(current):
        for index, section in enumerate(version.sections):
            heading = next(b for b in _headings(version) if b.section.id == section.id).text
            if position == 0 and index == 0:
                # No sheet left mostly blank: the first section follows the cover on the first sheet.
                assert normal(heading) in texts[0] and not texts[0].startswith(normal(heading))
                continue
            assert any(t.startswith(normal(heading)) for t in texts), f"{heading} does not start a sheet"
    assert len(texts) >= sum(len(v.sections) for _, v in current)


def _headings(version):
    from policy_handbook.render.printable import _blocks

    return _blocks(version.sections, 2)


def test_every_printable_page_prints_cleanly(bundled_site, tmp_path):
    """``--all-print``: every page under print/ becomes an A4 PDF with no blank last sheet
    (Material's print layout adds one to pages that fit on a single sheet)."""
    from policy_handbook.pdf import pdf_name, print_pages

    result = run("policy-handbook", "pdf", "--all-print", "--site", bundled_site, "--out", tmp_path)
    assert result.ok, result.output
    pages = print_pages(bundled_site)
    assert len(pages) == len([p for p in PRINT.pages() if p.src_uri != "print/index.md"])
    for html_file in pages:
        footer = footer_of(html_file.read_text(encoding="utf-8"))
        check_sheets(PdfReader(str(tmp_path / pdf_name(bundled_site, html_file))), footer)


# --- the command's errors ----------------------------------------------------------------


def test_pdf_of_a_missing_site_says_to_build_it(tmp_path):
    result = run("policy-handbook", "pdf", "print/handbook/", "--site", tmp_path / "no-site")
    assert result.returncode == 1
    assert "build it first: mkdocs build" in result.output and "Traceback" not in result.output


def test_pdf_of_a_missing_page_lists_the_printable_ones(bundled_site, tmp_path):
    result = run("policy-handbook", "pdf", "print/no-such-page/", "--site", bundled_site, "--out", tmp_path / "x.pdf")
    assert result.returncode == 1
    assert "no page 'print/no-such-page/'" in result.output and "print/handbook/" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "x.pdf").exists()


def test_pdf_without_chromium_says_how_to_install_it(bundled_site, tmp_path):
    result = run("policy-handbook", "pdf", "print/handbook/", "--site", bundled_site,
                 "--chromium", tmp_path / "no-chromium")
    assert result.returncode == 1
    assert "apt-get install chromium" in result.output and "scripts/dev" in result.output
    assert "Traceback" not in result.output


def test_the_running_header_prints_the_title_as_text():
    # Chromium reads its header template as HTML; the title comes from the page, unescaped.
    from policy_handbook.pdf import header_template

    title = 'Alpha <img src="x" onerror="alert(1)"> & <b>Co</b> Policy'
    made = header_template(title)
    assert "<img" not in made and "<b>" not in made
    assert html.unescape(made.split(">", 1)[1].rsplit("</div>", 1)[0]) == title
