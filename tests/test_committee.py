"""The committee pack: decision metadata, redlines, and derivation tables in both directions."""

from __future__ import annotations

import datetime
import html
import io
import json
import re
import unicodedata
from pathlib import Path

import pytest

from policy_handbook.corpus import ClauseRef
from policy_handbook.load.loader import load_corpus
from policy_handbook.analyse.derivation import is_proposal, proposals, unaccounted_source_clauses
from policy_handbook.render.committee import CommitteePages, committee_path
from policy_handbook.render.pages import RenderOptions, SiteRenderer
from policy_handbook.render.site import Urls

from browser_fixtures import axe_violations, describe, serve
from html_text import article, words
from conftest import ROOT, build, run

BODIES = """\
bodies:
  - id: alpha-council
    name: Alpha Council
    kind: district council
  - id: beta-council
    name: Beta Council
    kind: town council
  - id: harmonised
    name: Harmonised policy (handbook project)
    kind: handbook project
    note: Text written by this handbook project; no council has adopted it.
"""

TOPICS = """\
groups:
  - {id: use, title: Use}
topics:
  - {id: working-time, title: Working time, question: Can I use social media at work?, description: Use at work., group: use}
  - {id: service-users, title: Service users, question: Can I befriend service users?, description: Requests., group: use}
  - {id: accounts, title: Official accounts, question: Who may open an account?, description: Accounts., group: use}
"""

ALPHA = """\
id: alpha-policy
body: alpha-council
title: Alpha Social Media Policy
kind: policy
attribution: {basis: stated}
versions:
  - id: "2020"
    label: 2020 policy
    status: approved
    source: {title: Alpha policy}
    sections:
      - id: rules
        number: "1"
        title: Rules
        clauses:
          - {id: working-time, number: "1.1", topics: [working-time],
             text: Employees must not use social media for personal reasons during working time.}
          - {id: breaks, number: "1.2", topics: [working-time], text: Employees may use social media during their lunch break.}
          - {id: friends, number: "1.3", topics: [service-users], text: Do not accept friend requests from service users.}
          - {id: history, number: "1.4", not_a_rule: background, text: This policy was first written in 2012.}
"""

BETA = """\
id: beta-policy
body: beta-council
title: Beta Social Media Policy
kind: policy
attribution: {basis: stated}
versions:
  - id: "2021"
    label: 2021 policy
    status: approved
    source: {title: Beta policy}
    sections:
      - id: use
        number: "2"
        title: Use
        clauses:
          - id: do-not
            number: "2.1"
            text: "Staff must not:"
            topics: [service-users]
            items:
              - {id: befriend, number: a, text: befriend service users online;}
              - {id: accounts, number: b, topics: [accounts], text: open an official account without the communications team.}
"""

HARMONISED = """\
id: harmonised-policy
body: harmonised
title: Harmonised Social Media Policy
kind: policy
attribution: {basis: stated}
versions:
  - id: consultation-draft
    label: Consultation draft
    status: superseded
    source: {title: Handbook project}
    sections:
      - id: use
        number: "1"
        title: Personal use
        clauses:
          - {id: working-time, number: "1.1", topics: [working-time], derived_from: [alpha-policy/2020#working-time],
             text: Staff must not use social media for personal reasons during working time.}
          - {id: service-users, number: "1.2", topics: [service-users],
             derived_from: [alpha-policy/2020#friends, beta-policy/2021#befriend],
             text: Staff must not accept friend requests from service users.}
  - id: committee
    label: Version for the Staffing Committee
    status: proposed
    supersedes: consultation-draft
    dates: {effective_from: 2026-01-01, review_due: 2028-01-01}
    approval:
      committee: Staffing Committee
      meeting_date: 2025-11-20
      report_author: Head of HR
      recommendation: That the committee adopts the harmonised policy.
    source: {title: Handbook project}
    replaces: [alpha-policy, beta-policy]
    not_carried_forward:
      - {clause: "alpha-policy/2020#history", reason: Background only; it states no rule.}
      - {clause: "beta-policy/2021#do-not", reason: The lead-in is reworded into each rule.}
    sections:
      - id: use
        number: "1"
        title: Personal use
        clauses:
          - {id: working-time, number: "1.1", topics: [working-time],
             derived_from: [alpha-policy/2020#working-time, alpha-policy/2020#breaks],
             text: "Staff must not use social media for personal reasons during working time, except in their breaks."}
          - {id: service-users, number: "1.2", topics: [service-users],
             derived_from: [alpha-policy/2020#friends, beta-policy/2021#befriend],
             text: Staff must not accept or send friend requests to service users.}
          - {id: accounts, number: "1.3", topics: [accounts], derived_from: [beta-policy/2021#accounts],
             text: Only the communications team may open an official account.}
"""

FILES = {
    "source_policies/bodies.yml": BODIES,
    "source_policies/topics.yml": TOPICS,
    "source_policies/documents/alpha-policy.yml": ALPHA,
    "source_policies/documents/beta-policy.yml": BETA,
    "source_policies/documents/harmonised-policy.yml": HARMONISED,
}
PACK = "committee/harmonised-policy--committee/index.html"
SECTIONS = ["changes", "redline", "against-alpha-policy", "against-beta-policy", "sources", "destinations"]


@pytest.fixture
def pack_project(project):
    return project(FILES)


@pytest.fixture
def site(pack_project, tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(datetime.datetime(2025, 6, 1, tzinfo=datetime.timezone.utc)
                                                    .timestamp())))
    out = tmp_path / "site"
    result = build(pack_project, out)
    assert result.ok, result.output
    return out






def section(page: str, anchor: str) -> str:
    start = page.index(f'<h2 id="{anchor}">')
    end = page.find("</section>", start)
    return page[start:end]


def table_rows(fragment: str, attribute: str) -> dict[str, str]:
    """Rows of the derivation tables, by their ``data-…`` clause reference."""
    return {html.unescape(ref): row for ref, row in re.findall(rf'<tr {attribute}="([^"]+)"[^>]*>(.*?)</tr>',
                                                               fragment, re.S)}


# --- which versions get a pack ----------------------------------------------------------


def test_proposals_are_versions_with_approval_that_are_proposed_or_replace_documents(pack_project):
    corpus = load_corpus(pack_project / "source_policies")
    assert [(d.id, v.id) for d, v in proposals(corpus)] == [("harmonised-policy", "committee")]
    bundled = load_corpus(ROOT / "source_policies")
    dcc = bundled.version("dorset-county-council-social-networking-policy", "2017")
    assert dcc.approval is not None and not is_proposal(dcc), "approved, replacing nothing listed: no pack"
    assert committee_path("a", "b") == "committee/a--b.md"


# --- the pack -------------------------------------------------------------------------


def test_pack_starts_with_the_decision(site):
    page = read(site, PACK)
    head = words(page[:page.index('<h2 id="changes">')])
    for expected in ("Committee Staffing Committee", "Meeting date 20 November 2025", "Report author Head of HR",
                     "Recommendation That the committee adopts the harmonised policy.",
                     "Effective date 1 January 2026", "Review due 1 January 2028",
                     "Replaces Alpha Council: Alpha Social Media Policy (2020 policy); "
                     "Beta Council: Beta Social Media Policy (2021 policy)",
                     "Text written by this handbook project; no council has adopted it."):
        assert expected in head, expected
    assert "Review overdue" not in head
    assert [a for a in re.findall(r'<li><a href="#([^"]+)">', page)] == SECTIONS


def test_pack_has_each_part_as_a_section_and_is_left_out_of_search(site):
    page = read(site, PACK)
    assert re.findall(r'<section class="ph-pack-section" aria-labelledby="([^"]+)">', page) == SECTIONS
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    assert not [d for d in index["docs"] if d["location"].startswith("committee/")]
    header = "Harmonised Social Media Policy · Version for the Staffing Committee (proposed, not yet adopted) · " \
             "committee pack"
    assert f'<thead class="ph-pack-header" aria-hidden="true"><tr><td>{header}</td></tr></thead>' in page
    assert f'data-ph-running-header="{header}"' in page  # for policy-handbook pdf's header and page numbers


def test_pack_has_the_changes_since_the_previous_version(site):
    page = read(site, PACK)
    summary = words(section(page, "changes"))
    assert "3 changes: 3 substantive and 0 editorial." in summary
    assert "1.3 added" in summary and "1.2 amended (substantive)" in summary
    # This corpus records no reasons: the summary says so for each change, rather than leave a gap.
    assert summary.count("No reason recorded (add a change_note to the clause)") == 3
    redline = section(page, "redline")
    assert "Added 1" in words(redline) and "Amended 2" in words(redline)
    redline = redline[redline.index('class="ph-redline-text"'):]
    assert redline.count('data-change="amended"') == 2 and redline.count('data-change="added"') == 1
    assert 'aria-pressed="false"' in section(page, "redline")
    assert "1.2 Staff must not accept [inserted: or send] friend requests [deleted: from][inserted: to] service " \
           "users." in words(redline)


def test_annexes_set_each_replaced_clause_beside_the_clause_it_became(site):
    """A table per replaced document, its clauses beside the proposal's: no whole-paragraph strike-throughs."""
    page = read(site, PACK)
    alpha = section(page, "against-alpha-policy")
    assert "<del" not in alpha and "<ins" not in alpha
    rows = table_rows(alpha, "data-source")
    assert list(rows) == ["alpha-policy/2020#working-time", "alpha-policy/2020#breaks", "alpha-policy/2020#friends",
                          "alpha-policy/2020#history"]
    cells = [words(c) for c in re.findall(r"<td>(.*?)</td>", rows["alpha-policy/2020#working-time"], re.S)]
    assert cells[0] == "1.1 Employees must not use social media for personal reasons during working time."
    assert cells[1].startswith("1.1 Staff must not use social media for personal reasons during working time, "
                               "except in their breaks.")
    assert "Not carried forward: Background only" in words(rows["alpha-policy/2020#history"])
    assert "Clauses of Version for the Staffing Committee with no source in this document: 1.3." in words(alpha)
    beta = table_rows(section(page, "against-beta-policy"), "data-source")
    assert list(beta) == ["beta-policy/2021#do-not", "beta-policy/2021#befriend", "beta-policy/2021#accounts"]
    assert "Not carried forward: The lead-in is reworded into each rule." in words(beta["beta-policy/2021#do-not"])
    assert words(beta["beta-policy/2021#accounts"]).endswith(
        "1.3 Only the communications team may open an official account.")


def test_derivation_table_gives_each_harmonised_clause_its_sources(site, pack_project):
    corpus = load_corpus(pack_project / "source_policies")
    rows = table_rows(section(read(site, PACK), "sources"), "data-clause")
    proposal = corpus.version("harmonised-policy", "committee")
    assert list(rows) == [f"harmonised-policy/committee#{c.id}" for c in proposal.walk_clauses()]
    for clause in proposal.walk_clauses():
        row = rows[f"harmonised-policy/committee#{clause.id}"]
        assert [html.unescape(s) for s in re.findall(r'data-source="([^"]+)"', row)] == clause.derived_from
    assert "Alpha Council, 1.1" in words(rows["harmonised-policy/committee#working-time"])
    assert "Beta Council, 2.1 (a)" in words(rows["harmonised-policy/committee#service-users"])


def test_derivation_table_accounts_for_every_source_clause(site, pack_project):
    corpus = load_corpus(pack_project / "source_policies")
    rows = table_rows(section(read(site, PACK), "destinations"), "data-source")
    expected = [f"{d}/{v}#{c.id}" for d, v in (("alpha-policy", "2020"), ("beta-policy", "2021"))
                for c in corpus.version(d, v).walk_clauses()]
    assert list(rows) == expected, "every clause, list items included, in document order"
    assert words(rows["alpha-policy/2020#breaks"]).endswith("1.2 Employees may use social media during their "
                                                          "lunch break. 1.1")
    assert "Not carried forward — The lead-in is reworded into each rule." in words(rows["beta-policy/2021#do-not"])
    assert "Not accounted for" not in words(read(site, PACK))


def test_unaccounted_source_clauses_are_listed_and_shown(project, pack_project):
    complete = load_corpus(pack_project / "source_policies")
    document = complete.documents["harmonised-policy"]
    assert unaccounted_source_clauses(complete, document, complete.version("harmonised-policy", "committee")) == []

    partial = project({**FILES, "source_policies/documents/harmonised-policy.yml": HARMONISED.replace(
        "derived_from: [alpha-policy/2020#working-time, alpha-policy/2020#breaks]",
        "derived_from: [alpha-policy/2020#working-time]")})
    corpus = load_corpus(partial / "source_policies")
    document = corpus.documents["harmonised-policy"]
    missing = unaccounted_source_clauses(corpus, document, corpus.version("harmonised-policy", "committee"))
    assert [m.ref for m in missing] == [ClauseRef("alpha-policy", "2020", "breaks")]
    (pack,) = CommitteePages(SiteRenderer(corpus, RenderOptions())).pages()
    assert pack.src_uri == "committee/harmonised-policy--committee.md"
    assert "1 source clause is not accounted for" in pack.content
    row = table_rows(pack.content, "data-source")["alpha-policy/2020#breaks"]
    assert "<strong>Not accounted for</strong>" in row


def test_version_and_document_pages_link_to_the_pack(site):
    version = read(site, "policies/harmonised-policy/committee/index.html")
    assert '<a href="../../../committee/harmonised-policy--committee/">the committee pack</a>' in version
    assert "has not been adopted and is not in force; it is proposed to Staffing Committee for its meeting on " \
           "20 November 2025" in words(version)
    document = read(site, "policies/harmonised-policy/index.html")
    assert '<a href="../../committee/harmonised-policy--committee/">read or print the committee pack</a>' in document
    assert "To be decided by Staffing Committee, 20 November 2025" in words(document)
    draft = words(read(site, "policies/harmonised-policy/consultation-draft/index.html"))
    assert "This version has been superseded by Version for the Staffing Committee (proposed, not in force)." \
           in draft


def test_every_link_within_the_pack_lands_on_something(site):
    page = read(site, PACK)
    ids = set(re.findall(r' id="([^"]+)"', page))
    targets = set(re.findall(r'href="#([^"]+)"', page))
    assert targets and targets <= ids, targets - ids


def test_a_proposal_with_no_previous_version_and_nothing_replaced_still_gets_a_pack(project):
    lone = HARMONISED[:HARMONISED.index("  - id: consultation-draft")] + HARMONISED[
        HARMONISED.index("  - id: committee"):].replace("    supersedes: consultation-draft\n", "").replace(
        "    replaces: [alpha-policy, beta-policy]\n", "")
    lone = re.sub(r"    not_carried_forward:\n(      - .*\n)+", "", lone)
    root = project({**FILES, "source_policies/documents/harmonised-policy.yml": lone})
    corpus = load_corpus(root / "source_policies")
    (pack,) = CommitteePages(SiteRenderer(corpus, RenderOptions())).pages()
    assert 'id="changes"' not in pack.content and 'id="against-' not in pack.content
    assert '<h2 id="sources">' in pack.content and "Meeting date" in pack.content


# --- on paper ---------------------------------------------------------------------------


def test_pack_prints_on_a4_each_part_on_a_new_sheet_under_a_running_header(browser, site):
    from pypdf import PdfReader

    served, server = serve(site)
    try:
        tab = browser.new_page()
        tab.goto(served("committee/harmonised-policy--committee/"))
        violations = axe_violations(tab)
        assert violations == [], describe(violations)
        tab.emulate_media(media="print")
        # A contents entry too long for one line wraps as text, its number beside its first line
        # (the matrix's rule for links in table cells made it a block, numbered by its last line).
        entries = tab.evaluate("""() => [...document.querySelectorAll('.ph-pack-contents a')].map(a => {
            a.parentElement.style.width = '8em';
            const found = [getComputedStyle(a).display, a.getClientRects().length > 1];
            a.parentElement.style.width = '';
            return found; })""")
        assert entries and all(entry == ["inline", True] for entry in entries), entries
        pdf = PdfReader(io.BytesIO(tab.pdf(prefer_css_page_size=True)))
        tab.close()
    finally:
        server.shutdown()
    box = pdf.pages[0].mediabox
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (210, 297)
    sheets = [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in pdf.pages]
    header = "Harmonised Social Media Policy · Version for the Staffing Committee (proposed, not yet adopted) · " \
             "committee pack"
    assert all(sheet.startswith(header) for sheet in sheets), sheets
    headings = ["Committee pack:", "Every change since Consultation draft, and why",
                "Version for the Staffing Committee against Consultation draft, marked up",
                "Annex A: Alpha Council's", "Annex B: Beta Council's", "Annex C: where each clause comes from",
                "Annex D: what became of each clause of the documents replaced"]
    starts = [next((i for i, sheet in enumerate(sheets) if sheet[len(header):].lstrip().startswith(heading)), None)
              for heading in headings]
    assert None not in starts, list(zip(headings, starts))
    assert starts == sorted(starts) and starts[0] == 0, "each part begins a new sheet, in order"
    everything = " ".join(sheets)
    assert "Clean view" not in everything and "Test handbook" not in everything, "no switch, no site chrome"
    assert "1.3 Only the communications team may open an official account." in everything, "numbers kept"


# --- the bundled corpus -------------------------------------------------------------------


def test_bundled_pack_accounts_for_every_clause_of_the_replaced_policies(bundled_site):
    corpus = load_corpus(ROOT / "source_policies")
    found = proposals(corpus)
    if "harmonised-social-media-policy" not in corpus.documents or not found:
        pytest.skip("the harmonised policy is not in the corpus yet")
    for document, version in found:
        assert len(version.replaces) == 5 or document.id != "harmonised-social-media-policy"
        url = Urls().url(committee_path(document.id, version.id))
        page = read(bundled_site, url + "index.html")
        rows = table_rows(section(page, "destinations"), "data-source")
        for replaced in version.replaces:
            latest = corpus.latest_version(corpus.documents[replaced])
            for clause in latest.walk_clauses():
                assert f"{replaced}/{latest.id}#{clause.id}" in rows, (replaced, clause.id)
        sources = table_rows(section(page, "sources"), "data-clause")
        assert len(sources) == sum(1 for _ in version.walk_clauses())
        unaccounted = unaccounted_source_clauses(corpus, document, version)
        assert sum('data-outcome="unaccounted"' in row for row in rows.values()) == len(unaccounted)


def test_a_strict_build_fails_on_an_unaccounted_source_clause(project, tmp_path):
    partial = project({**FILES, "source_policies/documents/harmonised-policy.yml": HARMONISED.replace(
        "derived_from: [alpha-policy/2020#working-time, alpha-policy/2020#breaks]",
        "derived_from: [alpha-policy/2020#working-time]")})
    result = build(partial, tmp_path / "site")
    assert result.returncode != 0
    assert ("harmonised-policy.yml:21:9: source clause alpha-policy/2020#breaks is not accounted for by version "
            "'committee' — add it to a clause's `derived_from`, or to `not_carried_forward` with a reason") \
        in result.output


def read(site: Path, path: str) -> str:
    return article(site / path)


def test_bundled_pack_gives_a_reason_for_every_change(bundled_site):
    """The drafting notes (clause `change_note`, version `deleted`) give every change in the summary its reason."""
    page = read(bundled_site, "committee/harmonised-social-media-policy--committee/index.html")
    summary = section(page, "changes")
    rows = re.findall(r'<tr data-change="([^"]+)"><th scope="row">(.*?)</th><td>(.*?)</td></tr>', summary, re.S)
    assert len(rows) == 13, [words(r[1]) for r in rows]
    for kind, change, reason in rows:
        assert words(reason) and "No reason recorded" not in reason, words(change)
    assert {kind for kind, _, _ in rows} >= {"added", "deleted", "amended", "moved", "renumbered"}
    # The reasons are on the redline page too.
    redline = read(bundled_site, "policies/harmonised-social-media-policy/redline/consultation-draft--committee/"
                                 "index.html")
    assert redline.count('<p class="ph-rl__reason"><strong>Why:</strong>') == 13
    assert "Not recorded" not in words(page) and "Not set" not in words(page)


def test_bundled_pack_prints_as_a_paper_with_numbered_pages(bundled_site, tmp_path):
    """`policy-handbook pdf`: "Page N of M" on every sheet, a one-page cover, the paper before the annexes in
    at most 20 A4 pages."""
    from pypdf import PdfReader

    out = tmp_path / "pack.pdf"
    result = run("policy-handbook", "pdf", "committee/harmonised-social-media-policy--committee/",
                 "--site", bundled_site, "--out", out)
    assert result.ok, result.output
    sheets = [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in PdfReader(str(out)).pages]
    total = len(sheets)
    for number, sheet in enumerate(sheets, 1):
        assert f"Page {number} of {total}" in sheet, (number, sheet[-200:])
        assert "Social Media Policy (harmonised) · Version 1.0 for Staffing Committee (proposed, not yet adopted) · " \
               "committee pack" in sheet, sheet[-300:]
    assert "Contents" in sheets[0] and "Annex" in sheets[0]
    assert sheets[0].startswith("Committee pack: Social Media Policy (harmonised)")
    assert sheets[1].startswith("Every change since Consultation draft"), "the cover fits one page"
    assert sheets[2].startswith("Version 1.0 for Staffing Committee against Consultation draft, marked up"), \
        "the summary fits one page"
    first_annex = next(i for i, s in enumerate(sheets) if "Annex A: Dorset Council's" in s and i > 0)
    assert first_annex <= 20, f"the paper before the annexes is {first_annex} pages"


def test_pack_says_when_the_review_of_the_proposal_is_overdue(pack_project, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(datetime.datetime(2028, 6, 1, tzinfo=datetime.timezone.utc)
                                                    .timestamp())))
    result = build(pack_project, tmp_path / "site")
    assert result.ok, result.output
    page = read(tmp_path / "site", PACK)
    head = words(page[:page.index('<h2 id="changes">')])
    assert "Review due 1 January 2028 Review overdue since 1 January 2028" in head


def test_first_words_marks_only_a_text_that_was_cut():
    from policy_handbook.render.committee import FIRST_WORDS, first_words

    whole = " ".join(f"word{n}" for n in range(FIRST_WORDS))
    assert first_words(whole) == whole
    assert first_words(whole + " more") == whole + " …"
