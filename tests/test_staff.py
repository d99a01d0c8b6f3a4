"""The staff home: which policy applies today, and the harmonised policy question by question, linked to each
council's own wording."""

from __future__ import annotations

import contextlib
import html
import re

from conftest import BODIES, DOCUMENT, build
from html_text import page_text

TOPICS = """\
groups:
  - {id: personal-use, title: Personal use}
  - {id: safeguarding, title: Safeguarding}
topics:
  - {id: working-time, title: Working time, question: Can I use social media during working time?,
     description: Personal use at work., group: personal-use}
  - {id: service-users, title: Service users, question: Can I be friends with service users online?,
     description: Contact with service users., group: safeguarding}
"""

MAPPED = DOCUMENT.replace("            text: Employees must not use", "            topics: [working-time]\n"
                          "            text: Employees must not use").replace(
    "            text: Do not accept", "            topics: [service-users]\n            text: Do not accept")

HARMONISED = """\
id: common-policy
body: project
title: Common Social Media Policy
kind: policy
attribution: {basis: stated, note: Written by the handbook project.}
versions:
  - id: v1
    label: Version 1
    status: proposed
    dates: {published: 2026-11-16, effective_from: 2027-01-01}
    source: {title: Project text}
    sections:
      - id: scope
        number: "1"
        title: Scope
        clauses:
          - {id: scope, number: "1.1", text: This policy applies to all staff., not_a_rule: scope}
      - id: rules
        number: "2"
        title: Rules
        clauses:
          - id: breaks-only
            number: "2.1"
            text: You may use social media for personal reasons only in your breaks.
            topics: [working-time]
            derived_from: [alpha-policy/2020#working-time]
"""

PROJECT_BODY = "  - id: project\n    name: Harmonised policy (project)\n    kind: handbook project\n    note: Illustrative text.\n"


def files(with_index: bool = True) -> dict:
    tree = {"source_policies/topics.yml": TOPICS, "source_policies/documents/alpha-policy.yml": MAPPED,
            "source_policies/documents/common-policy.yml": HARMONISED,
            "source_policies/bodies.yml": BODIES + PROJECT_BODY}
    if not with_index:
        tree["handbook/index.md"] = None
    return tree


def test_home_follows_the_intro_with_the_policy_by_question(project, tmp_path):
    root = project(files())
    result = build(root, tmp_path / "site")
    assert result.ok, result.output
    raw = (tmp_path / "site/index.html").read_text(encoding="utf-8")
    words = page_text(tmp_path / "site/index.html")
    assert words.index("Test handbook") < words.index("Can I use social media during working time?")
    assert "The harmonised policy is not in force yet Common Social Media Policy (Version 1) is proposed, not yet " \
           "adopted." in words
    assert "if adopted, it would take effect on 1 January 2027." in words
    assert "your own council's policy applies to you:" in words
    assert "Alpha Council: Alpha Social Media Policy (2020 policy)" in words
    assert "Beta Council: no policy on this subject is held in this handbook" in words
    assert "You may use social media for personal reasons only in your breaks." in words
    assert 'id="q-working-time"' in raw
    assert 'href="compare/topics/working-time/"' in raw and "How each council puts it" in words
    assert "former bodies" not in words
    assert 'href="policies/common-policy/v1/#clause-breaks-only"' in raw
    # A proposal cannot be acknowledged: the home does not offer it.
    assert "Confirm you have read it" not in words
    # The questions come first, as a list of links to their answers.
    assert words.index("Questions answered here") < words.index("You may use social media for personal reasons")
    assert '<a href="#q-working-time">Can I use social media during working time?</a>' in raw
    # A question the policy does not answer is not asked.
    assert "Can I be friends with service users online?" not in words
    # The home's copies of the rules are not indexed twice.
    assert raw.count('<div class="ph-rule" data-search-exclude>') == 1


def test_home_is_generated_when_there_is_no_hand_written_one(project, tmp_path):
    root = project(files(with_index=False))
    result = build(root, tmp_path / "site")
    assert result.ok, result.output
    words = page_text(tmp_path / "site/index.html")
    assert "Staff handbook" in words and "Can I use social media during working time?" in words


ADOPTED = HARMONISED.replace("    status: proposed\n    dates: {published: 2026-11-16, effective_from: 2027-01-01}",
                             "    status: approved\n    dates: {published: 2026-11-16, approved: 2026-11-20, "
                             "effective_from: 2026-12-01}")


def test_once_adopted_and_in_force_the_home_answers_from_it(project, tmp_path):
    tree = files()
    tree["source_policies/documents/common-policy.yml"] = ADOPTED
    assert ADOPTED != HARMONISED
    root = project(tree)
    result = build(root, tmp_path / "site")
    assert result.ok, result.output
    raw = (tmp_path / "site/index.html").read_text(encoding="utf-8")
    words = page_text(tmp_path / "site/index.html")
    assert "The policy that applies to you: Common Social Media Policy" in words
    assert "Version 1 is in force since 1 December 2026." in words
    assert "not in force yet" not in words and "your own council's policy applies" not in words
    assert 'href="acknowledge/common-policy/v1/"' in raw and "Confirm you have read it" in words


def test_a_rule_is_not_printed_twice_in_a_row(bundled_site):
    """Clause 5.2 answers two questions in a row: the second time it is a link to the first, not a copy."""
    raw = (bundled_site / "index.html").read_text(encoding="utf-8")
    words = page_text(bundled_site / "index.html")
    rule = "You must not send or accept friend or follow requests"
    assert words.count(rule) == 1, words.count(rule)
    assert "Clause 5.2, just above, also answers this question." in words


# --- the bundled handbook, as staff read it -------------------------------------------------

FILE_NAME = re.compile(r"\b\d{3}_[0-9a-f]{16}\.txt\b")
PLACEHOLDERS = ("Not recorded", "Not set", ">Line<")


def test_no_page_shows_a_source_file_name_or_a_placeholder(bundled_site):
    """Sources are shown by title and link, never as `003_ff9a9c23aee03149.txt`; no field reads "Not recorded"."""
    found = []
    for path in sorted(bundled_site.rglob("*.html")):
        raw = path.read_text(encoding="utf-8")
        found += [f"{path.relative_to(bundled_site)}: {m}" for m in FILE_NAME.findall(raw)]
        found += [f"{path.relative_to(bundled_site)}: {p}" for p in PLACEHOLDERS if p in raw]
    assert not found, "\n".join(found[:20])


def test_dorset_county_council_is_not_in_force_and_existing_councils_are_not_former(bundled_site):
    dcc = page_text(bundled_site / "policies/dorset-county-council-social-networking-policy/2017/index.html")
    assert "Dorset County Council · No longer in force." in dcc
    assert "Dorset County Council was abolished on 1 April 2019 and succeeded by Dorset Council" in dcc
    lincs = page_text(bundled_site / "policies/lincolnshire-county-council-social-media-at-work/current/index.html")
    assert "Lincolnshire County Council · In force." in lincs
    assert "Approved" not in lincs, "an undated document is not said to be approved"
    home = page_text(bundled_site / "index.html")
    assert "former bodies" not in home
    assert "Dorset County Council no longer exists (abolished on 1 April 2019)" in home
    # Nothing is said to have been replaced by a policy that has not taken effect.
    for path in bundled_site.rglob("*.html"):
        assert "Replaced by Social Media Policy (harmonised)" not in page_text(path), path


def test_the_home_names_only_tabs_that_exist(bundled_site):
    raw = (bundled_site / "index.html").read_text(encoding="utf-8")
    tabs = {html.unescape(t).strip() for t in re.findall(r'class="md-tabs__link[^"]*"[^>]*>\s*([^<]+?)\s*<', raw)}
    assert tabs, "the bundled site has navigation tabs"
    intro = raw.split('class="admonition', 1)[0]
    named = {html.unescape(t) for t in re.findall(r"under <strong>([^<]+)</strong>", intro)}
    assert named <= tabs, named - tabs
    for target in ("policies/", "compare/"):
        assert f'href="{target}"' in raw and (bundled_site / target / "index.html").is_file()


def test_on_a_phone_the_questions_come_first_and_nothing_overflows(browser, served_site):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-GB", has_touch=True,
                                  is_mobile=True)
    try:
        page = context.new_page()
        page.goto(served_site(""))
        questions = page.locator("nav.ph-questions")
        assert questions.is_visible(), "the question list is on the page, not behind the menu"
        questions.locator('a[href="#q-service-user-contact"]').tap()
        # The page may scroll smoothly: give it a moment, as a reader would, then look.
        with contextlib.suppress(PlaywrightTimeout):
            page.wait_for_function("() => { const r = document.querySelector('#q-service-user-contact')"
                                   ".getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }",
                                   timeout=3000)
        target = page.locator("#q-service-user-contact").bounding_box()
        assert target is not None and 0 <= target["y"] < 844, "one tap reaches the answer"
        for path in ("", "policies/dorset-county-council-social-networking-policy/2017/",
                     "acknowledge/harmonised-social-media-policy/committee/", "compare/any/"):
            page.goto(served_site(path))
            wide = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert wide <= 0, f"{path or 'home'} overflows a 390 px screen by {wide} px"
    finally:
        context.close()
