"""``record_proposals`` on every form a clause's text may take: the file it writes reads as the
same document plus the proposals, and every byte it had is kept."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import yaml

from conftest import DOCUMENT

from policy_handbook.load.loader import document_files, walk_clauses, walk_sections
from policy_handbook.load.yaml_source import read_yaml
from policy_handbook.mapping_writer import MappingWriteError, Proposal, record_proposals
from policy_handbook.model import Document

SOURCE = Path(__file__).resolve().parent.parent / "source_policies"

HEAD = DOCUMENT[:DOCUMENT.index("          - id: friends\n")]
"""The conftest document up to its second clause."""

NEXT = """\
          - id: friends
            number: "1.3"
            text: Do not accept friend requests from service users.
"""


def _document(header: str, trailing: list[str], comment: str | None, last: bool, final_newline: bool,
              newline: str) -> str:
    """A document whose clause ``target`` has a block text with ``header`` (``|+2  # note``…),
    followed by the ``trailing`` lines, then ``comment``, then another clause unless ``last``."""
    lines = HEAD.splitlines() + [
        "          - id: target",
        '            number: "1.2"',
        f"            text: {header}",
        "              Staff must not post comments about service users",
        "                (this line is indented further)",
        "              on any site.",
    ] + trailing + ([comment] if comment is not None else [])
    if not last:
        lines += NEXT.splitlines()
    text = newline.join(lines) + newline
    return text if final_newline else text[:-len(newline)]


def _headers() -> list[str]:
    forms = []
    for style, chomping, increment, note in itertools.product("|>", ["", "-", "+"], ["", "2"], ["", "  # as adopted"]):
        forms.append(style + chomping + increment + note)
        if chomping and increment:
            forms.append(style + increment + chomping + note)
    return forms


TRAILING = [[], [""], ["", ""], ["    "], ["", "              ", ""], ["                  "]]
"""Lines after the text: none, blank ones, blank ones with spaces (no more than the text's
indentation), and a line of more spaces than its indentation (text, not a blank line)."""

COMMENTS = [None, "          # a comment after the clause", "# a comment at the margin"]


def _added_lines_removed(result: str, recorded) -> str:
    lines = result.splitlines(keepends=True)
    for entry in sorted(recorded, key=lambda r: -r.line):
        del lines[entry.line - 1:entry.line + 1]
    return "".join(lines)


def _load(text: str) -> tuple[dict, Document]:
    source, problems = read_yaml(Path("document.yml"), text.encode("utf-8"))
    assert source is not None and not problems, problems
    return source.data, Document.model_validate(source.data)


def _clause(data: dict, version: str, clause: str) -> dict:
    stack = [s for v in data["versions"] if v["id"] == version for s in v["sections"]]
    while stack:
        section = stack.pop()
        stack += section.get("sections", [])
        clauses = list(section.get("clauses", []))
        while clauses:
            found = clauses.pop()
            if found["id"] == clause:
                return found
            clauses += found.get("items", [])
    raise KeyError(clause)


def _assert_recorded_cleanly(before: str, proposals: list[Proposal]) -> str:
    """Write the proposals and check the invariant; returns the file written."""
    result, recorded = record_proposals(before, proposals)
    assert len(recorded) == len(proposals)
    newline = "\r\n" if "\r\n" in before else "\n"
    for entry in recorded:
        lines = result.splitlines(keepends=True)
        assert lines[entry.line - 1].strip() == entry.proposal.lines()[0]
        assert lines[entry.line].endswith(newline) and lines[entry.line].strip() == "mapping: proposed"
    # Every byte the file had is kept: removing the added lines gives it back.
    without = _added_lines_removed(result, recorded)
    assert without == before, (before, result)
    expected, _ = _load(before)
    for p in proposals:
        clause = _clause(expected, p.version, p.clause)
        clause.pop("topics", None)
        if p.topic is not None:
            clause["topics"] = [p.topic]
        else:
            clause["not_a_rule"] = p.not_a_rule
        clause["mapping"] = "proposed"
    data, model = _load(result)
    assert data == expected
    assert model == Document.model_validate(expected)
    return result


@pytest.mark.parametrize("header", _headers())
def test_every_block_text_form_gets_its_proposal_and_reads_the_same(header):
    proposals = [Proposal("2020", "target", topic="posting-about-service-users")]
    for trailing, comment, last, final_newline, newline in itertools.product(
            TRAILING, COMMENTS, [False, True], [True, False], ["\n", "\r\n"]):
        if not last and not final_newline:
            continue
        before = _document(header, trailing, comment, last, final_newline, newline)
        try:
            _assert_recorded_cleanly(before, proposals)
        except MappingWriteError as e:
            raise AssertionError(f"refused ({e}):\n{before}") from None


def test_the_lines_go_after_the_blank_lines_a_kept_text_owns():
    before = _document("|+", ["", ""], "# next", last=True, final_newline=True, newline="\n")
    result = _assert_recorded_cleanly(before, [Proposal("2020", "target", not_a_rule="definition")])
    assert result.endswith("              on any site.\n\n\n"
                           "            not_a_rule: definition\n            mapping: proposed\n# next\n")
    clipped = _document("|", ["", ""], "# next", last=True, final_newline=True, newline="\n")
    result = _assert_recorded_cleanly(clipped, [Proposal("2020", "target", not_a_rule="definition")])
    assert result.endswith("              on any site.\n"
                           "            not_a_rule: definition\n            mapping: proposed\n\n\n# next\n")


def test_a_kept_text_that_ends_the_file_without_a_line_break_gets_the_lines_before_it():
    before = _document("|+", [], None, last=True, final_newline=False, newline="\n")
    result = _assert_recorded_cleanly(before, [Proposal("2020", "target", topic="posting-about-service-users")])
    assert ('            number: "1.2"\n            topics: [posting-about-service-users]\n'
            "            mapping: proposed\n            text: |+\n") in result
    assert result.endswith("on any site.")


def test_a_crlf_file_gets_crlf_lines():
    before = HEAD.replace("\n", "\r\n") + NEXT.replace("\n", "\r\n")
    result = _assert_recorded_cleanly(before, [Proposal("2020", "friends", topic="service-user-contact"),
                                               Proposal("2020", "working-time", topic="working-time")])
    assert "\n" not in result.replace("\r\n", "")


def test_a_clause_written_as_a_flow_mapping_is_refused_and_nothing_is_written():
    before = HEAD + '          - {id: friends, number: "1.3", text: Do not accept friend requests.}\n'
    with pytest.raises(MappingWriteError, match="clause 'friends' of version '2020' is written on one line"):
        record_proposals(before, [Proposal("2020", "working-time", topic="working-time"),
                                  Proposal("2020", "friends", topic="service-user-contact")])


def _without_mappings(text: str) -> str:
    """``text`` with every clause's ``topics``, ``not_a_rule`` and ``mapping`` lines removed."""
    lines = text.splitlines(keepends=True)
    doomed: set[int] = set()
    stack = [yaml.compose(text)]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.SequenceNode):
            stack += node.value
        if not isinstance(node, yaml.MappingNode):
            continue
        keys = [k.value for k, _ in node.value]
        for i, (key, value) in enumerate(node.value):
            stack.append(value)
            if "text" in keys and key.value in ("topics", "not_a_rule", "mapping"):
                end = node.value[i + 1][0].start_mark.line if i + 1 < len(node.value) else value.end_mark.line + 1
                assert not lines[key.start_mark.line][:key.start_mark.column].strip()
                doomed.update(range(key.start_mark.line, end))
    return "".join(line for i, line in enumerate(lines) if i not in doomed)


@pytest.mark.parametrize("path", document_files(SOURCE), ids=lambda p: p.stem)
def test_every_bundled_document_gets_its_proposals_back_cleanly(path):
    """Each bundled document with its mappings removed, a proposal for every clause."""
    before = _without_mappings(path.read_text(encoding="utf-8"))
    _, document = _load(before)
    proposals = []
    for version in document.versions:
        for section, _ in walk_sections(version.sections, ()):
            for clause, _ in walk_clauses(section.clauses, ()):
                proposals.append(Proposal(version.id, clause.id, topic="t") if len(proposals) % 2
                                 else Proposal(version.id, clause.id, not_a_rule="definition"))
    assert len(proposals) > 10
    _assert_recorded_cleanly(before, proposals)
