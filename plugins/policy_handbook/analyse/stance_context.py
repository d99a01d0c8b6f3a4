"""Who speaks in a clause and what its context does to a cue, checked before the cue governs.

What :mod:`.stance_grammar` asks of a cue's context: the subject (a person bound by the policy, "I",
or the body itself), a condition or a relative clause the cue sits in, what a clause describes rather
than lays down, and the body's own voice (what it owes, posts or answers). What they decide:

Who the subject is matters for ability and for "may not": "staff are not able to access" is
a prohibition, "the team is unable to police all content" is a fact; "employees may not use"
forbids, "we may not respond to every email" warns, and "staff may not be able to open some
sites" is a possibility. "may" and "can" followed by a verb of consequence ("may lead to",
"can damage", "may face") state a possibility, not a permission. What the body says it will
not do ("the council will not enter into debate") is no rule for anyone else, unlike not
tolerating or allowing something and unlike a standard for its own posts ("we will not name
staff in our social media posts"). A thing sent to a person is the subject, not the person after "to" ("a letter
to the Clerk will ensure …" is no duty of the clerk's). A subject keeps its modal across an aside set off by commas
("Officers, for the most part, will contact the press through …"). Being told to *know* something ("be aware that", "remember
you are …", "don't forget that", "should recognise that", "must understand the risks", "keep
in mind that") or to reflect ("ask yourself whether") is informative unless what follows is
itself a rule ("remember that any communication must not …") or a duty to comply is joined
to it ("be aware of and follow the code"). Contact offered for the reader's own wish or
question ("If you have any questions, please contact …") is no duty, unless it directs the
reader to a channel ("please do this through our complaints procedure", "please contact us in
a different way"); a "please" after a comma or "then" opens the imperative of the main clause. The body saying it will
remove or delete posts lays a duty of moderation on itself; posts that "may be removed" keep a
power to remove, unless a condition opens the sentence ("Should a post be reported, it may be
removed" is a consequence); posts that "will be removed" are the body's duty in the passive;
so is "we'll remove" and "we will report and remove". A commitment the body owes its staff or
the public is no rule of conduct, whatever its modal: "the council has to keep a register",
"we must draw up a code", "we will always reply within two days", "we'll only discuss your
tenancy with you", copies that "will be saved"; a standard for its own posts or their
moderation ("we must remain neutral on social media") is one.

A modal in what a clause describes is no rule: a wh-clause after a preposition or a verb of
describing, telling or asking ("a list of what you can and cannot do", "covers how you should
act", "explains when staff may", "staff ask whether they may"), a relative
clause that tells who is meant ("a colleague who they manage or have responsibilities over"),
and a consequence stated as "the effect will be that …". "The principle must be that gifts
should be refused" takes the rule stated after "that"; "entitled to expect" and "can expect"
name a standard, not a permission; "their Will" is a noun; what "must not be considered" or
"regarded" as something says how a thing is to be understood; being able to contact the body
is contact offered. A proviso set off before a
permission ("subject to certain restrictions, staff will be free to …") bounds it (read in
:mod:`.stance`), as a cap on value in what is permitted does ("Gifts worth less than £25 may be
accepted").

A register or list is the body's to keep ("The Monitoring Officer will place your
notification on a public register", "Each local authority is under a duty to maintain a list"), unless the
duty is laid on those the policy binds; rules the body keeps to, in a relative clause (", which we will
always follow"), a modal in an indirect question ("whether a worker should remain"), another named text's
rule reported ("The Civil Service Code states …"), rules named before who expects them kept ("the
standards that the GLA expects staff to achieve") and a complaint the reader may make state no rule. A condition after a permission whose verb is one of harm or excess
("may withdraw private use if this interferes with council business") bounds it. What a body "is
responsible for" doing ("The Inspectorate is responsible for considering planning appeals") is its function,
unless it is a standard for its own posts; "have responsibility for" doing is the same duty.
"""

from __future__ import annotations

import re

from ..model import Strength
from .patterns import compile_pattern
from .stance_cues import _BARE_VERB, _PERSON
from .stance_words import BODY_NOUN, BODY_NOUNS, CONDUCT_DONE, DOCUMENT, HARMED, SOCIAL_MEDIA

_I = re.IGNORECASE

COMMITTEE = r"(?:the |members of the )?(?:committee|sub-committee|board|cabinet|panel|council|executive)\b"
"""A committee or board a report asks for a decision ("The Committee", "Members of the Board")."""

_FOR_OWN_NEED = compile_pattern(r"\s*(?:for (?:help|more|further|additional|full|general|information|advice|details|support|terms|"
                               r"assistance|guidance|(?:[\w-]+\s+){0,2}?(?:enquiries|queries))"
                               r"|in the event of (?:any |a )?(?:quer(?:y|ies)|questions?))\b", _I)
"""A fronted need of the reader's own ("For help with services, please read …", "For urgent media enquiries, please
contact …", "In the event of any query please speak to …"): advice where to turn."""
_FOR_INFORMATION_AFTER = compile_pattern(r"\s+(?:the\s+|our\s+|your\s+)?(?:[\w-]+\s+){1,4}?for\s+(?:further\s+|more\s+|full\s+)?"
                                        r"(?:information|details)\b", _I)
"""The same need after the one contacted ("Please contact the Clerk for information on how the meeting will be run"): contact
offered, where to turn."""
_SANCTION = compile_pattern(r"\s*(?:take|impose|instigate|institute|initiate|pursue)\s+(?:(?:any|such|appropriate|further|formal|"
                      r"corrective|and|or)\s+)*(?:disciplinary|legal|corrective)\b", _I)
"""Whose duty it is to act against a breach ("to take corrective and disciplinary measures"): a consequence."""
_PURPOSE_OF = compile_pattern(r"\b(?:aims?|purposes?|objectives?|intentions?|goals?|function) of (?:this|the|these|our) "
                             r"[^.;]{0,60}$", _I)
"""What a document is for, before its "is to": "The aim of this Code of Conduct is to set out …"."""
_PURPOSE_STATED = compile_pattern(r"\b(?:aims?|purposes?|objectives?|intentions?|goals?) of [^.;]{1,80}? (?:is|are) (?:\w+ly )?to\s[^.;]*$", _I)
"""What a thing or an act is for, stated before a cue ("The purpose of imposing a sanction is to make clear that breach of
the Conditions is unacceptable"): the cue is in what it is for, no rule."""

_NOT_A_POST = r"(?<!chief )(?<!head of )(?<!heads of )"
"""A body noun that names a post with the word before it: "the Chief Executive", "Heads of Service"."""
_BODY = compile_pattern(rf"\b(?:we|us|police|parliament|team|{_NOT_A_POST}{BODY_NOUN})\b", _I)
_BODY_OBJECT = compile_pattern(r"\b(?:for|by|of|at|with|within|across|from|on behalf of|leaves?|leaving|left|joins?|joining|joined|"
                              r"represents?|representing|contacts?|contacting)\s+(?:(?:the|our|this|its)\s+)?(?:[\w-]+\s+){0,2}?"
                              rf"(?:we|us|police|parliament|team|{_NOT_A_POST}{BODY_NOUN})\b", _I)
"""A body named after a preposition ("staff working for the council") or as the object of a verb ("Staff who leave the
council"): not the subject of what follows."""

_AGENT = compile_pattern(
    rf"{_PERSON.pattern}|{_BODY.pattern}|\b(?:manager|chair(?:man|person)?|moderators?|administrators?|"
    r"webmasters?|heads?|owners?|departments?|committees?|groups?|parties|i|executives?|conven[eo]rs?|"
    r"principals?|headteachers?|registrars?|commissioners?|presidents?|adjudicators?|ombudsm[ae]n|"
    r"inspectors?|auditors?|examiners?|patients?|customers?|guests?|tenants?|pupils?|parents?|"
    r"carers?|participants?|donors?|passengers?|travellers?|hirers?|dogs?|animals?|pets?|visits)\b", _I)
"""Anyone who can be granted a permission: a person bound by the policy (:data:`_PERSON`), a role or a body (or an
animal its owner may bring, or the visits visitors may make)."""

_CIRCUMSTANCES = compile_pattern(r"(?:\bthere (?:will|may|might|could|can|are|is)\s+(?:\w+\s+)?(?:be\s+)?(?:\w+\s+){0,2}?"
                                r"(?:circumstances|occasions?|times|cases|situations|instances)"
                                r"|\b(?:may|might|could|can)\s+(?:\w+ly\s+)?(?:be\s+(?:placed|put)|find\s+(?:yourself|yourselves|"
                                r"themselves|himself|herself|themself))\s+in\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
                                r"(?:positions?|situations?|circumstances)"
                                r"|\b(?:is|are|be)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:places?|spaces?|venues?))"
                                r"\s+(?:where|when|in which)\b(?:(?!\bin which case\b)[^.;,])*$", _I)
"""What may happen: a modal in "there will be times when …" or "may be placed in a position where …" is a
possibility, and one in "are places where you can share …" or "want our pages to be spaces where everyone can …"
describes the place; neither is a rule."""
_OBJECT_RELATIVE = compile_pattern(r"\b(?:is|are)\s+(?:the|these|those|a|an)\b[^.;]{0,80}\b(?:which|that)\s+(?:[\w'-]+\s+){1,6}$", _I)
"""A relative clause in a sentence that says what something is: "The code is the set of standards which …"."""
_RULES_NAMED = compile_pattern(rf"\b(?:rules|standards|codes?(?: of [\w-]+)?|polic(?:y|ies)|procedures|principles|guidelines|"
                              rf"requirements)\s+(?:(?:which|that)\s+)?(?:(?:all|every|each|our|the|its|their)\s+)?"
                              rf"(?:[\w'-]+\s+)?(?:{_PERSON.pattern})\s+$", _I)
"""Rules named with who keeps them, the relative pronoun left out or not: "specific standards employees must follow"."""
_ENDS_ON_VERB = compile_pattern(r"\s+(?:\w+ly\s+)?(?:to\s+)?(?:follow|comply with|abide by|adhere to|observe|meet|uphold|"
                               r"keep to)(?=\s*(?:[,.;:)]|$|\s+(?:including|when|whenever|at all times)\b))", _I)
"""A verb of keeping to rules with no object after it: its object is the relative pronoun before."""
_KEEPS_REGISTER = compile_pattern(r"\s+(?:\w+ly\s+|also\s+)?(?:keep|maintain|hold|publish|place|enter|record|add|update|"
                                 r"compile|review)\b[^.;]{0,60}?\b(?:register|list)s?\b", _I)
"""A duty to keep a register or list, or to put something on it: the body's own, unless laid on those the policy binds."""
_BOUND_PEOPLE = compile_pattern(r"\b(?:you|staff|employees?|members|managers|councillors|colleagues|users|individuals|"
                               r"everyone|officers|workers|volunteers)\b", _I)
_BODY_FOLLOWS = compile_pattern(r",\s*which\s+(?:we|it|the\s+\w+)\s+(?:\w+ly\s+|also\s+|always\s+)?(?:will\s+(?:always\s+)?)?$", _I)
"""A non-restrictive relative clause in which the body says what it does with rules named before it."""
_OWN_PAGES = compile_pattern(r"\b(?:our|its)\s+(?:own\s+)?(?:online\s+|social media\s+)?(?:communities|pages|accounts|channels|"
                            r"feeds|sites?|forums?)\b", _I)
"""The body's own pages: the rules of its own communities that it keeps to are a standard for its accounts."""
_WHETHER = compile_pattern(r"\bwhether\s+(?:or\s+not\s+)?(?:(?!(?:is|are|was|were|to|has|have|had|do|does|can|could|may|might|"
                          r"need|needs|should|must|will|would|shall)\b)[\w'-]+(?:,\s+and)?\s+){1,8}$", _I)
"""An indirect question up to its modal: "whether a worker should remain", "whether they, and employees of the council
should be" (not "whether a gift is acceptable should ask" nor "whether a gift can be accepted should speak", where the
question has ended before the modal)."""
_STANDARDS_THAT = compile_pattern(r"\b(?:rules|standards|behaviours?|conduct|values|principles)(?:\s+of\s+\w+)?\s+"
                                 r"(?:(?:that|which)\s+[^.;,]{0,60}|(?:the|our|its)\s+(?:[\w()/-]+\s+){0,4})$", _I)
"""Rules named before a relative clause of who expects them kept: "the standards (that) the council expects"."""
_RULES_HELD = compile_pattern(rf"(?:\bwe|^(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z])[\w'&-]*){{0,5}}|\b(?:the|our)\s+(?:[\w-]+\s+)?{BODY_NOUN})\s+"
                             r"(?:(?:do|does|also|however|therefore|now)\s+){0,2}(?:have|has)\s+(?:got\s+)?(?:a|an|some|a few|"
                             r"a set of|our own|its own)\s+[^.;]{0,80}$", _I)
"""The body saying it has rules, before the relative clause of who is to keep them ("Tai Calon Community Housing has a
Code of Conduct which we expect our staff to follow", "we have some rules that we expect everyone to follow"): the rules
apply, not only named."""
_KEEPING_VERB = compile_pattern(r"\s*(?:\w+ly\s+)?(?:achieve|meet|follow|show|demonstrate|uphold|observe|maintain|display|"
                               r"keep to|adhere to|abide by|comply with)\b", _I)
_COMPLAINT = compile_pattern(r"(?:\w+ly\s+)?make\s+(?:an?|your)\s+(?:formal\s+)?(?:application|complaint|request|appeal)\s+to\b|"
                            r"(?:\w+ly\s+)?(?:make|submit|lodge|raise|file|send|register)\s+(?:a|your|their|any)\s+"
                            r"(?:formal\s+|written\s+)?complaint\b|(?:\w+ly\s+)?complain\b", _I)
"""A complaint, appeal or application the reader may make ("You can make an application to the Commissioner"): how to
complain is an offer, not a permission of conduct."""
_COMPLAINT_MADE = compile_pattern(r"\s+(?:\w+ly\s+)?(?:be\s+(?:discussed|raised)\s+with|be\s+asked\s+to\s+(?:put|submit|send|make)|"
                            r"(?:submit|send|address)\s+(?:your|the|a|any)\s+complaint\s+to|"
                            r"(?:write|go)\s+(?:\w+ly\s+)?to|"
                            r"be\s+(?:made|sent|submitted|addressed|directed|referred|forwarded|lodged|e-?mailed)\s+(?:(?:[\w-]+\s+){0,3}?to|"
                            r"in\s+writing)|be\s+(?:put|made)\s+in\s+(?:writing|an?\s+(?:[\w-]+\s+){0,2}?(?:format|form))|"
                            r"be\s+in\s+writing|be\s+about|relate\s+to|provide|include|contain|outline|specify|"
                            r"set\s+out)\b", _I)
"""The same offer in the passive, after a complaint and its modal: "A complaint should be made to the Town Clerk", "Your
complaint must be made in writing", what it "must be about", what "The complainant should be asked to put" in writing, whom
"the complainant should write directly to" and whom a complaint "should be referred to"."""
_TO_COMPLAIN = compile_pattern(r"\s*(?:in\s+order\s+)?to\s+(?:" + _COMPLAINT.pattern + r")[^.;]{0,40},", _I)
"""A fronted purpose of the reader's own complaint ("To make a complaint, you need to fill in this form"): how to
complain, offered."""
_REPORTED = compile_pattern(r"^(?:section|regulation|article)\s+\d+[\w.()]*\s+(?:\w+ly\s+)?(?:states?|says?|stipulates?|provides?)\s+that\b"
                           r"|^under\s+section\s+\d+[\w.()]*\b[^.;]{0,80}?\b(?:has|have)\s+(?:the\s+)?power\s+to\b"
                           r"|^the\s+(?:law|(?-i:Code\s+of\s+Conduct))(?:,?\s+\([^()]{1,60}\),?)?\s+(?:says|states)\s+that\b"
                           r"|^(?:all\s+)?(?:[\w-]+\s+){0,4}?(?:councils|authorities|public\s+bodies)\b[^.;]{0,40}?\s+are\s+required\s+by\s+law\s+to\b"
                           r"|^(?:(?:schedule|section|part|regulation|article|paragraph)\s+[\w.()]+\s+(?:to|of)\s+(?:the|a)\s+"
                           r"(?:(?-i:[A-Z][\w'-]*)\s+){0,4}|(?:the|a)\s+(?:(?-i:[A-Z][\w'-]*)\s+){1,4})"
                           r"(?-i:Code|Principles|Act|Regulations|Order)"
                           r"(?:\s+(?:of|for)\s+[\w ]{1,40}?)?\s+(?:\w+ly\s+)?(?:states?|says?|notes?|stipulates?|provides?)\b"
                           r"|^(?:the|its|our)\s+(?:[\w'-]+\s+){0,4}?(?:committee|board|panel|group|forum)(?:'s|s')?\s+(?:(?:own|current)\s+)?"
                           r"(?:terms\s+of\s+reference|remit|constitution)\s+(?:\w+ly\s+)?(?:states?|says?|provides?|sets?\s+out)\b"
                           r"|^(?:following\s+(?:\w+\s+)?discussion,?\s+)?it\s+was\s+(?:\w+ly\s+)?(?:agreed|resolved|decided|noted)\b"
                           r"|^the\s+(?:advice|recommendation|view)\s+of\s+(?:the\s+)?(?-i:[A-Z])[^.;,]{1,80}?\s+is\s+that\b", _I)
"""Another text's rule reported, named ("The Civil Service Code states civil servants must not …", "Section 137 states
that", a power held "Under section 137"): a cross-reference, as "The law … says that", "The Code of Conduct says that"
and what "All Parish and Town Councils … are required by law to" do are; "the code states that officers must" is the
policy's own. A committee's terms of reference that state what it must do are its remit, the body's own work, no rule on
the reader; what a meeting's minutes say "it was agreed" records a decision, as a lead-in "… agreed that:" does; "The
advice of the National Governance Association is that" reports another body's advice."""

_BODY_OWNS = compile_pattern(rf"(?:\b(?:our|its)|(?:{BODY_NOUN}|(?-i:[A-Z]\w+))'s)\s+(?:\w+\s+)?$", _I)
"""The body's own duty named as a thing ("our duty of care to patients", "the Authority's duty to")."""
_NUMBER_TO_CALL = compile_pattern(r"\s+(?:us\s+)?(?:on\s+)?\+?\(?\d"
                                 r"|(?:,?\s+(?:or\s+)?(?:e-?mail|text|tweet|message|phone|ring|write\s+to))+\s+(?:us\s+)?(?:on\s+|at\s+)?"
                                 r"(?:@\w|\+?\(?\d|[\w.-]+@)", _I)
"""A number, or a list of ways ending on an address ("call, email, or tweet @RBWMsupport"), after "call"."""

_ENSURED = compile_pattern(r"\b(?:ensure|ensuring|make sure|making sure)\s+(?:that\s+)?(?P<thing>[^,;.]{1,60}?)\s*$", _I)
"""What a duty to ensure is about, up to the verb that follows it."""

_PROVISO = compile_pattern(r"\b(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )"
                          r"(?<!-)provid(?:ed|ing)\b(?!\s+(?:by|to|for|with|through|via)\b)"
                          r"|\b(?:as long as|so long as|on (?:the )?condition|subject to)\b", _I)
"""A proviso on a permission: "provided" (not "are provided for" nor "accounts provided by the
council"), "as long as"."""

_KNOWING = ("aware", "mindful", "remember that", "note that", "bear in mind", "aware that", "reminded that",
            "assume", "expect", "think", "believe", "borne in mind", "be noted", "please remember", "please note", "remember",
            "forget", "that", "understand", "conscious", "take note", "in mind", "awareness")
"""Cue endings that tell the reader to know something: informative unless a rule follows."""
_TO_KNOW = compile_pattern(r"\s+(?:[^.;]{0,80}?\s)?to\s+(?:be\s+(?:\w+ly\s+)?(?:aware|mindful)|know|understand)\b", _I)
"""What a responsibility holds its bearers to, when that is to know something ("… to be aware of the following policy
statements"): a duty only to know, unless they are to follow it as well (:data:`_AND_COMPLY`)."""
_POSSIBLY = compile_pattern(r"\b(?:may|might|could)\s+$", _I)
_BODY_JUST_BEFORE = compile_pattern(rf"{_BODY.pattern}\s+(?:\w+ly\s+)?$", _I)
_AND_COMPLY = compile_pattern(r"\s+(?:of\s+)?(?:[^.;]{0,80}?\s)?and\s+(?:follow|comply|abide|adhere|observe|exercise|act|behave|"
                             r"evaluate|assess|manage|mitigate|minimi[sz]e|address|take\s+(?:steps|action|account))\b", _I)
"""A duty to comply or to act coordinated with a duty to know: "be aware of and follow the code", "be conscious of their
public role and exercise proper discretion", "understand and evaluate the impact I have", "be aware of the risks and
take steps to reduce them"."""
_OFFER = compile_pattern(r"\bif (?:you|anyone|any(?:one)? (?:member of the public|[\w-]+ user|resident|customer|patient|tenant|visitor|"
                        r"follower)|an? (?:member of the public|resident|customer|patient|tenant|visitor|follower)) (?:\w+ )?"
                        r"(?:wish(?:es)?|wants?|would like|needs?(?! to\b)|requires?(?! to\b)|ha(?:ve|s) (?:any |a |an )?(?:specific |further |general )?"
                        r"(?:(?:media |press )?enquir(?:y|ies)|questions?|queries|query|concerns?|complaints?|comments?|feedback|ideas|suggestions))\b"
                        r"|\bif (?:you|there (?:is|are) (?:anything|any \w+) (?:[\w']+ ){0,4}?you) (?:do not|don't) understand\b"
                        r"|\bif you\b[^,.;]{0,100}?\b(?:believe|think|feel)\b"
                        r"|\bif your (?:query|question|enquiry|concern|complaint|request)\b"
                        r"|\bif (?:[^,.;]{1,40}? or )?you(?: are|'re) (?:\w+ )?(?:unhappy|dissatisfied|not (?:happy|satisfied)) with\b"
                        r"|\bif you(?: are|'re) (?:calling|phoning|ringing|contacting us|interested in)\b"
                        r"|\bif you(?: are|'re) an? (?:member of the (?:public|media|press)|journalist|resident|customer|patient|tenant|"
                        r"visitor|service user)\b[^,.;]{0,40}?\b(?:who|and) (?:would like|wish(?:es)?|wants?|needs?(?! to\b)|"
                        r"ha(?:ve|s) (?:any |a |an )?(?:questions?|queries|query|concerns?|complaints?|comments?))\b", _I)
"""A condition on the reader's own wish, question or view ("If you … believe the action taken to be in error", "If
your query is urgent", "If you are calling out-of-hours", "If something goes wrong or you are dissatisfied with our
service"): the contact that follows is an offer."""
_CHANNEL = compile_pattern(r"\b(?:through(?! the use of\b)|via|in (?:a|another) (?:different )?way|instead|rather than|999(?!\s*\d))\b", _I)
"""The channel an imperative directs the reader to, away from the one they are using, or the emergency number
("If you need urgent help, please call 999")."""
_BY_MEANS = compile_pattern(r"by\s+\w+ing\b[^.;]*$", _I)
"""A clause opened by its means ("By using …,"), before the modal of what the means achieves."""


_CONSENTS = compile_pattern(r"\s+(?:\w+ly\s+)?(?:give\s+(?:their\s+|his\s+or\s+her\s+|valid\s+|informed\s+)*)?consent\b", _I)
_NO_CAPACITY = compile_pattern(r"\b(?:lacks?|without|no)\s+(?:the\s+)?(?:mental\s+)?capacity\b|\b(?:under|below)\s+(?:the\s+age\s+of\s+)?\d+\b"
                              r"|\b(?:child|children|minors?|infants?|babies|young (?:people|persons?|children))\b", _I)
"""Who cannot consent in law: those who lack capacity, and children."""
_CONSEQUENCE_SUBJECT = compile_pattern(r"\b(?:procedures?|process(?:es)?|steps|action|measures|sanctions)\s+(?:\w+\s+){0,2}$", _I)
"""What a body does in answer to a breach, as the subject of "will be followed"."""
_ITSELF = rf"(?:nhs|employers?|(?!departments?\b){BODY_NOUNS})"  # a department acts for the body: its duties are its staff's
_OWN_DUTY = compile_pattern(
    r"(?:\bwe|(?:^|(?<!\bby )(?<!\bof )(?<!\bto )(?<!\bfor )(?<!\bwith )(?<!\bwithin )(?<!\bat )(?<!\bin )(?<!\bacross )"
    r"\b(?:the|our|this|each|every|all|any)\s+)(?:[\w-]+\s+){0,2}?"
    rf"{_ITSELF}|(?:^|(?<=\bthat\s))(?:(?-i:[A-Z])[\w'&-]*\s+){{1,5}}?{_ITSELF}"
    r"|(?<!\bby )(?<!\bof )(?<!\bto )(?<!\bfor )(?<!\bwith )\bthe\s+(?!(?-i:CEO|DPO|DSL|SIRO)\b)(?-i:[A-Z]{2,6})"
    r"|(?:^|(?<=, ))(?!(?-i:GDPR|ICT|IT|HR|DBS|CCTV|USB|PIN|ID|UK|EU|PC|OK|CEO|DPO|DSL|SIRO)\b)(?-i:[A-Z]{2,6}))"
    r"\s*(?:\w+ly\s+|also\s+|therefore\s+)?$", _I)
"""The body itself as the one who must act: "we", "the council", "all public bodies", "the NHS", its name or its
initials opening the clause ("Blackpool Multi Academy Trust is required to", "HCC should work to the following
guidelines") or the clause after "that" ("Please be aware that Theatres Trust can only respond to …"); not a body
named after a preposition, where the subject is who works there ("Employees within the school must", "Staff at the
council have a duty to")."""
_OBLIGING = r"(?:must|shall|should|(?:has|have) to|needs? to|(?:is|are) required\b|(?:has|have) a duty|duty to|responsibility to)\b"
_DUTY_HELD = compile_pattern(r"\s(?:has|have)\s+(?:a|an)\s+(?:\w+\s+)?$", _I)
"""What stands between the body and "duty to": "The council has a legal duty to …"."""
_OWN_POSTS = compile_pattern(rf"[^.;]*?\b(?:{SOCIAL_MEDIA}|(?:our|its|the {BODY_NOUN}'s) (?:own )?(?:posts|accounts|channels|"
                            r"pages|feeds|website)|post(?:ing)?|comments|discussions|(?:re)?tweets?|publish\w*|publicity)\b", _I)
"""What the body's own duty is about when it is a standard for its posts or their moderation."""
_POSTING = compile_pattern(r"\s+(?:always\s+|only\s+|also\s+|regularly\s+)?(?:post|tweet|retweet|publish|"
                          r"share (?:or \w+ )?(?:content|posts|news|updates|stories))\b", _I)
"""What the body will post on its own accounts."""
_AIM_BEFORE = compile_pattern(r"\b(?:intention|aim|purpose|objective|goal|ambition|vision|mission)s?\s+$", _I)
_BODY_ANSWERING = compile_pattern(r"\s*(?:(?:always|then|also|usually|normally|only)\s+)?(?:continue\s+to\s+)?(?:answer|reply|respond|address|provide|"
                                 r"acknowledge|discuss|deal with|get back|signpost|relay|look into)\b", _I)
"""A verb of how the body answers what it is sent, after its modal: a commitment, no rule of conduct."""
_NOT_ANSWERING = compile_pattern(r"\s*(?:(?:always|usually|normally|necessarily)\s+)?(?:answer|reply|respond|get back|deal with|handle|"
                                r"engage|enter into (?:\w+ )?(?:discussions?|debate|correspondence|dialogue))\b", _I)
"""What the body will not answer ("we will not respond to comments that …"): its service, where "we will never discuss
cases on social media" is a standard for its posts."""
_BARE_VERB_AT = compile_pattern(_BARE_VERB, _I)
_PASSIVE_PERMISSION = compile_pattern(rf"(?:may|can)(?:, [^,.;]{{1,80}},)? (?:\w+ly )?(?:also )?be {CONDUCT_DONE}$")
_NOT_CONDUCT = compile_pattern(r"\b(?:action|steps|measures|decisions?|changes?|amendments?|it|this|that|these|those|"
                              r"data|information|details|evidence|content|posts?|comments?|messages?|you|they|we|anything|"
                              r"everything|images?|photos?|photographs?|records?|minutes)\b", _I)
"""A subject that what may be done to is no conduct permitted: the body's action, a person's data, a meeting's minutes."""
_REUSED = compile_pattern(r"^may (?:\w+ly )?(?:also )?be (?:reproduced|re-?used)$", _I)
"""What a licence to re-use material permits, whatever its subject: "it may be reproduced", "extracts … may be re-used"
(where "it can be copied and shared" is what can happen to a post)."""
_NOT_NEGATED = compile_pattern(r"\s+(?:(?P<scope>only|just|merely|simply)\b(?=[^.;]*\bbut\b)|(?P<fail>fail|neglect|omit|forget)\s+to\b"
                              r"|(?P<not_to>(?:for\s+[\w' -]{1,30}?\s+)?not\s+to)\b|hesitate\s+to\b)", _I)
"""What follows a negated modal or a ban and cancels its prohibition: "not only …, but", "not fail to", "never forget to",
"not hesitate to", and a ban on not acting ("It is unacceptable not to declare a gift", "… for staff not to report"), a
duty as the first two are."""
_BODY_SERVICE = compile_pattern(r"may (?:also |then |from time to time )?(?:pass|forward|share|refer|answer|reply|respond|ask|direct|redirect|point|signpost"
                               r"|write|advise|follow|receive|add|amend|change|manage|seek|issue)\b", _I)
"""What the body may do as its own service: pass on or answer what it is sent, run its pages and keep its notices."""
_HANDLED = (r"(?:information|data|details|material|content|images?|photographs?|photos?|comments?|posts?|messages?|gifts?|"
            r"hospitality|equipment|documents?|papers?|records?)")
"""What people handle and may be told to see is not posted, shared or used: "no information is posted", "images are not
used"."""
_PERSON_NOT = compile_pattern(rf"(?:\s+(?:that\s+)?(?:(?:all|any|the|our|every|each|such)\s+)?(?:[\w-]+\s+)?(?:{_PERSON.pattern})\s+"
                             r"(?:(?:do|does|will|are|is|can|should|must|shall)(?:\s+not|n't)|never)\b"
                             r"(?!\s+(?:suffer|experience|face|encounter|receive|feel|become|be|get|go)\b)"
                             r"|\s+(?:that\s+)?(?:nobody|no\s?-?one|no\s+(?:smoking|alcohol|animals|dogs|drinking|gambling|fireworks|"
                             r"candles|naked\s+flames))\s+(?!(?:is|are|was|be|gets?|feels?|suffers?|experiences?|faces?|receives?|"
                             r"becomes?|goes|loses?)\b)\w+"
                             rf"|\s+(?:that\s+)?no\s+(?:[\w'-]+\s+){{0,3}}?{_HANDLED}\s+"
                             rf"(?:is|are|gets?|(?:will|shall|should|may|can)\s+be)\s+(?:\w+ly\s+)?{CONDUCT_DONE}\b"
                             rf"|\s+(?:that\s+)?(?:(?:all|any|the|our|such)\s+)?(?:[\w'-]+\s+){{0,2}}?{_HANDLED}\s+"
                             rf"(?:is|are)\s+(?:not|never)\s+(?:\w+ly\s+)?{CONDUCT_DONE}\b(?!\s+(?:for\s+)?(?:longer|more)\b))", _I)
"""A person who is to see that they do not act: "ensure that staff do not …" (not what they are spared: "ensure that
individuals do not suffer any form of harassment" is a duty), or that nobody does, or that no act of a kind takes place
("ensure that nobody smokes", "ensure that no smoking takes place", "it is imperative that no confidential information is
posted", "ensure that images are not used without consent"; not "ensure that no one is left out")."""
_CARE_NOT = compile_pattern(r"\s+(?:\w+\s+)?care(?:\s+not\s+to\b|" + _PERSON_NOT.pattern + ")", _I)
"""After an imperative "take": "Take (particular) care not to …" or "… that you do not …", a ban as "ensure that you do
not" is."""
_REGISTER_KEPT = compile_pattern(r"\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:register|record|list|log|book)\b[^.;:]{0,80}$", _I)
"""A register or record as the subject of a passive duty to keep it: "A record must be kept in each office …"."""
_BY_PERSON = compile_pattern(rf"[^.;]{{0,60}}?\bby\s+(?:the\s+|each\s+|every\s+|all\s+|their\s+|your\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?"
                            rf"(?:{_PERSON.pattern}|management|managers?)", _I)
"""Who a passive duty names as its doer, where that is a person: "… must be kept by each line manager"."""
_KEPT = compile_pattern(r"\s+(?:\w+ly\s+|also\s+)?be\s+(?:kept|maintained|held|compiled)\b", _I)
"""The passive of keeping a register, after its modal: "… must be kept"."""


_INVERTED_SUBJECT = compile_pattern(r"\s+(?:a|an|any|the|there|such|this|these|those|your|their|it|you|he|she|they|we|someone|"
                                   r"anyone|anybody)\b[^.;,]{0,80}?\b(?:be|occur|arise|happen|exist|have|need|wish|want|receive)\b", _I)
_IF_UP_TO_ITS_VERB = (r"(?:if|unless|in the event that)\s+(?!(?:in doubt|unsure|uncertain|necessary|possible|appropriate|required|needed)\s)"
                      r"(?:for (?:any|whatever|some) reason,?\s+)?(?:[\w']+\s+){0,3}"
                      r"(?:or\s+(?:[\w']+\s+){1,2})?$")
_CONDITION = compile_pattern(rf"^\(?(?:(?:yes|no),?\s+)?{_IF_UP_TO_ITS_VERB}", _I)
"""A condition's opening up to its own verb, or an answer's: "If you " + "are required to …", "Yes, if the booking " +
"can't be made …"."""
_CIRCUMSTANCE = compile_pattern(r"^\(?(?:where|when|whenever|once)\s+(?:[\w']+\s+){0,3}$", _I)
"""A circumstance's opening up to its own verb, where a comma then ends it: "Where staff " + "are permitted to attend,
they must not speak" (not "When you visit we expect you to …", whose cue is the main clause's)."""


_CONDITION_RUN_ON = compile_pattern(r"^\(?(?:if|where|when|whenever|unless)\s[^,.;:]*?\b(?:considers?|believes?|thinks?|feels?|"
                                    r"judges?|decides?|determines?|(?:is|are) (?:satisfied|of the (?:view|opinion)))\s+(?:that\s+)?[^,.;:]*$", _I)
_MAIN_AFTER_RUN_ON = compile_pattern(r"[^,.;:]*?\s(?:he or she|he|she|they|you|we)\s+(?:\w+ly\s+)?(?:may|must|should|shall|can|will)\b", _I)
"""A judgement that opens a condition run on to its main clause without a comma, and the main clause's subject and
modal after it: "Where the Chair considers that a meeting cannot continue " + "… he or she may adjourn it"."""


_TRAILING_CONDITION = compile_pattern(rf"(?<=\w)\s+{_IF_UP_TO_ITS_VERB}", _I)
"""A condition after its rule, up to its own verb: "not prevent access to information if a person " + "is
entitled to it"."""


_BY_GRANTEES = compile_pattern(r"\bby\s+(?:any\s+)?(?:individuals|users|members\s+of\s+the\s+public|anyone|organisations|people|"
                              r"third\s+parties)\b", _I)
"""Who a passive permission names as free to act: "the Data may be used … by individuals or organisations"."""
_AND_FORBIDDEN = compile_pattern(r"\s+and\s+(?:(?:may|must|shall|can)\s+not|cannot|mustn't)\b"
                                r"|[^.;]{0,60}?,\s+(?:they|you|he|she)\s+(?:are|is)\s+not\s+(?:allowed|permitted)\s+to\b", _I)
"""A ban joined by "and" straight after a limit, or set after it by a comma ("may only observe the meeting, they are not
allowed to ask questions")."""
_GIVEN_BY_BODY = compile_pattern(r"\s+(?:not\s+)?(?:\w+ly\s+)?be\s+(?:given|granted|provided|offered|issued|allocated|supported)\b"
                                r"(?!\s+(?:to|in)\b)", _I)
"""What the body gives or supports, in the passive after "will": its provision, no rule of conduct."""
_HARMED = compile_pattern(rf"\s+be\s+(?:\w+ly\s+)?{HARMED}\b|\s+(?:\w+ly\s+)?(?:suffer|experience|face)\s+(?:any\s+|a\s+)?(?:[\w-]+\s+)?"
                          r"(?:detriment|disadvantage|reprisals?|victimi[sz]ation|penalt(?:y|ies)|retaliation|recriminations?)\b", _I)
"""The protection of those who raise a concern, after a negated subject's modal: "No employee will be victimised …",
"Nobody who raises a concern will suffer any detriment";
"No person will be treated less favourably because of …" still forbids discrimination."""
_COMMITTEE_FIRST = compile_pattern(rf"^{COMMITTEE}[^.;:,]{{0,30}}?\s*$", _I)
"""A committee or board opening the sentence, before what it "is asked to" do."""
_DOCUMENT_FOR = compile_pattern(rf"\b{DOCUMENT}(?:\s+of\s+[\w-]+)?\s+(?:for|on|about|covering)\s+(?:all\s+|the\s+|our\s+|its\s+)?$", _I)
"""A document named for whom it binds, before that person: "the Code of Conduct for Members"."""
_THING_FOR = compile_pattern(r"\b(?:a|an|the|any|each|every|your|this|that)\s+(?P<head>[\w/-]+(?:\s+/?[\w/-]+)?)\s+"
                            r"(?:to|for|from|against|about)\s+(?:(?:the|a|an|any|all|your|our|their|its|each)\s+)?(?:[\w-]+\s+)?$", _I)
"""A thing sent to, made for or against a person, before that person: "a letter to the Parish Clerk will ensure …" (the
letter is the subject, not the clerk)."""
_DOCUMENT_BEFORE = compile_pattern(rf"\b(?:this|the|our|these)\s+(?:[\w-]+\s+){{0,2}}?{DOCUMENT}(?:\s+of\s+[\w-]+)?\s+$", _I)
"""A document as the subject, before its modal."""
_PERSON_AVOIDS = compile_pattern(r"\s+(?:you|they|users|staff|everyone|people|members|followers|visitors|contributors)\s+"
                                r"(?:always\s+|please\s+)?(?:avoid|refrain|abstain)\b", _I)
"""Who is asked to avoid something, after "ask that" or "request that"."""
_DEPENDS_AFTER = compile_pattern(r"\s+(?:[\w'-]+\s+){1,3}?(?:will|would|may|can|could|is\s+likely\s+to)\s+(?:\w+ly\s+)?"
                                r"(?:depend|vary|differ)\b", _I)
"""A relative clause's verb and object, then the main clause's verb of variation ("… should take will depend on …")."""
_FEELS_THAT = compile_pattern(r"\b(?:feel|feels|felt|feeling)\s+(?:that\s+)?(?:they|you|we|he|she|staff|people|everyone|"
                             r"colleagues|employees)\s+$", _I)
"""What someone is to feel they can do, before its "can"."""
_DEPENDS_SUBJECT = compile_pattern(r"\b(?:which|that|what)\s+(?:[\w'-]+\s+){0,5}$", _I)
"""The start of the relative or wh-clause that is the subject of the verb of variation ("the action which staff …")."""
_CONFIDENT_AFTER = compile_pattern(r"\s+(?:[\w'-]+\s+){1,3}?(?:can|could|are able to|will|should)\s+(?:be\s+(?:\w+\s+)?confident|trust|"
                                  r"have\s+(?:\w+\s+)?confidence)\b", _I)
"""Others who are to be confident or to trust, after "it is essential that": an aim, as "must be able to trust" is."""


def _in_condition(clause: str, start: int, end: int) -> bool:
    """Whether a cue sits in the condition of a conditional sentence, not in its rule: "If you
    are required to work late, you will be paid", "Should there be evidence …, action will be
    taken" (an inverted "if"; a question ends with "?"), "… if a person is entitled to it"."""
    if start == 0 and clause[:end].lower() == "should":
        return not clause.rstrip().endswith("?")
    if start > 0 and clause[start:end].lower() == "should" and _INVERTED_SUBJECT.match(clause, end):
        return True  # "the steps that may be taken should a disclosure be suspected": "should" before its subject is "if"
    if _CONDITION.match(clause[:start]) is not None and len(clause[end:].split()) > 4:
        return True
    if _CIRCUMSTANCE.match(clause[:start]) is not None and re.search(r",\s+\w", clause[end:]):
        return True
    if _CONDITION_RUN_ON.match(clause[:start]) and _MAIN_AFTER_RUN_ON.match(clause, end):
        return True
    return start > 0 and _TRAILING_CONDITION.search(clause, 0, start) is not None


_WH_OBJECT = compile_pattern(r"\b(?:of|about|on|over|as to|covers?|explains?|describes?|outlines?|sets? (?:out|down)|amplif(?:y|ies)|shows?|lists?|says?|"
                            r"summari[sz](?:es?|ing)|"
                            r"specif(?:y|ies)|tells?|asks?|asked|wonders?|wondered|decides?|determines?|knows?|know|"
                            r"(?:un|not )?sure|uncertain|doubt|checks?|consider(?:s|ing)?|assess(?:es|ing)?|judge|"
                            r"(?:un)?clear|understands?|understood|see|learn|find out)\s+"
                            r"(?:(?:what|how|whether|when|which|where|if)\b[^,.;:]{0,40}"
                            r"(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:what|how|whether|when|which|where)\b[^,.;:]{0,40})*"
                            r"|the (?:way|manner) in which\b[^,.;:]{0,80})"
                            r"(?:,[^,.;:]{1,40},\s*)?$"
                            r"|\band\s+the\s+(?:way|manner)s?\s+in\s+which\b[^,.;:]{0,80}$"
                            r"|\b(?:relates?|refers?)\s+to\s+the\s+(?:way|manner)\s+(?:in\s+which\s+)?[^,.;:]{0,80}$"
                            r"|\b(?:policy|guidance|guidelines|document|protocol|procedure|code|framework|charter|handbook)\s+"
                            r"(?:which|that)\s+(?:sets?\s+out|outlines?|explains?|describes?|defines?|details?|lists?)\s+"
                            r"the\s+[^.;:]{1,120}$", _I)
"""A wh-clause that is the object of a description or a question ("a list of what you can do",
"Appendix B explains when staff may accept gifts", "it sets down the way in which an employee is expected to …", "staff ask whether they may …", "unsure whether
a gift is acceptable", "councillors decide which activities to support, where money should be spent", "the code relates
to the way the councillors should behave")."""
_WH_KNOWN = compile_pattern(r"\b(?:(?:un)?clear|understands?|understood|see|learn|find out|knows?|(?:un|not )?sure)\s+"
                           r"(?:what|how|whether|when|which|where|if)\b[^,.;:]{0,40}$", _I)
"""A wh-clause that is what the reader is to know ("so you are clear what we will not tolerate")."""
_WH_CLOSED = compile_pattern(r"(?:what|how|whether|when|which|where|if)\s+to\s+\w+(?:\s+\w|\s*$)"
                            r"|\b(?:is|are|was|were)\s+(?:\w+\s+)?\w+\s+$"
                            r"|\b(?:whether|if)\s+[^,.;:]*?\b(?:is|are|can|could|may|might|need|needs|should|must|will|would)\s+(?:not\s+)?(?:be\s+)?[a-z]+"
                            r"(?:\s+[\w'-]+){0,6}\s+$", _I)
"""A wh-clause that ends before the cue: an infinitive ("unsure whether to accept a gift should
ask") or a clause with its own verb and complement ("unsure whether a gift is acceptable
should ask", "unsure whether a gift can be accepted should speak", "whether a pet is allowed in their
property should contact"); the cue that follows is the main clause's."""
_CONTACT = compile_pattern(r"\b(?:may|can|to)(?:\s+also)?(?:,?\s+if you (?:prefer|wish|like),?)?\s+(?:contact|message|e-?mail|"
                          r"write to|get in touch with|(?:forward|send|report|pass|raise)\s+(?:it|them|this|these|the matter|your concerns?|"
                          r"any concerns?)\s+(?:on\s+)?(?:directly\s+)?to)\s+"
                          r"(?:us\b|our\b|the\s+\w+|(?-i:[A-Z])\w+|[\w.+-]+@[\w-]+\.|\+?\(?\d)", _I)
"""A permission to get in touch, or to forward a message on ("You can forward it to the service desk", "you can email
democratic.services@…"): the contact is offered, as "If you have questions, contact …" is."""
_NOUN_WILL = compile_pattern(r"\b(?:a|the|their|his|her|my|your|our|its)\s+$", _I)
_RELATIVE_BEFORE = compile_pattern(r"\b(?:who|whom|which)\b[^,.;:]{0,60}$", _I)


_PREPOSITION_RELATIVE = compile_pattern(r"\b(?:to|for|of)\s+(?:which|whom)\s+(?:[\w'-]+\s+){1,3}$", _I)
"""A relative clause opened by a preposition, before a grant it describes: "information to which that person is entitled"."""


_RELATIVE_CLAUSE = compile_pattern(r"\b(?:who|which|whose\s+\w+)(?:,[^,]{1,60},)?\s+(?:\w+\s+)?$"
                                  r"|\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?\w+\s+(?:(?:on|in)\s+(?-i:[A-Z])\w+\s+)?(?:where|in\s+which)\s+"
                                  r"(?:[\w']+\s+){1,3}(?:(?:can|may)\s+\w+\s+and\s+)?$"
                                  r"|\bthe\s+ways?\s+(?:in\s+which|that)\s+(?:[\w'/]+\s+){1,5}$"
                                  r"|\bthe\s+(?:[\w-]+\s+)?(?:role|part|extent|amount|contribution)\s+(?:that|which)\s+(?:[\w'/]+\s+){1,3}$"
                                  r"|\b(?:conditions|terms|requirements|restrictions)\s+(?:that|which)\s+(?:it|they|we|the\s+\w+)\s+$"
                                  r"|\b(?:benefits|opportunities|advantages|value)\s+(?:that|which)\s+(?:[\w'/]+\s+){1,3}$"
                                  r"|\b(?:the|any|all|whatever)\s+(?:[\w-]+\s+)?(?:training|support|information|equipment|tools|skills|help|"
                                  r"resources|advice|guidance|knowledge)\s+(?:that\s+)?(?:they|you|we|he|she|staff|employees|volunteers)\s+$",
                                  _I)
"""The start of a relative clause before a cue: "staff who may …", "a safe environment where people can learn", "a
page on Facebook where anyone can post", "the training they need to …"."""


_RELATIVE_ENDED = compile_pattern(r"(?:who|which)\s+(?!(?:also|then|still|now|not|never|do|does|did|have|has|had|are|is|was|were|"
                                  r"will|would|may|might|can|could|must|should|shall)\b)(?-i:[a-z]+)(?<!ly)\s+$", _I)
"""A relative clause of one verb that ends before the cue ("Staff who smoke " + "are entitled to …"): the cue is the main
clause's."""


def _in_relative_clause(clause: str, start: int) -> bool:
    found = _RELATIVE_CLAUSE.search(clause, 0, start)
    if found is not None and _RELATIVE_ENDED.fullmatch(found.group()) and re.match(r"(?:are|is)\b", clause[start:], _I):
        return False
    return found is not None


_WE_AS_PEOPLE = compile_pattern(r"\b(?:as|when representing|in representing|we are)\s+(?:[\w-]+\s+){0,3}?(?:members?|ambassadors|"
                               r"representatives|trustees|directors|volunteers|tenants|residents|councillors|officers|"
                               r"employees|staff|colleagues)\b|\b(?:in|when) representing\b", _I)
_PERSONAL_CONDUCT = compile_pattern(r"\s+(?:always\s+)?(?:use (?:\w+ )?language|swear|behave|be (?:rude|abusive|offensive|"
                                   r"courteous|polite|respectful|honest|open and honest)|act with (?:integrity|honesty|courtesy|respect)|"
                                   r"treat (?:each other|one another|others|everyone|"
                                   r"colleagues)|respect (?:the )?(?:principles? of )?confidentiality|harass|bully|"
                                   r"discriminate|conduct ourselves)\b", _I)


def speaks_as_people(clause: str, end: int | None = None) -> bool:
    """Whether "we" are the people a code binds, not the body: "As board members, we will declare …",
    or "we will" (not) act as only people do ("We will not use language others find offensive")."""
    if not re.search(r"\bwe\b", clause, _I):
        return False
    if _WE_AS_PEOPLE.search(clause):
        return True
    if end is None:
        found = re.search(r"\bwill(?:\s+not|\s+never)?\b|'ll\b", clause, _I)
        end = found.end() if found else None
    return end is not None and _PERSONAL_CONDUCT.match(clause, end) is not None


_BE_BEFORE = compile_pattern(r"\b(?:is|are|am|was|were|be|been|being|'re|'m|feels?|remains?|becomes?|find themselves|"
                            r"find yourself)\s+(?:\w+ly\s+|also\s+|still\s+)?$", _I)
"""A form of "be" before "unable to": "staff are unable to access" forbids, "people unable to attend" describes."""
_NO_REPLY = compile_pattern(r"\s+(?:\w+ly\s+|always\s+|necessarily\s+)?(?:receive|get)\s+(?:a|an|any)\s+(?:[\w-]+\s+)?"
                           r"(?:response|reply|answer|acknowledge?ment)\b", _I)


def said_by_body(clause: str) -> bool:
    """Whether the clause's first "will" has the body itself as its subject ("We will hide …")."""
    found = re.search(r"\bwill\b|'ll\b", clause, _I)
    return found is not None and (_OWN_DUTY.search(clause, 0, found.start()) is not None
                                  or _subject(clause, found.start()) == "body")


_NAMED_GROUPS = compile_pattern(r"\s(?:on|of|in|for)\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)*"
                               r"(?:(?:,\s*|\s+and\s+)(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)*)+"
                               r"(?:(?<=Groups)|(?<=Boards)|(?<=Committees)|(?<=Panels)|(?<=Teams))\s*$")
"""A list of named groups ending a subject ("members on LEP Delivery Groups, Advisory Groups and …"): not who is bound."""


_MADE_BY = compile_pattern(r"(?<=\w)\s+(?:run|owned|managed|operated|provided|issued|supplied|maintained|administered|hosted|"
                          r"funded|created|set up)\s+(?:by|on behalf of|for)\s+[^,;:()]{1,50}$", _I)
"""A participle that says who runs or owns the thing before it ("accounts run by the council"): not the clause's subject."""


_FIRST_VERB = compile_pattern(r"\b(?:may|might|can|cannot|could|must|should|shall|will|would|need|needs|(?:is|are|am|was|were|do|does|has|have)"
                             r"(?=\s+(?:not\s+)?\w+(?:ed|en)\b))\b", _I)
"""The modal (or auxiliary) after the first of two verbs that share a subject: what comes before it is the subject."""


def _subject(clause: str, start: int) -> str | None:
    """"person" or "person-noun" (a person bound by the rule), "first-person" ("I will keep …", a
    rule the reader states of themselves), "body" (the body itself), or None."""
    if re.search(r"(?-i:\bI)\s+(?:\w+ly\s+|also\s+|always\s+|never\s+)?$", clause[:start]):
        return "first-person"
    before = re.sub(r",[^,]{1,40},\s*$", " ", clause[:start])  # "Officers, for the most part, will"
    before = _NAMED_GROUPS.sub(" ", before)  # "members on LEP Delivery Groups, Advisory Groups and Decision Making Groups will"
    before = _MADE_BY.sub(" ", before)  # "Social media accounts run by the council will not": the accounts are the subject
    parts = re.split(r"(\band\s+(?:so|therefore|thus|hence)\b|\b(?:that|if|when|where|because|and|but|so)\b|\bor(?=\s*$)|[,:(])",
                     before, flags=_I)
    before = parts[-1]
    if not before.strip() and len(parts) > 2 and parts[-2].lower().split()[0] in ("and", "but", "or"):
        # "We are not medically trained and cannot answer …", "we are a Data Controller and so are required to", "The
        # Council may respond at the meeting or may write to you": the verb shares the first one's subject
        before = parts[-3]
        if verb := _FIRST_VERB.search(before):
            before = before[:verb.start()]  # the first verb's subject, not its object ("respond to you … or may write")
        if re.match(r"\s*(?-i:I)\s+(?:\w+ly\s+)?\w+", before):
            return "first-person"  # "I recognise the value of ICT and will ensure …"
    words = before.split()[-6:]
    window = " ".join(words)
    people = list(_PERSON.finditer(window))
    if people and _DOCUMENT_FOR.search(window, 0, people[-1].start()):
        return None  # "The Code of Conduct for Members will apply …": the code is the subject, not the members
    wider = " ".join(before.split()[-9:])
    thing = _THING_FOR.search(wider, 0, wider.rindex(people[-1].group())) if people else None
    if thing and not _PERSON.search(thing.group("head")):
        return None  # "a letter to the Clerk will ensure …": the letter is the subject
    bodies = list(_BODY.finditer(_BODY_OBJECT.sub(lambda m: "x" * len(m.group()), window) if people else window))
    if people and bodies and people[-1].end() < bodies[-1].start() \
            and re.fullmatch(r"\s+(?:in|of|at|from|within|across|on|for|employed by|working (?:in|for|at))\s+[^,;]*?",
                             window[people[-1].end():bodies[-1].start()], _I):
        bodies = []  # "Staff in the Revenues team can …", "Officers of the Authority may …": the body only places the people
    if people and (not bodies or people[-1].start() > bodies[-1].start()):
        pronoun = people[-1].group().lower() in {"you", "he", "she", "they", "anyone", "everyone"}
        return "person" if pronoun else "person-noun"
    if bodies and _BODYS_THING.match(window, bodies[-1].end()):
        return None  # "The Policing Board logo may not be reproduced": the body's thing is the subject
    return "body" if bodies else None


_BODYS_THING = compile_pattern(r"(?:'s)?\s+(?:logos?|name|brand|crest|emblems?|insignia|copyright|materials?|images?|photographs?|"
                              r"publications?)\b"
                              r"|\s+(?!(?:also|itself|alone|then|therefore|however|now|still|only|always|never|not|and|or|but|as|"
                              r"at|in|on|for|with|by|to|of|from|who|which|that|may|will|can|cannot|must|shall|should|would|could|might|"
                              r"is|are|was|were|has|have|had|does|do|did|reserves?|retains?|expects?|asks?|requires?|needs?|"
                              r"wants?|wishes|aims?|intends?|encourages?|recogni[sz]es?|accepts?|believes?|considers?|"
                              r"understands?|supports?|welcomes?|provides?|allows?|permits?|prohibits?)\b)(?!\w+ly\b)"
                              r"(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?\s*$", _I)
"""What belongs to a body named before it, as the subject of a clause: a thing named after the body ("The Policing
Board logo", "Council vehicles may not be used"), where the body is only a word describing it."""


_MUST = compile_pattern(r"\b(?:must|have to|has to|shall|(?:will|may|can) only|is to|are to)\b|'ll only\b", _I)
_SHOULD = compile_pattern(r"\bshould\b", _I)


def _modal(text: str, default: Strength = "should") -> Strength:
    """The strength of a limit: the first "must" or "should" in the clause, else `default`."""
    must, should = _MUST.search(text), _SHOULD.search(text)
    if must and (not should or must.start() < should.start()):
        return "must"
    return "should" if should else default
