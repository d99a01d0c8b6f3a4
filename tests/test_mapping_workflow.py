"""Mapping by proposal: ``suggest --write``, ``mapping: proposed``, placeholders and body kinds."""

from __future__ import annotations

from conftest import BODIES, DOCUMENT, build, run

from policy_handbook.analyse.crossmap import mappings, unmapped_clauses
from policy_handbook.load.loader import load_corpus
from policy_handbook.mapping_writer import MappingWriteError, Proposal, record_proposals

TOPICS = """\
groups: [{id: use, title: Use}]
topics:
  - id: working-time
    title: Personal use during working time
    question: May I use social media for personal reasons at work?
    description: Whether staff may use social networking sites for personal reasons during working hours.
    group: use
  - id: service-user-contact
    title: Contact with service users
    question: May I be friends online with the people I support?
    description: Friend requests and online contact with service users, clients and their families.
    group: use
"""

# Two clauses more than the inline project's document: a definition and a scope statement,
# with a comment and odd spacing that must survive the edit byte for byte.
UNMAPPED = DOCUMENT.replace("""            text: Do not accept friend requests from service users.
""", """            text: Do not accept friend requests from service users.
          # a comment the officer wrote
          - id: meaning
            number: "1.3"
            text: >-
              In this policy “social media” means websites and applications that let
              users create and share content.

          - id: who
            number: "1.4"
            text: This policy applies to all employees, agency workers and volunteers.
""")


def test_suggest_write_records_proposals_in_place_and_a_strict_build_accepts_them(project, tmp_path):
    root = project({"source_policies/topics.yml": TOPICS,
                    "source_policies/documents/alpha-policy.yml": UNMAPPED})
    path = root / "source_policies/documents/alpha-policy.yml"
    before = path.read_text(encoding="utf-8")
    assert not build(root, tmp_path / "unmapped").ok  # four unmapped clauses stop a strict build

    result = run("policy-handbook", "suggest", "--write", root / "source_policies")
    assert result.ok, result.output
    after = path.read_text(encoding="utf-8")
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == ["            topics: [working-time]", "            mapping: proposed",
                     "            topics: [service-user-contact]", "            mapping: proposed",
                     "            not_a_rule: definition", "            mapping: proposed",
                     "            not_a_rule: scope", "            mapping: proposed"]
    # Nothing else changed: removing the added lines gives the file back, byte for byte.
    kept = [line for line in after.splitlines(keepends=True) if line.rstrip("\n") not in added]
    assert "".join(kept) == before
    assert f"{path}:19: 2020#working-time: topics: [working-time] (mapping: proposed)" in result.output

    corpus = load_corpus(root / "source_policies")
    assert not unmapped_clauses(corpus)
    assert all(m.unreviewed for m in mappings(corpus))
    assert build(root, tmp_path / "site").ok

    # Accepting one is deleting its `mapping: proposed` line.
    lines = after.splitlines(keepends=True)
    del lines[19]  # line 20
    path.write_text("".join(lines), encoding="utf-8")
    corpus = load_corpus(root / "source_policies")
    assert [m.located.clause.id for m in mappings(corpus) if not m.unreviewed] == ["working-time"]


LIST = DOCUMENT.replace("""            text: Do not accept friend requests from service users.
""", """            text: Do not accept friend requests from service users.
          - id: staff-must-not
            number: "1.3"
            text: "Staff must not:"
            items:
              - id: browse
                text: browse social networking sites for personal reasons during working hours;
              - id: befriend
                text: accept friend requests from service users or their families.
""")


def test_suggest_write_proposes_for_each_list_item_on_its_own(project):
    root = project({"source_policies/topics.yml": TOPICS,
                    "source_policies/documents/alpha-policy.yml": LIST})
    result = run("policy-handbook", "suggest", "--write", root / "source_policies")
    assert result.ok, result.output
    assert "2020#browse: topics: [working-time] (mapping: proposed)" in result.output
    assert "2020#befriend: topics: [service-user-contact] (mapping: proposed)" in result.output
    assert "2020#staff-must-not: " in result.output
    corpus = load_corpus(root / "source_policies")
    assert not unmapped_clauses(corpus)
    topics = {m.located.clause.id: m.link.topic for m in mappings(corpus, list(corpus.clauses()), include_inherited=True)}
    assert topics["browse"] == "working-time" and topics["befriend"] == "service-user-contact"


def test_record_proposals_refuses_a_clause_that_already_has_a_mapping():
    text = DOCUMENT.replace("text: Do not accept friend requests from service users.\n",
                            "text: Do not accept friend requests from service users.\n            not_a_rule: scope\n")
    try:
        record_proposals(text, [Proposal("2020", "friends", topic="x")])
    except MappingWriteError as e:
        assert "already has `not_a_rule:`" in str(e)
    else:
        raise AssertionError("a second mapping was written")


def test_record_proposals_replaces_an_empty_topics_list():
    text = DOCUMENT.replace("text: Do not accept friend requests from service users.\n",
                            "text: Do not accept friend requests from service users.\n            topics: []\n")
    result, recorded = record_proposals(text, [Proposal("2020", "friends", topic="service-user-contact")])
    assert "topics: []" not in result and "            topics: [service-user-contact]\n" in result
    assert recorded[0].line == 22


def test_placeholder_text_fails_a_strict_check_naming_file_and_line(project, tmp_path):
    note = "Set by the importer: if the document does not name the body, change the basis to inferred."
    root = project({"source_policies/documents/alpha-policy.yml": DOCUMENT.replace(
        "attribution: {basis: stated}", f"attribution:\n  basis: stated\n  note: \"{note}\"")})
    path = root / "source_policies/documents/alpha-policy.yml"
    relaxed = run("policy-handbook", "validate", root / "source_policies")
    assert relaxed.ok and f"{path}:7: importer placeholder text “Set by the importer”" in relaxed.output
    strict = run("policy-handbook", "validate", "--strict", root / "source_policies")
    assert strict.returncode == 1 and "Traceback" not in strict.output
    failed = build(root, tmp_path / "site")
    assert not failed.ok and f"{path}:7: importer placeholder text" in failed.output
    path.write_text(path.read_text(encoding="utf-8").replace(note, "The policy names Alpha Council on its cover."),
                    encoding="utf-8")
    assert run("policy-handbook", "validate", "--strict", root / "source_policies").ok


def test_body_kinds_of_uk_public_bodies(project):
    bodies = BODIES + """\
  - id: example-community-council
    name: Example Community Council
    kind: community council
  - id: example-council-area
    name: Example Council
    kind: scottish council area
  - id: example-fire
    name: Example Fire and Rescue Authority
    kind: fire and rescue authority
  - id: example-trust
    name: Example NHS Foundation Trust
    kind: nhs foundation trust
  - id: example-partnership
    name: Example Waste Partnership
    kind: other
    description: Joint waste partnership of three district councils
"""
    root = project({"source_policies/bodies.yml": bodies})
    result = run("policy-handbook", "validate", root / "source_policies")
    assert result.ok, result.output
    without = bodies.replace("    description: Joint waste partnership of three district councils\n", "")
    root = project({"source_policies/bodies.yml": without})
    result = run("policy-handbook", "validate", root / "source_policies")
    assert result.returncode == 1 and "Traceback" not in result.output
    assert (f"{root}/source_policies/bodies.yml:20:5: a body of kind 'other' has no description — add "
            "`description:` saying what kind of body it is") in result.output, result.output


def test_add_body_appends_to_bodies_yml_and_refuses_a_bad_body(project):
    root = project({"source_policies/bodies.yml": "# the councils\n" + BODIES + "# end of list\n"})
    path = root / "source_policies/bodies.yml"
    before = path.read_text(encoding="utf-8")
    refused = run("policy-handbook", "add-body", "example-partnership", "--name", "Example Partnership",
                  "--kind", "other", "--source-dir", root / "source_policies")
    assert refused.returncode == 1 and "has no description" in refused.output and "Traceback" not in refused.output
    assert path.read_text(encoding="utf-8") == before
    added = run("policy-handbook", "add-body", "example-community-council", "--name", "Example Community Council",
                "--kind", "community council", "--source-dir", root / "source_policies")
    assert added.ok, added.output
    assert path.read_text(encoding="utf-8") == before.replace("# end of list\n", "") + (
        "  - id: example-community-council\n    name: Example Community Council\n    kind: community council\n"
        "# end of list\n")
    assert run("policy-handbook", "validate", root / "source_policies").ok


def test_record_proposals_keeps_a_blank_line_after_a_block_text_between_the_clauses():
    proposals = [Proposal("2020", "meaning", not_a_rule="definition"), Proposal("2020", "who", topic="working-time")]
    result, _ = record_proposals(UNMAPPED, proposals)
    assert ("              users create and share content.\n"
            "            not_a_rule: definition\n"
            "            mapping: proposed\n"
            "\n"
            "          - id: who\n") in result


def test_record_proposals_gives_the_line_of_each_proposal_after_an_empty_topics_list_is_replaced():
    text = UNMAPPED.replace("text: Do not accept friend requests from service users.\n",
                            "text: Do not accept friend requests from service users.\n            topics: []\n")
    proposals = [Proposal("2020", "friends", topic="service-user-contact"),
                 Proposal("2020", "meaning", not_a_rule="definition"), Proposal("2020", "who", topic="working-time")]
    result, recorded = record_proposals(text, proposals)
    lines = result.splitlines()
    assert [lines[r.line - 1].strip() for r in recorded] == [p.lines()[0] for p in proposals]
    assert [lines[r.line].strip() for r in recorded] == ["mapping: proposed"] * 3


def test_record_proposals_writes_nothing_it_cannot_add_cleanly():
    """A clause written as a flow mapping (``{id: …, text: …}`` on one line) has no line of its
    own to add keys after: the edit is refused rather than a file written that reads differently."""
    text = DOCUMENT.replace('          - id: friends\n            number: "1.2"\n'
                            "            text: Do not accept friend requests from service users.\n",
                            '          - {id: friends, number: "1.2", '
                            'text: Do not accept friend requests from service users.}\n')
    assert text != DOCUMENT
    try:
        record_proposals(text, [Proposal("2020", "friends", topic="service-user-contact")])
    except MappingWriteError as e:
        assert "clause 'friends' of version '2020' is written on one line" in str(e)
    else:
        raise AssertionError("an edit that breaks the file was written")


def test_record_proposals_refuses_an_edit_that_would_read_differently():
    """The last guard: whatever the edit, the file is parsed back and must read as before plus the
    keys added, or nothing is written."""
    from policy_handbook.mapping_writer import _check

    proposals = [Proposal("2020", "friends", topic="service-user-contact")]
    added = DOCUMENT + "            topics: [service-user-contact]\n            mapping: proposed\n"
    _check(DOCUMENT, added, proposals)  # the clean edit passes
    for broken, message in [(added.replace("Do not accept", "Do accept"), "change the file in other ways"),
                            (added.replace("mapping: proposed", "mapping: [proposed"), "would not be valid YAML"),
                            (DOCUMENT, "change the file in other ways")]:
        try:
            _check(DOCUMENT, broken, proposals)
        except MappingWriteError as e:
            assert message in str(e)
        else:
            raise AssertionError(f"an edit that reads differently passed: {broken!r}")


def test_record_proposals_adds_after_the_blank_lines_a_kept_text_owns():
    """A text kept with its trailing blank line (``|+``) keeps it: the lines go after it."""
    text = DOCUMENT.replace("            text: Do not accept friend requests from service users.\n",
                            "            text: |+\n              Do not accept friend requests from service users.\n\n")
    result, recorded = record_proposals(text, [Proposal("2020", "friends", topic="service-user-contact")])
    assert result == text + "            topics: [service-user-contact]\n            mapping: proposed\n"
    assert recorded[0].line == 24


def test_find_placeholders_finds_every_phrase_even_folded_across_lines(tmp_path):
    from policy_handbook.placeholders import find_placeholders

    text = ("attribution:\n  basis: stated\n  note: >-\n    Set by the importer: if the document does not name the body\n"
            "source:\n  note: >-\n    Imported from x.docx; check it\n    against the original, then delete this note.\n")
    found = find_placeholders(tmp_path / "a.yml", text)
    assert [(p.line, p.phrase) for p in found] == [(4, "Set by the importer"), (7, "check it against the original")]


def test_suggest_write_that_cannot_edit_a_file_fails_and_leaves_it_as_it_was(project):
    flow = UNMAPPED.replace('          - id: who\n            number: "1.4"\n'
                            "            text: This policy applies to all employees, agency workers and volunteers.\n",
                            '          - {id: who, number: "1.4", text: "This policy applies to all employees, agency '
                            'workers and volunteers."}\n')
    assert flow != UNMAPPED
    root = project({"source_policies/topics.yml": TOPICS, "source_policies/documents/alpha-policy.yml": flow})
    path = root / "source_policies/documents/alpha-policy.yml"
    result = run("policy-handbook", "suggest", "--write", root / "source_policies")
    assert result.returncode == 1 and "Traceback" not in result.output
    assert f"{path}: clause 'who' of version '2020' is written on one line" in result.output
    assert "Nothing was written: 1 of 1 file(s)" in result.output
    assert path.read_text(encoding="utf-8") == flow


def test_suggest_write_writes_no_file_while_another_cannot_take_its_proposals(project):
    """All files or none, and every file that cannot be edited is named, not only the first."""
    flow = UNMAPPED.replace('          - id: who\n            number: "1.4"\n'
                            "            text: This policy applies to all employees, agency workers and volunteers.\n",
                            '          - {id: who, number: "1.4", text: "This policy applies to all employees."}\n')
    other = UNMAPPED.replace("id: alpha-policy", "id: beta-policy")
    broken = [flow.replace("id: alpha-policy", f"id: {name}-policy") for name in ("gamma", "delta")]
    root = project({"source_policies/topics.yml": TOPICS, "source_policies/documents/alpha-policy.yml": other.replace(
        "id: beta-policy", "id: alpha-policy"), "source_policies/documents/beta-policy.yml": other,
        "source_policies/documents/gamma-policy.yml": broken[0], "source_policies/documents/delta-policy.yml": broken[1]})
    docs = root / "source_policies/documents"
    before = {path.name: path.read_bytes() for path in docs.iterdir()}
    result = run("policy-handbook", "suggest", "--write", root / "source_policies")
    assert result.returncode == 1 and "Traceback" not in result.output
    for name in ("gamma", "delta"):
        assert f"{docs / f'{name}-policy.yml'}: clause 'who' of version '2020' is written on one line" in result.output
    assert "Nothing was written: 2 of 4 file(s)" in result.output
    assert {path.name: path.read_bytes() for path in docs.iterdir()} == before


def test_suggest_write_keeps_a_crlf_file_crlf(project):
    root = project({"source_policies/topics.yml": TOPICS})
    path = root / "source_policies/documents/alpha-policy.yml"
    path.write_bytes(UNMAPPED.replace("\n", "\r\n").encode("utf-8"))
    result = run("policy-handbook", "suggest", "--write", root / "source_policies")
    assert result.ok, result.output
    after = path.read_bytes().decode("utf-8")
    assert after.count("mapping: proposed\r\n") == 4 and "\n" not in after.replace("\r\n", "")


def test_suggest_for_a_clause_that_is_not_there_is_a_usage_error(project):
    root = project({"source_policies/topics.yml": TOPICS})
    result = run("policy-handbook", "suggest", "--clause", "alpha-policy/2020#nowhere", root / "source_policies")
    assert result.returncode == 2 and "Traceback" not in result.output
    assert "'alpha-policy/2020#nowhere' names no clause" in result.output
