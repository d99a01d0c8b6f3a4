"""The stance reader reads the grammar of a rule, not the words of the texts it was written for.

A rewording that keeps a clause's meaning keeps its reading: a negative contracted or in full,
"must" as "shall", "should" as "ought to", one body's name for itself as another's, one name for
staff as another, a sentence opened by "In addition," or a ban by "Please". The
whole dev half of the labelled set is probed by scripts/probe_stance.py; the examples below pin
each kind of rewording, and the cues quote the clause as it is written.
"""

from __future__ import annotations

import pytest

from policy_handbook.analyse.stance import propose_stance

from conftest import script


def test_no_dev_clause_changes_its_stance_under_a_rewording_that_keeps_its_meaning():
    eval_stance = script("eval_stance")
    probe_stance = script("probe_stance")
    probed, changed = probe_stance.probe([c for c in eval_stance.load_set() if c["split"] == "dev"])
    assert probed > 1000
    assert [(clause["id"], moved) for clause, _, moved in changed] == []


@pytest.mark.parametrize(("contracted", "full"), [
    ("Staff mustn't post images of clients.", "Staff must not post images of clients."),
    ("It isn't appropriate to post images of clients.", "It is not appropriate to post images of clients."),
    ("Employees aren't allowed access to social media sites on the network.",
     "Employees are not allowed access to social media sites on the network."),
    ("Employees shouldn't use personal email for council business.",
     "Employees should not use personal email for council business."),
    ("You can't use the council's laptops for personal shopping.", "You cannot use the council's laptops for personal shopping."),
    ("Staff won't be allowed to use Facebook at work.", "Staff will not be allowed to use Facebook at work."),
    ("Staff shan't accept gifts from contractors.", "Staff shall not accept gifts from contractors."),
    ("This duty doesn't apply where the gift is of token value.", "This duty does not apply where the gift is of token value."),
    ("You're allowed to use your phone at lunch.", "You are allowed to use your phone at lunch."),
    ("You'll be expected to declare all gifts.", "You will be expected to declare all gifts."),
    ("They're not permitted to post on the council's pages.", "They are not permitted to post on the council's pages."),
])
def test_a_contraction_reads_as_its_full_form(contracted, full):
    a, b = propose_stance(contracted), propose_stance(full)
    assert (a.stance, a.strength, a.scope) == (b.stance, b.strength, b.scope)


@pytest.mark.parametrize(("text", "cue"), [
    ("Staff mustn't post images of clients.", "mustn't"),
    ("Staff won't be allowed to use Facebook at work.", "won't be allowed"),
    ("It isn’t appropriate to post images of clients.", "It isn't appropriate"),
    ("You can't use the council's laptops for personal shopping.", "can't"),
    ("You're not allowed to share your password.", "You're not allowed"),
    ("We're not permitting personal use of the council's phones.", "We're not permitting"),
])
def test_the_cue_quotes_a_contraction_as_written(text, cue):
    reading = propose_stance(text)
    assert reading.stance == "prohibits"
    assert reading.cue == cue and cue in reading.cues


@pytest.mark.parametrize(("text", "cue"), [
    ("The council neither permits nor condones abusive posts.", "neither permit"),
    ("We neither allow nor tolerate abuse.", "neither allow"),
])
def test_neither_nor_without_a_modal_denies_both_verbs_and_is_quoted_as_written(text, cue):
    reading = propose_stance(text)
    assert reading.stance == "prohibits"
    assert reading.cue == cue and cue in text


@pytest.mark.parametrize("body", ["Council", "Board", "Company", "Partnership", "Force", "Constabulary", "Academy", "Agency"])
def test_a_body_reserving_a_right_reads_the_same_whatever_it_calls_itself(body):
    assert propose_stance(f"The {body} may update these House Rules at any time.").stance == "permits"
    conditional = propose_stance(f"The {body} permits personal use of its systems subject to a number of conditions.")
    assert conditional.stance == "permits with conditions"


@pytest.mark.parametrize("staff", ["employees", "officers", "workers", "colleagues", "personnel"])
def test_a_permission_reads_the_same_whoever_it_is_given_to(staff):
    text = f"HMRC allows {staff} reasonable personal use of IT systems provided that it is in their own time."
    assert propose_stance(text).stance == "permits with conditions"


def test_a_post_named_after_the_body_is_a_person_not_the_body():
    # "Chief Executive" and "Heads of Service" name people: what they may do is no reservation of the body's.
    assert propose_stance("The Chief Executive may ask the Convener to be interviewed instead.").stance == \
        propose_stance("The Director may ask the Convener to be interviewed instead.").stance


@pytest.mark.parametrize("modal", ["must", "shall"])
def test_shall_reads_as_must(modal):
    assert propose_stance(f"Employees {modal} remember that anything posted online is public.").stance == "advises"
    assert propose_stance(f"This profile {modal} NEVER be used to contact service users.").stance == "prohibits"


@pytest.mark.parametrize("where", ["social media", "social networking sites", "a blog"])
def test_the_body_s_standard_for_its_own_posts_holds_wherever_it_posts(where):
    reading = propose_stance(f"We will never post personal health information about any of our patients on {where}.")
    assert reading.stance == "prohibits"


@pytest.mark.parametrize("people", ["Users", "Councillors", "Officers", "Volunteers"])
def test_agreeing_to_follow_or_being_asked_not_to_reads_the_same_whoever_agrees_or_is_asked(people):
    assert propose_stance(f"{people} agree to follow the code of conduct.").stance == "requires"
    assert propose_stance(f"We ask that {people.lower()} do not post about individual cases.").stance == "prohibits"


@pytest.mark.parametrize(("ought", "should"), [
    ("Staff ought not to post images of clients.", "Staff should not post images of clients."),
    ("You ought to tell your manager about any gift you are offered.",
     "You should tell your manager about any gift you are offered."),
    ("Ought staff to accept friend requests from service users? They ought not to.",
     "Should staff accept friend requests from service users? They should not."),
])
def test_ought_to_reads_as_should(ought, should):
    a, b = propose_stance(ought), propose_stance(should)
    assert (a.stance, a.strength) == (b.stance, b.strength)
    assert a.cue.lower().startswith("ought")


@pytest.mark.parametrize("adverb", ["In addition", "Additionally", "Also", "Furthermore", "Moreover", "In particular"])
@pytest.mark.parametrize("sentence", [
    "the user does not publish libellous material using the College systems.",
    "this policy prohibits close personal relationships between staff and students.",
    "if you are offensive about the council, we may remove your comments.",
    "staff are permitted to use the internet at lunchtime.",
])
def test_an_adverb_adding_a_point_is_no_part_of_the_rule(adverb, sentence):
    lead = "Users agree that:" if sentence.startswith("the user") else None
    plain = propose_stance(sentence[0].upper() + sentence[1:], lead)
    added = propose_stance(f"{adverb}, {sentence}", lead)
    assert added.stance == plain.stance
    assert added.cue in f"{adverb}, {sentence} {lead or ''}"


@pytest.mark.parametrize("lead", ["Please follow these rules:", "We ask that you:", None])
@pytest.mark.parametrize("ban", ["Do not swear.", "Never share your password.", "Avoid using personal email for council business."])
def test_a_ban_asked_politely_is_still_a_ban(lead, ban):
    polite = f"Please {ban[0].lower()}{ban[1:]}"
    assert propose_stance(polite, lead).stance == propose_stance(ban, lead).stance == "prohibits"


@pytest.mark.parametrize("text", [
    "Tweets and replies are on behalf of the council and should {} be interpreted as personal messages.",
    "Printed copies must {} be considered the definitive version.",
    "You should {} assume that any information held on the computer is private.",
])
def test_never_tells_how_to_read_a_text_as_not_does(text):
    assert propose_stance(text.format("never")).stance == propose_stance(text.format("not")).stance == "advises"


@pytest.mark.parametrize("staff", ["staff", "employees", "workers", "personnel", "officers"])
def test_the_body_s_promise_of_what_its_people_will_do_reads_the_same_whoever_they_are(staff):
    reading = propose_stance("answer your letters within 15 working days;", f"We will ensure that our {staff}:")
    assert reading.stance == "advises"


@pytest.mark.parametrize("spelling", ["behaviour", "behavior", "Behavior"])
def test_an_american_spelling_reads_as_the_british_one(spelling):
    reading = propose_stance("Personal or defamatory comment about individuals", f"Examples of unacceptable {spelling} include:")
    assert reading.stance == "prohibits"
    assert reading.cue in f"Examples of unacceptable {spelling} include:"


def test_a_dev_permission_negated_or_a_ban_affirmed_changes_its_polarity():
    # Each kept clause holds a second rule that the probe leaves as it is: a ban the affirmation keeps in formby-06 ("and
    # you must not use equipment …"), uws-aup-07 ("You must not modify the precautions …"), gcu-labs-06 ("Smoking is
    # not permitted"), ark-brunel-06 ("and you must not make use of your employment …"), dfe-09 ("and never when only
    # civil servants are present"), spft-09 (its lead-in, "The IRIS website may not be used for …") and tadcaster-tc-05
    # ("there should be no internal editing"), solihull-sfc-03 ("and not disrupt the learning of others") and kingston-hosp-04
    # ("has a smoke-free policy"), and a passive ban of another thing after "and" in ealing-07 ("and your password should
    # never be shared") and dbw-04 ("and your Property must not be listed as a business asset"); a second power
    # the negation keeps in kingston-rb-07 ("we may not hide …, or may consider legal action") and ucb-03 ("and we reserve
    # the right to remove content …").
    eval_stance = script("eval_stance")
    probe_stance = script("probe_stance")
    probed, kept = probe_stance.polarity_probe([c for c in eval_stance.load_set() if c["split"] == "dev"])
    assert probed > 100
    assert [clause["id"] for clause, _, _ in kept] == ["formby-06", "ealing-07", "uws-aup-07", "gcu-labs-06", "kingston-rb-07",
                                                        "ark-brunel-06", "dfe-09", "spft-09", "tadcaster-tc-05", "ucb-03",
                                                        "solihull-sfc-03", "kingston-hosp-04", "dbw-04"]


@pytest.mark.parametrize(("aside", "plain", "cue"), [
    ("Staff should therefore not post images of clients.", "Staff should not post images of clients.", "should therefore not"),
    ("Staff must, at all times, not share passwords.", "Staff must not share passwords.", "must, at all times, not"),
    ("Staff may also not use Facebook at work.", "Staff may not use Facebook at work.", "may also not"),
    ("Staff shall also never share passwords.", "Staff shall never share passwords.", "shall also never"),
    ("It is therefore not acceptable to share passwords.", "It is not acceptable to share passwords.",
     "It is therefore not acceptable"),
    ("Sharing passwords is, of course, unacceptable.", "Sharing passwords is unacceptable.", "is, of course, unacceptable"),
    ("Sharing passwords is not, however, permitted.", "Sharing passwords is not permitted.", "is not, however, permitted"),
    ("Staff are therefore allowed to use the gym.", "Staff are allowed to use the gym.", "are therefore allowed"),
])
def test_an_aside_between_a_modal_and_its_not_keeps_the_reading_and_is_quoted_as_written(aside, plain, cue):
    read, expected = propose_stance(aside), propose_stance(plain)
    assert (read.stance, read.strength, read.scope) == (expected.stance, expected.strength, expected.scope)
    assert read.cue == cue and cue in aside
