"""The change classifier, through ``policy-handbook explain change``: editorial only when a rule cannot change."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import run
from policy_handbook.analyse.classify import classify_change
from policy_handbook.cli import main

# (old, new, expected kind, a category that must be among the reasons). Each pair is also
# tested the other way round: a change and its undoing are of the same kind.
TABLE = [
    # contractions
    ("These views are my own and don't necessarily represent the council's.",
     "These views are my own and do not necessarily represent the council's.", "editorial", "contraction"),
    ("You can't use council equipment.", "You cannot use council equipment.", "editorial", "contraction"),
    ("You cannot use council equipment.", "You can not use council equipment.", "editorial", "contraction"),
    ("Staff won't be monitored.", "Staff will not be monitored.", "editorial", "contraction"),
    ("It's your responsibility.", "It is your responsibility.", "editorial", "contraction"),
    ("Managers shouldn't ask.", "Managers should not ask.", "editorial", "contraction"),
    ("You're responsible for your posts.", "You are responsible for your posts.", "editorial", "contraction"),
    ("Don’t share passwords.", "Do not share passwords.", "editorial", "contraction"),
    # punctuation, case, whitespace
    ("posting pictures of, or details about, others", "posting pictures of or details about others",
     "editorial", "punctuation"),
    ("Read, and follow, the terms of each site.", "Read and follow the terms of each site.", "editorial",
     "punctuation"),
    ("the Council’s reputation", "the council's reputation", "editorial", "case"),
    ("Staff must not post.", "staff must not post", "editorial", "case"),
    ("Keep  passwords\nsecret.", "Keep passwords secret.", "editorial", "whitespace"),
    ("Use ‘social media’ carefully.", 'Use "social media" carefully.', "editorial", "punctuation"),
    # spelling
    ("The council recognises the benefits.", "The council recognizes the benefits.", "editorial", "spelling"),
    ("the colour of the organisation", "the color of the organization", "editorial", "spelling"),
    ("Do not recieve gifts.", "Do not receive gifts.", "editorial", "spelling"),
    ("Use e-mail for this.", "Use email for this.", "editorial", "spelling"),
    ("made publically available", "made publicly available", "editorial", "spelling"),
    ("Use your judgement.", "Use your judgment.", "editorial", "spelling"),
    ("Tell their manager.", "Tell thier manager.", "editorial", "spelling"),
    ("the town centre office", "the town center office", "editorial", "spelling"),
    # numbering
    ("3.1 Staff must not post.", "3.2 Staff must not post.", "editorial", "numbering"),
    ("(a) Do not accept friend requests.", "(b) Do not accept friend requests.", "editorial", "numbering"),
    # negation and negating prefixes
    ("Do not access authorised sites.", "Do not access unauthorised sites.", "substantive", "negation"),
    ("Such behaviour is acceptable.", "Such behaviour is unacceptable.", "substantive", "negation"),
    ("It is appropriate to reply.", "It is inappropriate to reply.", "substantive", "negation"),
    ("Staff must post.", "Staff must not post.", "substantive", "negation"),
    ("You may never use it.", "You may use it.", "substantive", "negation"),
    ("The use is lawful.", "The use is unlawful.", "substantive", "negation"),
    ("a compliant account", "a non-compliant account", "substantive", "negation"),
    ("Managers may allow it.", "Managers may disallow it.", "substantive", "negation"),
    ("It is possible to post.", "It is impossible to post.", "substantive", "negation"),
    ("Use it with permission.", "Use it without permission.", "substantive", "negation"),
    ("Don't post.", "Do post.", "substantive", "negation"),
    # a rule word misspelt is never taken for a spelling variant, nor a word for its negation
    ("Staff must never post.", "Staff must nevr post.", "substantive", "negation"),
    ("The terms are understood.", "The terms are ununderstood.", "substantive", "negation"),
    # modals
    ("Staff must tell their manager.", "Staff should tell their manager.", "substantive", "modal"),
    ("Staff may tell their manager.", "Staff must tell their manager.", "substantive", "modal"),
    ("Staff should keep records.", "Staff shall keep records.", "substantive", "modal"),
    ("You can use it.", "You could use it.", "substantive", "modal"),
    # numbers, dates, times, durations
    ("Keep records within 10 days.", "Keep records within 14 days.", "substantive", "number"),
    ("A maximum of two administrators.", "A maximum of three administrators.", "substantive", "number"),
    ("Reply within 5 working days.", "Reply within 5 working weeks.", "substantive", "duration"),
    ("Keep it for six months.", "Keep it for six years.", "substantive", "duration"),
    ("Effective from 1 June 2026.", "Effective from 1 July 2026.", "substantive", "date"),
    ("Effective from 1 June 2026.", "Effective from 1 June 2027.", "substantive", "number"),
    ("Posts before 9am are allowed.", "Posts before 10am are allowed.", "substantive", "time"),
    ("Not after 17:30 on weekdays.", "Not after 18:00 on weekdays.", "substantive", "time"),
    ("Review every Monday.", "Review every Friday.", "substantive", "date"),
    # named bodies and roles
    ("Ask the employer.", "Ask the employee.", "substantive", "named body or role"),
    ("Employees must ask.", "Employers must ask.", "substantive", "named body or role"),
    ("Tell your manager.", "Tell the Clerk.", "substantive", "named body or role"),
    ("Report it to Dorset Council.", "Report it to Shaftesbury Town Council.", "substantive",
     "named body or role"),
    ("Tell the team.", "Tell the tram.", "substantive", "named body or role"),
    # other wording
    ("Keep passwords secret.", "Keep passwords safe.", "substantive", "wording"),
    ("Do not post now.", "Do not post not.", "substantive", "negation"),
    ("Post to any group.", "Post to all groups.", "substantive", "wording"),
    ("The council's policy", "The policy", "substantive", "wording"),
    ("This formally applies.", "This formerly applies.", "substantive", "wording"),
]


def explain_json(old: str, new: str) -> dict:
    result = CliRunner().invoke(main, ["explain", "change", "--json", old, new])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_the_table_covers_every_category_both_kinds_and_is_large_enough():
    assert len(TABLE) >= 40
    categories = {row[3] for row in TABLE}
    assert {"contraction", "punctuation", "case", "spelling", "numbering", "negation", "modal", "number",
            "date", "time", "duration", "named body or role", "wording"} <= categories


@pytest.mark.parametrize(("old", "new", "kind", "category"), TABLE, ids=[f"{r[0]}→{r[1]}" for r in TABLE])
@pytest.mark.parametrize("direction", ["forward", "backward"])
def test_explain_change_table(old, new, kind, category, direction):
    if direction == "backward":
        old, new = new, old
    data = explain_json(old, new)
    assert data["kind"] == kind, data
    categories = [r["category"] for r in data["reasons"]]
    assert category in categories, data
    substantive = [r for r in data["reasons"] if r["substantive"]]
    assert bool(substantive) == (kind == "substantive")
    assert all(r["explanation"] for r in data["reasons"])


def test_identical_texts_are_no_change():
    data = explain_json("Staff must not post.", "Staff must not post.")
    assert data == {"kind": "editorial", "changed": False, "reasons": []}


def test_every_meaning_reversing_word_is_named():
    verdict = classify_change("Do not open authorised links.", "Do not open unauthorised links.")
    (reason,) = verdict.reasons
    assert (reason.old, reason.new, reason.category) == ("authorised", "unauthorised", "negation")
    assert "un-" in reason.explanation


def test_a_substantive_change_beside_an_editorial_one_is_substantive():
    verdict = classify_change("Staff don't post, unless authorised.", "Staff do not post unless unauthorised.")
    assert verdict.kind == "substantive"
    assert {r.category for r in verdict.reasons} == {"negation", "contraction", "punctuation"}


def test_explain_change_as_a_user_runs_it():
    result = run("policy-handbook", "explain", "change", "Only authorised staff may post.",
                 "Only unauthorised staff may post.")
    assert result.ok, result.output
    assert result.output.startswith("Substantive")
    assert "‘authorised’ → ‘unauthorised’" in result.output
    result = run("policy-handbook", "explain", "change", "--json", "Don't post.", "Do not post.")
    assert result.ok and json.loads(result.output)["kind"] == "editorial"
