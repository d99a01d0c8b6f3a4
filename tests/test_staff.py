"""The staff home: which policy applies today, and the harmonised policy question by question, linked to each
council's own wording."""

from __future__ import annotations

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
