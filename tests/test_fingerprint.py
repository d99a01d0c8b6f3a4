"""Fingerprints of versions, and substantive change along a chain of versions."""

from __future__ import annotations

import copy
import hashlib
import re
import unicodedata

import pytest

from policy_handbook.analyse import fingerprint as fp_module
from policy_handbook.analyse.fingerprint import (
    canonical_text, changes_since, fingerprint, is_published, published_versions, version_chain,
)
from policy_handbook.model import Document

SECTIONS = [
    {"id": "rules", "number": "1", "title": "Rules", "clauses": [
        {"id": "working-time", "number": "1.1",
         "text": "Employees **must not** use social media for *personal* reasons\nduring  working time."},
        {"id": "friends", "number": " 1.2 ", "text": "Do not accept [friend requests](https://example.org/f) "
                                                    "from service users:",
         "items": [
             {"id": "friends-a", "text": "Cafe\u0301 customers,\u00a0or"},          # NFD é, no-break space
             {"id": "friends-b", "text": "their _families_.", "items": [
                 {"id": "friends-b-i", "number": "i", "text": "snake_case stays;\t2 * 3 = 6"}]},
         ]},
    ], "sections": [
        {"id": "breaks", "number": "1.3", "title": "Breaks", "clauses": [
            {"id": "lunch", "number": "1.3.1", "text": "You may post during lunch."}]},
    ]},
    {"id": "appendix", "appendix": "Appendix 1", "clauses": [
        {"id": "contact", "text": "Ask HR."}]},
]


def document(*versions: dict, id: str = "harm-policy") -> Document:
    return Document.model_validate({"id": id, "body": "harmonised", "title": "Harmonised Policy", "kind": "policy",
                                    "attribution": {"basis": "stated"}, "versions": list(versions)})


def version(id: str, sections: list | None = None, **extra) -> dict:
    base = {"id": id, "label": f"Version {id}", "status": "approved", "dates": {"published": "2026-07-06"},
            "source": {"title": "Draft"}, "sections": copy.deepcopy(sections if sections is not None else SECTIONS)}
    base.update(extra)
    return base


def set_text(sections: list, clause_id: str, text: str) -> list:
    sections = copy.deepcopy(sections)

    def walk(items):
        for item in items:
            if item["id"] == clause_id:
                item["text"] = text
            walk(item.get("items", []))

    def sections_walk(ss):
        for s in ss:
            walk(s.get("clauses", []))
            sections_walk(s.get("sections", []))

    sections_walk(sections)
    return sections


# --- the documented recipe, implemented again from the docstring alone --------------------


def recipe(document_id: str, version_id: str, sections: list) -> str:
    """The fingerprint as the module docstring and the page describe it, independently of the package."""

    def normalise(text: str, markdown: bool = True) -> str:
        if markdown:
            text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
            text = re.sub(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))", "", text)
        return " ".join(unicodedata.normalize("NFC", text).split())

    lines = [f"{document_id}\t{version_id}"]

    def clause_lines(clause: dict) -> None:
        number = normalise(clause["number"], markdown=False) if clause.get("number") else ""
        lines.append((number or "-") + "\t" + normalise(clause["text"]))
        for item in clause.get("items", []):
            clause_lines(item)

    def section_lines(section: dict) -> None:
        for clause in section.get("clauses", []):
            clause_lines(clause)
        for sub in section.get("sections", []):
            section_lines(sub)

    for section in sections:
        section_lines(section)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def test_the_documented_recipe_gives_the_fingerprint():
    doc = document(version("v1"))
    assert fingerprint(doc, doc.versions[0]) == recipe("harm-policy", "v1", SECTIONS)


def test_canonical_text_is_exactly_as_documented():
    doc = document(version("v1"))
    assert canonical_text(doc, doc.versions[0]) == "\n".join([
        "harm-policy\tv1",
        "1.1\tEmployees must not use social media for personal reasons during working time.",
        "1.2\tDo not accept friend requests from service users:",
        "-\tCaf\u00e9 customers, or",
        "-\ttheir families.",
        "i\tsnake_case stays; 2 * 3 = 6",
        "1.3.1\tYou may post during lunch.",
        "-\tAsk HR.",
    ])
    assert fingerprint(doc, doc.versions[0]) == hashlib.sha256(
        canonical_text(doc, doc.versions[0]).encode("utf-8")).hexdigest()


def test_the_module_docstring_documents_the_recipe():
    doc = fp_module.__doc__
    for phrase in ["SHA-256", "UTF-8", "tab (U+0009)", "line feed (U+000A)", "no line feed after the last line",
                   "document id", "version id", "``-``", "NFC", "str.split()", "walk_clauses",
                   r're.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)']:
        assert phrase in doc, phrase


def test_fingerprint_is_deterministic_and_lower_case_hex():
    first = document(version("v1"))
    again = document(version("v1"))
    assert fingerprint(first, first.versions[0]) == fingerprint(again, again.versions[0])
    assert re.fullmatch(r"[0-9a-f]{64}", fingerprint(first, first.versions[0]))


def test_formatting_that_is_not_text_leaves_the_fingerprint_alone():
    plain = document(version("v1", set_text(SECTIONS, "lunch", "You may post during lunch.")))
    styled = document(version("v1", set_text(SECTIONS, "lunch", "You *may*  post\nduring **lunch**.")))
    assert fingerprint(plain, plain.versions[0]) == fingerprint(styled, styled.versions[0])


@pytest.mark.parametrize("change", [
    {"text": "You may post during lunch!"},
    {"text": "You may not post during lunch."},
    {"number": "1.3.2"},
])
def test_any_change_of_words_punctuation_or_number_changes_the_fingerprint(change):
    sections = copy.deepcopy(SECTIONS)
    sections[0]["sections"][0]["clauses"][0].update(change)
    before, after = document(version("v1")), document(version("v1", sections))
    assert fingerprint(before, before.versions[0]) != fingerprint(after, after.versions[0])


def test_document_and_version_ids_are_part_of_the_fingerprint():
    a, b, c = document(version("v1")), document(version("v2")), document(version("v1"), id="other-policy")
    assert len({fingerprint(a, a.versions[0]), fingerprint(b, b.versions[0]), fingerprint(c, c.versions[0])}) == 3


# --- publication ------------------------------------------------------------------------------


def test_published_means_a_publication_date_and_not_draft_or_withdrawn():
    doc = document(
        version("a"),
        version("b", status="draft"),
        version("c", status="withdrawn"),
        version("d", dates={}),
        version("e", status="proposed"),
        version("f", status="superseded"),
    )
    assert [v.id for v in published_versions(doc)] == ["a", "e", "f"]
    assert not is_published(doc.versions[1])


# --- the version chain and substantive change ------------------------------------------------

ORIGINAL = set_text(SECTIONS, "working-time", "Employees **must not** use social media for *personnal* reasons during working time.")
EDITORIAL = set_text(SECTIONS, "working-time",  # a spelling fixed, a comma added, the full stop dropped
                     "Employees **must not** use social media for *personal* reasons, during working time")
RENUMBERED = copy.deepcopy(EDITORIAL)
RENUMBERED[0]["sections"][0]["clauses"][0]["number"] = "1.4.1"
SUBSTANTIVE = set_text(RENUMBERED, "working-time", "Employees may use social media for personal reasons at lunch.")


def chain() -> Document:
    return document(version("v1", ORIGINAL, status="superseded"), version("v2", EDITORIAL, status="superseded"),
                    version("v3", RENUMBERED, status="superseded"), version("v4", SUBSTANTIVE, status="proposed"))


def test_editorial_changes_alone_are_not_substantive():
    doc = chain()
    v1, v2, v3, _ = doc.versions
    assert fingerprint(doc, v1) != fingerprint(doc, v2)  # the text changed, so a receipt names the exact text
    since = changes_since(doc, v1, v3)
    assert since.comparable and not since.substantive
    assert [s.substantive for s in since.steps] == [False, False]
    # Worded as the redline pages count: one summary for every page that counts changes.
    assert since.summary == "Editorial changes only: 1 clause amended, 1 renumbered"
    assert since.counts["amended"] == 1 and since.counts["renumbered"] == 1 and since.counts["substantive"] == 0


def test_a_substantive_step_anywhere_in_the_chain_makes_the_change_substantive():
    doc = chain()
    v1, v2, v3, v4 = doc.versions
    assert changes_since(doc, v3, v4).substantive
    since = changes_since(doc, v1, v4)
    assert since.substantive and not since.consecutive
    assert [(s.old.id, s.new.id, s.substantive) for s in since.steps] == [
        ("v1", "v2", False), ("v2", "v3", False), ("v3", "v4", True)]
    # Counted as a redline of v1 and v4 counts: the one clause changed in two steps is one amended clause.
    assert since.summary == "1 clause amended, 1 renumbered"
    assert changes_since(doc, v3, v4).summary == "1 clause amended"
    assert changes_since(doc, v3, v4).consecutive


def test_a_substantive_change_undone_later_still_counts():
    # Staff who acknowledged v1 were under another rule in between: the change counts though v3 reads as v1.
    doc = document(version("v1", ORIGINAL, status="superseded"), version("v2", SUBSTANTIVE, status="superseded"),
                   version("v3", ORIGINAL, status="approved"))
    v1, _, v3 = doc.versions
    since = changes_since(doc, v1, v3)
    assert not any(c.substantive for c in since.direct), "v1 and v3 read the same"
    assert [s.substantive for s in since.steps] == [True, True]
    assert since.substantive


@pytest.mark.parametrize(("before", "after", "substantive"), [
    ("Do not open authorised links.", "Do not open unauthorised links.", True),
    ("Such use is acceptable.", "Such use is unacceptable.", True),
    ("It is appropriate to reply.", "It is inappropriate to reply.", True),
    ("Ask the employer first.", "Ask the employee first.", True),
    ("Staff must reply.", "Staff may reply.", True),
    ("These views are my own and don't represent the council.",
     "These views are my own and do not represent the council.", False),
    ("The council recognizes the benefits.", "The Council recognises the benefits", False),
])
def test_changed_since_you_acknowledged_follows_the_change_classifier(before, after, substantive):
    doc = document(version("v1", set_text(SECTIONS, "working-time", before)),
                   version("v2", set_text(SECTIONS, "working-time", after)))
    since = changes_since(doc, *doc.versions)
    assert since.substantive is substantive
    assert since.summary.startswith("Editorial changes only") is not substantive


def test_summary_counts_substantive_changes_by_kind():
    sections = set_text(SECTIONS, "lunch", "You may post during lunch and at tea time.")
    sections = set_text(sections, "contact", "Ask HR or your manager.")
    sections[0]["clauses"].append({"id": "new-rule", "number": "1.4", "text": "Never post photographs of pupils."})
    doc = document(version("v1"), version("v2", sections))
    assert changes_since(doc, *doc.versions).summary == "2 clauses amended, 1 added"


def test_unchanged_versions_have_nothing_to_acknowledge_again():
    doc = document(version("v1"), version("v2"))
    since = changes_since(doc, *doc.versions)
    assert not since.substantive and since.summary == "No changes to the text"


def test_the_chain_follows_supersedes_before_list_order():
    doc = document(version("a"), version("b", supersedes="a"), version("c", supersedes="a"))
    a, b, c = doc.versions
    assert [v.id for v in version_chain(doc, a, c)] == ["a", "c"]
    assert version_chain(doc, b, c) is None
    since = changes_since(doc, b, c)
    assert not since.comparable and since.substantive
    plain = document(version("a"), version("b"), version("c"))
    assert [v.id for v in version_chain(plain, *plain.versions[::2])] == ["a", "b", "c"]
