"""The word diff reconstructs both texts, works on whole words, and renders safely."""

from __future__ import annotations

import random
import re
from itertools import combinations

import pytest

from diff_match_patch import diff_match_patch

from policy_handbook.analyse.diff import (
    MAX_TOKENS, DiffOp, change_counts, engine_diff, tokenize, word_diff,
)
from policy_handbook.analyse.classify import classify_change, is_spelling_variant
from policy_handbook.load.loader import load_corpus
from policy_handbook.render.markup import to_plain
from policy_handbook.render.redline import clean_html, redline_html

from conftest import ROOT

DORSET = (
    "The social networking policy helps protect the Dorset Council's reputation as well as "
    "service users, partners and others connected with the Dorset Council. It is important to "
    "maintain confidentiality and respect others' privacy. You should not refer to others "
    "connected with the Dorset Council without firstly obtaining their express permission to do so."
)
DORSET_COUNTY = (
    "The council's social networking policy helps protect the council's reputation as well as "
    "customers, partners and others connected with the council. It is important to maintain "
    "confidentiality and respect others' privacy."
)
SHAREPOINT = (
    "Information shared internally on Sharepoint is not intended to be shared more publically, "
    "including the sharing of any comments with the media."
)

PAIRS = [
    (DORSET, DORSET_COUNTY),
    (SHAREPOINT, SHAREPOINT.replace("publically", "publicly")),
    ("Employees must not use social media for personal reasons during working time.",
     "Employees may use social media for personal reasons outside working time."),
    ("using social networking sites for personal purposes during working time",
     "Using social-networking sites for personal purposes, during working time."),
    ("posting pictures of, or details about, others connected with the council without their prior permission",
     "posting pictures of others connected with the council without their permission"),
    ("The council recognises the corporate benefits of social networking.",
     "The council recognizes the corporate benefits of social networking."),
    ("Hello, world.", "Hello world!"),
    ("", ""),
    ("", "A new clause."),
    ("An old clause.", ""),
    ("Identical text.", "Identical text."),
    ("to become a 'friend' of a service user", "to become a ‘friend’ of a service user"),
    ("the Council’s reputation", "the council's reputation"),
    ("“Quoted” text — with dashes…", "\"Quoted\" text - with dashes..."),
    ("Line one.\n\nLine two.", "Line one.\nLine two.\n\nLine three."),
    ("  leading and trailing  ", "leading and trailing"),
    ("tabs\tand   spaces", "tabs and spaces"),
    ("Café déjà vu naïve", "Cafe deja vu naive"),
    ("a b c d e f g", "g f e d c b a"),
    ("1.2 See section 3.10.", "1.3 See section 3.11 and 3.12."),
    ("Emoji 👍 stay whole 👍", "Emoji 👎 stay whole 👍"),
]


def sides(ops: list[DiffOp]) -> tuple[str, str]:
    old = "".join(op.text for op in ops if op.kind != "insert")
    new = "".join(op.text for op in ops if op.kind != "delete")
    return old, new


def assert_well_formed(ops: list[DiffOp]) -> None:
    assert all(op.text for op in ops)
    assert all(a.kind != b.kind for a, b in zip(ops, ops[1:]))


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_both_sides_are_reconstructed_exactly(old: str, new: str) -> None:
    ops = word_diff(old, new)
    assert sides(ops) == (old, new)
    assert_well_formed(ops)


def test_real_clause_pair() -> None:
    ops = word_diff(DORSET, DORSET_COUNTY)
    assert DiffOp("delete", "service users") in ops
    assert DiffOp("insert", "customers") in ops
    assert change_counts(ops)["equal_words"] > change_counts(ops)["inserted_words"]


def test_every_cross_document_pair_of_the_corpus_is_reconstructed() -> None:
    corpus = load_corpus(ROOT / "source_policies")
    clauses = [(item.document.id, to_plain(item.clause.text)) for item in corpus.clauses()]
    checked = 0
    for (doc_a, a), (doc_b, b) in combinations(clauses[::3], 2):
        if doc_a != doc_b:
            assert sides(word_diff(a, b)) == (a, b)
            checked += 1
    assert checked > 100


def _encoded(old: str, new: str) -> tuple[str, str]:
    """Both texts with each distinct word (token) as one character, as word_diff encodes them."""
    codes: dict[str, str] = {}
    return tuple("".join(codes.setdefault(t, chr(0xE000 + len(codes))) for t in tokenize(text))
                 for text in (old, new))


def test_the_compiled_engine_diffs_as_diff_match_patch_does() -> None:
    corpus = load_corpus(ROOT / "source_policies")
    texts = sorted({item.clause.text for item in corpus.clauses()})
    rng = random.Random(3)
    pairs = [tuple(rng.sample(texts, 2)) for _ in range(150)] + PAIRS
    for text in texts[:150]:  # a clause against itself lightly edited, as versions differ
        words = text.split()
        words.insert(len(words) // 2, "council")
        pairs.append((text, " ".join(words[1:])))
    for old, new in pairs:
        for a, b in (_encoded(old, new), (old, new)):
            dmp = diff_match_patch()
            dmp.Diff_Timeout = 0
            expected = dmp.diff_main(a, b, checklines=False)
            dmp.diff_cleanupSemantic(expected)
            kinds = {0: "=", 1: "+", -1: "-"}
            assert engine_diff(a, b) == [(kinds[op], text) for op, text in expected]


def test_empty_and_identical_texts() -> None:
    assert word_diff("", "") == []
    assert word_diff("Same.", "Same.") == [DiffOp("equal", "Same.")]
    assert word_diff("", "New.") == [DiffOp("insert", "New.")]
    assert word_diff("Old.", "") == [DiffOp("delete", "Old.")]


def test_punctuation_only_change() -> None:
    ops = word_diff("Hello, world.", "Hello world!")
    assert ops == [DiffOp("equal", "Hello"), DiffOp("delete", ","), DiffOp("equal", " world"),
                   DiffOp("delete", "."), DiffOp("insert", "!")]
    assert change_counts(ops) == {"inserted_words": 0, "deleted_words": 0, "equal_words": 2}


def test_tokens_keep_apostrophes_inside_words() -> None:
    assert tokenize("the council's staff’s rules") == ["the", " ", "council's", " ", "staff’s", " ", "rules"]
    assert tokenize("councils' 'friend'") == ["councils", "'", " ", "'", "friend", "'"]


def test_changes_cover_whole_words_only() -> None:
    old = "The council must protect the council's reputation."
    new = "The county must protect the county's reputation."
    ops = word_diff(old, new)
    changed = [op.text for op in ops if op.kind != "equal"]
    assert changed == ["council", "county", "council's", "county's"]


def token_boundaries(text: str) -> set[int]:
    ends, at = {0}, 0
    for token in tokenize(text):
        at += len(token)
        ends.add(at)
    return ends


def test_random_edits_reconstruct_and_never_split_a_word() -> None:
    rng = random.Random(20240501)
    vocabulary = ["council", "council's", "must", "may", "not", "staff", "post", "social", "media",
                  ",", ".", ";", "’", "-", "Employees", "publically", "publicly", "é", "😀"]
    for _ in range(200):
        old = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 30)))
        tokens = tokenize(old)
        for _ in range(rng.randint(0, 6)):
            at = rng.randint(0, len(tokens))
            action = rng.choice(("insert", "delete", "replace"))
            if action != "insert" and at < len(tokens):
                del tokens[at]
            if action != "delete":
                tokens[at:at] = [rng.choice([" ", "\n"]), rng.choice(vocabulary)]
        new = "".join(tokens)
        ops = word_diff(old, new)
        assert sides(ops) == (old, new)
        assert_well_formed(ops)
        # Every op ends on a token boundary of each side it belongs to.
        for side, text, skipped in (("old", old, "insert"), ("new", new, "delete")):
            boundaries, at = token_boundaries(text), 0
            for op in ops:
                if op.kind != skipped:
                    at += len(op.text)
                    assert at in boundaries, (side, op)


def test_word_diff_is_deterministic() -> None:
    old, new = DORSET * 20, DORSET_COUNTY * 20
    assert word_diff(old, new) == word_diff(old, new)


def test_more_tokens_than_the_basic_private_use_area() -> None:
    # 7,000 distinct words use up U+E000–U+F8FF; the new word is coded in plane 15.
    old = " ".join(f"w{i}" for i in range(7000))
    new = old.replace(" w3500 ", " changed ")
    ops = word_diff(old, new)
    assert sides(ops) == (old, new)
    assert [op for op in ops if op.kind != "equal"] == [DiffOp("delete", "w3500"), DiffOp("insert", "changed")]

    with pytest.raises(ValueError, match="distinct tokens"):
        word_diff(" ".join(f"w{i}" for i in range(MAX_TOKENS)), "")


def test_change_counts() -> None:
    ops = word_diff("Staff must not post on social media.", "Staff may post on social media, today.")
    assert change_counts(ops) == {"inserted_words": 2, "deleted_words": 2, "equal_words": 5}


@pytest.mark.parametrize(("old", "new"), [
    (SHAREPOINT, SHAREPOINT.replace("publically", "publicly")),
    ("The council recognises the benefits.", "The council recognizes the benefits."),
    ("posting pictures of, or details about, others", "posting pictures of or details about others"),
    ("Hello, world.", "Hello world!"),
    ("the Council’s reputation", "the council's reputation"),
    ("the colour of the organisation", "the color of the organization"),
    ("Line one.\n\nLine two.", "Line one. Line two."),
    ("Same.", "Same."),
])
def test_editorial_changes(old: str, new: str) -> None:
    # One rule decides, the change classifier; the word diff only shows the change.
    assert classify_change(old, new).kind == "editorial"


@pytest.mark.parametrize(("old", "new"), [
    ("Employees must not post.", "Employees may not post."),
    ("Employees must not post.", "Employees must not post. Managers may."),
    ("Employees must not post.", "Employees must post."),
    ("use must be lawful", "use must be unlawful"),
    ("ask the employer", "ask the employee"),
    ("within 10 days", "within 14 days"),
    ("The council's policy", "The policy"),
])
def test_substantive_changes(old: str, new: str) -> None:
    assert classify_change(old, new).kind == "substantive"


def test_spelling_variants() -> None:
    assert is_spelling_variant("publically", "publicly")
    assert classify_change("Sharepoint", "SharePoint").kind == "editorial"
    assert classify_change("it’s", "it's").kind == "editorial"
    assert not is_spelling_variant("must", "most")
    assert not is_spelling_variant("appropriate", "inappropriate")


# --- rendering -------------------------------------------------------------------------


def test_redline_escapes_everything() -> None:
    ops = [DiffOp("equal", "Staff & <b>managers</b> "), DiffOp("delete", "<i>may</i>"),
           DiffOp("insert", "<script>alert(1)</script>"), DiffOp("equal", " post.")]
    html = str(redline_html(ops))
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Staff &amp; &lt;b&gt;managers&lt;/b&gt; " in html and "&lt;i&gt;may&lt;/i&gt;" in html
    real = str(redline_html(word_diff("Staff may post.", "Staff may post <script>alert(1)</script> & more.")))
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in real and "<script>" not in real


def test_redline_marks_with_hidden_labels() -> None:
    html = str(redline_html(word_diff("Staff must not post.", "Staff may post.")))
    assert '<del class="ph-del" data-search-exclude><span class="ph-visually-hidden">[deleted: </span>' in html
    assert '<ins class="ph-ins"><span class="ph-visually-hidden" data-search-exclude>[inserted: </span>' in html
    assert html.count('<span class="ph-visually-hidden">]</span></del>') == html.count("<del")
    assert html.count('<span class="ph-visually-hidden" data-search-exclude>]</span></ins>') == html.count("<ins")


def test_search_exclusion_is_on_every_deletion_and_no_insertion() -> None:
    html = str(redline_html(word_diff(DORSET, DORSET_COUNTY)))
    dels, inses = re.findall(r"<del[^>]*>", html), re.findall(r"<ins[^>]*>", html)
    assert dels and inses
    assert all("data-search-exclude" in tag for tag in dels)
    assert not any("data-search-exclude" in tag for tag in inses)


def test_whitespace_is_not_wrapped() -> None:
    ops = [DiffOp("equal", "a"), DiffOp("delete", " "), DiffOp("insert", "\n"), DiffOp("equal", "b"),
           DiffOp("insert", " new words "), DiffOp("equal", "c")]
    html = str(redline_html(ops))
    assert html.startswith("a  b <ins")
    assert re.search(r"<(ins|del)[^>]*>(<span[^>]*>[^<]*</span>)?\s", html) is None
    assert re.search(r"\s(<span[^>]*>[^<]*</span>)?</(ins|del)>", html) is None
    assert html.endswith("</ins> c")


def test_clean_view_shows_one_side_unmarked() -> None:
    ops = word_diff("Staff <must> not post.", "Staff may post & share.")
    assert str(clean_html(ops, "old")) == "Staff &lt;must&gt; not post."
    assert str(clean_html(ops, "new")) == "Staff may post &amp; share."
    with pytest.raises(ValueError):
        clean_html(ops, "both")  # type: ignore[arg-type]
