"""Aligning two versions of a document classifies every clause's change exactly once."""

from __future__ import annotations

from collections import Counter

import pytest

from policy_handbook.analyse.align import ClauseChange, align_versions, summarise
from policy_handbook.load.loader import load_corpus
from policy_handbook.model import Clause, Section, Version

from conftest import ROOT

# A clause is (id, number, text) or (id, number, text, [item clauses]).
ClauseSpec = tuple


def clause(spec: ClauseSpec) -> Clause:
    id_, number, text, *items = spec
    return Clause(id=id_, number=number, text=text, items=[clause(i) for i in (items[0] if items else [])])


def version(*sections: tuple[str, str | None, list[ClauseSpec]], id_: str = "v") -> Version:
    """A version of ``(section id, section number, [clauses])``."""
    return Version(id=id_, label=id_, status="approved", source={"title": "test"},
                   sections=[Section(id=s, number=n, clauses=[clause(c) for c in cs]) for s, n, cs in sections])


def kinds(changes: list[ClauseChange]) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(c.kind, c.old, c.new) for c in changes]


def only(changes: list[ClauseChange], kind: str) -> ClauseChange:
    found = [c for c in changes if c.kind == kind]
    assert len(found) == 1, kinds(changes)
    return found[0]


def assert_each_clause_once(old: Version, new: Version, changes: list[ClauseChange]) -> None:
    assert sorted(i for c in changes for i in c.old) == sorted(c.id for c in old.walk_clauses())
    assert sorted(i for c in changes for i in c.new) == sorted(c.id for c in new.walk_clauses())


OLD = version(
    ("general", "1", [
        ("purpose", "1.1", "This policy sets out how staff should use social media at work and at home."),
        ("official-posts", "1.2", "Staff must use a council account for official posts."),
        ("publicity", "1.3", "Do not comment publically on council business, unless authorised."),
        ("friends", "1.4", "Do not accept friend requests from service users or their families."),
        ("photos", None, "Ask permission before posting photographs of colleagues."),
        ("personal-devices", "1.5", "Council business is not to be conducted on personal devices."),
    ]),
    ("conduct", "3", [
        ("respect", "3.14", "Treat colleagues and members of the public with respect online."),
        ("passwords", "3.15", "Keep your passwords secret and change them regularly."),
    ]),
    ("security", "4", [
        ("security-old", "4.1",
         "Report any suspected breach of account security to the ICT service desk straight away, by telephone."),
    ]),
    ("accounts", "5", [
        ("official-accounts", "5.1", "Only the communications team may open an official council account. "
                                     "Officers who run an official account must follow the brand guidelines."),
    ]),
    ("monitoring", "6", [
        ("monitoring", "6.1", "The council may monitor the use of its systems."),
        ("monitoring-records", "6.2", "Records of monitoring are kept for six months."),
    ]),
    ("posting", "7", [
        ("do-not-post", "7.1", "Do not post:", [
            ("confidential", "a", "confidential information;"),
            ("abuse", "b", "abusive or threatening comments;"),
            ("politics", "c", "political opinions in a way that identifies you as an officer."),
        ]),
    ]),
    id_="old",
)

NEW = version(
    ("general", "1", [
        ("purpose", "1.1", "This policy sets out how staff should use social media at work and at home."),
        ("official-posts", "1.2", "Staff may use a council account for official posts."),
        ("publicity", "1.3", "Do not comment publicly on council business unless authorised."),
    ]),
    ("conduct", "3", [
        ("abusive-messages", "3.14", "Report any abusive messages to your line manager."),
        ("respect", "3.15", "Treat colleagues and members of the public with respect online."),
        ("passwords", "3.16", "Keep your passwords secret and change them regularly."),
        ("photos", None, "Ask permission before posting photographs of colleagues."),
        ("personal-devices", "3.17", "Council business is not to be conducted on personal devices."),
    ]),
    ("security", "4", [
        ("security-breaches", "4.1",
         "Report any suspected breach of account security to the ICT Service Desk at once, by telephone."),
    ]),
    ("accounts", "5", [
        ("opening-accounts", "5.1", "Only the communications team may open an official council account."),
        ("brand", "5.2", "Officers who run an official account must follow the brand guidelines."),
    ]),
    ("monitoring", "6", [
        ("monitoring-and-records", "6.1",
         "The council may monitor the use of its systems, and records of monitoring are kept for six months."),
    ]),
    ("posting", "7", [
        ("do-not-post", "7.1", "Do not post:", [
            ("confidential", "a", "confidential information;"),
            ("abuse", "b", "abusive or threatening comments;"),
            ("politics", "c", "political opinions on council business."),
        ]),
    ]),
    id_="new",
)


@pytest.fixture(scope="module")
def changes() -> list[ClauseChange]:
    return align_versions(OLD, NEW)


def test_every_kind_in_new_order_with_deletions_after_their_predecessor(changes):
    assert kinds(changes) == [
        ("unchanged", ("purpose",), ("purpose",)),
        ("amended", ("official-posts",), ("official-posts",)),
        ("amended", ("publicity",), ("publicity",)),
        ("deleted", ("friends",), ()),
        ("added", (), ("abusive-messages",)),
        ("renumbered", ("respect",), ("respect",)),
        ("renumbered", ("passwords",), ("passwords",)),
        ("moved", ("photos",), ("photos",)),
        ("moved", ("personal-devices",), ("personal-devices",)),
        ("amended", ("security-old",), ("security-breaches",)),
        ("split", ("official-accounts",), ("opening-accounts", "brand")),
        ("merged", ("monitoring", "monitoring-records"), ("monitoring-and-records",)),
        ("unchanged", ("do-not-post",), ("do-not-post",)),
        ("unchanged", ("confidential",), ("confidential",)),
        ("unchanged", ("abuse",), ("abuse",)),
        ("amended", ("politics",), ("politics",)),
    ]


def test_every_clause_of_both_versions_appears_exactly_once(changes):
    assert_each_clause_once(OLD, NEW, changes)


def test_unchanged_clause(changes):
    assert changes[0] == ClauseChange("unchanged", ("purpose",), ("purpose",), "1.1", "1.1",
                                      substantive=False, similarity=1.0, matched_by="id")


def test_renumbered_only(changes):
    respect = changes[5]
    assert (respect.old_number, respect.new_number) == ("3.14", "3.15")
    assert not respect.substantive and respect.similarity == 1.0 and not respect.also_renumbered
    assert (changes[6].old_number, changes[6].new_number) == ("3.15", "3.16")


def test_must_to_may_is_a_substantive_amendment(changes):
    change = changes[1]
    assert change.substantive and change.matched_by == "id"
    assert 0.6 < change.similarity < 1.0
    assert not change.also_renumbered


def test_spelling_and_comma_are_an_editorial_amendment(changes):
    change = changes[2]
    assert not change.substantive and change.similarity < 1.0


def test_added_and_deleted_are_substantive_and_unmatched(changes):
    deleted, added = changes[3], changes[4]
    assert (deleted.old_number, deleted.new_number) == ("1.4", None)
    assert (added.old_number, added.new_number) == (None, "3.14")
    for change in (deleted, added):
        assert change.substantive and change.matched_by == "none" and change.similarity == 0.0


def test_moved_to_another_section(changes):
    photos, devices = changes[7], changes[8]
    assert not photos.substantive and photos.similarity == 1.0 and not photos.also_renumbered
    assert not devices.substantive and devices.also_renumbered
    assert (devices.old_number, devices.new_number) == ("1.5", "3.17")


def test_renamed_and_reworded_clause_is_matched_by_text(changes):
    change = changes[9]
    assert change.matched_by == "text" and change.substantive
    assert 0.6 <= change.similarity < 1.0


def test_split_and_merged(changes):
    split, merged = changes[10], changes[11]
    assert (split.old_number, split.new_number) == ("5.1", "5.1, 5.2")
    assert split.similarity == 1.0
    assert (merged.old_number, merged.new_number) == ("6.1, 6.2", "6.1")
    for change in (split, merged):
        assert change.substantive and change.matched_by == "text"


def test_an_amended_item_leaves_its_clause_and_siblings_unchanged(changes):
    assert [c.kind for c in changes[12:]] == ["unchanged", "unchanged", "unchanged", "amended"]
    assert changes[15].substantive and changes[15].new_number == "c"


def test_alignment_is_deterministic(changes):
    assert align_versions(OLD, NEW) == changes
    assert align_versions(OLD.model_copy(deep=True), NEW.model_copy(deep=True)) == changes


def test_summarise_counts_kinds_substantive_and_editorial(changes):
    assert summarise(changes) == {
        "added": 1, "deleted": 1, "amended": 4, "moved": 2, "renumbered": 2, "unchanged": 4,
        "split": 1, "merged": 1, "substantive": 7, "editorial": 5,
    }


def test_summarise_of_nothing_is_all_zeros():
    assert set(summarise([]).values()) == {0}


def test_clause_out_of_order_within_its_section_is_moved():
    old = version(("s", "1", [("a", None, "Alpha rule text."), ("b", None, "Bravo rule text."),
                              ("c", None, "Charlie rule text."), ("d", None, "Delta rule text.")]))
    new = version(("s", "1", [("b", None, "Bravo rule text."), ("c", None, "Charlie rule text."),
                              ("a", None, "Alpha rule text."), ("d", None, "Delta rule text.")]))
    changes = align_versions(old, new)
    assert kinds(changes) == [("unchanged", ("b",), ("b",)), ("unchanged", ("c",), ("c",)),
                              ("moved", ("a",), ("a",)), ("unchanged", ("d",), ("d",))]


def test_moved_and_amended_is_moved_with_the_text_s_similarity():
    old = version(("one", "1", [("a", "1.1", "Staff must not post photographs of service users.")]),
                  ("two", "2", [("b", "2.1", "Anything else.")]))
    new = version(("one", "1", []),
                  ("two", "2", [("b", "2.1", "Anything else."),
                                ("a", "2.2", "Staff may post photographs of service users with consent.")]))
    change = only(align_versions(old, new), "moved")
    assert change.substantive and change.also_renumbered and change.similarity < 1.0


def test_deletion_of_the_first_clause_comes_first():
    old = version(("s", "1", [("gone", "1", "Removed entirely."), ("kept", "2", "Still here.")]))
    new = version(("s", "1", [("kept", "1", "Still here.")]))
    assert kinds(align_versions(old, new)) == [("deleted", ("gone",), ()), ("renumbered", ("kept",), ("kept",))]


def test_clause_split_into_a_lead_and_list_items():
    old = version(("s", "1", [("rule", "1", "Do not post confidential information or abusive comments.")]))
    new = version(("s", "1", [("lead", "1", "Do not post:", [
        ("confidential-item", "a", "confidential information;"),
        ("abusive-item", "b", "abusive comments."),
    ])]))
    assert kinds(align_versions(old, new)) == [
        ("split", ("rule",), ("lead", "confidential-item", "abusive-item"))]


def test_text_below_the_threshold_is_deleted_and_added():
    old = version(("s", "1", [("x", "1", "Staff must keep passwords secret.")]))
    new = version(("s", "1", [("y", "1", "Managers approve every new official account before launch.")]))
    assert [c.kind for c in align_versions(old, new)] == ["deleted", "added"]
    reworded = version(("s", "1", [("y", "1", "Staff must keep all their passwords secret.")]))
    assert [c.kind for c in align_versions(old, reworded)] == ["amended"]
    assert [c.kind for c in align_versions(old, reworded, threshold=0.95)] == ["deleted", "added"]


@pytest.mark.parametrize(("before", "after", "substantive"), [
    ("Staff must not post.", "staff must not post", False),  # case and punctuation
    ("Use the corporate colour scheme.", "Use the corporate color scheme.", False),
    ("Do not recieve gifts.", "Do not receive gifts.", False),
    ("Use e-mail for this.", "Use email for this.", False),
    ("Do not post now.", "Do not post not.", True),  # a rule word, however small the change
    ("Keep records for 14 days.", "Keep records for 18 days.", True),  # a number
    ("Post to any group.", "Post to all group.", True),
    ("Tell the staff.", "Tell the stuff today.", True),  # a word added
    ("Tell the team.", "Tell the tram.", True),  # short words are not respelt
    # A misspelling cannot change what a rule requires (the old rule counted a swap of two
    # letters as two edits and called this substantive).
    ("Tell their manager.", "Tell thier manager.", False),
    ("Do not open authorised links.", "Do not open unauthorised links.", True),  # a negating prefix
    ("Such use is acceptable.", "Such use is unacceptable.", True),
    ("It is appropriate to reply.", "It is inappropriate to reply.", True),
    ("Ask the employer first.", "Ask the employee first.", True),  # a different role
    ("Staff must reply.", "Staff should reply.", True),  # a modal
    ("Publically, say nothing.", "Publicly, say nothing.", False),
])
def test_editorial_and_substantive_amendments(before, after, substantive):
    old = version(("s", "1", [("c", "1", before)]))
    new = version(("s", "1", [("c", "1", after)]))
    (change,) = align_versions(old, new)
    assert change.kind == "amended" and change.substantive is substantive


def test_whitespace_only_is_unchanged():
    old = version(("s", "1", [("c", "1", "Keep  passwords\nsecret.")]))
    new = version(("s", "1", [("c", "1", "Keep passwords secret. ")]))
    assert [c.kind for c in align_versions(old, new)] == ["unchanged"]


def test_every_bundled_version_aligned_with_itself_is_unchanged():
    corpus = load_corpus(ROOT / "source_policies")
    versions = [v for d in corpus.documents.values() for v in d.versions]
    assert versions
    for v in versions:
        changes = align_versions(v, v)
        assert Counter(c.kind for c in changes) == {"unchanged": len(list(v.walk_clauses()))}, v.id
        assert_each_clause_once(v, v, changes)


def test_a_reworded_clause_with_a_new_id_is_one_editorial_amendment():
    old = version(("s", "1", [
        ("views", "1", "Say that these views are my own and don't necessarily represent those of the council."),
        ("other", "2", "Keep your passwords secret."),
    ]))
    new = version(("s", "1", [
        ("views-own", "1", "Say that these views are my own and do not necessarily represent those of the council."),
        ("other", "2", "Keep your passwords secret."),
    ]))
    changes = align_versions(old, new)
    assert kinds(changes) == [("amended", ("views",), ("views-own",)), ("unchanged", ("other",), ("other",))]
    assert not changes[0].substantive and changes[0].matched_by == "text"
    assert [r.category for r in changes[0].reasons] == ["contraction"]


def test_a_paragraph_changed_only_editorially_is_editorial():
    before = ("The Council recognises that employees can't always separate work from home. It's important "
              "to think before posting, e-mailing or sharing, and to follow the guidance (see 3.2).")
    after = ("The council recognizes that employees cannot always separate work from home. It is important "
             "to think before posting, emailing or sharing and to follow the guidance, see 3.2.")
    old = version(("s", "1", [("p", "1", before)]))
    new = version(("s", "1", [("q", "1", after)]))
    (change,) = align_versions(old, new)
    assert change.kind == "amended" and not change.substantive, change.reasons
    assert {"case", "spelling", "contraction", "punctuation"} <= {r.category for r in change.reasons}


def test_a_meaning_reversing_edit_is_substantive_and_says_why():
    old = version(("s", "1", [("c", "1", "Staff may use authorised devices only.")]))
    new = version(("s", "1", [("c", "1", "Staff may use unauthorised devices only.")]))
    (change,) = align_versions(old, new)
    assert change.substantive
    assert [(r.category, r.old, r.new) for r in change.reasons] == [("negation", "authorised", "unauthorised")]
