"""The loader accepts the corpus and reports every kind of bad input with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_handbook.load.loader import load_corpus
from policy_handbook.load.problems import CorpusError

from conftest import BODIES, DOCUMENT, ROOT


def problems_of(project_root: Path) -> list[str]:
    with pytest.raises(CorpusError) as caught:
        load_corpus(project_root / "source_policies")
    return [str(p) for p in caught.value.problems]


def only_problem(project_root: Path) -> str:
    found = problems_of(project_root)
    assert len(found) == 1, found
    return found[0]


def test_bundled_corpus_loads_with_all_five_bodies():
    corpus = load_corpus(ROOT / "source_policies")
    bodies_with_documents = {d.body for d in corpus.documents.values()}
    assert {"dorset-council", "dorset-county-council", "shaftesbury-town-council",
            "east-devon-district-council", "lincolnshire-county-council"} <= bodies_with_documents
    located = {c.clause.text for c in corpus.clauses()}
    assert any("Personal use of social networking sites should not be undertaken" in t for t in located)


def test_inline_project_loads(project):
    corpus = load_corpus(project() / "source_policies")
    version = corpus.documents["alpha-policy"].versions[0]
    assert [c.number for c in version.walk_clauses()] == ["1.1", "1.2"]


def test_yaml_syntax_error_names_file_and_line(project):
    root = project({"source_policies/documents/alpha-policy.yml": DOCUMENT.replace("title: Rules", "title: [Rules")})
    message = only_problem(root)
    assert message.startswith(f"{root}/source_policies/documents/alpha-policy.yml:15:16: YAML syntax error")
    assert "began on line 14" in message
    assert "YAML syntax error" in message and "quot" in message


def test_file_that_is_not_utf8(project):
    root = project()
    path = root / "source_policies/documents/alpha-policy.yml"
    path.write_bytes(DOCUMENT.replace("Alpha Social", "Caf\u00e9 Social").encode("latin-1"))
    message = only_problem(root)
    assert message.startswith(f"{path}:3:")
    assert "not UTF-8" in message and "save it as UTF-8" in message


def test_duplicate_key_is_refused_not_silently_dropped(project):
    doubled = DOCUMENT.replace("            number: \"1.2\"\n", "            number: \"1.2\"\n            text: Lost.\n")
    root = project({"source_policies/documents/alpha-policy.yml": doubled})
    message = only_problem(root)
    assert "alpha-policy.yml:22:13: duplicate key 'text' (first given on line 21)" in message


def test_unknown_key_suggests_the_right_one(project):
    root = project({"source_policies/documents/alpha-policy.yml": DOCUMENT.replace("    status:", "    stauts:")})
    found = problems_of(root)
    unknown = next(p for p in found if "unknown key" in p)
    assert "alpha-policy.yml:9:5: unknown key 'stauts'" in unknown
    assert "did you mean 'status'" in unknown
    missing = next(p for p in found if "missing required key" in p)
    assert "'status'" in missing and "alpha-policy.yml:7:5:" in missing


def test_wrong_type_and_bad_date(project):
    text = DOCUMENT.replace('            number: "1.1"', "            number: 1.10").replace(
        "    status: approved\n", "    status: approved\n    dates: {effective_from: 2020-02-30}\n")
    found = problems_of(project({"source_policies/documents/alpha-policy.yml": text}))
    assert any(":10:29: '2020-02-30' is not a valid date — write dates as YYYY-MM-DD" in p for p in found), found
    assert any(":18:21: 'number' should be text" in p and "quote" in p for p in found), found


def test_bad_status_lists_the_choices(project):
    message = only_problem(project({"source_policies/documents/alpha-policy.yml":
                                    DOCUMENT.replace("status: approved", "status: aproved")}))
    assert ":9:13: 'aproved' is not a valid status" in message and "'approved'" in message


def test_duplicate_clause_id(project):
    text = DOCUMENT.replace("id: friends", "id: working-time")
    message = only_problem(project({"source_policies/documents/alpha-policy.yml": text}))
    assert ":19:17: duplicate clause id 'working-time' in version '2020' (first used on line 16)" in message


def test_unknown_body_document_version_and_topic(project):
    text = DOCUMENT.replace("body: alpha-council", "body: alfa-council").replace(
        "          - id: friends\n",
        "          - id: friends\n            topics: [no-such-topic]\n"
        "            derived_from: [alpha-policy/2019#working-time, beta-policy/1#x]\n").replace(
        "    status: approved\n", "    status: approved\n    supersedes: \"2019\"\n")
    topics = "groups: [{id: conduct, title: Conduct}]\ntopics:\n  - {id: reputation, title: Reputation, " \
             "question: May I?, description: About reputation., group: conduct}\n"
    found = problems_of(project({"source_policies/documents/alpha-policy.yml": text,
                                 "source_policies/topics.yml": topics}))
    joined = "\n".join(found)
    assert "alpha-policy.yml:2:7: unknown body 'alfa-council' — use a body from bodies.yml: alpha-council" in joined
    assert "unknown version '2019' — use a version of this document: 2020" in joined
    assert "unknown topic 'no-such-topic' — use a topic from topics.yml: reputation" in joined


def test_reference_to_missing_clause(project):
    text = DOCUMENT.replace("          - id: friends\n",
                            "          - id: friends\n            derived_from: [alpha-policy/2020#nowhere]\n")
    message = only_problem(project({"source_policies/documents/alpha-policy.yml": text}))
    assert "'alpha-policy/2020#nowhere' names no clause" in message and "check the clause id" in message


def test_version_chain_loop(project):
    text = DOCUMENT.replace("versions:\n", "versions:\n  - id: \"2019\"\n    label: old\n    status: superseded\n"
                            "    supersedes: \"2020\"\n    source: {title: Old}\n    sections: []\n").replace(
        "    status: approved\n", "    status: approved\n    supersedes: \"2019\"\n")
    message = only_problem(project({"source_policies/documents/alpha-policy.yml": text}))
    assert "versions supersede each other in a loop: 2019 → 2020 → 2019" in message


def test_all_problems_of_all_files_together(project):
    second = DOCUMENT.replace("id: alpha-policy", "id: beta-policy").replace("status: approved", "status: nope")
    root = project({"source_policies/documents/beta-policy.yml": second,
                    "source_policies/bodies.yml": BODIES + "  - id: alpha-council\n    name: Again\n    kind: town council\n"})
    found = problems_of(root)
    assert any("bodies.yml:8:9: duplicate body id 'alpha-council' (first used on line 2)" in p for p in found), found
    assert any("beta-policy.yml:9:13: 'nope' is not a valid status" in p for p in found), found


def test_a_load_with_the_cache_reads_each_file_once_and_never_an_oversized_one(project, monkeypatch):
    from policy_handbook.load.loader import FileCache

    root = project()
    document = root / "source_policies/documents/alpha-policy.yml"
    reads: list[Path] = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self) or original(self))
    cache = FileCache()

    load_corpus(root / "source_policies", cache)
    assert reads.count(document) == 1
    document.write_text(DOCUMENT.replace("title:", "title: Edited", 1), encoding="utf-8")
    reads.clear()
    corpus = load_corpus(root / "source_policies", cache)
    assert reads.count(document) == 1 and cache.hits >= 2  # bodies and topics reused
    assert any(d.title.startswith("Edited") for d in corpus.documents.values())

    document.write_text(DOCUMENT + "note: " + "x" * (10 * 1024 * 1024) + "\n", encoding="utf-8")
    reads.clear()
    with pytest.raises(CorpusError) as raised:
        load_corpus(root / "source_policies", cache)
    assert document not in reads
    assert "the file is too large" in str(raised.value)


def test_documents_of_gives_each_body_its_documents_in_corpus_order():
    corpus = load_corpus(ROOT / "source_policies")
    for body in [*corpus.bodies, "no-such-body"]:
        assert corpus.documents_of(body) == [d for d in corpus.documents.values() if d.body == body]
    assert sum(len(corpus.documents_of(body)) for body in corpus.bodies) == len(corpus.documents)


OLDER = "versions:\n  - id: \"2019\"\n    label: old\n    status: superseded\n    source: {title: Old}\n    sections: []\n"
TOPICS = ("groups: [{id: use, title: Use}]\ntopics:\n  - {id: working-time, title: Working time, "
          "question: May I?, description: Use at work., group: use}\n")


@pytest.mark.parametrize("text, where, message", [
    (DOCUMENT.replace("            text: Do not accept", "            not_a_rule: background\n"
                      "            topics: [working-time]\n            text: Do not accept"),
     "21:25", "a clause marked not_a_rule has topics — remove `not_a_rule`, or remove its topics"),
    (DOCUMENT.replace("    status: approved\n", "    status: approved\n    replaces: [alpha-policy]\n"),
     "10:16", "'alpha-policy' is this document itself — name other documents in `replaces`; an earlier "
     "version of this one is named by `supersedes`"),
    (DOCUMENT.replace("    status: approved\n", "    status: approved\n    approval: {committee: Staffing, "
                      "meeting_date: 2020-01-01, report: no-such-report}\n"),
     "10:71", "unknown document 'no-such-report' — use a committee report document: none defined yet"),
    (DOCUMENT.replace("versions:\n", OLDER).replace(
        "    status: approved\n", "    status: approved\n    supersedes: \"2019\"\n"
                                 "    deleted: [{clause: nowhere, reason: Gone.}]\n"),
     "16:24", "'nowhere' is not a clause of version '2019' — name a clause id of the version this one supersedes"),
    (DOCUMENT + "      - id: rules\n        clauses:\n          - {id: other, text: Other.}\n",
     "22:13", "duplicate section id 'rules' in version '2020' — give each section its own id"),
])
def test_a_reference_or_id_that_cannot_hold_is_reported_where_it_is(project, text, where, message):
    found = only_problem(project({"source_policies/documents/alpha-policy.yml": text,
                                  "source_policies/topics.yml": TOPICS}))
    assert f"alpha-policy.yml:{where}: {message}" in found, found


def test_the_advice_for_an_unknown_document_lists_only_documents_that_would_do(project):
    report = DOCUMENT.replace("id: alpha-policy", "id: alpha-report").replace("kind: policy", "kind: committee report")
    other = DOCUMENT.replace("id: alpha-policy", "id: beta-policy")
    text = DOCUMENT.replace("    status: approved\n", "    status: approved\n    replaces: [gamma-policy]\n"
                            "    approval: {committee: Staffing, meeting_date: 2020-01-01, report: beta-policy2}\n")
    found = problems_of(project({"source_policies/documents/alpha-policy.yml": text,
                                 "source_policies/documents/alpha-report.yml": report,
                                 "source_policies/documents/beta-policy.yml": other}))
    joined = "\n".join(found)
    assert "unknown document 'gamma-policy' — use another document: alpha-report, beta-policy" in joined, found
    assert "unknown document 'beta-policy2' — use a committee report document: alpha-report" in joined, found
