"""Stance and strength are proposed from a clause's own wording, checked on real sentences."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import get_args

import pytest

from policy_handbook.analyse.stance import StanceReading, propose_stance
from policy_handbook.analyse.stance_scope import read_scope
from policy_handbook.load.loader import load_corpus
from policy_handbook.model import Stance, Strength

CORPUS = load_corpus(Path(__file__).parents[1] / "source_policies")

ED_MUST = "When using any Official Site in relation to your role at work, Authorised Users must:"
ED_MUST_NOT = "When using any Official Site, Authorised Users must not:"
ED_SHOULD = "You should:"
LINCS_PROVIDED = "Employees can use social media at work for personal use, on our computers or devices, provided that:"
LINCS_MUST_NOT = "Any communications that employees make in a professional capacity through social media must not:"
LINCS_SAFEGUARDS = ("Employees should use the same safeguards as they would with any other form of communication "
                    "about us. These safeguards include:")
SHAFTESBURY_MUST_NOT = "Any communications that employees make through social media must not:"

# (text, lead-in, stance, strength), verbatim from source_policies/documents/.
TABLE: list[tuple[str, str | None, Stance, Strength]] = [
    # Dorset Council
    ("Tricuro employees should contact the HR&OD Advisory Service for information about the relevant policy "
     "and procedure.", None, "requires", "should"),
    ("You should not refer to others connected with the Dorset Council without firstly obtaining their express "
     "permission to do so.", None, "prohibits", "should"),
    ("Employees of Dorset Council have to abide by all relevant UK legislation affecting IT, including that which "
     "relates to data protection and copyright.", None, "requires", "must"),
    ("You may wish to review your social networking pages to consider whether the information you have made "
     "public is appropriate and whether your privacy settings are adequate.", None, "advises", "informative"),
    ("Any inappropriate use of social networking sites that has a bearing on an individual's employment "
     "relationship with the Dorset Council, or may bring the council into disrepute, may lead to investigation "
     "under the disciplinary procedure.", None, "advises", "informative"),
    ("You must ensure when talking about the council over social media, that any information you put in to the "
     "public domain is not in breach of legislation which relates to data protection or copyright.",
     None, "requires", "must"),
    ("Even if you do not expressly identify yourself as an employee of the council, it may be possible to identify "
     "you as an employee by the content of information you have posted or through other work colleagues you are "
     "friends with.", None, "advises", "informative"),
    # Dorset County Council: policy
    ("Personal use of social networking sites should not be undertaken during working time, as outlined in the "
     "ICT Acceptable Use Policy.", None, "prohibits", "should"),
    ("Employees' use of social networking for work related purposes must not be disproportionate use of working "
     "time and must not be to the detriment of their substantive duties.", None, "restricts", "must"),
    ("Council email addresses must not be used when posting comments on social networking sites where this is "
     "unrelated to work.", None, "prohibits", "must"),
    ("Use of social media which is not in accordance with this policy or other council policies may amount to "
     "misconduct or gross misconduct under the disciplinary policy and procedure, including use which constitutes "
     "bullying or harassment of another employee.", None, "advises", "informative"),
    ("Employees may contribute to the council's social media activities, for example by writing a blog or "
     "managing a work related Facebook account, however employees must be aware at all times that they are "
     "representing the organisation. Employees should always obtain permission from their manager before "
     "embarking on a social media campaign and should do so with advice from the council's communications team.",
     None, "permits with conditions", "may"),
    ("The council reserves the right to monitor employees' internet usage in relation to time spent on social "
     "networking sites.", None, "permits", "may"),
    ("It is an individual's responsibility to read the terms of service of any social networking site they use and "
     "to ensure that any privacy settings about who might see the information are understood.",
     None, "requires", "should"),
    # Dorset County Council: staffing report
    ("Managers will be expected to ensure that all staff are aware of the revised policy.", None, "requires", "must"),
    ("appropriate use of working time", "The revised policy provides clarification around:", "advises", "informative"),
    # East Devon
    ("Access to social media sites for personal use using the Council’s IT systems is not allowed.",
     None, "prohibits", "must"),
    ("Authorised Users should not spend more time using social media sites in the course of their employment than "
     "is necessary for the purposes of Council public communication.", None, "restricts", "should"),
    ("Familiarise yourself with the Councils Acceptable Behaviour Policy and be aware that use of social media "
     "(whether personal or corporate account use) to bully or harass customers or colleagues will not be tolerated.",
     None, "prohibits", "must"),
    ("Make sure all content published is accurate, not misleading and complies with any relevant Council policy "
     "and is in keeping with your job role;", ED_MUST, "requires", "must"),
    ("Be polite and treat other users of the social media site with respect;", ED_SHOULD, "requires", "should"),
    ("Make any political comment; state any political preference or make any kind of partisan comment (e.g. show "
     "support/sympathy for) that may compromise the reputation of the Council or appear to put the Council in a "
     "conflict of interest;", ED_MUST_NOT, "prohibits", "must"),
    ("Expressly state (through a disclaimer) on any profile or content that identifies you as an employee (or "
     "otherwise refers to or implies a relationship with the Council) that the stated views are your own personal "
     "views and are not those of the Council. You can use something like ‘the views I express here are mine alone "
     "and do not reflect the views of my employer’ or ‘all tweets personal’;", ED_SHOULD, "requires", "should"),
    ("Employees should be aware and recognise that there is a risk of damage being caused to the Council through "
     "their personal use of social media when they can be identified as an employee of the Council.",
     None, "advises", "informative"),
    ("The Council’s Acceptable Behaviour Policy must be complied with at all times.", None, "requires", "must"),
    # Lincolnshire
    (LINCS_PROVIDED, None, "permits with conditions", "may"),
    ("it does not impact on their job", LINCS_PROVIDED, "permits with conditions", "may"),
    ("Employees should limit their personal use of social media to their own time.", None, "restricts", "should"),
    ("Usually, employees must not use our computers or devices for personal use, outside of normal working hours.",
     None, "prohibits", "must"),
    ("Employees must limit their use of social media on their own equipment to their personal time.",
     None, "restricts", "must"),
    ("Employees may use IT-approved social media websites and feeds as part of their normal work duties. The "
     "manager must agree to such usage in advance.", None, "permits with conditions", "may"),
    ("Managers may withdraw access to social media in any case of misuse.", None, "permits", "may"),
    ("make defamatory comments about individuals or other organisations or groups", LINCS_MUST_NOT,
     "prohibits", "must"),
    ("the communication must have a purpose and a benefit for us", LINCS_SAFEGUARDS, "requires", "must"),
    ("requesting a colleague to check the content before it is published", LINCS_SAFEGUARDS, "requires", "should"),
    ("make a subject access request", "Employees have several rights concerning their data. They have the right to:",
     "permits", "may"),
    # Shaftesbury
    ("Employees should not access social media sites or leave these running in the background during working "
     "time, *for personal use*, on any devices within their control.", None, "prohibits", "should"),
    ("Employees are not allowed to access social media websites for personal use from the council's computers or "
     "devices during working time and they must not be left running 'in the background', whilst at work.",
     None, "prohibits", "must"),
    ("Do not under any circumstances accept friend requests from a person you believe could be a service user or "
     "may conflict with your employment.", None, "prohibits", "must"),
    ("Do not discuss work-related issues online, including conversations about service users, complaints, "
     "management or disparaging remarks about colleagues or the Council.", None, "prohibits", "must"),
    ("Ensure that any comments and/or images cannot be deemed defamatory, libelous or in breach of copyright "
     "legislation.", None, "requires", "must"),
    ("All employees are required to adhere to this policy.", None, "requires", "must"),
    ("Avoid behaviour that may cause an individual to feel the subject of harassment or bullying.",
     "Employees have a responsibility to:", "requires", "should"),
    ("Employees are advised to be mindful that all comments made through social media must meet the standards of "
     "the Data Protection Act, the Employee Code of Conduct and the Equality and Diversity policy.",
     None, "advises", "informative"),
    ("Be aware that other users may access your profile and if they find the information and/or images it contains "
     "offensive, make a complaint about you to the Council as your employer.", None, "advises", "informative"),
    ("**Bring the organisation into disrepute, for example by:**", SHAFTESBURY_MUST_NOT, "prohibits", "must"),
    # A second-level item: the caller passes the nearest lead-in that has a modal.
    ("Criticising, disagreeing or arguing with customers, colleagues or managers;", SHAFTESBURY_MUST_NOT,
     "prohibits", "must"),
    ("Employees who have set their privacy level to the maximum can have their privacy compromised by 'friends' "
     "who may not have set their security to the same standard.", None, "advises", "informative"),
    ("Presume everything you post online will be permanent and can be shared.", None, "requires", "must"),
]


@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), TABLE,
                         ids=[f"{i:02}-{row[0][:40]}" for i, row in enumerate(TABLE)])
def test_stance_of_corpus_sentence(text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


def _assert_reads(text: str, lead_in: str | None, expected: str) -> None:
    """The reader gives ``expected``: a stance, or ``stance/strength`` where the table states both."""
    reading = propose_stance(text, lead_in=lead_in)
    got = reading.stance if "/" not in expected else f"{reading.stance}/{reading.strength}"
    assert got == expected, reading.cue


def _words(text: str) -> str:
    return " ".join(text.replace("*", "").split())


def test_table_sentences_are_verbatim_from_the_corpus():
    bodies = set()
    for text, lead_in, _, _ in TABLE:
        for part in filter(None, (text, lead_in)):
            owners = [located for located in CORPUS.clauses() if _words(part) in _words(located.clause.text)]
            assert owners, part
            bodies.add(owners[0].document.body)
    assert bodies == {"dorset-council", "dorset-county-council", "east-devon-district-council",
                      "lincolnshire-county-council", "shaftesbury-town-council"}


@pytest.mark.parametrize(("text", "lead_in", "cue"), [
    ("Access to social media sites for personal use using the Council’s IT systems is not allowed.", None,
     "is not allowed"),
    (LINCS_PROVIDED, None, "provided that"),
    ("they follow our information security policy", LINCS_PROVIDED, "provided that"),
    ("Do not under any circumstances accept friend requests from a person you believe could be a service user or "
     "may conflict with your employment.", None, "Do not under any circumstances"),
    ("Do not discuss work-related issues online, including conversations about service users, complaints, "
     "management or disparaging remarks about colleagues or the Council.", None, "Do not"),
    ("Employees should limit their personal use of social media to their own time.", None, "should limit"),
    ("Employees may use IT-approved social media websites and feeds as part of their normal work duties. The "
     "manager must agree to such usage in advance.", None, "must agree to such usage in advance"),
    ("Use your Council email address or any Council logos or copyright material for personal use.",
     "In addition to the provisions outlined in the main body of the Social Media Policy, you must not:", "must not"),
    ("Any inappropriate use of social networking sites that has a bearing on an individual's employment "
     "relationship with the Dorset Council, or may bring the council into disrepute, may lead to investigation "
     "under the disciplinary procedure.", None, "may lead to"),
])
def test_cue_is_the_deciding_words(text: str, lead_in: str | None, cue: str):
    assert propose_stance(text, lead_in).cue == cue


def test_markdown_marks_and_links_are_ignored():
    assert propose_stance("Employees **must not** post [images](https://example.org/a).") == \
        StanceReading("prohibits", "must", "must not")


def test_text_without_a_cue_is_informative_with_an_empty_cue():
    assert propose_stance("This policy applies to all employees of the Council.") == \
        StanceReading("advises", "informative", "")


def test_a_lead_in_without_a_modal_leaves_the_item_to_its_own_wording():
    reading = propose_stance("Criticising, disagreeing or arguing with customers, colleagues or managers;",
                             "**Bring the organisation into disrepute, for example by:**")
    assert (reading.stance, reading.strength) == ("advises", "informative")
    reading = propose_stance("spending an excessive amount of time using social media when they should be working",
                             "We reserve the right to monitor employees' use of social media on our equipment. "
                             "The following are valid reasons for checking an employee's internet usage:")
    assert (reading.stance, reading.strength, reading.cue) == ("restricts", "should", "excessive")


def test_every_clause_of_the_corpus_gets_a_reading():
    stances, strengths = set(get_args(Stance)), set(get_args(Strength))
    counts: Counter[str] = Counter()
    for located in CORPUS.clauses():
        lead_in = located.parent.text if located.parent is not None else None
        reading = propose_stance(located.clause.text, lead_in)
        assert reading.stance in stances and reading.strength in strengths
        source = _words(re.sub(r"[‘’]", "'", f"{located.clause.text} {lead_in or ''}")).lower()
        assert reading.cue.lower() in source, (located.ref, reading.cue)
        counts[reading.stance] += 1
    assert set(counts) == stances


# Shapes of real council sentences that were misread; each sentence is written for the test,
# around the wording that matters.
NEGATED_ABILITY = ("Staff are currently not able to access social networking sites via the council's IT system. "
                   "However, members of staff are able to access these sites from their own personal computers.")


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("No member of staff or volunteer is permitted to accept or initiate contact in a personal capacity with a "
     "child or young person who is a client.", "prohibits", "must"),
    ("No account details may be changed without the permission of the Clerk.", "prohibits", "must"),
    ("Nobody may post on the council's accounts without the approval of the communications team.", "prohibits", "must"),
    ("No other corporate social media accounts are to be set up.", "prohibits", "must"),
    (NEGATED_ABILITY, "prohibits", "must"),
    ("It is not appropriate for members to use social media to tease or insult other members.", "prohibits", "should"),
    ("It is not acceptable to use social media to bully colleagues.", "prohibits", "must"),
    ("Officers are not eligible to stand for election to this council.", "prohibits", "must"),
    ("Employees are permitted to access social media sites on the council network for personal use outwith the "
     "employees' normal working hours, in accordance with the ICT acceptable use policy.",
     "permits with conditions", "may"),
    ("You are allowed to update your personal blog from a council computer at work, but should be in your own time.",
     "permits with conditions", "may"),
    ("Employees are at liberty to set up accounts on social networking sites but should ensure that they keep work "
     "and personal life apart.", "permits with conditions", "may"),
    ("Members of staff are entitled to use social media but must abide by this policy.",
     "permits with conditions", "may"),
    ("Employees are permitted to upload their own photograph providing it conforms to the requirements in the policy.",
     "permits with conditions", "may"),
    ("A maximum of two administrators may be appointed.", "permits with conditions", "may"),
    ("You can only use the internet in your own time.", "restricts", "must"),
    ("Whether or not an individual chooses to use social media is his or her own business.", "permits", "may"),
    ("Employees are at liberty to use social media in their private lives.", "permits", "may"),
    ("Handheld devices are permitted for use during meetings.", "permits", "may"),
    ("Employees are permitted to say that they work for the council. However, their profile must not contain the "
     "council's name.", "permits with conditions", "may"),
    ("Employees must not excessively use personal mobile devices during work hours.", "restricts", "must"),
    ("It is the duty of all staff to avoid using council equipment for inappropriate personal use.", "prohibits", "must"),
    ("You should not assume that anything held on a council computer is private.", "advises", "informative"),
    ("Breach of this policy may result in disciplinary action.", "advises", "informative"),
    ("Misuse of social media could lead to dismissal.", "advises", "informative"),
    ("We may not respond to every message we receive.", "advises", "informative"),
    ("The communications team is unable to check every post.", "advises", "informative"),
])
def test_stance_of_hard_sentence_shapes(text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


def test_a_negated_ability_is_a_prohibition_on_council_equipment_only():
    reading = propose_stance(NEGATED_ABILITY)
    assert reading.stance == "prohibits"
    assert "council equipment" in reading.scope and "personal equipment" not in reading.scope
    assert reading.describe() == "Prohibits (must) — on council equipment"


@pytest.mark.parametrize(("text", "scope"), [
    ("Access to social media sites for personal use using the Council’s IT systems is not allowed.",
     {"council equipment"}),
    ("Employees are permitted to access social media sites for personal use outwith the employees' normal working "
     "hours.", {"outside working time"}),
    ("Employees should not access social media during working hours.", {"working time"}),
    ("Staff must not use their personal accounts to contact service users.", {"personal accounts"}),
    ("Only the Clerk may post on the council's Facebook page.", {"official accounts"}),
    ("You must not share photographs of colleagues without their express permission.", {"unless authorised"}),
    ("Handheld devices are permitted for use during meetings.", {"meetings"}),
    ("Employees may use their own devices to access social media in their own time.",
     {"personal equipment", "outside working time"}),
    ("This policy applies irrespective of working hours and regardless of whether council equipment is used.", set()),
    ("Volunteers must not use the council's social media platforms for their own campaigns.", {"official accounts"}),
    ("Photographs published in the name of the council must be credited.", {"official accounts"}),
    ("Staff may keep personal or professional social media accounts.", {"personal accounts"}),
    ("Whether writing in a personal or professional capacity, staff must be courteous.", set()),
])
def test_scope_is_read_in_the_controlled_vocabulary(text: str, scope: set[str]):
    assert set(propose_stance(text).scope) == scope


@pytest.mark.parametrize(("text", "words"), [
    ("Employees are permitted to upload their own photograph providing it conforms to the requirements in the policy.",
     "providing it conforms to the requirements in the policy"),
    ("A maximum of two administrators may be appointed.", "maximum of two"),
    ("No account details may be changed without the permission of the Clerk.", "without the permission of the Clerk"),
    ("Staff should not accept friend requests from service users where the motive may be misinterpreted.",
     "where the motive may be misinterpreted"),
    ("Members of staff are entitled to use social media but must abide by this policy.", "must abide by this policy"),
])
def test_qualifier_names_the_condition_or_limit(text: str, words: str):
    qualifier = propose_stance(text).qualifier
    assert qualifier is not None and words in qualifier


def test_a_permission_with_a_condition_says_so_in_its_summary():
    reading = propose_stance("Employees are permitted to access social media for personal use outwith the "
                             "employees' normal working hours.")
    assert reading.describe().startswith("Permits with conditions (may) — outside working time; “outwith")
    assert reading.cues[0] == "are permitted" and reading.cue.startswith("outwith")


def test_a_list_item_under_a_list_of_standards_is_an_obligation_and_a_negated_item_a_prohibition():
    lead = "Communications from the Council will meet the following criteria:"
    assert (propose_stance("Be civil, tasteful and relevant.", lead).stance) == "requires"
    reading = propose_stance("Not contain any personal information.", lead)
    assert (reading.stance, reading.strength) == ("prohibits", "must")
    assert "official accounts" in reading.scope


@pytest.mark.parametrize(("item", "stance", "scope"), [
    ("use the internet for work", "permits", set()),
    ("read personal email in your own time", "permits with conditions", {"outside working time"}),
    ("send urgent personal messages during work time – as agreed with your manager", "permits with conditions",
     {"working time", "unless authorised"}),
    ("send personal email in your own time but these should not carry attachments", "permits with conditions",
     {"outside working time"}),
])
def test_an_item_under_a_lead_in_ending_on_its_modal_completes_the_lead_ins_sentence(item: str, stance: Stance,
                                                                                   scope: set[str]):
    reading = propose_stance(item, "Staff may:")
    assert (reading.stance, reading.strength, set(reading.scope)) == (stance, "may", scope), reading


def test_an_exception_granted_with_someones_approval_is_a_scope():
    reading = propose_stance("The Clerk may only add administrators with the approval of the council.")
    assert reading.stance == "restricts" and "unless authorised" in reading.scope


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Use of council IT for personal gain is not acceptable.", "prohibits", "must"),
    ("Occasional personal use of the council's email is acceptable.", "permits", "may"),
    ("Occasional personal use of the council's email is acceptable as long as it is reasonable.",
     "permits with conditions", "may"),
    ("Staff are asked not to post pictures of colleagues without consent.", "prohibits", "should"),
    ("We ask that you do not use work email for personal matters.", "prohibits", "should"),
    ("Staff are asked to report any concerns to the Clerk.", "requires", "should"),
    ("Staff should ensure they do not breach confidentiality.", "prohibits", "should"),
    ("Personal calls should be kept to a minimum.", "restricts", "should"),
    ("Staff must keep personal use of the internet to a minimum.", "restricts", "must"),
    # A limit stated without a modal is as firm as "is restricted".
    ("Council equipment is provided for business use only.", "restricts", "must"),
    ("Mobile phones issued to staff are for work use only.", "restricts", "must"),
    ("The accounts are solely for the transaction of council business.", "restricts", "must"),
    ("The use of personal phones at work is, therefore, restricted.", "restricts", "must"),
    ("Employees are free to join professional networking sites.", "permits", "may"),
    ("The e-learning module is free of charge to all staff.", "advises", "informative"),
    ("The council does not allow staff to use its laptops for online shopping.", "prohibits", "must"),
    ("The moderator will have authority to hide comments that break these rules.", "permits", "may"),
    ("Under no circumstances should passwords be written down.", "prohibits", "should"),
    ("Posts must always be accurate and must not reveal anyone's home address.", "prohibits", "must"),
    ("Always log out of shared computers at the end of the day.", "requires", "must"),
    ("Managers are responsible for their team's compliance and for reporting any breach.", "requires", "should"),
    ("This guidance sets out the behaviour that should be followed by every volunteer.", "advises", "informative"),
    ("The number of platforms may grow over time.", "advises", "informative"),
    ("The use of messaging apps may replace some internal email.", "advises", "informative"),
    ("Staff can access social media during their breaks.", "permits with conditions", "may"),
    ("It is permissible for staff to use their own phones during breaks.", "permits with conditions", "may"),
    ("Employees are allowed limited personal use of the internet.", "permits with conditions", "may"),
])
def test_stance_of_common_rule_shapes(text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "lead_in", "stance"), [
    ("Only authorised staff may post on the council's accounts.", None, "restricts"),
    ("Council email must be used for council business only.", None, "restricts"),
    ("This guidance is for information only.", None, "advises"),
    ("Employees are discouraged from using personal email for work.", None, "prohibits"),
    ("Personal use is permitted at the discretion of the line manager.", None, "permits with conditions"),
    ("There is no objection to employees using social media in their own time.", None, "permits with conditions"),
    ("Sharing passwords", "Examples of unacceptable use include:", "prohibits"),
    ("Reading the news", "Examples of acceptable use include:", "permits"),
    ("Using the internet for personal shopping during lunch breaks", "Examples of acceptable use include:",
     "permits with conditions"),
    ("use the internet in their own time", "Employees are permitted to:", "permits with conditions"),
    ("Avoid sending council documents to a home email address", "Staff must:", "prohibits"),
    ("Avoid behaviour that could upset colleagues", "Staff must:", "requires"),
])
def test_limits_permissions_and_lists_of_uses(text: str, lead_in: str | None, stance: Stance):
    assert propose_stance(text, lead_in).stance == stance


@pytest.mark.parametrize(("text", "stance"), [
    ("Employees are not required to use social media.", "permits"),
    ("Staff don't have to accept friend requests from colleagues.", "permits"),
    ("Staff do not need permission to set up a personal account.", "permits"),
    ("There is no requirement for staff to have a social media presence.", "permits"),
    ("Information posted online can remain public indefinitely.", "advises"),
    ("Employees may find it helpful to speak to their manager.", "advises"),
])
def test_a_negated_obligation_is_no_rule_to_act_and_a_possibility_no_permission(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance"), [
    ("The council may take disciplinary action.", "advises"),
    ("Staff may access personal email only during breaks.", "restricts"),
    ("Staff may access personal email during breaks.", "permits with conditions"),
])
def test_a_body_taking_action_is_a_consequence_and_only_limits_a_permission(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance"), [
    ("Keep your password secure and do not share it.", "prohibits"),
    ("Be professional at all times.", "requires"),
    ("Be aware that posts can be shared widely.", "advises"),
    ("Staff are allowed to use their phones at work, but not during meetings.", "permits with conditions"),
    ("Employees are free to join social media sites, although they should not identify the council.",
     "permits with conditions"),
    ("Whilst it is acceptable to mention your employer, comments about colleagues should not be made.", "prohibits"),
])
def test_clauses_joined_by_and_but_and_although(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance"), [
    ("Employees are not prevented from using social media in their own time.", "permits with conditions"),
    ("This policy does not prevent staff from using social media.", "permits"),
    ("Councillors should take care not to disclose confidential information.", "prohibits"),
    ("Staff should be careful not to breach copyright.", "prohibits"),
])
def test_a_permission_by_not_preventing_and_a_prohibition_by_taking_care_not_to(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance"), [
    ("It is vital that you do not share passwords.", "prohibits"),
    ("It is essential that staff protect confidential information.", "requires"),
    ("Employees are reminded not to post confidential information.", "prohibits"),
    ("Staff are reminded to log out of shared computers.", "requires"),
    ("Staff are reminded that emails are not private.", "advises"),
])
def test_a_duty_that_something_is_not_done_and_reminders_to_act(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("If staff are required to attend an evening meeting, they will be paid for the extra hours.",
     "advises", "informative"),
    ("If you are asked to speak to the press, you must refer the journalist to the communications team.",
     "requires", "must"),
    ("Should a post be reported to us, it may be removed.", "advises", "informative"),
    ("Should employees use social media at work?", "advises", "informative"),  # a question asks; its answer rules
    ("If you use your own phone at work this must be done in your own time.", "restricts", "must"),
])
def test_a_modal_in_the_condition_of_a_conditional_sentence_is_not_its_rule(text: str, stance: Stance,
                                                                           strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength)


@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("Careless posts may seriously harm the reputation of the service.", None, "advises", "informative"),
    ("Staff may freely apply for internal vacancies.", None, "permits", "may"),
    ("Only the clerk can approve a new account.", None, "restricts", "must"),
    ("Only the clerk should approve a new account.", None, "restricts", "should"),
    ("Sharing a password with a colleague.", "Prohibited uses", "prohibits", "must"),
    ("Looking up train times.", "Acceptable uses:", "permits", "may"),
    ("Looking up train times.", "Uses", "advises", "informative"),
])
def test_possibility_with_an_adverb_fronted_only_and_headings_over_lists_of_uses(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength)


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Remember you are answerable for everything you post.", "advises", "informative"),
    ("Remember they can see your profile even when you cannot see theirs.", "advises", "informative"),
    ("Remember you must not post photographs taken on wards.", "prohibits", "must"),
    ("Remember to lock your screen when you leave your desk.", "requires", "must"),
    ("Don't forget that deleted posts may already have been copied.", "advises", "informative"),
    ("Don't forget to log out of shared laptops.", "requires", "must"),
    ("Never share your password with a colleague.", "prohibits", "must"),
])
def test_being_reminded_of_a_fact_is_no_rule_and_being_reminded_to_act_is(text: str, stance: Stance,
                                                                          strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength)


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Managers should be aware of and follow the attendance procedure.", "requires", "should"),
    ("Staff must be aware of the acceptable use policy and comply with it.", "requires", "must"),
    ("Staff should be aware of the risks of oversharing.", "advises", "informative"),
])
def test_a_duty_to_know_joined_to_a_duty_to_comply_is_an_obligation(text: str, stance: Stance,
                                                                     strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength)


@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("Posts stay on the subject of the page.", "Our expectation is that visitors to our pages follow these rules:",
     "requires", "should"),
    ("Do not post adverts.", "Our expectation is that visitors to our pages follow these rules:", "prohibits", "must"),
    ("We ask that replies are kept polite.", None, "requires", "should"),
    ("We ask that you do not tag staff in complaints.", None, "prohibits", "should"),
    ("Be patient with the moderators. Threats against them will not be tolerated.",
     "To keep the page friendly we ask you to follow these guidelines:", "prohibits", "must"),
    ("Take breaks away from the screen.", "Employees have a responsibility to:", "requires", "should"),
])
def test_an_expectation_or_a_request_lays_a_duty_and_a_forbidding_item_outranks_it(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength)


@pytest.mark.parametrize(("text", "stance"), [
    ("The trust retains the right to close any account that breaks these rules.", "permits"),
    ("We maintain the right to hide replies that name patients.", "permits"),
    ("We welcome and encourage your feedback however we maintain the right to delete spam.", "permits"),
    ("We encourage feedback from residents.", "advises"),
])
def test_keeping_a_right_is_a_power_even_after_encouragement(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Responsibility for approving new accounts lies with the head of communications.", "requires", "should"),
    ("The responsibility rests with each team leader.", "requires", "should"),
    ("Use of the staff forum is dependent on accepting its terms.", "restricts", "must"),
    ("Remote access is conditional upon a signed agreement.", "restricts", "must"),
    ("When replying to residents, please observe the house style.", "requires", "must"),
])
def test_where_a_duty_lies_a_dependent_use_and_a_fronted_request_to_observe(text: str, stance: Stance,
                                                                              strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength)


@pytest.mark.parametrize(("text", "stance"), [
    ("If you have any questions about this guidance please contact the HR team.", "advises"),
    ("If you would like a printed copy, please ask the clerk.", "advises"),
    ("Please contact the press office if you have a query about a news story.", "advises"),
    ("Please contact the press office before you speak to a journalist.", "requires"),
    ("If you are unsure whether to post, please contact your manager.", "requires"),
])
def test_help_offered_for_your_own_question_is_no_duty(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance"), [
    ("Include a line such as “These views are mine and do not represent my employer.”", "requires"),
    ("Include a line such as 'my views are my own and do not reflect the trust' on your profile.", "requires"),
    ("Staff must not use the phrase “official account” on a personal profile.", "prohibits"),
    ("“You must not share your password.”", "prohibits"),
])
def test_words_quoted_inside_a_clause_state_no_rule_of_it(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance"), [
    ("The council will not enter into correspondence about removed posts.", "advises"),
    ("We will not reply to messages sent after midnight.", "advises"),
    ("We will not tolerate threats against our staff.", "prohibits"),
    ("Employees will not share their login details.", "prohibits"),
])
def test_what_the_body_says_it_will_not_do_is_no_rule_for_others(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "lead_in", "stance", "scope"), [
    ("to book training courses", "Once your line manager has agreed, you may use the intranet:",
     "permits with conditions", {"unless authorised"}),
    ("After the clerk has authorised it, councillors may post on the parish page.", None,
     "permits with conditions", {"unless authorised"}),
    ("to book training courses", "You may use the intranet:", "permits", set()),
])
def test_a_fronted_approval_bounds_the_permission_that_follows(text: str, lead_in: str | None, stance: Stance,
                                                               scope: set[str]):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, set(reading.scope)) == (stance, scope)
    if stance == "permits with conditions":
        assert reading.qualifier is not None and reading.qualifier.endswith(("agreed", "authorised it"))


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Employees are expected not to discuss complaints online.", "prohibits", "should"),
    ("There must be no use of council logos on personal pages.", "prohibits", "must"),
    ("There should be no posting during meetings.", "prohibits", "should"),
    ("It would be inappropriate to comment on a live case.", "prohibits", "should"),
    ("All new pages need approval from the communications team.", "requires", "should"),
    ("You do not need approval to share council posts.", "permits", "may"),
    ("Staff are obliged to follow this policy.", "requires", "must"),
    ("Employees have an obligation to protect patient information.", "requires", "must"),
    ("It is a requirement that every account has two administrators.", "requires", "must"),
    ("We have an obligation to explain our expectations to staff.", "advises", "informative"),
    ("Limit personal browsing to your breaks.", "restricts", "should"),
])
def test_obligations_and_prohibitions_in_other_words(text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength)


@pytest.mark.parametrize(("text", "stance"), [
    ("It is acceptable to check personal email as long as it is brief.", "permits with conditions"),
    ("Staff are permitted to use the internet for personal use during lunch.", "permits with conditions"),
    ("Staff may not be able to open some video sites.", "advises"),
    ("We are unable to answer clinical questions here.", "advises"),
    ("Staff are not able to access personal email on ward computers.", "prohibits"),
    ("You will be held responsible for anything posted from your account.", "advises"),
    ("Managers are responsible for briefing new starters on this policy.", "requires"),
    ("Whilst it is acceptable to follow local groups, staff should not join campaigns against the council.",
     "prohibits"),
])
def test_acceptable_is_not_able_possibility_is_not_ability_and_a_concession_ends_at_its_comma(
        text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance", "scope"), [
    ("Staff may browse the internet for personal use, provided it is not excessive.", "permits with conditions",
     set()),
    ("Personal use must not be excessive.", "restricts", set()),
    ("Laptops are provided solely for council business.", "restricts", set()),
    ("Staff may use social media during working hours if their line manager agrees.", "permits with conditions",
     {"working time", "unless authorised"}),
    ("Staff may use social media during working hours if they wish.", "permits", {"working time"}),
])
def test_a_limit_inside_a_proviso_and_someones_agreement_bound_a_permission(text: str, stance: Stance,
                                                                            scope: set[str]):
    reading = propose_stance(text)
    assert (reading.stance, set(reading.scope)) == (stance, scope)


@pytest.mark.parametrize(("text", "lead_in", "stance"), [
    ("Feel free to share our posts with your friends.", None, "permits"),
    ("We are happy for staff to share council news on their own accounts.", None, "permits"),
    ("The council does not expect staff to have a social media presence.", None, "permits"),
    ("Employees are not expected to reply to work messages at weekends.", None, "permits"),
    ("There is no need to ask permission before sharing a council post.", None, "permits"),
    ("Staff may share council posts after they ask permission from the owner.", None, "permits with conditions"),
    ("Support is available from the employee assistance programme.", None, "advises"),
    ("Support colleagues who are targeted online.", None, "requires"),
    ("forwarding chain letters", "Examples of misuse include:", "prohibits"),
    ("forwarding news items", "Examples of acceptable use include:", "permits"),
])
def test_permission_in_plain_words_a_noun_that_looks_like_an_imperative_and_lists_of_misuse(
        text: str, lead_in: str | None, stance: Stance):
    assert propose_stance(text, lead_in).stance == stance


@pytest.mark.parametrize(("text", "stance"), [
    ("Employees should recognise that they can be identified from a photograph.", "advises"),
    ("Users must accept that council email is not private.", "advises"),
    ("You should know that your manager may read anything you post publicly.", "advises"),
    ("Staff must understand the risks of posting in public groups.", "advises"),
    ("Councillors should be conscious that they are always seen as councillors.", "advises"),
    ("Please keep in mind that our page is not staffed at weekends.", "advises"),
    ("It must be stressed that the trust keeps a record of every site visited.", "advises"),
    ("Staff should ask themselves whether a post could embarrass a colleague.", "advises"),
    ("Staff should understand and follow the code of conduct.", "requires"),
    ("You should know that you must not post patient details.", "prohibits"),
    ("Staff should only accept friend requests from people they know.", "restricts"),
    ("Keep your password private.", "requires"),
])
def test_duties_only_to_know_or_to_reflect_state_no_rule(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Completing the data protection course is mandatory.", "requires", "must"),
    ("Encryption of laptops is compulsory.", "requires", "must"),
    ("Staff are barred from joining closed groups run by service users.", "prohibits", "must"),
    ("Gaming sites are off limits on the trust network.", "prohibits", "must"),
    ("Use of cloud storage is not authorised.", "prohibits", "must"),
    ("Staff are not authorised to speak for the council.", "prohibits", "must"),
    ("Personal browsing should not exceed half an hour a day.", "restricts", "should"),
    ("Staff must not spend more than an hour a week on personal email.", "restricts", "must"),
    ("Occasional personal use is tolerated.", "permits", "may"),
    ("Personal use is acceptable within reason.", "permits with conditions", "may"),
    ("Staff may stream radio at their manager's discretion.", "permits with conditions", "may"),
    ("Staff may spend up to 20 minutes a day on personal browsing.", "permits with conditions", "may"),
    ("Employees are allowed one hour a week for personal errands online.", "permits with conditions", "may"),
])
def test_obligations_bans_caps_and_bounded_permissions_in_other_words(text: str, stance: Stance,
                                                                       strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength)


@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("Our helpdesk will only be able to reply on weekdays.", None, "advises", "informative"),
    ("Staff will only use the shared drive for case files.", None, "restricts", "must"),
    ("Council laptops are provided for work related purposes.", None, "restricts", "must"),
    ("Laptops are provided to staff to help them work from home.", None, "advises", "informative"),
    ("personal adverts", "This code prohibits content which contains:", "prohibits", "must"),
    ("The trust strictly forbids sharing patient photographs.", None, "prohibits", "must"),
    ("We check our page daily and will delete posts that contain abuse.", None, "requires", "must"),
    ("If a post breaks these rules, we will hide it.", None, "requires", "must"),
    ("Comments that are off-topic may be deleted.", None, "permits", "may"),
    ("We love hearing from you, so please be polite.", None, "requires", "must"),
    ("We read every message, but please do not send personal details.", None, "prohibits", "must"),
    ("We read every message, so please remember that replies can take a week.", None, "advises", "informative"),
    ("Remember, anything you post can be shared.", None, "advises", "informative"),
    ("Check the facts first, if you are unsure, don't share it.", None, "prohibits", "must"),
    ("Posts made at home, do not stay private for long.", None, "advises", "informative"),
    ("Staff may use council laptops at home, provided that they do not use them for anything this policy forbids.",
     None, "permits with conditions", "may"),
])
def test_ability_work_purposes_a_prohibiting_policy_moderation_requests_and_a_later_do_not(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "scope"), [
    ("Staff must not connect a force laptop to a home network.", {"council equipment"}),
    ("Do not install games on force networked devices.", {"council equipment"}),
    ("The university's computers must be locked when unattended.", {"council equipment"}),
    ("The force will investigate every complaint.", set()),
])
def test_a_police_forces_or_a_universitys_equipment_is_the_bodys_equipment(text: str, scope: set[str]):
    assert set(propose_stance(text).scope) == scope


@pytest.mark.parametrize(("text", "stance"), [
    ("We may block users without warning.", "permits"),
    ("We reserve the right to remove posts without notice.", "permits"),
    ("Staff may post on the council page without approval from their manager.", "permits with conditions"),
    ("Personal calls will normally be permitted at the manager's discretion.", "permits with conditions"),
    ("Personal calls will be permitted.", "permits"),
])
def test_without_notice_is_no_condition_and_will_be_permitted_is_a_permission(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "scope"), [
    ("Laptops issued by Little Snoring Parish Council must be locked away.", {"council equipment"}),
    ("The phones supplied by the trust are for work calls.", {"council equipment"}),
    ("The clerk's laptop is the property of the council.", {"council equipment"}),
    ("Training provided by the council is compulsory.", set()),
])
def test_equipment_issued_by_or_the_property_of_the_body_is_its_equipment(text: str, scope: set[str]):
    assert set(read_scope(text)) == scope


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("By posting on this page, you agree to abide by these rules.", "requires", "must"),
    ("Members agree to comply with the terms of use when they join.", "requires", "must"),
    ("If you agree to take part, we will send you the details.", "advises", "informative"),
    ("The trust permits reasonable personal use of email, as long as work does not suffer.",
     "permits with conditions", "may"),
    ("The council allows personal use of its phones.", "permits", "may"),
    ("The software allows users to change their password.", "advises", "informative"),
    ("We'll only answer questions about your tenancy in a private message.", "advises", "informative"),
    ("You'll only be able to reply once you have signed in.", "permits", "may"),
    ("Councillors have particular responsibilities when they post about council business.", "requires", "should"),
    ("The council has obligations under the Data Protection Act.", "advises", "informative"),
    ("We request that you do not share other people's addresses.", "prohibits", "should"),
    ("We request that visitors keep their posts on topic.", "requires", "should"),
])
def test_agreeing_to_terms_a_body_that_permits_a_use_well_only_responsibilities_and_requests(
        text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Spam will be deleted.", "requires", "must"),
    ("A copy of each abusive message will also be saved before it is hidden.", "advises", "informative"),
    ("Comments that break these rules may be hidden.", "permits", "may"),
    ("Please note replies may take up to five working days.", "advises", "informative"),
    ("Please note any post naming a child will be removed.", "advises", "informative"),
    ("Please note staff should not reply to complaints on social media.", "prohibits", "should"),
])
def test_a_removal_in_the_passive_is_the_bodys_duty_and_please_note_is_a_fact_to_know(
        text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance"), [
    ("The Clerk is responsible for the administration of the council's page.", "requires"),
    ("Line managers are responsible for the day-to-day management of team accounts but may delegate it.", "requires"),
    ("You are responsible for the content you post.", "advises"),
])
def test_being_responsible_for_a_task_is_a_duty_being_responsible_for_content_is_a_fact(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("We'll delete any post that names a member of staff.", "requires", "must"),
    ("The moderators will flag and hide spam.", "requires", "must"),
    ("We will always reply to questions within two working days.", "advises", "informative"),
    ("We will always try to reply to every message.", "advises", "informative"),
    ("Let's keep this page friendly.", "requires", "should"),
    ("If you spot a broken link, please let us know.", "requires", "must"),
    ("We read every message, but if you find an abusive reply, please send us a screenshot.", "requires", "must"),
])
def test_the_bodys_duty_with_a_contraction_or_always_and_requests_after_a_condition(
        text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance"), [
    ("Only share photos you have taken yourself.", "restricts"),
    ("Please only use the team account for announcements.", "restricts"),
    ("We will hide replies, including excessive tagging of other users, when they disrupt a thread.", "requires"),
    ("If a member keeps posting adverts we reserve the right to block them.", "permits with conditions"),
    ("If your post names a child, we may delete it.", "permits with conditions"),
    ("We welcome your photos, as long as you took them yourself.", "permits with conditions"),
    ("We welcome your photos.", "advises"),
    ("If you are a tenant, this page is not monitored at night, and we reserve the right to close it.", "permits"),
])
def test_an_imperative_only_is_a_limit_and_a_fronted_if_conditions_a_permission(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Be polite: don't swear at other users.", "prohibits", "must"),
    ("Stay safe: never share your password.", "prohibits", "must"),
    ("Note: staff may use the canteen Wi-Fi.", "permits", "may"),
    ("By joining our mailing list you can hear about events first.", "advises", "informative"),
    ("Staff can join the mailing list.", "permits", "may"),
    ("Managers must keep records up to date and avoid storing them on laptops.", "prohibits", "must"),
    ("Staff should take care online and never post while angry.", "prohibits", "should"),
    ("Take care online and avoid arguments.", "prohibits", "should"),
])
def test_a_heading_before_a_colon_a_means_before_can_and_a_modal_shared_by_and(
        text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Team laptops are to be used for council-related activities.", "restricts", "must"),
    ("Work phones should be mainly used for business purposes.", "restricts", "should"),
    ("Loan devices are for school correspondence only.", "restricts", "must"),
    ("Phones provided by the council are for business use only.", "restricts", "must"),
    ("Staff may use laptops provided by the council.", "permits", "may"),
    ("Staff may use laptops provided they are locked when unattended.", "permits with conditions", "may"),
    ("A token gift such as a diary may be acceptable.", "permits", "may"),
    ("A small gift may be acceptable provided it is declared.", "permits with conditions", "may"),
])
def test_use_for_a_purpose_is_a_limit_provided_by_is_no_proviso_and_may_be_acceptable_permits(
        text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Managers are to be fully aware of the risks.", "advises", "informative"),
    ("Be fully aware of who can see your posts.", "advises", "informative"),
    ("Managers should ensure the rota does not allow anyone to work alone.", "requires", "should"),
    ("Line managers must make sure the team calendar does not permit bookings at weekends.", "requires", "must"),
    ("Managers must ensure that you are not permitted to work alone.", "prohibits", "must"),
    ("Verify the sender before you reply.", "requires", "must"),
    ("Please refer to the Records Management Policy.", "advises", "informative"),
    ("Please see the Data Protection Policy.", "advises", "informative"),
    ("See section 4 of the staff handbook for details.", "advises", "informative"),
    ("Please refer to your manager before posting.", "requires", "must"),
])
def test_knowing_fully_a_duty_that_a_thing_is_not_so_and_a_cross_reference(
        text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "scope"), [
    ("The college Wi-Fi may be used by visitors.", {"council equipment"}),
    ("An employee's own phone must not hold patient records.", {"personal equipment"}),
    ("Users may connect their own tablets to the university wifi.", {"council equipment", "personal equipment"}),
])
def test_a_colleges_wifi_is_the_bodys_equipment_and_a_users_own_device_is_personal(text: str, scope: set[str]):
    assert set(propose_stance(text).scope) == scope


def test_a_list_set_aside_by_whether_is_no_scope():
    text = "Staff must follow this code whether they work on a council laptop, a home computer, or a tablet."
    assert propose_stance(text).scope == ()


@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("The register requires officers to record each gift over £50.", None, "requires", "must"),
    ("The code requires members not to lobby officers.", None, "prohibits", "must"),
    ("Not to stand for election as a councillor;", "The rules require these staff:", "prohibits", "must"),
    ("To keep a record of each gift;", "The rules require these staff:", "requires", "must"),
    ("Some tasks which require staff to travel are paid at a higher rate.", None, "advises", "informative"),
    ("Officers in politically restricted posts are prevented from standing for election.", None, "prohibits", "must"),
    ("Staff are not prevented from joining a trade union.", None, "permits", "may"),
    ("It is for the employee to show that the hospitality was reasonable.", None, "requires", "should"),
    ("There is also a requirement that all gifts are entered in the register.", None, "requires", "must"),
    ("If a resident raises a concern with you, try to resolve it on the spot.", None, "requires", "must"),
])
def test_a_text_requiring_a_person_to_act_a_person_prevented_and_whose_task_it_is(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("The rule must be that any offer of cash should be declined.", "requires", "should"),
    ("The rule must be that staff decline cash.", "requires", "must"),
    ("Did you know that you have a duty to report any gift you refuse?", "requires", "must"),
    ("Did you know that you have a responsibility to register outside work?", "requires", "should"),
    ("The council acknowledges that colleagues may develop friendships outside work.", "advises", "informative"),
    ("Remember, if you post while on duty, the post could be traced back to the force.", "advises", "informative"),
    ("The result of this change will be that more staff will be free to stand for the parish council.",
     "advises", "informative"),
])
def test_a_rule_stated_after_that_governs_and_a_fact_or_effect_after_that_is_none(
        text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("It is not a full list of what you can and cannot post.", "advises", "informative"),
    ("This section covers how managers should handle a declaration.", "advises", "informative"),
    ("Residents are entitled to expect courtesy from every officer.", "advises", "informative"),
    ("You can expect a reply within ten days.", "advises", "informative"),
    ("Employees are sometimes named in their will by grateful clients.", "advises", "informative"),
    ("This applies to any colleague who you supervise or have other responsibilities for.", "advises", "informative"),
    ("Managers have responsibilities for the wellbeing of their teams.", "requires", "should"),
])
def test_a_modal_in_what_is_described_a_right_to_expect_a_noun_will_and_a_relative_clause_are_no_rule(
        text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance"), [
    ("Subject to their manager's agreement, staff will be free to join the staff network.", "permits with conditions"),
    ("It is agreed that, provided the work is unpaid, officers will be free to help a local charity.",
     "permits with conditions"),
    ("Staff will be free to join any union.", "permits"),
])
def test_a_proviso_set_off_before_a_permission_bounds_it(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance"), [
    ("This guidance should not be regarded as a complete list of every situation.", "advises"),
    ("The views in a personal blog must not be construed as those of the trust.", "advises"),
    ("Council email must not be used for personal shopping.", "prohibits"),
])
def test_how_a_thing_must_not_be_regarded_is_no_prohibition(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance"), [
    ("Users can contact the parish clerk by email at any time.", "advises"),
    ("You are able to get in touch with us by private message.", "advises"),
    ("We may contact the police about threatening posts.", "permits"),
    ("Staff may email friends from their own devices at lunchtime.", "permits with conditions"),
])
def test_being_able_to_contact_the_body_is_contact_offered(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Employees are not to use council vehicles for private journeys.", "prohibits", "must"),
    ("It is forbidden to install software on council laptops.", "prohibits", "must"),
    ("Officers are prohibited from accepting cash gifts.", "prohibits", "must"),
    ("Employees are expressly forbidden to accept cash.", "prohibits", "must"),
    ("Staff are absolutely prohibited from sharing passwords.", "prohibits", "must"),
    ("Staff are not normally permitted to accept hospitality.", "prohibits", "must"),
    ("Personal use is not generally permitted.", "prohibits", "must"),
    ("Using council email for private business is not permissible.", "prohibits", "must"),
    ("The sharing of passwords is not permissible under any circumstances.", "prohibits", "must"),
    ("It is unacceptable for staff to use offensive language.", "prohibits", "must"),
    ("Staff have no right to use council email for private purposes.", "prohibits", "must"),
    ("No officer shall accept a gift worth more than £25.", "prohibits", "must"),
    ("Downloading music is strictly forbidden.", "prohibits", "must"),
    ("Passwords must not be written down.", "prohibits", "must"),
    ("In no circumstances may staff accept cash.", "prohibits", "must"),
    ("Under no circumstances are staff to disclose passwords.", "prohibits", "must"),
    ("On no account should passwords be shared.", "prohibits", "should"),
    ("Employees should on no account disclose confidential information.", "prohibits", "should"),
    ("Staff should under no circumstances share their passwords.", "prohibits", "should"),
    ("Staff shall refrain from political comment on council accounts.", "prohibits", "must"),
    ("Officers must abstain from political activity.", "prohibits", "must"),
    ("Officers should abstain from voting on matters in which they have an interest.", "prohibits", "should"),
    ("Staff are discouraged from using personal devices for work.", "prohibits", "should"),
    ("Personal use of the internet is discouraged.", "prohibits", "should"),
    ("Staff are expected not to comment on council business online.", "prohibits", "should"),
])
def test_prohibitions_in_other_words_with_an_adverb_inside_or_a_fronted_negative(
        text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Employees are required not to discuss cases outside work.", "prohibits", "must"),
    ("Staff have a duty not to disclose confidential information.", "prohibits", "must"),
    ("Staff are under an obligation not to disclose confidential information.", "prohibits", "must"),
    ("Employees are obligated to declare interests.", "requires", "must"),
    ("It is a requirement that staff do not share passwords.", "prohibits", "must"),
    ("It is essential that staff do not share passwords.", "prohibits", "should"),
    ("It is expected that staff will not accept gifts.", "prohibits", "should"),
    ("It is expected that staff will behave professionally online.", "requires", "should"),
    ("Employees should take care that they do not post personal data.", "prohibits", "should"),
    ("It is incumbent on staff to protect confidential information.", "requires", "should"),
    ("Managers are accountable for ensuring their teams comply.", "requires", "should"),
    ("Staff will need to declare any interest.", "requires", "should"),
    ("Employees can be asked to remove posts.", "requires", "must"),
    ("Employees must keep in mind that anything posted online is permanent.", "advises", "informative"),
    ("Councillors have a right to express their views.", "permits", "may"),
    ("Staff have every right to join a union.", "permits", "may"),
    ("Nothing in this code prevents officers from standing as school governors.", "permits", "may"),
    ("Staff are welcome to use the canteen Wi-Fi.", "permits", "may"),
])
def test_a_duty_not_to_act_is_a_prohibition_and_a_right_is_a_permission(text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance"), [
    ("You may, with your manager's agreement, work from home on Fridays.", "permits with conditions"),
    ("Staff may, with the approval of their line manager, take up a second job.", "permits with conditions"),
    ("Employees may, subject to approval, undertake secondary employment.", "permits with conditions"),
    ("Staff may, if their manager agrees, work compressed hours.", "permits with conditions"),
    ("Staff may, like anyone else, join a political party.", "permits"),
    ("Staff are permitted to make personal calls outside core hours.", "permits with conditions"),
    ("Personal devices will normally be permitted.", "permits with conditions"),
    ("Personal devices will be permitted.", "permits"),
    ("Staff are permitted to access social media only during lunch.", "restricts"),
    ("Personal use should be limited to breaks.", "restricts"),
    ("Staff may make personal calls, although these must be brief.", "permits with conditions"),
    ("Staff may make personal calls.", "permits"),
    ("This may make it harder to keep your views private.", "advises"),
])
def test_a_condition_set_off_inside_a_permission_or_hedging_it_bounds_it(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Gifts of low value may be accepted.", "permits", "may"),
    ("Council laptops may be taken home.", "permits", "may"),
    ("Council laptops may be taken home with a manager's approval.", "permits with conditions", "may"),
    ("Personal calls may be made as long as they are kept brief.", "permits with conditions", "may"),
    ("Hospitality may be accepted where it is modest.", "permits with conditions", "may"),
    ("Disciplinary action may be taken against anyone who breaches this policy.", "advises", "informative"),
    ("Your personal data may be used to answer your enquiry.", "advises", "informative"),
    ("Anything you post may be used against you.", "advises", "informative"),
    ("Information cannot be shared without consent.", "prohibits", "must"),
    ("Users cannot install software on council laptops.", "prohibits", "must"),
    ("We cannot be held responsible for external content.", "advises", "informative"),
    ("We may share your comments with the service concerned.", "advises", "informative"),
    ("We may contact the police about threatening posts.", "permits", "may"),
])
def test_what_may_or_cannot_be_done_to_a_thing_and_how_the_body_may_pass_on_what_it_is_sent(
        text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance"), [
    ("Appendix B explains when staff may accept gifts.", "advises"),
    ("The table below shows which sites staff can access.", "advises"),
    ("Staff often ask whether they may accept a gift.", "advises"),
    ("Guidance on what staff may post is in Appendix B.", "advises"),
    ("The code states that officers must declare gifts.", "requires"),
    ("The code says that officers must not accept gifts.", "prohibits"),
])
def test_a_modal_in_a_question_or_description_is_no_rule_and_a_reported_rule_is_one(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Lock your screen when you leave your desk.", "requires", "must"),
    ("Choose a strong password.", "requires", "must"),
    ("Log out of your account after use.", "requires", "must"),
    ("Switch off your laptop at the end of the day.", "requires", "must"),
    ("Refuse any gift of cash.", "requires", "must"),
    ("If you would like a paper copy, visit the council offices.", "advises", "informative"),
    ("Using the council's network for personal shopping wastes time.", "advises", "informative"),
    ("During the working day staff answer many calls.", "advises", "informative"),
    ("FURTHERMORE ALL EMPLOYEES MUST ABIDE BY THE CODE.", "requires", "must"),
    ("Posting while angry should be avoided.", "prohibits", "should"),
    ("Disclosing personal data must be avoided.", "prohibits", "must"),
])
def test_a_clause_opening_on_a_verb_before_its_object_is_an_imperative_and_avoided_acts_are_forbidden(
        text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Staff may use the library computers (e.g. for training) where their manager agrees.",
     "permits with conditions", "may"),
    ("Staff must not share records (i.e. case files) with anyone outside the team.", "prohibits", "must"),
    ("If a reply is needed, we will ask you to send us a private message.", "advises", "informative"),
    ("We may ask you to confirm your address.", "advises", "informative"),
    ("We would ask you to keep your posts on topic.", "requires", "should"),
    ("We ask you to keep your posts on topic.", "requires", "should"),
])
def test_e_g_ends_no_sentence_and_a_request_the_body_will_make_is_no_request_now(
        text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "lead_in", "stance", "scope"), [
    ("use the internet for personal research;", "With their manager's agreement, staff may:",
     "permits with conditions", {"unless authorised"}),
    ("With the approval of the Clerk, councillors may use the council logo.", None, "permits with conditions",
     {"unless authorised"}),
    ("You may, with your manager's agreement, work from home on Fridays.", None, "permits with conditions",
     {"unless authorised"}),
    ("With the council's help, staff can join the cycle scheme.", None, "permits", set()),
    ("using council email for private business;", "Staff are prohibited from:", "prohibits", {"council equipment"}),
    ("send chain letters;", "Under no circumstances should staff:", "prohibits", set()),
    ("declare any gift over £25;", "Officers have a duty to:", "requires", set()),
])
def test_someones_agreement_set_off_before_a_permission_bounds_it_and_lead_ins_in_other_words(
        text: str, lead_in: str | None, stance: Stance, scope: set[str]):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, set(reading.scope)) == (stance, scope), reading


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Staff are requested to lock their screens.", "requires", "should"),
    ("Staff are requested not to eat at their desks.", "prohibits", "should"),
    ("Staff are instructed to lock their screens.", "requires", "must"),
    ("Staff are instructed not to open unknown attachments.", "prohibits", "must"),
    ("Staff are urged to lock their screens.", "advises", "informative"),
    ("It is recommended that staff do not accept friend requests from clients.", "advises", "informative"),
])
def test_being_requested_or_instructed_lays_a_duty_and_being_urged_is_advice(
        text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Governors cannot have a second job without approval.", "prohibits", "must"),
    ("Postholders are not able to stand for election.", "prohibits", "must"),
    ("Students are not able to install software.", "prohibits", "must"),
    ("Directors are able to approve expenses.", "permits", "may"),
    ("Supervisors can approve overtime.", "permits", "may"),
    ("The Mayor may accept gifts on behalf of the council.", "permits", "may"),
    ("The code requires governors to declare their interests.", "requires", "must"),
    ("The system is not able to store large files.", "advises", "informative"),
    ("The website cannot have more than ten pages.", "advises", "informative"),
])
def test_roles_beyond_staff_are_people_bound_by_a_rule(text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance"), [
    ("It is not the intention of this policy to stop staff from using social media.", "permits"),
    ("This policy is not intended to stop staff from using social media.", "permits"),
    ("The council does not wish to discourage staff from using social media.", "permits"),
    ("There is nothing to stop staff joining a political party.", "permits"),
    ("There is no restriction on staff joining a trade union.", "permits"),
    ("There are no restrictions on personal use outside working hours.", "permits with conditions"),
    ("The council does not object to staff using their own devices.", "permits"),
    ("Staff are not restricted from joining a union.", "permits"),
    ("The code is not intended to prohibit all social contact with suppliers.", "advises"),
    ("Staff who may wish to stand for election should speak to HR.", "requires"),
])
def test_not_meaning_to_hinder_an_act_permits_it_and_a_wish_in_a_relative_clause_is_no_advice(
        text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Staff must not only follow the code but also set an example.", "requires", "must"),
    ("Managers should not just approve requests but check them.", "requires", "should"),
    ("Staff must not fail to declare a gift.", "requires", "must"),
    ("Staff should never fail to report a breach.", "requires", "should"),
    ("Staff should not hesitate to contact HR.", "advises", "informative"),
    ("Do not hesitate to contact us.", "advises", "informative"),
    ("Staff may no longer use Facebook at work.", "prohibits", "must"),
    ("Staff are no longer permitted to smoke on site.", "prohibits", "must"),
    ("The council no longer uses Twitter.", "advises", "informative"),
    ("Staff must not share their passwords.", "prohibits", "must"),
])
def test_what_a_negated_modal_governs_decides_whether_it_forbids(text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "scope"), [
    ("Staff must not install apps on council-owned devices.", {"council equipment"}),
    ("Staff must not install apps on Trust-issued laptops.", {"council equipment"}),
    ("Staff must not use personally owned devices for council work.", {"personal equipment"}),
    ("Staff may use their own smartphones at lunch.", {"personal equipment", "outside working time"}),
    ("Staff must not use social media during their working day.", {"working time"}),
    ("Staff may use social media in their spare time.", {"outside working time"}),
    ("Staff may use social media outside office hours.", {"outside working time"}),
    ("Staff may use social media during their lunch hour.", {"outside working time"}),
    ("Staff must not post on their personal Facebook accounts about work.", {"personal accounts"}),
    ("These rules apply during and outwith office hours.", set()),
])
def test_scope_in_other_words_the_body_owning_or_issuing_kit_free_time_and_a_named_platform(
        text: str, scope: set[str]):
    assert set(propose_stance(text).scope) == scope


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Keep your tablet in a locked drawer overnight.", "requires", "must"),
    ("Please keep replies short and friendly.", "requires", "must"),
    ("If you lose a council phone, report it to the service desk the same day.", "requires", "must"),
    ("Before you share a photo of a colleague, ask them first.", "requires", "must"),
    ("We value your views, so please stay on topic.", "requires", "must"),
    ("Always sign off with your job title.", "requires", "must"),
    ("Don't forget to sign the visitors' book.", "requires", "must"),
    ("Please don't tag colleagues in holiday photos.", "prohibits", "must"),
    ("Avoid posting after a long shift.", "prohibits", "should"),
    ("We ask that you keep replies short.", "requires", "should"),
    ("Let's keep this page welcoming.", "requires", "should"),
])
def test_a_bare_imperative_is_told_not_asked_and_a_request_is_asked(text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance"), [
    ("The authority has to keep a list of its politically restricted posts.", "advises"),
    ("We must put in place a training plan for every new starter.", "advises"),
    ("To meet the Act, the board needs to review its standing orders every year.", "advises"),
    ("All health bodies are required to treat patients' complaints fairly.", "advises"),
    ("The HSE must consult staff before it changes the rota.", "advises"),
    ("We will always respond to letters within ten days.", "advises"),
    ("We'll only discuss a complaint with the person who made it.", "advises"),
    ("Screenshots of abusive replies will be saved for our records.", "advises"),
    ("We must stay neutral in our social media posts during an election.", "requires"),
    ("We need to make sure comments on our pages stay civil.", "requires"),
    ("Data held by the council must be kept secure.", "requires"),
    ("Software licensed to the trust must not be copied.", "prohibits"),
    ("Officers will only discuss a case with the named tenant.", "restricts"),
    ("We will always remove posts that name a child.", "requires"),
    ("We must ensure that staff do not share passwords.", "prohibits"),
])
def test_a_commitment_the_body_owes_is_no_rule_but_a_standard_for_its_posts_is(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Staff who breach this code may put their job at risk.", "advises", "informative"),
    ("Posting photos of patients could place your registration at risk.", "advises", "informative"),
    ("Unencrypted laptops can pose a risk to patient data.", "advises", "informative"),
    ("Beware of clicking links in unexpected emails.", "prohibits", "should"),
    ("This guidance is not meant to stifle debate among colleagues.", "permits", "may"),
    ("The policy is not intended to interfere with the private lives of staff.", "permits", "may"),
    ("The Representation of the People Act prohibits councils from publishing partisan material.", "prohibits", "must"),
    ("In this code, any reference to the Board is to be read as including its committees.", "advises", "informative"),
    ("Any mention of staff shall be construed as including agency workers.", "advises", "informative"),
])
def test_risk_as_a_consequence_beware_hindering_a_law_that_prohibits_and_a_definition(
        text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Teachers must keep a professional distance, avoid private messages with pupils and report any concern.",
     "prohibits", "must"),
    ("Staff should store case notes securely and not copy them to a memory stick.", "prohibits", "should"),
    ("You must log every visit and not share the log with anyone outside the team.", "prohibits", "must"),
    ("The page is run by volunteers and not funded by the council.", "advises", "informative"),
    ("Staff must keep to the rota, avoid behaviour that may upset others and tell their manager of any absence.",
     "requires", "must"),
    ("It is your responsibility to make clear that the views are yours and not those of the trust (unless you are "
     "authorised to speak for it).", "requires", "should"),
])
def test_an_avoidance_or_a_not_in_a_list_of_verbs_shares_the_modal(text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance"), [
    ("Volunteers are not expected or allowed to handle cash.", "prohibits"),
    ("Agency staff are neither required nor authorised to sign contracts.", "prohibits"),
    ("Staff are not expected to answer emails at weekends.", "permits"),
    ("Our aim is to reply to every enquiry within a week.", "advises"),
    ("The purpose of this page is to keep residents informed.", "advises"),
    ("The trust is under no obligation to publish every comment it receives.", "advises"),
    ("Staff are under no obligation to join the staff forum.", "permits"),
    ("If there is anything in this guide you don't understand, please ask the clerk.", "advises"),
    ("If you do not understand a request, ask for it in writing.", "advises"),
])
def test_a_coordinated_negated_permission_an_aim_a_denied_body_duty_and_help_with_understanding(
        text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance"), [
    ("Press officers will only confirm facts and will not give a view on policy.", "prohibits"),
    ("We will hide spam and will not reply to it.", "requires"),
    ("The council will not take part in online arguments.", "advises"),
    ("We will not name individual staff in our social media posts.", "prohibits"),
    ("Managers, as a rule, will sign off every press release.", "requires"),
    ("The council, as a rule, will reply within a week.", "advises"),
])
def test_what_a_person_or_the_body_will_not_do_and_a_subject_before_an_aside(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance"), [
    ("We may delete replies without notification.", "permits"),
    ("We may delete replies without prior notice.", "permits"),
    ("Staff may use the laptop at home without their manager's approval.", "permits with conditions"),
])
def test_a_power_used_without_notification_is_unconditioned(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("If you have a question about your pay, please contact the payroll team.", "advises", "informative"),
    ("If your message contains medical details, please send it to us in another way.", "requires", "must"),
    ("If you wish to appeal a decision then please do this through the appeals procedure.", "requires", "must"),
    ("If you want to raise a grievance, please do so via your line manager.", "requires", "must"),
    ("If you need help, please ask a colleague.", "advises", "informative"),
])
def test_help_offered_is_no_rule_but_a_channel_directed_to_is(text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("check that every person in the picture has agreed to it", "Photos should be handled with care;",
     "requires", "must"),
    ("check that every person in the picture has agreed to it", "When handling photos you should:", "requires", "should"),
    ("check the settings of the account", "Staff should take care with new accounts.", "requires", "must"),
])
def test_an_item_under_a_lead_in_that_is_a_sentence_of_its_own_is_a_bare_imperative(
        text: str, lead_in: str, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading


@pytest.mark.parametrize(("text", "stance"), [
    ("Staff may accept gifts worth up to £25.", "permits with conditions"),
    ("Staff may accept gifts not exceeding £25 in value.", "permits with conditions"),
    ("Staff may accept gifts valued at under £25.", "permits with conditions"),
    ("Staff may accept gifts up to a value of twenty pounds.", "permits with conditions"),
    ("Staff may use the internet for personal purposes for no longer than 30 minutes a day.",
     "permits with conditions"),
    ("Staff may accept modest hospitality.", "permits"),
    ("Staff may accept gifts from up to three suppliers.", "permits with conditions"),
])
def test_a_cap_on_value_or_time_bounds_a_permission(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


# Sentences written for the kinds of error that recurred in the batches' dev halves before any round
# had read them (imperatives, who must act, duties without a modal, lists, facts read as rules, limits,
# negation, permissions with conditions); none is taken from the labelled set.


# Imperatives in the verbs and shapes policies use: a verb pair, a hyphen, a plural object, a fronted
# condition, "please remember to".
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("Report any suspected phishing email to the IT service desk.", None, "requires", "must"),
    ("Keep your password to yourself.", None, "requires", "must"),
    ("Log off or lock your computer whenever you leave it unattended.", None, "requires", "must"),
    ("Respect the privacy of colleagues and service users at all times.", None, "requires", "must"),
    ("Never share your login details with anyone.", None, "prohibits", "must"),
    ("Be professional: treat others online as you would in person.", None, "requires", "must"),
    ("Declare any gift or hospitality offered to you, whether or not you accept it.", None, "requires", "must"),
    ("Seek advice from your line manager if you are unsure.", None, "requires", "must"),
    ("Where a conflict of interest arises, inform your manager in writing.", None, "requires", "must"),
    ("Please remember to log out of shared devices.", None, "requires", "must"),
    ("Please treat everyone on this page with courtesy.", None, "requires", "must"),
    ("Refrain from commenting on political matters during the election period.", None, "prohibits", "must"),
    ("Think carefully before accepting a friend request from a pupil.", None, "requires", "must"),
    ("Make sure your privacy settings are appropriate.", None, "requires", "must"),
    ("Stay neutral when posting about council business.", None, "requires", "must"),
    ("Familiarise yourself with the council's social media policy.", None, "requires", "must"),
    ("Take care to protect confidential information.", None, "requires", "must"),
    ("If in doubt, leave it out.", None, "requires", "must"),
    ("Protect your device with a strong password or PIN.", None, "requires", "must"),
    ("Switch off your camera when you are not speaking.", None, "requires", "must"),
    ("Tag posts about council services with the council's hashtag.", None, "requires", "must"),
    ("Encrypt any laptop that holds personal data.", None, "requires", "must"),
    ("Back up your work to the network drive.", None, "requires", "must"),
    ("Decline any gift that could be seen as an inducement.", None, "requires", "must"),
    ("Record all hospitality in the register within 28 days.", None, "requires", "must"),
    ("Be polite and respectful in all your dealings with the public.", None, "requires", "must"),
    ("Disclose any close personal relationship to your line manager.", None, "requires", "must"),
    ("Remember to log out of shared computers.", None, "requires", "must"),
    ("Double-check the recipient before sending an email.", None, "requires", "must"),
    ("Always use your council email address for council business.", None, "requires", "must"),
    ("Store passwords in the approved password manager.", None, "requires", "must"),
    ("Never leave your laptop in an unattended car.", None, "prohibits", "must"),
    ("Please don't share photos of colleagues without their consent.", None, "prohibits", "must"),
    ("Avoid posting when you are tired or upset.", None, "prohibits", "should"),
    ("Return all equipment to IT when you leave.", None, "requires", "must"),
])
def test_a_bare_imperative_of_any_verb_is_told_and_an_avoidance_asked(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# The body's own commitments are no rule; its standard for its own posts, its moderation, managers'
# duties and rules in the first person ("I will keep …", "I agree not to …") are.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("The council will provide training on this policy for all new starters.", None, "advises", "informative"),
    ("We will review this policy every two years.", None, "advises", "informative"),
    ("The Trust is committed to supporting staff who raise concerns.", None, "advises", "informative"),
    ("The authority must keep a register of gifts and hospitality.", None, "advises", "informative"),
    ("We aim to respond to all messages within five working days.", None, "advises", "informative"),
    ("We may ask you to confirm your identity before we discuss your account.", None, "advises", "informative"),
    ("The council needs to ensure that it complies with the Data Protection Act.", None, "advises", "informative"),
    ("The organisation has a duty to protect the health and safety of its employees.", None, "advises", "informative"),
    ("Members of the public are entitled to expect that officers act impartially.", None, "advises", "informative"),
    ("We will not tolerate abuse directed at our staff.", None, "prohibits", "must"),
    ("We will remove any comment that contains offensive language.", None, "requires", "must"),
    ("Our posts will not express a view on any political party.", None, "prohibits", "must"),
    ("We avoid jargon in our posts.", None, "prohibits", "should"),
    ("We avoid using abbreviations and acronyms.", None, "prohibits", "should"),
    ("The college is required by law to keep a register of interests.", None, "advises", "informative"),
    ("Line managers must ensure that new staff read this policy.", None, "requires", "must"),
    ("Managers will make sure that their teams understand this policy.", None, "requires", "must"),
    ("HR will keep a record of all declarations.", None, "advises", "informative"),
    ("I will not share my password with anyone.", None, "prohibits", "must"),
    ("I will keep my password secure.", None, "requires", "must"),
    ("I will not use the council's network to access offensive material.", None, "prohibits", "must"),
    ("I will report any loss of equipment to the IT team.", None, "requires", "must"),
    ("I will only use the system for work purposes.", None, "restricts", "must"),
    ("I agree not to install unlicensed software.", None, "prohibits", "must"),
    ("I understand that my use of the internet may be monitored.", None, "advises", "informative"),
    ("I will always lock my screen when I leave my desk.", None, "requires", "must"),
    ("I must not disclose confidential information.", None, "prohibits", "must"),
    ("I will make sure that my posts do not bring the school into disrepute.", None, "requires", "must"),
    ("I will not accept friend requests from pupils.", None, "prohibits", "must"),
    ("I will respect the privacy of others.", None, "requires", "must"),
])
def test_who_must_act_decides_whether_a_duty_is_a_rule(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# A duty or ban laid by a text, a law or a role rather than a modal ("The regulations bar officers … from",
# "It is up to you to").
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("It is your responsibility to keep your password secure.", None, "requires", "should"),
    ("The code requires employees to declare any outside work.", None, "requires", "must"),
    ("Staff are obliged to report any breach of this policy.", None, "requires", "must"),
    ("There is an expectation that staff will behave professionally online.", None, "requires", "should"),
    ("Employees are prohibited from accepting cash gifts.", None, "prohibits", "must"),
    ("Officers are forbidden to use council equipment for political campaigning.", None, "prohibits", "must"),
    ("Staff are precluded from holding office in a political party.", None, "prohibits", "must"),
    ("The regulations bar officers in politically restricted posts from standing for election.",
     None, "prohibits", "must"),
    ("You have an obligation to protect personal data.", None, "requires", "must"),
    ("It is a requirement that all gifts are recorded in the register.", None, "requires", "must"),
    ("It is up to you to check that the information is accurate.", None, "requires", "should"),
    ("All employees are under a duty to act with integrity.", None, "requires", "must"),
    ("Staff are barred from using personal email for council business.", None, "prohibits", "must"),
    ("The law prevents officers from canvassing on behalf of a candidate.", None, "prohibits", "must"),
    ("Did you know that you must declare any gift worth more than £25?", None, "requires", "must"),
])
def test_obligations_and_prohibitions_without_a_modal(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# Lists: a lead-in that requires holders of posts ("require holders of these posts:" + "Not to …"), a
# relative clause naming who is meant under a lead-in that lists, verbs sharing one modal.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("Staff must be courteous, avoid offensive language and respect the views of others.", None, "prohibits", "must"),
    ("You should protect your password and never share it with others.", None, "prohibits", "should"),
    ("Employees must declare the gift and not accept any further hospitality from that supplier.",
     None, "prohibits", "must"),
    ("Users must keep their accounts secure and must not allow others to use them.", None, "prohibits", "must"),
    ("post anything that could bring the council into disrepute;", "You must not:", "prohibits", "must"),
    ("Not to act as an election agent or sub-agent;",
     "The regulations require holders of these posts:", "prohibits", "must"),
    ("Not to accept gifts of any value from contractors;", "Employees are required:", "prohibits", "must"),
    ("to declare any interest in a contract;", "Employees are required:", "requires", "must"),
    ("Lock your screen when you leave your desk.", "Follow these rules:", "requires", "must"),
    ("use a strong password", "You should:", "requires", "should"),
    ("Officers will remain impartial and will not express political views at work.", None, "prohibits", "must"),
    ("Staff should take care with what they post and never reveal confidential information.",
     None, "prohibits", "should"),
    ("The Chief Executive and the Directors.",
     "The posts that are politically restricted are:", "advises", "informative"),
    ("any post whose holder is required to advise the Cabinet.",
     "The politically restricted posts are as follows:", "advises", "informative"),
    ("use council equipment for party political purposes;",
     "Officers in politically restricted posts must not:", "prohibits", "must"),
    ("give advice to political groups;", "Employees must not:", "prohibits", "must"),
    ("declare the gift in the register;", "If you accept a gift, you must:", "requires", "must"),
    ("accepting cash or vouchers;", "Examples of unacceptable behaviour include:", "prohibits", "must"),
    ("personal calls at lunch time;", "Acceptable uses include:", "permits with conditions", "may"),
    ("Do not share your password.", "Keep your account secure.", "prohibits", "must"),
    ("Check your privacy settings.", "Follow these simple steps:", "requires", "must"),
    ("speak at public meetings on party political matters;",
     "Holders of politically restricted posts are not allowed to:", "prohibits", "must"),
    ("be courteous to colleagues;", "All employees are expected to:", "requires", "should"),
    ("not bring the council into disrepute.", "All employees are expected to:", "prohibits", "should"),
])
def test_items_lead_ins_and_verbs_sharing_a_modal(text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# What states no rule: a possibility, a description of the policy, a consequence, a definition, a
# cross-reference, "maintain an awareness that".
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("Social media can help us reach people who do not read our newsletters.", None, "advises", "informative"),
    ("Colleagues may develop friendships outside work.", None, "advises", "informative"),
    ("Posts on personal accounts can damage the reputation of the council.", None, "advises", "informative"),
    ("This guidance sets out what you should do when offered a gift.", None, "advises", "informative"),
    ("This section explains when you may accept hospitality.", None, "advises", "informative"),
    ("The aim of this policy is to make sure staff know what is expected of them.", None, "advises", "informative"),
    ("Failure to follow this policy could lead to disciplinary action.", None, "advises", "informative"),
    ("A conflict of interest arises where a member of staff has a personal interest in a decision.",
     None, "advises", "informative"),
    ("For example, a supplier may offer tickets to a sporting event.", None, "advises", "informative"),
    ("See section 4 for guidance on personal use.", None, "advises", "informative"),
    ("Please refer to the Code of Conduct for further details.", None, "advises", "informative"),
    ("The use of video is being considered and depends on available staff.", None, "advises", "informative"),
    ("Remember that anything you post online may be seen by anyone.", None, "advises", "informative"),
    ("It is not uncommon for patients to want to thank staff with a gift.", None, "advises", "informative"),
    ("Maintain an awareness that what you post may be shared widely.", None, "advises", "informative"),
    ("Maintain an awareness of the risks of sharing personal information online.", None, "advises", "informative"),
    ("Assume that anything you post will be seen by your employer.", None, "advises", "informative"),
    ("Breaches of this policy may result in disciplinary action, up to and including dismissal.",
     None, "advises", "informative"),
    ("Any employee found to have misused the system will be subject to the disciplinary procedure.",
     None, "advises", "informative"),
    ("Misuse of social media could damage the reputation of the council.", None, "advises", "informative"),
    ("Failure to declare an interest may be treated as gross misconduct.", None, "advises", "informative"),
    ("Inappropriate posts may lead to a complaint to the regulator.", None, "advises", "informative"),
    ("If you breach this code, you could lose your job.", None, "advises", "informative"),
    ("Accepting a gift of this kind may put you at risk of a bribery allegation.", None, "advises", "informative"),
    ("Sharing confidential information can expose the council to legal action.", None, "advises", "informative"),
    ("You may be personally liable for anything you post.", None, "advises", "informative"),
    ("Non-compliance may result in access to the network being withdrawn.", None, "advises", "informative"),
])
def test_facts_consequences_references_and_awareness_state_no_rule(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# Limits: a use mainly for work, what is reserved for a purpose, only some may act.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("Council email accounts are to be used for council business.", None, "restricts", "must"),
    ("The internet connection is for work purposes only.", None, "restricts", "must"),
    ("Mobile phones issued by the council must be used mainly for work.", None, "restricts", "must"),
    ("Personal use must be limited to lunch breaks.", None, "restricts", "must"),
    ("Official accounts may only be used by authorised officers.", None, "restricts", "must"),
    ("Only the communications team can post on the council's accounts.", None, "restricts", "must"),
    ("Corporate accounts are reserved for official announcements.", None, "restricts", "must"),
    ("Council IT equipment should be used for business purposes only.", None, "restricts", "should"),
])
def test_limits_in_other_words(text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# Negation: a duty that a thing is not so, two verbs under one "not", "neither … nor", a negated need.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("Managers must ensure that the relationship does not affect decisions about pay.", None, "requires", "must"),
    ("Staff are not permitted or expected to give personal opinions to the press.", None, "prohibits", "must"),
    ("This policy is not intended to prevent staff from using social media in their own time.",
     None, "permits with conditions", "may"),
    ("Staff are not required to disclose the details of the relationship.", None, "permits", "may"),
    ("You should never post while angry.", None, "prohibits", "should"),
    ("No employee may accept a gift from a contractor.", None, "prohibits", "must"),
    ("Under no circumstances should staff share patient information online.", None, "prohibits", "should"),
    ("Employees should not fail to declare an interest.", None, "requires", "should"),
    ("It is not acceptable to use council equipment for private business.", None, "prohibits", "must"),
    ("Staff must not be seen to favour any candidate.", None, "prohibits", "must"),
    ("Staff must not be involved in decisions about a relative's pay.", None, "prohibits", "must"),
    ("You should ensure that your profile does not identify you as a council employee.", None, "requires", "should"),
    ("Managers must make sure that staff do not work alone at night.", None, "prohibits", "must"),
    ("It is not necessary to declare gifts of chocolates or flowers.", None, "permits", "may"),
    ("Employees do not need permission to join a trade union.", None, "permits", "may"),
    ("There is no objection to staff using the internet at lunch.", None, "permits with conditions", "may"),
    ("Nobody may use another person's login.", None, "prohibits", "must"),
    ("Officers should not only be impartial but also be seen to be impartial.", None, "requires", "should"),
    ("Neither staff nor councillors may accept gifts from bidders.", None, "prohibits", "must"),
    ("We do not expect you to monitor your email outside working hours.", None, "permits with conditions", "may"),
])
def test_what_a_negation_governs(text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# Permissions and their conditions, among them a cap on value in what is permitted ("Gifts worth less
# than £25 may be accepted").
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("Staff may accept modest hospitality provided it is declared.", None, "permits with conditions", "may"),
    ("You may use the internet for personal reasons during your lunch break.", None, "permits with conditions", "may"),
    ("Employees can take on a second job as long as it does not conflict with their council duties.",
     None, "permits with conditions", "may"),
    ("With your manager's approval, you may work from home one day a week.", None, "permits with conditions", "may"),
    ("Gifts worth less than £25 may be accepted.", None, "permits with conditions", "may"),
    ("Staff are free to join a political party, subject to the restrictions in section 4.",
     None, "permits with conditions", "may"),
    ("You are allowed to use your own phone at work, but not in client areas.", None, "permits with conditions", "may"),
    ("Officers may speak to the media where they have the approval of the communications team.",
     None, "permits with conditions", "may"),
    ("Staff may use social media at work for personal reasons.", None, "permits", "may"),
    ("Employees may join a trade union.", None, "permits", "may"),
    ("Reasonable personal use of email is permitted outside working hours.", None, "permits with conditions", "may"),
    ("Subject to the approval of the Chief Executive, employees may undertake outside work.",
     None, "permits with conditions", "may"),
])
def test_permissions_and_the_conditions_on_them(text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# Who must act, in more words: the body's duty however it is worded ("has a legal duty to"), a
# task that falls to someone, "will never" and "we never" for the body's own posts only.
@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("The Trust will ensure that all staff receive training on information governance.", "advises", "informative"),
    ("The university will investigate any complaint about the conduct of its staff.", "advises", "informative"),
    ("We are committed to responding to all enquiries promptly.", "advises", "informative"),
    ("The council has a legal duty to keep a list of politically restricted posts.", "advises", "informative"),
    ("The authority must not publish material that appears designed to affect support for a party.", "prohibits",
     "must"),
    ("Councillors are entitled to expect officers to treat them with respect.", "advises", "informative"),
    ("It falls to each manager to make sure their staff understand this code.", "requires", "should"),
    ("Every employee has a responsibility to report suspected fraud.", "requires", "should"),
    ("Officers are expected not to express political views in public.", "prohibits", "should"),
    ("This guidance explains what staff can and cannot post.", "advises", "informative"),
    ("Employees may come across information that is confidential.", "advises", "informative"),
    ("Staff may feel under pressure to accept a gift.", "advises", "informative"),
    ("Keep your manager informed of any outside work.", "requires", "must"),
    ("Use of council equipment for personal purposes is restricted to break times.", "restricts", "must"),
    ("I will use the internet responsibly.", "requires", "must"),
    ("I will never post pupils' photographs on my personal accounts.", "prohibits", "must"),
    ("I understand that breaking these rules may lead to disciplinary action.", "advises", "informative"),
    ("Where I am unsure, I will ask my line manager.", "requires", "must"),
    ("We never share personal details of residents on our social media accounts.", "prohibits", "must"),
    ("We never ask for your password or bank details.", "advises", "informative"),
    ("We will never ask you for your password.", "advises", "informative"),
])
def test_who_must_act_in_more_words(text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# A duty in the passive and whose it is; a wh-clause that ends before the main clause's modal.
@pytest.mark.parametrize(("text", "stance", "strength"), [
    ("Training will be provided for all staff who use social media for work.", "advises", "informative"),
    ("Staff will be given a copy of this policy when they start.", "advises", "informative"),
    ("A register of interests will be kept by Democratic Services.", "advises", "informative"),
    ("This policy will be reviewed every three years.", "advises", "informative"),
    ("Support will be offered to any employee who is harassed online.", "advises", "informative"),
    ("Employees will be expected to declare any gifts they receive.", "requires", "must"),
    ("Any offer of hospitality must be recorded in the register within 28 days.", "requires", "must"),
    ("Comments that break these rules will be hidden.", "requires", "must"),
    ("Staff will be held personally responsible for any content they publish.", "advises", "informative"),
    ("Requests for a copy must be passed to the Clerk.", "requires", "must"),
    ("All new starters are required to complete data protection training.", "requires", "must"),
    ("Managers are responsible for making sure their teams follow this policy.", "requires", "should"),
    ("Staff who use social media for work must complete the training first.", "requires", "must"),
    ("You will need to get your manager's approval before you take on outside work.", "requires", "should"),
    ("Employees who are unsure whether a gift is acceptable should ask their manager.", "requires", "should"),
    ("Staff who are unsure whether to accept a gift should ask their manager.", "requires", "should"),
    ("Anyone who is in doubt about whether to declare an interest should ask HR.", "requires", "should"),
    ("This is not an exhaustive list of what you can and cannot do.", "advises", "informative"),
    ("Staff often ask whether they may use their own phones.", "advises", "informative"),
    ("If you are not sure whether you can accept a gift, ask your manager.", "requires", "must"),
])
def test_a_duty_in_the_passive_and_a_wh_clause_that_ends_before_the_modal(text: str, stance: Stance,
                                                                        strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# Items under lead-ins of every kind: a ban or duty in other words, what may or must never be accepted,
# what the body removes or does not allow, a list that only names posts or subjects.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("canvass on behalf of a candidate;", "Holders of politically restricted posts are prohibited from:",
     "prohibits", "must"),
    ("acting as an election agent;", "Holders of politically restricted posts are barred from:", "prohibits", "must"),
    ("speaking in public on party political matters.", "Politically restricted post holders cannot:",
     "prohibits", "must"),
    ("ensuring their posts are accurate;", "Staff are responsible for:", "requires", "should"),
    ("gifts of low value such as pens or diaries;", "The following may be accepted:", "permits", "may"),
    ("cash or gift vouchers;", "The following must never be accepted:", "prohibits", "must"),
    ("cash or gift vouchers;", "You should never accept:", "prohibits", "should"),
    ("post comments about colleagues;", "Do not:", "prohibits", "must"),
    ("Think before you post;", "Our top tips:", "requires", "must"),
    ("offensive or abusive language;", "We will remove posts that contain:", "requires", "must"),
    ("personal attacks on staff;", "We do not allow:", "prohibits", "must"),
    ("to declare any conflict of interest;", "All staff have a duty:", "requires", "must"),
    ("Not to use council resources for private gain;", "Employees have a duty:", "prohibits", "must"),
    ("report it to your manager;", "If you receive a suspicious email, you should:", "requires", "should"),
    ("Staff must not post anything that is discriminatory.", "Examples of good practice include:", "prohibits", "must"),
    ("the Chief Executive;", "The following posts are politically restricted:", "advises", "informative"),
    ("bullying or harassment;", "This policy covers:", "advises", "informative"),
])
def test_items_under_lead_ins_of_every_kind(text: str, lead_in: str, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# A permission that holds only if something is so, with the condition as a clause of its own after
# it, bounds the permission; a permission whose object is only described does not.
@pytest.mark.parametrize(("text", "stance"), [
    ("We may suspend an account without warning if the terms of use are broken.", "permits with conditions"),
    ("The moderators can hide a reply when its content is abusive.", "permits with conditions"),
    ("Staff may keep a small gift if it is worth less than the limit in the register.", "permits with conditions"),
    ("You may take your laptop home if your manager has agreed.", "permits with conditions"),
    ("We reserve the right to delete messages if a user continues to post advertising.", "permits with conditions"),
    ("Officers may attend the event when their line manager has signed the form.", "permits with conditions"),
    ("We reserve the right to delete messages that advertise goods or services.", "permits"),
    ("The moderators can hide any reply they consider abusive.", "permits"),
    ("Staff may keep small gifts of chocolates or flowers.", "permits"),
])
def test_a_condition_clause_after_a_permission_bounds_it(text: str, stance: Stance):
    reading = propose_stance(text)
    assert reading.stance == stance, reading.cue


# A duty or ban without a modal: a requirement to act, no place for a thing, the responsibility of the
# individual, approval needed; a presumption stated as what the rule should be. Being responsible for what one
# posts states a liability, as the labelled set has it.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("There is also a requirement to notify HR of any change within 28 days.", None, "requires", "must"),
    ("There is a requirement for all staff to complete the training each year.", None, "requires", "must"),
    ("There is no place on our pages for abusive or threatening comments.", None, "prohibits", "must"),
    ("There's absolutely no place for racist content on this forum.", None, "prohibits", "must"),
    ("Personal abuse has no place on our social media channels.", None, "prohibits", "must"),
    ("There is no room for discrimination of any kind in our workplace.", None, "prohibits", "must"),
    ("You are responsible for anything you post on your own accounts.", None, "advises", "informative"),
    ("Each member of staff is personally responsible for the security of their password.",
     None, "advises", "informative"),
    ("Users are solely responsible for the content of their messages.", None, "advises", "informative"),
    ("Decisions about what to declare are the responsibility of the individual.", None, "requires", "should"),
    ("Keeping the register up to date is the responsibility of each officer.", None, "requires", "should"),
    ("Prior approval is needed for any filming on council premises.", None, "requires", "should"),
    ("Written consent is needed for photographs of patients to be used.", None, "requires", "should"),
    ("Permission is required before any recording is made in a ward.", None, "requires", "must"),
    ("The council is responsible for the content of its own website.", None, "advises", "informative"),
    ("There is no requirement to declare gifts worth less than £25.", None, "permits with conditions", "may"),
    ("Support is needed from all managers if the policy is to work.", None, "advises", "informative"),
    ("The presumption should always be not to accept gifts from contractors.", None, "prohibits", "should"),
    ("The default position must be to decline any offer of hospitality.", None, "requires", "must"),
    ("The general rule should be that staff refuse gifts of any value.", None, "requires", "should"),
])
def test_a_duty_or_ban_without_a_modal_and_a_presumption(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# A code in the voice of those it binds: "I" and a present-tense verb, "we" who are members or who act as only
# people do; what "I" knows or has done, "will consider", and what the body will do for the reader are no rules.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("I do not accept gifts or hospitality which could be seen to influence my decisions.",
     "As a Member:", "prohibits", "must"),
    ("I register any gift worth more than £25 with the Monitoring Officer within 28 days.",
     "As a Member:", "requires", "must"),
    ("I treat all colleagues and members of the public with respect.", "As a councillor:", "requires", "must"),
    ("I never use my position to gain an advantage for myself or others.", "As a Member:", "prohibits", "must"),
    ("I don't disclose information given to me in confidence.", None, "prohibits", "must"),
    ("I declare any interest that is relevant to a matter under discussion.", None, "requires", "must"),
    ("I understand that breaches of this code may lead to a complaint.", None, "advises", "informative"),
    ("I am aware that my conduct online can reflect on the council.", None, "advises", "informative"),
    ("I will consider donating gifts I receive to charity.", "As a Member:", "advises", "informative"),
    ("I have read and understood this code.", None, "advises", "informative"),
    ("We will not use language which others might find offensive.", None, "prohibits", "must"),
    ("We will respect confidentiality and will not disclose personal information about members without their consent.",
     None, "prohibits", "must"),
    ("As members of the committee we will uphold the values of the association.", None, "requires", "must"),
    ("In representing the co-op, we are ambassadors for it and will uphold its policies.", None, "requires", "must"),
    ("As board members, we will declare any interest in a matter before the board.", None, "requires", "must"),
    ("We will not reply to every comment on our page.", None, "advises", "informative"),
    ("We will review this policy every two years.", None, "advises", "informative"),
    ("We will respond to your email within five working days.", None, "advises", "informative"),
])
def test_a_code_in_the_voice_of_those_it_binds(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# Imperatives: an emphatic "Do", "always" after a condition with no comma, speaking to someone when in doubt;
# a "Do not" item takes the modal of a lead-in it completes.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("DO treat others with respect", "When acting in your role as a member of the authority:", "requires", "must"),
    ("Do check the recipient's address before you press send.", None, "requires", "must"),
    ("Do report any suspicious email to the service desk.", None, "requires", "must"),
    ("Do you have a question about this policy?", None, "advises", "informative"),
    ("Even if you have declined the offer always record it in the register.", None, "requires", "must"),
    ("If you are unsure always ask your line manager first.", None, "requires", "must"),
    ("When in doubt always check with the communications team.", None, "requires", "must"),
    ("If you are in doubt about the interpretation of the code, please speak to the Monitoring Officer.",
     None, "requires", "must"),
    ("If in doubt, please seek advice from your manager before accepting.", None, "requires", "must"),
    ("If you have any questions about this policy, please contact HR.", None, "advises", "informative"),
    ("Do not post the same message more than once.", "We ask that you:", "prohibits", "should"),
    ("Do not share other people's personal details.", "We ask that you:", "prohibits", "should"),
    ("Do not share other people's personal details.", "You must:", "prohibits", "must"),
    ("Do not share other people's personal details.", "Please:", "prohibits", "must"),
])
def test_emphatic_and_conditioned_imperatives_and_a_do_not_completing_a_request(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# No rule: a cross-reference in other words, what the rules are, what may happen, what a document summarises,
# the body's duty named as a thing, a number offered to call.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("This policy should be read in conjunction with the IT security policy.", None, "advises", "informative"),
    ("This policy should be viewed in conjunction with the University's IT Policy.", None, "advises", "informative"),
    ("It should not be regarded in isolation but should be interpreted in the context of all other policies.",
     None, "advises", "informative"),
    ("The guidance should be considered alongside the code of conduct.", None, "advises", "informative"),
    ("This code must be read together with the gifts and hospitality policy.", None, "advises", "informative"),
    ("The code of conduct is the set of standards which every employee is expected to follow.",
     None, "advises", "informative"),
    ("These are the rules that all councillors must comply with.", None, "advises", "informative"),
    ("The framework sets the standards which staff are required to meet, including agency workers.",
     None, "advises", "informative"),
    ("These guidelines cover relationships that may exist or may have existed in the past.",
     None, "advises", "informative"),
    ("We are a small team and it may take longer to answer.", None, "advises", "informative"),
    ("Replies may take up to a week during busy periods.", None, "advises", "informative"),
    ("It is recognised that there will be circumstances where staff will need to withdraw from a decision.",
     None, "advises", "informative"),
    ("There may be occasions when managers need to review access logs.", None, "advises", "informative"),
    ("The purpose of this document is to summarise how employees, as civil servants, are to be seen to act "
     "with integrity.",
     None, "advises", "informative"),
    ("This note summarises what staff should do when offered a gift.", None, "advises", "informative"),
    ("We take our duty of care to patients very seriously.", None, "advises", "informative"),
    ("We advise residents with enquiries to contact our customer service team – call 01234 567890.",
     None, "advises", "informative"),
    ("For urgent enquiries call 01234 567890 or email us.", None, "advises", "informative"),
    ("Call the service desk immediately if your laptop is lost.", None, "requires", "must"),
    ("Staff must follow the code of conduct.", None, "requires", "must"),
    ("You should read this policy together with the code of conduct.", None, "requires", "should"),
])
def test_cross_references_definitions_possibilities_and_purposes_state_no_rule(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# Who must act: bodies in the plural owe their own duties; what the reader is assured of is read plainly; blocking
# in the passive is enforcement; a release or post issued or checked by someone is a standard for the body's
# communications; what the body promises its staff will do for the reader is its commitment; a welcome permits.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("Local authorities are required to have regard to the code.", None, "advises", "informative"),
    ("All public authorities are required by law to keep a register of interests.", None, "advises", "informative"),
    ("Councils must keep a register of members' interests.", None, "advises", "informative"),
    ("Staff are required to have regard to the code.", None, "requires", "must"),
    ("Please be assured that we will never post personal information about patients on social media.",
     None, "prohibits", "must"),
    ("Rest assured that we will not share your comments on our social media pages.", None, "prohibits", "must"),
    ("Please be assured that we will respond to your complaint.", None, "advises", "informative"),
    ("Anyone who repeatedly posts abuse will be blocked from the page.", None, "requires", "must"),
    ("Users who break these rules will be blocked and reported to the platform.", None, "requires", "must"),
    ("All press releases will be issued by the press office.", None, "requires", "must"),
    ("Every post will be checked by a second officer before it is published.", None, "requires", "must"),
    ("Media statements will be signed off by the head of communications.", None, "requires", "must"),
    ("answer your letters within 15 working days;", "We will ensure that our staff:", "advises", "informative"),
    ("will not keep you waiting without an explanation;", "We will ensure that our staff:", "advises", "informative"),
    ("treat you with courtesy;", "We promise that our staff will:", "advises", "informative"),
    ("complete the training within a month;", "Managers will ensure that their staff:", "requires", "must"),
    ("Conversation and debate are welcome on our social media channels.", None, "permits", "may"),
    ("Comments and questions are welcome on this page.", None, "permits", "may"),
    ("You are welcome to share our posts.", None, "permits", "may"),
])
def test_bodies_in_the_plural_assurances_enforcement_and_promises(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# Lead-ins: criteria a use is judged by make each "it does not" item a ban; examples ("will include:") state
# no rule; a heading "What to record:" lays a duty on each item, whatever an aside in brackets says.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("it does not interfere with the College's business",
     "The following criteria will be used in determining whether personal use is acceptable:", "prohibits", "must"),
    ("it does not incur any cost to the council", "Personal use will be judged acceptable where:", "prohibits", "must"),
    ("decisions involving academic assessment",
     "Conflicts of interest may arise in many situations, and these will include:", "advises", "informative"),
    ("recruitment and promotion panels", "Examples will include:", "advises", "informative"),
    ("Any gift with a value over £50 (gifts under £50 don't need to be declared).",
     "What to record:", "requires", "must"),
    ("gifts from suppliers over £25", "What to declare:", "requires", "must"),
    ("the name of the person who made the offer", "What to include:", "requires", "must"),
    ("Use the online form to register the gift", "How to record:", "requires", "must"),
    ("what we will do next", "What happens next:", "advises", "informative"),
    ("Communications will meet the following criteria: be accurate", None, "requires", "must"),
    ("it does not involve commercial activity", "Personal use will be deemed acceptable where:", "prohibits", "must"),
    ("they do not conflict with the council's interests", "Outside work is judged reasonable if:", "prohibits", "must"),
    ("the date the gift was offered", "What to include:", "requires", "must"),
    ("the main reception", "Where to find us:", "advises", "informative"),
])
def test_lead_ins_of_criteria_examples_and_headings(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# A verb done solely or only in a sphere is limited.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("You should act solely in terms of the public interest.", None, "restricts", "should"),
    ("Officers must act only in the interests of the council.", None, "restricts", "must"),
    ("Staff should use their accounts solely for work.", None, "restricts", "should"),
    ("Members must act solely in the public interest.", None, "restricts", "must"),
    ("Staff should act in the public interest.", None, "requires", "should"),
    ("Officers should take decisions only in the public interest.", None, "restricts", "should"),
    ("Council equipment must be used solely for council business.", None, "restricts", "must"),
    ("You must use the account exclusively for official announcements.", None, "restricts", "must"),
    ("Members should be solely responsible for their own posts.", None, "requires", "should"),
    ("Staff must not act solely on their own judgement in such cases.", None, "prohibits", "must"),
    ("The shared mailbox should be used solely for enquiries from the public.", None, "restricts", "should"),
])
def test_a_verb_done_solely_or_only_in_a_sphere_is_limited(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# What a negation governs: the body's duty named inside what is forbidden is no duty laid on the reader.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("DO NOT conduct yourself in a manner which is contrary to the Authority's duty to promote high standards",
     "When acting in your role as a member of the authority:", "prohibits", "must"),
    ("Do not act in a way that undermines the council's duty to treat everyone fairly.", None, "prohibits", "must"),
    ("Never behave in a way that conflicts with the trust's duty of care to patients.", None, "prohibits", "must"),
    ("Staff must not act against the council's duty to be impartial.", None, "prohibits", "must"),
    ("Do not behave in a way which conflicts with the council's duty to protect children.", None, "prohibits", "must"),
    ("Never post anything that undermines our duty of care to patients.", None, "prohibits", "must"),
    ("You must not disregard the trust's duty to maintain confidentiality.", None, "prohibits", "must"),
    ("We take our legal duty to protect personal data seriously.", None, "advises", "informative"),
    ("Our duty to safeguard children comes first.", None, "advises", "informative"),
    ("Staff have a duty to report concerns.", None, "requires", "must"),
    ("Every employee has a duty of care to service users.", None, "requires", "must"),
])
def test_the_body_duty_named_inside_what_is_forbidden_is_no_duty(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# Permissions in other words: a body named by its initials that allows a use, a passive permission to carry out
# or undertake, "could accept … but must", an act that "is fine" (and a ban after ", but" bounds it).
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ("HMRC allows employees reasonable personal use of IT systems provided that it is in their own time.",
     None, "permits with conditions", "may"),
    ("The university allows staff to use its computers for personal email outside working hours.",
     None, "permits with conditions", "may"),
    ("The trust permits employees personal use of email at lunchtime.", None, "permits with conditions", "may"),
    ("Monitoring of email may also be carried out where there is a suspicion of fraud.",
     None, "permits with conditions", "may"),
    ("Personal calls may be made during breaks.", None, "permits with conditions", "may"),
    ("In such cases you could accept the gift but must make sure it is registered.",
     None, "permits with conditions", "may"),
    ("Staff could accept a modest gift but must declare it.", None, "permits with conditions", "may"),
    ("This could damage the council's reputation.", None, "advises", "informative"),
    ("The NHS allows staff reasonable personal use of email provided it is not excessive.",
     None, "permits with conditions", "may"),
    ("Searches of the network may be undertaken where there is a suspicion of misuse.",
     None, "permits with conditions", "may"),
    ("Audits of email use may be carried out at any time.", None, "permits", "may"),
    ("Disciplinary action may be carried out against anyone who breaks this policy.", None, "advises", "informative"),
    ("Sharing our posts is fine, but there is no place for abuse in the comments.", None, "permits with conditions", "may"),
    ("That's all fine, but please don't post adverts.", None, "permits with conditions", "may"),
    ("Posting photos of your team day is fine.", None, "permits", "may"),
    ("It is fine to use your phone during your break.", None, "permits with conditions", "may"),
    ("Everything is fine with the new system.", None, "advises", "informative"),
    ("There is no place for abuse on our page.", None, "prohibits", "must"),
])
def test_permissions_in_other_words_and_their_conditions(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# A lead-in that enforces the rules it lists ("We reserve the right to remove contributions that break the
# following rules:") leaves each item the rule it states; an item that only describes what is removed stays its object.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ('Do not swear',
     'We reserve the right to remove any contributions that break the following rules:', 'prohibits', 'must'),
    ('Do not post adverts.',
     'We may delete comments that break the following house rules:', 'prohibits', 'must'),
    ("Don't share personal details",
     'We reserve the right to hide posts which break these guidelines:', 'prohibits', 'must'),
    ('Never post abuse',
     'We will remove any comment that breaks the following rules:', 'prohibits', 'must'),
    ('Be respectful to others',
     'We reserve the right to remove comments that break the following rules:', 'requires', 'must'),
    ('Keep it clean',
     'Comments that break the following rules may be deleted:', 'requires', 'must'),
    ('Do not impersonate anyone',
     'Posts that breach the following guidelines will be removed:', 'prohibits', 'must'),
    ('contain swearing',
     'We reserve the right to remove any contributions that:', 'permits', 'may'),
    ('are spam',
     'We may delete comments that:', 'permits', 'may'),
    ('are abusive',
     'We will remove comments that:', 'requires', 'must'),
    ('Do not post spam',
     'We reserve the right to block users who do not follow the rules below:', 'prohibits', 'must'),
    ('read personal emails in your own time',
     'You may:', 'permits with conditions', 'may'),
    ('Please do not post personal information',
     'Moderators may remove content that breaks the following:', 'prohibits', 'must'),
    ('Avoid using capitals',
     'We may hide comments that break the following guidelines:', 'prohibits', 'should'),
    ('Do not use offensive language.',
     'We reserve the right to remove any contribution that breaks these rules, which are:', 'prohibits', 'must'),
    ('publish photographs of children without the written consent of parents',
     'We will not –', 'prohibits', 'must'),
])
def test_a_lead_in_that_enforces_rules_it_lists_leaves_each_item_its_own_rule(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# Imperatives after a fronted condition that lists ("When using Twitter, Facebook or Flickr, explain …") or a
# "During …" phrase; "remember that" stays knowing a fact; a duty kept "even if" in one's own time is no limit;
# "and has to" or "and must" after a softer duty is a duty of its own.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ('When using Twitter, explain that you are adhering to the election rules.',
     None, 'requires', 'must'),
    ("When posting on the council's page, explain who you are.",
     None, 'requires', 'must'),
    ('If asked for a comment, explain that you cannot speak for the trust.',
     None, 'requires', 'must'),
    ('Explain to the caller that you cannot discuss the case.',
     None, 'requires', 'must'),
    ('Before sharing a post, confirm that it is accurate.',
     None, 'requires', 'must'),
    ('When replying to a complaint, acknowledge it within two days.',
     None, 'requires', 'must'),
    ("During the election period, state clearly that the account is the council's.",
     None, 'requires', 'must'),
    ('Anything received over £25 needs approval by your line manager and has to be declared.',
     None, 'requires', 'must'),
    ('Every gift has to be declared.',
     None, 'requires', 'must'),
    ('You have to declare any gift over £25.',
     None, 'requires', 'must'),
    ('Hospitality has to be recorded in the register within 28 days.',
     None, 'requires', 'must'),
    ('Staff will have to declare outside interests.',
     None, 'requires', 'must'),
    ('Any funding to attend a conference must be declared, even if you are attending in your own time.',
     None, 'requires', 'must'),
    ('Gifts must be declared even if they are refused.',
     None, 'requires', 'must'),
    ('All offers must be recorded, even if you attend outside working hours.',
     None, 'requires', 'must'),
    ('You must declare the interest even when it arises in your own time.',
     None, 'requires', 'must'),
    ('Personal use is allowed in your own time.',
     None, 'permits with conditions', 'may'),
    ('When posting on Facebook, Twitter or Instagram, check the facts first.',
     None, 'requires', 'must'),
    ('If you use Twitter, Facebook, or LinkedIn, do not mention patients by name.',
     None, 'prohibits', 'must'),
    ('When using email, the internet or the phone, remember that calls may be recorded.',
     None, 'advises', 'informative'),
    ('During working hours, lock your screen whenever you leave your desk.',
     None, 'requires', 'must'),
    ('When using a council laptop, remember that all activity is logged.',
     None, 'advises', 'informative'),
    ('Remember that your posts are public.',
     None, 'advises', 'informative'),
    ('Remember to log off at the end of the day.',
     None, 'requires', 'must'),
    ('Throughout the campaign, refer media enquiries to the press office.',
     None, 'requires', 'must'),
    ('During an emergency, staff may be asked to work elsewhere.',
     None, 'requires', 'must'),
    ('Gifts must be declared, even when you receive them outside working hours.',
     None, 'requires', 'must'),
    ('Staff may use the internet in their own time.',
     None, 'permits with conditions', 'may'),
    ('All personal work must be done in your own time.',
     None, 'restricts', 'must'),
    ('Gifts should be declared and must be entered in the register.',
     None, 'requires', 'must'),
    ('Hospitality should be recorded and has to be approved by a director.',
     None, 'requires', 'must'),
    ('Staff may accept small gifts and must declare them.',
     None, 'permits with conditions', 'may'),
])
def test_imperatives_after_a_fronted_list_and_duties_kept_even_in_own_time(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# "Within their rights to" permits; a fronted "Where …," condition bounds the permission after it.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ('Staff are within their rights to use social networking websites.',
     None, 'permits', 'may'),
    ('Employees are within their rights to join a trade union.',
     None, 'permits', 'may'),
    ('You are within your rights to refuse a gift.',
     None, 'permits', 'may'),
    ('Members are entitled to express their political views.',
     None, 'permits', 'may'),
    ('The trust allows use of its Wi-Fi during breaks.',
     None, 'permits with conditions', 'may'),
    ('Council news may be shared or liked by staff.',
     None, 'permits', 'may'),
    ('Where a person has continued to post inappropriate comments, we reserve the right to block that user.',
     None, 'permits with conditions', 'may'),
    ('Where a user keeps posting spam, we may block them.',
     None, 'permits with conditions', 'may'),
    ('Where someone repeatedly breaks the rules, we reserve the right to ban them.',
     None, 'permits with conditions', 'may'),
])
def test_within_their_rights_and_a_fronted_where_condition(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# Banning and blocking readers is enforcement; "expect all Members, staff and volunteers to" lays a duty;
# what the body aims to do ("We aim to:") and its own commitments state no rule; a duty "will be the
# responsibility of" named people.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ('We will ban and report anyone who breaks the terms of service.',
     None, 'requires', 'must'),
    ('We will ban anyone who posts abuse.',
     None, 'requires', 'must'),
    ('We will mute or ban accounts that post spam.',
     None, 'requires', 'must'),
    ('We fully subscribe to the principles and expect all Members, staff and volunteers to do the same.',
     None, 'requires', 'should'),
    ('We expect all staff to do the same.',
     None, 'requires', 'should'),
    ('The council expects all employees to do likewise.',
     None, 'requires', 'should'),
    ('We expect our employees to follow the code.',
     None, 'requires', 'should'),
    ('Ensure all staff are aware of their obligations regarding gifts.',
     'We aim to:', 'advises', 'informative'),
    ('Provide training for all new starters.',
     'We aim to:', 'advises', 'informative'),
    ('Keep a register of gifts.',
     'The trust aims to:', 'advises', 'informative'),
    ('Ensure all posts are accurate.',
     'Staff should:', 'requires', 'should'),
    ('It is the responsibility of each employee to declare gifts.',
     None, 'requires', 'should'),
    ('Administration of the Facebook page will be the responsibility of at least two councillors.',
     None, 'requires', 'should'),
    ('Monitoring of the page will be the responsibility of the clerk.',
     None, 'requires', 'should'),
    ('We may refer you to our complaints procedure.',
     None, 'advises', 'informative'),
])
def test_enforcement_by_banning_expectations_of_many_and_the_body_aims(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# What a document is for, and "For more information, please read …" state no rule; "Officers never accept"
# forbids; a second clause with its own subject and "must not" outranks the first's duty.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ('The aim of this Code of Conduct is to set out the standards of conduct expected of all staff.',
     None, 'advises', 'informative'),
    ('The purpose of this policy is to set out the rules employees must follow.',
     None, 'advises', 'informative'),
    ('The aim of this guidance is to help staff use social media safely.',
     None, 'advises', 'informative'),
    ('The aim of the code is to explain what is expected of members.',
     None, 'advises', 'informative'),
    ('Certain professions also have a code of professionalism and specific standards employees must follow.',
     None, 'advises', 'informative'),
    ('Some roles have standards that staff must meet.',
     None, 'advises', 'informative'),
    ('There are rules that all councillors must follow.',
     None, 'advises', 'informative'),
    ('Police Officers never accept any gift that could compromise their impartiality.',
     None, 'prohibits', 'must'),
    ('Officers never disclose information about an investigation.',
     None, 'prohibits', 'must'),
    ('Our staff never accept cash.',
     None, 'prohibits', 'must'),
    ('For help with services, to report a fault or make a complaint, please read about other ways to contact customer services.',
     None, 'advises', 'informative'),
    ('For more information, please read our privacy notice.',
     None, 'advises', 'informative'),
    ('Please read the policy before you post.',
     None, 'requires', 'must'),
    ('Your conduct should be exemplary and you must not conduct yourself in a manner which brings the Authority into disrepute.',
     None, 'prohibits', 'must'),
    ('Staff should be polite and must not swear.',
     None, 'prohibits', 'must'),
    ('You are wholly responsible for any content you post.',
     None, 'advises', 'informative'),
    ('To claim expenses only in accordance with the published scheme.',
     'I agree:', 'restricts', 'must'),
    ('To use the account only for council business.',
     'I agree:', 'restricts', 'must'),
])
def test_purposes_offers_for_the_reader_own_need_standards_as_habits_and_a_second_ban(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# Rules named with who keeps them ("specific standards employees must follow", "rules that all councillors must
# follow") say what the rules are; a rule to follow them is one.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ('Certain professions also have a code of professionalism and specific standards employees must follow.',
     None, 'advises', 'informative'),
    ('Some roles have standards that staff must meet.',
     None, 'advises', 'informative'),
    ('There are rules that all councillors must follow.',
     None, 'advises', 'informative'),
    ('Teachers have professional standards they must uphold.',
     None, 'advises', 'informative'),
    ('The trust has policies which all staff should comply with.',
     None, 'advises', 'informative'),
    ('Registered nurses have a code which they must abide by.',
     None, 'advises', 'informative'),
    ('Staff must follow the standards set out in this code.',
     None, 'requires', 'must'),
    ('Staff must follow the rules.',
     None, 'requires', 'must'),
    ('Employees should comply with the procedures below.',
     None, 'requires', 'should'),
    ('You must meet the standards that your profession sets.',
     None, 'requires', 'must'),
    ('Members must comply with the code and must declare their interests.',
     None, 'requires', 'must'),
    ('Staff must follow the rules that apply to their role.',
     None, 'requires', 'must'),
])
def test_rules_named_with_who_keeps_them_state_no_rule(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# A lead-in where the body says what it will (not) do ("We will not –", "We will:") is read as one sentence with each
# item: a standard for its posts forbids, a commitment states no rule; a dash ends a lead-in as a colon does.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ('publish photographs of children without the written consent of parents / carers',
     'We will not –', 'prohibits', 'must'),
    ("use pupils' full names in our posts",
     'We will not:', 'prohibits', 'must'),
    ('share your personal details',
     'We will not:', 'advises', 'informative'),
    ('post photographs of patients on our social media accounts',
     'We will never –', 'prohibits', 'must'),
    ('respond to every comment',
     'We will not –', 'advises', 'informative'),
    ('post anything that breaks the house rules',
     'You must not –', 'prohibits', 'must'),
    ('use council equipment for personal gain',
     'Employees must not -', 'prohibits', 'must'),
    ('keep a register of gifts',
     'The council will:', 'advises', 'informative'),
    ('respond within two working days',
     'We will:', 'advises', 'informative'),
    ('be accurate and impartial',
     'Communications will meet the following criteria:', 'requires', 'must'),
    ("include a link to the council's website",
     'Every post will –', 'requires', 'must'),
])
def test_a_lead_in_where_the_body_says_what_it_will_not_do(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# A limit in the voice of those a code binds ("I agree:" + "To claim expenses only in accordance with …") restricts.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ('To claim expenses and allowances only in accordance with the published scheme.',
     'I agree:', 'restricts', 'must'),
    ('To use the resources of the office only for official purposes.',
     'I agree:', 'restricts', 'must'),
    ('I will use council equipment only for council business.',
     None, 'restricts', 'must'),
    ('I undertake to use the account solely for official communications.',
     None, 'restricts', 'must'),
    ('I agree to claim expenses only in accordance with the scheme.',
     None, 'restricts', 'must'),
    ('I will declare any gift within 28 days.',
     None, 'requires', 'must'),
    ('I agree to follow the code of conduct.',
     None, 'requires', 'must'),
    ('I will not use my position for personal gain.',
     None, 'prohibits', 'must'),
    ('To register my interests within 28 days.',
     'I agree:', 'requires', 'must'),
    ('Not to use the resources of the office for party political purposes.',
     'I agree:', 'prohibits', 'must'),
])
def test_a_limit_in_the_voice_of_those_it_binds(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# What the reader answers for ("you are wholly responsible for any content you post") is a fact to know, under a
# lead-in of duties too; whose duty it is "to take corrective and disciplinary measures" is a consequence.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ('you are wholly responsible for any content you post, including content that you choose to share',
     'We expect our users to follow our house rules:', 'advises', 'informative'),
    ('You are responsible for any content you post.',
     None, 'advises', 'informative'),
    ('Users are solely responsible for the comments they make.',
     None, 'advises', 'informative'),
    ('We are all responsible for what we post online.',
     None, 'advises', 'informative'),
    ('Members remain personally liable for any posts they publish.',
     None, 'advises', 'informative'),
    ('You are responsible for ensuring your password is kept secure.',
     None, 'requires', 'should'),
    ('be polite',
     'We expect our users to follow our house rules:', 'requires', 'should'),
    ('Staff are responsible for checking their posts before publishing.',
     None, 'requires', 'should'),
    ('It is the responsibility of both the Governing Body and the Headteacher to take corrective and disciplinary measures when a breach occurs.',
     None, 'advises', 'informative'),
    ('The Headteacher will take disciplinary action where this code is breached.',
     None, 'advises', 'informative'),
    ('Managers should take appropriate disciplinary action if the policy is breached.',
     None, 'advises', 'informative'),
    ('The council may take legal action against anyone who posts defamatory content.',
     None, 'advises', 'informative'),
    ('Managers should take action to support staff who are abused online.',
     None, 'requires', 'should'),
    ('It is the responsibility of each manager to take steps to make staff aware of this policy.',
     None, 'requires', 'should'),
])
def test_what_the_reader_answers_for_and_whose_duty_it_is_to_sanction(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# Where the body may direct, point or signpost the reader is how it answers, no rule; staff may still be allowed to.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ('Where possible, we may direct you to information which is already available in the public domain.',
     None, 'advises', 'informative'),
    ('We may signpost you to other services.',
     None, 'advises', 'informative'),
    ('We may point you to our website for more details.',
     None, 'advises', 'informative'),
    ('The council may redirect your enquiry to the relevant department.',
     None, 'advises', 'informative'),
    ('We may refer you to our complaints procedure.',
     None, 'advises', 'informative'),
    ("Staff may direct members of the public to the council's website.",
     None, 'permits', 'may'),
])
def test_where_the_body_may_direct_the_reader_is_no_rule(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# A lead-in that reports what a meeting recognised, noted or resolved ("passed a Motion which recognised that:") is a
# record: its items state no rule of the policy's own; what a body "has decided" stays a rule.
@pytest.mark.parametrize(("text", "lead_in", "stance", "strength"), [
    ('Discussion, robust debate and scrutiny are vital to a democracy and should not be discouraged, but must be carried out without abuse;',
     'At the full Council meeting in March 2021, Cardiff Council passed a Motion which recognised that:', 'advises', 'informative'),
    ('members should not be subjected to abuse online',
     'The committee noted that:', 'advises', 'informative'),
    ('the code must be reviewed every year',
     'The working group concluded that:', 'advises', 'informative'),
    ('all staff must complete the training',
     'At its meeting in May the board resolved that:', 'advises', 'informative'),
    ('staff must complete the training by March',
     'The board has decided that:', 'requires', 'must'),
])
def test_a_lead_in_that_reports_what_was_recognised_or_resolved(
        text: str, lead_in: str | None, stance: Stance, strength: Strength):
    reading = propose_stance(text, lead_in)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# What a negation governs: a clause that opens "Do not prevent … from" is an imperative and forbids, while a subject
# that "does not prevent" permits; a ban denied ("nothing to say you cannot", "no reason why … should not") grants the
# act; a duty that "does not apply where …" frees from it with a condition.
@pytest.mark.parametrize(("text", "lead_in", "stance"), [
    ('Do not prevent another person from gaining access to information.', None, 'prohibits'),
    ('Do not stop colleagues from raising concerns.', None, 'prohibits'),
    ('Please do not prevent members of the public from recording meetings.', None, 'prohibits'),
    ('If a colleague asks for help, do not prevent them from seeking advice.', None, 'prohibits'),
    ('Do not discourage staff from reporting wrongdoing.', None, 'prohibits'),
    ('do not prevent others from accessing shared files', 'When using council systems you must:', 'prohibits'),
    ('Never prevent a colleague from reporting a concern.', None, 'prohibits'),
    ('You must not prevent anyone from accessing information to which they are entitled.', None, 'prohibits'),
    ('Employees should not stop members of the public from filming in public areas.', None, 'prohibits'),
    ('This policy does not prevent staff from using social media in their own time.', None, 'permits with conditions'),
    ('The council does not prevent employees from joining a trade union.', None, 'permits'),
    ('We do not prevent staff from using their own phones at lunch.', None, 'permits with conditions'),
    ('The code does not stop members from expressing their views.', None, 'permits'),
    ('We do not discourage staff from blogging.', None, 'permits'),
    ('There is nothing to say you cannot be friends with colleagues on social media.', None, 'permits'),
    ('If you live in a small village, there is nothing to say you cannot be friends on social media with people you support.',
     None, 'permits with conditions'),
    ("There is no rule that says you cannot follow the council's accounts from your personal account.", None, 'permits'),
    ('There is no reason why staff cannot use their own devices for this purpose.', None, 'permits'),
    ('There is no reason why you should not accept a small gift of chocolates.', None, 'permits'),
    ('Nothing in this code says that members may not express political views.', None, 'permits'),
    ("Nothing says you can't attend a party political meeting in your own time.", None, 'permits with conditions'),
    ('There is no law that says staff must not use social media.', None, 'permits'),
    ('There is nothing to stop you from joining a political party.', None, 'permits'),
    ('You cannot be friends with pupils on social media.', None, 'prohibits'),
    ('This duty to notify the Monitoring Officer does not apply where the gift is of a kind the council has approved.',
     None, 'permits with conditions'),
    ('The requirement to register does not apply where the hospitality is a working lunch.', None, 'permits with conditions'),
    ('The duty to declare does not apply if the gift is worth less than £25.', None, 'permits with conditions'),
    ('This requirement does not apply to gifts of low value such as pens or diaries.', None, 'permits'),
    ('The ban on using personal email does not apply where your manager has agreed otherwise.', None, 'permits with conditions'),
    ('This policy does not apply to contractors.', None, 'advises'),
    ('The code does not apply where a member acts in a private capacity.', None, 'advises'),
])
def test_a_negation_over_hindering_a_ban_denied_and_a_duty_that_does_not_apply(
        text: str, lead_in: str | None, stance: Stance):
    reading = propose_stance(text, lead_in)
    assert reading.stance == stance, reading.cue


# No rule in a date, a text's inability or a relative clause; a ban or a duty in "no X should", "Have no …" and
# "expected of" people.
@pytest.mark.parametrize(("text", "stance", "strength"), [
    ('The register lists all declarations made by members and senior officers since 1 May 2019.', 'advises', 'informative'),
    ('The policy was adopted in May 2021 and reviewed in May 2023.', 'advises', 'informative'),
    ('This register covers the period from 5 May 2022 to the present.', 'advises', 'informative'),
    ('May 2020: the council updated its social media policy.', 'advises', 'informative'),
    ('You may, from May 2024, claim travel expenses online.', 'permits', 'may'),
    ('Declarations made between 1 April and 31 May must be published by June.', 'requires', 'must'),
    ('Members can register gifts until 31 May each year.', 'permits', 'may'),
    ('No code can hope to cover every situation you might meet.', 'advises', 'informative'),
    ('No policy can list every kind of gift that might be offered.', 'advises', 'informative'),
    ('No member of staff can accept a gift from a contractor.', 'prohibits', 'must'),
    ('However no offer of a more substantial gift should be lightly accepted.', 'prohibits', 'should'),
    ('But no personal information should ever be posted on social media.', 'prohibits', 'should'),
    ('No offer of hospitality should be accepted from a supplier during a tender.', 'prohibits', 'should'),
    ('Have no phone contact at all with pupils.', 'prohibits', 'must'),
    ('Have NO contact with pupils through personal social media.', 'prohibits', 'must'),
    ('Have no private meetings with suppliers during a tender.', 'prohibits', 'must'),
    ('Make no promises you cannot keep.', 'prohibits', 'must'),
    ('Have regard to the code when posting.', 'requires', 'must'),
    ('High standards of personal conduct are expected of employees.', 'requires', 'should'),
    ('Courtesy and respect are expected of all staff at all times.', 'requires', 'should'),
    ('Political neutrality is expected of officers in restricted posts.', 'requires', 'should'),
    ('The same standard is expected of members when they post online.', 'requires', 'should'),
    ('What is expected of you is set out in the code.', 'advises', 'informative'),
    ('The council has adopted a code setting out the conduct that is expected of its members.', 'advises', 'informative'),
    ('The standards which are expected of staff are listed in the appendix.', 'advises', 'informative'),
])
def test_dates_a_text_unable_no_x_should_have_no_and_expected_of(text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# Who must act, and what is no rule: a register or list is the body's to keep unless laid on those the policy binds;
# rules the body keeps to, described in a relative clause, a modal in an indirect question ("whether … should"),
# another text's rule reported, rules named before who expects them kept and a complaint the reader may make state
# none; "and you must" starts a rule of its own, so the firmer modal governs.
@pytest.mark.parametrize(("text", "stance", "strength"), [
    ('The Monitoring Officer will place your notification on a public register of gifts and hospitality.', 'advises', 'informative'),
    ('Each local authority is under a duty to maintain a list of those posts which are politically restricted.', 'advises', 'informative'),
    ('The Clerk will maintain a register of all declarations made under this code.', 'advises', 'informative'),
    ('The Monitoring Officer will enter the details in the register of interests.', 'advises', 'informative'),
    ('Every authority has a duty to keep a list of restricted posts up to date.', 'advises', 'informative'),
    ('You must register any gift worth more than £50.', 'requires', 'must'),
    ('Staff must record the offer on the register of gifts.', 'requires', 'must'),
    ('You should keep a list of the gifts you decline.', 'requires', 'should'),
    ('Managers must keep a record of any approval they give.', 'requires', 'must'),
    ('Most online communities have their own rules and guidelines, which we will always follow.', 'advises', 'informative'),
    ('Social networks set their own rules, which we will always respect.', 'advises', 'informative'),
    ('Our online communities have rules and guidelines, which we will always follow.', 'requires', 'must'),
    ('Our social media pages have house rules, which we will always apply.', 'requires', 'must'),
    ('We will always follow the house rules of the platform when posting.', 'requires', 'must'),
    ('Personal use of council equipment is a privilege, which the council reserves the right to withdraw.', 'permits', 'may'),
    ('We will take account of the Code when we consider whether a worker should remain on the Register.', 'advises', 'informative'),
    ('The panel will decide whether the member should be suspended.', 'advises', 'informative'),
    ('If you are unsure whether a gift should be declared, you must ask your manager.', 'requires', 'must'),
    ('The Civil Service Code states civil servants must not accept gifts that might compromise their judgement.',
     'advises', 'informative'),
    ('The Nolan Principles say that holders of public office should act solely in terms of the public interest.',
     'advises', 'informative'),
    ('The Bribery Act states that a person must not offer a bribe.', 'advises', 'informative'),
    ('The Code of Conduct for Members states that members must treat others with respect.', 'requires', 'must'),
    ('This policy states that staff must not use personal email for council business.', 'prohibits', 'must'),
    ('You must not accept gifts, as the Civil Service Code states.', 'prohibits', 'must'),
    ('The Staff Code presents the standards of conduct that the GLA expects staff to achieve.', 'advises', 'informative'),
    ('These are the standards the trust expects every employee to meet.', 'advises', 'informative'),
    ('The council expects staff to achieve the highest standards of conduct.', 'requires', 'should'),
    ('You can make a formal complaint to the Monitoring Officer if you believe a member has breached the code.',
     'advises', 'informative'),
    ('If you are unhappy with our response, you can make a complaint through our website.', 'advises', 'informative'),
    ('Members of the public may complain to the Ombudsman.', 'advises', 'informative'),
    ('You may lodge a complaint with the Information Commissioner.', 'advises', 'informative'),
    ('You can submit a complaint online or by post.', 'advises', 'informative'),
    ('How you behave online should be of the same standard as at work and you must maintain professional boundaries.',
     'requires', 'must'),
    ('Posts should be accurate and you must check them before publishing.', 'requires', 'must'),
    ('Your profile should be private and you must not accept friend requests from pupils.', 'prohibits', 'must'),
])
def test_registers_rules_kept_questions_reports_complaints_and_a_second_must(text: str, stance: Stance, strength: Strength):
    reading = propose_stance(text)
    assert (reading.stance, reading.strength) == (stance, strength), reading.cue


# A condition clause after a permission whose verb is one of harm or excess ("if this interferes with", "if it
# causes", "if use exceeds") bounds it, as "if they breach" does.
@pytest.mark.parametrize(("text", "stance"), [
    ('The council may withdraw private use at any time if this interferes with council business.', 'permits with conditions'),
    ('Managers may withdraw access if its use affects the work of the team.', 'permits with conditions'),
    ('The trust may stop personal use if it causes problems on the network.', 'permits with conditions'),
    ('The council may restrict access if use exceeds reasonable limits.', 'permits with conditions'),
    ('We may hide posts if they harm others.', 'permits with conditions'),
    ('We may block users at any time if they breach these rules.', 'permits with conditions'),
    ('The council may withdraw access at any time without notice.', 'permits'),
    ('If this affects your work, you must tell your manager.', 'requires'),
])
def test_a_condition_of_harm_or_excess_after_a_permission_bounds_it(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


# What a body "is responsible for" doing is its own function, no rule of conduct, unless it is a standard for its own
# posts; people who are responsible for an act owe it.
@pytest.mark.parametrize(("text", "stance"), [
    ('The Inspectorate is responsible for considering planning appeals.', 'advises'),
    ('The Commission is responsible for regulating charities in England and Wales.', 'advises'),
    ('The agency is responsible for issuing licences.', 'advises'),
    ('The council is responsible for collecting waste.', 'advises'),
    ('The regulator is responsible for keeping the register of social workers.', 'advises'),
    ('Managers are responsible for approving leave.', 'requires'),
    ('You are responsible for checking your posts.', 'requires'),
    ('The council is responsible for ensuring its posts are accurate.', 'requires'),
    ('The Communications department are responsible for issuing press releases.', 'requires'),
    ('Heads of Department should seek prior approval from their Director.', 'requires'),
])
def test_what_a_body_is_responsible_for_is_its_function(text: str, stance: Stance):
    assert propose_stance(text).stance == stance


# "and do not" after a condition whose subject is plural ("where these cause no difficulties … and do not
# compromise school use") is that subject's second verb, not an imperative; after "you", a singular subject or a
# main clause it still forbids.
@pytest.mark.parametrize(("text", "lead_in", "expected"), [
    ('Personal use may be allowed where these activities are brief and do not interfere with work.', None, 'permits with conditions'),
    ('Staff may use the internet at lunchtime provided their searches are lawful and do not breach this policy.', None, 'permits with conditions'),
    ('Employees can use their own phones if the calls are short and do not disrupt colleagues.', None, 'permits with conditions'),
    ('Private emails may be sent where they are infrequent and do not contain confidential information.', None, 'permits with conditions'),
    ('Councillors may post about ward matters as long as their posts are factual and do not promote a party.', None, 'permits with conditions'),
    ('Hobbies may be pursued online when they take place outside working hours and do not involve school equipment.', None, 'permits with conditions'),
    ('Gifts may be accepted where they are of low value and do not place the recipient under any obligation.', None, 'permits with conditions'),
    ('Volunteers may share our posts so long as their comments are respectful and do not reveal personal data.', None, 'permits with conditions'),
    ('Outside work is permitted where the hours are reasonable and do not conflict with council duties.', None, 'permits with conditions'),
    ('You may share our posts when they are accurate and do not mislead anyone.', None, 'permits with conditions'),
    ('Lock your screen when you leave your desk and do not share your password.', None, 'prohibits'),
    ('Staff must log off when they leave, and do not leave laptops unattended.', None, 'prohibits'),
    ('Be polite and do not post personal attacks.', None, 'prohibits'),
    ('You may use the system if it is quick and do not use it for gambling.', None, 'prohibits'),
    ('Check the facts and do not speculate about cases.', None, 'prohibits'),
    ('Users must respect copyright and do not download pirated films.', None, 'prohibits'),
])
def test_and_do_not_after_a_plural_condition_is_its_second_verb(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# What a use "is primarily for" and activity that "should be appropriate to" a role, work or education are limits
# (restricts); a standard with no purpose ("appropriate for a young audience") stays a duty.
@pytest.mark.parametrize(("text", "lead_in", "expected"), [
    ('Use of email and Internet services is primarily for work related purposes.', None, 'restricts'),
    ('The council network is mainly for business use.', None, 'restricts'),
    ('School laptops are principally for teaching and learning.', None, 'restricts'),
    ('Access to social media at work is chiefly for official communication.', None, 'restricts'),
    ('The telephone system is primarily intended for council business.', None, 'restricts'),
    ("All internet activity should be appropriate for staff professional activity or pupils' education.", None, 'restricts'),
    ("All use of the network should be appropriate to the user's role.", None, 'restricts'),
    ('Email use must be appropriate to your work at the trust.', None, 'restricts'),
    ('Any material you download should be relevant to your studies.', None, 'restricts'),
    ('Posts on the school account must be relevant to school life.', None, 'restricts'),
    ('Your clothing should be appropriate.', None, 'requires'),
    ('Email is the primary means of communication within the college.', None, 'advises'),
    ('Staff must behave in a way that is appropriate for their role.', None, 'requires'),
    ('The training is primarily for new managers.', None, 'advises'),
    ('Content should be appropriate for a young audience.', None, 'requires'),
    ('Your language should be appropriate to the audience.', None, 'requires'),
    ('Photos you post must be relevant to the event.', None, 'requires'),
])
def test_a_use_primarily_for_work_and_activity_appropriate_to_a_role_are_limits(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# A duty without a modal ("those working for the BBC have an obligation to", "it is part of your job to") and a
# rule stated by "will be adhered to" or "will be set up with the authorisation of"; a procedure that "will be
# followed" after a breach is a consequence.
@pytest.mark.parametrize(("text", "lead_in", "expected"), [
    ("Those working for the BBC have an obligation to ensure that the BBC's editorial decisions are not perceived to be influenced by any personal interest.", None, 'requires'),
    ('Staff have an obligation to ensure that their posts are accurate.', None, 'requires'),
    ('All employees have a duty to ensure that confidential information is kept secure.', None, 'requires'),
    ('Managers have an obligation to make sure that their teams know this policy.', None, 'requires'),
    ('Employees have an obligation to ensure that they do not bring the council into disrepute.', None, 'prohibits'),
    ("It's part of your job to know this code and observe it at all times.", None, 'requires'),
    ("It is part of every manager's role to check that staff follow this policy.", None, 'requires'),
    ('It is part of your responsibilities to keep your password safe.', None, 'requires'),
    ("Keeping records up to date is part of every officer's job.", None, 'requires'),
    ('It is part of the role of the Monitoring Officer to keep the register.', None, 'advises'),
    ('Part of your job is to answer enquiries from the public.', None, 'advises'),
    ('Clear and explicit professional boundaries will be adhered to at all times.', None, 'requires'),
    ('This code will be observed by all staff.', None, 'requires'),
    ('The following guidelines will be followed when using social media.', None, 'requires'),
    ('New accounts will be set up with the authorisation of the Head of Communications.', None, 'requires'),
    ('Social media accounts will be created and managed with the approval of the Communications team.', None, 'requires'),
    ('The policy will be reviewed every two years.', None, 'advises'),
    ('Your request will be dealt with within ten working days.', None, 'advises'),
    ('If a breach is found, the disciplinary procedure will be followed.', None, 'advises'),
    ("The council's complaints process will be followed in all cases.", None, 'advises'),
    ('These rules will be complied with by everyone using the network.', None, 'requires'),
    ('Any new group will only be created with the approval of the Communications Manager.', None, 'restricts'),
    ('Where it is part of their duties to advise members, this must be done impartially.', None, 'requires/must'),
    ('If it is part of your role to speak to the media, you should follow the media protocol.', None, 'requires/should'),
])
def test_a_duty_without_a_modal_and_a_rule_stated_by_will_be(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# A lead-in of what a document is for ("The aim of this policy is to:", "This protocol is intended to:") states no
# rule in its items, nor in an aim that says one ("Make clear that abuse is unacceptable").
@pytest.mark.parametrize(("text", "lead_in", "expected"), [
    ('Provide guidance on the use of email at work', 'The aim of this policy is to:', 'advises'),
    ('Set out the standards expected of staff', 'The purpose of this guidance is to:', 'advises'),
    ('Make clear that abusive behaviour is unacceptable', 'This policy aims to:', 'advises'),
    ('Give a clear message that unsafe behaviour is unacceptable and that action will be taken', 'This document sets out the school policy on social networking and aims to:', 'advises'),
    ('Protect pupils from harm', 'The objectives of this code are to:', 'advises'),
    ('Ensure staff understand their responsibilities', 'This protocol is intended to:', 'advises'),
    ('Explain how monitoring works', 'These guidelines are designed to:', 'advises'),
    ('Support staff to use social media safely', 'The main aims of the policy are to:', 'advises'),
    ('Provide information on all monitoring systems in use', 'The aim of this policy is to:', 'advises'),
    ('Never share your password', 'To protect the network you must:', 'prohibits'),
    ('Report any concerns to your manager', 'The aim of this policy is to keep pupils safe. Staff must:', 'requires'),
    ('Lock your screen when you leave your desk', 'Staff should:', 'requires'),
    ('Do not post abusive comments', 'We ask you to follow these rules:', 'prohibits'),
])
def test_a_lead_in_of_what_a_document_is_for_states_no_rule(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# Items under "on the understanding that:" are duties of the users ("The user does not publish …" forbids); a bare
# "Do not" under a lead-in that asks is asked (should); a ban joined to an item's first verb outranks the lead-in's duty.
@pytest.mark.parametrize(("text", "lead_in", "expected"), [
    ('The user does not publish libellous material using the College systems.', 'The College provides information systems for the use of all students and staff on the understanding that:', 'prohibits/must'),
    ('The user does not attempt to impersonate any other person.', 'Access is provided on the understanding that:', 'prohibits/must'),
    ('Users respect the privacy of others.', 'The network is provided on the understanding that:', 'requires/must'),
    ('Staff do not share their login details.', 'Laptops are issued on the condition that:', 'prohibits/must'),
    ('Each member keeps their password secret.', 'Accounts are opened on the basis that:', 'requires/must'),
    ('Pupils do not download software.', 'Internet access is given to pupils on the understanding that:', 'prohibits/must'),
    ('Do not use offensive or obscene language.', 'Our pages are important to us, and therefore we ask you to adhere to the following:', 'prohibits/should'),
    ('Do not post personal information.', 'To keep this page safe we ask that you follow these rules:', 'prohibits/should'),
    ('Never share private details of other people.', 'We request that users observe the following:', 'prohibits/should'),
    ('Stay on topic and avoid posting irrelevant comments.', 'We ask you to adhere to the following:', 'prohibits/should'),
    ('Be polite and do not swear.', 'We ask all users to keep to the following:', 'prohibits/should'),
    ('Be respectful and never post abuse.', 'You must follow these rules:', 'prohibits/must'),
    ('Do not post spam.', 'Please follow these rules:', 'prohibits/must'),
    ('Do not post adverts.', 'These are our house rules:', 'prohibits/must'),
    ('Keep comments short and relevant.', 'We ask you to adhere to the following:', 'requires/should'),
])
def test_items_on_the_understanding_that_and_under_a_lead_in_that_asks(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# "should have no expectation of privacy", "make yourself aware of", "must expect your emails to be read" are facts
# to know; "Remember," before a statement and "Likewise" open no imperative.
@pytest.mark.parametrize(("text", "lead_in", "expected"), [
    ('You should therefore have no expectation of privacy in any email sent or received.', None, 'advises'),
    ('Staff should have no expectation of privacy when using council systems.', None, 'advises'),
    ('Users should not expect privacy in anything they create on the network.', None, 'advises'),
    ('Employees must have no expectation that their messages are private.', None, 'advises'),
    ("Users should also make themselves aware of Facebook's own terms and conditions.", None, 'advises'),
    ('Staff should make themselves aware of the risks of social media.', None, 'advises'),
    ('You must make yourself aware of the data protection rules.', None, 'advises'),
    ('Make yourself aware of the terms of each site you use.', None, 'advises'),
    ('Remember, our key focus is to maintain our reputation and the trust we have built.', None, 'advises'),
    ('Remember, the internet is a public place.', None, 'advises'),
    ('Remember, you must never share your password.', None, 'prohibits'),
    ('Remember to log off when you leave your desk.', None, 'requires'),
    ('Likewise it is important that we balance interactions to take into account legal requirements.', None, 'advises'),
    ('Likewise, staff must not accept gifts from pupils.', None, 'prohibits'),
    ('Similarly it is important that the council keeps accurate records.', None, 'advises'),
    ('Otherwise the account will be closed.', None, 'advises'),
    ('Staff should not expect to be paid for overtime without approval.', None, 'advises'),
    ('Staff must expect their emails to be read by their manager.', None, 'advises'),
])
def test_an_expectation_of_privacy_awareness_and_remember_state_no_rule(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# "can be accepted" permits as "may be accepted" does, also for a thing named with the body ("Council laptops");
# a chief executive or convener can be given a power ("may ask the Convener to comment").
@pytest.mark.parametrize(("text", "lead_in", "expected"), [
    ('Gifts of a small, seasonal or inexpensive nature can be accepted and reported if the deemed value is over £50.', None, 'permits with conditions'),
    ('Gifts of low value can be accepted.', None, 'permits'),
    ('Hospitality can be accepted if it is modest and declared.', None, 'permits with conditions'),
    ("Council laptops can be taken home with your manager's approval.", None, 'permits with conditions'),
    ('Your data can be shared with other agencies.', None, 'advises'),
    ('This information can be used to identify you.', None, 'advises'),
    ('The Chief Executive may ask the Convener, or a Commissioner to comment or be interviewed instead of her.', None, 'permits'),
    ('The Head of Communications may ask a senior officer to speak to the press.', None, 'permits'),
    ('The Clerk may ask the Chair to respond on behalf of the council.', None, 'permits'),
    ('The Director may appoint a deputy to act in her absence.', None, 'permits'),
    ('We may ask you to provide further information.', None, 'advises'),
    ('We may ask those who contact us for their address.', None, 'advises'),
])
def test_can_be_accepted_permits_and_a_named_post_holder_may_ask(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# A duty with its infinitive split ("a responsibility to not behave") forbids; a ban inside what the reader is to
# know ("so you are clear what we will not tolerate") is not the clause's rule.
@pytest.mark.parametrize(("text", "lead_in", "expected"), [
    ('Employees also have a responsibility to not behave in such a way that may bring the college into disrepute.', None, 'prohibits'),
    ('Staff have a duty to not disclose confidential information.', None, 'prohibits'),
    ('You have a responsibility to not share your password.', None, 'prohibits'),
    ('Members are required to not use council resources for party political purposes.', None, 'prohibits'),
    ('It is your responsibility to not post anything that could identify a pupil.', None, 'prohibits'),
    ('You are expected to not accept gifts from suppliers.', None, 'prohibits'),
    ('Staff should try to not use personal devices in lessons.', None, 'prohibits'),
    ('Please read these rules carefully so you are clear what we will and what we will not tolerate on the school computer systems.', None, 'requires'),
    ('Read this guidance so that you know what you can and cannot post.', None, 'requires'),
    ('Please read the rules below so you understand what is not allowed.', None, 'requires'),
    ('Check the house rules to see what we will not accept on our pages.', None, 'requires'),
    ('We will not tolerate abuse of our staff.', None, 'prohibits'),
])
def test_a_split_infinitive_negated_and_a_ban_in_what_the_reader_is_to_know(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# An item that tells what the body will or may do states no rule, whatever its lead-in asks; a house rule it
# enforces ("If you post abuse, we will block you") still binds.
@pytest.mark.parametrize(("text", "lead_in", "expected"), [
    ('If we need further information, we will ask you to contact us via email, telephone or in writing.', None, 'advises'),
    ('Where necessary we will ask you to send us a copy of the document.', None, 'advises'),
    ('We will ask you to confirm your identity before we discuss your case.', None, 'advises'),
    ('The council will ask you to complete a form.', None, 'advises'),
    ('We ask you to keep your comments polite.', None, 'requires'),
    ('We would ask you to keep to the topic.', None, 'requires'),
    ('We will always ask you to respect other users.', None, 'requires'),
    ('Your manager will ask you to sign the policy.', None, 'advises'),
    ('We ask that you do not post personal details.', None, 'prohibits'),
    ('You will be asked to leave the meeting if you disrupt it.', None, 'advises'),
    ('If we need further information, we will ask you to contact us via email, telephone or in writing.', 'The safety of our online communities is very important to us, and therefore we ask you to adhere to the following:', 'advises'),
    ('We will reply to messages within two working days.', 'The safety of our online communities is very important to us, and therefore we ask you to adhere to the following:', 'advises'),
    ('If you post abuse, we will block you.', 'The safety of our online communities is very important to us, and therefore we ask you to adhere to the following:', 'requires'),
    ('We may share your comment with the team concerned.', 'Please follow these rules:', 'advises'),
    ('Where we can, we will answer your question on the page.', 'We ask that you:', 'advises'),
    ('Respect other users.', 'The safety of our online communities is very important to us, and therefore we ask you to adhere to the following:', 'requires'),
    ('Keep posts relevant; we will remove spam.', 'The safety of our online communities is very important to us, and therefore we ask you to adhere to the following:', 'requires'),
    ('We will not respond to abusive messages.', 'The safety of our online communities is very important to us, and therefore we ask you to adhere to the following:', 'advises'),
    ('The council will pass complaints to the relevant service.', 'Users should:', 'advises'),
    ('Report any concerns to the moderators.', 'We ask all users to:', 'requires'),
])
def test_an_item_that_tells_what_the_body_will_do_states_no_rule(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# "should" before its subject in mid-sentence is an inverted "if"; a report's recommendation to a committee ("The
# Committee is asked to:") states no rule in its items.
@pytest.mark.parametrize(("text", "lead_in", "expected"), [
    ('note the steps that may be taken should a disclosure of confidential information be suspected; and', 'The Committee is asked to:', 'advises'),
    ('approve the revised social media policy.', 'The Committee is requested to:', 'advises'),
    ("agree the changes to the officers' code.", 'The Board is recommended to:', 'advises'),
    ('note the contents of this report', 'Members of the Committee are asked to:', 'advises'),
    ('Action will be taken should a breach be reported.', None, 'advises'),
    ('Contact the IT team should you have any questions.', None, 'advises'),  # as "if you have any questions"
    ('Contact the IT team if you have any questions.', None, 'advises'),
    ('Staff must tell their manager should they receive a gift.', None, 'requires'),
    ('Disciplinary action may follow should an employee be found to have misused the system.', None, 'advises'),
    ('Declare any gift you receive.', 'Staff are asked to:', 'requires'),
    ('Employees should report any concerns.', None, 'requires'),
])
def test_an_inverted_should_and_a_recommendation_to_a_committee(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# What becomes or remains someone's responsibility ("Any password issued to a user becomes his/her responsibility")
# is a fact of who answers, read by itself under any lead-in; a responsibility "to" act is a duty.
@pytest.mark.parametrize(("text", "lead_in", "stance"), [
    ('Any password issued to a user becomes his/her responsibility.', 'This is provided to the user by the IT Support team on the understanding that:', 'advises'),
    ('The security of your login becomes your responsibility.', 'Accounts are opened on the understanding that:', 'advises'),
    ("Equipment taken home remains the user's responsibility.", 'This is provided to the user by the IT Support team on the understanding that:', 'advises'),
    ('The user keeps the password secret.', 'This is provided to the user by the IT Support team on the understanding that:', 'requires'),
    ('It is your responsibility to comply with the provisions of this Code.', None, 'requires'),
    ('Keeping your password safe is your responsibility.', None, 'advises'),
    ('Staff have a responsibility to report concerns.', None, 'requires'),
    ('Their responsibility for checking posts is set out below.', None, 'advises'),
])
def test_what_becomes_someones_responsibility_is_a_fact(text: str, lead_in: str | None, stance: Stance):
    assert propose_stance(text, lead_in=lead_in).stance == stance


# The nineteenth round's kinds: the body's power over the content it lists grants, its refusal forbids ("We will
# not accept:"), its reporting of readers' posts enforces; zero tolerance and not accepting abusive language forbid;
# a modal keeps its verb across an aside without commas; a permission "where appropriate", "after consulting" or
# "but ask that" holds under a condition, one "not banning" grants, and an object "not in line with" the rules is
# only described; the body's "will:" after a fronted phrase and a document's "will:" state no rule; an offer to
# another reader's concern; "unable to" after a noun and a reply a message "won't receive" are no rule; "Neither
# should" forbids; "expect the same of" lays a duty.
_L1 = ("We may, without notice, ban, block, mute or report individual user accounts who post any of the following or "
       "similar content to our social media pages:")
_L2 = "We reserve the right to delete posts that contain any of the following:"
_L3 = "The council may remove comments or block users who share any of the following:"
_L4 = "We will not accept:"
_L5 = "We will hide, and may report, any post that includes the following:"
_L6 = "We reserve the right to report, block and remove users whose comments are:"
_L7 = "The trust will not publish:"
_L8 = "On social media we will:"
_L9 = "In addition, the protocol will:"


@pytest.mark.parametrize(("text", "lead_in", "expected"), [
    ('Content that incites hatred or violence.', _L1, 'permits/may'),
    ('Names of people involved in ongoing court cases.', _L1, 'permits/may'),
    ('Spam or advertising.', _L2, 'permits/may'),
    ('Personal details of staff or other users.', _L3, 'permits/may'),
    ('Content we consider to be abusive or obscene.', _L4, 'prohibits/must'),
    ('Comments that name individual members of staff.', _L4, 'prohibits/must'),
    ('Threats of violence.', _L5, 'requires/must'),
    ('offensive or abusive.', _L6, 'permits/may'),
    ('Party political material.', _L7, 'prohibits/must'),
    ('We will report any posts which are hateful to the platform and remove the post.', None, 'requires/must'),
    ('We will report abusive comments and block the users who post them.', None, 'requires/must'),
    ('The council will report accounts that post threats to the police.', None, 'requires/must'),
    ('We will report back to the committee each year.', None, 'advises'),
    ('We will report our findings to the board.', None, 'advises'),
    ('Officers will report any gifts to the monitoring officer.', None, 'requires/must'),
    ('Humberside Police may without notice ban or block accounts that post abuse.', None, 'permits/may'),
    ('We may at any time remove comments that break these rules.', None, 'permits/may'),
    ('The council may without warning delete any post it considers offensive.', None, 'permits/may'),
    ('The trust may at its discretion hide comments from public view.', None, 'permits/may'),
    ('Staff may at no time share their passwords.', None, 'prohibits/must'),
    ('Managers may at any time ask to see the register.', None, 'permits/may'),
    ('At the trust, we operate a zero-tolerance policy towards any harmful conduct, whether in person or online.', None, 'prohibits/must'),
    ('We have a zero-tolerance approach towards fraud and corruption.', None, 'prohibits/must'),
    ('The council has zero tolerance of bullying and harassment.', None, 'prohibits/must'),
    ('We take a zero tolerance approach to abuse of our staff.', None, 'prohibits/must'),
    ('There is zero tolerance for discrimination of any kind.', None, 'prohibits/must'),
    ('Our zero tolerance policy is set out in the appendix.', None, 'advises'),
    ('The zero tolerance policy applies to all staff.', None, 'advises'),
    ('The Chief Executive or relevant director may comment where appropriate.', None, 'permits with conditions/may'),
    ('Officers may speak to the press where authorised to do so.', None, 'permits with conditions/may'),
    ('The Leader may issue statements where necessary.', None, 'permits with conditions/may'),
    ('The Chairman may send letters to the press after consulting the Clerk.', None, 'permits with conditions/may'),
    ('Staff may accept small gifts after consulting their manager.', None, 'permits with conditions/may'),
    ('The Mayor may speak on behalf of the council after agreeing the wording with the Clerk.', None, 'permits with conditions/may'),
    ('We are happy for you to share your opinions but ask that any criticism remains constructive.', None, 'permits with conditions/may'),
    ('We are happy for you to comment on our posts but we ask that you stay on topic.', None, 'permits with conditions/may'),
    ('We are happy for you to share our posts.', None, 'permits/may'),
    ('We are not banning relationships – but we need to know if they affect your work.', None, 'permits with conditions/may'),
    ('We are not banning the use of social media, but staff must follow this policy.', None, 'permits with conditions/may'),
    ('The council is not banning personal use of email.', None, 'permits/may'),
    ('We reserve the right to remove any posts which break the rules of the site, or which are not in line with these guidelines.', None, 'permits/may'),
    ('We reserve the right to remove comments which are not in accordance with our house rules.', None, 'permits/may'),
    ('You may use the internet in line with this policy.', None, 'permits with conditions/may'),
    ('You may post comments in accordance with these rules.', None, 'permits with conditions/may'),
    ('Respond to messages and engage with followers who respect our house rules.', _L8, 'advises'),
    ('Not share your personal information.', _L8, 'advises'),
    ('Treat all council meetings in the same way as far as issuing releases is concerned.', _L9, 'advises'),
    ('Set out who may speak for the council.', _L9, 'advises'),
    ('Report any abuse to the moderators.', 'On social media you should:', 'requires/should'),
    ('Do not share personal details.', 'On social media users must:', 'prohibits/must'),
    ('If any member of the public has a specific concern then please do contact our Patient Advice and Liaison Service.', None, 'advises'),
    ('If anyone has a complaint, please contact the customer services team.', None, 'advises'),
    ('If a resident has a question about their tenancy, please call us.', None, 'advises'),
    ('If you have any questions, please contact the IT helpdesk.', None, 'advises'),
    ('If you receive a gift, please contact your manager.', None, 'requires/must'),
    ("Any queries made outside of these times won't receive an immediate response.", None, 'advises'),
    ('Messages sent at weekends will not receive a reply until Monday.', None, 'advises'),
    ('Comments posted after 5pm may not receive a response until the next day.', None, 'advises'),
    ('We will also provide a period before the event to allow questions to be submitted for those people unable to make the live chat.', None, 'advises'),
    ('Recordings will be available for residents unable to attend the meeting.', None, 'advises'),
    ('Staff are unable to use personal email on council devices.', None, 'prohibits/must'),
    ('Users who are unable to attend should send their apologies.', None, 'requires/should'),
    ('Neither should they be used for private purposes unless permission has been given.', None, 'prohibits/should'),
    ('Neither should staff use their council email for personal matters.', None, 'prohibits/should'),
    ('Nor should employees accept gifts from suppliers.', None, 'prohibits/should'),
    ('Neither may members use council paper for party business.', None, 'prohibits/must'),
    ('Nor must you share your password.', None, 'prohibits/must'),
    ('We will always respond courteously to you, and we expect the same of those who contact us.', None, 'requires/should'),
    ('We treat our followers with respect and expect the same from them.', None, 'requires/should'),
    ('Our staff will be polite and we expect the same in return.', None, 'requires/should'),
    ('We expect all users to be respectful.', None, 'requires/should'),
    ("We don't accept the use of obscene or abusive language on our pages.", None, 'prohibits/must'),
    ('We will not accept any form of harassment of our staff.', None, 'prohibits/must'),
    ('We do not accept liability for the content of external sites.', None, 'advises'),
    ('The council will not accept gifts on behalf of its staff.', None, 'advises'),
])
def test_the_nineteenth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# The twentieth round's kinds: a breach that "will result in us deleting your post" or "will lead to" its removal, and
# "will take action to hide … or report", state the house rule by its enforcement; what the body will not answer is its
# service; not accepting language listed with commas forbids; "have responsibility for" doing lays a duty, unless the
# body holds it; "means only posting", a use that "is for … only" and an item's "but only when" limit; a right the body
# respects or recognises grants, bounded "outwith the workplace"; a named post-holder's "may" grants; a policy that
# "does not intend that" it "should deter" staff grants; being placed in a position where one "has to" decide, and a
# place "where you can share", are no rule; a platform's own terms that "require users to" are a fact; "It is essential
# that … should be avoided" forbids.
_TWENTIETH = [
    ('Violating these rules will result in us deleting your post and blocking your account from our social media accounts without warning.', None, 'requires/must'),
    ('Any breach of these rules will lead to us removing the post.', None, 'requires/must'),
    ('Breaking our house rules will result in your comment being removed.', None, 'requires/must'),
    ('Posting offensive content will result in us blocking your account.', None, 'requires/must'),
    ('Failure to follow these guidelines will result in disciplinary action.', None, 'advises'),
    ('Misuse of email will result in the withdrawal of access.', None, 'advises'),
    ('We will not respond to comments that are abusive, and we will block users who post them.', None, 'requires/must'),
    ('We will not reply to any comments that we feel are offensive, and we will remove posts that break our house rules.', None, 'requires/must'),
    ('We will not respond to messages that contain abuse.', None, 'advises'),
    ('We won’t respond to every comment.', None, 'advises'),
    ('Staff will not respond to comments on the council page without approval.', None, 'prohibits/must'),
    ('We don’t accept the use of obscene, violent or abusive language or imagery in the digital spaces we manage.', None, 'prohibits/must'),
    ('We won’t accept any form of harassment of our staff.', None, 'prohibits/must'),
    ('We don’t accept liability for the content of external sites.', None, 'advises'),
    ('Councillors have responsibility for representing the views of their community.', None, 'requires/should'),
    ('The individual councillors have responsibility for regulating the services provided and responding to the needs of the community.', None, 'requires/should'),
    ('Each member has a responsibility for upholding the code.', None, 'requires/should'),
    ('Line managers have overall responsibility for approving leave.', None, 'requires/should'),
    ('The Council has responsibility for the services listed in the schedule.', None, 'advises'),
    ('That means only posting content you’ve created.', None, 'restricts/must'),
    ('This means only using the account for council business.', None, 'restricts/must'),
    ('In practice that means only sharing information that is already public.', None, 'restricts/must'),
    ('Use of the Internet is for study or for college authorised/supervised activities only.', None, 'restricts/must'),
    ('Use of the email system is for school business only.', None, 'restricts/must'),
    ('Access to the network is for work purposes only.', None, 'restricts/must'),
    ('The internet is for educational use only.', None, 'restricts/must'),
    ('Use photographs of pupils, but only when parents have given consent.', 'Class teachers will:', 'restricts/must'),
    ('Post photographs of pupils, but only where consent has been given.', 'Staff will:', 'restricts/must'),
    ('Share news of events, but only when the head has approved it.', 'Staff should:', 'restricts/should'),
    ('The Council recognises the benefits of social media and respects their employees’ rights to personal use of social media outwith the workplace.', None, 'permits with conditions/may'),
    ('The council respects the right of staff to use social media in their own time.', None, 'permits with conditions/may'),
    ('We respect your right to a private life.', None, 'permits/may'),
    ('The trust recognises the right of employees to join a trade union.', None, 'permits/may'),
    ('The Adjudicator may also act without application.', None, 'permits/may'),
    ('The Ombudsman may investigate a complaint on his own initiative.', None, 'permits/may'),
    ('The Monitoring Officer may grant a dispensation.', None, 'permits/may'),
    ('The Registrar may refuse an application.', None, 'permits/may'),
    ('The University does not intend that this policy should deter staff from undertaking external activities.', None, 'permits/may'),
    ('The council does not intend that these rules should prevent staff from using social media.', None, 'permits/may'),
    ('It is not intended that this policy should stop employees from speaking to the press.', None, 'permits/may'),
    ('You may occasionally be placed in a position where you have to decide whether or not to accept offers of gifts.', None, 'advises'),
    ('There may be times when you have to decide whether to accept hospitality.', None, 'advises'),
    ('Staff may find themselves in situations where they need to refuse a gift.', None, 'advises'),
    ('Our social media channels are places where you can share your thoughts with other people.', None, 'advises'),
    ('Our Facebook page is a place where residents can find news about the council.', None, 'advises'),
    ('The forum is a space where members can ask questions.', None, 'advises'),
    ('The terms and conditions of most social media requires users to be at least 13 years of age.', None, 'advises'),
    ('Most social media sites require users to be at least 13.', None, 'advises'),
    ('Facebook’s terms of service require users to use their real names.', None, 'advises'),
    ('The rules of most platforms require account holders to give their date of birth.', None, 'advises'),
    ('It is essential that any suggestion of improper influence should be avoided.', None, 'prohibits/should'),
    ('It is vital that any conflict of interest should be avoided.', None, 'prohibits/should'),
    ('It is essential that staff should avoid any conflict of interest.', None, 'prohibits/should'),
    ('It is essential that employees should declare any gift.', None, 'requires/should'),
    ('If these rules are not followed, we will take appropriate action to hide, delete or report the posts.', None, 'requires/must'),
    ('We ask you to keep to these guidelines; if you do not, we will take action to remove your comments.', None, 'requires/must'),
    ('Where staff breach this policy, the council will take appropriate action.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _TWENTIETH)
def test_the_twentieth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# The twenty-first round's kinds, in sentences of its own: "are also prohibited from", "it would (almost) never be
# appropriate to" and a law or code that "requires that" lay bans and duties without a modal; "find out" after a fronted
# condition is an imperative; a lead-in naming the items as requirements ("requirements typically include:") makes each a
# duty, a "Not …" item a ban, and expectations ask for them; a ban that holds only outside the breaks limits the act to
# them; advice joined by "and should" to a duty of its own; "used together with" judgement is no cross-reference; "if
# they …" with any verb, the grantee's own act, after a permission bounds it, "if they wish" and another's act do not; a chief executive or a "Head of …" who
# will act, and a person who can appeal, are people; "will" in a relative clause tells who is meant; a heading that
# opens on Appendix, Section, Schedule or Part is no imperative; who lacks capacity, or a child, "cannot consent" in law;
# a committee's terms of reference state its remit; managers and heads "responsible for" what they issue hold a duty;
# a body named by its initials opening the clause owes its own duty; what nothing in the document is intended to affect,
# restrict or limit is allowed.
_TWENTY_FIRST = [
    ('Constables are also prohibited from taking an active part in politics.', None, 'prohibits/must'),
    ('Staff are prohibited from accepting cash gifts of any value.', None, 'prohibits/must'),
    ('Members of staff are expressly prohibited from using council equipment for private business.', None, 'prohibits/must'),
    ('Employees are strictly forbidden from sharing their passwords.', None, 'prohibits/must'),
    ('Politically restricted officers are barred from standing as candidates in local elections.', None, 'prohibits/must'),
    ('Staff are not prohibited from joining a political party.', None, 'permits/may'),
    ('The Staff Rules require that employees obtain written approval for any second job.', None, 'requires/must'),
    ('The Code requires that members register any gift worth more than £50.', None, 'requires/must'),
    ('The law requires that councillors declare a pecuniary interest at the meeting.', None, 'requires/must'),
    ('The Financial Regulations require that all purchases are made through the approved suppliers.', None, 'requires/must'),
    ('It would never be appropriate to give your personal mobile number to a pupil.', None, 'prohibits/should'),
    ('It would almost never be appropriate to accept a gift from a contractor.', None, 'prohibits/should'),
    ('It is never appropriate for staff to befriend a service user on social media.', None, 'prohibits/should'),
    ('It would rarely be acceptable to accept hospitality from a supplier during a tender.', None, 'prohibits/should'),
    ('It would not normally be appropriate to accept an invitation to a sporting event.', None, 'prohibits/should'),
    ('It would be appropriate to seek advice from your manager.', None, 'advises'),
    ('When a young person arrives, find out which apps they use.', None, 'requires/must'),
    ('If a young person asks to be your friend online, explain why you cannot accept.', None, 'requires/must'),
    ('Before the placement starts, talk to the social worker about contact arrangements.', None, 'requires/must'),
    ('Once you have received a gift, record it in the register.', None, 'requires/must'),
    ('Where a child discloses abuse online, report it to the designated lead immediately.', None, 'requires/must'),
    ('When a child moves in, check the privacy settings on their phone.', None, 'requires/must'),
    ('If you are offered hospitality, find out who is paying for it.', None, 'requires/must'),
    ('When a child is placed with you, they will bring their own phone.', None, 'advises'),
    ('Not naming the academy as their employer on their profiles', 'For staff, requirements typically include:', 'prohibits/must'),
    ('Not accepting friend requests from pupils', 'Requirements for staff include:', 'prohibits/must'),
    ('Keeping personal phones out of sight during lessons', 'For staff, requirements typically include:', 'requires/must'),
    ('Reporting any contact from a pupil to the designated lead', 'The requirements include:', 'requires/must'),
    ('Not posting photographs of pupils', 'Expectations of staff include:', 'prohibits/should'),
    ('Not using personal devices while on duty', 'The rules for volunteers include:', 'prohibits/must'),
    ('Photographs of school events', 'Examples of content include:', 'advises'),
    ('Governors are strongly advised to keep records and should tell the chair of any approach.', None, 'requires/should'),
    ('Staff are encouraged to use the intranet and must report any fault to the service desk.', None, 'requires/must'),
    ('Officers are advised to keep a note of any approach and must tell their manager.', None, 'requires/must'),
    ('Officers are advised to keep a note of any approach and should not reply to it.', None, 'prohibits/should'),
    ('This guidance is not intended to be prescriptive but should be read alongside your professional judgement.', None, 'advises'),
    ('The checklist is not intended to be exhaustive but should be used together with the judgement of the officer concerned.', None, 'requires/should'),
    ('The list is not intended to be exhaustive but should be applied with care by managers.', None, 'requires/should'),
    ('These rules are not meant to be restrictive but must be followed by all staff.', None, 'requires/must'),
    ('This policy is not intended to be exhaustive.', None, 'advises'),
    ('Volunteers may claim a meal allowance if they work more than six hours.', None, 'permits with conditions/may'),
    ('Staff may claim mileage at 45p per mile if they use their own car for work.', None, 'permits with conditions/may'),
    ('Employees may keep a gift if it is worth less than £25.', None, 'permits with conditions/may'),
    ('Members may claim travel expenses.', None, 'permits/may'),
    ('A person who is refused a licence can appeal to the magistrates.', None, 'permits/may'),
    ('An employee who disagrees with the decision can appeal to the Director.', None, 'permits/may'),
    ('Any member of staff can ask for a copy of the register.', None, 'permits/may'),
    ('Appendix C: Declaration of hospitality over £50', None, 'advises'),
    ('Appendix B: Register of interests', None, 'advises'),
    ('Annex 2: Declaration form for outside employment', None, 'advises'),
    ('This code covers all new starters, who will receive a copy on their first day.', None, 'advises'),
    ('This policy applies to all staff who will be using council laptops at home.', None, 'advises'),
    ('The guidance covers officers who will work with victims of crime.', None, 'advises'),
    ('Residents who lack capacity cannot consent to being filmed.', None, 'advises'),
    ('A child under 13 cannot consent to the processing of their data.', None, 'advises'),
    ('Staff cannot consent on behalf of a service user.', None, 'prohibits/must'),
    ('All staff are required to be vetted before they start work.', None, 'requires/must'),
    ('The CEO will decide whether the hospitality may be accepted.', None, 'requires/must'),
    ('The Monitoring Officer will decide whether the interest must be registered.', None, 'requires/must'),
    ('The Head of HR will review each request.', None, 'requires/must'),
    ('Service managers are responsible for all tablets given to their staff.', None, 'requires/should'),
    ('Line managers are responsible for the laptops issued to their team and for their return.', None, 'requires/should'),
    ('You are responsible for every message you send from your own account.', None, 'advises'),
    ('Do not use your mobile phone outside of designated break times.', None, 'restricts/must'),
    ('Staff must not use personal devices outside of break times.', None, 'restricts/must'),
    ('Not making personal calls except during lunch breaks', 'For staff, requirements typically include:', 'restricts/must'),
    ('Not checking personal messages outside of agreed break times', 'Requirements for staff include:', 'restricts/must'),
    ('Staff must not use social media during working hours.', None, 'prohibits/must'),
    ('Pupils must not leave the site at break times.', None, 'prohibits/must'),
    ('Staff may work from home if they wish.', None, 'permits/may'),
    ('You may use the library if you like.', None, 'permits/may'),
    ('Members may attend the training if they travel to the county hall at their own cost.', None, 'permits with conditions/may'),
    ('Officers may accept a modest meal if they declare it in the register.', None, 'permits with conditions/may'),
    ('Your manager may withdraw your access to the internet if you misuse it.', None, 'permits with conditions/may'),
    ('We reserve the right to block users if they post abuse.', None, 'permits with conditions/may'),
    ('You may use the gym if you finish work before six.', None, 'permits with conditions/may'),
    ('The Clerk may approve the claim if she receives the receipts.', None, 'permits with conditions/may'),
    ('Staff who will be working with children must complete the training.', None, 'requires/must'),
    ('Volunteers, who will be given a badge, are covered by this code.', None, 'advises'),
    ('Section 4: Gifts and hospitality', None, 'advises'),
    ('Schedule 2 – the register of interests', None, 'advises'),
    ('Part A: The rules for councillors', None, 'advises'),
    ('Any person who is refused a dispensation can appeal to the Standards Committee.', None, 'permits/may'),
    ('A person employed in a restricted post may apply for exemption.', None, 'permits/may'),
    ('No person may accept a gift on behalf of the council without approval.', None, 'prohibits'),
    ('The person you are speaking to may be recording the call.', None, 'advises'),
    ('Children under 16 cannot give consent to the use of their image.', None, 'advises'),
    ('A young person who lacks capacity cannot legally consent to the sharing of their records.', None, 'advises'),
    ('Staff cannot give consent on behalf of a pupil.', None, 'prohibits/must'),
    ('The Standards Committee’s terms of reference state that it must review the register each year.', None, 'advises'),
    ('The Board’s remit states that it should oversee the policy on interests.', None, 'advises'),
    ('The Code states that officers must declare any gift.', None, 'requires/must'),
    ('Heads of department are responsible for the mobile phones issued to their teams.', None, 'requires/should'),
    ('System administrators are responsible for the security of the network.', None, 'requires/should'),
    ('Managers remain responsible for any equipment lent to agency workers.', None, 'requires/should'),
    ('Members are responsible for the comments they leave.', None, 'advises'),
    ('The council is responsible for the website.', None, 'advises'),
    ('To protect children in its care, KCC should follow the guidance below:', None, 'advises'),
    ('The NHS should set an example to other employers.', None, 'advises'),
    ('LGSCO will publish its register of interests annually.', None, 'advises'),
    ('DBS checks must be renewed every three years.', None, 'requires/must'),
    ('Nothing in this procedure is intended to affect the normal exchange of small gifts between colleagues.', None, 'permits/may'),
    ('Nothing in this guidance restricts the right of staff to join a trade union.', None, 'permits/may'),
    ('Nothing in this code is meant to discourage members from using social media.', None, 'permits/may'),
    ('Nothing in this protocol limits the use of the intranet for union business.', None, 'permits/may'),
    ('Nothing in this policy is intended to replace the disciplinary procedure.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _TWENTY_FIRST)
def test_the_twenty_first_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_TWENTY_SECOND = [
    # a policy that does not mean to discourage or deter something grants it, "from" or not
    ('This guidance is not intended to discourage personal opinions.', None, 'permits/may'),
    ('The code is not meant to deter staff from using social media.', None, 'permits/may'),
    # what the body will not deal with or handle is its service, not a ban
    ('We won’t deal with complaints through social media.', None, 'advises'),
    ('We will not handle formal complaints on Facebook.', None, 'advises'),
    ('We will not post patients’ details on social media.', None, 'prohibits/must'),
    # an item that tells the reader to know something is informative whatever its lead-in asks
    ('Be aware that your use of email may be monitored.', 'Follow these guidelines:', 'advises'),
    ('Remember that posts can be shared widely.', 'Please follow these rules:', 'advises'),
    ('Lock your screen when you leave your desk.', 'Follow these guidelines:', 'requires/must'),
    # a ban joined to an item's duty by a comma is the rule
    ('Keep your password secret, do not share it with anyone', 'Follow these guidelines:', 'prohibits/must'),
    ('If you see abuse online, do not reply to it.', None, 'prohibits/must'),
    # "cannot" before a verb of thought or emphasis bans nothing; "I cannot" is no pledge
    ('I cannot imagine a council that would want its staff to criticise it in public.', None, 'advises'),
    ('We cannot stress enough how public social media is.', None, 'advises'),
    ('Staff cannot use personal accounts for council business.', None, 'prohibits/must'),
    # a modal in the place a clause describes is no rule
    ('These rules help to create a safe space where residents can share their views.', None, 'advises'),
    ('Staff can share council news on their personal accounts.', None, 'permits/may'),
    # what need not be done: a freedom for people, nothing for the body
    ('Staff will not have to register gifts of flowers.', None, 'permits/may'),
    ('Hopefully we will not have to remove any posts.', None, 'advises'),
    ('The council does not need to approve every post.', None, 'advises'),
    ('Employees do not need to declare gifts of chocolates.', None, 'permits/may'),
    # a comma that closes an aside after the subject joins no ban
    ('Comments made outside work, within the arena of social media, do not remain private.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _TWENTY_SECOND)
def test_the_twenty_second_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_TWENTY_THIRD = [
    # "Read full details … in our Code" points to another text
    ('Read full details about the process and our commitment to you in our Whistleblowing Code.', None, 'advises'),
    # an obligation under several words, and "your role is to"
    ('You are under a common law obligation not to disclose it without consent.', None, 'prohibits/must'),
    ('As a manager, your role is to support disclosures with sensitivity.', None, 'requires/must'),
    # "without fear of" is no condition on a permission
    ('Employees can raise concerns without fear of reprisal.', None, 'permits/may'),
    ('Employees can use the internet without permission.', None, 'permits with conditions/may'),
    # a body named in full, opening the clause, owes its own duty
    ('Kestlestow Multi Academy Trust is required to set out a Code of Conduct for all its employees.', None, 'advises'),
    ('All staff are required to follow the Code of Conduct.', None, 'requires/must'),
    # what a code is designed to give guidance on describes, where the standards are others' duties
    ('A Code of Conduct is designed to give clear guidance on the standards all staff are expected to observe.', None,
     'advises'),
    # a disclosure that is needed is a duty, and its list's items carry it
    ('A direct reporting line', 'Disclosures are needed if the relationship involves:', 'requires/should'),
    # what authorised use is, by criteria: each item is a limit, a negated one a ban
    ('Are of a reasonable duration and frequency.', 'Authorised uses of Council telephones are calls that:', 'restricts/must'),
    ('Do not affect the work of the Council.', 'Authorised uses of Council telephones are calls that:', 'prohibits/must'),
    # "a need to" is a noun, no duty
    ('Phones are issued where there is a need to contact the employee outside the office.', None, 'advises'),
    ('Staff need to lock their phones.', None, 'requires/should'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _TWENTY_THIRD)
def test_the_twenty_third_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


@pytest.mark.parametrize("text", ["Authorised uses of Council telephones are calls that:", "The Board's computers are for work."])
def test_a_body_s_telephones_and_any_body_s_computers_are_its_equipment(text):
    assert read_scope(text) == ("council equipment",)


_TWENTY_FOURTH = [
    # a right to feel or be something is no permission to act
    ('All of our community have the right to feel safe whilst engaging with us on social media.', None, 'advises'),
    ('Employees have the right to join a trade union.', None, 'permits/may'),
    # a contact offered for the reader's own query
    ('If your query is urgent or involves personal details, please refer to the relevant contact.', None, 'advises'),
    ('Please refer any media enquiry to the press office.', None, 'requires/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _TWENTY_FOURTH)
def test_the_twenty_fourth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_TWENTY_FIFTH = [
    # a lead-in that lists offences, or what makes a thing forbidden: each item is a forbidden act
    ('Viewing or downloading offensive material.',
     'The following activities contravene these regulations and are deemed a serious offence when using the network.',
     'prohibits/must'),
    ('Hacking.', 'The following actions would be treated as gross misconduct:', 'prohibits/must'),
    ('Compromise the member of staff.', 'An association will not be acceptable where it has the potential to:',
     'prohibits/must'),
    ('Bring the Force into disrepute.', 'A friendship will be considered inappropriate where it is likely to:',
     'prohibits/must'),
    # controls: a lead-in that permits where a condition holds, and one that names offences in law
    ('Takes place in your own time.', 'Personal use of the internet is permitted where it:', 'permits with conditions/may'),
    ('Staff must report them to the Data Protection Officer.', 'The following are offences under the Act.',
     'requires/must'),
    # a document's own account of what it sets out or addresses: its modals belong to the description
    ('It sets out the principles and standards you should adhere to as a Civil Servant.', None, 'advises'),
    ('This document addresses the risks of social media and the policies required to manage them.', None, 'advises'),
    ('It is required that you set out your reasons in writing.', None, 'requires/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _TWENTY_FIFTH)
def test_the_twenty_fifth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_TWENTY_SIXTH = [
    # a lead-in that requires what its items say
    ('Are civil and polite', 'We require that all those commenting on our social media channels:', 'requires/must'),
    ('Avoid posting any message that is abusive', 'We require that all those commenting on our social media channels:',
     'prohibits/must'),
    # the house rule stated by its enforcement on the body's accounts, not a consequence for staff
    ('Repeated abuse will result in permanent blocking from the relevant account.', None, 'requires/must'),
    ('Any breach of these rules will result in the removal of your comment.', None, 'requires/must'),
    ('Misuse will result in immediate suspension of access to the College systems.', None, 'advises'),
    ('Any material breach of this will result in disciplinary action.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _TWENTY_SIXTH)
def test_the_twenty_sixth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_TWENTY_SEVENTH = [
    # a negative spread over two acts
    ('Users must neither amend the browser configuration, nor make their own arrangements.', None, 'prohibits/must'),
    ('Staff should neither accept nor offer gifts of more than token value.', None, 'prohibits/should'),
    ('Neither the employee nor the manager may delete the record.', None, 'prohibits/must'),
    # a rule asked as a question
    ('Did you know the use of WhatsApp has only been approved for council business where Teams cannot be used?', None,
     'restricts/must'),
    ('Did you know that you must not forward council email to a personal account?', None, 'prohibits/must'),
    # what is approved or authorised only by some way or for some purpose
    ('Access to the internet will be authorised only via established procedures.', None, 'restricts/must'),
    ('The use of WhatsApp is only approved for urgent messages.', None, 'restricts/must'),
    # a use that "will be tolerated" is granted; "will not be tolerated" forbids
    ('Occasional personal use during working time will be tolerated.', None, 'permits/may'),
    ('Abusive comments will not be tolerated.', None, 'prohibits/must'),
    # a duty not extended to a time or an act frees staff from it
    ("This approach should not be extended to political activity in the member of staff's own time, unless the post "
     "is politically restricted.", None, 'permits with conditions/may'),
    ('The rules do not apply to attendance at Boards and Committees.', None, 'advises'),
    # a lead-in that promises what following its items brings: the items are its imperative's
    ('Abide by all University regulations and policies.',
     'Follow these principles and you should never be in breach of the full IT Regulations:', 'requires/must'),
    ("Use your own identity online; don't pretend to be someone else.",
     'Follow these principles and you should never be in breach of the full IT Regulations:', 'prohibits/must'),
    ('post offensive material.', 'Staff should never:', 'prohibits/should'),
    # a circular that gives guidance describes itself
    ('This circular provides guidance on the role which police staff can play in the local elections.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _TWENTY_SEVENTH)
def test_the_twenty_seventh_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_TWENTY_EIGHTH = [
    # a condition put as "Should you …" is no duty: the rule is what follows it
    ('should you be told that a person no longer wishes their photo to be shown please contact the group admin', None,
     'requires/must'),
    ('Should a gift be received by a councillor, it should be declared to the clerk.', None, 'requires/should'),
    ('Should staff accept friend requests from service users? They should not.', None, 'prohibits/should'),
    # what people "may themselves be" is a possibility
    ('It has also become clear that officers may themselves be at risk of online abuse.', None, 'advises'),
    ('You can yourself choose which platform to use.', None, 'permits/may'),
    # a required channel limits
    ('Any statement about the Council as a whole must go through the Press Office.', None, 'restricts/must'),
    ('All media enquiries should be channelled through the communications team.', None, 'restricts/should'),
    # what the one who signs an agreement understands he or she will do is an undertaking
    ('I understand that once the image has been uploaded I will remove it from the phone.', None, 'requires/must'),
    ('I understand that the school will monitor my use of the internet.', None, 'advises'),
    ('I understand that I will be held responsible for my actions.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _TWENTY_EIGHTH)
def test_the_twenty_eighth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_TWENTY_NINTH = [
    # a permission in a condition after the rule is no permission
    ('not prevent access to information if a person is entitled to it', 'A Councillor must:', 'prohibits/must'),
    ('Staff may use the gym if they are permitted to by their manager.', None, 'permits with conditions/may'),
    # "must … avoid" with an adverbial between
    ('Councillors must at all times (not only when acting as Councillors) avoid bringing the Council into disrepute.',
     None, 'prohibits/must'),
    # a second verb negated under the item's one subject
    ('promote equality and not lawfully discriminate', 'A Councillor must:', 'prohibits/must'),
    ('be polite and not only factual', 'A Councillor must:', 'requires/must'),
    ('be kind and not rude', 'A Councillor must:', 'requires/must'),
    # what is best is advice; never forgetting who one serves is a duty only to know
    ('Whilst there are grey areas the best policy is not to post anything like that until after the election.', None,
     'advises'),
    ('As employees in public service we must never forget who we work for.', None, 'advises'),
    ('You must never forget to lock your screen.', None, 'requires/must'),
    # standards expected and demanded of staff
    ('We expect and demand exemplary standards of behaviour from all our employees.', None, 'requires/should'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _TWENTY_NINTH)
def test_the_twenty_ninth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_THIRTIETH = [
    # a body that "requires that" its people act lays the duty, whatever it calls itself
    ('The school requires that all staff have read and comply with the Code of Conduct.', None, 'requires/must'),
    ('The Council requires that staff do not use personal email for council business.', None, 'prohibits/must'),
    # a body that permits personal use grants it, whatever its name
    ('The MoJ permits limited personal use of its IT systems, provided this use does not interfere with business.',
     None, 'permits with conditions/may'),
    ('The Trust permits personal use of email.', None, 'permits/may'),
    # "unable to" in a condition in brackets is no ban
    ('You must use one of the approved options when accessing University systems. (If you are unable to do this, '
     'contact the service desk.)', None, 'requires/must'),
    ('Staff are unable to access social networking sites from council computers.', None, 'prohibits/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _THIRTIETH)
def test_the_thirtieth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_THIRTY_FIRST = [
    # a limit in what a permission is for bounds it, as a cap on value does
    ('Very limited, occasional personal use during working time will be tolerated.', None, 'permits with conditions/may'),
    ('Limited personal use of the internet is permitted.', None, 'permits with conditions/may'),
    ('Personal use of the internet is permitted.', None, 'permits/may'),
    ('These principles are not intended to stop you accepting occasional trivial gifts.', None, 'permits/may'),
    ('Reasonable access to the internet is allowed.', None, 'permits/may'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _THIRTY_FIRST)
def test_the_thirty_first_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_THIRTY_FIRST_LATER = [
    # a pointer to more reading is no permission
    ('You can read more information about the Core Code of Ethics here.', None, 'advises'),
    ('You can read personal emails at lunchtime.', None, 'permits with conditions/may'),
    # a body that will not engage with "or tolerate" what follows refuses it
    ('Sexism', 'We will not engage with or tolerate the following behaviours:', 'prohibits/must'),
    ('Personal attacks on staff', 'We will not accept:', 'prohibits/must'),
    # a permission after a condition with no comma
    ('If a website gives you specific permission to copy information you may make as many copies as you wish.', None,
     'permits with conditions/may'),
    # access that is subject to its users accepting terms lays the duty to accept them
    ('Access to ICT facilities is subject to all staff expressly accepting the terms of this policy each time they log in.',
     None, 'requires/must'),
    ('Access to ICT facilities is subject to the terms of this policy.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _THIRTY_FIRST_LATER)
def test_the_thirty_first_rounds_later_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_THIRTY_SECOND = [
    # a body that requires anyone, or a list of people, to act lays a duty
    ('We require everyone to register their interests within 28 days.', None, 'requires/must'),
    ('The code requires councillors, co-opted members and officers who act for the council to declare gifts.', None,
     'requires/must'),
    ('The code requires councillors, co-opted members and officers to the standards committee.', None, 'advises'),
    # a body that asks that its people act, and expects them to act however far the verb comes after them
    ('The Council asks that all managers who approve purchases make a declaration each year.', None, 'requires/should'),
    ('The Board expects staff, contractors and volunteers who see wrongdoing in any part of its work to report it.', None,
     'requires/should'),
    # people who undertake to act take a duty; the body's own undertaking is no rule of conduct
    ('On appointment, governors undertake to follow the code.', None, 'requires/must'),
    ('The Trust undertakes to answer every complaint within ten days.', None, 'advises'),
    # access given on condition that, or subject to acceptance of, its terms lays the duty to accept them
    ('Laptops are issued to staff on condition that they sign the user agreement.', None, 'requires/must'),
    ('The archive admits researchers subject to acceptance by each visitor of the search room rules.', None, 'requires/must'),
    # "should" before its subject after the main clause is "if": a condition of the permission before it
    ('The Council reserves the right to close an account should its holder breach these rules.', None,
     'permits with conditions/may'),
    ('The Council reserves the right to close an account.', None, 'permits/may'),
    ('Neither should they be used for private purposes.', None, 'prohibits'),
    # expected to do one thing and not to do another: the ban is the strongest of its rules
    ('Officers are expected to be courteous and not to use abusive language.', None, 'prohibits/should'),
    ('Officers are expected to be courteous and to use plain language.', None, 'requires/should'),
    # what a document defines or deals with, however long its name, states no rule
    ('The Protocol on Officer/Member Relations defines the way in which officers should address members.', None, 'advises'),
    ('It also deals with the way in which staff should report concerns.', None, 'advises'),
    # a long question or wish of the reader's own before "please contact" is an offer of help
    ("If you have any questions about how the register is compiled and published or about the Trust's rules on gifts, "
     'please contact the Company Secretary.', None, 'advises'),
    ("If you're a resident who would like to know how we use your data, please see our privacy notice.", None, 'advises'),
    ('If a gift is offered, please contact the Company Secretary.', None, 'requires/must'),
    # an assurance ("you should have nothing to fear") and a link to a copy of a document are no rules
    ('If you raise a concern in good faith you should have nothing to fear.', None, 'advises'),
    ('Download a printable copy of our Whistleblowing Policy.', None, 'advises'),
    ('Download only software the IT team has approved.', None, 'restricts'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _THIRTY_SECOND)
def test_the_thirty_second_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_THIRTY_SECOND_LATER = [
    # a power that answers another's act holds only when the act happens, whether the condition comes first or last
    ('If a user posts abuse, we reserve the right to block them.', None, 'permits with conditions/may'),
    ('The trust reserves the right to suspend an account if its holder shares a password.', None,
     'permits with conditions/may'),
    ('Staff may work from home if they wish.', None, 'permits/may'),
    # a condition with a view set off in commas, or one that "could be" so, still bounds the power
    ('We may hide comments if, in our opinion, they could be seen as offensive.', None, 'permits with conditions/may'),
    ('We may hide comments if they could be seen as offensive.', None, 'permits with conditions/may'),
    # a fronted condition after a phrase naming the cases it holds in
    ('In some cases, where a user keeps breaking the rules, the council may block them.', None,
     'permits with conditions/may'),
    ('In some cases the council may block users.', None, 'permits/may'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _THIRTY_SECOND_LATER)
def test_the_thirty_second_rounds_later_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_THIRTY_THIRD = [
    # a heading that names the items as behaviours or standards of conduct asks each of them of the reader
    ('To answer the phone within five rings', 'Staff Behaviours', 'requires/should'),
    ('Treat colleagues with respect', 'Expected behaviours:', 'requires'),
    ('Treat colleagues with respect', 'Our history', 'requires'),
    ('To answer the phone within five rings', 'Our history', 'advises'),
    # what an excuse "will not be accepted as" is a consequence; what "will not be accepted" is a ban
    ('Not having read the policy will not be accepted as an excuse for misuse.', None, 'advises'),
    ('Offensive posts will not be accepted.', None, 'prohibits'),
    # a term "should be taken to include" others defines it
    ('In this code, "officer" should be taken to include agency workers.', None, 'advises'),
    # a duty to be aware is a duty only to know; a duty to make sure of a thing is a duty
    ('Managers should ensure that they are aware of the rules on political activity.', None, 'advises'),
    ('Managers should ensure that their teams follow the rules on political activity.', None, 'requires'),
    # a part of an Act that "provides that" reports the law
    ('Section 2 of the Local Government and Housing Act 1989 provides that certain posts are politically restricted.', None,
     'advises'),
    ('The Local Government and Housing Act provides that certain posts are politically restricted.', None, 'advises'),
    ('The code of conduct states that officers must declare gifts.', None, 'requires'),
    # what a page sets out states no rule
    ('This page sets out the rules that we expect everyone to follow on our channels.', None, 'advises'),
    # "our only ask is that" and "are prompted to" ask for what follows
    ('Our one ask is that you keep comments civil.', None, 'requires/should'),
    ('Staff are prompted to renew their declarations each April.', None, 'requires/should'),
    # "only" people named with a list set off in commas, who "are authorised", limit who may act
    ('Only officers of the press team, or staff on secondment to it, such as graduate trainees, are authorised to post.',
     None, 'restricts'),
    # a body that expects each of its people (named in brackets) to act asks it of them
    ('The trust expects each of us (staff, governors and volunteers) to declare our interests.', None, 'requires/should'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _THIRTY_THIRD)
def test_the_thirty_third_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


@pytest.mark.parametrize(("text", "lead_in", "expected"), [
    ('Ensure staff are aware of the social media policy', 'Managers have a responsibility to:', 'requires'),
    ('Managers must ensure that their staff are aware of the policy.', None, 'requires'),
    ('Staff must ensure that they are aware of the policy.', None, 'advises'),
])
def test_a_duty_to_make_others_aware_is_a_duty_and_to_be_aware_oneself_is_to_know(text: str, lead_in: str | None,
                                                                                    expected: str):
    _assert_reads(text, lead_in, expected)


_THIRTY_FOURTH = [
    # "may not … or may …" and "can and cannot" name what may happen either way, not a ban
    ('A comment may not be published or may be removed if it breaks these rules.', None, 'permits with conditions/may'),
    ('Threats of violence', 'A comment may not be published or may be removed if it contains any of the following:',
     'permits with conditions/may'),
    ('The guide explains what can and cannot be installed on school laptops.', None, 'advises'),
    ('A gift may or may not be accepted, depending on its value.', None, 'advises'),
    ('Staff may not install games on school laptops.', None, 'prohibits/must'),
    # use "conditional on compliance with" the law, or on acceptance of terms, lays the duty to comply
    ('Access to the forum is conditional on compliance with these terms.', None, 'requires/must'),
    ('Access to the forum is conditional on your manager approving it.', None, 'restricts'),
    # a user who agrees to do a thing takes a duty; agreeing to a document is no act of its own
    ('By registering, you agree to keep your password secret.', None, 'requires/must'),
    # "the only" officers empowered, or who may, act limits who acts
    ('The chief executive is the only officer authorised to sign contracts.', None, 'restricts/must'),
    ('The press officer is the only member of staff who may speak to journalists.', None, 'restricts/must'),
    ('The clerk is the only employee of the council.', None, 'advises'),
    # what pages "intend to" do, however long their name, are the body's aims
    ('Share news of events in the village', 'The Parish Council Facebook and Twitter pages intend to:', 'advises'),
    # rules which "we expect all social media users who …" to follow are asked for
    ('We have a few house rules which we expect all Facebook users who comment on our posts to follow:', None,
     'requires/should'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _THIRTY_FOURTH)
def test_the_thirty_fourth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_THIRTY_FIFTH = [
    # a lead-in that leaves its condition open ("if they:") makes each item the condition of the power
    ('contain links to gambling sites', 'We reserve the right to delete comments if they:', 'permits with conditions/may'),
    ('contain links to gambling sites', 'We reserve the right to delete comments that:', 'permits/may'),
    # people who "will undertake not to" act are forbidden it
    ('Governors will undertake not to discuss pupils outside meetings.', None, 'prohibits/must'),
    ('Governors will undertake to attend the training.', None, 'requires/must'),
    # "all we ask is that" asks
    ('All we ask is that you keep comments relevant.', None, 'requires/should'),
    # a house rule stated by its enforcement, with an adverb of manner; a technical fact is no rule
    ('Accounts that spread hate will be permanently blocked.', None, 'requires/must'),
    ('Some websites will be automatically blocked by the filter.', None, 'advises'),
    # what "will never occur" or "will not happen" is a prediction, no ban
    ('We cannot promise that outages will never occur.', None, 'advises'),
    ('Staff will never share passwords.', None, 'prohibits/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _THIRTY_FIFTH)
def test_the_thirty_fifth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_THIRTY_SIXTH = [
    # what an aim or approach "is not to" do is what it is not for, no ban (not to stop an act, it grants it, as the
    # labels of `ept-08` and `hnc-08` read); a person who "is not to" act is banned
    ('The purpose of this guidance is not to stop staff using social media.', None, 'permits'),
    ('Staff are not to use social media at work.', None, 'prohibits/must'),
    # "don't want to" is a wish, no ban
    ("We don't want to remove anyone's comments.", None, 'advises'),
    ("Don't post personal details.", None, 'prohibits/must'),
    # a contact allowed only in some cases limits it
    ('Ring the out-of-hours line only in an emergency.', None, 'restricts/must'),
    ('Call the out-of-hours line in an emergency.', None, 'requires/must'),
    # what "should be politely declined" is each item forbidden
    ('Cash or vouchers', 'Staff are reminded that the following should be politely declined:', 'prohibits'),
    ('Cash or vouchers', 'Staff are reminded that the following should be declared:', 'requires'),
    # a modal in what a framework or code "which outlines the …" describes belongs to the description
    ('The council has a framework which outlines the standards that all staff must meet.', None, 'advises'),
    ('Staff must follow the framework which outlines the standards.', None, 'requires/must'),
    # who "shall cease to be" a member meets a consequence
    ('A trustee who misses three meetings shall cease to be a trustee.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _THIRTY_SIXTH)
def test_the_thirty_sixth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_THIRTY_SEVENTH = [
    # contact offered for a kind of enquiry fronted before "please", or for a role's own question
    ('For press enquiries outside office hours, please contact the duty officer.', None, 'advises'),
    ('Please contact the duty officer before you speak to the press.', None, 'requires/must'),
    ('If you are a journalist and have a question, please contact our press office.', None, 'advises'),
    ('If you are approached by a journalist, please contact our press office.', None, 'requires/must'),
    # what one is responsible for, and for doing, past a long first object
    ('You are responsible for all use of your account (including use by anyone you have told your password to) '
     'and for keeping your password secret.', None, 'requires/should'),
    # being responsible for another's misuse is a consequence; being responsible for doing something is a duty
        ('If you lend your laptop to a friend, you shall also be responsible for their misuse of it.', None, 'advises'),
    ('You will be responsible for checking the inbox each morning.', None, 'requires'),
    # a named code that "sets out" the standards describes them
    ('The Staff Code of Conduct sets out the standards of conduct that must be met by every employee.', None, 'advises'),
    ('Every employee must meet the standards in the Staff Code of Conduct.', None, 'requires/must'),
    # "feel free to" after a condition, also one opening a second clause after a dash
    ('If you know the answer to a resident\'s question, feel free to reply.', None, 'permits with conditions'),
    ('Our page is for conversation - and if you have ideas, feel free to share them.', None, 'permits with conditions'),
    ('Feel free to share our posts.', None, 'permits/may'),
    # a modal in what places are "to be" where something happens describes the places
    ('We want our pages to be friendly places where anyone can ask a question.', None, 'advises'),
    ('Anyone can ask a question on our pages.', None, 'permits'),
    # being able to forward or report a message to someone is a channel offered
    ('You can forward it to the IT service desk for checking.', None, 'advises'),
    ('You can use your work phone for personal calls.', None, 'permits'),
    # what "we must all" or "we all need to" do is each person's duty; what the body must do is its own
    ('We must all treat colleagues with respect.', None, 'requires/must'),
    ('We have a few house rules that we all need to follow.', None, 'requires'),
    ('We must publish the register every year.', None, 'advises'),
    # a body's responsibility to do something is its function; a manager's is a duty
    ('The Authority has a responsibility to ensure public money is well spent.', None, 'advises'),
    ('Every manager has a responsibility to ensure staff read this policy.', None, 'requires'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _THIRTY_SEVENTH)
def test_the_thirty_seventh_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_THIRTY_EIGHTH = [
    # "there must be nothing" forbids as "there must be no" does
    ('There must be nothing in your conduct that suggests favouritism.', None, 'prohibits/must'),
    ('There should be nothing in a post that names a patient.', None, 'prohibits/should'),
    ('There must be a record of every gift.', None, 'requires/must'),
    # what "should be limited" or "must be subject to restrictions" restricts
    ('Personal calls should be limited.', None, 'restricts/should'),
    ('Access to the archive must be subject to strict restrictions.', None, 'restricts/must'),
    ('Personal calls should be logged.', None, 'requires/should'),
    # a condition opened by "In the rare circumstances where", past an "e.g."
    ('In the rare circumstances where refusing would cause offence (e.g. a gift from a visiting delegation), '
     'the gift may be accepted.', None, 'permits with conditions'),
    ('The gift may be accepted.', None, 'permits'),
    # what others must be able to trust, or need to be confident of, is an aim, no duty
    ('Residents must be able to trust the council\'s advice.', None, 'advises'),
    ('Our partners need to be confident that we act fairly.', None, 'advises'),
    ('Staff must be able to explain every decision they take.', None, 'requires/must'),
    # the body's wish that one not do something forbids, as its wish that one do something asks it
    ('We would like you not be rude to our staff.', None, 'prohibits/should'),
    ('We would like you to post in English or Welsh.', None, 'requires/should'),
    # items of what a code "has been developed to help" people do say what it is for
    ('Act with integrity', 'This code has been developed to help employees to:', 'advises'),
    ('Act with integrity', 'Employees must:', 'requires/must'),
    # a meeting's record of what "it was agreed" or "resolved" records a decision
    ('It was agreed that the page should be checked daily.', None, 'advises'),
    ('It was resolved that members should not post during meetings.', None, 'advises'),
    # a modal in what "will depend on" something describes how it varies
    ('The steps that a manager should take will depend on the seriousness of the breach.', None, 'advises'),
    ('A manager should take steps that suit the seriousness of the breach.', None, 'requires/should'),
    # what needs approval or requires permission is a duty to get it
    ('Every press release requires the approval of the Chief Executive.', None, 'requires/must'),
    ('All new accounts require prior authorisation.', None, 'requires/must'),
    # an aside set off by two dashes leaves the sentence's subject and modal together
    ('Any manager who receives a complaint – for example a letter or an email – should pass it to HR.', None,
     'requires/should'),
    ('Any manager who receives a complaint – for example a letter or an email – must not reply to it.', None,
     'prohibits/must'),
    # doing damage is a possibility, no permission
    ('Staff can do lasting harm to the council with one careless post.', None, 'advises'),
    ('Staff can post on the council\'s page.', None, 'permits'),
    # a check that an account is genuine is offered, no permission
    ('If you find an account with our name on it, you can check it is us on our website.', None, 'advises'),
    ('You can use our logo on community posters.', None, 'permits'),
    # what others are to feel they can do is a feeling hoped for
    ('We want residents to feel that they can comment on our posts.', None, 'advises'),
    ('Staff can comment on our posts.', None, 'permits'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _THIRTY_EIGHTH)
def test_the_thirty_eighth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_THIRTY_NINTH = [
    # a direction to the emergency number is one, with or without a comma after its condition
    ('If you smell smoke call 999.', None, 'requires/must'),
    ('If you need help urgently, please call 999.', None, 'requires'),
    ('If you need help, please call 01234 567890.', None, 'advises'),
    # a modal in what a page "on Facebook where" people can do describes the page
    ('We run a community page on Facebook where anyone can post.', None, 'advises'),
    ('Anyone can post on our community page.', None, 'permits'),
    # reporting one's concerns to someone, "if you prefer", is a channel offered
    ('You can, if you prefer, report your concerns to the auditor.', None, 'advises'),
    ('You can if you prefer, report your concerns to the auditor.', None, 'advises'),
    # "Again," and "Once again," open a sentence as "Also," does
    ('Again, check the policy before you post.', None, 'requires/must'),
    ('Once again, never share your password.', None, 'prohibits'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _THIRTY_NINTH)
def test_the_thirty_ninth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FORTIETH = [
    # a welcome with a thing that is "not permitted" after "but" is a permission with an exception
    ('You are welcome to bring in laptops and cameras but flash photography is not permitted.', None,
     'permits with conditions'),
    ('Flash photography is not permitted.', None, 'prohibits/must'),
    # "unacceptable" with an adverb forbids as it does without one
    ('Such behaviour is completely unacceptable.', None, 'prohibits/must'),
    ('I accept that such behaviour is totally unacceptable.', None, 'prohibits/must'),
    # being able to view this information somewhere is a pointer, no permission
    ('The register is kept at our office, or you can view this information on our website.', None, 'advises'),
    ('You can view your own personnel file.', None, 'permits'),
    # a power that answers someone's act "if after asking them to stop, they" do it holds only then
    ('We reserve the right to ask a visitor to leave if after asking them to stop, they continue to film.', None,
     'permits with conditions'),
    ('We reserve the right to ask a visitor to leave.', None, 'permits/may'),
    # an encouragement with a proviso allows the act on the proviso
    ('We encourage you to share your photos on social media, provided it is for private purposes.', None,
     'permits with conditions'),
    ('We encourage you to share your photos on social media.', None, 'advises'),
    # "expect one to eight" is a number of things, not an infinitive
    ('Following us, you can expect two to three posts a week.', None, 'advises'),
    ('We expect staff to answer within two days.', None, 'requires'),
    # what "we commit to" as the people a code binds is their duty; the body's own commitment is not
    ('Treating colleagues with respect', 'As members of staff, we commit to upholding the code by:', 'requires/must'),
    ('Treating colleagues with respect', 'We commit to:', 'advises'),
    ('We commit to replying within five working days.', None, 'advises'),
    # doing something "is vital for" a group of people is their duty; vital to a purpose is advice
    ('Keeping records up to date is vital for all managers.', None, 'requires/should'),
    ('Keeping records up to date is vital to good governance.', None, 'advises'),
    # what a policy allows people to do it permits, "within the guidelines" a condition
    ('The policy allows staff to use social media.', None, 'permits/may'),
    ('The policy allows staff to use social media within the guidelines below.', None, 'permits with conditions'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FORTIETH)
def test_the_fortieth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FORTY_FIRST = [
    # what is encouraged, "though" something of it is not permitted, is allowed but for the exception
    ('Photography is encouraged, though we do not permit the use of flash.', None, 'permits with conditions'),
    ('Comments are encouraged, but abusive posts will not be permitted.', None, 'prohibits'),
    # what "we ask that you avoid" is forbidden
    ('We ask that you avoid posting personal details.', None, 'prohibits/should'),
    ('We ask that you keep your posts short.', None, 'requires/should'),
    # what "will likely be removed" is a forecast
    ('Adverts placed by individuals will likely be removed.', None, 'advises'),
    ('Adverts will be removed.', None, 'requires/must'),
    # what a committee "is asked to" do is a decision sought
    ('The Committee is asked to approve the revised policy.', None, 'advises'),
    ('Staff are asked to read the revised policy.', None, 'requires'),
    # a modal in a purpose clause is no permission
    ('We publish the policy in large print so that everyone can read it.', None, 'advises'),
    # the body's "own discretion to" act is its power
    ('Our moderators will use their own discretion to hide off-topic comments.', None, 'permits/may'),
    # bringing things in is an act; bringing the body into disrepute a consequence
    ('You may bring small bags into the galleries.', None, 'permits/may'),
    ('Careless posts may bring the council into disrepute.', None, 'advises'),
    # withdrawing a card or access is the body's enforcement, as removing a post is
    ('We will withdraw the pass of anyone who damages the collection.', None, 'requires/must'),
    # how a document is kept up to date is no rule of conduct
    ('This policy should be reviewed every two years by the governors.', None, 'advises'),
    ('Staff should review their privacy settings every year.', None, 'requires/should'),
    # standards named before who requires them kept
    ('The code makes clear the standards of conduct the school requires you to meet.', None, 'advises'),
    ('The school requires you to meet the standards of the code.', None, 'requires/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FORTY_FIRST)
def test_the_forty_first_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FORTY_SECOND = [
    # a plain welcome states no rule; with an exception after "but" it permits with one
    ('Everyone is welcome to join the conversation on our pages.', None, 'advises'),
    ('You are welcome to bring in laptops but scanners are not permitted.', None, 'permits with conditions'),
    # agreeing to terms by using a site or a service is accepting a duty
    ('By using this website you agree to our terms of use.', None, 'requires/must'),
    ('In accessing our pages you are accepting our house rules.', None, 'requires/must'),
    # a zero-tolerance approach "in relation to" something forbids it
    ('The trust operates a zero tolerance policy in relation to bribery.', None, 'prohibits/must'),
    # "you agree to use … only for" a purpose limits the use
    ('You agree to use the network only for lawful purposes.', None, 'restricts'),
    # guidelines "set out in" a section are named, not a description of what a document sets out
    ('The policy and guidance set out in section 4 must be followed at all times.', None, 'requires/must'),
    ('This guide sets out the rules that staff must follow.', None, 'advises'),
    # what "it is essential that" others can be confident of is an aim
    ('It is essential that the public can be confident that staff act impartially.', None, 'advises'),
    ('It is essential that staff act impartially.', None, 'requires'),
    # a verb joined by "and" shares its subject: the body's inability is a fact
    ('We are not a medical service and cannot give clinical advice.', None, 'advises'),
    ('Staff are not trained for this and cannot give clinical advice.', None, 'prohibits'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FORTY_SECOND)
def test_the_forty_second_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FORTY_THIRD = [
    # a right reserved not to act on what others post grants it; not to answer them is the body's service
    ('We reserve the right not to publish every comment we receive.', None, 'permits'),
    ('We reserve the right not to reply to repeated complaints.', None, 'advises'),
    ('We reserve the right not to engage with repeated negativity.', None, 'advises'),
    # a passive permission of reuse, with its condition
    ('Our logo may be reproduced free of charge provided it is not altered.', None, 'permits with conditions'),
    ('News about the Mayor may be retweeted if it is not political.', None, 'permits with conditions'),
    ('Your details may be processed for several purposes.', None, 'advises'),
    # taking care not to act forbids it, whatever word qualifies the care, and so does an imperative "take care that"
    ('You should take particular care not to share anything that could embarrass the council.', None, 'prohibits/should'),
    ('Take care that you do not post anything offensive.', None, 'prohibits/must'),
    ('Take great care not to post anything offensive.', None, 'prohibits/must'),
    ('Take care when posting.', None, 'requires/must'),
    # what something is not to be taken as is a disclaimer; being seen somewhere is conduct
    ('A link to another site should not be taken as an endorsement of it.', None, 'advises'),
    ('Staff should not be seen in uniform at political events.', None, 'prohibits/should'),
    # what pages are intended for, and not for, limits their use; a document's audience is no rule
    ('These pages are intended for community discussion, not for advertising or political campaigning.', None, 'restricts'),
    ('This guidance is intended for managers, not for staff.', None, 'advises'),
    # a code named for whom it binds is the subject of its verb, not those people
    ('The Code of Conduct for Members will apply to your online activity.', None, 'advises'),
    ('Members will declare their interests at each meeting.', None, 'requires/must'),
    # a record that must be kept is the body's register, unless a person is named to keep it
    ('A record must be kept in each office of the staff who work there.', None, 'advises'),
    ('A record of all gifts must be kept by each line manager.', None, 'requires/must'),
    # "particularly where" gives an example, not a condition; a condition may open after "and"
    ('We reserve the right to edit comments, particularly where they are repetitive.', None, 'permits'),
    ('We reserve the right to edit comments where they are repetitive.', None, 'permits with conditions'),
    ('We want this page to be friendly and if you know the answer to a question, please feel free to reply.', None,
     'permits with conditions'),
    # a fronted condition ends where the body's own clause begins; a list inside the condition does not
    ('If a post breaks these rules, we may hide it, block the account, or report it.', None, 'permits with conditions'),
    ('If you see abuse, screenshots, links or messages, report it to us.', None, 'requires/must'),
    # what grants a person leave to act permits it; what a medium permits, or a tool allows, its users to do describes it
    ('The licence permits the applicant to trade within the marked area.', None, 'permits'),
    ('Any site that permits users to publish their own content is covered.', None, 'advises'),
    ('The software allows users to change their password.', None, 'advises'),
    # what the body only links to or shares limits its posts; what it only answers is its service
    ('We only share posts from official partner organisations.', None, 'restricts'),
    ('We only respond to messages during office hours.', None, 'advises'),
    # a duty bound to hours, or to a channel it goes through, limits the act
    ('Deliveries must be made between 8am and 6pm.', None, 'restricts'),
    ('All contact with parents must be done through the school email system.', None, 'restricts'),
    # a permission that is the exception to a rule before it does not make the sentence's ban its condition
    ('Stalls must be staffed between 9am and 5pm. However, traders are permitted to arrive at 7am, however no selling '
     'must take place before 9am.', None, 'prohibits'),
    ('You may use your phone at lunch. However, you must not take photos.', None, 'permits with conditions'),
    # an item headed by its subject and a dash states its own rule
    ('Respecting equality – take care that you do not post anything discriminatory.',
     'The standards of behaviour that should be followed online are:', 'prohibits/must'),
    # under a heading of behaviours, an item in the voice of the one it binds is an undertaking
    ('Treat my colleagues with respect and courtesy', 'Behaviours', 'requires/must'),
    ('Treat colleagues with respect and courtesy', 'Behaviours', 'requires/should'),
    # a modal in a relative clause after "the role that" describes
    ('Forces are advised not to limit the role that police staff can play in elections.', None, 'advises'),
    # a responsibility stated as someone's, and a named post-holder's, is a duty; a body's is its own affair
    ('The responsibility for obtaining a licence and for meeting any conditions that it may set is that of the organiser.',
     None, 'requires/should'),
    ('Each Data Officer is responsible for the accuracy of the records in their unit.', None, 'requires/should'),
    ('The council is responsible for the accuracy of its records.', None, 'advises'),
    # a process offered for the reader's own wish is no permission of conduct
    ('If you would like to reuse our photographs, you may apply for a licence.', None, 'advises'),
    ('Staff may apply for flexible working.', None, 'permits'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FORTY_THIRD)
def test_the_forty_third_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FORTY_FOURTH = [
    # what the reader requires is an offer's condition, as what they need is
    ('If you require a printed copy of this page, please contact us.', None, 'advises'),
    # the terms of a licence bound the permission given under them
    ('Users may reuse the text free of charge under the terms of the Open Government Licence.', None,
     'permits with conditions'),
    ('Users may reuse the text free of charge.', None, 'permits'),
    # having agreed not to act forbids it
    ('By signing this form, you have agreed not to share your password.', None, 'prohibits/must'),
    ('By signing this form, you agree to keep your password safe.', None, 'requires'),
    # "and not" before a noun phrase contrasts two things; before a verb it forbids
    ('Check that the request comes from the council and not a partner organisation.', 'Before replying you should:',
     'requires'),
    ('Stay on topic and not post anything offensive.', 'Please:', 'prohibits'),
    # being assured of a fact is no imperative
    ('If you visit our website, please be assured that we do not store your personal details.', None, 'advises'),
    ('If you visit our website, please be polite.', None, 'requires/must'),
    # an adverb before "entitled" leaves the entitlement
    ('You are legally entitled to ask for a copy of the information we hold about you.', None, 'permits'),
    # a standing policy of the body is a rule for its conduct, unless it is how the body answers
    ('It is our policy to seek permission before linking to other websites.', None, 'requires/must'),
    ('It is our policy to respond to complaints within ten days.', None, 'advises'),
    # a body named after a preposition is not the subject of the duty; an adverb before the -ing leaves it a duty
    ('Staff who are given a laptop as part of their work with the NHS are responsible for regularly updating it.', None,
     'requires/should'),
    # what a fact lets people do, after ", so", is no permission
    ('Declarations are a standing item at every meeting, so members can declare an interest.', None, 'advises'),
    # those who break the rules "may be blocked": the body's power; "you may be blocked" warns of a consequence
    ('Anyone who breaks these rules may be blocked and reported.', None, 'permits'),
    ('If you break these rules you may be blocked from our pages.', None, 'advises'),
    # approval through a named channel limits the act
    ('All filming on our sites must be approved in advance through the Press Office.', None, 'restricts'),
    # a consequence at the body's discretion is its power
    ('A breach of these terms may, at our discretion, result in your account being closed.', None, 'permits'),
    ('A breach of these terms may result in your account being closed.', None, 'advises'),
    # what "it is accepted" staff will do is permitted, here while they do something else
    ('It is accepted that staff will wear uniform while travelling between visits.', None, 'permits with conditions'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FORTY_FOURTH)
def test_the_forty_fourth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FORTY_FIFTH = [
    # dealings that "shall be via" someone go through a channel; a login "solely for" a use limits it
    ('All contact with the press shall normally be via the Clerk.', None, 'restricts'),
    ("Your login is solely for accessing the library's online services.", None, 'restricts'),
    ('This page is only for information.', None, 'advises'),
    # people bound by a code owe it; a code that binds those who run the body's channels describes them
    ('Parish councillors are bound by the same code of conduct as every other councillor.', None, 'requires'),
    ('Our channels are run by civil servants who are bound by the Civil Service Code.', None, 'advises'),
    # a discretion set off before a permission bounds it
    ('At the discretion of the Chair, members of the public may speak during the public session.', None,
     'permits with conditions'),
    ('Meetings are held monthly. At the discretion of the Chair, members of the public may speak.', None,
     'permits with conditions'),
    # doing one's best is an aim, where "we will always remove …" is a rule
    ('We will always do our best to accommodate requests to film.', None, 'advises'),
    ('We will always remove abusive comments.', None, 'requires/must'),
    # a notice that a text is not to be reproduced forbids it
    ('Not to be reproduced without the permission of the copyright owner.', None, 'prohibits/must'),
    # what the body "will only continue to discuss" is how it answers
    ('Once a student turns 18 we will only continue to discuss their progress with parents if the student agrees.', None,
     'advises'),
    # not insisting on something leaves it free, here with an exception
    ('The Trust does not insist on any particular dress, except where there are safety concerns.', None,
     'permits with conditions'),
    # a permission inside a longer relative clause after "an environment where" describes it
    ('These guidelines help create an environment where our community can engage and are free to ask questions.', None,
     'advises'),
    # how to complain is an offer; what an item gives clarity over is described
    ('A complaint should be made to the Clerk with enough detail to support it.', None, 'advises'),
    ('The new code gives clarity over what should be declared.', None, 'advises'),
    # no one raising a concern will be victimised: a protection; no one treated less favourably: a ban
    ('No employee will be victimised for raising a concern under this procedure.', None, 'advises'),
    ('No person will be treated less favourably because of their age.', None, 'prohibits'),
    # the house rule by its enforcement, with the "be" a page left out
    ('People who break the terms of use will blocked if they do it again.', None, 'requires/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FORTY_FIFTH)
def test_the_forty_fifth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FORTY_SIXTH = [
    # what people in some cases may not do happens; "may not" alone forbids
    ('In some cases staff may not raise concerns because they fear being seen as disloyal.', None, 'advises'),
    ('Staff may not raise concerns on social media.', None, 'prohibits'),
    # "once" opens a condition as "if" does
    ('Once you have the document, you may apply to reuse it.', None, 'permits with conditions'),
    # what a medium "can provide" describes its benefits
    ('We recognise the opportunities that social media can provide for engagement.', None, 'advises'),
    # nothing in a policy is intended to have the effect of limiting a freedom: the freedom stands
    ('Nothing in this policy is intended to have the effect of limiting academic freedom.', None, 'permits'),
    # a purpose that people be able to do something grants nothing; the rule follows it
    ('To make sure that you are able to receive a reliable service we expect that users follow our conditions.', None,
     'requires'),
    # what is incompatible with a post forbids it
    ('It is incompatible with full-time service that a member of staff should run an outside business.', None,
     'prohibits'),
    # a verb joined by "and" to a purpose shares its "to"
    ('This is to ensure transparency and avoid any suspicion of a conflict of interest.', None, 'advises'),
    ('Declare the interest and avoid any involvement in the decision.', None, 'prohibits'),
    # a policy to be consulted alongside others is a cross-reference
    ('This policy should be consulted alongside the university IT policies.', None, 'advises'),
    # what the body will not support or give is its provision
    ('Personal equipment will not be supported by the IT Office.', None, 'advises'),
    ('Users will not normally be given administrative access.', None, 'advises'),
    ('Users will not install software on shared computers.', None, 'prohibits/must'),
    # what is recognised of things is so; of staff, their duty
    ('It is recognised that most cases will have to proceed in confidence.', None, 'advises'),
    ('It is recognised that staff must sometimes work late.', None, 'requires'),
    # what a document makes clear that you can do is described
    ('This procedure makes it clear that you can raise a concern without fear of victimisation.', None, 'advises'),
    # a polite request
    ('We would be grateful if you would read the small print below.', None, 'requires/should'),
    # a limit joined by "and" to a ban: the ban is the most restrictive rule
    ('The use of our logo is restricted and may not be used without permission.', None, 'prohibits'),
    ('The use of our logo is restricted to our partners.', None, 'restricts'),
    # what is only done with consent limits it
    ('Images of visitors are only taken and used with their consent.', None, 'restricts'),
    # obliged after another participle
    ('All staff who handle your data are trained and obliged to keep it confidential.', None, 'requires/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FORTY_SIXTH)
def test_the_forty_sixth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FORTY_SEVENTH = [
    # a verb and its adverb open an imperative, as a verb and its object do; a possessive may open the object
    ('Please leave promptly at closing time.', None, 'requires/must'),
    ('Communicate respectfully with staff and neighbours.', 'Your responsibilities', 'requires/must'),
    ('Your visit will be guided by a member of staff; please accept their help.', None, 'requires/must'),
    ('Staff regularly update the page.', None, 'advises'),
    # more openers of a fronted condition
    ('Prior to downloading the data please read the terms of use.', None, 'requires/must'),
    ('In the event of a fire, or when the alarm sounds, leave the building by the nearest exit.', None, 'requires/must'),
    # "only enter" limits where one goes
    ('Only enter rooms where you are working.', 'While working in a tenant\'s home, staff will:', 'restricts'),
    # a right of access, and a law that gives a right, grant it; "but not to" bounds it
    ('You have the right of access to information that we hold.', None, 'permits'),
    ('The law gives any person the right to see our information but not to reuse it.', None, 'permits with conditions'),
    # terms one may look up are a pointer, not a duty
    ('For terms and conditions of using our centres, please refer to our admissions policy.', None, 'advises'),
    # a heading of what the body owes, and the means by which it complies, state its own commitments
    ('Treat all residents fairly and respectfully.', 'Our responsibilities', 'advises'),
    ('Not collecting or keeping excessive amounts of data;', 'The Council complies with its data protection duties by:',
     'advises'),
    # a passive permission that names who may act, with its condition first
    ('Unless it contains third party data, the Data may be used free of charge by individuals or organisations.', None,
     'permits with conditions'),
    # a ban given for the reader's own wish is advice; a ban alone forbids
    ('If you do not want your details published, please do not post them.', None, 'advises'),
    ('Please do not post your personal details.', None, 'prohibits'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FORTY_SEVENTH)
def test_the_forty_seventh_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FORTY_EIGHTH = [
    # a wh-clause or "the way in which" after a verb that describes a text belongs to what is described
    ('This code sets down the way in which every employee of the trust is expected to behave.', None, 'advises'),
    ('The scheme amplifies how the work is to be carried out.', None, 'advises'),
    ('Every employee is expected to behave well.', None, 'requires/should'),
    # a purpose denied to hinder an act grants it
    ('The aim of this policy is not to ban friendships at work.', None, 'permits'),
    ('The aim of this policy is to set out the standards expected.', None, 'advises'),
    # a signer's "I need to" in an agreement undertakes, unless it is a condition
    ('I understand that I need to report any loss of my laptop.', None, 'requires'),
    ('I understand that if I need to leave early I should tell my manager.', None, 'requires/should'),
    # what a body is entitled to demand of others is a standard, no permission
    ('Every school is entitled to demand courtesy from its staff.', None, 'advises'),
    ('Staff are entitled to take a lunch break.', None, 'permits'),
    # rules that "are a condition of use" bind
    ('These rules are a condition of entry to the site.', None, 'requires/must'),
    # conduct "expected from" people is a duty, as "expected of" is
    ('Courtesy is expected from every volunteer.', None, 'requires/should'),
    ('This leaflet lists the standards which are expected from volunteers.', None, 'advises'),
    # "may miss" and "shall take precedence" are no rule
    ('We may sometimes miss a message.', None, 'advises'),
    ('If the two documents conflict, the contract shall take precedence.', None, 'advises'),
    ('If the two documents conflict, the manager shall decide.', None, 'requires/must'),
    # "take no part" forbids
    ('Councillors with an interest shall declare it and shall take no part in the vote.', None, 'prohibits/must'),
    ('A member with an interest should take no part in the discussion.', None, 'prohibits/should'),
    # "taking account of" bounds a permission
    ('The committee may decide urgent matters, taking account of these rules.', None, 'permits with conditions'),
    ('The committee may decide urgent matters.', None, 'permits'),
    # a secretary or treasurer who "will" act has a duty, as a clerk has
    ('Before each meeting, the Secretary will send the agenda to all members.', None, 'requires/must'),
    ('The Treasurer will keep the accounts.', None, 'requires/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FORTY_EIGHTH)
def test_the_forty_eighth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FORTY_NINTH = [
    # "may fear" and "may just be" are no permission; "may just" still grants an act
    ('Staff may fear reprisals.', None, 'advises'),
    ('They may just be unsure what to report.', None, 'advises'),
    ('You may just post a short reply.', None, 'permits'),
    # a facility "primarily provided" for a use is a fact, as the labels of `east-bergholt-03` and `scas-email-04` read
    ('The e-mail facility is primarily provided to support the work of the trust.', None, 'advises'),
    # "take no part in", with or without a modal, forbids; a relative clause's "take no part" is who is meant
    ('Governors with an interest take no part in the decision.', None, 'prohibits/must'),
    ('Governors who take no part in the decision may still attend the meeting.', None, 'permits'),
    # what the law requires of the body is its own duty; of people, a rule
    ('The Council is required by law to publish its accounts.', None, 'advises'),
    ('Employees are required by law to declare certain interests.', None, 'requires/must'),
    # "There are three values which must underpin …" names them; steps "which must be followed" rule
    ('There are two principles which must guide our work:', None, 'advises'),
    ('Follow the manual.', 'There are three steps which must be followed:', 'requires'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FORTY_NINTH)
def test_the_forty_ninth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FIFTIETH = [
    # what the body "considers unacceptable" it forbids
    ('We consider such behaviour unacceptable.', None, 'prohibits/must'),
    ('We consider every request carefully.', None, 'advises'),
    # a fronted "only" after "However," limits
    ('However, only staff with a pass are permitted to enter.', None, 'restricts'),
    ('However, staff are permitted to enter.', None, 'permits'),
    # "will not condone" forbids; "do not condone and will remove" states the house rule by its enforcement
    ('We will not condone abuse of our staff.', None, 'prohibits/must'),
    ('Abuse', 'We do not condone and will remove posts which contain:', 'requires'),
    # "aim to delete" or "endeavour to remove" posts is the house rule by its enforcement
    ('Spam', 'We aim to remove posts that are:', 'requires'),
    ('We aim to reply within two days.', None, 'advises'),
    # a post-holder who "has day-to-day responsibility for" something has a duty; the body's own is no rule
    ('The Head of Finance has day-to-day responsibility for the register.', None, 'requires/should'),
    ('The Council has overall responsibility for this policy.', None, 'advises'),
    # what staff "will have access to" is provided, no duty
    ('Every employee will have access to the staff intranet.', None, 'advises'),
    ('Every employee will keep their password safe.', None, 'requires'),
    # "it is therefore vital that" requires, as "it is vital that" does
    ('It is therefore vital that all visitors sign in.', None, 'requires'),
    # what the body "requires that" others do binds; what it requires of itself is no rule here
    ('The Authority requires that all statutory duties are met.', None, 'requires/must'),
    ('The Authority requires that it is consulted.', None, 'advises'),
    # what is "not required in order to" be something is not needed
    ('A degree is not required in order to apply.', None, 'permits'),
    # encouraging a use "subject to" a licence grants it with that condition
    ('We encourage the re-use of our data, subject to the terms of the Open Government Licence.', None, 'permits with conditions'),
    ('We encourage the re-use of our data.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FIFTIETH)
def test_the_fiftieth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FIFTY_FIRST = [
    # "neither party should" forbids, as a fronted "neither" does
    ('Members and officers should be courteous and neither party should exploit their position.', None, 'prohibits/should'),
    # an offer to contact the body "if this is required" is advice; a plain "please contact" asks
    ('Large print copies can be supplied, please contact us if this is required.', None, 'advises'),
    ('Please contact your manager before posting.', None, 'requires/must'),
    # "you can follow us on" a platform is an invitation
    ('You can follow the Assembly on Facebook and Instagram.', None, 'advises'),
    ('You can follow the link to download the form.', None, 'permits'),
    # items under "examples of misconduct" are forbidden
    ('misuse of allowances', 'The following are examples of misconduct which the Commissioner may investigate:', 'prohibits/must'),
    # a complaint that "must be made in writing" is how to complain
    ('Any complaint must be made in writing.', None, 'advises'),
    ('Any request for leave must be made in writing.', None, 'requires/must'),
    # what a message "will not be considered" is what it counts as, no ban
    ('Messages sent to our page will not be considered a formal request.', None, 'advises'),
    ('Staff will not post on political matters.', None, 'prohibits/must'),
    # "we would prefer to receive" asks
    ('We would prefer to receive requests by email.', None, 'requires/should'),
    # what "must be made clear to" others is the body informing them
    ('The rules must also be made clear to visiting contractors.', None, 'advises'),
    # a permission "may be withdrawn by" someone: their power
    ('A parking permit may be withdrawn by the council at any time.', None, 'permits'),
    ('The timetable may change.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FIFTY_FIRST)
def test_the_fifty_first_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FIFTY_SECOND = [
    # "please advise us of" asks
    ('Please advise us of any access needs before your visit.', None, 'requires/must'),
    # a time that a thing "will be between the hours of" limits it
    ('Deliveries will be between the hours of 8am and 6pm.', None, 'restricts/must'),
    ('Our phone lines are monitored between the hours of 9am and 5pm.', None, 'advises'),
    # "can have a maximum of" grants with its limit
    ('Each resident can have a maximum of two parking permits.', None, 'permits with conditions'),
    # tickets "issued subject to compliance with" rules bind
    ('Memberships are issued subject to compliance with the centre rules.', None, 'requires/must'),
    # a fronted "in the event of any query" is the reader's own need
    ('In the event of any query please speak to reception.', None, 'advises'),
    ('Please speak to reception before entering the pool.', None, 'requires/must'),
    # an imperative before "suitable" or "appropriate" and its noun
    ('Wear appropriate footwear in the gym.', None, 'requires/must'),
    # "to ensure that they are able to" is a purpose, no permission
    ('We provide laptops to ensure that staff are able to work from home.', None, 'advises'),
    ('Staff are able to work from home on Fridays.', None, 'permits'),
    # "guidance on procedures that must be adopted" describes them
    ('The handbook gives guidance on the procedures that must be followed after an accident.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FIFTY_SECOND)
def test_the_fifty_second_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FIFTY_THIRD = [
    # what "can only be achieved through" something names the means, no limit
    ('These aims can only be achieved through the support of all staff.', None, 'advises'),
    ('Council equipment can only be used for council business.', None, 'restricts'),
    # "etc." does not end a sentence
    ('The Council recognises its duties under the Health and Safety at Work etc. Act 1974.', None, 'advises'),
    # what a text "requires the clerk to" do is a duty
    ('The procedure requires the clerk to check the accounts every month.', None, 'requires/must'),
    # what a policy "should help to" do is hoped for; a person who "should help" has a duty
    ('These measures should help to reduce risks.', None, 'advises'),
    ('Staff should help visitors to find their way.', None, 'requires/should'),
    # "keep … to a maximum" limits
    ('Each speaker will be asked to keep their remarks to a three minute maximum.', None, 'restricts'),
    # the body "is obliged to" act: its own duty; a person obliged to act has one
    ('The Council is obliged to publish its accounts.', None, 'advises'),
    ('Employees are obliged to declare their interests.', None, 'requires/must'),
    # a body that "cannot accept any liability" disclaims
    ('However, the DVLA cannot accept any liability for content on other websites.', None, 'advises'),
    # "it is for line management to" act is a duty
    ('It is for line management to deal with poor performance.', None, 'requires/should'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FIFTY_THIRD)
def test_the_fifty_third_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


def test_a_cue_that_spans_a_quotation_names_it_as_written():
    # quotations are blanked while the reader reads, so that their words state no rule; a cue across one is
    # given back in the words of the text
    reading = propose_stance("Each speaker will be required to keep their “speeches” to a three minute maximum.")
    assert reading.stance == "restricts"
    assert "“speeches”" in reading.cue


_FIFTY_FOURTH = [
    # a comma and "staff should avoid" start a main clause of its own, which forbids
    ('Corrections should be made calmly, and staff should avoid shouting at pupils.', None, 'prohibits/should'),
    # an adverb between "are" and "expected to"
    ('Staff are furthermore expected to dress smartly.', None, 'requires/should'),
    # what staff "agree to:" in a signed agreement binds its items
    ('Demonstrate respect for colleagues.', 'All staff agree to:', 'requires/must'),
    # an imperative before "one" or "both"
    ('Sign one copy of the form and return it to the office.', None, 'requires/must'),
    # "it is reasonable that they should" requires; "it is reasonable to" grants
    ('It is reasonable that managers should set an example.', None, 'requires/should'),
    ('It is reasonable to make occasional personal calls.', None, 'permits'),
    # "For example, don't" forbids, as a fronted condition before "don't" does
    ('For example, do not share your password.', None, 'prohibits/must'),
    # terms that "do not grant you the right to" act forbid it
    ('These terms do not grant you the right to use our logo.', None, 'prohibits/must'),
    # another text's rule, reported, is no rule of this one
    ('This policy is based on the national handbook, which states that schools should have a gifts register.', None, 'advises'),
    # "should be conscious of … and exercise" is a duty
    ('Members should be conscious of their role and exercise discretion.', None, 'requires/should'),
    # a permission "for your own personal use", "if unaccompanied" or to "claim reasonable" costs is bounded
    ('You may print pages for your own personal use.', None, 'permits with conditions'),
    ('We reserve the right to refuse entry to children if unaccompanied.', None, 'permits with conditions'),
    ('Volunteers may claim reasonable travel costs.', None, 'permits with conditions'),
    # what "will be processing" is what is to happen, also as a lead-in
    ('Our officers will be reviewing the scheme in May.', None, 'advises'),
    ('answering requests', 'The Board will be processing personal data for these purposes:', 'advises'),
    # "our staff will provide" a service
    ('Our staff will provide help where needed.', None, 'advises'),
    ('Our staff will wear name badges.', None, 'requires/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FIFTY_FOURTH)
def test_the_fifty_fourth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FIFTY_FIFTH = [
    # items under acts that "will be considered misuse" are forbidden
    ('Sharing passwords.', 'The following acts will be considered misuse of the network:', 'prohibits/must'),
    # "may not … because" tells what happens
    ('Some staff may not report concerns because they fear reprisals.', None, 'advises'),
    ('Staff may not report concerns to the press.', None, 'prohibits'),
    # those "requiring advice" who "should contact" someone are told where to turn
    ('Anyone requiring advice on this policy should contact Human Resources.', None, 'advises'),
    ('Anyone who is unsure whether a gift is acceptable should contact Human Resources.', None, 'requires/should'),
    # the body "expects high levels of" conduct "from" people: a duty
    ('The Trust expects high levels of courtesy from its volunteers.', None, 'requires/should'),
    # "strictly limited to" limits
    ('Bookings are strictly limited to two hours.', None, 'restricts/must'),
    # "for guidance … only" and principles "used for guidance" describe the code
    ('The code rests on principles that should be used for guidance and interpretation only.', None, 'advises'),
    # a right "under" a law grants
    ('You have the right under the Data Protection Act to see your records.', None, 'permits'),
    # "please refer to" a web address is a pointer
    ('Please refer to www.example.org.uk for the latest opening times.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FIFTY_FIFTH)
def test_the_fifty_fifth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FIFTY_SIXTH = [
    # "please tell us" after the reader's own belief is where to turn, as "please contact us" is
    ('If you think a member of staff has broken these rules, please tell us.', None, 'advises'),
    ('If you see abuse, please tell us.', None, 'requires'),
    # a reserved right with the body's discretion set between "right" and "to"
    ('The Trust reserves the right, at its sole discretion, to close the car park.', None, 'permits'),
    ('We reserve the right, at our discretion, not to reply to messages.', None, 'advises'),
    # the grantee's own wish not to act is no condition
    ('Staff need not attend the social evening if they do not wish to.', None, 'permits'),
    ('You may leave early if you do not take a lunch break.', None, 'permits with conditions'),
    # a recourse or concern of the reader's own, then where they "should" turn
    ('If an employee wishes to appeal the decision, they should write to the Head of HR.', None, 'advises'),
    ('If a parent has a concern, then they should speak to the class teacher.', None, 'advises'),
    ('If you wish to take photographs you should ask a member of staff.', None, 'requires/should'),
    # items under what "a breach of this policy may include" are forbidden
    ('Sharing passwords with colleagues.', 'A breach of this policy may include:', 'prohibits/must'),
    # a maximum that "shall be allowed" limits; one that "may be" had grants with its limit
    ('A maximum of two guests shall be allowed per member.', None, 'restricts/must'),
    ('A maximum of two guests may be invited.', None, 'permits with conditions'),
    # what a complaint must be about, and how to make one, are offered
    ('Your complaint must relate to the conduct of a councillor.', None, 'advises'),
    ('To make a complaint, you should complete the online form.', None, 'advises'),
    ('To use the gym, you need to complete a form.', None, 'requires'),
    # "who needs to" tells who is meant
    ('Any officer who needs to travel abroad is advised to speak to the IT team first.', None, 'advises'),
    # an indirect question whose subject runs on with ", and"
    ('The committee discussed whether members, and officers of the council should declare gifts.', None, 'advises'),
    # an application the reader "can make" to a body is a recourse offered
    ('You can make an appeal to the Ombudsman.', None, 'advises'),
    # what one "should be able to" do "without" hindrance is a freedom described
    ('Staff should be able to raise concerns without fear of reprisal.', None, 'advises'),
    ('You should be able to justify every purchase.', None, 'requires/should'),
    # words reported after "tells you that" are another's
    ('a colleague tells you that you must not speak to the press;', 'You are being bullied if:', 'advises'),
    # a bank names itself as a council does: its own register is no rule of conduct
    ('The Bank must review this policy every year.', None, 'advises'),
    # what only people do is a rule, though "we" say it
    ('We must always act with integrity in our dealings with customers.', None, 'requires/must'),
    ('We must draw up a code of conduct.', None, 'advises'),
    # what a text "makes clear to" its readers is described; "makes clear that" restates a rule
    ('This guidance makes clear to staff the standards each is expected to meet.', None, 'advises'),
    ('This guidance makes clear that staff must not accept cash.', None, 'prohibits/must'),
    # "and where … they are not entitled to" starts a ban of its own
    ('Governors are required to declare their interests and where they have an interest they are not entitled to vote.', None,
     'prohibits'),
    # "call, email or tweet" a handle is a contact offered, as a number is
    ('For help, contact our team – call, email or tweet @HelpDesk – during office hours.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FIFTY_SIXTH)
def test_the_fifty_sixth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FIFTY_SEVENTH = [
    # a notice may leave out "is": "No X permitted", "Nothing to be …", "Consent required for …"
    ('No bicycles permitted on the towpath.', None, 'prohibits/must'),
    ('Nothing to be left in the corridors overnight.', None, 'prohibits/must'),
    ('Nothing in this policy is to be read as preventing staff from raising concerns.', None, 'advises'),
    ('Written consent required for any works near the drain.', None, 'requires/must'),
    # a thing that requires a permit binds whoever brings it
    ('Trailers continue to require a permit.', None, 'requires/must'),
    # "as a condition of their appointment" binds
    ('Governors sign the code of practice as a condition of their appointment.', None, 'requires/must'),
    # people who "agree to carry out" or "uphold" something undertake it
    ('By signing the charter, volunteers agree to uphold its values.', None, 'requires/must'),
    # costs "incurred whilst" working are what the permission covers, not its condition
    ('Members are entitled to claim travel costs incurred whilst attending meetings.', None, 'permits'),
    ('Members may use the lounge whilst attending meetings.', None, 'permits with conditions'),
    # "before you can" is a time, not a grant
    ('Your ticket will be checked before you can enter the hall and should be kept until you leave.', None, 'requires/should'),
    # a fronted purpose's "to a minimum" is no limit; "This will only be where" says when a thing is done
    ('To keep costs to a minimum, staff must book travel early.', None, 'requires/must'),
    ('This will only be where the law allows us to share it.', None, 'advises'),
    # the body asks visitors, patients or the public as it asks "you"
    ('We ask visitors not to use mobile phones on the wards.', None, 'prohibits/should'),
    ('We ask all patients to respect our staff.', None, 'requires/should'),
    # what the body "is not currently allowing" it forbids
    ('We are not currently allowing visitors on the wards.', None, 'prohibits/must'),
    # "who cannot" tells who is meant
    ('Members who cannot attend a meeting should send their apologies.', None, 'requires/should'),
    # a list of indirect questions after "decide"
    ('The committee decides which projects to fund, where money should be spent and what services should be offered.', None,
     'advises'),
    # a plain welcome to attend or ask states no rule
    ('Members of the public are welcome to attend our meetings.', None, 'advises'),
    # a deadline for something the reader does binds
    ('The deadline for submitting questions is noon on the day before the meeting.', None, 'requires/must'),
    # "limited to comply with" gives a reason, not a limit
    ('Seating will be limited to comply with fire regulations and visitors should book in advance.', None, 'requires/should'),
    # items that are the exceptions of a permission
    ('signs ask you not to', 'Mobile phones may be used anywhere except where:', 'permits with conditions'),
    # a list of named groups ends the subject; the people before it are bound
    ('All staff and members on the Audit, Finance and Planning Committees will adhere to this policy.', None, 'requires/must'),
    # media enquiries sent to the communications team go through one channel
    ('All press enquiries must be directed to the Media Office.', None, 'restricts/must'),
    ('Requests for interviews should be referred to the Communications Team.', None, 'restricts/should'),
    ('Matters concerning the allotments should be referred to the Clerk.', None, 'requires/should'),
    # "they will sign" a declaration is what people do
    ('They will sign the declaration of acceptance of office at the first meeting.', None, 'requires/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FIFTY_SEVENTH)
def test_the_fifty_seventh_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FIFTY_EIGHTH = [
    # a time for each speaker, and "on the production of" a document, bound a permission
    ('Objectors are eligible to speak at the committee for 3 minutes each.', None, 'permits with conditions'),
    ('Visitors may obtain a day pass on the production of photographic identification.', None, 'permits with conditions'),
    # "The maximum number of … is" limits
    ('The maximum number of speakers on any item is four.', None, 'restricts/must'),
    # a summons, a reminder of a requirement, a thing that "will be mandatory" and access "subject to" terms bind
    ('All members of the committee are hereby summoned to attend.', None, 'requires/must'),
    ('Members are reminded of the requirement to declare any interest.', None, 'requires/must'),
    ('Please note that hard hats will be mandatory on the site.', None, 'requires/must'),
    ('Please note that the office is closed on Mondays.', None, 'advises'),
    ('Admission is subject to the conditions of our visitor charter.', None, 'requires/must'),
    # "and not to be entered" forbids, as "are not to be entered" does
    ('The stores are private areas and not to be entered by visitors.', None, 'prohibits/must'),
    # the body "may contact you" about a request: its own process
    ('To help us answer, we may contact you to clarify your request.', None, 'advises'),
    # what someone "confirms that they:" do binds them
    ('will comply with all instructions given by staff;', 'By signing the form, the hirer confirms that they:', 'requires/must'),
    # requests for information to be in writing, as complaints, are offered
    ('All requests for information should be in writing.', None, 'advises'),
    # raising a query with someone "who will be happy to" help is offered; getting permission through one team is not
    ('Any questions should be raised with the Facilities Officer who will be happy to help.', None, 'advises'),
    ('To obtain permission, please contact the press office who will be happy to help.', None, 'requires/must'),
    # a modal in what someone represented is theirs
    ('At the time of publication no representations had been received that the item should be heard in private.', None,
     'advises'),
    # a purpose or a reason after a permission does not bound it
    ('Officers have the right to inspect the hall to ensure that it is used in accordance with these conditions.', None,
     'permits'),
    ('You do not need to name the Act as all requests will be handled in line with it.', None, 'permits'),
    ('Staff may use the internet in accordance with this policy.', None, 'permits with conditions'),
    # the body's power over users "can block" with its condition
    ('The web team can block users if they post abuse.', None, 'permits with conditions'),
    ('We can answer questions during office hours.', None, 'advises'),
    # the items of "may be copied …, provided that:" are the permission's conditions
    ('the source is acknowledged;', 'Our published data may be reused without permission, provided that:',
     'permits with conditions'),
    # a contact offered by its address
    ('If you need help with the form, you can email help@example.org.uk.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FIFTY_EIGHTH)
def test_the_fifty_eighth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_FIFTY_NINTH = [
    # a zero-tolerance policy "in respect of" forbids; one others are expected to demonstrate is asked of them
    ('The Trust takes a zero-tolerance policy in respect of bribery.', None, 'prohibits/must'),
    ('We expect our contractors to demonstrate a zero tolerance approach to bribery.', None, 'requires/should'),
    # use that "constitutes acceptance of" terms, and people who "agree to these terms", bind
    ('Your use of this app constitutes acceptance of these terms.', None, 'requires/must'),
    ('By registering, parents agree to these terms and conditions.', None, 'requires/must'),
    ('By enrolling you have agreed to abide by the student charter.', None, 'requires/must'),
    # "required to be aware of" is a duty to know
    ('All visitors are required to be aware of the following:', None, 'advises'),
    # what governors "agree to the following:" binds them, after a purpose too
    ('the principles of public life', 'In order to carry out their role, Governors agree to the following:', 'requires/must'),
    # a definition states no rule, whatever it describes
    ('Misconduct is defined as behaviour which prevents colleagues from doing their work.', None, 'advises'),
    # "to ensure you can" is a purpose, not a grant
    ('We have taken steps to ensure you can work safely, but it is the responsibility of every employee to follow the rules.',
     None, 'requires/should'),
    # "have been instructed not to" forbids, before "and may only"
    ('Staff have been instructed not to smoke in the building and may only smoke in the shelter.', None, 'prohibits/must'),
    # "duty bound to", a statutory obligation, and approval that "is required" bind
    ('Every manager is empowered, and duty bound to stop unsafe work.', None, 'requires/must'),
    ('All boats using the marina have a statutory obligation to pay the mooring fee.', None, 'requires/must'),
    ('Harbour Authority approval is required for any filming on the quay.', None, 'requires/must'),
    ('The Harbour Authority is required to publish its accounts.', None, 'advises'),
    # a speed limit limits
    ('Please observe the speed limit of 5 mph on the estate roads.', None, 'restricts'),
    # attendance "is expected" is asked for
    ('Full attendance is expected at all training sessions.', None, 'requires/should'),
    # "please therefore continue to" is an imperative; "stop attending" forbids
    ('Please therefore continue to follow the one-way system.', None, 'requires/must'),
    ('If you feel unwell, you should tell your manager and stop attending work.', None, 'prohibits/should'),
    # an item that says what happens to anybody caught breaking a rule is a consequence
    ('Anybody found smoking on the premises will be excluded.', 'As a member of the club you must:', 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _FIFTY_NINTH)
def test_the_fifty_ninth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_SIXTIETH = [
    # what the body will not tweet or post is a standard for its own posts; what it will not answer is its service
    ('We will not tweet anything we have not checked.', None, 'prohibits/must'),
    ('We will not respond to every tweet we receive.', None, 'advises'),
    # the body's political neutrality binds the staff who speak for it
    ('We will remain impartial in everything we publish.', None, 'requires/must'),
    ('We will be politically neutral during the election period.', None, 'requires/must'),
    ('We cannot comment on party politics.', None, 'prohibits/must'),
    ('We cannot give legal advice.', None, 'advises'),
    # a notice with no verb of its own, "No swearing", forbids; "No further action" describes
    ('No swearing.', None, 'prohibits/must'),
    ('No spam, adverts or chain letters.', 'Our house rules:', 'prohibits/must'),
    ('No further action.', None, 'advises'),
    ('No response is needed.', None, 'advises'),
    # where to turn with one's own question is help offered; a concern about a colleague is still to be reported
    ('Anyone who has a general question about their own care should contact their GP.', None, 'advises'),
    ("Anyone who has a concern about a colleague's conduct should report it to their manager.", None, 'requires/should'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SIXTIETH)
def test_the_sixtieth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_SIXTY_FIRST = [
    # a permission that only denies a need grants nothing a ban after it could limit; a real permission is limited
    ('There is no need to ask permission to link to our pages, however our pages must not be framed.', None, 'prohibits/must'),
    ('You may link to our pages, however you must not frame them.', None, 'permits with conditions/may'),
    # a permission in a concession is no grant, and a lead-in's ban after "Unless …," still governs its items
    ('take phones into exams although calculators may be allowed.', 'Unless your teacher agrees, do not:', 'prohibits/must'),
    ('use the lift.', 'Unless told otherwise, do not:', 'prohibits/must'),
    # what a body "will not accept a petition which" is, and what "is never acceptable", are forbidden
    ('contains personal attacks.', 'We will not accept a petition which:', 'prohibits/must'),
    ('Racism is never acceptable on our pages.', None, 'prohibits/must'),
    # "it's crucial that you" asks; what it is crucial the public feel states no rule
    ("It's crucial that you keep your password private.", None, 'requires/should'),
    ('It is crucial that the public have confidence in our work.', None, 'advises'),
    # a ban denied, a body's thing as the subject of "may not", a power to disconnect, access that people "will have"
    ('Staff have not been banned from using their phones.', None, 'permits/may'),
    ('The Council logo may not be used without permission.', None, 'prohibits/must'),
    ('We cannot give financial advice.', None, 'advises'),
    ('Devices without updates may be disconnected from the network.', None, 'permits/may'),
    ('Staff will have access to the shared calendar.', None, 'permits/may'),
    ('The IT team will have access to your mailbox.', None, 'advises'),
    # "which should" describes the things it follows
    ('The team deals with local enquiries, or those which should go to the police.', None, 'advises'),
    # a relative "where" clause's permission is read for what it grants, not for a "those" before it
    ('private study;', 'The only exceptions are those in copyright law, where material can be used without permission for:',
     'permits with conditions/may'),
    # imperatives: "Remain", "Challenge", "Build", "Please liaise with"
    ('Remain calm and professional.', None, 'requires/must'),
    ('Challenge behaviour that breaks our values.', None, 'requires/must'),
    ('Build good relationships with colleagues.', None, 'requires/must'),
    ('Please liaise with the clerk before filming.', None, 'requires/must'),
    # a channel one must go "through" limits
    ('All complaints should be raised through the Clerk.', None, 'restricts/should'),
    # a purpose of private study, a condition put first ("If required,", "In accordance with the law,") and a frequency
    # bound a permission; an animal may be let travel
    ('Published material can be reproduced for research or private study.', None, 'permits with conditions/may'),
    ('If required, Teams can be used to share files.', None, 'permits with conditions/may'),
    ('In accordance with the law, the school may monitor use of its network.', None, 'permits with conditions/may'),
    ('Members can book the hall every 4 weeks.', None, 'permits with conditions/may'),
    ('Assistance dogs may travel free of charge.', None, 'permits/may'),
    # what people are not "and do not" have or give is a fact; what the body "does not publish" is a standard for its
    # posts, what it "does not endorse" a disclaimer
    ('The moderators are not lawyers and do not give legal advice.', None, 'advises'),
    ('The council does not publish the names of residents.', None, 'prohibits/must'),
    ('The council does not endorse any linked site.', None, 'advises'),
    # a policy "not about prohibiting" a thing permits it
    ('This policy is not about prohibiting friendships at work.', None, 'permits/may'),
    # "I … and will" is the writer's own undertaking
    ('I recognise the value of the internet and will report any misuse.', None, 'requires/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SIXTY_FIRST)
def test_the_sixty_first_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_SIXTY_SECOND = [
    # "are asked to please not" forbids
    ('Visitors are asked to please not bring flowers onto the ward.', None, 'prohibits/should'),
    # visits that "can take place" between set hours are allowed, and "however … discouraged" limits them
    ('Visits can take place between 2pm and 4pm, however visitors are discouraged from bringing young children.', None,
     'permits with conditions/may'),
    # the press and public excluded from a meeting are forbidden it; "excluding public holidays" is a date
    ('The press and public will be excluded from the meeting for this item.', None, 'prohibits/must'),
    ('The item will be discussed excluding the press and public.', None, 'prohibits/must'),
    ('The office is open Monday to Friday, excluding public holidays.', None, 'advises'),
    # the public may be granted what they "are able to" do, as people are
    ('The public are able to attend the meeting online, subject to the protocol for remote meetings.', None,
     'permits with conditions/may'),
    # "you're agreeing to be bound by" binds; accounts that "may be closed" are the body's power over users
    ("By using this site, you're agreeing to be bound by these terms.", None, 'requires/must'),
    ('Accounts that break these rules may be closed without notice.', None, 'permits/may'),
    # circumstances or a period put first bound a permission ("In rare cases" hedges only)
    ('In certain circumstances you may apply for a review of the decision.', None, 'permits with conditions/may'),
    ('During the election period we reserve the right to remove political posts.', None, 'permits with conditions/may'),
    # "All visitors to be signed in": a notice's duty, with no verb of its own; a wish "to be discussed" is none
    ('All visitors to be signed in at reception.', None, 'requires/must'),
    ('Any matter a resident wishes to be discussed can be raised with a councillor.', None, 'advises'),
    # the body keeping its own notice up to date grants nothing; what the reader is asked to do after it binds
    ('We may change this policy from time to time, so please check this page regularly.', None, 'requires/must'),
    ('We may change this privacy notice from time to time.', None, 'advises'),
    # a cap "shall not exceed" limits, as "must not exceed" does
    ('The value of any gift shall not exceed £50.', None, 'restricts/must'),
    # access withdrawn from someone who breaks the rules is a consequence; removing their posts states the house rule
    ('If you do not follow these rules, we will withdraw your access to the network.', None, 'advises'),
    ('We will remove posts that break these rules.', None, 'requires/must'),
    # how and where to raise one's own question or complaint, and who investigates it, are offered
    ('Any questions about this policy should be sent to the Clerk.', None, 'advises'),
    ('A complaint must provide enough detail for it to be investigated.', None, 'advises'),
    ('If you feel a councillor has broken the code and wish to make a complaint, you should submit it in writing.', None,
     'advises'),
    ('If you do not wish to be filmed, please tell the Chair before the meeting starts.', None, 'advises'),
    ('The Monitoring Officer is responsible for investigating complaints about councillors.', None, 'advises'),
    # what a document is for, a duty the body acknowledges and a book it keeps state no rule of conduct
    ('This document should also be a guide for new staff.', None, 'advises'),
    ('The trust acknowledges the duty of care to protect vulnerable adults.', None, 'advises'),
    ('A book to record gifts should be kept by each team.', None, 'advises'),
    # a time slot bounds a permission; what "may be passed … only with" consent is limited
    ('Residents may speak during a 15 minute session before the meeting.', None, 'permits with conditions/may'),
    ('Information may be passed to other agencies only with your consent.', None, 'restricts/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SIXTY_SECOND)
def test_the_sixty_second_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_SIXTY_THIRD = [
    # a lead-in that ends on what it introduces, with no colon, is completed by each item
    ('Roadside verges', 'Avoid the following areas', 'prohibits/should'),
    # circumstances after a permission bound it, as they do put first
    ('Gifts may be accepted in exceptional circumstances.', None, 'permits with conditions/may'),
    # "there must be no more than" limits; "there must be no" forbids
    ('There must be no more than four people at a table.', None, 'restricts/must'),
    ('There must be no smoking in the building.', None, 'prohibits/must'),
    # what one is "not required to" do in a concession lays no duty; the main clause's modal still binds
    ('Although not required to do so, visitors are encouraged to sign the book.', None, 'advises'),
    ('Although not required to do so by law, staff must declare every gift.', None, 'requires/must'),
    # the grantee's own wish put first grants freely; a permission with a condition of its own is bounded
    ('Should you wish to share our posts, you are free to do so.', None, 'permits/may'),
    ('If you wish to share our posts, you may do so with the permission of the editor.', None,
     'permits with conditions/may'),
    # "which will not be a …" describes what is allowed; "which will not be tolerated" forbids
    ('A small dog which will not be a nuisance to others is allowed on the bus at the sole discretion of the driver.',
     None, 'permits with conditions/may'),
    ('Content which will not be tolerated includes abuse.', None, 'prohibits/must'),
    # "at the sole discretion of" bounds a permission, as "at the discretion of" does
    ('Pets are allowed in the hall at the sole discretion of the caretaker.', None, 'permits with conditions/may'),
    # what a body cannot control, by any name, is beyond it; "cannot" before an act still forbids
    ('Whilst Metro cannot directly control which buses use these stops, we will seek to group them.', None, 'advises'),
    ('Staff cannot use the pool cars at weekends.', None, 'prohibits/must'),
    # a site that "is a no smoking site" forbids smoking there; a body that provides a smoke free setting states no rule
    ('All of our schools are no smoking sites.', None, 'prohibits/must'),
    ('The University provides a smoke free environment for everyone.', None, 'advises'),
    # what someone "should expect" is a consequence; what they should do is a duty
    ('Staff who do not follow the procedures should expect challenge.', None, 'advises'),
    ('Staff should challenge colleagues who do not follow the procedures.', None, 'requires/should'),
    # "and the way in which they should …" names what is expected, as "the way in which" after a verb does
    ('The public expects a great deal of board members and the way in which they should behave.', None, 'advises'),
    # a duty the law lays states the law; a duty the text lays binds
    ('Health and safety legislation places a duty of care on all staff to keep the workplace safe.', None, 'advises'),
    ('All staff have a duty to report accidents.', None, 'requires/must'),
    # an acceptable or maximum value stated in money limits
    ('This code deems the acceptable level to be £25.', None, 'restricts/must'),
    # a ban joined by "and therefore" is the rule, over the duty before it
    ('Staff must keep a professional distance from pupils, and therefore should not be friends with them online.', None,
     'prohibits/should'),
    # what the Chair "will" do at a meeting is a duty, as what the Mayor will do is
    ('At the start of the meeting the Chair will announce that the meeting may be filmed.', None, 'requires/must'),
    # a right noted ("Please note that the Chair has the right to …") is the permission it states
    ('Please note that the Chair has the right to stop the recording if the meeting is disrupted.', None,
     'permits with conditions/may'),
    # contact asked for "first" is a duty before the act; contact offered for a question is help
    ('Should you wish to reproduce any of our photographs, please contact us first.', None, 'requires/must'),
    ('If you wish to reproduce any of our photographs, please contact us.', None, 'advises'),
    ('If you have any questions about parking then please contact us through the use of our email address.', None,
     'advises'),
    # a ban in a relative clause after a limit is the clause's most restrictive rule
    ('Access must only be made with your own password, which must not be shared with anyone.', None, 'prohibits/must'),
    # what the complainant "should be asked to" do is how the body handles a complaint
    ('The complainant should be asked to put the complaint in writing.', None, 'advises'),
    # someone who objects to being recorded is told how to opt out
    ('If you object to being filmed please tell the Clerk.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SIXTY_THIRD)
def test_the_sixty_third_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_SIXTY_FOURTH = [
    # what "may also be blocked" is the body's power over users, as what "may be blocked" is
    ('Anyone who posts abusive content may also be blocked and/or reported.', None, 'permits/may'),
    # a reply asking the poster to remove what they posted enforces the house rules; a reply alone is the body's service
    ("We'll respond publicly to your comment asking you to remove it immediately.", None, 'requires/must'),
    ('We may also respond publicly to your comment asking you to remove it.', None, 'permits/may'),
    ('We will respond to your message within five working days.', None, 'advises'),
    # an item that avoids a thing, not only an act, forbids it, as firmly as its lead-in asks
    ('avoid conflicts of interest', 'Councillors on all occasions should:', 'prohibits/should'),
    # contact for someone calling out of hours, or interested in taking part, is offered; a bare request binds
    ("If you are calling out-of-hours, please contact the hospital's switchboard.", None, 'advises'),
    ('If you are interested in sharing your story, please email press@example.org.', None, 'advises'),
    ('Please email bookings@example.org to confirm your choice.', None, 'requires/must'),
    # what the body "will … and will:" do, or "will … ensure:", is its own commitment
    ('Act as the main point of contact for the media', 'We will respond positively to media requests and will:', 'advises'),
    ('no discrimination on the grounds of age;', 'The council will, in carrying out its duties ensure:', 'advises'),
    ('no discrimination on the grounds of age;', 'Staff must ensure there is:', 'prohibits/must'),
    # a zero-tolerance approach forbids, in quotation marks or not; "there will be no tolerance of" forbids
    ("The University maintains a 'zero tolerance' approach to fraud.", None, 'prohibits/must'),
    ('Exams are checked and there will be no tolerance of cheating.', None, 'prohibits/must'),
    # access "conditional on observance of" the rules binds, as "conditional on compliance with" them does
    ('Access to the network is conditional on observance of the following Regulations.', None, 'requires/must'),
    ('Access to the network is conditional on the availability of staff.', None, 'restricts/must'),
    # a permission others "may be granted … on application to" a manager is bounded by it
    ('Other persons may be granted permission to use the facilities on application to the manager.', None,
     'permits with conditions/may'),
    # a use that "must be in support of" aims limits it to them
    ('Use of the network must be in support of the aims of the curriculum.', None, 'restricts/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SIXTY_FOURTH)
def test_the_sixty_fourth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_SIXTY_FIFTH = [
    # a lead-in that ends on an ellipsis introduces its items as a colon does; what the body "will" do is its commitment
    ('Deal promptly and fairly with any complaints you may have.', 'As a College we will...', 'advises'),
    # what the body holds back for a period (an election's) is a rule on its own communications; what it will not do
    # with a reader's details is its service
    ('Announce new funding programmes.', 'Therefore, from 23 May until 5 July, we will not:', 'prohibits/must'),
    ('share your personal details with anyone else.', 'We will not:', 'advises'),
    # a no-smoking policy a body operates forbids smoking; smoking "only allowed in" set areas is limited to them
    ('The College operates a non-smoking policy in all its buildings.', None, 'prohibits/must'),
    ('Smoking is discouraged and only allowed in designated smoking areas.', None, 'restricts/must'),
    # what "is now a personal choice" is allowed
    ('Wearing a face covering in class is now a personal choice.', None, 'permits/may'),
    # applying online for what the reader wants is offered, as applying for it is
    ('If you want to make an application, you can apply online.', None, 'advises'),
    # a comment that "has grounds to be removed if:" each item holds is the body's power on that condition
    ('You have posted personal information.', 'Your comment has grounds to be removed if:', 'permits with conditions/may'),
    # where to send a complaint one wishes to make is offered, even with "must"
    ('If you wish to complain about a councillor you must submit your complaint to the Monitoring Officer.', None,
     'advises'),
    # exceptions put first ("except for certain exemptions,") bound a permission
    ('Under the Act, except for certain exemptions, any person is entitled to be informed whether we hold the information.',
     None, 'permits with conditions/may'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SIXTY_FIFTH)
def test_the_sixty_fifth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_SIXTY_SIXTH = [
    # a licence to re-use material permits it whatever its subject, bounded by fair dealing or a purpose of research
    ('Unless stated otherwise, it may be reproduced free of charge, provided it is reproduced accurately.', None,
     'permits with conditions/may'),
    ('Short extracts from this scheme may be reproduced under the fair dealing provisions of the Act.', None,
     'permits with conditions/may'),
    ('Your data may be shared with our partners.', None, 'advises'),
    ('Once something is online, it can be copied and redistributed.', None, 'advises'),
    ('Anything you post may be copied by others.', None, 'advises'),
    # agreeing to terms by becoming a member, or on confirming a purchase, binds; so does agreeing to abide by a code
    ('In becoming a member of the library, you agree to the conditions of membership.', None, 'requires/must'),
    ('When you confirm your booking, you are accepting these terms and conditions.', None, 'requires/must'),
    ('All governors agree to abide by this code.', None, 'requires/must'),
    ('We agree to follow the national code of governance.', None, 'requires/must'),
    ('Contractors work to a code of conduct agreed with the council.', None, 'requires/must'),
    # a role that involves a commitment to act, and training mandated for staff, require
    ('Membership of the panel involves a commitment to attend six meetings a year.', None, 'requires/must'),
    ('Safeguarding training is mandated for all volunteers.', None, 'requires/must'),
    # a use subject to prior approval, a number of visits one is limited to, a session's maximum length and material
    # for one's own use only are limits
    ('The use of the hall for private parties is subject to the prior approval of the clerk.', None, 'restricts/must'),
    ("We're limiting visitors to two per patient.", None, 'restricts/must'),
    ('Each session lasts a maximum of 30 minutes.', None, 'restricts/must'),
    ('These copies are for your personal use in connection with your course only.', None, 'restricts/must'),
    ('Speak only during the time set aside for questions', 'Members of the public are expected to:', 'restricts/must'),
    # what will not put those who raise a concern at risk is a protection, not a ban
    ('If you raise a concern in good faith, you will not be at risk of losing your job.', None, 'advises'),
    ('Staff will not be penalised for raising a genuine concern.', None, 'advises'),
    ('Staff will not share passwords.', None, 'prohibits/must'),
    # what activities "which may lead to" harm is a description, not the consequence of the clause's own rule
    ('If staff are worried that a pupil is drawn into activities which may lead to harm, they should tell the lead.', None,
     'requires/should'),
    ('Misuse of the network may lead to disciplinary action.', None, 'advises'),
    # a reason given ("This is because …") states no rule of its own
    ('This is because staff must be clear about what the law allows.', None, 'advises'),
    # what a body "does allow" it permits
    ('The school does allow limited personal use of email under the conditions below.', None,
     'permits with conditions/may'),
    # a document designed to make clear what its readers must know describes itself
    ('This policy supports our security policy and is designed to make clear the duties that all staff must follow.', None,
     'advises'),
    # what the body will always consider is its own process
    ('We will always consider a tenant’s circumstances before taking action.', None, 'advises'),
    # a responsibility only to be aware of something is a duty only to know
    ('It is the responsibility of all staff to be aware of the following policy statements.', None, 'advises'),
    ('It is the responsibility of all staff to be aware of and follow the procedures below.', None, 'requires/should'),
    # what the body does once it judges behaviour unacceptable is a consequence, but removing what was posted binds
    ('Issue a written warning.', "If we consider a tenant's behaviour unacceptable, we will:", 'advises'),
    ('Remove the comment.', 'If we consider a comment abusive, we will:', 'requires/must'),
    # what a document named in the lead-in "sets out" is what it holds; what one is to agree to covers what the body does
    ('how you can ask for a review of our decision.', 'Download the Warning Policy which sets out:', 'advises'),
    ('We check and close inactive accounts routinely.', 'By registering for an account you agree:', 'advises'),
    # what a document "is intended to ensure" is its aim
    ('That staff will be responsible users of the internet.', 'This Acceptable Use Policy is intended to ensure:',
     'advises'),
    # a lead-in that allows something it names takes each circumstance item as its condition
    ('For end of life care.', 'Visiting outside set hours will be allowed:', 'permits with conditions/may'),
    ('Bring one visitor at a time.', 'Visitors are allowed to:', 'permits/may'),
    # a lead-in naming the Acceptable Use Policy lists its provisions, not acceptable uses
    ("Don't share your password with anyone.", 'Please read the Acceptable Use Policy, whose provisions include:',
     'prohibits/must'),
    ('Browsing news sites.', 'Examples of acceptable use include:', 'permits/may'),
    # entry to a course that includes acceptance of the rules binds
    ('Enrolment as a student includes the explicit acceptance of the rules on computer use.', None, 'requires/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SIXTY_SIXTH)
def test_the_sixty_sixth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_SIXTY_SEVENTH = [
    # agreeing to terms by submitting one's data binds
    ('By submitting your details you consent to their use as set out above.', None, 'requires/must'),
    # a permission to act "without giving a reason" is not bounded by it; nor is one the grantee takes "if you want to"
    # or "if you disagree"
    ('You may withdraw from the study at any time, without giving a reason.', None, 'permits/may'),
    ('You are entitled to speak to a manager if you want to and can ask to do this at any time.', None, 'permits/may'),
    ('You have the right to ask for a review if you disagree with our decision.', None, 'permits/may'),
    ('You may use the room if it is free.', None, 'permits with conditions/may'),
    # only someone named, or someone acting for them, can act
    ('Only a complainant, or someone acting on their behalf, can ask for a review.', None, 'restricts/must'),
    # disciplinary action that "may proceed" is a consequence
    ('If a pupil does not meet these expectations, disciplinary action may proceed.', None, 'advises'),
    # those who "will be bound by" rules, and who "commit themselves to" act, are bound
    ('As a student you will be bound by the college regulations.', None, 'requires/must'),
    ('Councillors commit themselves to listening to residents.', None, 'requires/must'),
    # enquiries that "should come through" a team are limited to that route
    ('All press enquiries should come through the communications team.', None, 'restricts/should'),
    # needing "our permission" to re-use material binds
    ('You will need our permission to re-use it for commercial purposes.', None, 'requires/should'),
    # a body that "may at any time revise these terms" keeps its terms up to date; what users should do still binds
    ('The council may at any time revise these terms, so users should revisit this page.', None, 'requires/should'),
    ('The council may revise the opening hours.', None, 'permits/may'),
    # someone "responsible for" a thing "and ensuring" another has a duty
    ('They are responsible for password protection and ensuring that messages are appropriate.', None,
     'requires/should'),
    # what a document, a page or a body "aims to" do, in an item, is its aim
    ('ensure that the reputation of the school is not compromised', 'It aims to:', 'advises'),
    ('Inform and engage with parents.', 'The page is designed to:', 'advises'),
    ('Review and respond to comments in a timely way.', 'MTVH will aim to:', 'advises'),
    # what someone "will have" is no duty, but what they "will have to" do is
    ('Many groups, organisations and individuals will have significant interests in these applications.', None,
     'advises'),
    ('Applicants will have to pay the fee in advance.', None, 'requires/must'),
    # what the body may add, receive, seek, follow or advise is its own service; what it may remove is its power
    ('Over time the council may add to the channels it uses.', None, 'advises'),
    ('If you follow us on Twitter we may follow you back.', None, 'advises'),
    ('We may remove comments that break these rules.', None, 'permits/may'),
    # a meeting "open to the public" except at set times is open with that exception; open alone states a fact
    ('The meetings are open to the public except where confidential matters are discussed.', None,
     'permits with conditions/may'),
    ('All council meetings are open to the public.', None, 'advises'),
    # what one may do "but may not" do is bounded by that ban; a limited permission is bounded by the ban in its sentence
    ('You may comment on our posts but may not attack other users.', None, 'permits with conditions/may'),
    ('You have limited permission to print extracts for your own non-commercial use and you shall not sell them.', None,
     'permits with conditions/may'),
    ('You may print extracts for your own non-commercial use and you shall not sell them.', None, 'prohibits/must'),
    # a minuted explanation is a record
    ('The Chair explained that the public are not allowed to speak during the rest of the meeting.', None, 'advises'),
    # a ban the body keeps for exceptions still forbids
    ('Complaints made more than a year after the event will not normally be accepted.', None, 'prohibits/must'),
    ('Users will not normally be given administrative access.', None, 'advises'),
    # time set aside at a meeting for the public to speak grants it within that time
    ('There will be 15 minutes at each meeting to receive questions from the public.', None,
     'permits with conditions/may'),
    ('Each speaker will have three minutes to state their views.', None, 'permits with conditions/may'),
    # seeing that people do not suffer harm is a duty; seeing that they do not act is a ban on them
    ('Managers have a responsibility to ensure that staff do not suffer harassment.', None, 'requires/should'),
    ('Managers have a responsibility to ensure that staff do not post confidential information.', None,
     'prohibits/should'),
    # what the body will not enter into is its service
    ('The school will not enter into private discussions on its page.', None, 'advises'),
    # a concession with no comma ends where "we" begins the main clause after the concession's own verb
    ('Although comments may stray off topic we reserve the right to limit this.', None, 'permits/may'),
    ('Although bottled water may be allowed.', 'Pupils must not:', 'prohibits/must'),
    # what the body hopes one "will be able to" do grants nothing
    ('You should raise your concern with your manager. We hope you will be able to tell them.', None,
     'requires/should'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SIXTY_SEVENTH)
def test_the_sixty_seventh_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# The sixty-eighth round, from the dev halves of the 174th to 181st batches.
_SIXTY_EIGHTH = [
    # time set aside at a meeting for the public grants it within that time, however it is said
    ('The first ten minutes of each meeting are set aside for public questions.', None, 'permits with conditions/may'),
    ('Public question time lasts for 20 minutes.', None, 'permits with conditions/may'),
    ('The procedure rules allow up to 15 minutes for questions from the public.', None, 'permits with conditions/may'),
    # what a question "shall not require" is a need denied; what staff "shall not require" of others is banned
    ('A question put at the meeting shall not require an answer.', None, 'permits/may'),
    ('Staff shall not require a pupil to stay.', None, 'prohibits/must'),
    # only so many "will be permitted": a limit as firm as "may only"
    ('Only two members of the public will be permitted to speak on each item.', None, 'restricts/must'),
    # press enquiries made directly to a team go through it
    ('All press enquiries should be made directly to the press office.', None, 'restricts/should'),
    # what the clerk "will be able to give you" is help offered; what staff will be able to do is granted
    ('The clerk will be able to give you a copy of the agenda.', None, 'advises'),
    ('Staff will be able to use the gym.', None, 'permits/may'),
    # a power to remove what breaks the rules holds when they are broken; removal after a report is a consequence
    ('If you do not keep to these rules, your comments may be deleted.', None, 'permits with conditions/may'),
    ('Should a comment be reported, it may be deleted.', None, 'advises'),
    # what a licence agreement governs is described
    ('The licence agreement governs how the database can be used.', None, 'advises'),
    # a post-holder's discretion is their power; a power kept for some circumstances is bounded by them
    ("It is at the Mayor's discretion to allow filming.", None, 'permits/may'),
    ('The Chair has the power in exceptional circumstances to close the meeting.', None, 'permits with conditions/may'),
    # what the body will not consider, for what it contains, forbids it
    ("We won't consider questions which contain personal attacks.", None, 'prohibits/must'),
    # a deadline for what is sent binds; how a complaint is made is offered
    ('Questions must be sent to the clerk no later than noon on the Friday before the meeting.', None, 'requires/must'),
    ('A complaint must be made in writing.', None, 'advises'),
    # a reminder of a requirement restates it; a reminder of a fact is to know
    ('Members are reminded that it is a requirement to register gifts.', None, 'requires/must'),
    ('Members are reminded that the code applies.', None, 'advises'),
    # the right to update its own privacy notice is the body's; to remove comments, a power over users
    ('We reserve the right to update this privacy notice.', None, 'advises'),
    ('We reserve the right to remove comments.', None, 'permits/may'),
    # "cannot" in a condition "for whatever reason" is no ban
    ('If for whatever reason you cannot attend, you must tell your tutor.', None, 'requires/must'),
    # what those who break a rule "may not be considered for" befalls them
    ('Pupils who fail to attend may not be considered for the trip.', None, 'advises'),
    ('Pupils may not bring phones.', None, 'prohibits/must'),
    # "you will behave" binds; "you will receive" predicts
    ('You will behave with courtesy towards staff.', None, 'requires/must'),
    ('You will receive a reply within ten days.', None, 'advises'),
    # a person "will be suspended" as a consequence; an account as the house rule enforced
    ('If you are abusive to staff you will be suspended.', None, 'advises'),
    ('Accounts that post spam will be suspended.', None, 'requires/must'),
    # a contact offered for what the reader thinks, unless it is to be made at once
    ('If you believe your password has been stolen, contact the helpdesk immediately.', None, 'requires/must'),
    ('If you think we got something wrong, contact us.', None, 'advises'),
    # agreeing that one "will not" forbids what follows
    ("share other members' posts", 'By joining the group, you agree that you will not:', 'prohibits/must'),
    # "please only do this", "and don't forget to", "please co-operate", "please consider carefully"
    ('Please only do this after the event.', None, 'restricts/must'),
    ("And don't forget to tag us.", None, 'requires/must'),
    ('Please co-operate with the fire marshals.', None, 'requires/must'),
    ('Please consider carefully what you post.', None, 'requires/must'),
    # another body's advice, reported
    ('The advice of the Local Government Association is that councillors should not accept gifts.', None, 'advises'),
    # the CEO is a post-holder, not the body
    ('The CEO is responsible for approving all expenses.', None, 'requires/should'),
    # reporting the matter to someone is a contact offered
    ('You can report the matter to the clerk by email.', None, 'advises'),
    # a matter put in a named post-holder's hands is their duty; breaches dealt with are a consequence
    ('Any complaint about the clerk will be dealt with by the Chairman.', None, 'requires/must'),
    ('Breaches will be dealt with under the disciplinary procedure.', None, 'advises'),
    # a lead-in that defines a name: its items say what it is
    ('Free – anyone can use it without charge', 'Open Data is:', 'advises'),
    # presenting a petition is an act; presenting a risk is not
    ('Councillors may present a petition at the meeting.', None, 'permits/may'),
    ('This may present a risk.', None, 'advises'),
    # bound by confidentiality "and so cannot": the ban is the rule
    ('Staff are bound by confidentiality and so cannot discuss cases online.', None, 'prohibits/must'),
    # speaking on items of the agenda is bounded by them; doing several things only at set times is limited
    ('Members of the public may speak on any item included in the agenda.', None, 'permits with conditions/may'),
    ('Visitors are permitted to take photos, use the café and visit the shop only during opening hours.', None,
     'restricts/must'),
    # recourse for the reader's dissatisfaction is offered
    ('If you are dissatisfied with our decision, you may take the matter to the Ombudsman.', None, 'advises'),
    # questions that may be put by residents are theirs to put
    ('Questions may be asked by residents of the parish.', None, 'permits/may'),
    # what an officer may do one way "or they may" another is what may happen
    ('The officer may approve the request or they may refer it to the committee.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SIXTY_EIGHTH)
def test_the_sixty_eighth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# The sixty-ninth round, from the dev halves of the 182nd to 189th batches.
_SIXTY_NINTH = [
    # time set aside for the public, however it is said; a cap on each speaker limits
    ('A maximum of twenty minutes will be allowed for the public to speak.', None, 'permits with conditions/may'),
    ('A maximum of two minutes shall be allowed for each speaker.', None, 'restricts/must'),
    ('There are ten minutes set aside for questions from residents.', None, 'permits with conditions/may'),
    ('Ten minutes is allocated at the start of each meeting.', None, 'permits with conditions/may'),
    # a speech that "will not last more than" a time, and "a time limit of", limit
    ('Each speech will not last more than five minutes.', None, 'restricts'),
    ('There is a time limit of two minutes per speaker.', None, 'restricts/must'),
    # "there is an expectation of" binds
    ('There is an expectation of courtesy towards all present.', None, 'requires/should'),
    # the items of an invitation "subject to the following conditions:" are its conditions
    ('questions must relate to the agenda', 'The Chair will invite the public to speak subject to the following conditions:',
     'permits with conditions/may'),
    # a code that "shall apply to" members says whom it covers
    ('The code of conduct shall apply to all members at the meeting.', None, 'advises'),
    # declining media requests is the body's own service
    ('We reserve the right to decline media requests.', None, 'advises'),
    # what the press office "can only provide" is its service; what staff can only provide is limited
    ('The press office can only provide a statement if the patient agrees.', None, 'advises'),
    ('Staff can only provide a statement if the patient agrees.', None, 'restricts'),
    # guidance the body "may from time to time issue" is its own
    ('The University may from time to time issue guidance on this policy.', None, 'advises'),
    # an imperative after "In each case," and "Not" before a verb and its object binds
    ('In each case, check the facts before you post.', None, 'requires/must'),
    ('Not tamper with any fire equipment.', None, 'prohibits/must'),
    # being aware "that you are responsible for" something is the duty
    ('Please be aware that you are responsible for keeping your password safe.', None, 'requires/should'),
    ('Please be aware that the library closes at five.', None, 'advises'),
    # what "will not be removed simply because" is no ban
    ('Comments will not be removed simply because they are critical.', None, 'advises'),
    # ", please do not" after a fronted reason forbids
    ('For your own safety, please do not share your address.', None, 'prohibits/must'),
    # a warning someone "will receive" is a consequence
    ('Any tenant who is abusive will receive a formal warning.', None, 'advises'),
    # "a general right of access" is a right
    ('You have a general right of access to information we hold.', None, 'permits/may'),
    # reading "carefully alongside" other terms is a cross-reference
    ('This notice should be read carefully alongside our terms.', None, 'advises'),
    # a duty to act "and not to" act forbids the second
    ('Staff have a duty to act fairly and not to discriminate against anyone.', None, 'prohibits/must'),
    # what is "against school policy" is forbidden
    ('It is against school policy to accept gifts from pupils.', None, 'prohibits/must'),
    # a contact offered for the reader's suggestions
    ('If you have any suggestions for our pages, please email the web team.', None, 'advises'),
    # "shall be entitled to" grants, within a cap; a payment bounds a permission
    ('Members shall be entitled to borrow up to ten books.', None, 'permits with conditions/may'),
    ('Members shall be entitled to vote.', None, 'permits/may'),
    ('Members may upon payment of a fee borrow more books.', None, 'permits with conditions/may'),
    # how to send a request is offered; a deadline for it binds
    ('Please send your request for information to the data team.', None, 'advises'),
    ('Please send your request no later than five days before the meeting.', None, 'requires/must'),
    # "Consider what …" asks
    ('Consider what you want to achieve before you post.', None, 'requires/must'),
    # questions addressed to the Chair at a meeting bound the permission to ask; to the clerk they are offered
    ('You may ask questions and all questions should be addressed to the Chair.', None, 'permits with conditions/may'),
    ('Any questions should be addressed to the clerk.', None, 'advises'),
    # what is agreed with, or conducted on, what a team or a system provides goes through it
    ('Requests to film must be agreed in advance with the communications team.', None, 'restricts/must'),
    ('All purchases should be checked with the IT office.', None, 'restricts/should'),
    ('All council business must be conducted on council email accounts.', None, 'restricts/must'),
    # what is set "at the discretion of the clerk who" decides is the clerk's power
    ('Agendas are set at the discretion of the clerk who will consider any request.', None, 'permits/may'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SIXTY_NINTH)
def test_the_sixty_ninth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# The seventieth round, from the dev halves of the 190th to 195th batches and older dev errors.
_SEVENTIETH = [
    # what the body will not publish or pass on of the personal data it holds is how it keeps it; a ban on comments stays
    ('Your home address will not be made publicly available.', None, 'advises'),
    ('Comments with links will not be published.', None, 'prohibits/must'),
    ('No personal details will be published on the site.', None, 'advises'),
    ('No member of staff will publish personal details.', None, 'prohibits/must'),
    # where a thing must be kept or take place limits it
    ('Recording must take place from the area set aside for the press.', None, 'restricts/must'),
    ('Gifts must be kept in the school office.', None, 'restricts/must'),
    # an item that names what is banned and that it will be removed keeps the lead-in's ban
    ('Post adverts, your post will be removed.', 'Please do not:', 'prohibits/must'),
    # "no areas where … is allowed", "no visiting" and a zero tolerance approach forbid
    ('There will be no rooms where vaping is allowed.', None, 'prohibits/must'),
    ('There is no visiting during meal times.', None, 'prohibits/must'),
    ('We take a zero tolerance approach.', None, 'prohibits/must'),
    # what staff "should not feel discouraged from" doing is granted
    ('Staff should not feel discouraged from raising concerns.', None, 'permits/may'),
    # "only one" after a fronted phrase, and "the only time when" one may, limit
    ('At each meeting, only one person is permitted to speak at a time.', None, 'restricts'),
    ('Question time is the only time when residents may speak.', None, 'restricts'),
    # those who disrupt "may be asked to leave": a consequence
    ('Anyone who disrupts the meeting may be asked to leave.', None, 'advises'),
    # reporting fake profiles is the house rule enforced
    ('We will report any fake profiles that use our logo.', None, 'requires/must'),
    # "you are agreeing to our terms" binds
    ('By using the forum you are agreeing to our terms.', None, 'requires/must'),
    # a disclaimer that views "should not be attributed to" the body
    ('Views expressed here should not be attributed to the council.', None, 'advises'),
    # "We also allow" grants, within its condition
    ('We also allow carers to visit outside visiting hours if the patient is distressed.', None, 'permits with conditions/may'),
    # "Please help us keep" asks
    ('Please help us keep the ward clean.', None, 'requires/must'),
    # what the body does with the information one gives it is its service; what staff devices are used for is limited
    ('Information you give us will only be used to answer your request.', None, 'advises'),
    ('Staff laptops will only be used for work.', None, 'restricts'),
    # a place "will be subject to" a condition one must meet
    ('Your place will be subject to you passing the interview.', None, 'requires/must'),
    # seeking one's own legal advice is advice
    ('You should seek independent legal advice.', None, 'advises'),
    # a duty "whether inside or outside" working hours is no time limit
    ("Each governor has a responsibility to uphold the school's reputation, whether inside or outside school hours.", None,
     'requires/should'),
    # "do nothing that" under a lead-in that asks forbids, as firmly
    ('do nothing that could bring the school into disrepute', 'Staff should:', 'prohibits/should'),
    # a contact offered for a press enquiry
    ('If you have a press enquiry, please contact our media team.', None, 'advises'),
    # "It is Council policy that" binds
    ('It is Council policy that all visitors sign in.', None, 'requires/must'),
    # people who "will not be able to" smoke are forbidden it
    ('Visitors will not be able to smoke on the site.', None, 'prohibits/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SEVENTIETH)
def test_the_seventieth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_SEVENTY_FIRST = [
    # a requirement that no longer holds grants; "unless you wish to" is the grantee's choice, no condition
    ('Visitors are no longer required to wear a face covering unless they wish to.', None, 'permits/may'),
    ('Staff no longer need to sign the visitors book.', None, 'permits/may'),
    # use "conditional upon compliance in full with" the terms binds
    ('Membership is conditional upon compliance in full with these rules.', None, 'requires/must'),
    # "What we ask is that" asks; a responsibility shared for doing something is a duty
    ('What we ask is that debate stays civil.', None, 'requires/should'),
    ('Pupils share the responsibility for keeping the school safe.', None, 'requires/should'),
    # a time, number or speed that a rule must not go past limits; a permission with one is granted within it
    ('Each presentation must last no longer than ten minutes.', None, 'restricts/must'),
    ('The public forum will last no longer than 15 minutes.', None, 'restricts/must'),
    ('Vehicles on the estate shall travel at a speed not exceeding 10 mph.', None, 'restricts/must'),
    ('Each speaker may speak for no longer than three minutes.', None, 'permits with conditions/may'),
    ('We will reply in no more than ten working days.', None, 'advises'),
    ('Members of the public shall not speak for longer than five minutes.', None, 'restricts/must'),
    # what a rule "shall not restrict" anyone from doing is left free; a person who shall not prevent others is forbidden
    ('This rule shall not restrict tenants from displaying a small notice in their window.', None, 'permits/may'),
    ('Councillors shall not prevent residents from speaking.', None, 'prohibits/must'),
    # a list that "is not restricted to" what it names sets no limit
    ('Delays in answering letters', 'Complaints may be about the following, but are not restricted to these:', 'advises'),
    # what one "may have to" do once a condition fails is a consequence; without the condition it is a duty
    ('If you cannot show receipts, you may have to repay the award.', None, 'advises'),
    ('Staff may have to work on Saturdays.', None, 'requires/must'),
    # under a lead-in that ends on a condition ("… if they:"), each item completes the condition
    ('pose a threat to our staff', 'The Trust might restrict contact with a patient if they:', 'advises'),
    ('contains personal data', 'You must not post content if it:', 'prohibits/must'),
    # what the reader "can expect us to" do is the body's commitment
    ('Reply to your letter within ten days', 'You can expect us to:', 'advises'),
    # a request joined by ", and we ask that" is a rule of its own after a note
    ('Please be aware that the path is narrow, and we ask that cyclists dismount.', None, 'requires/should'),
    # "This means" a thing may be done grants it
    ('This means phones may be used in the waiting areas.', None, 'permits/may'),
    # a ban noted ("Please note … are not to be …") stands; a purpose "not to prohibit" is no ban
    ('Please note candidates are not to be canvassed by councillors.', None, 'prohibits/must'),
    ('We know that friendships form at work and the aim of this section is not to prohibit them.', None, 'advises'),
    # those "asked to be aware" of a fact are told it, not given a duty
    ('Visitors are asked to be aware that the car park is busy on Saturdays.', None, 'advises'),
    # what "might be permitted" is granted
    ('Residents might be permitted to keep a cat.', None, 'permits/may'),
    # a smoke-free site or policy forbids smoking
    ('The college operates a smoke-free policy across its sites.', None, 'prohibits/must'),
    ('The depot is a smoke-free site.', None, 'prohibits/must'),
    # an imperative after "If in doubt" (with or without its comma) or "On arrival," is a duty
    ('If in doubt ask the duty manager.', None, 'requires/must'),
    ('On arrival, report to the main reception.', None, 'requires/must'),
    # "Unless with our permission, no part of …" forbids
    ('Unless with our written consent no part of these pages may be copied.', None, 'prohibits/must'),
    # a lead-in that has pupils understand that "no user is permitted to:" forbids each item
    ('download software;', 'Teachers should make sure that pupils understand that no user is permitted to:', 'prohibits/must'),
    # a ban in brackets outranks the limit before it
    ('Use only your own login (you are not permitted to use anyone else\'s password).', None, 'prohibits/must'),
    # "very welcome to attend, but may not" grants with an exception
    ('Residents are very welcome to attend the meetings, but may not vote.', None, 'permits with conditions/may'),
    # how a request or complaint is to be made is a process offered; so is telling the Clerk one's wish not to be filmed
    ('FOI requests must be made in writing.', None, 'advises'),
    ('All complaints about the council or about a councillor should be put in writing to the Clerk.', None, 'advises'),
    ('Anyone who does not wish to be filmed should tell the Clerk before the meeting.', None, 'advises'),
    # what unacceptable behaviour "includes" is defined; the same item under a ban is forbidden
    ('shouting at staff', 'Unacceptable behaviour includes, but is not limited to:', 'advises'),
    ('shouting at staff', 'You must not:', 'prohibits/must'),
    # what may happen to a service is no grant; what may happen to a post is the house rule
    ('Group sessions may be suspended at short notice.', None, 'advises'),
    ('Drop-in clinics may be closed at short notice.', None, 'advises'),
    ('Posts that break these rules may be removed.', None, 'permits/may'),
    # what the body "expects" people "not to" do, and what one "may be asked not to" do, are asked against
    ('The school expects all parents, carers and visitors to the school site not to smoke.', None, 'prohibits/should'),
    ('A councillor with an interest may be asked not to vote on the item.', None, 'prohibits/should'),
    # what "does not give" a right, or is not to "be construed as conferring" one, is withheld
    ('Receiving a copy does not give you a right to publish the report.', None, 'prohibits/must'),
    ('Nothing on this site shall be construed as granting any licence to use our logo.', None, 'prohibits/must'),
    # one who "must be a resident" or "need to live or work in" a place to act is limited to it; registering a question is a duty
    ('You must be a resident of the district to use the tip.', None, 'restricts/must'),
    ('To start a petition you need to live or work in the borough.', None, 'restricts/must'),
    ('Questions have to be registered with the Clerk by noon.', None, 'requires/must'),
    # the people a code binds who "will be" courteous are bound to be so; the body's "We (or our staff) will be polite" is its service
    ('Staff will be polite to visitors.', None, 'requires/must'),
    ('We will all be courteous to one another.', None, 'requires/must'),
    ('We will be polite when we reply to your messages.', None, 'advises'),
    ('Our staff will be polite when they answer your call.', None, 'advises'),
    ('Meetings will be open to the public.', None, 'advises'),
    # a rule that ends "… only" limits; a relative clause that ends so describes
    ('Dogs will be permitted, on a lead only.', None, 'restricts/must'),
    ('Waste is to be left at the collection point only.', None, 'restricts/must'),
    ('This guide sets out principles that should be used for reference only.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SEVENTY_FIRST)
def test_the_seventy_first_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_SEVENTY_SECOND = [
    # a document's aim "to specify how" people should behave describes it
    ('The purpose of this policy is to specify how tenants should behave within the scheme and, when engaged on scheme '
     'business, how tenants should maintain a high standard of conduct.', None, 'advises'),
    ('Governors should conduct themselves with integrity.', None, 'requires/should'),
    # what one "should feel able to" do is a freedom, not a duty
    ('Any member of staff with a concern should feel able to raise it with their manager.', None, 'advises'),
    ('Any member of staff with a concern should raise it with their manager.', None, 'requires/should'),
    # under "… will be offered the following support:", each item is what the body gives
    ('a named contact in the HR team;', 'Staff who raise a concern will be offered the following support:', 'advises'),
    ('You must not discuss the case with colleagues.', 'Staff who raise a concern will be offered the following support:', 'prohibits/must'),
    # "should you/your child need" is a condition, slash and all
    ('Remember that should you/your child need help, you/they can always contact the office.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SEVENTY_SECOND)
def test_the_seventy_second_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_SEVENTY_THIRD = [
    # a hindrance, or what someone is "unable to" do, inside a fronted condition is the condition's, not a ban
    ('If a power cut prevents the public from joining the meeting, the chairman may adjourn it.', None, 'permits with conditions/may'),
    ('If the Mayor or Clerk is unable to answer at once, a written reply will follow.', None, 'advises'),
    ('A power cut prevents the public from joining the meeting.', None, 'prohibits/must'),
    # the public who "do not have an automatic right to" speak are denied it; who "do not have a right to" work from
    # home "but may" do so are granted it with its condition
    ('Members of the public do not have an automatic right to speak at meetings.', None, 'prohibits/must'),
    ('The press has no automatic right to film the meeting.', None, 'prohibits/must'),
    ('Staff do not have a right to work from home but may do so with their manager\'s agreement.', None, 'permits with conditions/may'),
    # people "reminded of their responsibilities", or "politely requested to" act, are bound or asked
    ('Councillors who post about meetings are reminded of their responsibilities under the Code of Conduct.', None, 'requires/must'),
    ('Visitors are politely requested to arrive before the meeting starts.', None, 'requires/should'),
    # the public who "will be excluded" are kept out; who "may be excluded" is what may happen
    ('The press and public will be excluded while staffing matters are discussed.', None, 'prohibits/must'),
    ('If personal matters are discussed, members of the public may be excluded.', None, 'advises'),
    # a refusal of a class of application forbids it; a message "not considered" official contact states a fact
    ('Applications from political parties will not be considered.', None, 'prohibits/must'),
    ('Late complaints will not be considered.', None, 'prohibits/must'),
    ('Messages sent to our page will not be considered as a formal complaint.', None, 'advises'),
    # a use "by permit only", a maximum "that can be awarded", and a session that lasts "for a maximum period of" limit
    ('Fishing on the lake is by permit only.', None, 'restricts/must'),
    ('The maximum award that can be made to any one group is £500.', None, 'restricts/must'),
    ('The open session will last for a maximum period of 10 minutes.', None, 'restricts/must'),
    ('A maximum of three questions per person can be asked.', None, 'restricts/must'),
    # those "disqualified from" an office are forbidden it
    ('Employees of the council are disqualified from standing as councillors.', None, 'prohibits/must'),
    # use that "confirms your acceptance of" terms binds
    ('Your use of this service confirms your acceptance of these terms.', None, 'requires/must'),
    # the body's asking that families do not act asks against; asking for no more than a number limits
    ('We ask that families do not leave flowers on the graves.', None, 'prohibits/should'),
    ('We ask you to bring no more than two guests.', None, 'restricts/should'),
    # a numbered section of an Act that "states that" reports the law, as does a power held "under section" 137
    ('Section 137 states that any grant must benefit the area.', None, 'advises'),
    ('Under section 137 a parish council has the power to make grants.', None, 'advises'),
    ('The Chair has the power to stop the recording.', None, 'permits/may'),
    # a purpose "not permitted by" an owner describes; the body's right to privacy respected, the body's own use of
    # personal data and what it "will always abide by" are its service; those who "will not suffer" are protected
    ('It is an offence to use the network for any purpose not permitted by its owner.', None, 'advises'),
    ('The Board respects your right to privacy.', None, 'advises'),
    ('We will only use the personal information you give us to answer your enquiry.', None, 'advises'),
    ('We will always abide by your wishes for the ashes.', None, 'advises'),
    ('Signing the pledge tells staff that they will not suffer as a consequence.', None, 'advises'),
    # an aside saying what will not be shown is no ban on the reader
    ('You must give a valid e-mail address (which will not be shown).', None, 'requires/must'),
    # a quorum describes a meeting; what the body's account "will not reply" to is its service
    ('For the meeting to be quorate, four members must be present.', None, 'advises'),
    ('The school Facebook page will not reply to comments.', None, 'advises'),
    # a ban after a comma outranks the limit before it
    ('The public may only listen to the debate, they are not allowed to speak.', None, 'prohibits/must'),
    # what the reader understands "may not be used" is forbidden
    ('I understand that the school laptops may not be used by my family.', None, 'prohibits/must'),
    # consulting a policy "for further information" is a pointer; a notice's "Chairman to open the meeting" lays a duty
    ('All staff should consult the IT policy for further information.', None, 'advises'),
    ('Chairman to open the meeting and welcome everyone.', 'At the Meeting', 'requires/must'),
    ('Complainant to set out the grounds for the complaint.', 'At the Meeting', 'requires/must'),
    # a welcome "as observers" or "unless otherwise stated" grants with its condition; a plain welcome states no rule
    ('Members of the public are welcome to attend as observers.', None, 'permits with conditions/may'),
    ('Unless otherwise stated, members of the public are welcome to attend.', None, 'permits with conditions/may'),
    ('Members of the public are welcome to attend.', None, 'advises'),
    # a permission bounded by a deadline, or by the areas where it holds, has its condition
    ('Residents may join online by asking for a link no later than noon.', None, 'permits with conditions/may'),
    ('Mobile phones may be used in designated areas of the hospital.', None, 'permits with conditions/may'),
    ('You may choose to arrange the funeral without the help of a funeral director.', None, 'permits/may'),
    # people who "will at all times" act are bound to; what "will at all times be" there is not
    ('Riders will at all times give way to walkers.', None, 'requires/must'),
    ('They will uphold the values of the school at all times.', None, 'requires/must'),
    ('Leaflets will at all times be available at reception.', None, 'advises'),
    # a modal's passive after an aside is no imperative
    ('Where there are urgent circumstances, requests can, at the discretion of the Trust, be considered at any time.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SEVENTY_THIRD)
def test_the_seventy_third_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_SEVENTY_FOURTH = [
    # a standing order's meetings that "shall be open to the public unless …" are open with that exception, as a meeting
    # "open to members of the public, who can address Councillors in the public session" is
    ('Meetings shall be open to the public unless their presence would harm the public interest.', None,
     'permits with conditions/may'),
    ('Meetings are open to members of the public, who can speak in the public session at the start.', None,
     'permits with conditions/may'),
    # a welcome bounded by the time set aside for the public, an invitation to take part "within the public forum", what
    # members of the public "will be invited to" do there, and minutes "of time allocated to public questions" grant with
    # their condition
    ('Members of the public are welcome to attend, and a public question session is held at the start.', None,
     'permits with conditions/may'),
    ('The council invites residents to attend and contribute within the public forum.', None, 'permits with conditions/may'),
    ('Members of the public will be invited to speak during the public forum.', None, 'permits with conditions/may'),
    ('Each meeting starts with 10 minutes of time allocated to public questions.', None, 'permits with conditions/may'),
    ('The council warmly welcomes the public to observe its meetings, with the exception of confidential items.', None,
     'permits with conditions/may'),
    # what a code "relates to the way" people should behave describes it
    ('The code relates to the way the councillors should behave.', None, 'advises'),
    ('The councillors should behave with courtesy.', None, 'requires/should'),
    # a time before which something "must not begin" limits it
    ('Meetings must not begin before 6 pm.', None, 'restricts/must'),
    ('Meetings must never start before 7 pm.', None, 'restricts/must'),
    # agreeing "to these rules", being "expected, through agreed procedures, to" act, and "not an appropriate place to"
    ('By applying you agree to these rules.', None, 'requires/must'),
    ('Every employee will be expected, without fear of reprisal, to report any serious concern.', None, 'requires/should'),
    ('Facebook is not an appropriate place to raise complaints.', None, 'prohibits/should'),
    # a duty "to comply … and not to" do a thing forbids it
    ('All pupils are required to follow the rules and not to bring the school into disrepute.', None, 'prohibits/should'),
    # "Only those who …" may act is a limit
    ('Only those applicants who were refused may ask for a review.', None, 'restricts/must'),
    # being reminded of a fact, then asked, asks; the body's request of the press asks
    ('Boat users are reminded that swimming is allowed and we ask that you keep a good look out.', None, 'requires/should'),
    ('We ask all members of the press to respect the wishes of families.', None, 'requires/should'),
    # a contact for one's own issue "who will be happy to" help is help offered
    ('Where issues arise, please contact the class teacher, who will be happy to meet you.', None, 'advises'),
    ('To obtain permission, please contact the office, who will be happy to help.', None, 'requires/must'),
    # the body's own use of cookies and data, and what may be done to minutes, state no grant
    ('We may use cookies to improve the site.', None, 'advises'),
    ('We may use your personal information to answer your query.', None, 'advises'),
    ('Minutes may be published before they are approved.', None, 'advises'),
    ('Staff may use the gym.', None, 'permits/may'),
    # the law, the Code of Conduct, and what councils "are required by law to" do are reported; a reader to read this "in
    # conjunction with" other pages is pointed to them
    ('The law says that public bodies must publish a scheme.', None, 'advises'),
    ('The Code of Conduct says that councillors have to declare interests.', None, 'advises'),
    ('All parish councils in England are required by law to hold an annual meeting.', None, 'advises'),
    ('You should read this in conjunction with the pages below.', None, 'advises'),
    # a fronted condition that runs on ("If you have symptoms, or think you have the virus, do not come in") bounds the
    # imperative after it; who "cannot be left unattended" is forbidden it
    ('If you have symptoms, or think you might be ill, do not come on to the site.', None, 'prohibits/must'),
    ('Children cannot be left unattended in the waiting room.', None, 'prohibits/must'),
    # what "will not have been" done is a reason, no ban
    ('The item will not have been placed on the agenda.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SEVENTY_FOURTH)
def test_the_seventy_fourth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_SEVENTY_FIFTH = [
    # a heading of a role's duties or responsibilities lays a duty on each item, an infinitive one too; the body's own
    # responsibilities are still what it owes
    ('To attend the quarterly meetings of the panel.', 'Main duties and responsibilities:', 'requires/must'),
    ('To keep a record of every visit made.', 'Key responsibilities', 'requires/must'),
    ('To submit reports on time.', 'Duties:', 'requires/must'),
    ('Treat all tenants fairly.', 'Our responsibilities', 'advises'),
    # "complete" and "submit" are imperatives, after "please" or a fronted condition as well; "complete" as an adjective
    # is not
    ('Please complete in block letters and in blue ink.', None, 'requires/must'),
    ('When you have chosen a date, please submit to the events team.', None, 'requires/must'),
    ('Complete details of the scheme are on our website.', None, 'advises'),
    # a body named after a preposition ("within the school", "at the council") is not the subject: the staff who work
    # there are bound; the body itself as the subject is still its own commitment
    ('Teachers within the school must report any concern to the head.', None, 'requires/must'),
    ('Staff at the council have a duty to protect the data they hold.', None, 'requires/must'),
    ('Volunteers in the Trust must wear a badge.', None, 'requires/must'),
    ('The council must publish a register of interests.', None, 'advises'),
    # a duty to know joined to a duty to act on it ("understand and evaluate", "be aware of … and take steps") is the
    # duty to act; a bare imperative of it is as firm as "must"; a duty only to know stays informative
    ('Understand and evaluate the effect my decisions have on others', 'Behaviours', 'requires/must'),
    ('Be aware of the risks of public posts and take steps to reduce them.', None, 'requires/must'),
    ('Managers should be aware of the hazards and manage them.', None, 'requires/should'),
    ('Understand the effect your posts have on others.', None, 'advises'),
    # whom the body asks may be several people joined by "and" or "or": the request binds them all
    ('We ask all tenants and visitors to keep the corridors clear.', None, 'requires/should'),
    ('We ask patients, carers and staff not to use their phones on the ward.', None, 'prohibits/should'),
    # the body saying it has rules that it expects people to follow says they apply; rules only named before who
    # expects them kept ("the standards that the council expects staff to meet") state none
    ('The Academy has a Code of Conduct which we expect all volunteers to follow.', None, 'requires/should'),
    ('We have a few simple rules that we expect every user to keep to.', None, 'requires/should'),
    ('The handbook sets out the standards that the council expects staff to meet.', None, 'advises'),
    # contact offered for the reader's own dissatisfaction ("If something goes wrong or you are unhappy with our
    # service, please tell us") is an offer, not a duty; a plain condition on events still directs
    ('If a booking goes wrong or you are unhappy with the service, please tell us.', None, 'advises'),
    ('If you are not satisfied with our reply, please contact the Clerk.', None, 'advises'),
    ('If the alarm sounds, please leave the building.', None, 'requires/must'),
    # a view the body holds ("The Council believes that … should be …", "the forces believe these should be …") is no
    # rule of anyone's conduct; what the body believes staff should do still is
    ('The Town Council believes that, for the sake of openness, its minutes should be easy to find.', None, 'advises'),
    ('The trusts believe these risks should be managed by the usual principles.', None, 'advises'),
    ('The Council believes that all staff should complete the training.', None, 'requires/should'),
    # a verb joined by "and so" shares the body as its subject: the body's own duty
    ('We hold your records and so are required to keep them secure.', None, 'advises'),
    ('Staff hold personal records and so are required to keep them secure.', None, 'requires/must'),
    # what the body "will normally tell you:", after a condition, is read with each item: no rule
    ('how long we keep it.', 'When we hold your details we will normally tell you:', 'advises'),
    ('how long we keep it.', 'If you ask, the Council will tell you:', 'advises'),
    ('keep your password secret.', 'When you join, you will:', 'requires/must'),
    # guidance "and support to employees on the action that should be taken": the action, described, not one of them
    ('The leaflet was written to give guidance and support to managers on the action that should be taken after a '
     'complaint.', None, 'advises'),
    ('The college provides training to staff on the steps which must be followed in an emergency.', None, 'advises'),
    # a request to know ("we ask that all users take note of", "ask you to bear in mind") informs, as "be aware" does;
    # a request to act, and to be "mindful of" others' needs, asks
    ('We ask that everyone who comments please take note of the following rules:', None, 'advises'),
    ('We ask you to bear in mind that replies can take a week.', None, 'advises'),
    ('We ask that you be aware that the page is not monitored at weekends.', None, 'advises'),
    ('We ask that you keep your comments polite.', None, 'requires/should'),
    # what the body will not give, pass on or process of the personal data it holds, also in a verb joined by "and", states
    # no rule; a ban on staff passing data on still forbids
    ('No personal details will be given without the consent of the family.', None, 'advises'),
    ('Details you send us will be kept securely and will not be disclosed to anyone else.', None, 'advises'),
    ('Your records will be held safely, and will not be processed unless the law allows it.', None, 'advises'),
    ('Staff will keep records tidy and will not share them with friends.', None, 'prohibits/must'),
    ('Patient information must not be disclosed to visitors.', None, 'prohibits/must'),
    # advice to refrain and help to abstain are advice and an offer, no ban; "must refrain" forbids
    ('Visitors are encouraged to refrain from using their phones in the ward.', None, 'advises'),
    ('Our team offers patches to support you to abstain from smoking while in hospital.', None, 'advises'),
    ('Staff must refrain from smoking at the entrance.', None, 'prohibits/must'),
    # a right to a state, or to work "without fear of" abuse, is a protection, no grant; a right to act grants it
    ('All members of the public have a right to privacy, which the council respects.', None, 'advises'),
    ('Our volunteers have the right to do their work without fear of being harassed.', None, 'advises'),
    ('Members of the public have the right to film the meeting.', None, 'permits/may'),
    # the signs people "may observe" and what they "may notice" are possibilities; observing a meeting is permitted
    ('Teachers may notice bruising or a change in a pupil’s mood.', None, 'advises'),
    ('Staff may observe early signs of distress in a pupil.', None, 'advises'),
    ('Members of the public may observe the debate from the gallery.', None, 'permits/may'),
    # help, advice or a guide the reader "may consult" or "can access" is pointed to, no grant
    ('You may also consult the council’s guide to planning, which explains each step.', None, 'advises'),
    ('Carers can access free advice and support from the local carers’ centre.', None, 'advises'),
    ('Employees may choose to seek independent advice before signing.', None, 'advises'),
    ('Staff can access the shared drive from home.', None, 'permits/may'),
    # what one "will no longer need to" do is granted, as "is no longer required to" is
    ('Patients will no longer need to wear a mask in the waiting area.', None, 'permits/may'),
    ('Patients will need to wear a mask in the waiting area.', None, 'requires'),
    # what people "do not require" (a ticket, evidence, an appointment) they may go without; with a duty after "but" the
    # freedom has its condition
    ('Under-fives do not require tickets.', None, 'permits/may'),
    ('Carers do not require tickets but must stay with the group at all times.', None, 'permits with conditions/may'),
    ('The Regulations do not require the council to publish the register.', None, 'advises'),
    # what "is up to you whether" you do is yours to choose, a duty after "however" its condition; "up to you to" lays a duty
    ('It is up to you whether you attend, however you must book a seat first.', None, 'permits with conditions/may'),
    ('It is up to you to check the timetable.', None, 'requires'),
    # what "is optional" or "is allowable" is permitted
    ('Completing the survey is entirely optional.', None, 'permits/may'),
    ('Modest hospitality is allowable, within reason.', None, 'permits with conditions/may'),
    # "there is an opportunity for" the public to ask grants it
    ('There is an opportunity for members of the public to ask questions.', None, 'permits/may'),
    ('There is an opportunity for the council to improve its website.', None, 'advises'),
    # minutes set aside "during each meeting" for anyone to speak grant it within that time
    ('A period of ten minutes is set aside during each meeting for anyone present to raise a concern.', None,
     'permits with conditions/may'),
    # the part of a meeting set aside for what is granted bounds the grant
    ('Time is set aside at the start of each meeting when members of the public may speak.', None,
     'permits with conditions/may'),
    ('Every meeting opens with public question time when anyone can ask about the agenda.', None,
     'permits with conditions/may'),
    ('Residents may speak to the council about any matter.', None, 'permits/may'),
    # material that "can be used without permission or payment" for a purpose is free to use, not bounded by permission
    ('research;', 'Under copyright law, material can be copied without permission or payment for:', 'permits/may'),
    ('Photographs may be reproduced without permission.', None, 'permits with conditions/may'),
    # one "may remain anonymous", "seated" or "silent": a choice granted, where what "may remain" so is a possibility
    ('You may remain anonymous when you call us.', None, 'permits/may'),
    ('Some problems may remain unresolved.', None, 'advises'),
    # a condition after ", but the …" bounds its own clause, not the permission before it; a limit there still bounds it
    ('Parents may attend, but the session works better if they wait outside.', None, 'permits/may'),
    ('Parents may attend, but the parent will only be allowed in the hall.', None, 'permits with conditions/may'),
    # a negated right or permission: one who "does not have the right to" act, or whom a thing "does not give … permission
    # to" act, is denied it, where "does not have a right to …, but may …" grants it with its condition
    ('Visitors do not have the right to address the committee unless the chair invites them.', None, 'prohibits/must'),
    ('Attending the meeting does not give residents permission to film it.', None, 'prohibits/must'),
    ('Staff do not have a right to flexible hours but may ask for them with their manager\'s agreement.', None,
     'permits with conditions/may'),
    # a ban in a relative clause after a limit ("…, which should not be shared") is asked as firmly as its modal, and a
    # second verb that bans after a limit ("for work purposes only and not to …", "and that you will not …") outranks it
    ('Access is restricted to named accounts, which should not be shared with colleagues.', None, 'prohibits/should'),
    ('I agree to use the tablet for school purposes only and not to download games.', None, 'prohibits/must'),
    ('Staff should use the pool car for work purposes only and not to carry family members.', None, 'prohibits/should'),
    ('Staff must use the pool car for work purposes only and not to exceed the mileage allowance.', None, 'restricts/must'),
    ('Understand that the tablets are primarily intended for school work and that you will not use them for gaming.', None,
     'prohibits/must'),
    # a firm ban before a limit in one clause is the clause's rule; what is only discouraged before it is limited
    ('Dogs are not permitted in the cafe, so we only accept assistance dogs.', None, 'prohibits/must'),
    ('Vaping is discouraged and only allowed in the car park.', None, 'restricts/must'),
    # a lead-in of violations, or of what a body counts as forms of bullying or harassment, forbids each item
    ('Sharing a password with a friend.', 'Examples of account security violations include the following:', 'prohibits/must'),
    ('Posting cruel jokes about a classmate.', 'The school regards the following behaviours as forms of cyber bullying:',
     'prohibits/must'),
    ('Posting cruel jokes about a classmate.', 'The school offers the following forms of support:', 'advises'),
    # a negation spread over verbs joined by "or" ("does not endorse or permit"), and what the body will not accept "any" of
    ('The academy does not endorse, sponsor or allow pupils to use its crest on private websites.', None, 'prohibits/must'),
    ('We will not accept any asbestos or gas bottles at the recycling centre.', None, 'prohibits/must'),
    ('The council will not accept any liability for lost property.', None, 'advises'),
    # a later sentence of an item that limits outranks the duty its lead-in lays, as one that forbids does
    ('Records are kept safely. They should only be shared with staff who need them.',
     'When handling records, staff must ensure that:', 'restricts/should'),
    # "a total of" minutes set aside for the public limits the time
    ('A total of 20 minutes will be set aside for public questions.', None, 'restricts/must'),
    ('Twenty minutes will be set aside for public questions.', None, 'permits with conditions/may'),
    # not wanting "to grant" rights or "to accept" terms is not agreeing to them: the ban after it is a condition of use,
    # where not wanting one's name shown is how to opt out
    ('If you do not want to grant us these rights, please do not upload your photographs.', None, 'prohibits/must'),
    ('If you do not want your address shown, please do not include it in your comment.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SEVENTY_FIFTH)
def test_the_seventy_fifth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_SEVENTY_SIXTH = [
    # the complainant, a person, who "shall provide" or "should outline" in the active voice has a party's duty in the
    # process; what a complaint "should include", or what the complainant "should be asked to" do, is how to complain
    ('Five working days before the hearing, the complainant shall provide the clerk with any papers they will rely on.',
     None, 'requires/must'),
    ('The complainant should outline the grounds of the appeal to the panel.', None, 'requires/should'),
    ('Your complaint should include your name and a contact address.', None, 'advises'),
    ('The complainant should be asked to put the complaint in writing.', None, 'advises'),
    # contact asked by a time before the meeting is asked before the act, as "first" is; contact offered for the
    # reader's own wish is not
    ('If you wish to raise a matter at the meeting, please tell the Clerk at least 10 days before the meeting.', None,
     'requires/must'),
    ('If you would like to film the meeting, please speak to the Clerk prior to the start of the meeting.', None,
     'requires/must'),
    ('If you would like a copy of the minutes, please contact the Clerk.', None, 'advises'),
    # people named by a relative clause own the responsibility of the main clause after it
    ('Everyone who volunteers for the museum has a responsibility to protect the collections.', None, 'requires/should'),
    ('Anyone who uses the minibus has a personal responsibility to report any damage.', None, 'requires/should'),
    ('This applies to a colleague whom they supervise or have other responsibilities over.', None, 'advises'),
    # a responsibility "to be familiar with" terms is a duty, not only to know; "as a customer" before "to" is an aside
    ('It remains your responsibility as a hirer to be familiar with the conditions of hire.', None, 'requires/should'),
    ('It is your responsibility to be familiar with the site rules before you arrive.', None, 'requires/should'),
    ('It is the responsibility of all governors to be aware of the following policies.', None, 'advises'),
    ('Any loss of personal property remains your responsibility as a visitor.', None, 'advises'),
    # what the reader "will need a valid booking" (a permit, a ticket) for is required
    ('You will need a valid permit to launch a boat from the slipway.', None, 'requires/must'),
    ('If you need a parking permit, please contact the estates team.', None, 'advises'),
    # use that "will constitute your acceptance of" terms binds, as "constitutes" does; one "hereby summonsed" is summoned
    ('Your continued use of the app after we post changes will constitute your acceptance of the new terms.', None,
     'requires/must'),
    ('Continued misuse of the app will constitute a breach of these terms.', None, 'advises'),
    ('Members of the committee are hereby summonsed to attend a meeting in the village hall on Monday.', None,
     'requires/must'),
    # standards "always expected from" people bind, as those "expected from" them do
    ('Courtesy is always expected from members, including at social events.', None, 'requires/should'),
    # after "please" a word before a preposition is an imperative; not before an infinitive
    ('If the box on the form is too small, please continue on the back of the page.', None, 'requires/must'),
    ('Please wait in the corridor until the nurse calls your name.', None, 'requires/must'),
    ('If you still wish to pursue the matter, please arrange to speak with the head teacher.', None, 'advises'),
    # a thing sent to a person ("a letter to the Town Clerk") is the subject of "will", not the person after "to": what it
    # will achieve is no duty; the person who will act still is
    ('If you are worried, a short note to the Town Clerk will make sure the matter is raised with councillors.', None,
     'advises'),
    ('If you are worried, the Town Clerk will raise the matter with councillors.', None, 'requires/must'),
    # whom a complaint "should be referred to" and whom "the complainant should write directly to" is how to complain,
    # offered, as "should be made to" is; a deadline for it still binds
    ('A complaint that a councillor has broken the code should be referred to the district Monitoring Officer.', None,
     'advises'),
    ('Where the complaint concerns the Mayor, the complainant should write directly to the Deputy Mayor.', None, 'advises'),
    ('A complaint should be referred to the Clerk no later than ten days before the meeting.', None, 'requires'),
    # a minute's "Noted that …", also after the committee's name, records what the meeting noted, no rule of the policy
    ('Noted that every governor would be required to complete the safeguarding module by March.', None, 'advises'),
    ('Noted that all staff would need to re-read the revised policy.', 'The Finance and Audit Committee –', 'advises'),
    ('It should be noted that all staff are required to re-read the revised policy.', None, 'requires/must'),
    # what an amendment or a decision "shall be effective" or "final" from states its legal effect, not a duty
    ('We may revise these terms at any time, and any revision shall be effective from the date it is posted.', None,
     'advises'),
    ('Any appeal shall be heard by the panel, whose decision shall be final.', None, 'requires/must'),
    # the grantee's bare wish put first ("If they wish, …") grants freely, as "if they wish to" does; a fronted condition
    # that is no wish still bounds the grant
    ('If they wish, they can stay for the whole meeting.', None, 'permits/may'),
    ('If you prefer, you may send your question by post.', None, 'permits/may'),
    ('If approved, they can stay for the whole meeting.', None, 'permits with conditions/may'),
    # a penalty, a charge or an action as the subject of "may apply" is a consequence, not a grant to apply for something
    ('If you park without a permit, parking charges may apply.', None, 'advises'),
    ('After a warning, legal action and fines may apply.', None, 'advises'),
    ('Community groups may apply for a grant each year.', None, 'permits/may'),
    # the body named without "the" after "that" is the one who acts: how it answers is its service, no limit
    ('Please note that Riverside Heritage Trust can only reply to questions about its own collections.', None, 'advises'),
    ('Please note that volunteers can only use the kitchen before noon.', None, 'restricts/must'),
    # what "no … information can be released" says how the body keeps what it holds, as "will" does; "should" still forbids
    ('Without written consent, no student information can be released to relatives.', None, 'advises'),
    ('No student information should be released to relatives without written consent.', None, 'prohibits/should'),
    # the one who "will not be told" or "informed" is the recipient, not an actor; a protection lost is a consequence
    ('The school you complain about will not be told your name unless you agree.', None, 'advises'),
    ('Your line manager will not be informed of the reason for your leave.', None, 'advises'),
    ('Staff who raise concerns with the press first will not be protected by this procedure.', None, 'advises'),
    ('Staff will not tell the school your name unless you agree.', None, 'prohibits/must'),
    # what may "place you in a difficult position" is a consequence, also as the lead-in of an item
    ('it could breach the bribery rules.', 'Gifts from suppliers can be tempting, but they can put you in an awkward position:',
     'advises'),
    ('it could breach the bribery rules.', 'Gifts from suppliers can be tempting, but they can place you in a difficult position:',
     'advises'),
    # the impersonal "it is advised that" gives advice, and a ban joined to it by "and should not" shares the subject inside
    # what is advised; the reader "advised to …" who also "should not" is bound
    ('It is advised that governors should check their privacy settings.', None, 'advises'),
    ('It is advised, therefore, that governors check their privacy settings and should not accept requests from pupils.',
     None, 'advises'),
    ('It is recommended that governors check their privacy settings and should never accept requests from pupils.',
     None, 'advises'),
    ('Governors are advised to check their privacy settings and should not accept requests from pupils.', None,
     'prohibits/should'),
    # what "may be convened", "called", "recorded" or "filmed" by the public, the press or electors is granted to them;
    # the number of electors it needs bounds the grant, and a passive that names no one who may act grants nothing
    ('Council meetings may also be filmed by the press or members of the public.', None, 'permits/may'),
    ('A village meeting can be called by the Mayor, any three councillors or any ten electors.', None,
     'permits with conditions/may'),
    ('A village meeting may be convened by any ten electors for the village.', None, 'permits with conditions/may'),
    ('Telephone calls may be recorded for training purposes.', None, 'advises'),
    # a grant joined by "and" to an encouragement is the clause's rule
    ('Residents are encouraged to come to meetings and may ask questions in the public forum at the start.', None,
     'permits with conditions/may'),
    ('Tenants are encouraged to attend and may put questions to the board.', None, 'permits/may'),
    ('Staff are encouraged to report concerns and may be asked to give evidence.', None, 'advises'),
    # a body that "supports the use" of a thing "provided" its conditions hold grants it on them, also to each item
    ('The school supports the use of tablets by pupils provided they follow the code.', None,
     'permits with conditions/may'),
    ('Pupils keep their passwords private', 'The school supports the use of tablets by pupils provided:',
     'permits with conditions/may'),
    ('The school supports the use of tablets by pupils.', None, 'advises'),
    # a need denied in few words grants freely, as "do not require" does; so does a dress code there is not
    ('No booking necessary.', None, 'permits/may'),
    ('No ticket is required for the summer concerts.', None, 'permits/may'),
    ('There is no formal dress code for the public gallery.', None, 'permits/may'),
    # a permission bounded by when it holds, a request it needs, the channel it goes through, the capacity it is given
    # in, a permission it needs, a use of one's own, as the qualifier reads them
    ('Pupils will be allowed to use their phones during certain lessons.', None, 'permits with conditions/may'),
    ('Visitors may handle the fossils on request.', None, 'permits with conditions/may'),
    ('Parents are entitled to raise concerns and the school welcomes them through the proper channels.', None,
     'permits with conditions/may'),
    ('Residents have a statutory right to attend council meetings as observers.', None, 'permits with conditions/may'),
    ('Residents have a statutory right to attend council meetings.', None, 'permits/may'),
    ('The council reserves the right to remove any bench where consent has not been given.', None,
     'permits with conditions/may'),
    ('You may print one copy of any page for your private use.', None, 'permits with conditions/may'),
    ('You may print one copy of any page.', None, 'permits/may'),
    # a judgement that something is "not acceptable" joined to another adjective ("are unkind and not acceptable") forbids
    ('Such remarks are hurtful and not acceptable.', None, 'prohibits/must'),
    ('Personal insults are rude or unacceptable in any forum.', None, 'prohibits/must'),
    ('Such remarks are hurtful and upsetting.', None, 'advises'),
    # a place that "is strictly non-smoking" or "no smoking" forbids smoking, where a smoke-free environment provided does not
    ('The library and its reading rooms are strictly non-smoking.', None, 'prohibits/must'),
    ('The staff room is no smoking.', None, 'prohibits/must'),
    ('The college provides a smoke free environment for students.', None, 'advises'),
    # ", nor may it (they, the …)" within a clause negates the modal it inverts
    ('The scheme is not meant to settle pay disputes nor may it be used to reopen closed grievances.', None, 'prohibits/must'),
    ('Volunteers are not paid staff, nor may they sign contracts for the trust.', None, 'prohibits/must'),
    ('The handbook is not a contract, nor is it meant to be one.', None, 'advises'),
    # "will generally not" (or "normally", "usually") is read as "will not", for the body's own posts too
    ('The newsletter will generally not carry political adverts, except those of the council itself.', None, 'prohibits/must'),
    ('We will generally not reply to comments on our page.', None, 'advises'),
    # applications that "will not be considered" are refused after a fronted phrase or a "that" too
    ('Owing to high demand, applications will not be considered unless they include a budget.', None, 'prohibits/must'),
    ('The committee stresses that late applications will not be considered.', None, 'prohibits/must'),
    ('Because of our staffing, messages on social media will not be considered official contact.', None, 'advises'),
    # a condition whose verb agrees with a singular ("If the bus is full") has no plural subject: "and do not" after it bans
    ('If the lift is crowded please be patient and do not push in.', None, 'prohibits/must'),
    ('Staff may use the rooms where these are free and do not clash with lessons.', None, 'permits with conditions/may'),
    # "only" after the verb and before its object ("should provide only additional details") limits what is done
    ('Speakers should raise only matters on the agenda.', None, 'restricts/should'),
    ('Pupils must bring only one bag to the exam hall.', None, 'restricts/must'),
    ('Staff should act only if asked to by a manager.', None, 'requires/should'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SEVENTY_SIXTH)
def test_the_seventy_sixth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_SEVENTY_SEVENTH = [
    # one "summoned" with any adverb in "-ly" ("respectfully summoned to attend") is summoned, as "hereby" is
    ('All members are respectfully summoned to attend the annual meeting.', None, 'requires/must'),
    ('Councillors are formally summoned to attend on Tuesday.', None, 'requires/must'),
    ('The clerk summoned a taxi after the meeting.', None, 'advises'),
    # a body that "is asking" (or "are asking") people to act asks them, as one that "asks" does
    ('The hospital is asking visitors to wear a face mask on the wards.', None, 'requires/should'),
    ('Staff at the library are asking customers to return overdue books by Friday.', None, 'requires/should'),
    ('We will be asking for your views on the plan.', None, 'advises'),
    # those named by a phrase after "those" are asked, and a "please" set off after whom the body asks leaves the request whole
    ('We ask those in charge of dogs to keep them on a short lead.', None, 'requires/should'),
    ('We ask those using the car park to leave the entrance clear.', None, 'requires/should'),
    ('We ask parents, please, to stay behind the rope.', None, 'requires/should'),
    ('We ask visitors, please, not to feed the ducks.', None, 'prohibits/should'),
    ('We may ask those who write to us for a contact number.', None, 'advises'),
    # people "expected" to act are bound with an aside set off by two dashes between them and "to"
    ('We expect everyone on site — pupils, parents, staff and contractors — to follow the one-way system.', None,
     'requires/should'),
    ('The trust expects its volunteers – drivers, stewards and helpers – to wear their badges.', None, 'requires/should'),
    # a purpose put first sets off the imperative after it as a condition does, with or without a comma
    ('In order to help us answer quickly please ensure that your form is signed.', None, 'requires/must'),
    ('In order to keep the paths safe, report any fallen branches to the warden.', None, 'requires/must'),
    ('In order to help us answer quickly we may ask for a reference number.', None, 'advises'),
    # ", however please" asks or forbids as ", but please" does
    ('However please check with the office before you bring a pet.', None, 'requires/must'),
    ('However please do not leave bags in the corridor.', None, 'prohibits/must'),
    ('However please remember that the office closes at noon.', None, 'advises'),
    # "please help us by having" a thing ready asks for it
    ('To speed up your visit, please help us by bringing your library card.', None, 'requires/must'),
    ('Please help us by keeping the gate closed at all times.', None, 'requires/must'),
    # staff who "will provide", "offer" or "assist" the reader, with or without "our" and after a fronted phrase, are the
    # body's service; "All staff will support" the policy stays a duty
    ('At reception staff will offer you a map of the gardens.', None, 'advises'),
    ('Gallery staff will provide visitors with guidance on handling the objects.', None, 'advises'),
    ('All staff will support the aims of this policy.', None, 'requires/must'),
    # someone who does not want to be recorded, named a long way from "if any", or parents who do not want their
    # child's picture "to appear" online: what they are asked to do is how to opt out; "If members of the public" names
    # no one by "any" and stays a request
    ('If any resident attending the annual parish meeting in the hall does not wish to be filmed, they should tell the Clerk.',
     None, 'advises'),
    ('Parents who do not wish their son’s photograph to appear on the website should let the office know each September.',
     None, 'advises'),
    ('If members of the public do not wish to be filmed they should sit at the back of the hall.', None, 'requires/should'),
    # when meetings "shall be held" (on a day, within a time) is the body's calendar; "must be held in person" binds
    ('Ordinary meetings of the Town Council shall be held on the second Wednesday of each month.', None, 'advises'),
    ('The annual meeting shall be held within ten days of the ordinary elections.', None, 'advises'),
    ('Committee meetings must be held in person.', None, 'requires/must'),
    # a concession set off just after "who" is an aside in the relative clause that tells who is meant
    ('It also covers any officer who, although not a manager, is required to give advice to the Cabinet.', None, 'advises'),
    ('Any officer who gives advice to the Cabinet must keep a record of it.', None, 'requires/must'),
    # what members "were reminded that" they must do is a minute of what a meeting was told, where "are reminded" binds
    ('Councillors were reminded that they must leave the chamber during any item in which they have an interest.', None,
     'advises'),
    ('Councillors are reminded that they must leave the chamber during any item in which they have an interest.', None,
     'requires/must'),
    # "Please contact" someone "for information" or "for further details" is contact offered, as "For information, please
    # contact" is; "Please contact" someone "before" an act directs
    ('Please contact the Town Clerk for further details of the allotment waiting list.', None, 'advises'),
    ('Please email the parish office for information about hiring the hall.', None, 'advises'),
    ('Please contact the Town Clerk before the meeting.', None, 'requires/must'),
    # a second verb joined by "or" shares the first one's subject: the body's "or may write" is its own, as its "may respond" is
    ('The Parish Council may reply to you at the meeting or may write to you afterwards.', None, 'advises'),
    ('We may respond on the night or may contact you by email later.', None, 'advises'),
    ('Councillors may speak at the meeting or may send written comments to the clerk.', None, 'permits/may'),
    # what people "should not have to" endure, or no one "should have to" or "be made to feel": a protection, no ban or duty
    ('Our receptionists should not have to put up with shouting or swearing.', None, 'advises'),
    ('No member of staff should ever have to face threats at work.', None, 'advises'),
    ('Nobody should be made to feel unwelcome at our services.', None, 'advises'),
    ('Staff should not have their mobile phones out on the ward.', None, 'prohibits/should'),
    ('No one should use the lifts during a fire alarm.', None, 'prohibits/should'),
    # "it is accepted that there will be" acknowledges what will happen, where "it is accepted that staff will" grants
    ('It is accepted that there will be occasional delays in replying to letters.', None, 'advises'),
    ('It is accepted that staff will take short breaks away from their desks.', None, 'permits/may'),
    # a cue in what a thing or an act "is to" do, after "the purpose (aim) of … is to": what it is for, no rule
    ('The purpose of issuing a warning is to make clear to the member that such conduct is unacceptable.', None, 'advises'),
    ('The aim of the notice is to remind visitors that they must not feed the swans.', None, 'advises'),
    ('The aim of this code is to protect staff, and staff must not share their passwords.', None, 'prohibits/must'),
    # members of the public who "are" or "may be" invited to speak, address or ask are granted it, as "will be invited" is;
    # an aside set off by commas after them leaves the grant theirs
    ('Members of the public are invited to ask questions about the budget.', None, 'permits/may'),
    ('Members of the public are invited to speak on any agenda item for up to three minutes.', None,
     'permits with conditions/may'),
    ('Members of the public, if they have registered with the Clerk, may be invited to address the committee.', None,
     'permits with conditions/may'),
    ('Staff are invited to attend the annual training day.', None, 'advises'),
    # a grant noted after "Please note that": filming or recording "by" the public or press, also "commented on online"
    ('Please note that council meetings may be filmed or recorded by members of the public.', None, 'permits/may'),
    ('Public meetings may be recorded and/or commented on online by any member of the public or press.', None, 'permits/may'),
    ('Please note that calls to our helpline may be recorded.', None, 'advises'),
    # ", but only if" after a grant is its condition, where after an item's bare imperative it limits the act
    ('Personal use of the printers is permitted, but only if it does not hold up other users.', None,
     'permits with conditions/may'),
    ('Volunteers may borrow the projector, but only when the office has booked it out to them.', None,
     'permits with conditions/may'),
    ('Share pictures of the event, but only when the organiser agrees.', 'Members will:', 'restricts/must'),
    # an exception put before what is open to the public grants with it, as one after does; openness alone is a fact
    ('Except for items on staffing, committee meetings are open to the public.', None, 'permits with conditions/may'),
    ('Save for confidential business, all meetings of the board shall be open to members of the public.', None,
     'permits with conditions/may'),
    ('Committee meetings are open to the public.', None, 'advises'),
    # a proviso put first that names a numbered rule ("Standing Order 3.2") bounds the grant after it, as "save for" does
    ('In accordance with Standing Order 3.2, residents may speak on items on the agenda.', None,
     'permits with conditions/may'),
    ('Subject to paragraph 4.1 of this code, staff can accept small gifts.', None, 'permits with conditions/may'),
    ('Save for Fridays, staff may park in the visitor bays.', None, 'permits with conditions/may'),
    # what "is not transferable" (or "non-transferable") may not be passed on
    ('Season tickets are not transferable to another holder.', None, 'prohibits/must'),
    ('Parking permits are non-transferable.', None, 'prohibits/must'),
    ('Staff may transfer to another team after a year.', None, 'permits/may'),
    # a passive decision with "only" after its verb ("considered only from", "accepted only through") limits
    ('Proposals will be considered only from registered charities.', None, 'restricts/must'),
    ('Bids will be accepted only through the online portal.', None, 'restricts/must'),
    ('Proposals will be considered from any local group.', None, 'advises'),
    # a use or visit that "is for a maximum of" a time (or "will be for a maximum period of" it) is limited
    ('Use of the sports hall is for a maximum of two hours per booking.', None, 'restricts/must'),
    ('Each visit will be for a maximum period of 45 minutes.', None, 'restricts/must'),
    ('The allotment is for residents of the parish.', None, 'advises'),
    # what the body "does not accept", named without "any" or a determiner, is refused; a responsibility or a fact is not
    ('We do not accept late entries.', None, 'prohibits/must'),
    ('The council does not accept cash payments at its offices.', None, 'prohibits/must'),
    ('We do not accept responsibility for items left in the hall.', None, 'advises'),
    ('We cannot accept that the delay was reasonable.', None, 'advises'),
    ('The council will not accept donations of old furniture.', None, 'advises'),
    # what "cannot be submitted" is forbidden, as what "cannot be shared" is; what "may be submitted" is granted
    ('Complaints cannot be submitted by text message.', None, 'prohibits/must'),
    ('Forms may be submitted at reception.', None, 'permits/may'),
    # a byelaw however spelt ("This Bye Law", "by-law") that "shall not prevent" an act, named by its "-ing" or "use", leaves
    # it free, as one that "shall not restrict" anyone "from" it does; one who "shall not prevent" others forbids
    ('This Bye Law shall not prevent the launching of boats from the public slipway.', None, 'permits/may'),
    ('These by-laws shall not prevent the use of barbecues in the picnic area.', None, 'permits'),
    ('Stallholders shall not prevent the use of the fire exits.', None, 'prohibits/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SEVENTY_SEVENTH)
def test_the_seventy_seventh_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# A duty not to hinder, in the passive ("must not be prevented from", "will not be discouraged from"), leaves the act free,
# as "are not prohibited from" does; an active duty not to hinder others forbids the hindering. So does a hindrance whose
# subject is negated.
_SEVENTY_EIGHTH = [
    ('Staff must not be prevented from joining a trade union group online.', None, 'permits'),
    ('Employees will not be discouraged from raising concerns through the whistleblowing procedure.', None, 'permits'),
    ('Councillors shall not be barred from attending meetings of any committee.', None, 'permits'),
    ('Staff must not prevent colleagues from joining a trade union.', None, 'prohibits/must'),
    # a hindrance whose subject is negated ("Nobody is prevented from", "No restriction applies to") leaves the act free;
    # a negated subject with a modal ("Nobody may …") still forbids
    ('Nobody is prevented from expressing political views in a private capacity.', None, 'permits'),
    ('No one is barred from attending the staff forum.', None, 'permits'),
    ('No restriction applies to the use of personal phones in the staff room.', None, 'permits'),
    ('Nobody may post on the council accounts without approval.', None, 'prohibits/must'),
    ('No smoking in council vehicles.', None, 'prohibits/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SEVENTY_EIGHTH)
def test_the_seventy_eighth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# The seventy-ninth round: sentences written for the round, each varying the grammar of a ban or a permission
# (none is from the labelled set). A ban stated as a noun, a permission one has or lacks, a rule denied as a whole
_SEVENTY_NINTH = [
    ('There is a ban on using council vehicles for personal errands.', None, 'prohibits/must'),
    ('You do not have permission to share passwords.', None, 'prohibits/must'),
    ("You don't have permission to post on behalf of the council.", None, 'prohibits/must'),
    ('Staff have not been given permission to use social media at work.', None, 'prohibits/must'),
    ('No permission has been given for staff to use social media at work.', None, 'prohibits/must'),
    ('Staff have permission to use the internet during lunch.', None, 'permits with conditions'),
    ('Staff have been given permission to use social media at work.', None, 'permits'),
    ('Staff who do not have permission to use it must ask their manager.', None, 'requires/must'),
    ('fail to acknowledge where we have permission to reproduce something', 'Staff must not:', 'requires/must'),  # a ban on failing to act binds
    ('In no case will personal data be disclosed to third parties.', None, 'prohibits/must'),
    # "may not be" with a participle that does not end in -ed or -en; a thing named after the body is no body's service
    ('Personal calls may not be made, except in an emergency.', None, 'prohibits/must'),
    ('Council vehicles may not be used for personal errands.', None, 'prohibits/must'),
    ('The Council may not be able to reply to every message.', None, 'advises'),
    ('The Council itself cannot give legal advice.', None, 'advises'),
    # "Nothing" as the subject of a modal forbids, but for how a text is to be read
    ('Nothing may be posted on the council\'s pages without approval.', None, 'prohibits/must'),
    ('Nothing should be posted that could bring the council into disrepute.', None, 'prohibits/should'),
    ('Nothing in this policy shall be construed as preventing staff from joining a union.', None, 'advises'),
    # a ban or a rule denied
    ('It is not the case that staff are prohibited from using social media.', None, 'permits'),
    ('It is not true that personal use is banned.', None, 'permits'),
    ('It is not true that staff may post freely.', None, 'prohibits/must'),
    ('It is not that simple.', None, 'advises'),
    ('It is not forbidden to use personal phones in the office.', None, 'permits'),
    ('The use of personal devices is not prohibited.', None, 'permits'),
    ('The use of personal devices is not restricted.', None, 'permits'),
    ('There is no rule against staff being friends with colleagues on social media.', None, 'permits'),
    ('Nothing prevents staff from joining a union.', None, 'permits'),
    ('There is no reason staff should not use social media in their own time.', None, 'permits with conditions'),
    ('The council does not prohibit the use of personal phones during breaks.', None, 'permits with conditions'),
    ('The council will not prevent staff from joining a political party.', None, 'permits'),
    ('The council has no power to stop staff joining a political party.', None, 'permits'),
    ('We cannot stop people from posting abusive comments on our page.', None, 'advises'),
    ('Staff must not prevent colleagues from joining a trade union.', None, 'prohibits/must'),
    ('Councillors should feel free to comment on council decisions.', None, 'permits'),
    ('online gambling', 'Examples of prohibited use include:', 'prohibits/must'),
    # an act named by its gerund and judged inappropriate is discouraged, as "it is not appropriate to" is
    ('Sharing passwords is inappropriate.', None, 'prohibits/should'),
    ('Building relationships with service users online is not appropriate.', None, 'prohibits/should'),
    ('Nothing is inappropriate.', None, 'advises'),
    # a concession whose grant the main clause bounds by a pronoun is a permission with its condition; a main clause
    # on another act or another subject is a ban
    ('Although personal use is permitted, it must not interfere with work.', None, 'permits with conditions'),
    ('Whilst it is acceptable to use social media, it should not be used to criticise the council.', None,
     'permits with conditions'),
    ('Whilst it is acceptable to use social media, comments should not be made about colleagues.', None, 'prohibits'),
    ('Although staff may use the internet, they must not download films.', None, 'prohibits/must'),
    # a question answered "Yes" or "No" ("Frequently asked questions"): the answer grants, forbids or frees the act
    # asked about, as the question asks for leave, advice or a duty; the question alone lays no rule
    ('Can I accept a friend request from a service user? No.', None, 'prohibits/must'),
    ('Am I allowed to mention where I work? Yes.', None, 'permits'),
    ('Should I accept friend requests from service users? No.', None, 'prohibits/should'),
    ('Should I accept friend requests from service users?', None, 'advises'),
    ('Do I have to accept friend requests from colleagues? No.', None, 'permits'),
    ('Do I have to be accurate and polite in what I post? Yes.', None, 'requires/must'),
    ('Is it OK to mention where I work? Yes, as long as you say your views are your own.', None, 'permits with conditions'),
    ('Can I use Facebook at work? No, you cannot use it during working hours.', None, 'prohibits/must'),
    ('What should I do if I am harassed online? Tell your manager.', None, 'requires/must'),
    ('a clear statement of your concerns', 'What should a petition contain?', 'requires/should'),
    # a freedom denied; a permission judged always acceptable
    ('Employees are not at liberty to disclose confidential information.', None, 'prohibits/must'),
    ('Employees are no longer free to use the internet for personal reasons.', None, 'prohibits/must'),
    ('It is always acceptable to report a concern to your manager.', None, 'permits'),
    # a hindrance denied with "can": in the passive, or by a subject no one ("Nobody can stop …"); where "may" forbids
    # the hindrance itself, and what no one can stop doing is an act ceased, not hindered
    ('Councillors cannot be prevented from using social media during meetings.', None, 'permits'),
    ("Councillors can't be stopped from tweeting during meetings.", None, 'permits'),
    ('Nobody can stop councillors tweeting during meetings.', None, 'permits'),
    ('No one may prevent staff from joining a union.', None, 'prohibits/must'),
    ('No one can stop working without telling their manager.', None, 'prohibits/must'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _SEVENTY_NINTH)
def test_the_seventy_ninth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


# The eightieth round: sentences written for it, none from the labelled set; the guards read as they did before it.
_EIGHTIETH = [
    # a ban's and a grant's own words: "disallowed", "desist", "contrary to this policy", a wrong done, a choice granted
    ('Personal use of the internet is disallowed.', None, 'prohibits/must'),
    ('Whether to accept a friend request from a colleague is your choice.', None, 'permits'),
    ('Whether you use social media is a matter for you.', None, 'permits'),
    ('Whether a gift is acceptable is a matter for the Monitoring Officer.', None, 'advises'),
    ('It would be wrong for staff to accept gifts from applicants.', None, 'prohibits/should'),
    ('It is wrong to assume that posts are private.', None, 'advises'),
    ('Wearing jeans is no longer prohibited on Fridays.', None, 'permits'),
    ('Smoking is no longer permitted on the premises.', None, 'prohibits/must'),
    ('Not under any circumstances may staff share passwords.', None, 'prohibits/must'),
    ('Accepting gifts from suppliers is contrary to this policy.', None, 'prohibits/must'),
    ('Except during confidential items, filming is allowed.', None, 'permits with conditions'),
    ('Save for emergencies, personal calls are permitted only during breaks.', None, 'restricts/must'),
    ('Staff must desist from posting once asked to stop.', None, 'prohibits/must'),
    # the act's object denied ("must accept no gifts"), not a limit or what the reader may expect
    ('Staff must accept no gifts of any value.', None, 'prohibits/must'),
    ('Staff should accept no hospitality from suppliers.', None, 'prohibits/should'),
    ('Staff must make no comment to the press.', None, 'prohibits/must'),
    ('Staff must have no contact with service users on social media.', None, 'prohibits/must'),
    ('Staff should have nothing to do with the campaign.', None, 'prohibits/should'),
    ('Staff are to make no personal calls on council phones.', None, 'prohibits/must'),
    ('Staff must have no more than two council accounts.', None, 'restricts/must'),
    ('You should have no expectation of privacy when using council systems.', None, 'advises'),
    ('If you act in good faith you should have nothing to fear.', None, 'advises'),
    ('The Council shall accept no liability for loss or damage.', None, 'advises'),
    ('It is vital that staff never share passwords.', None, 'prohibits/must'),
    ('It is essential that staff do not share passwords.', None, 'prohibits/should'),
    # a negated subject, a quantifier of little, "not only … but"
    ('Staff are given discretion to use social media during breaks.', None, 'permits with conditions'),
    ('Not a single gift may be accepted without approval.', None, 'prohibits/must'),
    ('Not one member of staff may speak to the press without approval.', None, 'prohibits/must'),
    ("Staff may not only read but also post on the council's pages.", None, 'permits'),
    ('Staff may not only read posts.', None, 'advises'),
    ('Few gifts may be accepted.', None, 'restricts/must'),
    ('Hardly any personal use is permitted.', None, 'restricts/must'),
    ('Little personal use is allowed.', None, 'restricts/must'),
    ('Few people realise how public social media is.', None, 'advises'),
    # rules for the public: who is welcome, what may be done to a thing, where and when
    ('Dogs are welcome in the library if kept on a lead.', None, 'permits with conditions'),
    ('Children are welcome.', None, 'permits'),
    ('Assistance dogs are the only animals allowed in the building.', None, 'restricts/must'),
    ('Bicycles may be carried on the ferry free of charge.', None, 'permits'),
    ('Fishing from the harbour wall is permitted between 6am and 10pm.', None, 'permits with conditions'),
    ('Residents may park in the car park free of charge after 6pm.', None, 'permits with conditions'),
    ('Nowhere in the harbour is swimming permitted.', None, 'prohibits/must'),
    ('In no part of the building is smoking allowed.', None, 'prohibits/must'),
    ('Smoking is allowed nowhere on the site.', None, 'prohibits/must'),
    ('Alcohol may be consumed on the premises with the written consent of the council.', None, 'permits with conditions'),
    ('The hall may not be sublet.', None, 'prohibits/must'),
    ('Vehicles may be left overnight with permission.', None, 'permits with conditions'),
    ('Children under 12 are not admitted unless accompanied by an adult.', None, 'prohibits/must'),
    ('Liability is not admitted for any loss.', None, 'advises'),
    ('Bottled water may be brought into the reading room.', None, 'permits'),
    ('Such conduct may be brought into disrepute.', None, 'advises'),
    ('Horses may be ridden on the bridleway.', None, 'permits'),
    # conditions after a permission; how often a thing is permitted; what is optional; a ban imposed, lifted or in force
    ('Staff may work from home, on the understanding that they remain contactable.', None, 'permits with conditions'),
    ('Staff may work from home, assuming their manager agrees.', None, 'permits with conditions'),
    ('Staff may work from home whenever their role allows.', None, 'permits with conditions'),
    ('Working from home is allowed in exceptional cases.', None, 'permits with conditions'),
    ('Working from home is sometimes allowed.', None, 'permits'),
    ('Working from home is rarely permitted.', None, 'restricts/must'),
    ('Working from home is never permitted.', None, 'prohibits/must'),
    ('Working from home is not always permitted.', None, 'restricts/must'),
    ('Requests are rarely approved.', None, 'advises'),
    ('It is not compulsory to join the staff forum.', None, 'permits'),
    ('Joining the staff forum is voluntary.', None, 'permits'),
    ('Joining the staff forum is not mandatory.', None, 'permits'),
    ('The council works with the voluntary sector.', None, 'advises'),
    ('The council bans the use of personal email for work.', None, 'prohibits/must'),
    ('The council has banned the use of personal email for work.', None, 'prohibits/must'),
    ('We have banned three users this year.', None, 'advises'),
    ('The council has lifted the ban on personal email.', None, 'permits'),
    ('The ban on personal email has been lifted.', None, 'permits'),
    ('The ban on personal email remains in place.', None, 'prohibits/must'),
    ('The restriction on personal use no longer applies.', None, 'permits'),
    ('The prohibition on personal use still applies.', None, 'prohibits/must'),
    ('It is not unreasonable for staff to check social media at lunch.', None, 'permits with conditions'),
    ('It is not unacceptable to use social media at lunch.', None, 'permits with conditions'),
    ('Staff are not forbidden from using social media during breaks.', None, 'permits with conditions'),
    ('Staff may accept neither gifts nor hospitality.', None, 'prohibits/must'),
    ('Staff may accept gifts but not hospitality.', None, 'permits with conditions'),
    # a pronoun with "are" or "will" contracted; a main clause after ", or"; a condition of employment denied; who alone may act
    ("You're allowed to use your phone at lunch.", None, 'permits with conditions'),
    ("You'll be expected to declare all gifts.", None, 'requires/must'),
    ("You're not allowed to share your password.", None, 'prohibits/must'),
    ("We'll remove any post that is abusive.", None, 'requires/must'),
    ("Visitors are welcome to attend, or we can read out your question if you're unable to attend.", None, 'advises'),
    ('It is a condition of employment that staff do not take second jobs without approval.', None, 'prohibits/must'),
    ('It is a condition of employment that staff comply with this code.', None, 'requires/must'),
    ("The clerk alone may post on the council's page.", None, 'restricts/must'),
    ('In that case, they would be expected to resign from the post.', None, 'advises'),
    ('Staff will be expected to declare gifts.', None, 'requires/must'),
    # what the reader may not know; a duty denied or waived; "by no means" after a modal; a grant subject to approval or put
    # at someone's discretion; "discouraged but not prohibited"; a participle put first as the condition
    ('You may not be aware that posts can be shared widely.', None, 'advises'),
    ('You may not realise how public your profile is.', None, 'advises'),
    ('Staff may not always be able to answer calls.', None, 'advises'),
    ('Staff may not have more than two council accounts.', None, 'restricts/should'),
    ('Staff will not be required to work on bank holidays.', None, 'permits'),
    ('Staff are welcome but not required to attend.', None, 'permits'),
    ('Councillors are exempt from this requirement.', None, 'permits'),
    ('Part-time staff are exempted from the ban.', None, 'permits'),
    ('Staff may quote from this policy without needing permission.', None, 'permits'),
    ('Staff must not quote from this policy without seeking permission.', None, 'prohibits/must'),
    ('Staff should by no means share passwords.', None, 'prohibits/should'),
    ('Staff must in no way suggest that they speak for the council.', None, 'prohibits/must'),
    ('This list is by no means exhaustive.', None, 'advises'),
    ('Staff are in no way responsible for the content of linked sites.', None, 'advises'),
    ('Using social media at work is discouraged but not prohibited.', None, 'advises'),
    ('Using social media at work is discouraged.', None, 'prohibits/should'),
    ('Personal calls are only acceptable if they are brief.', None, 'restricts/must'),
    ("Posting about work is subject to your manager's approval.", None, 'permits with conditions'),
    ('Posting about work is at the discretion of your manager.', None, 'permits with conditions'),
    ("Posting on the council's page is reserved for the clerk.", None, 'restricts/must'),
    ('If authorised, staff may post about work.', None, 'permits with conditions'),
    ('Once authorised, staff may post about work.', None, 'permits with conditions'),
    # the body with no wish to hinder; acts done to a thing by those who hire, borrow or book it
    ('The Council has no wish to discourage this, provided that employees are mindful of their obligations.', None, 'permits with conditions'),
    ('The Council has no intention of stopping staff from joining a union.', None, 'permits'),
    ('Amplified music may be played until 11pm, after which it must cease.', None, 'permits with conditions'),
    ('Items may be renewed online, by phone or in person, unless they have been reserved by another customer.', None, 'permits with conditions'),
    ('Rooms may be booked up to a month in advance.', None, 'permits'),
    ('Rooms cannot be booked on bank holidays.', None, 'prohibits/must'),
    ('Library members may borrow up to 12 items at a time.', None, 'permits with conditions'),
    # an imperative to keep away; "had better not"; a warning not to act, where a caution advises
    ('Stay off social media during working hours.', None, 'prohibits/must'),
    ('Keep away from political debates online.', None, 'prohibits/must'),
    ('Keep out of the server room unless you are authorised.', None, 'prohibits/must'),
    ('Keep your password to yourself.', None, 'requires/must'),
    ('Stay safe online.', None, 'requires/must'),
    ('Staff had better not post about service users.', None, 'prohibits/should'),
    ('Staff are warned not to post about work.', None, 'prohibits/must'),
    ('Staff are cautioned not to post about work.', None, 'advises'),
    # a ban that holds only where its condition does limits; the only restriction named; a ban denied with its exception;
    # a ban or restrictions named as applying, extending, covering or including, and what is excluded from one
    ('Personal use is only prohibited where it interferes with work.', None, 'restricts/must'),
    ('Personal use is prohibited only where it interferes with work.', None, 'restricts/must'),
    ('Personal use is prohibited during meetings.', None, 'prohibits/must'),
    ('The only restriction on personal use is that it must not interfere with work.', None, 'permits with conditions'),
    ('The only rule is to be respectful.', None, 'requires/must'),
    ('Personal use is not prohibited unless it interferes with work.', None, 'permits with conditions'),
    ('Personal use is not restricted except during meetings.', None, 'permits with conditions'),
    ('Restrictions apply to personal use during working hours.', None, 'restricts/must'),
    ('The following restrictions apply:', None, 'advises'),
    ('A ban applies to personal use during meetings.', None, 'prohibits/must'),
    ('The ban extends to personal use during breaks.', None, 'prohibits/must'),
    ('This prohibition covers personal devices as well.', None, 'prohibits/must'),
    ('This prohibition does not cover personal devices.', None, 'advises'),
    ('Personal devices are included in this prohibition.', None, 'prohibits/must'),
    ('Personal devices are excluded from this prohibition.', None, 'permits'),
    # what is not required for entry; bans on "both" or "all" of several acts
    ('Tickets are not required for entry.', None, 'permits'),
    ('Permission is not required to quote from this policy.', None, 'permits'),
    ('Permission is required to quote from this policy.', None, 'requires/must'),
    ('Filming and audio recording are both prohibited.', None, 'prohibits/must'),
    ('Smoking, vaping and open flames are all prohibited.', None, 'prohibits/must'),
    # notices: what is out of bounds, for some only, not admitted or welcome to all
    ('The roof is out of bounds to all staff.', None, 'prohibits/must'),
    ('The kitchen is for use by staff only.', None, 'restricts/must'),
    ('Staff only.', None, 'restricts/must'),
    ('Authorised personnel only.', None, 'restricts/must'),
    ('Over 18s only.', None, 'restricts/must'),
    ('Residents only beyond this point.', None, 'restricts/must'),
    ('For information only.', None, 'advises'),
    ('The press office is for media enquiries only and cannot answer other questions.', None, 'advises'),
    ('Strictly no parking.', None, 'prohibits/must'),
    ('Under 18s not admitted.', None, 'prohibits/must'),
    ('Liability not admitted.', None, 'advises'),
    ('All welcome.', None, 'permits'),
    ('Everyone welcome.', None, 'permits'),
    ('Everyone is welcome and differences of opinion are fine, but not if they make others feel unsafe.', None, 'permits with conditions'),
    # a ban or a grant that is the condition's ("If staff are not permitted to attend, they may …"), where a comma ends it;
    # a grant "without permission" still bounded by it (as earlier rounds read it); permission given or refused
    ('If staff are not permitted to attend, they may send written comments.', None, 'permits with conditions'),
    ('Where staff are not permitted to attend, they may send written comments.', None, 'permits with conditions'),
    ('Where staff are permitted to attend, they must not speak.', None, 'prohibits/must'),
    ('When you visit we expect you to keep the noise down.', None, 'requires/should'),
    ('The Council cannot disclose information if this is prohibited by law.', None, 'prohibits/must'),
    ('Staff may post without permission.', None, 'permits with conditions'),
    ('Staff must not post without permission.', None, 'prohibits/must'),
    ('Permission will not be given for staff to post.', None, 'prohibits/must'),
    ('Permission will be given for staff to post on request.', None, 'permits with conditions'),
    # a ban that says who is meant (a relative clause, or a participle after "Those") or is a trailing condition's, before
    # or after the main clause's rule; the body's own restraint keeps its ban
    ('Staff who are not authorised to speak to the media must refer enquiries to the press office.', None, 'requires/must'),
    ('Staff who are not permitted to post must not post.', None, 'prohibits/must'),
    ('Staff who are not allowed to work from home must work in the office.', None, 'requires/must'),
    ('Staff who are prohibited from driving must tell their manager.', None, 'requires/must'),
    ('Staff must leave the meeting if they are not permitted to stay.', None, 'requires/must'),
    ('Staff may use the gym unless use is prohibited by their manager.', None, 'permits with conditions'),
    ('The Council can not disclose information if this is prohibited by law.', None, 'prohibits/must'),
    ('Those not permitted to use the car park may use the public car park.', None, 'advises'),
    # a ban the reader is reminded of, where what they may not be able to do is a fact; an item that forbids in its own
    # words under a grant's lead-in, where under a condition's lead-in it is the condition
    ('Staff are reminded that they may not use council email for personal matters.', None, 'prohibits/must'),
    ('Remember that staff may not accept cash gifts.', None, 'prohibits/must'),
    ('Please note that you may not be able to access the site.', None, 'advises'),
    ('Remember that you cannot take back a post once it is shared.', None, 'advises'),
    ('Never share passwords.', 'Examples of acceptable use:', 'prohibits/must'),
    ("don't advertise commercial products", 'We welcome comments as long as they:', 'permits with conditions'),
    # what alone may be done, and exceptions to a grant after it or set off by commas before it
    ('Staff may accept no gifts other than small tokens.', None, 'prohibits/must'),
    ('Staff may accept nothing but small tokens.', None, 'prohibits/must'),
    ('Staff may accept small tokens but nothing else.', None, 'restricts/must'),
    ('Staff may accept only small tokens.', None, 'restricts/must'),
    ('Staff may post only if their manager agrees.', None, 'permits with conditions'),
    ('The council can currently only monitor its pages during office hours.', None, 'advises'),
    ('The only gifts staff may accept are small tokens.', None, 'restricts/must'),
    ('Gifts may be accepted, apart from cash.', None, 'permits with conditions'),
    ('Gifts, except cash, may be accepted.', None, 'permits with conditions'),
    ('Gifts, other than cash, may be accepted.', None, 'permits with conditions'),
    # a grant once something has happened; what stays granted or banned, or no longer can be done
    ('Staff may post once the press release has been issued.', None, 'permits with conditions'),
    ('Staff may post after the press release has been issued.', None, 'permits with conditions'),
    ('Staff will no longer be able to use Facebook at work.', None, 'prohibits/must'),
    ('Staff will still be able to use Facebook.', None, 'permits'),
    ('Staff will continue to be allowed to use Facebook at lunch.', None, 'permits with conditions'),
    ('Staff will continue not to be allowed to use Facebook.', None, 'prohibits/must'),
    ('Staff remain free to use Facebook.', None, 'permits'),
    ('Staff remain prohibited from using Facebook at work.', None, 'prohibits/must'),
    ('The ban on Facebook will remain.', None, 'prohibits/must'),
    ('The ban will remain until further notice.', None, 'prohibits/must'),
    ('Staff will still be expected to declare gifts.', None, 'requires/must'),
    # rules at meetings: a cap on who will be allowed, a grant at someone's invitation, a right that is or is not there
    ('No more than three speakers will be allowed per item.', None, 'permits with conditions'),
    ("The public may speak at the Chair's invitation.", None, 'permits with conditions'),
    ('There is no right for the public to speak.', None, 'prohibits/must'),
    ('There is a right for the public to attend.', None, 'permits'),
    ('There is no right to privacy on council systems.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _EIGHTIETH)
def test_the_eightieth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_EIGHTY_FIRST = [
    # a passive grant of what a tenant or a visitor does to a thing
    ('Sheds may be erected with the written consent of the Council.', None, 'permits with conditions'),
    ('Dogs may be walked in the park.', None, 'permits'),
    ('Tents may be pitched in the designated field only.', None, 'restricts/must'),
    ('Your name may be displayed on the website.', None, 'advises'),
    # a length of service bounds a grant
    ("Employees have the right to request flexible working after 26 weeks' service.", None, 'permits with conditions'),
    ("Staff may buy extra leave once they have completed six months' service.", None, 'permits with conditions'),
    ('Staff may apply after six months.', None, 'permits'),
    # an aside in brackets between a modal and its verb, as one between commas
    ("Staff may (with their manager's agreement) work from home.", None, 'permits with conditions'),
    ('Staff may (if they wish) work from home.', None, 'permits'),
    ('Staff must not (under any circumstances) disclose passwords.', None, 'prohibits/must'),
    # a grant with a duty set beside it is the duty
    ('You can, and should, report concerns.', None, 'requires/should'),
    ('You can (and should) report concerns.', None, 'requires/should'),
    ('You can, and must, report concerns.', None, 'requires/must'),
    # "at no point" and "at no stage" as "at no time"
    ('At no point may staff share passwords.', None, 'prohibits/must'),
    ('At no stage should staff share passwords.', None, 'prohibits/should'),
    # nobody hindered: the act is free ("No employee will be penalised" stays a protection)
    ('No member of staff will be prevented from raising a concern.', None, 'permits'),
    ('Nobody will be stopped from raising a concern.', None, 'permits'),
    ('No one may be barred from the meeting unless they disrupt it.', None, 'permits with conditions'),
    ('No employee will be penalised for raising a concern.', None, 'advises'),
    ('No member of staff may accept gifts.', None, 'prohibits/must'),
    # not all: a grant to some only limits, a duty on some only is waived for the rest
    ("Not everyone is allowed to post on the council's accounts.", None, 'restricts/must'),
    ("Not all staff may post on the council's accounts.", None, 'restricts/must'),
    ('Not all gifts need to be declared.', None, 'permits'),
    ('Not all staff are required to complete the training.', None, 'permits'),
    ('Not all comments will be answered.', None, 'advises'),
    # a heading of what not to do, and "dont" without its apostrophe; a heading of both is neither
    ('Open attachments from unknown senders', "Don'ts:", 'prohibits/must'),
    ('Open attachments from unknown senders', 'Don’ts', 'prohibits/must'),
    ('Open attachments from unknown senders', 'Dont:', 'prohibits/must'),
    ('Dont share your password.', None, 'prohibits/must'),
    ('Open attachments from unknown senders', "Dos and don'ts:", 'requires/must'),
    # a list of uses with the kind of use named
    ('Checking personal email', 'Examples of acceptable personal use include:', 'permits'),
    ('Downloading pirated software', 'Examples of unacceptable internet use include:', 'prohibits/must'),
    ('Checking personal email', 'Users must comply with the acceptable internet use policy, which includes:', 'requires/must'),
    # a ban set against a grant after ", but" or "; however," bounds it, as "but must not" does
    ("It's okay to share council posts, but don't add your own comments.", None, 'permits with conditions'),
    ('You can share council posts, but do not add your own comments.', None, 'permits with conditions'),
    ('You may share council posts, but never add your own comments.', None, 'permits with conditions'),
    ('You can share posts; however, do not add comments.', None, 'permits with conditions'),
    ('Do not expect a reply.', None, 'advises'),
    ('But do not share passwords.', None, 'prohibits/must'),
    # nothing wrong with an act grants it
    ('There is nothing wrong with staff sharing council posts.', None, 'permits'),
    ("There's nothing wrong in asking for help.", None, 'permits'),
    # terms of service: money owed binds; a grant "without charge" is free, one "within 14 days" bounded
    ('Payment is due within 30 days of the invoice date.', None, 'requires/must'),
    ('A deposit of £50 is payable on booking.', None, 'requires/must'),
    ('No fee is payable.', None, 'advises'),
    ('Fees are payable to the employee.', None, 'advises'),
    ('Customers may cancel at any time without charge.', None, 'permits'),
    ('Customers may cancel within 14 days without charge.', None, 'permits with conditions'),
    ('Staff may claim expenses within three months of the journey.', None, 'permits with conditions'),
    ('Staff may not use the gym without charge.', None, 'prohibits/must'),
    # a duty to see that one never acts, or to take care to avoid it, forbids; a duty that others are spared binds
    ('Staff must ensure they never post confidential information.', None, 'prohibits/must'),
    ('You should make sure you never share your password.', None, 'prohibits/should'),
    ('Staff must take care to avoid posting confidential information.', None, 'prohibits/must'),
    ('Staff should try to avoid posting confidential information.', None, 'prohibits/should'),
    ('Managers must ensure that staff never feel unsupported.', None, 'requires/must'),
    ('Managers must ensure that staff do not feel isolated.', None, 'requires/must'),
    # "outside work" bounds a grant, but not "at work or outside work"
    ('Staff may take part in political activities outside work.', None, 'permits with conditions'),
    ('Staff may use social media at work or outside work.', None, 'permits'),
    # an aside between a modal and its "not": a linking adverb, or words between commas
    ('Staff should therefore not post anything offensive.', None, 'prohibits/should'),
    ('Staff must also not post anything offensive.', None, 'prohibits/must'),
    ('Staff shall also never share passwords.', None, 'prohibits/must'),
    ('Staff may therefore not use Facebook.', None, 'prohibits/must'),
    ('Staff can therefore not use Facebook.', None, 'prohibits/must'),
    ('Staff should, where possible, not post at night.', None, 'prohibits/should'),
    ('Staff must, at all times, not post offensive content.', None, 'prohibits/must'),
    ('Staff should therefore not only report but record incidents.', None, 'requires/should'),
    ('We will also not consider any question that is defamatory.', None, 'prohibits/must'),
    # an aside inside a judgement of the act, and judgements put otherwise
    ('It is therefore not acceptable to share passwords.', None, 'prohibits/must'),
    ('It is also not appropriate to share passwords.', None, 'prohibits/should'),
    ('Sharing passwords is, of course, unacceptable.', None, 'prohibits/must'),
    ('Sharing passwords is not, however, permitted.', None, 'prohibits/must'),
    ('Such use is not, in any circumstances, acceptable.', None, 'prohibits/must'),
    ('Staff are not, under any circumstances, to share passwords.', None, 'prohibits/must'),
    ('Such use is not in any way acceptable.', None, 'prohibits/must'),
    ('Such use is by no means acceptable.', None, 'prohibits/must'),
    ('Sharing passwords can never be justified.', None, 'prohibits/must'),
    ('There can be no justification for sharing passwords.', None, 'prohibits/must'),
    ('There is never a good reason to share passwords.', None, 'prohibits/must'),
    ('Sharing passwords is, in most cases, a matter for the IT team.', None, 'advises'),
    # an aside inside a grant: a linking adverb is no part of it, a condition between commas bounds it
    ('Staff are therefore allowed to use the gym.', None, 'permits'),
    ('It is also acceptable to use the gym.', None, 'permits'),
    ('Staff are, of course, free to join a union.', None, 'permits'),
    ('Staff are, within reason, allowed to make personal calls.', None, 'permits with conditions'),
    ("Staff are, with their manager's approval, allowed to work from home.", None, 'permits with conditions'),
    ('Personal use is, however, permitted during breaks.', None, 'permits with conditions'),
    # a grant held "In principle," "Normally," or "On request," is bounded
    ('In principle, staff may accept small gifts.', None, 'permits with conditions'),
    ('Normally, staff will be permitted to attend training during working hours.', None, 'permits with conditions'),
    ('On request, staff are entitled to a copy of their file.', None, 'permits with conditions'),
    # a ban the body keeps for exceptions
    ('Leave cannot normally be carried over.', None, 'prohibits/must'),
    ('Requests will not normally be granted.', None, 'prohibits/must'),
    # an aside inside a duty, or inside a duty waived
    ('Staff are also obliged to declare all gifts.', None, 'requires/must'),
    ('It is, therefore, essential that staff declare all gifts.', None, 'requires/should'),
    ('Staff are at all times expected to behave professionally.', None, 'requires/should'),
    ('Staff are therefore not required to declare small gifts.', None, 'permits'),
    ('Staff are, however, not obliged to accept.', None, 'permits'),
    ('Staff need, however, to declare all gifts.', None, 'requires/should'),
    ('All gifts are, without exception, to be declared.', None, 'requires/must'),
    ('Usually, the first step is to contact your manager who is then required to refer the matter on.', None, 'requires/must'),
    # an aside between commas that adds nothing, after a modal, "to be" or a negation, does not cut the clause
    ('Staff may, however, accept small gifts.', None, 'permits'),
    ('Staff are, in addition, barred from accepting cash.', None, 'prohibits/must'),
    ('Staff are, however, reminded not to accept cash.', None, 'prohibits/should'),
    ('Staff are also reminded not to accept cash.', None, 'prohibits/should'),
    ('Cash is never to be accepted.', None, 'prohibits/must'),
    ('Cash is never, however, to be accepted.', None, 'prohibits/must'),
    ('It is not, however, necessary to record gifts of flowers.', None, 'permits'),
    ('You may use the gym, however, you must not bring guests.', None, 'permits with conditions'),
    # authority denied, and a negated subject with its exception: those excepted alone may act
    ('Staff do not have authority to accept cash.', None, 'prohibits/must'),
    ('Nobody other than authorised staff may sign contracts.', None, 'restricts/must'),
    ('No one except authorised staff may sign contracts.', None, 'restricts/must'),
    ('None but authorised staff may sign contracts.', None, 'restricts/must'),
    ('No person other than the Clerk may sign cheques.', None, 'restricts/must'),
    ('No personal details other than their name will be published on the site.', None, 'advises'),
    ('Nobody but staff may enter.', None, 'restricts/must'),
    ('No member of staff but in particular managers should accept gifts.', None, 'prohibits/should'),
    ('No one may speak except at the invitation of the Chair.', None, 'prohibits/must'),
    ('Contracts are to be signed only by authorised staff.', None, 'restricts/must'),
    # a sentence that denies what follows it, and a grant nothing gives
    ('This does not mean that staff cannot use social media.', None, 'permits'),
    ('This does not mean that staff can use social media at work.', None, 'prohibits/must'),
    ('It does not follow that staff may use social media at work.', None, 'prohibits/must'),
    ("Just because we follow someone, it doesn't mean that we endorse them.", None, 'advises'),
    ('Nothing in this policy permits staff to use social media at work.', None, 'prohibits/must'),
    ('Nothing in this policy prohibits staff from using social media at lunchtime.', None, 'permits with conditions'),
    ('Staff are under no restriction as to joining political parties.', None, 'permits'),
    # what is for someone's sole use, and an act said to be essential
    ('Accounts are for the sole use of the named user.', None, 'restricts/must'),
    ('Logging off at the end of each session is essential.', None, 'requires/should'),
    ('Good communication is essential.', None, 'advises'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _EIGHTY_FIRST)
def test_the_eighty_first_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)

_EIGHTY_SECOND = [
    # a refusal in the passive, or with "normally", of what is named; not a liability disclaimed
    ('Gifts from service users are generally not accepted.', None, 'prohibits/must'),
    ('As a rule, gifts from patients are not accepted.', None, 'prohibits/must'),
    ('We do not normally accept gifts from patients.', None, 'prohibits/must'),
    ('Responsibility is not accepted for lost property.', None, 'advises'),
    # what may be disclosed under freedom of information is a fact; what may be reproduced under a licence is granted
    ('Emails sent from council accounts may be disclosed under the Freedom of Information Act.', None, 'advises'),
    ('Emails may be disclosed in response to a subject access request.', None, 'advises'),
    # a standing the people a rule binds may hold, and friends accepted; not what someone may turn out to be
    ('Employees may be members of a political party.', None, 'permits/may'),
    ('Staff who are related to a pupil may be their friend on social media.', None, 'permits/may'),
    ('Staff may be members of the public too.', None, 'advises'),
    ("Former pupils over 18 may be accepted as friends at the member of staff's discretion.", None, 'permits'),
    ('Posts may be used as evidence.', None, 'advises'),
    # a disapproval, a right kept, a possibility that remains, a duty without a choice
    ('Checking personal accounts while on duty is frowned upon.', None, 'prohibits/should'),
    ('We keep the right to remove comments.', None, 'permits/may'),
    ('It remains possible for councillors to hold surgeries.', None, 'permits/may'),
    ('Staff have no choice but to report abuse.', None, 'requires/must'),
    ('The council had no option but to close the page.', None, 'advises'),
    # a ban denied, a duty that is not optional, a sign-off not required
    ('It is not against the rules to mention your employer online.', None, 'permits/may'),
    ('Mentioning your employer online is not against the rules.', None, 'permits/may'),
    ('Posting about work is against the rules.', None, 'prohibits/must'),
    ('The council does not ban personal use of the internet.', None, 'permits/may'),
    ('Completing the training is not optional.', None, 'requires/must'),
    ('It is not optional to complete the training.', None, 'requires/must'),
    ('Routine posts do not require sign-off.', None, 'permits/may'),
    # a whole sentence denied
    ('None of this means that staff cannot have a personal blog.', None, 'permits/may'),
    ('This is not to say that staff may not use social media at work.', None, 'permits/may'),
    ('That is not to say that personal use is banned.', None, 'permits/may'),
    ("That's not to say that personal use is banned.", None, 'permits/may'),
    ('It is not the case that staff are banned from posting.', None, 'permits/may'),
    ('This should not be taken to mean that staff may post freely.', None, 'prohibits/must'),
    # "nor" or "neither" before its verb and subject denies what follows; "neither … nor" without a modal
    ('Nor does this policy allow staff to post during working hours.', None, 'prohibits/must'),
    ('Neither does the council permit staff to use its logo.', None, 'prohibits/must'),
    ('Nor are staff permitted to post during working hours.', None, 'prohibits/must'),
    ('Nor are staff required to use social media.', None, 'permits/may'),
    ('Nor does the council endorse any views expressed.', None, 'advises'),
    ('Nor should staff post during working hours.', None, 'prohibits/should'),
    ('The council neither permits nor encourages personal use.', None, 'prohibits/must'),
    ('The council neither endorses nor supports the views of other accounts.', None, 'advises'),
    ('Staff may neither post nor comment on council matters.', None, 'prohibits/must'),
    # a grant the body has ended, and no case in which a grant holds
    ('The council has stopped allowing personal use of its phones.', None, 'prohibits/must'),
    ('Permission to use social media at work has been withdrawn.', None, 'prohibits/must'),
    ('Personal use of council phones is no longer tolerated.', None, 'prohibits/must'),
    ('Staff are no longer prevented from using social media during breaks.', None, 'permits with conditions'),
    ('There is no situation in which sharing a password is acceptable.', None, 'prohibits/must'),
    ('There are no circumstances in which staff may accept cash.', None, 'prohibits/must'),
    # a negative put first, with its verb before its subject; not a liability disclaimed
    ('In no way should staff suggest that they speak for the council.', None, 'prohibits/should'),
    ('Not once should a password be written down.', None, 'prohibits/should'),
    ('In no event will the council be liable for loss.', None, 'advises'),
    ('Access will be withdrawn should a user breach the rules.', None, 'advises'),
    # two negatives make a duty; fear of an act is no ban on it
    ('It is unacceptable not to declare a gift.', None, 'requires/must'),
    ('It is unacceptable to share passwords.', None, 'prohibits/must'),
    ('No one should feel unable to raise a concern.', None, 'advises'),
    ('Staff should not be afraid to raise concerns.', None, 'advises'),
    ('Never be afraid to ask for help.', None, 'advises'),
    ('No one should post abuse.', None, 'prohibits/should'),
    ('Never assume your privacy settings will protect you.', None, 'advises'),
    # a grant for one purpose by denying every other
    ('Staff may use the phones for nothing but work calls.', None, 'restricts/must'),
    ('The phones may be used for no other purpose.', None, 'restricts/must'),
    # a duty no one can lay on people, or that nobody has
    ('Staff cannot be required to use their own phones for work.', None, 'permits/may'),
    ('No member of staff will be required to use a personal account for work.', None, 'permits/may'),
    ('No member of staff should be required to work alone.', None, 'prohibits/should'),
    ('No one has to accept a friend request from a colleague.', None, 'permits/may'),
    ('Neither staff nor councillors are required to declare small gifts.', None, 'permits/may'),
    ('Neither staff nor councillors may accept gifts.', None, 'prohibits/must'),
    ('Grants will not be made to individuals.', None, 'prohibits/must'),
    # terms of use and of hire
    ('Nothing on this site may be copied for commercial purposes.', None, 'prohibits/must'),
    ('Nothing in this policy may be construed as a ban.', None, 'advises'),
    ('The hirer must ensure that nobody smokes in the building.', None, 'prohibits/must'),
    ('The hirer shall ensure that no smoking takes place in the building.', None, 'prohibits/must'),
    ('Managers must ensure that no one is left out.', None, 'requires/must'),
    ('Alcohol may be served if the hirer has a licence.', None, 'permits with conditions'),
    ('The deposit will not be returned if the hall is left dirty.', None, 'advises'),
    # the body's restraint in moderating
    ('We will not remove comments simply because they criticise the council.', None, 'advises'),
    ('We will quickly remove abusive comments.', None, 'requires/must'),
    ('Staff will not remove notices.', None, 'prohibits/must'),
    # what may not happen, and what is beyond someone
    ('Messages sent at weekends may not be answered until Monday.', None, 'advises'),
    ('Staff may not recognise a conflict of interest.', None, 'advises'),
    ('Comments may not be posted after 5pm.', None, 'prohibits/must'),
    ('Posts can be shared widely and cannot be taken back.', None, 'advises'),
    ('Staff cannot be sure who will read their posts.', None, 'advises'),
    # conditions put first
    ('In an emergency, anyone may enter the plant room.', None, 'permits with conditions'),
    ('Anyone may enter the plant room in an emergency.', None, 'permits with conditions'),
    ('Unless stated otherwise, content on this site may be reused.', None, 'permits with conditions'),
    ('Having checked the policy, staff may accept small gifts.', None, 'permits with conditions'),
    ('After they have been trained, staff may post on the council\'s page.', None, 'permits with conditions'),
    # a cap on how many times or things limits; "No fewer than" is no negated subject
    ('Staff may not bring more than two guests.', None, 'restricts/should'),
    ('Staff must not post more than once a day.', None, 'restricts/must'),
    ('No fewer than two officers must be present.', None, 'requires/must'),
    # the people of public rules are people a grant is given to
    ('Cyclists may use marked paths.', None, 'permits/may'),
    ('Readers may borrow up to 12 items at a time.', None, 'permits with conditions'),
    ('Drivers may refuse to carry passengers who are drunk.', None, 'permits/may'),
    ('Patients may not have visitors after 8pm.', None, 'prohibits/must'),
    ("Tenants need the landlord's permission to make alterations.", None, 'requires/should'),
    # what a byelaw applies to, its penalty, and what it makes lawful
    ('This byelaw shall not apply to assistance dogs.', None, 'advises'),
    ('Any person offending against this byelaw shall be liable to a fine.', None, 'advises'),
    ('It shall be lawful for the council to remove any vehicle.', None, 'permits/may'),
    ('It shall not be lawful for any person to sell goods in the park without consent.', None, 'prohibits/must'),
    # a grant set against a ban
    ('Staff can like posts but cannot comment.', None, 'permits with conditions'),
    ('Staff may use Facebook, though not at work.', None, 'permits with conditions'),
    ("Sharing the council's posts is fine, but commenting on them is not.", None, 'permits with conditions'),
    # holders of a plot, a permit or a ticket, and a season between two months
    ('Plot holders may keep chickens but not cockerels.', None, 'permits with conditions'),
    ('Licence holders may not transfer their licence.', None, 'prohibits/must'),
    ('Bonfires are permitted between October and March.', None, 'permits with conditions'),
    ('Bonfires are not permitted between April and September.', None, 'prohibits/must'),
    ('Bonfires are permitted from 1st October to 31st March.', None, 'permits with conditions'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _EIGHTY_SECOND)
def test_the_eighty_second_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_EIGHTY_THIRD = [
    # a passive grant done by the people a rule binds; not what may be done to a person's data or seen by anyone
    ('The gym may be used by staff free of charge.', None, 'permits/may'),
    ('The gym can be used by all staff.', None, 'permits/may'),
    ('Gifts may be accepted by staff.', None, 'permits/may'),
    ('Your data may be used by staff to process your claim.', None, 'advises'),
    ('Posts may be seen by anyone.', None, 'advises'),
    # a condition on a grant by what the act costs or involves, an age, a companion, or the ends of the working day
    ('Personal use is allowed if it costs the council nothing.', None, 'permits with conditions'),
    ('Personal use is allowed if it involves no cost.', None, 'permits with conditions'),
    ('Staff may use the gym before or after work.', None, 'permits with conditions'),
    ('Junior members may use the gym from the age of 14, when accompanied by an adult.', None, 'permits with conditions'),
    ('Staff are able to work from home on Fridays.', None, 'permits'),
    # a grant that holds only with someone's agreement, or where a lawful basis exists, is limited to it
    ('Officers may attend party group meetings only with the agreement of the Chief Executive.', None, 'restricts/must'),
    ('Staff may tutor pupils privately only with the written permission of the headteacher.', None, 'restricts/must'),
    ('Personal data may be shared with partner agencies only where there is a lawful basis.', None, 'restricts/must'),
    # a document one needs, and one one does not
    ('A fit note is needed for absences of more than seven days.', None, 'requires/should'),
    ('Receipts are needed for all claims.', None, 'requires/should'),
    ('More work is needed.', None, 'advises'),
    ('You do not need a fit note for the first seven days.', None, 'permits/may'),
    ("You don't need a ticket.", None, 'permits/may'),
    # the body's accounts, named by who runs them, are still what the rule is about
    ('Social media accounts run by the council will not be used for political purposes.', None, 'prohibits/must'),
    ('The council will not enter into debate on social media.', None, 'advises'),
    # what no one is to post, seen to by a duty
    ('It is imperative that no confidential information is posted online.', None, 'prohibits/should'),
    ('Staff must ensure that no gifts are accepted from suppliers.', None, 'prohibits/must'),
    # what "and" joins to a grant's "but must" is part of its condition
    ('Staff may use approved AI tools to help draft documents, but must check the output carefully and must not enter '
     'personal data.', None, 'permits with conditions'),
    ('You may post, but you must be polite and you must not swear.', None, 'permits with conditions'),
    ('Staff may use approved AI tools, but must not enter personal data.', None, 'permits with conditions'),
    # users' duty stands beside the body's power to remove what breaks it
    ('Comments should be relevant to the post they are responding to; off-topic comments may be hidden.', None,
     'requires/should'),
    ('Comments must be relevant. We may remove off-topic comments.', None, 'requires/must'),
    ('Off-topic comments may be removed.', None, 'permits/may'),
    # the protection of one who raises a concern
    ('Nobody who raises a concern in good faith will suffer any detriment as a result, even if the concern turns out '
     'to be mistaken.', None, 'advises'),
    ('No employee will suffer any detriment for raising a concern.', None, 'advises'),
    # a contraction written without its apostrophe
    ('Employees wont be allowed to use personal phones in the office', None, 'prohibits/must'),
    ('Staff shouldnt use personal email.', None, 'prohibits/should'),
    ('This isnt allowed.', None, 'prohibits/must'),
    # a statement that goes on after "and do not", and an imperative that does not
    ('The views expressed by members of the public on our pages are their own and do not represent those of the '
     'Council.', None, 'advises'),
    ('Comments are the views of the individual and do not reflect the views of the council.', None, 'advises'),
    ('Use a disclaimer and do not imply that you represent the council.', None, 'prohibits/must'),
    ('Be polite and do not swear.', None, 'prohibits/must'),
    ('Links to other websites are provided for convenience only, and do not mean that we endorse those sites.', None,
     'advises'),
    # a condition run on to its imperative without a comma; not a condition's own verb, nor a main clause after it
    ('If you receive a suspicious email do not open any attachments.', None, 'prohibits/must'),
    ('If the incident happened outside work report it to the police.', None, 'requires/must'),
    ('When leaving the building make sure all windows are closed.', None, 'requires/must'),
    ('If a journalist contacts you refer them to the press office.', None, 'requires/must'),
    ('If you do not follow this policy you may be disciplined.', None, 'advises'),
    ('If members of the public report a problem we will investigate.', None, 'advises'),
    ('If we do follow you, this does not imply an endorsement of any kind.', None, 'advises'),
    # those a notice addresses, then "please"
    ('Cyclists please dismount.', None, 'requires/must'),
    ('Visitors please sign in at reception.', None, 'requires/must'),
    ('Users please note that the site will close at six.', None, 'advises'),
    # the body's people, not the body, where the body is what they leave or join
    ('Staff who leave the council must return all equipment on or before their last day.', None, 'requires/must'),
    ('The council must keep a register of gifts.', None, 'advises'),
    # what the body wants people to be able to do, what a review looks for, what someone needs in a relative clause
    ('This website is run by the council, and we want as many people as possible to be able to use it.', None, 'advises'),
    ('Staff will be able to use social media at lunch.', None, 'permits with conditions'),
    ('Telephone calls made from council phones are logged, and the logs may be reviewed to identify excessive personal '
     'use.', None, 'advises'),
    ('Personal use must not be excessive.', None, 'restricts/must'),
    ('The council will provide volunteers with the training they need to carry out their role safely.', None, 'advises'),
    ('Staff who need training need to ask their manager.', None, 'requires/should'),
    # no intention to hinder, what to assume, and what the body will never ask of the reader
    ('There is no intention to stop staff from engaging in debate about healthcare policy, as long as they make clear '
     'that they are not speaking on behalf of the Trust.', None, 'permits with conditions'),
    ('Officers should assume that anything they post will be seen by members of the public.', None, 'advises'),
    ('We will never ask you for your bank details on social media.', None, 'advises'),
    ("We won't ask you to share your password by email.", None, 'advises'),
    ('We will never post personal details on social media.', None, 'prohibits/must'),
    # an act named by a long gerund, judged; a grant "but only through" a channel; a grant everywhere "apart from" a place
    ('Using social media to search for information about a job applicant is not appropriate.', None, 'prohibits/should'),
    ('It may be appropriate to use social media to contact young people, but only through an official account.', None,
     'restricts/must'),
    ('Patients may use their mobile phones in all areas apart from intensive care.', None, 'permits with conditions'),
    ('Children under 12 may visit only with the agreement of the nurse in charge.', None, 'restricts/must'),
    # a standing one officer may hold, and crews who may post
    ('An officer may be a member of a political party but must not take an active part in its affairs.', None,
     'permits with conditions'),
    ("Crews may post images from community events on the station's official account.", None, 'permits/may'),
    # what is "best avoided", and a consequence that disqualifies
    ('Personal calls are best avoided during working hours.', None, 'prohibits/should'),
    ('Discussion of politics at work is best avoided.', None, 'prohibits/should'),
    ('Canvassing of councillors or officers by applicants will disqualify them.', None, 'advises'),
    ('Applicants are not permitted to canvass councillors.', None, 'prohibits/must'),
    # an imperative after a grant's "but"
    ("You're allowed to join Facebook groups about your local area, but be careful what you say in them about council "
     "business.", None, 'permits with conditions'),
    ('Staff may use Facebook, but keep it professional.', None, 'permits with conditions'),
    ('We welcome comments, but we cannot reply to all of them.', None, 'advises'),
    # "try not to", and reassurance
    ('Try not to get drawn into arguments online, particularly with people who are unhappy with the council.', None,
     'prohibits/should'),
    ('We try not to block accounts, but we may take this action for a number of reasons.', None, 'permits/may'),
    ("Please don't be offended if we don't follow you back.", None, 'advises'),
    ("Don't worry if you make a mistake; just correct it as soon as you can.", None, 'advises'),
    # what is to be seen not to be done, under "ensure that:"; not a limit on how long
    ('images are not used without the consent of those shown', "When posting on the council's accounts, officers must "
     'ensure that:', 'prohibits/must'),
    ('data is not kept longer than it is needed', 'Staff must ensure that:', 'requires/must'),
    # a device connected, not a fee charged
    ('Personal devices may be connected to the staff Wi-Fi, subject to the terms of use.', None, 'permits with conditions'),
    ('Hirers may be charged for damage.', None, 'advises'),
    # a grant held "generally" or "normally" is bounded by it; a duty one "need only" do
    ('Officers are generally permitted to accept modest hospitality.', None, 'permits with conditions'),
    ('Staff are not normally permitted to work from home.', None, 'prohibits/must'),
    ('Staff need only declare gifts worth more than £25.', None, 'requires/should'),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _EIGHTY_THIRD)
def test_the_eighty_third_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_EIGHTY_FOURTH = [
    # a grant to people the earlier rounds did not name, and a grant of what is placed, scattered, granted or let
    ("Mothers and fathers may take shared parental leave.", None, "permits/may"),
    ("Cardholders may buy stationery with the card.", None, "permits/may"),
    ("Flowers may be placed on the grave.", None, "permits/may"),
    ("Ashes may be scattered in the garden of remembrance.", None, "permits/may"),
    ("Special leave may be granted for a house move.", None, "permits/may"),
    ("Small contracts may be let after one quotation.", None, "permits/may"),
    ("Your data may be placed on a shared drive.", None, "advises"),
    # a number that opens a clause as copied is no part of it
    ("5.2 No gifts may be accepted without the approval of the manager.", None, "prohibits/must"),
    ("4.3.1 No employee may post photographs of colleagues.", None, "prohibits/must"),
    ("(a) No account may be opened without approval.", None, "prohibits/must"),
    # a right described in a relative clause is granted to no one
    ("disclose information to which a colleague is entitled", "You must not:", "prohibits/must"),
    ("withhold any document to which the member is entitled", "Officers must not:", "prohibits/must"),
    # a judgement that opens a condition run on to its main clause without a comma
    ("If the clerk considers that the meeting cannot proceed he or she may close it.", None, "permits with conditions/may"),
    ("Where the manager believes that the employee cannot attend they may arrange a call.", None, "permits with conditions/may"),
    # a passive ban of another thing after "and" is the clause's own rule
    ("Keys must be kept in the safe, and the code must not be written down.", None, "prohibits/must"),
    ("Cash must be counted daily and no refunds shall be given from it.", None, "prohibits/must"),
    ("Work files should be saved on the network, and memory sticks must not be used for them.", None, "prohibits/must"),
    # "Only" a long subject
    ("Only the Director of Finance or an officer nominated by the Director may open a bank account.", None, "restricts/must"),
    ("Only members of staff who have passed the council's data course may use the case system.", None, "restricts/must"),
    # a grant up to a limit set elsewhere, or capped in its subject
    ("Staff may claim mileage, up to the limits in the expenses scheme.", None, "permits with conditions/may"),
    ("Overtime may be worked up to a maximum of ten hours a week.", None, "permits with conditions/may"),
    ("Carer's leave of up to three days may be granted each year.", None, "permits with conditions/may"),
    ("Staff may claim expenses.", None, "permits/may"),
    # the presence of someone, or a time once a thing has ended, bounds a grant
    ("Children may use the pool in the presence of a parent.", None, "permits with conditions/may"),
    ("Drafts may be deleted as soon as they are superseded.", None, "permits with conditions/may"),
    ("Staff may connect with former pupils once the pupil has left the school.", None, "permits with conditions/may"),
    ("keep records only for as long as the law requires", "Staff should:", "restricts/should"),
    # who a participle names, before what they are granted
    ("Staff required to work on Christmas Day are entitled to a day off in lieu.", None, "permits/may"),
    ("Officers expected to travel abroad are eligible to claim a passport fee.", None, "permits/may"),
    # a choice left to one's own judgement, whose subject is a noun ("Contact with …")
    ("Contact with former clients is a matter for your own judgement.", None, "permits/may"),
    ("Contact with the media is a matter for the individual's discretion.", None, "permits/may"),
    ("Contact the press office before speaking to a journalist.", None, "requires/must"),
    # a verbless "If in doubt" run on to its rule
    ("If in doubt staff should ask the clerk before posting.", None, "requires/should"),
    # a passive duty limited to when it holds
    ("Overalls must be worn only when in the workshop.", None, "restricts/must"),
    ("Badges are to be shown only while on the premises.", None, "restricts/must"),
    # what people will receive, and what may fall within a thing, is no rule
    ("Employees will receive a copy of their contract.", None, "advises"),
    ("Texts on a work phone may fall within a subject access request.", None, "advises"),
    ("Staff will report any loss.", None, "requires/must"),
    # a licence or permit a thing requires, named with its kind
    ("Busking in the precinct requires a street performance licence.", None, "requires/must"),
    # a proviso on what "you" do keeps its second verb
    ("Can I wear a badge? Yes, as long as you ask first and do not wear it on duty.", None, "permits with conditions/may"),
    ("You may join, provided you register and do not bring guests.", None, "permits with conditions/may"),
    # a question and its answer, with their labels
    ("Q: Can I post photos of the office? A: Yes, but you must not show screens.", None, "permits with conditions/may"),
    ("Q: Can I use my own laptop? A: No.", None, "prohibits/must"),
    ("Can I speak to the press? Only with the approval of the press office.", None, "permits with conditions/may"),
    ("Question: Can I bring my dog? Answer: Only if it is an assistance dog.", None, "permits with conditions/may"),
    # things a relative clause says are banned are named, not banned by it
    ("Wardens may seize any items that are prohibited under the byelaws.", None, "permits/may"),
    ("Items which are banned in the hall must be left at reception.", None, "requires/must"),
    ("Fireworks are banned on the beach.", None, "prohibits/must"),
    # a limit to a channel, a place or a time after the verb and its object
    ("Visitors should contact patients only through the ward office.", None, "restricts/should"),
    ("Garden waste must be left only at the kerbside.", None, "restricts/must"),
    ("Private work is to be done only outside contracted hours.", None, "restricts/must"),
    ("Staff should use the side-entrance car park only for short visits.", None, "restricts/should"),
    # a number not to be exceeded as the subject of a duty, and a limit joined by "and only"
    ("No more than four children should be in the pool at once.", None, "restricts/should"),
    ("Hats must be removed indoors, and only plain badges may be worn on lapels.", None, "restricts/must"),
    # a question of leave asked of any group, a right recognised or of appeal, and a grant bounded by what is reasonable
    ("Are councillors allowed to accept a free lunch? Yes.", None, "permits/may"),
    ("The council recognises that all staff are entitled to time off for public duties.", None, "permits/may"),
    ("The applicant has a right of appeal to the committee.", None, "permits/may"),
    ("Stewards may use such force as is necessary to remove a trespasser.", None, "permits with conditions/may"),
    # the body's own act conditioned after its power, and a grant after a fronted "When …,"
    ("We may enter the property if we cannot reach you.", None, "permits with conditions/may"),
    ("When it snows, staff may work from home.", None, "permits with conditions/may"),
    # a relative clause of one verb ends before the main clause's grant
    ("Staff who cycle are entitled to a locker.", None, "permits/may"),
    ("Staff who are entitled to a locker must keep it tidy.", None, "requires/must"),
    # relatives may be granted, and what is delegated
    ("A relative may collect the prescription.", None, "permits/may"),
    ("Routine checks may be delegated to a trained assistant.", None, "permits/may"),
    # a standing held after a condition, and a grant to those of an age
    ("Where a teacher is a pupil's aunt, she may be friends with the pupil online.", None, "permits with conditions/may"),
    ("Children under 8 may paddle.", None, "permits/may"),
    ("Paragraph 12 may apply.", None, "advises"),
    # "Only … are to", an answer "Absolutely not", and a ban on another's act joined by ", and no … is to"
    ("Only staff named by the head are to speak to the press.", None, "restricts/must"),
    ("Can I post pictures of a crime scene? Absolutely not.", None, "prohibits/must"),
    ("The clerk shall keep the seal, and no member is to use it without leave.", None, "prohibits/must"),
    # an answer's condition keeps its own modal, and what a thing counts as is a fact
    ("Can I work abroad? Yes, if the work can't be done here and HR agrees.", None, "permits with conditions/may"),
    ("Jury service will not count as annual leave.", None, "advises"),
    # leave taken up to a number of days, where a process that takes up to a time is none
    ("Staff may take up to three days' compassionate leave.", None, "permits with conditions/may"),
    ("A reply may take up to ten working days.", None, "advises"),
    # what one cannot afford is no ban, in a condition run on to its main clause
    ("Where a tenant cannot afford the rent a payment plan may be agreed.", None, "advises"),
    # a room or place kept for one use or one group, not a note on what a text is for or a contact point
    ("The quiet room on the second floor is for prayer and reflection only.", None, "restricts/must"),
    ("The paddling pool is for children under 8 only.", None, "restricts/must"),
    ("This leaflet is for information only.", None, "advises"),
    ("The press office is for journalists only.", None, "advises"),
    # things a relative clause says may not be done, named before what is to be done with them
    ("Gifts that you may not keep should be handed to the clerk.", None, "requires/should"),
    # a grant that needs no one's leave or notice, and one that holds "even if"
    ("Staff may book training without asking their manager first.", None, "permits/may"),
    ("Tenants can paint their rooms without telling us.", None, "permits/may"),
    ("You must not install software without checking with IT.", None, "prohibits/must"),
    ("Staff may attend even if they are on leave.", None, "permits/may"),
    # a duty nobody is expected to carry, and hours kept to a number
    ("Nobody is expected to answer calls at weekends.", None, "permits/may"),
    ("Breaks must be kept to no more than twenty minutes.", None, "restricts/must"),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _EIGHTY_FOURTH)
def test_the_eighty_fourth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_EIGHTY_FIFTH = [
    # an item under a lead-in that ends on "to" is the verb "to" governs, never an imperative of its own
    ("check the sender before opening an attachment", "Staff are encouraged to:", "advises"),
    ("keep notes of what was said", "You may wish to:", "advises"),
    ("lock the office when they leave", "It is good practice to:", "advises"),
    ("lock the office when they leave", "Staff are required to:", "requires/must"),
    ("lock the office when they leave", "Staff are asked to:", "requires/should"),
    ("bring a friend, but must tell the clerk beforehand", "Members of the public are permitted to:", "permits with conditions/may"),
    ("bring a friend", "Members of the public are permitted to:", "permits/may"),
    # an aside after the lead-in's modal is closed by the item
    ("take a laptop home for up to a week", "Staff may, with their manager's approval:", "permits with conditions/may"),
    # someone who varies a thing acts; what varies is no rule
    ("The Chair may vary the order of business.", None, "permits/may"),
    ("vary the order of items on the agenda", "The Chair may:", "permits/may"),
    ("Costs may vary from year to year.", None, "advises"),
    ("Opening hours may vary between sites.", None, "advises"),
    # an act judged as misconduct or a breach is forbidden; a breach so judged is what follows it
    ("Smoking in a council vehicle will be treated as gross misconduct.", None, "prohibits/must"),
    ("Selling goods in the foyer will be regarded as a serious breach of these rules.", None, "prohibits/must"),
    ("A driver who lends a pool car to a friend will be treated as having committed misconduct.", None, "prohibits/must"),
    ("Breach of this code will be treated as gross misconduct.", None, "advises"),
    ("Such misuse will be considered a disciplinary offence.", None, "advises"),
    ("Your request will be treated as confidential.", None, "advises"),
    # what is kept or confined to a time, a place or a subject, and what a thing is to be used for
    ("Amplified music must be kept to the hours between noon and 9pm.", None, "restricts/must"),
    ("Comments should be kept to matters on the agenda.", None, "restricts/should"),
    ("Speakers are asked to confine their remarks to the item under discussion.", None, "restricts/should"),
    ("Minutes must be kept to the standard the auditor sets.", None, "requires/must"),
    ("The hall kitchen is to be used for preparing refreshments.", None, "restricts/must"),
    ("The form is to be used for work purposes.", None, "restricts/must"),
    # a negated subject far from its modal, across a long aside
    ("No volunteer, whether recruited by the charity, placed by a partner agency or on a work placement, and whatever "
     "their length of service with the service, may give a client their personal phone number.", None, "prohibits/must"),
    # those excepted from a negated subject, set off by commas or put first, alone may act
    ("Nobody, other than the duty manager, should open the safe.", None, "restricts/should"),
    ("Except for the Mayor and the Deputy Mayor, no member may wear the chain of office.", None, "restricts/must"),
    ("Except in an emergency, no member of staff may drive the minibus.", None, "prohibits/must"),
    # a ban on every use but one
    ("The van must not be used for anything other than council business.", None, "restricts/must"),
    ("Tenants may not use the garage for any purpose other than parking.", None, "restricts/must"),
    ("Staff should not use the printer for any purpose except work.", None, "restricts/should"),
    ("You must not use the van for anything.", None, "prohibits/must"),
    # a longer aside between "may" and its verb
    ("Tenants may, with the written consent of the housing officer, keep a second cat.", None, "permits with conditions/may"),
    # polite requests: "It would be appreciated if", "We'd prefer that"
    ("It would be appreciated if visitors did not bring flowers onto the ward.", None, "prohibits/should"),
    ("It would be appreciated if hirers could return the key by noon.", None, "requires/should"),
    ("We'd prefer that staff didn't eat at their desks.", None, "prohibits/should"),
    ("We would appreciate it if you emailed the office first.", None, "requires/should"),
    # what is "not really appropriate" still is not
    ("It is not really appropriate for staff to comment on planning applications.", None, "prohibits/should"),
    ("It's not really appropriate to book the hall for private parties.", None, "prohibits/should"),
    # "no problem with" an act allows it; with a thing, it is a fact
    ("There's no problem with staff wearing trainers on dress-down Fridays.", None, "permits/may"),
    ("There is no problem with members sharing our posts, as long as they add no comment.", None,
     "permits with conditions/may"),
    ("There is no problem with the heating.", None, "advises"),
    # staying in the room is an act; what remains is not
    ("A member with a personal interest may remain in the room.", None, "permits/may"),
    ("Some risks may remain after the work.", None, "advises"),
    # one invited to speak is allowed to
    ("A member of the public may be invited to address the committee.", None, "permits/may"),
    # a ban inside a proviso, after a list of its other terms, is one of them
    ("Governors may visit classes, provided that they book in advance, sign in at reception and do not interrupt "
     "teaching.", None, "permits with conditions/may"),
    ("Staff may post about their work, so long as they follow this guidance and avoid naming pupils.", None,
     "permits with conditions/may"),
    ("Staff may post about their work. They must follow this guidance and avoid naming pupils.", None, "prohibits/must"),
    # what nobody will object to is allowed
    ("No one will object to staff taking a short walk.", None, "permits/may"),
    ("No one will have a problem with you working from the library.", None, "permits/may"),
    # a ban inside what someone in a relative clause believes is no rule
    ("A tenant who believes that the charge should not apply may ask for a review.", None, "permits/may"),
    ("The Council believes that staff should not post photographs of pupils.", None, "prohibits/should"),
    # a body that wants to support its people to act allows it
    ("We want to support our staff to speak at conferences.", None, "permits/may"),
    # a fronted condition before a subject with a word before it ("on-call officers")
    ("Unless the van is needed for a call-out, on-call officers may take it home.", None, "permits with conditions/may"),
    # a grant everywhere but one place, however far the exception
    ("Guide dogs are allowed in all parts of the library building apart from the café.", None, "permits with conditions/may"),
    # a cap of more than one digit in the subject of a passive grant
    ("A carry-over of up to 15 days may be agreed each year.", None, "permits with conditions/may"),
    # a standard for the body's own posts, however long their subject ("Every post on the Council's main channels")
    ("Every post on the Trust's Facebook and X pages will be checked by a second officer.", None, "requires/must"),
    ("Every press release issued in the Authority's name will be approved by the Chief Executive.", None, "requires/must"),
    # the right to be accompanied or represented is granted; one to be treated well is owed
    ("Employees have the right to be accompanied at any formal meeting.", None, "permits/may"),
    ("Staff have the right to be treated with respect.", None, "advises"),
    # a grant to complainants, and one that "is open to" any employee
    ("Complainants may bring an advocate to the meeting.", None, "permits/may"),
    ("It is open to any member of staff to ask for a flexible working pattern.", None, "permits/may"),
    ("The register is open to all to see.", None, "advises"),
    # a yes-or-no question put after what led to it, and its answer
    ("Q: I've been asked to sit on a charity's board – is that allowed? A: Yes. We support it.", None, "permits/may"),
    ("Q: A supplier has sent me a hamper - can I keep it? A: No. Hand it to your manager.", None, "prohibits/must"),
    ("Q: I only work at home on Fridays - do I still need to lock my screen? A: Yes.", None, "requires/must"),
    # an item that answers its lead-in's question
    ("A: Yes, as long as nobody else can see the screen.", "Q: Can I read work e-mail on the bus?",
     "permits with conditions/may"),
    ("No.", "Can I take a pool car home overnight?", "prohibits/must"),
    ("Only with your manager's approval.", "Can I take a pool car home overnight?", "permits with conditions/may"),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _EIGHTY_FIFTH)
def test_the_eighty_fifth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_EIGHTY_SIXTH = [
    # items named as the exceptions to the rule before them are allowed; a lead-in whose last sentence grants by its bare
    # modal grants, whatever the sentence before it forbids
    ("sealed drinks bottles", "Food must not be eaten at desks. Exceptions to this rule are:", "permits/may"),
    ("visitors to the depot, provided they are signed in", "Vehicles must not carry passengers. Exceptions are:",
     "permits with conditions/may"),
    ("make a short call home", "Staff must not use the phone system for personal calls. However, staff may:", "permits/may"),
    ("close comments on a post", "The Council reserves the right at any time to:", "permits/may"),
    # the people a grant names by their role
    ("Teaching assistants may run lunchtime clubs.", None, "permits/may"),
    ("Receptionists may take a second break on late shifts.", None, "permits/may"),
    # a word that could be an imperative opens a subject when its verb follows
    ("Support staff are permitted to park on site.", None, "permits/may"),
    ("Contact from the press is rare.", None, "advises"),
    ("Contact the press office before you reply.", None, "requires/must"),
    # "please" and a verb, whatever follows it; a verb and its particle before a place
    ("Please sign in at reception.", None, "requires/must"),
    ("Please attach receipts to every claim.", None, "requires/must"),
    ("Please log out before you leave.", None, "requires/must"),
    ("Sign out on the board when you leave.", None, "requires/must"),
    # feeling unable is no inability; what befalls someone is no ban
    ("Anyone who feels unable to attend may send a written statement.", None, "permits/may"),
    ("Consent will not be unreasonably refused.", None, "advises"),
    ("Staff will not lose annual leave while on jury service.", None, "advises"),
    # restricting, limiting and confining to something
    ("Staff must restrict personal calls to their breaks.", None, "restricts/must"),
    ("Managers should confine overtime to urgent work.", None, "restricts/should"),
    ("The Council wants to support staff to volunteer, provided the volunteering does not affect their work.", None,
     "permits with conditions/may"),
    # a route that shuts out the others limits
    ("Requests for leave must be sent to the rota manager, and not to HR.", None, "restricts/must"),
    ("Complaints must be made in writing to the Clerk.", None, "advises"),
    ("You won't need your manager's permission to attend a union meeting.", None, "permits/may"),
    # "outside work" that names the work is no condition
    ("Managers may approve outside work of an occasional nature.", None, "permits/may"),
    ("Staff may use social media outside work.", None, "permits with conditions/may"),
    ("Staff in non-political posts may be members of a political party.", None, "permits/may"),
    ("Small gifts may, if the manager agrees, be kept.", None, "permits with conditions/may"),
    # what an act "does not mean" denies what follows, whatever the act
    ("Attending a conference does not mean you are free to speak for the council.", None, "prohibits/must"),
    ("Site managers must ensure that operatives do not work alone at height.", None, "prohibits/must"),
    # what counts as service, what those asked to work are given and what a suspended officer is paid: no rule
    ("Career breaks are unpaid and do not count as continuous service.", None, "advises"),
    ("Staff who are asked to cover a shift will be paid overtime.", None, "advises"),
    ("During an investigation the officer will be suspended on full pay.", None, "advises"),
    # a cap inside a duty, and the only people who may act named at length
    ("Flexi leave must be taken in blocks of no more than two days.", None, "restricts/must"),
    ("Only staff who hold a valid licence, have been trained and are on the drivers list may drive the van.", None,
     "restricts"),
    # "only" closing a duty, or before "to"; the only things to be posted, named with a comma
    ("Meetings with pupils must be held on the school's own video platform only (see section 4).", None, "restricts/must"),
    ("Guest laptops should be connected only to the visitors' network.", None, "restricts/should"),
    ("Only short, factual replies should be posted during the election period.", None, "restricts/should"),
    # what someone may bring on themselves is a consequence, no permission
    ("Officers who share their home address may leave themselves open to harassment.", None, "advises"),
    ("A driver who carries passengers without approval may invalidate the vehicle's insurance.", None, "advises"),
    ("Residents who are lonely may come to see a carer as a friend.", None, "advises"),
    # a route that shuts out the others, and limits to stay within
    ("Councillors should send casework to the ward officer rather than to the Chief Executive.", None, "restricts/should"),
    ("Claims must be kept within the budget agreed for the project.", None, "restricts/must"),
    # what is advised "and never to" do is advised too; what insurance may not cover is no ban
    ("Staff are advised to back up their files, and never to store them only on a laptop.", None, "advises"),
    ("Items lost on the premises may not be covered by the Council's insurance.", None, "advises"),
    # a lead-in that advises, tells what to expect or asks the reader to note a fact
    ("keep a note of each call", "You may find it helpful to:", "advises"),
    ("change your password every month", "We recommend that you:", "advises"),
    ("be offered a debrief", "Following an incident, staff can expect to:", "advises"),
    ("The hall is locked at 11pm.", "Hirers should note:", "advises"),
    # kept to minutes or to the reader's breaks, by the reader, not by a law
    ("keep calls to ten minutes", "Please:", "restricts/must"),
    ("Keep personal calls to your lunch break.", None, "restricts/must"),
    ("The Regulations limit weekly working time to 48 hours.", None, "advises"),
    # a duty denied in so many words; a permission no text gives
    ("It is not a requirement of this policy that staff wear a uniform.", None, "permits/may"),
    ("There is no rule that says staff have to eat away from their desks.", None, "permits/may"),
    ("Nothing in this policy gives staff permission to record meetings.", None, "prohibits/must"),
    # a feeling no one need have, a protection, and what managers cannot always do
    ("There is no need to feel embarrassed about asking for help.", None, "advises"),
    ("You can't be dismissed for raising a concern.", None, "advises"),
    ("Managers won't always be able to approve leave at short notice.", None, "advises"),
    # a ban on failing to act binds; a duty to act "solely" so limits; what is "permitted only:" its items limit
    ("fail to declare a gift", "Staff must not:", "requires/must"),
    ("solely to promote council events", "The accounts are to be used:", "restricts/must"),
    ("after 6pm or at weekends", "Use of the gym is permitted only:", "restricts/must"),
    # people placed in a part of the body are still the people a grant names
    ("Staff in the Revenues team can work from home.", None, "permits/may"),
    ("Officers of the Authority can claim mileage for site visits.", None, "permits/may"),
    # a condition with a clause of its own before a grant in the passive; an act named before it is no condition
    ("If the manager agrees, visits may be carried out alone.", None, "permits with conditions/may"),
    ("When using official accounts, communicators may use informal language.", None, "permits/may"),
    # an arrangement open to the body's people, and what they may have done for them
    ("Flexible working is open to all employees.", None, "permits/may"),
    ("All meetings are open to the public.", None, "advises"),
    ("Staff may have their subscriptions deducted from salary.", None, "permits/may"),
    ("Staff may have their pay reduced if they are late.", None, "advises"),
    # a route offered for the reader's own concern or wish, also as a lead-in's modal and its item
    ("If you have any concerns, you can speak to your manager.", None, "advises"),
    ("If you would like to know more, you can speak to your manager.", None, "advises"),
    ("speak to your line manager", "If you have any concerns about this policy, you can:", "advises"),
    # an answer with its label left off; a need denied, still bounded by what follows it
    ("Yes, as long as you are not in uniform.", "Q: Can I wear a badge at work?", "permits with conditions/may"),
    ("There is no need to seek approval unless you hold a restricted post.", None, "permits with conditions/may"),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _EIGHTY_SIXTH)
def test_the_eighty_sixth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_EIGHTY_SEVENTH = [
    # "can never" forbids, and what "does not mean" one can never act allows it
    ("Volunteers can never sign contracts for the council.", None, "prohibits/must"),
    ("This does not mean that officers can never speak to the press.", None, "permits/may"),
    # a rule in the case a grant's condition names is one of the grant's terms
    ("Tenants may keep a cat unless the tenancy says otherwise, in which case no pets are allowed.", None,
     "permits with conditions/may"),
    ("Small gifts may be kept, in which case they must be recorded.", None, "permits with conditions/may"),
    # a heading and its verdict, or a table's row
    ("Hair colour: no restrictions.", None, "permits/may"),
    ("No smoking.", None, "prohibits/must"),
    ("Radios: allowed.", None, "permits/may"),
    ("Phone chargers — approved models only", None, "restricts/must"),
    ("Visitor passes – to be returned at reception on leaving.", None, "requires/must"),
    ("To be used in cases of complaint by the public.", None, "advises"),
    ("Online banking at lunchtime | Yes", "Activity | Allowed on council PCs?", "permits/may"),
    ("Gambling sites | No", "Activity | Allowed on council PCs?", "prohibits/must"),
    ("Mobile phones | Yes – on silent", "Item | Allowed on the ward?", "permits with conditions/may"),
    ("Zero tolerance – abuse of our staff", None, "prohibits/must"),
    # what a thing will not do to someone, or what befalls them, is no ban; what people will not do is
    ("Raising a concern will not affect your pay.", None, "advises"),
    ("Staff who report abuse in good faith will not be disciplined.", None, "advises"),
    ("Tenants who leave early will not get their deposit back.", None, "advises"),
    ("Staff will not accept gifts from contractors.", None, "prohibits/must"),
    ("Not having a car does not stop you from applying.", None, "permits/may"),
    ("Gaming sites cannot be accessed from council laptops.", None, "prohibits/must"),
    # kept to those who need to know, made from one place and not another, done only using one tool: limits
    ("Keep talk of a colleague's illness to those who need to know.", None, "restricts/must"),
    ("Calls about safeguarding must be made from a private room and not from the open-plan office.", None, "restricts/must"),
    ("Scanning must be carried out only using the secure scanner.", None, "restricts/must"),
    # where no one has to live, and a time that "is only" short, lay no limit
    ("Anyone can ask for information – they do not have to live in the county.", None, "permits/may"),
    ("Lock your screen when you leave your desk, even if it is only for a minute.", None, "requires/must"),
    # examples of a data breach are events, where examples of a breach of a code are acts it forbids
    ("a letter sent to the wrong address", "Examples of a personal data breach include:", "advises"),
    ("sharing your password", "Examples of a breach of this code include:", "prohibits/must"),
    # a procedure's steps granted in the passive, "by" naming a means or a companion rather than someone else who acts
    ("The deadline for an appeal may be extended.", None, "permits/may"),
    ("Where both sides agree, the hearing may be held by video call.", None, "permits with conditions/may"),
    ("Witnesses may be accompanied by a colleague.", None, "permits/may"),
    ("keep a note of what happened", "If something goes wrong, it may help to:", "advises"),
    # nothing in a text to hinder an act allows it
    ("There is nothing in this code to prevent a member from speaking at a public meeting.", None, "permits/may"),
    # what someone may lose or be shut out of, or has been banned from, is a consequence; a route offered to those with a
    # concern advises
    ("Any user who breaks these rules may lose the right to book the hall.", None, "advises"),
    ("Anyone found smoking will be asked to leave and may be banned from the building.", None, "advises"),
    ("Anyone who is banned from the library will be told why in writing.", None, "advises"),
    ("Parents who have concerns about a teacher may raise them with the Headteacher.", None, "advises"),
    ("Visitors are banned from the staff kitchen.", None, "prohibits/must"),
]


@pytest.mark.parametrize(("text", "lead_in", "expected"), _EIGHTY_SEVENTH)
def test_the_eighty_seventh_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


_EIGHTY_EIGHTH = [
    # a negated subject after a phrase of time or place put first with no comma
    ("During the election period no officer may post on the council's pages.", None, "prohibits/must"),
    ("Under the clear desk rule no papers may be left out overnight.", None, "prohibits/must"),
    # "You can, but …" answers the question before it, whose verb it leaves out
    ("Q: Can I use Instagram at lunch? You can, but you must not post photos of residents.", None,
     "permits with conditions/may"),
    ("Q: Can I use Instagram at lunch? A: You may, but you must not use the guest wifi.", None,
     "permits with conditions/may"),
    ("Can I take the laptop home? You can't.", None, "prohibits/must"),
    # what a proviso asks of the future is its term, and so is the last of a proviso's series after ", and"
    ("Can I travel while I am signed off? Yes, as long as it will not slow your recovery.", None,
     "permits with conditions/may"),
    ("Jewellery may be worn provided it is plain, small, and does not dangle.", None, "permits with conditions/may"),
    ("Staff may attend provided they go as a group, and do not wear uniform.", None, "prohibits/must"),
    # a second clause of a concession goes on with it, up to the main clause
    ("Whilst we respect private life, and we have no wish to pry, staff must not post pictures of pupils.", None,
     "prohibits/must"),
    # bidders, tenderers, plot holders and leaseholders are among the people a rule names
    ("Bidders may ask questions until the closing date.", None, "permits/may"),
    ("Leaseholders may inspect the service charge accounts.", None, "permits/may"),
    # "are all permitted"
    ("Kites, frisbees and ball games are all permitted on the field.", None, "permits/may"),
    # "only" closing a duty before a comma; "only as"; "solely" after "is to"; a fronted condition before "only"
    ("Leave requests must be made through the portal only, and at least a week ahead.", None, "restricts/must"),
    ("Restraint should be used only as a last resort.", None, "restricts/should"),
    ("The crest is to be used solely on council letterhead.", None, "restricts/must"),
    ("Where a trip mixes business and pleasure, only the business miles should be claimed.", None, "restricts/should"),
    ("Appeals must be sent to the Director only, and not to the manager who decided.", None, "restricts/must"),
    ("Staff must not only read the code, but also sign it.", None, "prohibits/must"),
    # a second verb of the duty that limits, and a duty done by one "and by nobody else"
    ("Keys should be kept in the safe and only handed to named staff.", None, "restricts/should"),
    ("Nail varnish must be clear and limited to short nails.", None, "restricts/must"),
    ("Boilers must be serviced by a registered engineer and by nobody else.", None, "restricts/must"),
    ("Staff must read the policy and only then sign it.", None, "requires/must"),
    # a proviso put first with a parenthesis inside it, or run on to the grant's subject
    ("Subject to our consent (which we will not refuse without reason), you may sublet a room.", None,
     "permits with conditions/may"),
    ("With the Clerk's approval you may borrow the projector.", None, "permits with conditions/may"),
    # a grant's condition: a time that "has passed", and no one "present"
    ("Staff may befriend former pupils once five years have passed since they left.", None,
     "permits with conditions/may"),
    ("Staff may play music in the office when no visitors are present.", None, "permits with conditions/may"),
    # a question that has ended before the main clause's modal
    ("Staff who are unsure whether a gift can be kept should ask their manager.", None, "requires/should"),
    ("Anyone unsure whether a visit should be made alone should speak to the team leader.", None, "requires/should"),
    ("Residents who are unsure whether a repair is covered by the lease should contact the housing office.", None,
     "requires/should"),
    ("We will decide whether a worker should stay on the register.", None, "advises"),
    # a duty denied with an adverb between ("not currently required to") leaves the act free
    ("Officers are not currently required to register their membership.", None, "permits/may"),
    # "council-provided" is no proviso
    ("Use of council-provided phones should be limited to work calls.", None, "restricts/should"),
    # a grant "solely for" one use is limited to it
    ("Staff may use the pool bikes solely for journeys on council business.", None, "restricts/must"),
    # a platform's verb quoted after a modal is the verb, and the cue quotes it as written
    ("Officers can 'retweet' posts from the council's account.", None, "permits/may"),
    ("Staff must not \u2018follow\u2019 pupils on any platform.", None, "prohibits/must"),
]


def test_a_quoted_verb_is_read_and_quoted_as_written():
    reading = propose_stance("Members can \"like\" and share the council's posts.")
    assert (reading.stance, reading.cue) == ("permits", 'can "like"')


@pytest.mark.parametrize(("text", "lead_in", "expected"), _EIGHTY_EIGHTH)
def test_the_eighty_eighth_rounds_kinds(text: str, lead_in: str | None, expected: str):
    _assert_reads(text, lead_in, expected)


@pytest.mark.parametrize(("text", "bound"), [
    ("Staff need not declare gifts under £10.", "under £10"),
    ("Staff may accept gifts up to £1,000.50 in value.", "up to £1,000.50"),
])
def test_a_bound_by_a_number_is_quoted_whole(text: str, bound: str):
    assert bound in propose_stance(text).cues
