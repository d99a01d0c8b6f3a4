"""Version history, "as adopted" pages, superseded banners, review flags and redline pages."""

from __future__ import annotations

import datetime
import html
import json
import re
from pathlib import Path

import pytest

from policy_handbook.load.loader import load_corpus
from policy_handbook.render.pages import SiteRenderer
from policy_handbook.render.versions import (
    build_date, compute_redline, redline_pairs, redline_path, review_overdue)

from browser_fixtures import axe_violations, describe, serve
from html_text import article, words
from conftest import build, write_project

ALPHA = """\
id: alpha-policy
body: alpha-council
title: Alpha Social Media Policy
kind: policy
attribution: {basis: stated}
versions:
  - id: "2019"
    label: 2019 policy
    status: approved
    dates: {approved: 2019-03-01, effective_from: 2019-04-01, review_due: 2021-04-01}
    approval: {committee: Staffing Committee, meeting_date: 2019-03-01}
    source: {title: Alpha policy 2019}
    sections:
      - id: general
        number: "1"
        title: General
        clauses:
          - {id: purpose, number: "1.1", text: This policy sets out how staff should use social media at work and at home.}
          - {id: official-posts, number: "1.2", text: Staff must use a council account for official posts.}
          - {id: publicity, number: "1.3", text: "Do not comment publically on council business, unless authorised."}
          - {id: friends, number: "1.4", text: Do not accept friend requests from service users or their families.}
      - id: conduct
        number: "2"
        title: Conduct
        clauses:
          - {id: respect, number: "2.1", text: Treat colleagues and members of the public with respect online.}
          - {id: passwords, number: "2.2", text: Keep your passwords secret and change them regularly.}
          - {id: devices, number: "2.3", text: Council business is not to be conducted on personal devices.}
      - id: accounts
        number: "3"
        title: Accounts
        clauses:
          - id: official-accounts
            number: "3.1"
            text: >-
              Only the communications team may open an official council account. Officers who
              run an official account must follow the brand guidelines.
      - id: monitoring
        number: "4"
        title: Monitoring
        clauses:
          - {id: monitoring, number: "4.1", text: The council may monitor the use of its systems.}
          - {id: monitoring-records, number: "4.2", text: Records of monitoring are kept for six months.}
      - id: security
        number: "5"
        title: Security
        clauses:
          - {id: breaches, number: "5.1", text: Report a lost council phone to the service desk within a day.}
  - id: "2024"
    label: 2024 policy
    status: approved
    supersedes: "2019"
    dates: {approved: 2024-02-01, effective_from: 2024-03-01, review_due: 2026-03-01}
    approval: {committee: Staffing Committee, meeting_date: 2024-02-01}
    source: {title: Alpha policy 2024}
    sections:
      - id: general
        number: "1"
        title: General
        clauses:
          - {id: purpose, number: "1.1", text: This policy sets out how staff should use social media at work and at home.}
          - {id: devices, number: "1.2", text: Council business is not to be conducted on personal devices.}
          - {id: official-posts, number: "1.3", text: Staff may use a council account for official posts.}
          - {id: publicity, number: "1.4", text: "Do not comment publicly on council business unless authorised."}
      - id: conduct
        number: "2"
        title: Conduct
        clauses:
          - {id: abusive-messages, number: "2.1", text: Report any abusive messages to your line manager.}
          - {id: respect, number: "2.2", text: Treat colleagues and members of the public with respect online.}
          - {id: passwords, number: "2.3", text: Keep your passwords secret and change them regularly.}
      - id: accounts
        number: "3"
        title: Accounts
        clauses:
          - {id: opening-accounts, number: "3.1", text: Only the communications team may open an official council account.}
          - {id: brand, number: "3.2", text: Officers who run an official account must follow the brand guidelines.}
      - id: monitoring
        number: "4"
        title: Monitoring
        clauses:
          - id: monitoring-and-records
            number: "4.1"
            text: The council may monitor the use of its systems, and records of monitoring are kept for six months.
  - id: "2025"
    label: 2025 policy
    status: approved
    supersedes: "2024"
    dates: {approved: 2025-01-10, effective_from: 2025-02-01, review_due: 2026-06-01}
    source: {title: Alpha policy 2025}
    sections:
      - id: general
        number: "1"
        title: General
        clauses:
          - {id: purpose, number: "1.1", text: This policy sets out how staff should use social media at work and at home.}
"""

MKDOCS_YML = """\
site_name: Test handbook
docs_dir: handbook
theme:
  name: material
  font: false
plugins:
  - search
  - policy-handbook:
      redlines: [["alpha-policy/2019", "alpha-policy/2025"], ["alpha-policy/2019", "alpha-policy/2024"]]
validation:
  links:
    anchors: warn
"""

KINDS = ("added", "deleted", "amended", "moved", "renumbered", "split", "merged", "unchanged")
REDLINE = "policies/alpha-policy/redline/2019--2024/index.html"


def epoch(day: datetime.date) -> str:
    return str(int(datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc).timestamp()))


@pytest.fixture
def alpha(project):
    return project({"mkdocs.yml": MKDOCS_YML, "source_policies/documents/alpha-policy.yml": ALPHA})


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The alpha project built as of 1 June 2025, once for the tests that only read its pages."""
    root = write_project(tmp_path_factory.mktemp("versions") / "project",
                         {"mkdocs.yml": MKDOCS_YML, "source_policies/documents/alpha-policy.yml": ALPHA})
    out = root.parent / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", epoch(datetime.date(2025, 6, 1)))
        result = build(root, out)
    assert result.ok, result.output
    return out




def entries(page: str) -> list[tuple[str, str, str]]:
    """(anchor, kind, inner HTML) of each change in a redline's text."""
    text = page[page.index('id="redline-text"'):]
    return re.findall(r'<div class="ph-rl [^"]*" id="([^"]+)" data-change="(\w+)">(.*?)</div>', text, re.S)


def summary_counts(page: str) -> dict[str, int]:
    counts = {k: int(v) for k, v in re.findall(r'<tr data-kind="(\w+)"><th scope="row">[^<]*</th><td>(\d+)</td>', page)}
    for key in ("substantive", "editorial"):
        counts[key] = int(re.search(rf'data-count="{key}">(\d+)<', page).group(1))
    return counts




# --- the redline page ----------------------------------------------------------------------


def test_redline_summary_counts_match_the_marked_up_text(site):
    page = read(site, REDLINE)
    counts = summary_counts(page)
    found = entries(page)
    assert {kind for _, kind, _ in found} == set(KINDS), "the fixture covers every kind of change"
    for kind in KINDS:
        assert counts[kind] == sum(1 for _, k, _ in found if k == kind), kind
    assert counts["substantive"] + counts["editorial"] == len(found) - counts["unchanged"]
    for anchor, kind, inner in found:
        ins, dels = inner.count("<ins "), inner.count("<del ")
        if kind == "added":
            assert ins == 1 and dels == 0, anchor
        elif kind == "deleted":
            assert dels == 1 and ins == 0, anchor
        elif kind == "amended":
            assert ins + dels > 0, anchor
        elif kind in ("unchanged", "renumbered"):
            assert ins == dels == 0, anchor
    # Every marked word is inside some change: none outside the entries.
    text = page[page.index('id="redline-text"'):]
    assert text.count("<ins ") == sum(inner.count("<ins ") for _, _, inner in found)
    assert text.count("<del ") == sum(inner.count("<del ") for _, _, inner in found)


def test_change_list_names_every_change_and_links_into_the_text(site):
    page = read(site, REDLINE)
    items = re.findall(r'<li data-change="(\w+)"><a href="#([^"]+)">([^<]+)</a></li>', page)
    anchors = {anchor for anchor, _, _ in entries(page)}
    assert len(items) == sum(1 for _, kind, _ in entries(page) if kind != "unchanged")
    assert all(anchor in anchors for _, anchor, _ in items)
    summaries = [html.unescape(text) for _, _, text in items]
    assert "1.2 moved from section 2 (renumbered 2.3 → 1.2)" in summaries
    assert "1.3 amended (substantive); renumbered 1.2 → 1.3" in summaries
    assert "1.4 amended (editorial); renumbered 1.3 → 1.4" in summaries
    assert "2.1 added" in summaries
    assert "1.4 (old numbering) deleted" in summaries
    assert "3.1 split into 3.1 and 3.2 (substantive)" in summaries
    assert "4.1 and 4.2 merged into 4.1 (substantive)" in summaries


def test_each_change_of_words_says_why_it_is_substantive_or_editorial(site):
    page = read(site, REDLINE)
    found = [(anchor, inner) for anchor, kind, inner in entries(page) if kind == "amended"]
    assert found
    for anchor, inner in found:
        why = re.search(r'<p class="ph-rl__why">(Why (substantive|editorial)): ([^<]+)</p>', inner)
        assert why, anchor
        label = re.search(r'<p class="ph-rl__label">([^<]+)</p>', inner).group(1)
        assert f"({why.group(2)})" in label, (label, why.group(1))
        assert "‘" in why.group(3) or "punctuation" in why.group(3) or "number" in why.group(3)


def test_every_link_within_the_redline_lands_on_something(site):
    page = read(site, REDLINE)
    ids = set(re.findall(r' id="([^"]+)"', page))
    targets = set(re.findall(r'href="#([^"]+)"', page))
    assert targets and targets <= ids, targets - ids


def test_a_moved_clause_is_marked_as_a_move_not_as_a_deletion_and_an_insertion(site):
    page = read(site, REDLINE)
    (inner,) = [inner for anchor, kind, inner in entries(page) if anchor == "c-devices"]
    assert "Moved from 2.3 (section 2)" in words(inner)
    assert "<ins" not in inner and "<del" not in inner
    # The clause's words appear once in the text, in its new place.
    text = words(page[page.index('id="redline-text"'):])
    assert text.count("Council business is not to be conducted on personal devices.") == 1
    assert text.index("1.2 Council business") < text.index("1.3 Staff")


def test_deleted_clauses_stay_where_they_were_and_a_deleted_section_says_so(site):
    page = read(site, REDLINE)
    text = words(page[page.index('id="redline-text"'):])
    assert text.index("1.4 [deleted: Do not accept friend requests") < text.index("2. Conduct")
    assert "Section deleted: 5. Security" in text
    assert "[deleted: Report a lost council phone to the service desk within a day.]" in text


def test_redline_has_a_switch_to_the_clean_view_and_a_link_to_the_clean_text(site):
    page = read(site, REDLINE)
    switch = re.search(r'<div class="ph-redline-switch" data-ph-redline-switch hidden>\s*<button type="button"[^>]*>',
                       page)
    assert switch, "the switch is hidden until its script runs"
    button = switch.group(0)
    assert 'aria-pressed="false"' in button and 'aria-controls="redline-text"' in button
    assert '<a href="../../2024/">the page of 2024 policy</a>' in page
    assert "redline-toggle.js" in (site / REDLINE).read_text(encoding="utf-8")


def test_redlines_are_left_out_of_search_and_deleted_words_are_not_indexed(site):
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    assert not [loc for loc in locations if "/redline/" in loc]
    assert any(loc.startswith("policies/alpha-policy/2024/") for loc in locations)


def test_configured_pairs_get_redlines_listed_on_the_document_page_and_consecutive_ones_are_not_repeated(site):
    assert (site / "policies/alpha-policy/redline/2019--2025/index.html").is_file()
    links = re.findall(r'<a href="(redline/[^"]*)">([^<]*)</a>', article(site / "policies/alpha-policy/index.html"))
    assert links == [("redline/2024--2025/", "Changes from 2024 policy"),
                     ("redline/2019--2024/", "Changes from 2019 policy"),
                     ("redline/2019--2025/", "2019 policy → 2025 policy")]


def test_a_documents_redlines_are_in_its_section_of_the_navigation_with_no_page_of_their_own(site):
    assert not (site / "policies/alpha-policy/redline/index.html").exists()
    page = (site / "policies/alpha-policy/redline/2019--2024/index.html").read_text(encoding="utf-8")
    nav = page[page.index('data-md-type="navigation"'):page.index("md-sidebar--secondary")]
    section = nav[nav.index('<a href="../../" class="md-nav__link'):]
    titles = [words(t) for t in re.findall(r'<span class="md-ellipsis">(.*?)</span>', section, re.S)]
    title = "Alpha Social Media Policy"
    versions = [f"{title} ({label})" for label in ("2019 policy", "2024 policy", "2025 policy")]
    redlines = ["Changes: 2019 policy → 2024 policy", "Changes: 2024 policy → 2025 policy",
                "Changes: 2019 policy → 2025 policy"]
    assert [t for t in titles if t in [title, *versions, *redlines]] == [title, *versions, redlines[0], redlines[0],
                                                                         *redlines[1:]]
    assert titles.index(redlines[0]) == titles.index(versions[-1]) + 1, "no section of their own between"
    active = re.search(r'<li class="md-nav__item md-nav__item--active">(.*?)</li>', section, re.S).group(1)
    assert redlines[0] in words(active)


# --- version pages and the timeline -------------------------------------------------------


def test_superseded_version_says_so_and_links_to_its_successor_and_the_current_version(site):
    page = read(site, "policies/alpha-policy/2019/index.html")
    banner = re.search(r'<div class="admonition note ph-superseded" role="note"[^>]*>(.*?)</div>', page, re.S).group(1)
    assert "This version has been superseded by 2024 policy (effective 1 March 2024)." in words(banner)
    assert "The current version is 2025 policy." in words(banner)
    assert '<a href="../2024/">2024 policy</a>' in banner and '<a href="../2025/">2025 policy</a>' in banner
    assert "ph-superseded" not in read(site, "policies/alpha-policy/2025/index.html")


def test_version_page_is_the_page_as_adopted_and_links_to_its_redline(site):
    page = read(site, "policies/alpha-policy/2024/index.html")
    assert "This is the permanent page of 2024 policy as adopted on 1 February 2024 by Staffing Committee, " \
           "in force from 1 March 2024." in words(page)
    assert '<a href="../redline/2019--2024/">every change, marked up</a>' in page
    assert "Changes from" not in read(site, "policies/alpha-policy/2019/index.html")


def test_document_timeline_lists_versions_with_decisions_and_redlines(site):
    page = read(site, "policies/alpha-policy/index.html")
    rows = re.findall(r"<tr>\s*(<td>.*?)</tr>", page, re.S)
    cells = [[words(c) for c in re.findall(r"<td>(.*?)</td>", row, re.S)] for row in rows]
    assert cells[0] == ["2025 policy (latest)", "In force", "10 January 2025", "1 February 2025", "1 June 2026",
                        "Changes from 2024 policy"]
    assert cells[2] == ["2019 policy", "Superseded", "Staffing Committee, 1 March 2019",
                        "1 April 2019", "1 April 2021", "First version held"]
    assert '<a href="redline/2019--2024/">Changes from 2019 policy</a>' in page


# --- review dates -------------------------------------------------------------------------


def test_build_date_comes_from_source_date_epoch():
    assert build_date({"SOURCE_DATE_EPOCH": epoch(datetime.date(2027, 1, 2))}) == datetime.date(2027, 1, 2)
    assert build_date({}) == datetime.datetime.now(datetime.timezone.utc).date()
    with pytest.raises(ValueError, match="SOURCE_DATE_EPOCH"):
        build_date({"SOURCE_DATE_EPOCH": "yesterday"})


def test_review_overdue_rule(alpha):
    corpus = load_corpus(alpha / "source_policies")
    v2019, v2024, v2025 = corpus.documents["alpha-policy"].versions
    assert review_overdue(v2025, datetime.date(2026, 6, 2))
    assert not review_overdue(v2025, datetime.date(2026, 6, 1))
    assert not review_overdue(v2019, datetime.date(2030, 1, 1), successor=v2024), "replaced: its review is moot"


def test_review_overdue_is_flagged_as_of_source_date_epoch(alpha, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch(datetime.date(2026, 7, 1)))
    late = tmp_path / "late"
    assert build(alpha, late).ok
    flag = "Review overdue since 1 June 2026"
    assert flag in words(read(late, "policies/alpha-policy/redline/2024--2025/index.html"))
    assert "Review overdue" not in words(read(late, REDLINE)), "2024 policy is replaced; its review is moot"
    # Earlier in time, nothing is overdue.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch(datetime.date(2026, 5, 1)))
    early = tmp_path / "early"
    assert build(alpha, early).ok
    assert "Review overdue" not in words(read(early, "policies/alpha-policy/redline/2024--2025/index.html"))
    assert flag in words(read(late, "policies/alpha-policy/2025/index.html"))
    assert flag.lower() in words(read(late, "policies/alpha-policy/index.html")).lower()
    assert "Review overdue" not in words(read(early, "policies/alpha-policy/2025/index.html"))


# --- the model behind the page ------------------------------------------------------------


def test_redline_pairs_and_paths(alpha):
    corpus = load_corpus(alpha / "source_policies")
    pairs = redline_pairs(corpus, [("alpha-policy/2019", "alpha-policy/2024")])
    assert [(p.old.id, p.new.id) for p in pairs] == [("2019", "2024"), ("2024", "2025")]
    assert redline_path("policies", "a", "1", "a", "2") == "policies/a/redline/1--2.md"
    assert redline_path("policies", "a", "1", "b", "2") == "policies/b/redline/a.1--2.md"


def test_every_clause_of_both_versions_is_shown_once(alpha):
    corpus = load_corpus(alpha / "source_policies")
    document = corpus.documents["alpha-policy"]
    old, new = document.versions[:2]
    redline = compute_redline(document, old, document, new)
    shown_old = [i for block in redline.blocks for e in block.entries for i in e.change.old]
    shown_new = [i for block in redline.blocks for e in block.entries for i in e.change.new]
    assert sorted(shown_old) == sorted(c.id for c in old.walk_clauses())
    assert sorted(shown_new) == sorted(c.id for c in new.walk_clauses())
    assert [b.heading for b in redline.blocks] == ["1. General", "2. Conduct", "3. Accounts", "4. Monitoring",
                                                   "5. Security"]
    assert redline.blocks[-1].deleted


# --- in a browser -------------------------------------------------------------------------


def test_the_switch_works_with_the_keyboard_and_the_page_passes_axe(browser, site):
    served, server = serve(site)
    try:
        tab = browser.new_page()
        tab.goto(served("policies/alpha-policy/redline/2019--2024/"))
        button = tab.get_by_role("button", name="Clean view: hide deletions and marks")
        assert button.get_attribute("aria-pressed") == "false"
        text = tab.locator("#redline-text")
        assert text.locator("del").first.is_visible()
        button.focus()
        tab.keyboard.press("Space")
        assert button.get_attribute("aria-pressed") == "true"
        assert "ph-redline--clean" in text.get_attribute("class")
        assert not text.locator("del").first.is_visible()
        assert not text.locator(".ph-rl--deleted").first.is_visible()
        assert text.locator("ins").first.is_visible()
        tab.keyboard.press("Enter")
        assert button.get_attribute("aria-pressed") == "false"
        assert text.locator("del").first.is_visible()
        violations = axe_violations(tab)
        assert violations == [], describe(violations)
        tab.close()
    finally:
        server.shutdown()


def read(site: Path, path: str) -> str:
    return article(site / path)


def test_a_version_without_supersedes_follows_the_one_listed_before_it_everywhere_its_redline_is_named(project):
    unchained = re.sub(r"\n\s*supersedes: [^\n]*", "", ALPHA)
    assert "supersedes" not in unchained
    corpus = load_corpus(project({"source_policies/documents/alpha-policy.yml": unchained}) / "source_policies")
    renderer = SiteRenderer(corpus)
    document = corpus.documents["alpha-policy"]
    first, *later = document.versions
    redlines = {page.src_uri for page in renderer.versions.pages()}
    table = renderer.document_page(document).content
    assert "First version held" in table and "Also compared" not in table
    for previous, version in zip([first, *later], later):
        link = f"redline/{previous.id}--{version.id}"
        assert f"policies/alpha-policy/{link}.md" in redlines
        assert f'<a href="{link}/">Changes from {previous.label}</a>' in table
        assert f'<a href="../{link}/">every change, marked up</a>' in renderer.version_page(document, version).content
