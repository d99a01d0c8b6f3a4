"""The scope reader on a body's own voice and channels, acting on its behalf, and its equipment."""

from __future__ import annotations

import pytest

from policy_handbook.analyse.stance import propose_stance
from policy_handbook.analyse.stance_scope import read_scope, title_scope

# The body moderating what the public posts on its channels.
MODERATES = [
    "We reserve the right to remove any comment that is abusive or off-topic.",
    "The trust reserves the right to hide, delete or report posts that break these rules.",
    "We have the right to mute or block users who repeatedly post spam.",
    "We may remove comments without notice if they name individual members of staff.",
    "We will block and report accounts that share threatening content.",
    "We'll delete any posts that advertise products or services.",
    "Comments which contain personal information will be removed.",
    "Posts that are repetitive or off-topic may be hidden.",
    "Any messages containing swear words could be deleted by the moderators.",
    "If you break the rules, you could see your comments removed.",
    "The Council will delete any comments that compromise its political neutrality.",
    "Repeated breaches may lead to the removal of posts and a ban from the page.",
]

# The public addressing the body, and the body answering.
ANSWERS = [
    "We aim to respond to enquiries within three working days.",
    "We can't reply to every message we receive.",
    "We will try to answer questions posted on our wall during office hours.",
    "Our aim is to reply to all direct messages by the end of the next day.",
    "Please be polite when engaging with us online.",
    "When interacting with us on Facebook, please keep to the topic.",
    "Do not tag us in posts that contain offensive material.",
    "You can always send us a private message if your question is personal.",
    "If your query is urgent, please contact us by telephone instead.",
    "Followers who wish to talk to us through social media should read these rules.",
    "We are unable to deal with complaints on social media.",
    "We do not automatically follow accounts that follow us.",
]

# The rules and terms a body sets for its own channels, and its own conduct on them.
CHANNELS = [
    "Please read our house rules before you comment.",
    "All users must follow these community guidelines.",
    "Everyone must comply with the platform's terms as well as our own terms of use.",
    "There is no place on our feeds for hateful content.",
    "Everything you post on our social media is visible to the public.",
    "We will never discuss individual patient cases on social media.",
    "We may share or retweet content from partner organisations.",
    "We sometimes like or follow organisations that provide useful local information.",
    "The association must remain politically neutral in its communications.",
    "All comments posted on the Facebook page must be respectful.",
    "The college has a corporate presence on Instagram and YouTube.",
    "We do not give medical advice through these channels.",
    "The Highland Council Facebook page is monitored on weekdays.",
    "The main force social media accounts are monitored from 9am to 5pm.",
]

# Acting or speaking on the body's behalf.
ON_BEHALF = [
    "Staff must act with integrity when acting on behalf of the Parish Council.",
    "Only the clerk may post updates as a representative of the Town Council.",
    "Employees representing the University on social media must be courteous.",
    "Messages sent in the name of the Trust must be approved by a manager.",
    "Statements made on behalf of the Fire Authority must be factual.",
    "All press releases will be issued by the communications office.",
    "Media statements on planning decisions will be made by the portfolio holder.",
    "Only an official spokesperson may comment on ongoing investigations.",
    "Officers must not speak on behalf of the Executive without agreement.",
    "When you represent our Board at public events, you must follow this code.",
]

# The body's internet, email and systems.
EQUIPMENT = [
    "The internet is provided for work related purposes.",
    "Email and internet services are provided solely for council business.",
    "Use of the email/internet access will be monitored.",
    "All internet activity should be appropriate to staff duties.",
    "Network and internet connections must be used responsibly.",
    "Misuse of the school's computer systems will lead to loss of access.",
    "Users must not install software on any school owned device.",
    "Everyone using technology provided by the District Council must follow this policy.",
    "Contractors granted access to technology managed by the organisation must abide by this policy.",
    "The college may monitor the use of all the systems it provides.",
    "Staff must not use Commission network resources to gamble.",
    "Use of email and internet services is primarily for work related purposes.",
]

# Near misses: the person's own voice or channels, or the body's name without its voice.
NOT_OFFICIAL = [
    "Your personal account must not suggest that you are speaking on behalf of the council.",
    "You may comment on council matters on your personal Facebook page.",
    "This must be done as an individual and not as a representative of the Town Council.",
    "You must not give any indication that your views represent the views of the County Council.",
    "Staff may post on their own website on behalf of themselves.",
    "A staff member's own blog may mention that they work for the council.",
    "Employees must not respond to comments about their work on their personal accounts.",
    "Contractors working on behalf of the Council are covered by this policy.",
    "The school reserves the right to delete any files held on its computer system.",
    "The school's Internet Access Policy protects pupils and staff.",
    "You may speak on behalf of a charity you volunteer for, in your own time.",
    "Do not post offensive material about colleagues.",
    "Your Facebook page must not name colleagues.",
    "All social media accounts are free of charge to set up.",
    "Staff must use their University accounts to sign in to the library.",
    "Ensure readers are not misled into believing that your posts are made on behalf of the Council.",
    "Make clear that the opinions are your own (unless you are authorised to speak on behalf of the council).",
]


@pytest.mark.parametrize("text", MODERATES + ANSWERS + CHANNELS + ON_BEHALF)
def test_the_bodys_voice_and_channels_are_its_official_accounts(text):
    assert "official accounts" in read_scope(text)


@pytest.mark.parametrize("text", EQUIPMENT)
def test_the_bodys_internet_email_and_systems_are_its_equipment(text):
    assert "council equipment" in read_scope(text)


@pytest.mark.parametrize("text", NOT_OFFICIAL)
def test_a_persons_own_voice_is_not_the_bodys(text):
    assert "official accounts" not in read_scope(text)


def test_the_school_file_store_is_still_equipment_not_an_account():
    assert read_scope("The school reserves the right to delete any files held on its computer system.") == (
        "council equipment",)


@pytest.mark.parametrize("text", MODERATES[:4] + ON_BEHALF[:4])
def test_the_scope_changes_no_stance(text):
    """The scope is given beside the stance, never instead of it."""
    reading = propose_stance(text)
    assert reading.stance in ("prohibits", "restricts", "permits", "permits with conditions", "requires", "advises")
    assert "official accounts" in reading.scope


@pytest.mark.parametrize(("text", "scope"), [
    ("DO NOT USE SOCIAL MEDIA DURING WORKING TIME.", ("working time",)),
    ("Staff must not post from Home computers.", ("personal equipment",)),
    ("On Your Own devices, be careful.", ("personal equipment",)),
    ("Do not use social media during WORKING HOURS.", ("working time",)),
])
def test_the_scope_is_read_whatever_the_case_of_its_words(text, scope):
    """A term's words are found in capitals too, as its pattern finds them."""
    assert read_scope(text) == scope
    assert read_scope(text.lower()) == scope


# The body publishing, moderating or answering on its channels, the spaces it manages, its network accounts, monitored
# email and use of the internet, a school's or one's own recording equipment, and permission once granted.
@pytest.mark.parametrize(("text", "term"), [
    ('We will not publish comments that contain personal details.', 'official accounts'),
    ("We won't publish photographs of pupils without their parents' consent.", 'official accounts'),
    ('We only publish videos that our staff have checked.', 'official accounts'),
    ('Abusive language has no place in the online spaces we manage.', 'official accounts'),
    ('Offensive posts will be hidden from the pages we moderate.', 'official accounts'),
    ('The communications team moderates all channels on weekdays.', 'official accounts'),
    ('Our Twitter and Facebook accounts will be monitored and moderated.', 'official accounts'),
    ('Social media accounts are moderated by the press office.', 'official accounts'),
    ('Comments left on this blog may be published.', 'official accounts'),
    ('The Town Council webpage gives news of meetings.', 'official accounts'),
    ('We may need to ask a colleague, so it may be a few days before we get back to you.', 'official accounts'),
    ('Abuse makes it harder for us to deal with your enquiry.', 'official accounts'),
    ('You are welcome to share your photos and stories with us on Instagram.', 'official accounts'),
    ('Your network account must not be shared with anyone.', 'council equipment'),
    ('Use of the internet must be for school work.', 'council equipment'),
    ('All emails sent from student accounts are subject to monitoring.', 'council equipment'),
    ('Internet use will be monitored by the IT team.', 'council equipment'),
    ('Do not record lessons on school or your own recording equipment.', 'council equipment'),
    ('Do not record lessons on school or your own recording equipment.', 'personal equipment'),
    ('Do not take images of pupils on your own private devices.', 'personal equipment'),
    ('Photographs are only published where consent has been given.', 'unless authorised'),
    ('Staff may take images of pupils once permission has been obtained.', 'unless authorised'),
    ("We share pupils' work only when written permission has been received from parents.", 'unless authorised'),
])
def test_the_body_publishing_its_network_and_permission_granted(text: str, term: str):
    assert term in read_scope(text)


# Office hours are the hours the body's channels are staffed when the clause is about them, else the reader's working
# time; publishing information is not a channel, nor is a person's own blog; outwith the workplace is outside work.
@pytest.mark.parametrize(("text", "scope"), [
    ('Our social media pages are monitored during office hours.', ('official accounts',)),
    ('We will reply to messages during office hours, Monday to Friday.', ('official accounts',)),
    ('Staff must not use Facebook during office hours.', ('working time',)),
    ('Personal calls should be made outside office hours.', ('outside working time',)),
    ('We publish information about our school in many ways.', ()),
    ('Staff who publish a personal blog must say the views are their own.', ('personal accounts',)),
    ('Employees may use social media outwith the workplace.', ('outside working time',)),
])
def test_office_hours_and_near_misses(text: str, scope: tuple[str, ...]):
    assert read_scope(text) == scope


# A workstation or server the clause acts on is the body's equipment, a desk or workstation as a place is not; a
# private phone number is no equipment; a ban outside the (designated) breaks holds in working time, a use in the breaks
# does not; a dispensation is an exception by permission; leaving or attending the meeting is about meetings, its
# minutes are not; an aside in brackets inside a personal account.
@pytest.mark.parametrize(("text", "term", "present"), [
    ('If malware is found on a workstation, disconnect it at once.', 'council equipment', True),
    ('Do not save files to the shared server without checking them.', 'council equipment', True),
    ('Staff must not install software on any workstation.', 'council equipment', True),
    ('Do not give your private mobile phone number to victims.', 'personal equipment', False),
    ('Staff should not pass their personal phone numbers to service users.', 'personal equipment', False),
    ('Staff must not use their personal phones to photograph pupils.', 'personal equipment', True),
    ('Do not use your mobile phone outside of designated break times.', 'working time', True),
    ('Not using social media outside of break times', 'working time', True),
    ('Staff may use their phones outside lunchtimes only with permission.', 'working time', True),
    ('Staff may use their phones during breaks.', 'working time', False),
    ('Without a dispensation, a member with an interest must not vote.', 'unless authorised', True),
    ('Members may not take part without a dispensation.', 'unless authorised', True),
    ('A member with a prejudicial interest must leave the meeting.', 'meetings', True),
    ('Councillors should withdraw from the committee meeting while the item is discussed.', 'meetings', True),
    ('The minutes of the meeting are published online.', 'meetings', False),
    ('Never link the service page to your personal Instagram (or other) account.', 'personal accounts', True),
    ('Staff should not use personal (private) accounts to contact pupils.', 'personal accounts', True),
    ('Tidy your desk or workstation before you go home.', 'council equipment', False),
    ('Attachments use server space.', 'council equipment', False),
    ('Never copy council data onto a personal server.', 'council equipment', False),
])
def test_equipment_acted_on_breaks_dispensations_and_meetings_left(text: str, term: str, present: bool):
    assert (term in read_scope(text)) is present


@pytest.mark.parametrize("title, terms", [
    ("Protocol on filming council meetings", ("meetings",)),
    ("What to expect at a Parish Council Meeting", ("meetings",)),
    ("STANDING ORDERS FOR MEETINGS", ("meetings",)),
    ("Hybrid meeting policy", ("meetings",)),
    ("Social media house rules", ("official accounts",)),
    ("Our approach to comment moderation", ("official accounts",)),
    ("Blog and social media house rules for public meetings", ("official accounts", "meetings")),
    ("Public question time", ("meetings",)),
    ("Public Participation", ("meetings",)),
    ("Speak at Committees", ("meetings",)),
    ("Filming protocol", ("meetings",)),
    ("Comments policy", ("official accounts",)),
    ("Social media - our community guidelines", ("official accounts",)),
    ("Facebook guidelines", ("official accounts",)),
    ("Social media terms and conditions", ("official accounts",)),
    # Titles that name no place a rule holds, or name equipment (measured: more wrong than right).
    ("Meeting the needs of service users: code of conduct", ()),
    ("Social Media Policy", ()),
    ("Standing Orders", ()),
    ("Committees", ()),
    ("Terms and conditions", ()),
    ("Social media guidelines for staff", ()),
    ("Email, internet and IT acceptable use policy", ()),
    ("How to comment on a planning application", ()),
    ("", ()),
    (None, ()),
])
def test_a_documents_title_gives_scope_to_every_clause_in_it(title, terms):
    assert title_scope(title) == terms


@pytest.mark.parametrize("text", [
    "No person shall without lawful authority light a fire on the green.",
    "Staff must not brief journalists without the prior written agreement of their director.",
    "The public may not speak unless invited to do so by the Chair.",
    "Recording is not allowed unless permitted by the Chairman.",
    "Mobile phones may be used with prior permission.",
    "Commercial use of the hall is subject to the prior approval of the Clerk.",
    "Staff may work from home by mutual agreement with their manager.",
])
def test_an_exception_by_permission_is_read_as_unless_authorised(text):
    assert "unless authorised" in read_scope(text)


@pytest.mark.parametrize("text", [
    "Unauthorised access to council systems is a criminal offence.",  # names the act, not an exception to the rule
    "Staff should not work from home unless their role allows it.",
    "Permission is needed for this.",  # a statement of need, measured as more often wrong
    "The committee will meet with the authority's auditors.",
])
def test_words_of_permission_that_make_no_exception_are_not(text):
    assert "unless authorised" not in read_scope(text)
