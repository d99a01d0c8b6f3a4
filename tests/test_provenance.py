"""Provenance of stances and mappings, headline positions, verdicts and earlier versions.

Most checks run on one small handbook built from the inline corpus below, where every case
is known: a reviewed stance that agrees with the reading, one that overrides it, a stance
nobody reviewed, a mapping a tool proposed, a body that changed its rule between versions.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from policy_handbook.analyse.crossmap import coverage, mappings, provenance_counts
from policy_handbook.analyse.history import History
from policy_handbook.load.loader import load_corpus
from policy_handbook.load.problems import CorpusError

from conftest import MKDOCS_YML, build, run
from html_text import article, words

BODIES = """\
bodies:
  - {id: alpha-council, name: Alpha Council, kind: district council}
  - {id: beta-council, name: Beta Council, kind: town council}
  - {id: gamma-council, name: Gamma Council, kind: county council}
  - {id: delta-council, name: Delta Council, kind: parish council}
  - {id: handbook, name: The handbook project, kind: handbook project}
"""

TOPICS = """\
groups: [{id: use, title: Use}]
topics:
  - {id: working-time, title: Working time, question: May I use social media at work?, description: Use at work., group: use}
  - {id: friends, title: Friends, question: May I befriend service users?, description: Friend requests., group: use}
  - {id: devices, title: Devices, question: May I use council devices?, description: Council devices., group: use}
  - {id: email, title: Email, question: May I use my work email?, description: Work email., group: use}
"""

ALPHA = """\
id: alpha-policy
body: alpha-council
title: Alpha Social Media Policy
kind: policy
attribution: {basis: stated}
versions:
  - id: "2010"
    label: 2010 policy
    status: superseded
    dates: {effective_from: 2010-04-01}
    source: {title: Alpha policy 2010}
    sections:
      - id: rules
        clauses:
          - id: working-time
            number: "1.1"
            text: Employees may use social media for personal reasons during working time.
            topics: [{working-time: permits}]
          - id: email
            number: "1.2"
            text: Staff may use their council email address on personal accounts.
            topics: [{email: permits}]
          - id: friends
            number: "1.3"
            text: Staff must use their judgement about friend requests.
            topics: [{friends: }]
  - id: "2017"
    label: 2017 policy
    status: approved
    supersedes: "2010"
    dates: {effective_from: 2017-01-01}
    source: {title: Alpha policy 2017}
    sections:
      - id: rules
        clauses:
          - id: working-time
            number: "1.1"
            text: Employees must not use social media for personal reasons during working time.
            topics: [{working-time: prohibits}]
          - id: background
            number: "1.2"
            text: Employees should not leave social media running in the background.
            topics:
              - {topic: working-time, relationship: intersects, stance: prohibits, strength: should}
          - id: friends
            number: "1.3"
            text: Do not accept friend requests from service users.
            topics:
              - topic: friends
                relationship: equivalent
                stance: restricts
                reviewed_by: "<b>HR</b> & policy team"
                reviewed_on: 2024-05-01
          - id: devices
            number: "1.4"
            text: Staff must not use council devices for personal social media.
            topics: [devices]
"""

BETA = """\
id: beta-policy
body: beta-council
title: Beta Social Media Policy
kind: policy
attribution: {basis: stated}
versions:
  - id: "2020"
    label: 2020 policy
    status: approved
    source: {title: Beta policy}
    sections:
      - id: rules
        clauses:
          - id: working-time
            text: Staff must not use social media for personal purposes in working hours.
            topics: [{working-time: prohibits}]
          - id: friends
            text: Staff must not be friends with service users on social media.
            topics: [friends]
          - id: devices
            text: Staff must not use council devices for personal browsing.
            mapping: proposed
            topics: [{topic: devices, stance: prohibits}]
          - id: email
            text: Do not use your council email address on personal accounts.
            topics: [{email: prohibits}]
"""

GAMMA = """\
id: gamma-policy
body: gamma-council
title: Gamma Social Media Policy
kind: policy
attribution: {basis: stated}
versions:
  - id: "2021"
    label: 2021 policy
    status: approved
    source: {title: Gamma policy}
    sections:
      - id: rules
        clauses:
          - id: working-time
            text: Employees must not use social media in working time.
            topics: [{topic: working-time, relationship: equivalent, stance: prohibits}]
"""

DELTA = """\
id: delta-policy
body: delta-council
title: Delta Social Media Policy
kind: policy
attribution: {basis: stated}
versions:
  - id: "2022"
    label: 2022 policy
    status: approved
    source: {title: Delta policy}
    sections:
      - id: purpose
        clauses:
          - id: purpose
            text: This policy explains how the council uses social media.
            not_a_rule: purpose
"""

HARMONISED = """\
id: harmonised-policy
body: handbook
title: Harmonised Social Media Policy
kind: policy
attribution: {basis: stated}
versions:
  - id: draft
    label: Draft
    status: approved
    source: {title: Harmonised draft}
    sections:
      - id: rules
        clauses:
          - id: breaks
            number: "1"
            text: You must not use social media for personal reasons during working time.
            topics: [working-time]
          - id: devices
            number: "2"
            text: You must not use council devices for personal social media.
            mapping: proposed
            topics: [devices]
"""

FILES = {
    "mkdocs.yml": MKDOCS_YML,
    "handbook/index.md": "# Test handbook\n",
    "source_policies/bodies.yml": BODIES,
    "source_policies/topics.yml": TOPICS,
    "source_policies/documents/alpha-policy.yml": ALPHA,
    "source_policies/documents/beta-policy.yml": BETA,
    "source_policies/documents/gamma-policy.yml": GAMMA,
    "source_policies/documents/delta-policy.yml": DELTA,
    "source_policies/documents/harmonised-policy.yml": HARMONISED,
}


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    return write(tmp_path_factory.mktemp("provenance") / "project", FILES)


@pytest.fixture(scope="module")
def corpus(small):
    return load_corpus(small / "source_policies")


@pytest.fixture(scope="module")
def site(small) -> Path:
    out = small.parent / "site"
    result = build(small, out)
    assert result.ok, result.output
    return out


def text(site: Path, page: str) -> str:
    return words(article(site / page / "index.html"))


def section_of(raw: str, body_id: str) -> str:
    start = raw.index(f'id="body-{body_id}"')
    end = raw.find('<h2 id="body-', start + 1)
    return words(raw[start: end if end > 0 else None])


def entry(corpus, topic: str):
    return next(e for e in coverage(corpus) if e.topic.id == topic)


def link_of(corpus, body: str, topic: str, clause: str | None = None):
    return next(m for m in mappings(corpus) if m.body_id == body and m.link.topic == topic
                and (clause is None or m.located.clause.id == clause))


# --- the YAML format -----------------------------------------------------------------------


def test_three_forms_of_topic_link_load(corpus):
    plain = link_of(corpus, "alpha-council", "devices")
    assert plain.link.stance is None and plain.stance_provenance == "proposed"
    short = link_of(corpus, "alpha-council", "working-time", "working-time")
    assert short.link.stance == "prohibits" and short.link.relationship == "intersects"
    assert short.stance_provenance == "reviewed" and short.mapping_provenance == "reviewed"
    long = link_of(corpus, "alpha-council", "friends")
    assert long.link.reviewed_by == "<b>HR</b> & policy team" and str(long.link.reviewed_on) == "2024-05-01"


@pytest.mark.parametrize("topics, message", [
    ("[{devices: forbids}]", "'forbids' is not a valid stance for topic 'devices' — use one of: prohibits"),
    ("[{devices: prohibits, email: permits}]", "a short topic link names one topic and its stance — write one"),
    ("[{topc: devices}]", "unknown key 'topc' — did you mean 'topic'?"),
    ("[{topic: devices, stance: forbid}]", "'forbid' is not a valid stance — use one of:"),
    ("[{topic: devices, reviewed_on: 1 May}]", "'1 May' is not a valid date — write dates as YYYY-MM-DD"),
    ("[{Devices: prohibits}]", "'Devices' is not a valid topic — use lower-case letters"),
    ("[Email]", "'Email' is not a valid topic id — use lower-case letters"),
    ("[42]", "'42' is not a topic link — write a topic id, `topic-id: stance`, or the long form"),
])
def test_a_bad_topic_link_is_a_clear_error_with_its_line(tmp_path, topics, message):
    broken = BETA.replace("topics: [{email: prohibits}]", f"topics: {topics}")
    root = write(tmp_path, {**{k: v for k, v in FILES.items() if k.startswith("source_policies")},
                            "source_policies/documents/beta-policy.yml": broken})
    result = run("policy-handbook", "validate", root / "source_policies")
    assert result.returncode == 1 and "Traceback" not in result.output
    line = broken.splitlines().index(f"            topics: {topics}") + 1
    assert re.search(rf"beta-policy\.yml:{line}:\d+: " + re.escape(message), result.output), result.output


def test_mapping_status_accepts_only_proposed_or_reviewed(tmp_path):
    broken = BETA.replace("mapping: proposed", "mapping: guessed")
    root = write(tmp_path, {**{k: v for k, v in FILES.items() if k.startswith("source_policies")},
                            "source_policies/documents/beta-policy.yml": broken})
    with pytest.raises(CorpusError) as error:
        load_corpus(root / "source_policies")
    assert "'guessed' is not a valid mapping" in str(error.value) and "'proposed' or 'reviewed'" in str(error.value)


# --- provenance, headlines and verdicts ----------------------------------------------------


def test_list_items_share_their_lead_ins_proposed_mapping(tmp_path):
    with_items = BETA.replace(
        "          - id: email\n            text: Do not use your council email address on personal accounts.\n"
        "            topics: [{email: prohibits}]\n",
        "          - id: email\n            text: \"Staff must not:\"\n            mapping: proposed\n"
        "            topics: [{email: prohibits}]\n            items:\n              - id: personal-accounts\n"
        "                text: use their council email address on personal accounts.\n")
    assert "personal-accounts" in with_items
    root = write(tmp_path, {**{k: v for k, v in FILES.items() if k.startswith("source_policies")},
                            "source_policies/documents/beta-policy.yml": with_items})
    found = mappings(load_corpus(root / "source_policies"), include_inherited=True)
    item = next(m for m in found if m.located.clause.id == "personal-accounts")
    assert item.inherited and item.mapping_provenance == "proposed" and item.stance_provenance == "proposed"
    from policy_handbook.render.exports import mapping_csv
    from policy_handbook.render.site import Urls

    rows = {row["clause"]: row for row in csv.DictReader(io.StringIO(
        mapping_csv(load_corpus(root / "source_policies"), Urls(), found).lstrip("\ufeff"), newline=""))}
    assert (rows["personal-accounts"]["inherited_from_lead_in"], rows["email"]["inherited_from_lead_in"]) == ("yes", "no")
    assert rows["personal-accounts"]["mapping_provenance"] == "proposed"


def test_a_reviewed_stance_agrees_with_or_overrides_the_reading(corpus):
    agrees = link_of(corpus, "alpha-council", "working-time", "working-time")
    assert agrees.reviewed and agrees.agrees_with_reading
    overrides = link_of(corpus, "alpha-council", "friends")
    assert overrides.reviewed and not overrides.agrees_with_reading
    assert (overrides.stance, overrides.proposed.stance) == ("restricts", "prohibits")


def test_a_proposed_mapping_makes_even_a_written_stance_unreviewed(corpus):
    m = link_of(corpus, "beta-council", "devices")
    assert m.link.stance == "prohibits"
    assert m.mapping_provenance == "proposed" and m.stance_provenance == "proposed" and not m.reviewed


def test_headline_is_the_reviewed_clause_closest_to_the_topic(corpus):
    alpha = next(p for p in entry(corpus, "working-time").positions if p.body.id == "alpha-council")
    assert alpha.headline.located.clause.id == "working-time"  # must, before "should not … background"
    assert [m.located.clause.id for m in alpha.others] == ["background"]
    gamma = next(p for p in entry(corpus, "working-time").positions if p.body.id == "gamma-council")
    assert gamma.headline.link.relationship == "equivalent"


@pytest.mark.parametrize("topic, kind, addressing, unreviewed", [
    ("working-time", "agree", 3, []),
    ("friends", "differ", 2, ["Beta Council"]),
    ("devices", "same-unreviewed", 2, ["Alpha Council", "Beta Council"]),
    ("email", "one", 1, []),
])
def test_verdicts(corpus, topic, kind, addressing, unreviewed):
    verdict = entry(corpus, topic).verdict
    assert (verdict.kind, verdict.addressing, verdict.bodies) == (kind, addressing, 4)
    assert [b.name for b in verdict.unreviewed] == unreviewed


def test_history_finds_the_earlier_stance_that_differs(corpus):
    history = History(corpus)
    alpha = next(p for p in entry(corpus, "working-time").positions if p.body.id == "alpha-council")
    (earlier,) = history.differing("alpha-council", "working-time", alpha.headline)
    assert earlier.version.id == "2010" and earlier.until.id == "2017" and earlier.headline.stance == "permits"
    assert history.differing("beta-council", "working-time", None) == [], "one version: no history"
    (email,) = history.differing("alpha-council", "email", None)
    assert email.headline.stance == "permits", "addressed then, silent now"
    (friends,) = history.differing("alpha-council", "friends", link_of(corpus, "alpha-council", "friends"))
    assert friends.headline.stance_provenance == "proposed", "`- friends:` with no stance is a plain link"


def corpus_with(tmp_path: Path, changes: dict[str, tuple[str, str]], extra: dict[str, str] | None = None):
    """The inline corpus with ``{file: (old text, new text)}`` replaced (each old text must be there) and ``extra`` files added."""
    files = {k: v for k, v in FILES.items() if k.startswith("source_policies")}
    for name, (old, new) in changes.items():
        assert old in files[name], old
        files[name] = files[name].replace(old, new)
    return load_corpus(write(tmp_path, {**files, **(extra or {})}) / "source_policies")


ALPHA_FILE = "source_policies/documents/alpha-policy.yml"


def test_history_counts_only_versions_that_were_in_force(tmp_path):
    drafted = corpus_with(tmp_path, {ALPHA_FILE: ("    status: superseded\n", "    status: draft\n")})
    alpha = next(p for p in entry(drafted, "working-time").positions if p.body.id == "alpha-council")
    history = History(drafted)
    assert history.differing("alpha-council", "working-time", alpha.headline) == [], "a draft never stated the rule"
    assert history.differing("alpha-council", "email", None) == []


def test_history_finds_an_earlier_stance_of_another_strength(tmp_path):
    weaker = corpus_with(tmp_path, {ALPHA_FILE: (
        "topics: [{working-time: permits}]", "topics: [{topic: working-time, stance: prohibits, strength: should}]")})
    alpha = next(p for p in entry(weaker, "working-time").positions if p.body.id == "alpha-council")
    assert (alpha.headline.stance, alpha.headline.strength) == ("prohibits", "must")
    (earlier,) = History(weaker).differing("alpha-council", "working-time", alpha.headline)
    assert earlier.version.id == "2010" and (earlier.headline.stance, earlier.headline.strength) == ("prohibits", "should")


def test_a_version_silent_on_a_topic_another_document_states_is_no_earlier_stance(tmp_path):
    guidance = ALPHA.replace("id: alpha-policy", "id: alpha-guidance").replace(
        "title: Alpha Social Media Policy", "title: Alpha Devices Guidance")
    guidance = guidance[:guidance.index("versions:")] + """versions:
  - id: "2019"
    label: 2019 guidance
    status: approved
    source: {title: Alpha guidance}
    sections:
      - id: rules
        clauses:
          - id: devices
            text: Staff may use council devices for social media only for work.
            topics: [{topic: devices, relationship: equivalent, stance: restricts}]
"""
    both = corpus_with(tmp_path, {}, {"source_policies/documents/alpha-guidance.yml": guidance})
    alpha = next(p for p in entry(both, "devices").positions if p.body.id == "alpha-council")
    assert alpha.headline.located.document.id == "alpha-guidance"
    # The 2010 policy said nothing on devices; the guidance may have said it all along.
    assert History(both).differing("alpha-council", "devices", alpha.headline) == []


def test_a_reviewed_stance_heads_a_more_closely_related_proposal(tmp_path):
    changed = corpus_with(tmp_path, {ALPHA_FILE: ("            topics: [devices]\n", (
        "            topics: [{topic: devices, relationship: equivalent}]\n"
        "          - id: own-devices\n"
        "            number: \"1.5\"\n"
        "            text: Staff may use their own devices for social media in breaks.\n"
        "            topics: [{topic: devices, relationship: intersects, stance: restricts}]\n"))})
    alpha = next(p for p in entry(changed, "devices").positions if p.body.id == "alpha-council")
    assert {m.located.clause.id: m.reviewed for m in alpha.mappings} == {"devices": False, "own-devices": True}
    assert alpha.headline.located.clause.id == "own-devices"


def test_bodies_with_the_same_stance_but_not_strength_are_not_said_to_agree(tmp_path):
    from policy_handbook.render.labels import verdict_title, verdict_words

    changed = corpus_with(tmp_path, {"source_policies/documents/gamma-policy.yml": (
        "stance: prohibits}]", "stance: prohibits, strength: should}]")})
    verdict = entry(changed, "working-time").verdict
    assert verdict.kind == "stance-only" and verdict.strength_differs and not verdict.scope_differs
    assert verdict_title(verdict) == "The same stance, with a different strength"
    assert verdict_words(verdict) == ("3 of 4 bodies address this; all prohibit (reviewed), but the strength differs "
                                      "(must / should). 1 body is silent.")
    assert "agree" not in verdict_words(verdict)
    same = entry(load_corpus(write(tmp_path / "same", {k: v for k, v in FILES.items() if k.startswith("source_policies")})
                             / "source_policies"), "working-time").verdict
    assert same.kind == "agree" and not same.strength_differs and not same.scope_differs


def test_bodies_with_the_same_stance_but_not_scope_are_not_said_to_agree(tmp_path):
    """The scope read from the wording counts: working time is not council equipment."""
    from policy_handbook.analyse.crossmap import compare_headlines
    from policy_handbook.render.labels import pair_verdict_label, verdict_words

    changed = corpus_with(tmp_path, {"source_policies/documents/gamma-policy.yml": (
        "Employees must not use social media in working time.",
        "Employees must not use council computers for social media.")})
    verdict = entry(changed, "working-time").verdict
    assert verdict.kind == "stance-only" and verdict.scope_differs and not verdict.strength_differs
    assert verdict_words(verdict) == ("3 of 4 bodies address this; all prohibit (reviewed), but the scope differs "
                                      "(working time / on council equipment). 1 body is silent.")
    alpha, gamma = (p.headline for p in entry(changed, "working-time").addressing if p.body.id != "beta-council")
    assert compare_headlines([alpha, gamma]).scopes == (("working time",), ("council equipment",))
    assert pair_verdict_label(alpha, gamma) == ("Both prohibit (reviewed); the scope differs "
                                                "(working time / on council equipment)")
    assert pair_verdict_label(gamma, alpha) == ("Both prohibit (reviewed); the scope differs "
                                                "(on council equipment / working time)"), "first body first"
    beta = entry(changed, "working-time").position_of("beta-council").headline
    assert pair_verdict_label(alpha, beta) == "Same stance (reviewed)"


def test_the_title_of_a_document_on_meetings_gives_its_rules_that_scope(tmp_path):
    """A body whose rule sits in a protocol for meetings prohibits at meetings, not everywhere: the
    scope differs from the bodies whose social media policies say the same words."""
    from policy_handbook.render.labels import verdict_words

    same_words = entry(corpus_with(tmp_path / "policy", {}), "working-time")
    assert same_words.verdict.kind == "agree"
    changed = corpus_with(tmp_path / "protocol", {"source_policies/documents/gamma-policy.yml": (
        "title: Gamma Social Media Policy", "title: Protocol on social media at Gamma Council meetings")})
    gamma = entry(changed, "working-time").position_of("gamma-council").headline
    assert gamma.scope == ("working time", "meetings")
    assert gamma.located.clause.text == next(p.headline for p in same_words.addressing
                                             if p.body.id == "gamma-council").located.clause.text
    verdict = entry(changed, "working-time").verdict
    assert verdict.kind == "stance-only" and verdict.scope_differs
    assert "(working time / working time; at meetings)" in verdict_words(verdict)


def test_a_built_site_gives_the_scope_a_title_adds_wherever_it_gives_the_stance(tmp_path):
    """The topic page, the pair page and the CSV export all carry the scope the document's title adds."""
    gamma_file = "source_policies/documents/gamma-policy.yml"
    files = {**FILES, gamma_file: GAMMA.replace("title: Gamma Social Media Policy",
                                                "title: 'Gamma Council meetings: rules for members'")}
    assert files[gamma_file] != GAMMA
    out = tmp_path / "site"
    result = build(write(tmp_path / "project", files), out)
    assert result.ok, result.output
    assert "Gamma Council prohibits (must) — working time; at meetings (reviewed)" in text(
        out, "compare/bodies/alpha-council--gamma-council")
    assert "scope differs (working time / working time; at meetings)" in text(out, "compare/topics/working-time")
    rows = list(csv.DictReader(io.StringIO((out / "compare/mapping.csv").read_text(encoding="utf-8-sig"),
                                           newline="")))
    gamma = [r for r in rows if r["body"] == "gamma-council" and r["topic"] == "working-time"]
    assert gamma and all(r["scope"].endswith("meetings") for r in gamma)
    assert all("meetings" not in r["scope"] for r in rows if r["body"] != "gamma-council")


def test_a_verdict_resting_on_a_proposal_says_so_with_what_differs(tmp_path):
    """A proposed headline is never said to be reviewed: not in the pair's label when the positions
    are the same, nor in the matrix's or the topic's words when only the stance is; a pair names
    each body's strength in its own order."""
    from policy_handbook.render.labels import matrix_verdict_words, pair_verdict_label, verdict_words

    gamma = "source_policies/documents/gamma-policy.yml"
    proposed = corpus_with(tmp_path / "proposed", {gamma: (
        "topics: [{topic: working-time, relationship: equivalent, stance: prohibits}]", "topics: [working-time]")})
    verdict = entry(proposed, "working-time").verdict
    assert verdict.kind == "same-unreviewed" and [b.id for b in verdict.unreviewed] == ["gamma-council"]
    alpha, gamma_headline = (entry(proposed, "working-time").position_of(b).headline
                             for b in ("alpha-council", "gamma-council"))
    assert not gamma_headline.reviewed and alpha.reviewed
    assert pair_verdict_label(alpha, gamma_headline) == "Same stance, not all reviewed"

    other = corpus_with(tmp_path / "other", {gamma: (
        "Employees must not use social media in working time.\n"
        "            topics: [{topic: working-time, relationship: equivalent, stance: prohibits}]",
        "Employees should not use council computers for social media.\n"
        "            topics: [working-time]")})
    verdict = entry(other, "working-time").verdict
    assert verdict.kind == "stance-only" and verdict.strength_differs and verdict.scope_differs
    assert matrix_verdict_words(verdict) == "All prohibit, not all reviewed; strength and scope differ"
    assert verdict_words(verdict).startswith("3 of 4 bodies address this; all prohibit, not all reviewed, but ")
    alpha, gamma_headline = (entry(other, "working-time").position_of(b).headline
                             for b in ("alpha-council", "gamma-council"))
    assert pair_verdict_label(gamma_headline, alpha) == (
        "Both prohibit, not all reviewed; the strength differs (should / must) and the scope differs "
        "(on council equipment / working time)")


def test_the_same_stance_with_another_strength_and_scope_is_said_so_on_every_page(tmp_path):
    """A built site: the pair page, the topic page and the matrix name what differs, and never say
    "Same stance" or "agree" for it; the pair that does take the same position still says so."""
    files = {**FILES, "source_policies/documents/gamma-policy.yml": GAMMA.replace(
        "Employees must not use social media in working time.",
        "Employees should not use council computers for social media.").replace(
        "stance: prohibits}]", "stance: prohibits, strength: should}]")}
    project = write(tmp_path / "project", files)
    out = tmp_path / "site"
    result = build(project, out)
    assert result.ok, result.output

    pair = text(out, "compare/bodies/alpha-council--gamma-council")
    assert ("Both prohibit (reviewed); the strength differs (must / should) and the scope differs "
            "(working time / on council equipment): Alpha Council prohibits (must) — working time (reviewed); "
            "Gamma Council prohibits (should) — on council equipment (reviewed).") in pair
    assert "Same stance" not in pair
    assert ("Same stance (reviewed): Alpha Council prohibits (must) — working time (reviewed); Beta Council "
            "prohibits (must) — working time (reviewed).") in text(out, "compare/bodies/alpha-council--beta-council")

    topic = text(out, "compare/topics/working-time")
    assert "The same stance, with a different strength and scope" in topic
    assert ("3 of 4 bodies address this; all prohibit (reviewed), but the strength differs (must / should) and the "
            "scope differs (working time / on council equipment). 1 body is silent.") in topic
    assert "agree" not in topic.split("Not addressed by")[0].lower()

    raw = article(out / "compare/index.html")
    row = next(r for r in re.findall(r'<tr>\s*<th scope="row">.*?</tr>', raw, re.S) if 'topics/working-time/' in r)
    verdict = words(re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)[-1])
    assert verdict == "All prohibit (reviewed); strength and scope differ 3 of 4 address"


def test_the_matrix_says_a_verdict_on_a_different_strength_and_scope_rests_on_a_proposal(tmp_path):
    """Where only the stance is the same and one headline is proposed, the matrix's verdict says
    both: what differs, and that it rests on proposals."""
    files = {**FILES, "source_policies/documents/gamma-policy.yml": GAMMA.replace(
        "Employees must not use social media in working time.\n"
        "            topics: [{topic: working-time, relationship: equivalent, stance: prohibits}]",
        "Employees should not use council computers for social media.\n"
        "            topics: [working-time]")}
    assert files["source_policies/documents/gamma-policy.yml"] != GAMMA
    project = write(tmp_path / "project", files)
    out = tmp_path / "site"
    result = build(project, out)
    assert result.ok, result.output
    raw = article(out / "compare/index.html")
    row = next(r for r in re.findall(r'<tr>\s*<th scope="row">.*?</tr>', raw, re.S) if 'topics/working-time/' in r)
    verdict = words(re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)[-1])
    assert verdict == ("All prohibit, not all reviewed; strength and scope differ 3 of 4 address; "
                       "rests on proposals")


def test_the_matrix_marks_a_body_abolished_only_from_the_day_it_was(tmp_path):
    """A body abolished in the past is tagged in its column's heading; one whose abolition is still
    to come is not yet."""
    bodies = BODIES.replace("kind: county council}", "kind: county council, abolished: 2020-04-01}").replace(
        "kind: parish council}", "kind: parish council, abolished: 2099-04-01}")
    project = write(tmp_path / "project", {**FILES, "source_policies/bodies.yml": bodies})
    out = tmp_path / "site"
    result = build(project, out)
    assert result.ok, result.output
    raw = (out / "compare/index.html").read_text(encoding="utf-8")
    head = re.search(r"<thead>(.*?)</thead>", raw, re.S).group(1)
    headers = [words(h) for h in re.findall(r'<th scope="col">(.*?)</th>', head, re.S)]
    assert "Gamma Council (abolished 1 April 2020)" in headers
    assert "Delta Council" in headers and not any("abolished 1 April 2099" in h for h in headers)


def test_the_counted_matrix_gives_the_position_most_bodies_take_first(tmp_path):
    """With many bodies the matrix counts positions: the one most bodies take comes first,
    whatever its name (ties by name)."""
    from policy_handbook.render.compare import ComparisonPages

    changed = corpus_with(tmp_path, {"source_policies/documents/gamma-policy.yml": (
        "stance: prohibits}]", "stance: permits}]")})
    counts = ComparisonPages.position_counts(None, entry(changed, "working-time"))  # uses nothing of the pages
    assert [count for _, count in counts] == [2, 1]
    assert counts[0][0].startswith("Prohibits") and counts[1][0].startswith("Permits")
    friends = ComparisonPages.position_counts(None, entry(changed, "friends"))
    assert [count for _, count in friends] == [1, 1] and [w for w, _ in friends] == sorted(w for w, _ in friends)

def test_topic_page_shows_what_a_now_silent_body_said_before(site):
    raw = article(site / "compare/topics/email/index.html")
    alpha = section_of(raw, "alpha-council")
    assert "Alpha Council Not addressed: no clause" in alpha
    assert re.search(r"Earlier versions said otherwise: Until 2017: permits \(may\)( — [^(]+)? "
                     r"\(Alpha Social Media Policy, 2010 policy: 1\.2\)", alpha), alpha


# --- the built pages ---------------------------------------------------------------------------


def test_topic_page_says_how_many_address_and_agree(site):
    page = text(site, "compare/topics/working-time")
    assert "The bodies that address this topic agree" in page
    assert "3 of 4 bodies address this; they agree (reviewed). 1 body is silent." in page
    assert "Not addressed by: Delta Council." in page


def test_topic_page_headline_other_clauses_and_history(site):
    raw = article(site / "compare/topics/working-time/index.html")
    alpha = section_of(raw, "alpha-council")
    assert "Position: Prohibits (must) — working time, reviewed, stated by:" in alpha
    assert ("Earlier versions said otherwise: Until 2017: permits (may) — working time (Alpha Social Media Policy, "
            "2010 policy: 1.1)") in alpha
    assert "reviewed — agrees with the reading" in alpha
    assert "1 other clause of Alpha Council on this topic:" in alpha
    assert alpha.index("Until 2017") < alpha.index("1 other clause"), "history sits under the current position"
    assert "Earlier versions" not in section_of(raw, "beta-council")


def test_a_verdict_on_unreviewed_proposals_says_so(site):
    friends = text(site, "compare/topics/friends")
    assert "The bodies do not agree" in friends
    assert "2 of 4 bodies address this; their stances differ. 2 bodies are silent." in friends
    assert "This rests on proposals nobody has reviewed yet: the stance of Beta Council." in friends
    assert "Beta Council: prohibits (must) (proposed)" in friends
    devices = text(site, "compare/topics/devices")
    assert "The same stance, not yet reviewed" in devices and "agree" not in devices.lower().split("reading")[0]
    assert "proposed topic and stance, not yet reviewed" in devices
    email = text(site, "compare/topics/email")
    assert "Only one body addresses this topic" in email
    assert "1 of 4 bodies addresses this. 3 bodies are silent." in email


def test_cards_name_the_override_and_the_reviewer_escaped(site):
    raw = (site / "compare/topics/friends/index.html").read_text(encoding="utf-8")
    alpha = section_of(article(site / "compare/topics/friends/index.html"), "alpha-council")
    assert ("Restricts (must) reviewed — overrides the proposed prohibits (must) (<b>HR</b> & policy team, "
            "1 May 2024)") in alpha
    assert "&lt;b&gt;HR&lt;/b&gt; &amp; policy team" in raw and "<b>HR</b>" not in raw
    beta = section_of(article(site / "compare/topics/friends/index.html"), "beta-council")
    assert "proposed from “must not”, not yet reviewed" in beta


def test_matrix_shows_each_cell_once_with_provenance_and_verdict(site):
    raw = article(site / "compare/index.html")
    rows = {re.search(r'href="topics/([\w-]+)/"', row).group(1): re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
            for row in re.findall(r'<tr>\s*<th scope="row">.*?</tr>', raw, re.S)}
    alpha, beta, gamma, delta, verdict = (words(cell) for cell in rows["working-time"])
    assert alpha == "Prohibits (must) — working time +1 more clause" and delta == "Not addressed"
    assert beta == "Prohibits (must) — working time"
    assert verdict == "Agree (reviewed) 3 of 4 address"
    assert words(rows["friends"][1]) == "Prohibits (must) proposed"
    assert words(rows["friends"][4]) == "Differs 2 of 4 address; rests on proposals"
    assert words(rows["devices"][4]) == "Same stance, not all reviewed 2 of 4 address; rests on proposals"
    assert words(rows["email"][4]) == "One body only 1 of 4 address"


def test_body_pair_page_gives_headlines_with_provenance(site):
    page = text(site, "compare/bodies/alpha-council--beta-council")
    assert ("Stances differ: Alpha Council restricts (must) (reviewed); Beta Council prohibits (must) (proposed). "
            "This rests on a proposal nobody has reviewed yet.") in page
    assert ("Same stance (reviewed): Alpha Council prohibits (must) — working time (reviewed); Beta Council "
            "prohibits (must) — working time (reviewed).") in page
    assert "reviewed — overrides the proposed prohibits (must)" in page


def test_exports_carry_stance_and_mapping_provenance(site):
    rows = list(csv.DictReader(io.StringIO((site / "compare/mapping.csv").read_text(encoding="utf-8-sig"),
                                           newline="")))
    by = {(r["body"], r["clause"], r["topic"]): r for r in rows}
    friends = by[("alpha-council", "friends", "friends")]
    assert (friends["stance_provenance"], friends["mapping_provenance"], friends["agrees_with_reading"]) == \
        ("reviewed", "reviewed", "no")
    assert (friends["reviewed_by"], friends["reviewed_on"]) == ("<b>HR</b> & policy team", "2024-05-01")
    devices = by[("beta-council", "devices", "devices")]
    assert (devices["stance"], devices["stance_provenance"], devices["mapping_provenance"]) == \
        ("prohibits", "proposed", "proposed")
    assert by[("alpha-council", "devices", "devices")]["stance_provenance"] == "proposed"
    assert by[("alpha-council", "working-time", "working-time")]["headline"] == "yes"
    assert by[("alpha-council", "background", "working-time")]["headline"] == "no"
    data = json.loads((site / "compare/mapping.json").read_text(encoding="utf-8"))
    links = {(link["clause"], link["topic"]): link for link in data["links"]}
    link = links[("alpha-policy/2017#friends", "friends")]
    assert link["stance_provenance"] == "reviewed" and link["agrees_with_reading"] is False
    assert link["proposed_stance"] == "prohibits" and link["headline"] is True
    assert links[("beta-policy/2020#devices", "devices")]["mapping_provenance"] == "proposed"
    email = links[("beta-policy/2020#email", "email")]
    assert email["scope"] == ["council equipment", "personal accounts"]
    assert email["summary"] == "Prohibits (must) — on council equipment; on personal accounts"
    assert by[("beta-council", "email", "email")]["scope"] == "council equipment; personal accounts"


def test_staff_home_marks_a_rule_placed_by_an_unconfirmed_suggestion(site):
    raw = article(site / "index.html")
    devices = words(raw[raw.index('id="q-devices"'):])
    assert devices.index("Not checked yet") < devices.index("You must not use council devices")
    breaks = words(raw[raw.index('id="q-working-time"'):raw.index('id="q-devices"')])
    assert "Not checked yet" not in breaks
    assert "proposed" not in words(raw).lower() and "reviewed" not in words(raw).lower()


def test_readme_states_the_bundled_corpus_as_it_is():
    """The README's counts of reviewed and proposed stances are the corpus's, after the current reader."""
    from conftest import ROOT

    counts = provenance_counts(load_corpus(ROOT / "source_policies"))
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    share = round(100 * counts.agree_stance / counts.reviewed)
    assert (f"{counts.links} topic links, {counts.reviewed} with a reviewed stance and {counts.proposed} proposed; "
            f"the current reader agrees with {counts.agree_stance} of the {counts.reviewed} reviewed stances "
            f"({share} %), on stance and strength both with {counts.agree_stance_and_strength}.") in readme
    result = run("python", ROOT / "scripts/stance_provenance.py", ROOT / "source_policies")
    assert result.ok and f"{counts.agree_stance} of {counts.reviewed}" in result.output


def test_counts_of_reviewed_and_proposed_links(corpus):
    counts = provenance_counts(corpus)
    assert (counts.links, counts.reviewed, counts.proposed, counts.proposed_mappings) == (14, 8, 6, 2)
    assert counts.agree_stance == counts.reviewed - 1, "only Alpha's friends stance overrides the reading"


def test_headline_words_carry_scope_and_condition_of_the_reading(corpus):
    """What the wording says a rule applies to, and its condition, follow the stance shown."""
    from policy_handbook.render.labels import headline_words

    devices = link_of(corpus, "alpha-council", "devices")
    assert devices.proposed.scope == ("council equipment",)
    assert headline_words(devices) == "Prohibits (must) — on council equipment"
    assert headline_words(devices, lower=True) == "prohibits (must) — on council equipment"
    friends = link_of(corpus, "alpha-council", "friends")  # reviewed: restricts, over the reading's prohibits
    limited = replace(friends, proposed=replace(friends.proposed, qualifier="unless a manager agrees"))
    assert headline_words(limited) == "Restricts (must) — “unless a manager agrees”"


def test_bundled_matrix_states_each_cell_once_and_agrees_only_on_the_same_reviewed_positions(bundled_site):
    raw = article(bundled_site / "compare/index.html")
    rows = re.findall(r'<tr>\s*<th scope="row">.*?</tr>', raw, re.S)
    assert len(rows) > 20
    agreeing = 0
    for row in rows:
        *cells, verdict = [words(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        for cell in cells:
            assert len(re.findall(r"\b(?:Prohibits|Restricts|Permits|Requires|Advises)\b", cell)) <= 1, cell
        addressed = [c for c in cells if c != "Not addressed"]
        # Stance, strength and scope: the words before any condition quoted from the clause.
        positions = {re.sub(r"( \+\d+ more clauses?| proposed|(;| —) “.*)", "", c) for c in addressed}
        if verdict.startswith("Agree"):
            agreeing += 1
            assert len(addressed) >= 2 and not any("proposed" in c for c in addressed), (cells, verdict)
            assert len(positions) == 1, cells
        if verdict.startswith(("Agree", "Same stance")):
            assert len(positions) == 1, (cells, verdict)
        elif verdict.startswith(("Both", "All")):
            assert len({re.match(r"\w+", c).group() for c in addressed}) == 1 and len(positions) > 1, cells
            assert "differ" in verdict, verdict
    assert agreeing, "some topics do agree"


def test_a_reviewer_name_is_never_run_as_a_spreadsheet_formula(tmp_path):
    from policy_handbook.render.exports import mapping_csv
    from policy_handbook.render.site import Urls

    sneaky = ALPHA.replace('reviewed_by: "<b>HR</b> & policy team"', 'reviewed_by: "=HYPERLINK(\\"http://x\\")"')
    root = write(tmp_path, {**{k: v for k, v in FILES.items() if k.startswith("source_policies")},
                            "source_policies/documents/alpha-policy.yml": sneaky})
    corpus = load_corpus(root / "source_policies")
    rows = list(csv.DictReader(io.StringIO(mapping_csv(corpus, Urls(), mappings(corpus, include_inherited=True))
                                           .lstrip("\ufeff"), newline="")))
    reviewer = next(r["reviewed_by"] for r in rows if r["clause"] == "friends")
    assert reviewer == "'=HYPERLINK(\"http://x\")"


def test_a_proposed_mapping_in_the_bundled_corpus_shows_as_unreviewed_everywhere(tmp_path):
    """Marking two real clauses `mapping: proposed`, as `suggest --write` does, changes every page that shows them."""
    from conftest import copy_project

    project = copy_project(tmp_path / "project")
    council = project / "source_policies/documents/dorset-council-social-networking-guidance.yml"
    text = council.read_text(encoding="utf-8")
    council.write_text(text.replace("          - id: bullying-and-harassment\n",
                                    "          - id: bullying-and-harassment\n            mapping: proposed\n", 1),
                       encoding="utf-8")
    harmonised = project / "source_policies/documents/harmonised-social-media-policy.yml"
    text = harmonised.read_text(encoding="utf-8")
    at = text.index("  - id: committee\n")
    harmonised.write_text(text[:at] + text[at:].replace(
        "          - id: personal-use-working-time\n",
        "          - id: personal-use-working-time\n            mapping: proposed\n", 1), encoding="utf-8")
    out = tmp_path / "site"
    result = build(project, out)
    assert result.ok, result.output

    topic = article(out / "compare/topics/bullying-harassment-discrimination/index.html")
    dorset = section_of(topic, "dorset-council")
    card = dorset[dorset.index("paragraph 10"):]
    assert card.split("covers the topic")[0].endswith("proposed topic and stance, not yet reviewed · ")

    rows = list(csv.DictReader(io.StringIO((out / "compare/mapping.csv").read_text(encoding="utf-8-sig"),
                                           newline="")))
    marked = [r for r in rows if r["clause"] == "bullying-and-harassment"]
    assert marked and all((r["mapping_provenance"], r["stance_provenance"]) == ("proposed", "proposed")
                          for r in marked)
    assert all(r["stance_provenance"] == "reviewed" for r in rows if r["clause"] == "care-with-information")

    home = article(out / "index.html")
    question = words(home[home.index('id="q-personal-use-working-time"'):])
    assert question.index("Not checked yet") < question.index("How each council puts it")
    assert "Not checked yet" not in words(home[:home.index('id="q-personal-use-working-time"')])


@pytest.mark.parametrize("path", ["compare/topics/email/", "compare/topics/friends/", "compare/",
                                  "compare/bodies/alpha-council--beta-council/"])
def test_provenance_history_and_verdicts_pass_axe(page, site, path):
    from browser_fixtures import axe_violations, describe, serve

    served, server = serve(site)
    try:
        page.goto(served(path))
        assert page.locator(".ph-verdict, .ph-pair__verdict, .ph-matrix").count()
        violations = axe_violations(page)
    finally:
        server.shutdown()
    assert violations == [], describe(violations)
