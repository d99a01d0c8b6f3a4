"""Read the rule of one clause: its modal, the negation in its scope, and its subject.

A clause here is a stretch of one sentence that can hold one rule (the caller cuts
sentences at ";", ":", dashes and ", but"). :func:`read_clause` returns what governs it:

* a limit ("should limit", "may only", "we'll only", "excessive", "is restricted") — *restricts*;
* a prohibition wherever it stands: a negated permission ("not allowed", "not permitted",
  "not eligible"), "prohibited", "will not be tolerated", "This policy prohibits …", "it is not appropriate to", "there
  must be no", "are prevented from taking part", or a
  negated subject ("No member of staff … is permitted", "No X may … without …", "nobody may");
* otherwise the leftmost of: a modal with or without "not" (must, shall, should, may, can,
  will, is to, has to, need to), an obligation ("are required to", "have a duty to", "the
  onus is on", "it is for you to", "responsibility … to", "responsibility … lies with", "responsible
  for the implementation", "have responsibilities", "you agree to follow", "our expectation is
  that", "we ask that", "the code requires councillors to register", a prohibition when it
  requires them "not to"), a permission ("are permitted to", "at liberty to", "entitled to", "reserve",
  "maintain" or "retain the right to", "is his or her own business", "does not intend to
  prevent", "feel free to", "we are happy for you to", "the council permits personal use",
  "is not expected to"), an obligation in other words ("are obliged to", "have an obligation to", "it is (or
  there is) a requirement that", "needs approval"), advice
  ("advised to", "encouraged", "it is important"), an imperative that opens the clause
  ("Ensure", "Do not", "Avoid", or any word before its object that cannot be anything but a verb:
  "Lock your screen", "Refuse any gift"; not a noun before its verb, "Support is available"), or a
  consequence ("may lead to").

Who the subject is matters for ability and for "may not": "staff are not able to access" is
a prohibition, "the team is unable to police all content" is a fact; "employees may not use"
forbids, "we may not respond to every email" warns, and "staff may not be able to open some
sites" is a possibility. "may" and "can" followed by a verb of consequence ("may lead to",
"can damage", "may face") state a possibility, not a permission. What the body says it will
not do ("the council will not enter into debate") is no rule for anyone else, unlike not
tolerating or allowing something and unlike a standard for its own posts ("we will not name
staff in our social media posts"). A subject keeps its modal across an aside set off by commas
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
moderation ("we must remain neutral on social media") is one. "will only be able to" is an ability, not a limit, where an
imperative "Only post …" is one; a limit word in what is described ("including excessive
repetition") is none. A bare imperative, positive or negative, is as firm as "must", with or
without "please" and when a condition comes first ("Please keep it civil", "If you lose a
laptop, report it at once"): the reader is told, not asked. "Let's keep …", "we ask that you"
and "Avoid" are requests, as firm as "should"; an imperative after "but if …," is one too.
A means that opens the clause makes "can" what it achieves ("By posting often you can reach
more people"); a duty to ensure that a thing is not so is a duty, not a prohibition ("ensure
the rota does not allow lone working"); "Please refer to the … policy" is a cross-reference;
"may be acceptable" judges an act and permits it; putting one's registration "at risk" and
what "can pose" a risk are consequences; "Beware of" is an avoidance, as "Avoid" is; a law that
"prohibits councils from publishing" forbids; what "is to be read as" something defines a term; a negation over two verbs ("not expected or
authorised to", "neither required nor permitted to") forbids; "our aim is to" states an aim;
the body "under no obligation to" moderate denies a duty of its own, and help offered with
what the reader does not understand is an offer; "are to be used for work purposes" and "are
for official communication only" are limits.

The grammar leaves room for what real policies put inside a verb phrase: an adverb ("not
normally permitted", "expressly forbidden", "is not generally permissible"), a fronted negative
("On no account should …", "In no circumstances may …"; a "should" before or after it keeps its
strength) and a negated right ("have no right to use"). A duty not to act ("are required not
to", "have a duty not to", "take care that they do not") forbids, and a right ("have a right
to") permits. What may be done to a thing by those bound ("Gifts of low value may be accepted",
"laptops may be taken home") permits it, and what cannot be done to it forbids ("information
cannot be shared"), but not what may happen to the body's action or to someone's data
("disciplinary action may be taken", "your data may be used"); what "should be avoided" is
forbidden. How the body may pass on or
answer what it is sent ("We may share your comments with …") states no rule.

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

Who must act and how the rule is worded: a rule in the first person is the reader's own ("I
will keep my password secure", "I agree not to install …"); the body's habit for its own posts
("We avoid jargon") is an avoidance; a text or law that "bars" or "prevents" someone from an
act forbids it, unless negated ("Nothing in this policy prevents …" permits); "it is up to you
to" lays a duty; a body "required by law to" act owes a commitment; a right "to expect that"
others act names a standard; a modal in a relative clause naming who is meant ("any post whose
holder is required to advise …") is no rule; "Neither X nor Y may" forbids; "it is not
necessary to" leaves the act permitted. "Maintain an awareness that" is knowing a fact, as
"be aware that" is; "please remember to" act is an imperative, "please remember that" is not;
"Please refer to the code for further details" is a cross-reference. A use "mainly for work"
and what "is reserved for" a purpose are limits; what may happen between people ("may develop
friendships") is a possibility. An imperative may open on a pair of verbs ("Log off or lock
your screen"), a verb with a hyphen ("Double-check the recipient") or a verb before a plural
object and its preposition ("Store passwords in …") where no modal follows. "It falls to
each manager to" lays a duty; "will never" forbids as "will not" does; "We never share … on
social media" is a standard for the body's posts, "We never ask for your password" a commitment;
a body that "has a legal duty to" act owes it; what people "may come across" or "feel" is a
possibility.

A code may speak in the voice of those it binds: "I" and a verb in the present ("I register any
gift …", "I do not accept …") states their rule, as "we" does when they are members or act as only
people do ("As board members, we will declare …", "We will not use language others find
offensive"); what "I" knows or has done, and "will consider" doing, are none. Bodies in the plural
("Local authorities are required to …") owe their own duties; what the reader is "assured" of is read
as if said plainly; blocking in the passive is enforcement, as removing is; a press release or post
"issued" or "checked by" someone, and what the body "will share or retweet", are standards for its
communications; "are welcome on our channels" permits. "There is a requirement to", "no place for",
"is the responsibility of the individual" and "approval is needed" lay duties and bans without a
modal; "The presumption should be not to accept" forbids. What the rules are ("the standards which
everyone is expected to follow"), what may happen ("there will be circumstances where staff will need
to …", "may exist", "it may take longer"), what a document summarises, a cross-reference in other
words ("should be viewed in conjunction with", "in the context of"), the body's duty named as a thing
("our duty of care to patients", "the Authority's duty to …") and a number offered to call state no
rule. An emphatic "Do treat …", "always" after a condition with no comma and "please speak to" are
imperatives; "could accept … but must" permits with a condition, as an act that "is fine, but …" does; a verb done "solely" or "only in" a
sphere is limited; a body named by its initials may allow a use, and monitoring "may be carried out".

Banning, blocking and muting readers ("We will ban and report anyone who …") are enforcement, as
removing is; "within their rights to" permits; "expect all Members, staff and volunteers to" lays a
duty however long the list of who; a duty that "will be the responsibility of" named people is laid on
them. What a document is for ("The aim of this Code is to set out …"), a reader's own need fronted
before "please read" ("For more information, please read …") and rules named with who keeps them
("specific standards employees must follow") state no rule; "Officers never accept …" forbids. An
imperative may follow a fronted condition that lists ("When using Twitter, Facebook or Flickr,
explain …") or a "During …" phrase; "remember that" stays knowing a fact. A duty kept "even if" in
one's own time is not limited to it; "I agree to …", "I will …" a use "only for" a purpose limits it.
What the reader answers for ("you are wholly responsible for any content you post") is a fact to know;
whose duty it is "to take corrective and disciplinary measures" is a consequence; where the body "may
direct" or "signpost" the reader is how it answers.

A clause that opens "Do not prevent others from …" is an imperative and forbids; "does not prevent"
after a subject permits. A ban denied ("there is nothing to say you cannot", "no reason why staff should
not") grants the act, and a duty that "does not apply where …" frees from it with a condition. "May"
before a year or after a day is a month; what a code or policy "can" not do is no rule; "However no
offer … should" forbids as "No offer … should" does; "Have no contact with …" is a negative imperative;
conduct "expected of" people is a duty, unless a relative clause names it ("the conduct that is
expected of members"). A register or list is the body's to keep ("The Monitoring Officer will place your
notification on a public register", "Each local authority is under a duty to maintain a list"), unless the
duty is laid on those the policy binds; rules the body keeps to, in a relative clause (", which we will
always follow"), a modal in an indirect question ("whether a worker should remain"), another named text's
rule reported ("The Civil Service Code states …"), rules named before who expects them kept ("the
standards that the GLA expects staff to achieve") and a complaint the reader may make state no rule. A condition after a permission whose verb is one of harm or excess
("may withdraw private use if this interferes with council business") bounds it. What a body "is
responsible for" doing ("The Inspectorate is responsible for considering planning appeals") is its function,
unless it is a standard for its own posts; "have responsibility for" doing is the same duty.

A breach that "will result in us deleting your post" or "lead to your comment being removed", and "will take
action to hide … or report", state the house rule by its enforcement; what the body "will not respond to" is
its service. "That means only posting …", a use that "is for … only" and an item's "but only when …" limit;
a right the body "respects" or "recognises" grants; a policy that "does not intend that" it "should deter"
staff grants; being "placed in a position where" one has to act, and a place "where you can share", are no
rule; a platform's own terms that "require users to" are a fact; "It is essential that … should be
avoided" forbids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from ..model import Stance, Strength
from .patterns import compile_rule, folded, may_match

_I = re.IGNORECASE


@dataclass(frozen=True)
class Finding:
    """What governs a clause, with its cue as written and where the cue starts in the clause."""

    stance: Stance
    strength: Strength
    cue: str
    start: int
    own: bool = True
    """Whether the cue, in a list item's first sentence, overrides the lead-in: an
    imperative or an informative phrase continues the lead-in's sentence instead."""
    time_bound: bool = False
    """A limit read from an obligation to keep to a time ("but should be in your own time"):
    beside a permission it is the permission's condition."""


_FOR_OWN_NEED = re.compile(r"\s*for (?:help|more|further|additional|full|general|information|advice|details|support|"
                           r"enquiries|queries|assistance|guidance)\b", _I)
"""A fronted need of the reader's own ("For help with services, please read …"): advice where to turn."""
_SANCTION = re.compile(r"\s*(?:take|impose|instigate|institute|initiate|pursue)\s+(?:(?:any|such|appropriate|further|formal|"
                      r"corrective|and|or)\s+)*(?:disciplinary|legal|corrective)\b", _I)
"""Whose duty it is to act against a breach ("to take corrective and disciplinary measures"): a consequence."""
_PURPOSE_OF = re.compile(r"\b(?:aims?|purposes?|objectives?|intentions?|goals?|function) of (?:this|the|these|our) "
                         r"[^.;]{0,60}$", _I)
"""What a document is for, before its "is to": "The aim of this Code of Conduct is to set out …"."""
_I_OPENS = r"(?:^|(?<=[,;:] )|(?<=\band ))(?-i:I) "
""""I" opening a clause: a code in the voice of those it binds ("As a Member, I register …")."""
_I_STATE = (r"(?:am|was|have|had|understand|know|recogni[sz]e|believe|think|feel|hope|wish|want|see|appreciate|"
            r"reali[sz]e|acknowledge|confirm|consent|agree|note|remember|expect|get|like|love|need|mind|certify)")
"""What "I" knows, feels or is: no rule of conduct ("I understand that …", "I have read …")."""
_ADVERB = r"(?:also|still|now|always|well|only|therefore|then|currently|normally|usually)"
_NOT_AN_ACTION = (r"(?:be|been|have|expect|lead|result|amount|damage|cause|appear|bring|compromise|conflict|constitute|"
                  r"affect|seem|wish|intend|look|make|present|jeopardi[sz]e|pose|harm|sue|get|not|face|include|need|occur|"
                  r"happen|arise|reflect|impact|expose|breach|undermine|reveal|vary|remain|find|become|also|still|now|always|"
                  r"well|feel|experience|encounter|come across|help|assist|exist|take (?:longer|a while|(?:some )?time|up to)|(?:develop|form) (?:[\w-]+ ){0,2}?(?:relationships?|friendships?|feelings|"
                  r"attachments?))\b")

_PERSON = re.compile(
    r"\b(?:employees?|staff|members?|officers?|councillors?|users?|you|colleagues|adults|ministers|managers|"
    r"workers|volunteers|contractors|clerks?|everyone|anyone|individuals?|he|she|they|personnel|people|"
    r"anybody|somebody|colleague|governors?|trustees?|students?|post ?holders?|consultants?|apprentices?|interns?|"
    r"trainees?|supervisors?|directors?|mayor|leaders?|candidates?|applicants?|lecturers?|teachers?|doctors?|"
    r"nurses?|clinicians?|practitioners?|constables?|firefighters?|civil servants?|representatives?"
    r"|persons?|ceos?|chief executives?|head (?:of|for) (?-i:[A-Z][\w&-]*)(?: (?-i:[A-Z][\w&-]*)){0,3}"
    r"|those(?= (?:who|working|employed|engaged|acting|involved)\b))\b", _I)
_BODY = re.compile(r"\b(?:we|us|council|trust|authority|service|police|parliament|government|organisation|team)\b", _I)
_BODY_OBJECT = re.compile(r"\b(?:for|by|of|at|with|within|across|from|on behalf of)\s+(?:(?:the|our|this|its)\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:we|us|council|trust|authority|service|police|parliament|government|organisation|team)\b", _I)
"""A body named after a preposition ("staff working for the council"): not the subject of what follows."""

_AGENT = re.compile(
    rf"{_PERSON.pattern}|{_BODY.pattern}|\b(?:manager|chair(?:man|person)?|moderators?|administrators?|"
    r"webmasters?|heads?|directors?|owners?|departments?|committees?|groups?|parties|i|executives?|conven[eo]rs?|"
    r"principals?|headteachers?|secretar(?:y|ies)|registrars?|commissioners?|presidents?|adjudicators?|ombudsm[ae]n|"
    r"inspectors?|auditors?|examiners?)\b", _I)
"""Anyone who can be granted a permission: a person bound by the policy, a role or a body."""

_LIMITS: tuple[tuple[re.Pattern[str], Strength | Literal["stated"] | None, tuple[str, ...]], ...] = tuple(
    (compile_rule(p, _I), s, words) for p, s, words in (
    (r"\b(?:must|should) limit\b|^(?:please )?limit\b", None, ("limit",)),
    (r"\b(?:must|should) not be (?:disproportionate|to the detriment)\b", None, ("disproportionate", "detriment")),
    (r"\b(?:must|should) not spend more time\b(?=[^.]*\bthan (?:is )?necessary\b)", None, ("spend more time",)),
    (r"\b(?:must|should|may) not (?:exceed|spend more than|be more than)\b", None, ("exceed", "more than")),
    (r"\bno more time\b(?=[^.]*\bthan (?:is )?necessary\b)", None, ("no more time",)),
    (r"\bdisproportionate(?:ly)?\b|\bexcessive(?:ly)?\b", None, ("disproportionate", "excessive")),
    (r"\b(?:used|accessed|operated) only\b|\bonly (?:be )?(?:used|accessed)\b", None, ("only",)),
    (r"\b(?:must|should|will|may|can|shall) only\b(?! be able\b)|'ll only\b(?! be able\b)|\b(?:is|are) only (?:to be|permitted|allowed)\b", None,
     ("only",)),
    (r"\b(?:may|can|(?:is|are) (?:permitted|allowed) to) (?:\w+ ){1,6}?only (?:during|in|on|for|at|when|between|within|from)\b",
     "must", ("only",)),
    (r"(?-i:\bI) (?:also |hereby )?(?:agree to|undertake to|promise to|commit to|will)(?! not\b) (?:[\w']+ ){1,6}?"
     r"(?:only|solely|exclusively) (?:in|for|on|within|during|with)\b", "stated", ("only", "solely", "exclusively")),
    (r"\b(?:must|should|shall)(?! not\b) (?:[\w']+ ){1,3}?(?:solely|exclusively)\b(?! (?:responsible|liable|accountable)\b)"
     r"|\b(?:must|should|shall)(?! not\b) (?:[\w']+ ){1,3}?only (?:in|for|on|within|during|with)\b", None,
     ("only", "solely", "exclusively")),
    (r"\b(?:must|should|shall|will|is to|are to) (?:\w+ly )?be (?:restricted|limited|confined) to\b", None,
     ("restricted", "limited", "confined")),
    (r"\b(?:is|are)(?:,? \w+,)? (?:restricted|limited|confined to)\b|\brestricted to\b", "must",
     ("restricted", "limited", "confined")),
    (r"\b(?:is|are) (?:dependent|conditional|contingent) (?:up)?on\b", "stated", ("dependent", "conditional", "contingent")),
    (r"\b(?:is|are) (?:primarily|mainly|principally|chiefly|predominantly|largely) (?:intended |provided |designed )?for "
     r"(?:[\w'-]+ ){0,3}?(?:purposes|use|business|communications?|work|teaching|learning|education|activit(?:y|ies))\b", "stated",
     ("primarily", "mainly", "principally", "chiefly", "predominantly", "largely")),
    (r"\b(?:must|should|shall) (?:\w+ly )?be (?:appropriate|relevant|suitable) (?:to|for) (?:[\w'-]+ ){0,3}?(?:work|role|job|"
     r"duties|studies|education|activit(?:y|ies)|purposes|business|school life|learning)\b", None,
     ("appropriate", "relevant", "suitable")),
    (r"\b(?:kept|keep|keeping) (?:[\w']+ ){0,6}?to (?:a|an absolute) minimum\b", None, ("minimum",)),
    (r"\b(?:business|work|official|council) (?:use|purposes) only\b"
     r"|\bfor (?:[\w']+ ){1,3}?(?:use|purposes?|communications?|correspondence|business) only\b"
     r"|\b(?:solely|exclusively) for (?:the )?(?:[\w']+ ){0,3}?(?:use|purposes?|business)\b"
     r"|\b(?:used?|accessed|provided|operated) (?:solely |\w+ly )?for (?:[\w']+ ){1,4}?only\b"
     r"|\b(?:is|are) provided for (?:[\w']+ ){0,2}?(?:work|business)(?:[ -]related)? (?:purposes|use|usage)\b", "stated",
     ("only", "solely", "exclusively", "provided for")),
    (r"\bmeans only (?!if\b|when\b|where\b)\w+ing\b"
     r"|\b(?:use|usage|access) of (?:[\w'/-]+ ){1,4}?(?:is|are) (?:\w+ly )?for (?!information\b|reference\b)[^.;]{1,60}? only\b"
     r"|\bbut only (?:when|where|if|with|after|once)\b", "stated", ("only",)),
    (r"^(?:please )?only (?:post|provide|share|use|comment|contact|send|publish|upload|follow|accept|connect|"
     r"respond|reply|discuss|access)\b", "stated", ()),
    (r"^only\b[^.;,]{1,60}?\b(?:may|can|must|should|shall|(?:is|are)(?: \w+)? (?:permitted|allowed|authori[sz]ed))\b",
     None, ()),
    (r"\b(?:(?:is|are) to be|(?:must|should|shall) (?:\w+ly )?be) (?:\w+ly )?used (?:only |solely |exclusively )?"
     r"(?:for )?(?:the )?(?:[\w']+ )?(?:legitimate |official )?(?:business|work)\b"
     r"|\b(?:(?:is|are) to be|(?:must|should|shall) (?:\w+ly )?be) used (?:mainly|primarily|principally|predominantly|"
     r"largely) for\b|\b(?:is|are|be) (?:\w+ly )?reserved (?:solely |only |exclusively )?for\b"
     r"|\b(?:(?:is|are) to be|(?:must|should|shall) (?:\w+ly )?be) (?:\w+ly )?used (?:\w+ly )?for (?:[\w'-]+ ){0,3}?"
     r"(?:purposes|activities)\b", "stated", ("used", "reserved")),
))
"""Limits on something done, tried before anything else in the clause. With no strength of
its own a limit takes the clause's modal, else "should"; a limit that is "stated" as a fact
("it is for business use only") takes the modal, else is as firm as "must". Beside each pattern,
words one of which every text it matches holds (see :func:`.patterns.may_match`)."""

_LY = r"(?:(?!only\b)\w+ly )?"
"""An adverb of manner or frequency inside a verb phrase: "not normally permitted", "expressly forbidden"."""

_ASIDE_UNMARKED = (r" (?:without (?:any |prior |further |advance )?(?:notice|warning|notification)|at any time"
                   r"|at (?:its|our|their|the \w+'s) (?:sole |absolute )?discretion)")
"""An aside between a modal and its verb without commas ("may without notice ban", "may at any time remove")."""

_STRONG: tuple[tuple[re.Pattern[str], Strength, tuple[str, ...]], ...] = tuple(
    (compile_rule(p, _I), s, words) for p, s, words in (
    (r"\b(?:do not|don't|must not|should not|never) under any circumstances?\b|\b(?:under|in) no circumstances?\b"
     r"|\bon no account\b", "must", ("circumstance", "no account")),
    (rf"\b(?:is |are )?(?:not|no longer) {_LY}(?:be )?{_LY}(?:allowed|permitted)\b|\b(?:is|are|be) (?:also |further |therefore |equally )?{_LY}(?:prohibited|forbidden|banned)\b"
     r"|\bwill not be tolerated\b|\b(?:will not|won't|do not|does not) tolerate\b|\bnot eligible to\b"
     r"|\b(?:does|do|will) not (?:allow|permit)\b|\b(?:doesn't|don't|won't) (?:allow|permit)\b"
     r"|\b(?:is|are) not authori[sz]ed\b(?! to\b)|\b(?:is|are) barred from\b|\b(?:is|are) off[- ]limits\b"
     r"|\b(?:is|are) (?:\w+ly )?(?:prevented|precluded|debarred) (?:from|in) \w+ing\b"
     r"|^(?:[\w']+ ){1,4}?(?:strictly )?(?:prohibits|forbids)(?= \w)"
     r"|\b(?:prohibits|forbids|prevents|bars|debars|precludes) (?:[\w']+ ){1,6}?from \w+ing\b"
     r"|\b(?:regulations|rules|laws|provisions|restrictions|statutes|terms|conditions) (?:also )?"
     r"(?:prohibit|forbid|prevent|bar|debar|preclude) (?:[\w']+ ){1,6}?from \w+ing\b",
     "must",
     ("allow", "permit", "prohibit", "forbid", "banned", "tolerat", "eligible", "authori", "bar", "limits", "prevent", "preclude")),
    (rf"\bit is (?:not |un|im)(?:acceptable|permissible)\b|\b(?:is|are) (?:not {_LY}(?:acceptable|permissible)|unacceptable"
     r"|impermissible)\b|\b(?:has|have) no (?:right|authority|entitlement) to (?!privacy\b)\w+", "must",
     ("acceptable", "permissible", "right", "authority", "entitlement")),
    (r"\bthere (?:must|shall|is to|are to) be no\b", "must", ("there",)),
    (r"\b(?:will not|won't|do not|don't|does not|doesn't|cannot) accept (?:the use of |any |any form of )?(?:(?!(?:for|of|liability|responsibility)\b)[\w-]+,? |\([^()]{1,60}\) )"
     r"{0,8}?"
     r"(?:language|behaviou?r|content|comments|posts|abuse|material|conduct|harassment)\b", "must", ("accept",)),
    (r"\bzero[- ]tolerance(?: (?:policy|approach|stance|attitude))? (?:to|towards|of|for|on)\b", "must", ("tolerance",)),
    (r"\bthere(?: is|'s| are) (?:absolutely |simply |definitely )?no (?:place|room)\b(?=[^.;]{0,60}\bfor\b)"
     r"|\b(?:has|have) (?:absolutely )?no place (?:on|in|at|within)\b", "must", ("place", "room")),
    (r"\bthere should be no\b", "should", ("there",)),
    (r"^(?:(?:and|but) )?(?:neither|nor) (?:should|ought)\b", "should", ()),
    (r"^(?:(?:and|but) )?(?:neither|nor) (?:may|must|can|shall|could|will)\b", "must", ()),
    (r"\bit (?:is|would be) (?:not |in)appropriate\b|\bit would not be appropriate\b|\b(?:is|are) (?:not appropriate|inappropriate) (?:for|to)\b"
     r"|\bit (?:is|would|will) (?:(?:almost|nearly|virtually) )?(?:never|rarely|seldom|hardly ever) (?:be )?"
     r"(?:appropriate|acceptable) (?:for|to)\b|\bit (?:would|will) not (?:\w+ly )?be (?:appropriate|acceptable) (?:for|to)\b",
     "should", ("appropriate", "acceptable")),
    (rf"\b(?:would|'d) like you not to\b|\bshould (?:refrain|abstain)\b|\b(?:is|are) {_LY}discouraged\b", "should",
     ("like you not", "refrain", "abstain", "discouraged")),
    (r"\bat no time\b|\b(?:must|shall|will|to|please) (?:refrain|abstain)\b|\b(?:refrain|abstain) from\b", "must",
     ("no time", "refrain", "abstain")),
))
"""Prohibitions that hold wherever they stand in the clause, each with the words a text it matches holds."""
_HINDERS = re.compile(r"\b(?:prohibit|forbid|prevent|bar|debar|preclude)s?\b", _I)
"""The verb of a text or law that forbids by hindering: negated ("nothing … prevents"), it permits."""

_NEGATED_SUBJECT = re.compile(
    r"(?:^(?:(?:however|but|and|equally|similarly|likewise|also|so|therefore),? )?|(?<=[,:(] ))(?:no(?! (?:matter|longer|later|more|less|doubt|one else)\b)(?= \w)|nobody|no one|no-one"
    r"|none of|neither(?=[^.;]{1,80}?\bnor\b))\b(?P<rest>[^.;]{0,160}?)\b(?P<modal>may|can|shall|should|must|will|is to|are to|(?:is|are) "
    r"(?:permitted|allowed|entitled|authori[sz]ed|able)|(?:has|have) the (?:authority|right))\b", _I)

_A_DOCUMENT = re.compile(r"\s*(?:[\w-]+ ){0,2}?(?:code|policy|policies|guidance|guide|document|list|rules?|procedure|"
                         r"handbook|set of \w+)(?: of [\w-]+)?\s*$", _I)
"""The subject of a negated "can" that is a text: "No Code of Conduct can hope to …"."""

_DESCRIBES = re.compile(
    r"^(?:this|these|the) (?:policy|guidance|guidelines?|document|protocol|procedure|code|guide)\b(?: [\w']+){0,2}? "
    r"(?:sets? out|outlines?|explains?|describes?|summari[sz]es?)\b", _I)
"""A sentence about what the policy sets out: a modal in what follows ("the standard that
should be followed") belongs to the description, not to a rule."""

_BOUND = (r"(?:(?:all|any|every|each|such|the|those|these|relevant|its|our|their|your) )?(?:[\w'-]+ ){0,2}?"
          r"(?:employees?|staff|members?|officers?|councillors?|users?|you|them|him|her|holders?|individuals?|"
          r"managers?|workers|volunteers|contractors|personnel|colleagues|governors|trustees|students|directors|"
          r"post ?holders|postholders)'?(?: (?:of|in) (?:[\w'-]+ ){0,3}?(?:posts?|roles?|positions?|grades?))?")
"""Who a rule is laid on when a text requires it of them: "requires councillors to register"."""

_OWN_TIME = re.compile(r"\bin (?:your|their|his or her) own time\b|\b(?:outwith|outside(?: of)?) (?:[\w']+ ){0,3}?"
                       r"work(?:ing)? (?:hours|time)\b|\b(?:lunch|rest) breaks?\b|\bbefore (?:and|or) after work\b", _I)

_IMPERATIVES = (r"ensure|make sure|comply|be (?!(?:\w+ly )?(?:aware|mindful)\b|able\b)\w+|clearly identify|tell|"
                r"familiari[sz]e|expressly state|remember(?! that\b)(?!,)|protect|presume|use(?! of\b)|report|contact|act|take|"
                r"support|provide|treat|keep|follow|seek|check|think|read|respect|refer|ask|inform|notify|raise|"
                r"declare|obtain|identify|state|behave|maintain|review|update|delete|remove|block|stop|include|observe|"
                r"verify|explain|confirm|acknowledge|have regard to|let (?:us|them|\w+) know|send|stay|call|try (?:and|to)|speak (?:to|with)|talk (?:to|with)|consult|find out")
_FRONTED = (r"(?:but,?\s+(?=(?:before|when|if|where|once|after|whenever)\b))?(?:(?:even )?(?:before|when|if|where|once|after|whenever|in addition|during|throughout)"
            r"(?:[^,.;]{1,80}?, (?=[^,.;]{1,30}?(?:,| or | and ))){0,4}[^,]{0,80}?(?:, |\s(?=please\b)|\s(?=always\s)))?"
            r"(?:please )?")

_NOT_A_VERB = (r"(?:all|most|some|both|each|many|few|several|any|every|no|none|since|during|after|before|under|with|"
               r"without|for|in|on|at|by|from|to|of|into|onto|over|through|across|following|including|regarding|"
               r"concerning|unless|if|when|where|whereas|as|like|despite|although|though|because|while|whilst|once|"
               r"until|upon|about|against|among|between|beyond|within|outside|inside|thank|welcome|here|there|this|"
               r"that|these|those|it|they|we|you|he|she|who|what|which|how|why|also|however|therefore|thus|so|then|"
               r"even|only|just|not|whatever|per|via|than|and|or|but|nor|yet|see|is|are|was|were|be|has|have|had|"
               r"do|does|did|will|would|can|could|may|might|must|shall|should|near|throughout|behind|beside|besides|"
               r"towards?|amongst|off|out|up|down|next|its|our|their|your|my|his|her|a|an|the|one|two|three|per|"
               r"where|whether|unlike|given|such|other|another|every|either|neither|much|more|less|further|same|"
               r"own|new|good|best|social|personal|private|public|official|local|national|council|staff|members?|"
               r"employees?|officers?|users?|people|everyone|anyone|nobody|noone|no-one|none|again|overall|please|note|"
               r"firstly|secondly|thirdly|lastly|finally|additionally|moreover|furthermore|hence|instead|otherwise|"
               r"likewise|nevertheless|nonetheless|meanwhile|indeed|thereafter|accordingly|appendix|annex|annexe|schedule|"
               r"section|part|chapter|figure|table|form|paragraph|clause|step|stage|phase|item)")
"""Words that open a sentence without being a verb in the imperative: prepositions, conjunctions,
determiners, pronouns, auxiliaries, common adjectives and the nouns of a policy's subjects."""

_BARE_VERB = (rf"(?!{_NOT_A_VERB}\b)(?-i:[A-Z]?[a-z]+(?:-[a-z]+)?)(?<!ing)(?<!ly)(?<!ed)(?<![^s]s)(?<!more)"
              r"(?= (?:off |out (?:of )?|up |down )?(?:(?:and|or) (?-i:[a-z]+) (?:off |out (?:of )?|up |down )?)?"
              r"(?:your|the|a|an|any|all|this|these|those|it|them|each|every|yourself)\b"
              r"| (?-i:[a-z]+s) (?:in|on|to|with|about|for|from|into|at|by|securely|regularly|carefully)\b"
              r"(?![^.;]*\b(?:must|should|shall|will|may|can|is|are|was|were|need|needs|has|have)\b))")
"""A word opening the clause before its object, as an imperative does ("Lock your screen",
"Refuse any gift", "Log off or lock your computer", "Store passwords in the approved manager"):
the verbs real policies use are too many to list."""

_HINDER = (r"(?:(?:prevent|stop|stifle|hinder|impede|curtail|interfere with)\b|(?:prohibit|restrict|discourage|preclude|deter|ban|bar)\b"
           r"(?= (?:[\w']+ ){1,4}?from\b))")
"""Hindering someone from an act: a policy that does not mean to hinder it permits the act
("is not intended to stop staff from …"; not "is not intended to prohibit all social involvement")."""

_SUBJECT_DOES = r"(?:\bdoes |(?<=\w )(?<!\bplease )(?<!\band )(?<!\bor )do )"
""""does not" always has a subject; "do not" only when a word comes before it, so that a clause
opening "Do not prevent others from …" stays the imperative it is."""

_DENIED_BAN = (r"\b(?:nothing|no (?:rule|reason|law|policy|requirement|regulation))\b(?: (?:in|of) (?:this|the|our) "
               r"(?:\w+ )?(?:policy|code|guidance|rules))? (?:to say|that says|which says|says|saying|why)\b(?: that)? "
               r"(?:[\w'-]+ ){1,3}?(?:cannot|can't|can not|may not|must not|mustn't|should not|shouldn't|"
               r"(?:is|are) not (?:allowed|permitted) to)\b")
"""A ban denied: "there is nothing to say you cannot", "no reason why staff should not": the act is allowed."""
_DENIED_BAN_RE = re.compile(_DENIED_BAN, _I)

# (pattern, stance, strength, own, words one of which a text it matches holds); the leftmost match
# that survives its check governs.
_CUES: tuple[tuple[re.Pattern[str], Stance, Strength, bool, tuple[str, ...]], ...] = tuple(
    (compile_rule(p, _I), stance, strength, own, words) for p, stance, strength, own, words in (
        # cross-references and knowing a fact
        (r"\b(?:should|must|is to|are to) be read (?:in conjunction|together|alongside|with)\b"
         r"|\b(?:should|must|shall|is to|are to) (?:also |not |always )?be (?:read|viewed|seen|considered|interpreted|"
         r"regarded|understood|used) (?:in conjunction|together|alongside|in (?:the )?(?:context|light) of|in isolation)\b"
         r"(?![^.;]{0,30}?\b(?:common sense|judge?ment|discretion)\b)"
         r"|\b(?:should|must|shall|is to|are to) be (?:read|construed|interpreted|understood|taken) as\b"
         r"|^(?:please )?(?:refer to|see)\b(?=[^.;]{0,40}?\b(?:section|paragraph|appendix|annex|policy|procedure|"
         r"guidance|guidelines|document|code|handbook|guide|intranet|website|page|faqs?|"
         r"for (?:further|more|full) (?:details|information|guidance))\b)", "advises", "informative", True, ()),
        (r"\b(?:(?:must|should|need to|needs to|will need to|is to|are to)(?: also| therefore| always| all| still)? )?"
         r"(?:be (?:\w+ly )?(?:aware|mindful)|remember that|note that|bear in mind|be borne in mind|be noted)\b"
         r"|\bmindful\b|\bplease remember\b(?! to\b)|\bplease note\b(?! that\b)|\b(?:maintain|keep|have|develop) (?:an? |your )?(?:\w+ )?awareness\b|\bremember that\b|\b(?:is|are) aware that\b|\breminded that\b"
         r"|\bremember(?=,? (?:you|they|we|it|there|everything|anything|what|how|once|if|when)\b)"
         r"|\b(?:(?:must|should|need to|needs to)(?: also| therefore| always| all| still| fully| clearly)? )?"
         r"(?:(?:understand|recogni[sz]e|accept|reali[sz]e|appreciate|know|acknowledge)s? that|understand"
         r"|be conscious|take note)\b|\b(?:(?:please|must|should|need to|needs to)(?: also| always)? )?keep in mind\b|\b(?:(?:must|should) )?be (?:emphasi[sz]ed|stressed) that\b"
         r"|\b(?:do not|don't|never) forget\b(?! to\b)|\b(?:please )?(?:be|rest) assured\b"
         r"|\b(?:should|must|do) not (?:\w+ )?(?:assume|expect|think|believe)\b"
         r"|\b(?:(?:must|should|need to|needs to)(?: also| therefore| always)? )?(?:have|has) no expectation (?:of|that)\b"
         r"|\b(?:(?:please|must|should|need to|needs to)(?: also| therefore| always)? )?make (?:yourself|yourselves|themselves|"
         r"himself|herself|himself or herself) (?:fully )?aware\b"
         r"|\b(?:must|should) (?:\w+ )?expect (?:that\b|(?:their|your|his|her|all|any) (?:[\w-]+ ){1,3}?to be\b)"
         r"|\b(?:should|must|shall) not be (?:considered|regarded|deemed|construed|interpreted)\b",
         "advises", "informative",
         True, ()),
        (r"\b(?:you|users|members|they|we|everyone) (?:are|is|remain) (?:\w+ly |all )?(?:responsible|liable|accountable) for "
         r"(?:any |all |the |everything |what )?(?:[\w-]+ )?(?:content|posts?|comments?|messages?|you|they|we)\b"
         r"|\b(?:becomes?|is|are|remains?) (?:his|her|his/her|his or her|their|your|the user's) (?:own |sole |personal )?"
         r"responsibility\b(?! to\b| for \w+ing\b)",
         "advises", "informative", True, ("responsib", "liable", "accountable")),
        (r"\badvised to\b|\bencourage[ds]?\b|\b(?:(?:must|should|need to) )?ask (?:yourself|yourselves|themselves|himself|herself)\b|\brecommend(?:s|ed)?\b|\b(?:may|might) (?:wish|want) to\b"
         r"|\bit is (?:\w+ )?(?:important|advisable|good practice)\b|\bworth considering\b", "advises", "informative", True,
         ("advised", "encourage", "ask", "recommend", "wish", "want", "important", "advisable", "good practice", "considering")),
        # imperatives opening the clause
        (rf"^{_FRONTED}(?:do not|don't|never) forget to\b", "requires", "must", False, ()),
        (rf"^{_FRONTED}(?:do not|don't|never)\b"
         rf"|^{_FRONTED}(?:have|make|give|accept|take|send|post|share|use|allow|offer|enter into) no\b(?! (?:doubt|more|longer)\b)",
         "prohibits", "must", False, ()),
        (rf"^{_FRONTED}(?:avoid|beware of)\b", "prohibits", "should", False, ()),
        (r"\bwe never\b", "prohibits", "must", True, ("we never",)),
        (r"\b(?:officers|staff|employees|members|councillors|colleagues|governors|trustees|teachers|nurses|doctors|"
         r"firefighters|civil servants|volunteers|managers) (?:\w+ly )?never (?!knows?\b|needs?\b|ha(?:ve|s|d)\b)"
         r"(?-i:[a-z]+)(?<!ed)(?<!ing)\b", "prohibits", "must", True, ("never",)),
        (r"\bwe (?:(?:always|also|generally|usually|normally|try to) )?avoid\b"
         r"|\b(?:council|trust|authority|organisation|university|college|service) (?:always |also |generally |usually "
         r"|normally )?avoids\b", "prohibits", "should", True, ("avoid",)),
        (rf"^not\b(?= {_BARE_VERB})", "prohibits", "must", False, ()),
        (r"\b(?:so|and|but) please (?:do not|don't|never)\b", "prohibits", "must", True, ("please",)),
        (rf"(?:\b(?:so|and|but|then)|,) please (?!remember\b)(?:{_IMPERATIVES}|do (?:this|so|it))\b", "requires", "must", True,
         ("please",)),
        (rf"^{_FRONTED}be (?:\w+ly )?(?:aware|mindful)\b", "advises", "informative", True, ()),
        (r"^let(?:'s| us) (?:keep|be|make|stay|treat|respect|all)\b", "requires", "should", True, ()),
        (rf"^{_FRONTED}(?:{_IMPERATIVES})\b(?!\s+(?:is|are|was|were|will|can|may|might|should|must|has|have)\b)"
         rf"|^{_FRONTED}always (?!been\b)\w+", "requires", "must", False, ()),
        (rf"^{_FRONTED}{_BARE_VERB}", "requires", "must", False, ()),
        (rf"^{_FRONTED}do (?=(?:{_IMPERATIVES})\b|{_BARE_VERB})", "requires", "must", False, ()),
        # negated modals
        (r"\b(?:is|are) (?:asked|reminded|expected|requested) not to\b|\b(?:ask|request)(?:s)? (?:that )?(?:you|staff|employees|members|they|users) (?:do not|don't|not to)\b",
         "prohibits", "should", True, ("do not", "don't", "not to")),
        (r"\b(?:is|are) (?:instructed|directed|told) not to\b|\bmust not\b|\bmustn't\b|\bmust never\b|\bshall not\b|\bshan't\b|\b(?:is|are) not to (?:be )?\w+"
         r"|\b(?:must|shall|is to|are to) (?:\w+ly )?be avoided\b", "prohibits", "must", True,
         ("must", "shall", "shan't", "not to", "avoided")),
        (r"\bshould (?:\w+ly )?be avoided\b", "prohibits", "should", True, ("avoided",)),
        (r"\bshould not\b|\bshouldn't\b|\bshould never\b|\bought not\b|\b(?:would|'d) rather you did not\b",
         "prohibits", "should", True, ("should", "ought not", "rather you did not")),
        (r"\b(?:may not|cannot|can't|can not)\b(?! only\b)|\b(?:may|can) no longer\b", "prohibits", "must", True,
         ("may not", "cannot", "can't", "can not", "no longer")),
        (r"\b(?:will not|won't)\b(?! (?:be able|necessarily|always|normally|usually|generally)\b)|\bwill never\b",
         "prohibits",
         "must", True, ("will not", "won't", "will never")),
        (r"\b(?:not|un)(?: be)? ?able to\b|\b(?:not|neither) (?:\w+ (?:or|nor) )?(?:entitled|authori[sz]ed|free|permitted|allowed) to\b",
         "prohibits", "must", True, ("able to", "entitled", "authori", "free", "permitted", "allowed")),
        # the house rule stated by its enforcement as what a breach leads to; a platform's own terms
        (r"\b(?:will|shall) (?:\w+ly )?(?:result in|lead to) (?:us |the (?:\w+ )?(?:council|trust|authority|service|"
         r"organisation|university|college|school|team) )?(?:\w+ly )?(?:deleting|removing|hiding|blocking|banning|muting|"
         r"reporting|suspending) (?:(?:your|the|their|any|that|this) )?(?:[\w-]+ )?(?:posts?|comments?|messages?|"
         r"contributions?|content|tweets?|accounts?|users?|you|them)\b"
         r"|\b(?:will|shall) (?:\w+ly )?(?:result in|lead to) (?:your|the|their|any) (?:[\w-]+ )?(?:posts?|comments?|messages?|"
         r"contributions?|accounts?)\b(?: [\w-]+){0,3}? being (?:removed|deleted|hidden|blocked|banned|suspended)\b"
         r"|\bwill (?:\w+ly )?take (?:\w+ )?action to (?:[\w/]+,? (?:(?:and|or|and/or) )?){0,3}?(?:hide|delete|remove|block|ban|"
         r"mute|report)\b",
         "requires", "must", True, ("result in", "lead to", "action")),
        (r"\b(?:terms(?: and conditions| of (?:service|use))?|rules|policies) of (?:most |many |all |some |the |each )?"
         r"(?:[\w-]+ ){0,2}?(?:social media|social networks?|platforms?|sites?|apps?|networks?)(?: \w+)? requires?\b"
         r"|\b(?:most|many|all|some) (?:social media |social networking )?(?:sites|platforms|apps|networks|services)(?: \w+)? "
         r"requires?\b|\b(?:facebook|twitter|instagram|tiktok|snapchat|youtube|whatsapp|linkedin)(?:'s)? (?:own )?"
         r"(?:terms(?: and conditions| of (?:service|use))?|rules|policies)(?: \w+)? requires?\b",
         "advises", "informative", True, ("require",)),
        # consequences
        (r"\b(?:may|could|will|might|can) (?:also |ultimately |potentially )?(?:lead to|result in|amount to|constitute|"
         r"be subject to|be investigated|be dealt with|be treated as|be considered|be viewed|be regarded|be imposed|"
         r"be terminated|face|take (?:disciplinary |legal |formal |appropriate |further )?action"
         r"|be held (?:\w+ )?(?:responsible|accountable|liable)|(?:put|place) (?:[\w']+ ){1,3}?at risk)\b", "advises", "informative",
         True, ("may", "could", "will", "might", "can")),
        (r"\b(?:effect|result|consequence|outcome|impact)s? (?:of [^.;]{1,40}? )?(?:will|would|may|could|is|was) "
         r"(?:be )?that\b", "advises", "informative", True, ("effect", "result", "consequence", "outcome", "impact")),
        # a numeric cap on a permission
        (r"\ba maximum of\b(?=[^.;]*\b(?:may|can)\b)|\bno more than \w+\b(?=[^.;]*\b(?:may|can)\b)",
         "permits with conditions", "may", True, ("maximum", "no more than")),
        # obligations
        (r"\b(?:is|are) not (?:required|obliged|expected) to\b|\b(?:does|do) not expect (?:\w+ ){1,3}?to\b|\b(?:(?:do|does) not|don't|doesn't) (?:need|have) to\b"
         r"|\bneed not\b|\bneedn't\b|\bno (?:requirement|obligation|need) (?:for|to)\b"
         r"|\bit is (?:not necessary|unnecessary) (?:for [\w' ]{1,30}? )?to\b"
         r"|\b(?:(?:do|does) not|don't|doesn't) need (?:\w+ )?(?:permission|approval|consent)\b", "permits", "may", True,
         ("required", "obliged", "expect", "need", "have", "requirement", "obligation", "necessary")),
        (rf"\brequires? {_BOUND} not to\b", "prohibits", "must", True, ("require",)),
        (rf"\brequires? {_BOUND} to\b"
         r"|\b(?:regulations?|rules|code|law|act|policy|procedures?|standards|orders|terms of (?:appointment|employment))"
         r"(?: \([^()]{1,40}\))? (?:also )?requires? that\b", "requires", "must", True, ("require",)),
        (r"\b(?:may|can) (?:also )?be (?:required|asked|expected) to\b|\bwill be expected to\b", "requires", "must", True,
         ("required", "asked", "expected")),
        (r"\bmust agree\b[^.]*?\bin advance\b", "requires", "must", True, ("must agree",)),
        (r"(?-i:\bI) (?:also |hereby )?(?:agree|undertake|promise|commit) (?:not )?to\b", "requires", "must", True,
         ("agree", "undertake", "promise", "commit")),
        (r"(?-i:\bI|\b[Ww]e) will (?:also )?consider \w+ing\b", "advises", "informative", True, ("consider",)),
        (rf"{_I_OPENS}(?:do not|don't|never) (?!{_I_STATE}\b)(?-i:[a-z]+)\b", "prohibits", "must", True,
         ("do not", "don't", "never")),
        (rf"{_I_OPENS}(?:also |always )?(?!{_I_STATE}\b|do\b|did\b|will\b|would\b|shall\b|should\b|can\b|could\b|may\b|"
         r"might\b|must\b|never\b)(?-i:[a-z]+)(?<!ed)(?<!ing)\b(?! that\b)", "requires", "must", True, ()),
        (r"\b(?:you|users|they|members|staff|employees) (?:also )?agree to (?:follow|abide by|comply with|adhere to|observe)\b",
         "requires", "must", True, ("agree to",)),
        (r"\bmust\b|\bshall\b|\b(?:have|has) to\b|\b(?:is|are) (?:mandatory|compulsory|obligatory)\b|\b(?:is|are) required(?: to)?\b|\brequired to\b"
         r"|\b(?:have|has) a duty\b|\bduty (?:of [^.;,]{1,40}? )?to\b|\b(?:is|are) to (?:be )?\w+", "requires", "must", True,
         ()),
        (r"\b(?:is|are) expected to\b|\b(?<!\bwhat )(?<!\bthat )(?<!\bwhich )(?:is|are) (?:\w+ly )?(?:expected|required|demanded) of\b|\bexpects? (?:[\w,]+ ){1,6}?to\b|\bexpects? that\b|\bexpects? (?:the same|no less|(?:similar|equal|mutual) (?:courtesy|respect|"
         r"behaviou?r|standards))(?: \w+)?? (?:of|from|in return)\b|\bit is (?:\w+ )?expected that\b|\bshould\b|\bought to\b"
         r"|\b(?:will (?:also |therefore )?)?needs? to\b|\bresponsibility (?:of [^.;,]{1,60}? )?to\b|\bit is incumbent (?:up)?on\b|\b(?:responsible|accountable) for (?:[^.;]{1,60}? and for )?(?:ensuring|(?!(?:any|every|no|some)thing\b)\w+ing)\b"
         r"|\bresponsible for (?:the )?(?:day-to-day |overall )?\w+(?:ation|ment)\b"
         r"|\b(?:managers|heads|supervisors|directors|headteachers|head teachers|leads|owners|administrators)"
         r"(?: of [\w-]+(?: [\w-]+)?)? (?:are|remain) (?:\w+ly |also |each |all )?responsible for (?!(?:any|every|no|some)thing\b)\w+"
         r"|\bonus is (?:up)?on\b|\bit is (?:vital|essential|imperative)(?: \w+)? (?:that|to)\b(?![^.;]*\b(?:should|must|shall) (?:\w+ly )?(?:be avoided|avoid|not|never)\b)|\btrusted to\b"
         r"|\bit (?:is (?:for|up to)|falls to) (?:you|them|(?:the |each |every |all )?(?:\w+ )?(?:employees?|staff|officers?|members?|managers?"
         r"|individuals?|councillors?)) to\b"
         r"|\b(?<!\bwhere )(?<!\bif )(?<!\bwhen )(?<!\bwhether )(?:it(?:'s| is)|\w+ing\b[^.;,]{0,60}? is) (?:\w+ )?part of (?:your|their|his|her|(?:every|each|an?|the) [\w-]+'s|"
         r"(?:staff|employees|managers|officers|members)') (?:own )?(?:job|role|duties|responsibilit(?:y|ies))\b"
         r"|\b(?:would|'d) like you to\b|\b(?:is|are) (?:asked|reminded|requested) to\b|\bexpectation (?:is )?that\b"
         r"|\b(?:ask|request) (?:that|you to|(?:all )?(?:users|staff|employees|members|people|everyone) to)\b"
         r"|\bresponsibility (?:for [^.;]{1,120}? )?(?:lies|rests) with\b"
         r"|\b(?:have|has|hold|holds|bear|bears) (?:\w+ )?responsibility for (?!including\b)\w+ing\b"
         r"|\b(?:have|has) (?:\w+ )?responsibilities(?: and obligations)?\b|\b(?:have|has) (?:\w+ )?obligations\b"
         r"|\bneeds? (?:the )?(?:prior |written |express )?(?:approval|permission|authori[sz]ation|consent)\b",
         "requires", "should", True, ()),
        (r"\b(?:is|are|will be) (?:the )?(?:sole |personal |individual )?responsibility of (?:the |each |every |all |any )?"
         rf"(?:individual\b|(?:[\w-]+ ){{0,4}}?(?:{_PERSON.pattern}))"
         r"|\b(?:approval|permission|consent|authori[sz]ation|agreement) (?:is|are) (?:\w+ly )?(?:needed|necessary)\b",
         "requires", "should", True, ("responsibility of", "needed", "necessary")),
        (r"\b(?:is|are) (?:obliged|obligated|instructed|directed) (?:not )?to\b|\b(?:have|has|(?:is|are) under) an? (?:\w+ )?obligation (?:not )?to\b"
         r"|\b(?:it|there) is (?:now |also )?a requirement (?:that|for|to)\b", "requires", "must", True,
         ("obliged", "obligated", "instructed", "directed", "obligation", "requirement")),
        (r"(?:\bwill|'ll) (?:\w+ (?:and |or )?)?(?:remove|delete|hide|take down|ban|block|mute)\b"
         r"|(?:\bwill|'ll) (?:\w+ly |also |always )?report (?:any |all |the |such )?(?:[\w-]+ ){0,2}?(?:posts?|comments?|"
         r"messages?|content|accounts?|users?|tweets?)\b", "requires", "must", True, ("will", "'ll")),
        (r"(?:\bwill|'ll) always (?!try\b|be\b|aim\b|endeavour\b|seek\b)\w+", "requires", "must", True, ("always",)),
        (r"\bwill (?:also |then |always )?be (?:removed|deleted|hidden|taken down|blocked|suspended|muted|banned)\b"
         r"|\b(?:press|news|media) (?:releases?|statements?)\b(?:\s+[\w-]+){0,6}?\s+will (?:\w+ly |always |first |only )?be "
         r"(?:issued|made|checked|approved|signed off|cleared|authori[sz]ed|released|agreed|proof-?read)\b"
         r"|\b(?:posts?|tweets?|content|updates?|responses?|replies)\b(?:\s+[\w-]+){0,6}?\s+will (?:\w+ly |always |first )?be "
         r"(?:checked|approved|signed off|cleared|authori[sz]ed|proof-?read) by\b",
         "requires", "must", True, ("will",)),
        (r"\bwill (?:\w+ly |always |also |at all times )?be (?:adhered to|observed|followed|complied with|upheld|kept to)\b"
         r"|\bwill (?:\w+ly |only |always )?be (?:set up|created|opened|registered|launched|operated|managed|run)\b"
         r"(?:(?: and| or|,) (?:\w+ed|set up|run))*(?: [\w-]+){0,6}? with the (?:prior |written |express )?(?:authori[sz]ation|"
         r"approval|agreement|consent|permission) of\b", "requires", "must", True, ("will",)),
        (r"\bwill\b(?! be\b)", "requires", "must", True, ("will",)),
        # permissions
        (r"\b(?:is|are)(?: now| currently)? (?:allowed|permitted|free to|entitled|eligible|authori[sz]ed|at liberty|tolerated)\b"
         r"|\b(?:is|are) (?:now |currently )?able to\b|\bbe able to\b|\bmay be (?:allowed|permitted)\b"
         r"|\bwill (?:\w+ly )?be (?:allowed|permitted|free to|entitled to|at liberty to)\b"
         r"|\b(?:has|have) (?:the|a|every) right to\b|\b(?:is|are) (?:well |perfectly |fully )?within (?:their|your|his|her|his or her|its) rights? to\b|\b(?:reserves?|maintains?|retains?) the right to\b|\brecognise the rights? of\b"
         r"|\b(?:respects?|recogni[sz]es|acknowledges|upholds) (?:the |their |your |its |our |an? )?(?:[\w'-]+ ){0,2}?rights? "
         r"(?:of (?:[\w'-]+ ){1,3}?)?to\b"
         r"|\b(?:has|have) (?:the )?(?:authority|power|discretion) to\b"
         r"|\bis (?:his|her|his or her|their|your) own business\b|\bis a matter for\b"
         rf"|\b(?:does|do) not (?:intend|wish|want|seek|aim)\b[^.;]{{0,40}}?\b(?:to|should|would) {_HINDER}\b"
         rf"|\bnot (?:\w+ly )?(?:intended|meant|designed)\b[^.;]{{0,40}}?\b(?:to|should|would) {_HINDER}\b"
         rf"|\bnot (?:the|our|its) (?:intention|aim|purpose|intent)\b[^.;]{{0,40}}?\bto {_HINDER}\b|\b(?:is|are) welcome to\b"
         r"|\bnothing in this (?:\w+ )?(?:policy|code|guidance|document|procedure|protocol|guide|section) (?:prevents|stops|"
         r"prohibits|forbids|bars|precludes|restricts|limits|(?:is|was) (?:\w+ly )?(?:intended|meant|designed) to (?:prevent|stop|"
         r"prohibit|forbid|bar|preclude|restrict|limit|discourage|affect|interfere with))\b"
         r"|\b(?:there is|is there) nothing to (?:prevent|stop)\b"
         r"|\bit is (?:acceptable|reasonable|permissible|legitimate)\b(?: \w+)? (?:for|to|that)\b"
         r"|\b(?:is|are) not (?:prevented|prohibited|barred|precluded|restricted|stopped|discouraged) from\b"
         rf"|{_SUBJECT_DOES}not (?:prevent|stop|prohibit|forbid|bar|preclude) (?:\w+ ){{1,3}}?from\b"
         rf"|{_SUBJECT_DOES}not (?:object to|discourage)\b"
         rf"|{_DENIED_BAN}"
         r"|\b(?:duty|requirement|obligation|need|ban|prohibition|restriction)\b(?: (?:to|on|of) [^.;]{1,60}?)? "
         r"(?:does|do|will|shall) not apply\b"
         r"|\b(?:there (?:is|are)|(?:has|have)) no (?:restrictions?|bar|ban|prohibition) (?:on|to)\b"
         r"|\bno restrictions? (?:appl(?:y|ies)|(?:is|are) placed)\b"
         r"|\b(?:is|are) (?:considered )?acceptable\b"
         r"|\b(?:may|can|might|could|would) (?:\w+ly )?be (?:considered |deemed )?acceptable\b"
         r"|\b(?:there is|(?:has|have)) no objection to\b"
         r"|\b(?:is|are|'re|am) not (?:banning|prohibiting|forbidding|outlawing|preventing|stopping)\b"
         r"|\bit(?: is|'s)(?: now)? possible for \w+ to\b|^(?:please )?feel free to\b"
         r"|\b(?:is|are) (?:\w+ly |very |most |always )?welcome (?:on|in|at|here)\b"
         r"|\b(?:that|this|it)(?:'s| is| would be) (?:all |perfectly |absolutely |usually )?(?:fine|ok|okay|alright|all right)\b"
         r"|\b(?!\w*thing\b)\w+ing\b[^.;,]{0,60}? (?:is|are) (?:all |perfectly |absolutely |usually )?(?:fine|ok|okay|alright|all right)\b"
         r"|\b(?:is|are|'re|am) (?:happy|content) for (?:\w+ ){1,2}?to\b"
         r"|(?<=\bmay be )(?:removed|deleted|hidden)\b"
         r"|\bwe (?:\w+ly )?welcome (?:your |any |all )?\w+(?=[^.;]*\b(?:as|so) long as\b)"
         r"|(?:\b(?:council|university|trust|authority|service|organisation|we)|(?-i:\b[A-Z]{2,6}))(?: \w+ly)? (?:permits|allows|permit|allow)"
         r"(?= (?:the |some |limited |reasonable |occasional |personal |staff |employees |you |users )?(?:\w+ ){0,2}?"
         r"(?:use|access|to)\b)", "permits", "may", True, ()),
        (rf"\b(?:may|can(?!not)) (?:\w+ly )?(?:also )?be (?:accepted|used|shared|disclosed|installed|downloaded|uploaded|taken|posted|"
         r"published|sent|forwarded|stored|copied|given|transferred|claimed|made|kept|retained|worn|brought|carried out|undertaken"
         r"|pursued|followed)\b"
         r"(?! (?:by|against|as(?! (?:long|soon)\b)|into|in account|into account|to (?:identify|mean|be))\b)"
         rf"|\b(?:may|can)(?!not) (?:{_ADVERB} )?(?:make|include)\b(?! (?:it|them|you|yourself|themselves|him|her|us|sure|"
         r"mistakes|the council|the trust)\b)", "permits", "may", True, ("may", "can")),
        (rf"\b(?<!\d )(?:may|can)(?!not)(?! \d)(?:,[^,]{{1,40}},|{_ASIDE_UNMARKED})? (?:{_ADVERB} )?(?!(?:\w+ly )?{_NOT_AN_ACTION})\w+", "permits", "may",
         True, ("may", "can")),
        (r"\b(?:(?<=\byou )|(?<=\bthey )|(?<=\bstaff )|(?<=\bemployees )|(?<=\bofficers )|(?<=\bmembers ))could (?:\w+ly )?"
         r"(?:accept|keep|retain|use|attend|take|claim|"
         r"receive)\b", "permits", "may", True, ("could",)),
        # advice and facts that name why a clause has no rule
        (r"\bbe aware\b|\bconsider\w*|\bit is important\b|\bimportant\b", "advises", "informative", False,
         ("aware", "consider", "important")),
    ))


@lru_cache(maxsize=16384)
def read_clause(clause: str) -> tuple[Finding, ...]:
    """What governs one clause: at most one finding.

    Remembered: the same stretch of text is read for every page and lead-in that holds it.
    """
    if found := _DESCRIBES.match(clause) or _REPORTED.match(clause):
        return (Finding("advises", "informative", found.group(), 0),)
    folded_clause = folded(clause)
    for pattern, strength, words in _LIMITS:
        if may_match(words, folded_clause) and (found := pattern.search(clause)):
            if re.search(r"\bincluding\s+$", clause[:found.start()], _I):
                # "We will hide comments, including excessive repetition of content": what is
                # described, not a limit on doing it.
                continue
            if _PROVISO.search(clause, 0, found.start()):
                # "may use …, provided it is not excessive": the limit is the permission's condition.
                continue
            if _BODY_ANSWERING.match(clause, found.end()) and _OWN_DUTY.search(clause, 0, found.start()):
                # "We'll only discuss your account with you": how the body answers, no limit on conduct.
                continue
            if strength is None or strength == "stated":
                fronted = re.match(r"only\b.*\b(?:may|can)$", found.group(), _I) is not None
                strength = _modal(clause, "must" if strength == "stated" or fronted else "should")
            return (Finding("restricts", strength, found.group(), found.start()),)
    for pattern, strength, words in _STRONG:
        if may_match(words, folded_clause) and (found := pattern.search(clause)):
            if (verb := _HINDERS.search(found.group())) \
                    and re.search(r"\b(?:nothing|not|no|never)\b", clause[:found.start() + verb.start()], _I):
                continue  # "Nothing in this policy prevents staff from …" permits the act (read below)
            if any(d.start() <= found.start() < d.end() for d in _DENIED_BAN_RE.finditer(clause)):
                continue  # "there is no rule that says you are not allowed to …" permits (read below)
            if (ensured := _ENSURED.search(clause, 0, found.start())) and not _PERSON.search(ensured.group("thing")):
                # "ensure the arrangement does not allow favouritism": a duty that a thing is
                # not so, read from the duty to ensure it.
                continue
            if _WH_KNOWN.search(clause, 0, found.start()) and not clause.rstrip().endswith(":"):
                continue  # "so you are clear what we will not tolerate": what the reader is to know, not the ban
            if (re.match(r"(?:[^.;]*\bshould\b|\s+should\b)", found.group() + clause[found.end():found.end() + 8], _I)
                    or re.search(r"\bshould\s+$", clause[:found.start()], _I)) \
                    and not re.search(r"\b(?:must|shall)\b", found.group(), _I):
                strength = "should"
            return (Finding("prohibits", strength, found.group(), found.start()),)
    if found := _NEGATED_SUBJECT.search(clause):
        modal = found.group("modal").lower()
        if modal in ("can", "could") and _A_DOCUMENT.match(found.group("rest")):
            # "No code can hope to cover every situation": what a text is unable to do, no rule.
            return (Finding("advises", "informative", found.group().strip(), found.start()),)
        cue = found.group() if len(found.group()) <= 60 else found.group()[:found.start("rest") - found.start()]
        strength: Strength = "should" if modal == "should" else "must"
        return (Finding("prohibits", strength, cue.strip(), found.start()),)
    weakest = len(_CUES) - 1
    candidates = sorted(((i == weakest, m.start(), -len(m.group()), i, m) for i, (p, *_rest, words) in enumerate(_CUES)
                         if may_match(words, folded_clause) for m in p.finditer(clause)), key=lambda c: c[:4])
    for _weak, _start, _length, index, match in candidates:
        _pattern, stance, strength, own, _words = _CUES[index]
        finding = _check(clause, match, stance, strength, own)
        if finding is not None:
            return (_limit_by_time(clause, finding),)
    return ()


_CIRCUMSTANCES = re.compile(r"(?:\bthere (?:will|may|might|could|can|are|is)\s+(?:\w+\s+)?(?:be\s+)?(?:\w+\s+){0,2}?"
                            r"(?:circumstances|occasions?|times|cases|situations|instances)"
                            r"|\b(?:may|might|could|can)\s+(?:\w+ly\s+)?(?:be\s+(?:placed|put)|find\s+(?:yourself|yourselves|"
                            r"themselves|himself|herself|themself))\s+in\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
                            r"(?:positions?|situations?|circumstances)"
                            r"|\b(?:is|are)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:places?|spaces?|venues?))"
                            r"\s+(?:where|when|in which)\b(?:(?!\bin which case\b)[^.;,])*$", _I)
"""What may happen: a modal in "there will be times when …" or "may be placed in a position where …" is a
possibility, and one in "are places where you can share …" describes the place; neither is a rule."""
_OBJECT_RELATIVE = re.compile(r"\b(?:is|are)\s+(?:the|these|those|a|an)\b[^.;]{0,80}\b(?:which|that)\s+(?:[\w'-]+\s+){1,6}$", _I)
"""A relative clause in a sentence that says what something is: "The code is the set of standards which …"."""
_RULES_NAMED = re.compile(rf"\b(?:rules|standards|codes?(?: of [\w-]+)?|polic(?:y|ies)|procedures|principles|guidelines|"
                          rf"requirements)\s+(?:(?:which|that)\s+)?(?:(?:all|every|each|our|the|its|their)\s+)?"
                          rf"(?:[\w'-]+\s+)?(?:{_PERSON.pattern})\s+$", _I)
"""Rules named with who keeps them, the relative pronoun left out or not: "specific standards employees must follow"."""
_ENDS_ON_VERB = re.compile(r"\s+(?:\w+ly\s+)?(?:to\s+)?(?:follow|comply with|abide by|adhere to|observe|meet|uphold|"
                           r"keep to)(?=\s*(?:[,.;:)]|$|\s+(?:including|when|whenever|at all times)\b))", _I)
"""A verb of keeping to rules with no object after it: its object is the relative pronoun before."""
_KEEPS_REGISTER = re.compile(r"\s+(?:\w+ly\s+|also\s+)?(?:keep|maintain|hold|publish|place|enter|record|add|update|"
                             r"compile|review)\b[^.;]{0,60}?\b(?:register|list)s?\b", _I)
"""A duty to keep a register or list, or to put something on it: the body's own, unless laid on those the policy binds."""
_BOUND_PEOPLE = re.compile(r"\b(?:you|staff|employees?|members|managers|councillors|colleagues|users|individuals|"
                           r"everyone|officers|workers|volunteers)\b", _I)
_BODY_FOLLOWS = re.compile(r",\s*which\s+(?:we|it|the\s+\w+)\s+(?:\w+ly\s+|also\s+|always\s+)?(?:will\s+(?:always\s+)?)?$", _I)
"""A non-restrictive relative clause in which the body says what it does with rules named before it."""
_OWN_PAGES = re.compile(r"\b(?:our|its)\s+(?:own\s+)?(?:online\s+|social media\s+)?(?:communities|pages|accounts|channels|"
                        r"feeds|sites?|forums?)\b", _I)
"""The body's own pages: the rules of its own communities that it keeps to are a standard for its accounts."""
_WHETHER = re.compile(r"\bwhether\s+(?:or\s+not\s+)?(?:(?!(?:is|are|was|were|to|has|have|had|do|does)\b)[\w'-]+\s+){1,4}$", _I)
"""An indirect question up to its modal: "whether a worker should remain" (not "whether a gift is
acceptable should ask", where the question has ended before the modal)."""
_STANDARDS_THAT = re.compile(r"\b(?:rules|standards|behaviours?|conduct|values|principles)(?:\s+of\s+\w+)?\s+"
                             r"(?:(?:that|which)\s+[^.;,]{0,60}|(?:the|our|its)\s+(?:[\w()-]+\s+){0,4})$", _I)
"""Rules named before a relative clause of who expects them kept: "the standards (that) the council expects"."""
_KEEPING_VERB = re.compile(r"\s*(?:\w+ly\s+)?(?:achieve|meet|follow|show|demonstrate|uphold|observe|maintain|display|"
                           r"keep to|adhere to|abide by|comply with)\b", _I)
_COMPLAINT = re.compile(r"(?:\w+ly\s+)?(?:make|submit|lodge|raise|file|send|register)\s+(?:a|your|their|any)\s+"
                        r"(?:formal\s+|written\s+)?complaint\b|(?:\w+ly\s+)?complain\b", _I)
"""A complaint the reader may make: how to complain is an offer, not a permission of conduct."""
_REPORTED = re.compile(r"^(?:the|a)\s+(?:(?-i:[A-Z][\w'-]*)\s+){1,4}(?-i:Code|Principles|Act|Regulations)"
                       r"(?:\s+(?:of|for)\s+[\w ]{1,40}?)?\s+(?:\w+ly\s+)?(?:states?|says?|notes?|stipulates?)\b"
                       r"|^(?:the|its|our)\s+(?:[\w'-]+\s+){0,4}?(?:committee|board|panel|group|forum)(?:'s|s')?\s+(?:(?:own|current)\s+)?"
                       r"(?:terms\s+of\s+reference|remit|constitution)\s+(?:\w+ly\s+)?(?:states?|says?|provides?|sets?\s+out)\b", _I)
"""Another text's rule reported, named ("The Civil Service Code states civil servants must not …"): a cross-reference;
"the code states that officers must" is the policy's own. A committee's terms of reference that state what it must do
are its remit, the body's own work, no rule on the reader."""

_BODY_OWNS = re.compile(r"(?:\b(?:our|its)|(?:council|trust|authority|organisation|university|board|body|service|"
                        r"(?-i:[A-Z]\w+))'s)\s+(?:\w+\s+)?$", _I)
"""The body's own duty named as a thing ("our duty of care to patients", "the Authority's duty to")."""
_NUMBER_TO_CALL = re.compile(r"\s+(?:us\s+)?(?:on\s+)?\+?\(?\d", _I)

_ENSURED = re.compile(r"\b(?:ensure|ensuring|make sure|making sure)\s+(?:that\s+)?(?P<thing>[^,;.]{1,60}?)\s*$", _I)
"""What a duty to ensure is about, up to the verb that follows it."""

_PROVISO = re.compile(r"\b(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )"
                      r"provid(?:ed|ing)\b(?!\s+(?:by|to|for|with|through|via)\b)"
                      r"|\b(?:as long as|so long as|on (?:the )?condition)\b", _I)
"""A proviso on a permission: "provided" (not "are provided for" nor "accounts provided by the
council"), "as long as"."""

_KNOWING = ("aware", "mindful", "remember that", "note that", "bear in mind", "aware that", "reminded that",
            "assume", "expect", "think", "believe", "borne in mind", "be noted", "please remember", "please note", "remember",
            "forget", "that", "understand", "conscious", "take note", "in mind", "awareness")
"""Cue endings that tell the reader to know something: informative unless a rule follows."""
_POSSIBLY = re.compile(r"\b(?:may|might|could)\s+$", _I)
_BODY_JUST_BEFORE = re.compile(rf"{_BODY.pattern}\s+(?:\w+ly\s+)?$", _I)
_AND_COMPLY = re.compile(r"\s+(?:of\s+)?(?:[^.;]{0,80}?\s)?and\s+(?:follow|comply|abide|adhere|observe)\b", _I)
"""A duty to comply coordinated with a duty to know: "be aware of and follow the code"."""
_OFFER = re.compile(r"\bif (?:you|anyone|any(?:one)? (?:member of the public|[\w-]+ user|resident|customer|patient|tenant|visitor|"
                    r"follower)|an? (?:member of the public|resident|customer|patient|tenant|visitor|follower)) (?:\w+ )?"
                    r"(?:wish(?:es)?|wants?|would like|needs?(?! to\b)|ha(?:ve|s) (?:any |a |an )?(?:specific |further |general )?"
                    r"(?:questions?|queries|query|concerns?|complaints?|comments?|feedback))\b"
                    r"|\bif (?:you|there (?:is|are) (?:anything|any \w+) (?:[\w']+ ){0,4}?you) (?:do not|don't) understand\b", _I)
"""A condition on the reader's own wish or question: the contact that follows is an offer."""
_CHANNEL = re.compile(r"\b(?:through|via|in (?:a|another) (?:different )?way|instead|rather than)\b", _I)
"""The channel an imperative directs the reader to, away from the one they are using."""
_BY_MEANS = re.compile(r"by\s+\w+ing\b[^.;]*$", _I)
"""A clause opened by its means ("By using …,"), before the modal of what the means achieves."""


def _check(clause: str, match: re.Match[str], stance: Stance, strength: Strength, own: bool) -> Finding | None:
    """The finding a cue gives in its context, or None when the context says it is no rule."""
    cue, start = match.group(), match.start()
    lowered = cue.lower()
    if _in_relative_clause(clause, start) and (stance == "permits" or re.search(
            r"\b(?:un)?able to\b|^requires?\b|^(?:(?:is|are) )?(?:required|expected|obliged)\b", lowered)):
        return None
    if stance == "prohibits" and lowered in ("cannot", "can't", "can not") and _CONSENTS.match(clause, match.end()) \
            and _NO_CAPACITY.search(clause, 0, start):
        # "Adults who lack mental capacity cannot consent to …": what the law lets them do, no ban on them.
        return Finding("advises", "informative", cue, start, own)
    if stance == "requires" and lowered == "will" and _in_relative_clause(clause, start):
        return None  # "all employees … who will receive training as part of their induction": who is meant
    if stance == "advises" and re.match(r"(?:may|might) (?:wish|want)", lowered) and _in_relative_clause(clause, start):
        return None  # "Staff who may wish to stand for election should speak to HR": the rule follows
    if stance != "advises" and (wh := _WH_OBJECT.search(clause, 0, start)) and not _WH_CLOSED.search(wh.group()):
        # "a list of what you can and cannot do", "This policy covers how you should act": the
        # modal belongs to what is described, not to a rule.
        return None
    if lowered.startswith("will") and _NOUN_WILL.search(clause, 0, start):
        return None  # "a beneficiary in their Will"
    if stance == "requires" and re.search(r"responsibilit|obligation", lowered) \
            and _RELATIVE_BEFORE.search(clause, 0, start):
        # "a colleague who they manage or have other responsibilities over": a relative clause
        # tells who is meant, not what is owed.
        return None
    if stance != "advises" and _in_condition(clause, start, match.end()):
        return None
    if stance != "advises" and (_CIRCUMSTANCES.search(clause, 0, start) or (
            (_OBJECT_RELATIVE.search(clause, 0, start) or _RULES_NAMED.search(clause, 0, start))
            and _ENDS_ON_VERB.match(clause, match.end()))):
        # "there will be circumstances where staff will need to withdraw": what may happen; "the
        # standards which everyone is expected to follow": what the rules are, not one of them.
        return None
    if stance == "requires" and lowered.startswith("duty") and _BODY_OWNS.search(clause, 0, start):
        return None  # "We take our duty of care to patients seriously": the body's duty named, no rule laid
    if stance == "requires" and not own and _NUMBER_TO_CALL.match(clause, match.end()) \
            and lowered in ("call", "phone", "ring", "dial", "text", "telephone"):
        # "… our customer service team – call 01553 616200": a number offered; "please call 101" and
        # "If it's an emergency, always call 999" tell the reader what to do.
        return Finding("advises", "informative", cue, start, own)
    if stance == "requires" and cue.lstrip(", ").lower().startswith("please") and _FOR_OWN_NEED.match(clause):
        return Finding("advises", "informative", cue, start, own)  # "For more information, please read our notice"
    if stance == "requires" and _SANCTION.match(clause, match.end()):
        return Finding("advises", "informative", cue, start, own)  # "… to take disciplinary measures when a breach occurs"
    if stance == "requires" and re.match(r"(?:is|are) to\b", lowered) and _PURPOSE_OF.search(clause, 0, start):
        return None  # "The aim of this code is to set out the standards …": what a document is for
    subject = _subject(clause, start)
    person = subject in ("person", "person-noun")
    after = clause[match.end():]
    if stance == "requires" and subject != "person" and _KEEPS_REGISTER.match(after) \
            and not _BOUND_PEOPLE.search(" ".join(clause[:start].split()[-6:])):
        # "The Monitoring Officer will place your notification on a public register", "Each local
        # authority is under a duty to maintain a list of restricted posts": the register is the body's to keep.
        return None
    if (stance == "requires" and _BODY_FOLLOWS.search(clause, 0, start) and not _OWN_PAGES.search(clause, 0, start)) \
            or (stance != "advises" and _WHETHER.search(clause, 0, start)):
        # "rules and guidelines, which we will always follow": the rules the body keeps to, described;
        # "we consider whether a worker should remain on the Register": a question, not a rule.
        return None
    if stance == "requires" and lowered.startswith("expect") and _STANDARDS_THAT.search(clause, 0, start) \
            and _KEEPING_VERB.match(after):
        return None  # "the standards of conduct that the GLA expects staff to achieve": the rules, named
    if stance in ("permits", "permits with conditions") and _COMPLAINT.match(cue.split(maxsplit=1)[-1] + after):
        return Finding("advises", "informative", cue, start, own)  # "You can make a formal complaint to …": an offer
    if stance == "permits" and re.match(r"\s+(?:to\s+)?expect\b", after, _I):
        return None  # "The public are entitled to expect high standards": a standard, no permission
    if stance == "requires" and lowered.startswith("expect") and re.search(r"\b(?:entitled|right|free)\s+to\s+$",
                                                                            clause[:start], _I):
        return None  # "The public are entitled to expect that officers act impartially"
    if stance == "permits" and _CONTACT.search(cue + after[:40]) and subject != "body":
        return None  # "Users are able to contact us by direct message": contact offered, no permission
    if stance == "requires" and re.match(r"\s+(?:\w+\s+)?be\s+not\s+to\b", after, _I) \
            and re.search(r"\b(?:presumption|principle|rule|default|position|approach|starting point)\s+$", clause[:start], _I):
        return Finding("prohibits", strength, cue, start, own)  # "The presumption should always be not to accept gifts"
    if stance in ("requires", "prohibits") and re.match(r"\s+be\s+that\b", after, _I):
        # "The principle must be that gifts should be refused": the rule is the one stated after "that".
        inner = _rule_after(clause, match.end())
        if inner is not None:
            return replace(inner, own=own)
    if stance == "advises" and lowered.endswith("assured"):
        # "Please be assured that we will never post patients' details on social media": what the
        # reader is assured of is read as it would be said plainly.
        inner = read_clause(re.sub(r"^\s*that\s+", "", after, flags=_I))
        if inner and inner[0].stance != "advises":
            return replace(inner[0], start=start, own=own)
        return Finding("advises", "informative", cue, start, own)
    if stance == "advises" and lowered.endswith(_KNOWING):
        if _AND_COMPLY.match(after):
            # "should be aware of and follow the code": the duty to comply is the rule.
            return Finding("requires", "must" if lowered.startswith("must") else "should", cue, start, own)
        inner = _rule_after(clause, match.end())
        return inner if inner is not None else Finding("advises", "informative", cue, start, own)
    if stance == "prohibits" and (negated := _NOT_NEGATED.match(after)) is not None:
        if negated.group("scope"):
            return None  # "must not only follow the code but also …": the "must" governs
        if negated.group("fail"):
            # "must not fail to declare", "never neglect to log off": two negations make a duty.
            return Finding("requires", strength, cue, start, own)
        return Finding("advises", "informative", cue, start, own)  # "do not hesitate to contact us"
    if stance == "prohibits" and lowered in ("may not", "cannot", "can't", "can not"):
        if subject == "body" or (lowered == "may not" and re.match(r"\s+be able\b", after)):
            return None
        if re.match(r"\s+(?:\w+ )?(?:be|been|have|necessarily|always)\b", after) and not person:
            # "may not be used" forbids; "cannot be held responsible" is a fact, "cannot be
            # shared" forbids an act of conduct.
            passive = re.match(r"\s+be \w+(?:ed|en)\b" if lowered == "may not" else rf"\s+be {_CONDUCT}\b", after)
            if not passive:
                return None
    if lowered.startswith("unable") and not _BE_BEFORE.search(clause[:start]):
        # "for those people unable to make the live chat": a description of who is meant, no rule.
        return None
    if stance == "prohibits" and _NO_REPLY.match(after):
        # "queries made after 5pm won't receive an immediate response": what happens to a message, no act.
        return None
    if re.search(r"\b(?:un)?able to\b", lowered) and (not person or _POSSIBLY.search(clause[:start])):
        # "staff may not be able to access some sites" is a possibility, not a prohibition.
        return None
    if stance == "requires" and ("obligation" in lowered or "responsibilities" in lowered) and subject != "person-noun" \
            and subject != "person" and "part of" not in lowered:
        return None
    if stance == "prohibits" and lowered == "we never" and not _OWN_POSTS.match(clause, match.end()):
        return None  # "We never ask for your password": a commitment; "We never share … on social media": a standard
    if stance == "prohibits" and lowered in ("will not", "won't", "will never") \
            and _BODY_JUST_BEFORE.search(clause[:start]) \
            and (not _OWN_POSTS.match(clause, match.end()) or _NOT_ANSWERING.match(clause, match.end())) \
            and not speaks_as_people(clause, match.end()):
        # "the council will not enter into debate": the body tells what it will not do; only
        # not tolerating or allowing something (read before this) forbids it to others, and a
        # standard for its own posts ("we will not name staff in our social media posts") binds
        # the staff who write them; not answering comments ("we will not respond to …") is its service.
        return None
    if stance == "permits" and lowered == "be able to" and re.search(r"\bnot\s+$", clause[:start], _I):
        return None
    if stance == "permits" and lowered in ("removed", "deleted", "hidden") and re.match(r"(?:if|should|where|when)\b",
                                                                                    clause, _I):
        # "Should a post be reported, it may be removed": a consequence of the condition, where
        # "Abusive posts may be removed" keeps a power to remove.
        return None
    if stance == "permits" and lowered.startswith("can") and subject == "body" and not _PASSIVE_PERMISSION.match(lowered):
        return None
    if stance == "permits" and subject == "body" and _BODY_ANSWERS.match(lowered):
        # "We may share your comments with the service concerned", "We may ask those who contact
        # us …": how the body may pass on or answer what it is sent states no rule.
        return None
    if stance == "permits" and re.match(r"(?:may|can)\b", lowered) and _BY_MEANS.match(clause[:start]):
        # "By posting regularly you can reach more residents": what the means achieves, not a
        # permission to do it.
        return None
    if stance == "permits" and _PASSIVE_PERMISSION.match(lowered):
        # "Gifts of low value may be accepted" permits the act; "action may be taken", "your
        # data may be used" and "posts may be shared" say what may happen to a thing.
        return None if _NOT_CONDUCT.search(clause[:start]) else Finding(stance, strength, cue, start, own)
    if stance == "permits" and re.match(r"(?:may|can) (?:\w+ )?(?:make|include)$", lowered) and not person:
        return None  # "this may make it harder", "the list may include"; "Staff may make personal calls" permits
    if stance == "permits" and re.match(r"(?:may|can)\b", lowered) \
            and not lowered.endswith(("acceptable", "allowed", "permitted")) and not _AGENT.search(clause[:start]):
        # "the types of social media available may change", "the use of social media may
        # replace …": with no one to act, "may" states a possibility, not a permission ("a small
        # gift may be acceptable" still judges the act, and permits it, as "may be allowed" grants it).
        return None
    if stance == "requires" and lowered.startswith("need") and _POSSIBLY.search(clause[:start]):
        return None
    if stance == "requires" and (re.match(r"\s+(?:\w+\s+)?(?:ensure|make sure|take (?:great |every )?care|be careful)"
                                          r"(?=\s)" + _PERSON_NOT.pattern, after, _I)
                                 or (re.search(r"\b(?:ensure|make sure|that)$", lowered) and _PERSON_NOT.match(after))):
        # "must ensure that staff do not …", "it is essential that employees do not …": what a
        # person is to see that they do not do is forbidden to them.
        return Finding("prohibits", strength, cue, start, own)
    if stance == "requires" and (re.search(r"\bnot to$", lowered) or re.match(
            r"\s+not\s+to\b|\s+to\s+not\b|\s+(?:try|aim|strive|seek)\s+(?:to\s+not|not\s+to)\b"
            r"|\s*(?:avoid|refrain|abstain)\b|\s*(?:take (?:great |every )?care|be careful) not to\b",
            after, _I) or (lowered.endswith(" to") and re.match(r"\s+not\s+(?!only\b|just\b|merely\b|simply\b)\w", after, _I))):
        # "are required not to", "have a duty not to", "should take care not to", and with the
        # infinitive split ("have a responsibility to not behave"): a duty not to act.
        return Finding("prohibits", strength, cue, start, own)
    if stance == "requires" and not own and _OFFER.search(clause) and (
            lowered.endswith(("contact", "ask", "speak to", "speak with", "talk to", "talk with", "consult", "call"))
            or re.match(r"\s*(?:contact|call|ring|e-?mail|write to|speak to|talk to|get in touch)\b", after, _I)
            or _BARE_VERB_AT.match(clause, match.end() - len(cue.split()[-1]))) \
            and not _CHANNEL.search(after):
        # "If you need a copy, please contact the ICT team": help offered, no duty; "please do this
        # through our complaints procedure" directs the reader to a channel, and is one.
        return Finding("advises", "informative", cue, start, own)
    if stance == "requires" and re.match(r"ask|request", lowered) and re.search(
            r"\b(?:will|may|might|could|can|'ll)\s+(?:\w+ly\s+|also\s+|then\s+)?$", clause[:start], _I):
        # "If necessary, we will ask you to follow up by email": what the body will do, not a
        # request made now ("We would ask you to …" still is one).
        return None
    if stance == "requires" and _OWN_DUTY.search(_DUTY_HELD.sub(" ", clause[:start]) if lowered.startswith("duty")
                                                 else clause[:start]) and re.match(_OBLIGING, lowered) \
            and not _OWN_POSTS.match(clause, match.end()):
        # "The council has to keep a register", "we must draw up a code": a commitment the body
        # owes its staff or the public is no rule of conduct; what its own posts say or how it
        # moderates them ("We must remain neutral on social media") still is.
        return None
    if stance == "requires" and re.match(r"(?:responsible|(?:\w+ )?(?:\w+ )?responsibility) for\b", lowered) \
            and _OWN_DUTY.search(re.sub(r"\s+(?:is|are)\s+(?:\w+ly\s+)?$", " ", clause[:start]), 0) \
            and not _OWN_POSTS.match(clause, match.end()):
        return None  # "The Inspectorate is responsible for considering planning appeals": what the body does
    if stance == "requires" and _BODY_ANSWERING.match(lowered.partition(" always")[2]) and _OWN_DUTY.search(clause, 0, start):
        return None  # "We will always reply within two days": how the body answers, as "we aim to reply" is
    if stance == "requires" and re.match(r"will .*\bbe (?:adhered|observed|followed|complied|upheld|kept)", lowered) \
            and _CONSEQUENCE_SUBJECT.search(clause, 0, start):
        return None  # "the disciplinary procedure will be followed": what will happen, no rule of conduct
    if stance == "requires" and lowered == "will" and subject not in ("person-noun", "first-person") \
            and not speaks_as_people(clause, match.end()) and not (subject == "body" and _POSTING.match(after)):
        return None  # "We will share or retweet content we find useful" is a standard for the body's posts
    if stance == "requires" and re.match(r"(?:is|are) to ", lowered) and not lowered.split()[2:3] == ["be"] \
            and not person:
        return None
    if stance == "requires" and re.match(r"(?:is|are) to ", lowered) and _AIM_BEFORE.search(clause, 0, start):
        return None  # "Our intention is to be helpful": an aim stated, no duty laid
    if stance == "permits" and subject == "body" and re.search(r"\bno (?:requirement|obligation|need)|\bnot (?:required|obliged)",
                                                               lowered):
        return None  # "We are under no obligation to moderate the forum": the body's own duty, denied
    return Finding(stance, strength, cue, start, own)


_CONSENTS = re.compile(r"\s+(?:\w+ly\s+)?(?:give\s+(?:their\s+|his\s+or\s+her\s+|valid\s+|informed\s+)*)?consent\b", _I)
_NO_CAPACITY = re.compile(r"\b(?:lacks?|without|no)\s+(?:the\s+)?(?:mental\s+)?capacity\b|\b(?:under|below)\s+(?:the\s+age\s+of\s+)?\d+\b"
                          r"|\b(?:child|children|minors?|infants?|babies|young (?:people|persons?|children))\b", _I)
"""Who cannot consent in law: those who lack capacity, and children."""
_CONSEQUENCE_SUBJECT = re.compile(r"\b(?:procedures?|process(?:es)?|steps|action|measures|sanctions)\s+(?:\w+\s+){0,2}$", _I)
"""What a body does in answer to a breach, as the subject of "will be followed"."""
_OWN_DUTY = re.compile(
    r"(?:\bwe|(?:^|(?<!\bby )(?<!\bof )(?<!\bto )(?<!\bfor )(?<!\bwith )\b(?:the|our|this|each|every|all|any)\s+)(?:[\w-]+\s+){0,2}?(?:councils?|trusts?|organisations?|"
    r"organizations?|authorit(?:y|ies)|office|nhs|boards?|universit(?:y|ies)|colleges?|schools?|employers?|forces?|"
    r"compan(?:y|ies)|partnerships?|bod(?:y|ies)|inspectorate|commission|agency|ministry|regulator|ombudsman)"
    r"|\bthe\s+(?-i:[A-Z]{2,6})|(?:^|(?<=, ))(?!(?-i:GDPR|ICT|IT|HR|DBS|CCTV|USB|PIN|ID|UK|EU|PC|OK)\b)(?-i:[A-Z]{2,6}))"
    r"\s*(?:\w+ly\s+|also\s+|therefore\s+|all\s+)?$", _I)
"""The body itself as the one who must act: "we", "the council", "all public bodies", "the NHS", its initials opening
the clause ("HCC should work to the following guidelines")."""
_OBLIGING = r"(?:must|shall|should|(?:has|have) to|needs? to|(?:is|are) required\b|(?:has|have) a duty|duty to)\b"
_DUTY_HELD = re.compile(r"\s(?:has|have)\s+(?:a|an)\s+(?:\w+\s+)?$", _I)
"""What stands between the body and "duty to": "The council has a legal duty to …"."""
_OWN_POSTS = re.compile(r"[^.;]*?\b(?:social media|(?:our|its|the council's) (?:own )?(?:posts|accounts|channels|"
                        r"pages|feeds|website)|posting|comments|discussions|tweets|publish\w*|publicity)\b", _I)
"""What the body's own duty is about when it is a standard for its posts or their moderation."""
_POSTING = re.compile(r"\s+(?:always\s+|only\s+|also\s+|regularly\s+)?(?:post|tweet|retweet|publish|"
                      r"share (?:or \w+ )?(?:content|posts|news|updates|stories))\b", _I)
"""What the body will post on its own accounts."""
_AIM_BEFORE = re.compile(r"\b(?:intention|aim|purpose|objective|goal|ambition|vision|mission)s?\s+$", _I)
_BODY_ANSWERING = re.compile(r"\s*(?:(?:always|then|also|usually|normally|only)\s+)?(?:answer|reply|respond|address|"
                             r"acknowledge|discuss|deal with|get back|signpost|relay|look into)\b", _I)
"""A verb of how the body answers what it is sent, after its modal: a commitment, no rule of conduct."""
_NOT_ANSWERING = re.compile(r"\s*(?:(?:always|usually|normally|necessarily)\s+)?(?:answer|reply|respond|get back)\b", _I)
"""What the body will not answer ("we will not respond to comments that …"): its service, where "we will never discuss
cases on social media" is a standard for its posts."""
_CONDUCT = (r"(?:accepted|used|shared|disclosed|installed|downloaded|uploaded|taken|posted|published|sent|forwarded|"
            r"stored|copied|given|transferred|claimed|made|kept|retained|worn|brought|carried out|undertaken|pursued|followed)")
"""Participles of acts a person bound by a policy does to a thing: "Gifts may be accepted"."""
_BARE_VERB_AT = re.compile(_BARE_VERB, _I)
_PASSIVE_PERMISSION = re.compile(rf"(?:may|can) (?:\w+ly )?(?:also )?be {_CONDUCT}$")
_NOT_CONDUCT = re.compile(r"\b(?:action|steps|measures|decisions?|changes?|amendments?|it|this|that|these|those|"
                          r"data|information|details|evidence|content|posts?|comments?|messages?|you|they|we|anything|"
                          r"everything|images?|photos?|photographs?|records?)\b", _I)
"""A subject that what may be done to is no conduct permitted: the body's action, a person's data."""
_NOT_NEGATED = re.compile(r"\s+(?:(?P<scope>only|just|merely|simply)\b(?=[^.;]*\bbut\b)|(?P<fail>fail|neglect|omit)\s+to\b"
                          r"|hesitate\s+to\b)", _I)
"""What follows a negated modal and cancels its prohibition: "not only …, but", "not fail to",
"not hesitate to"."""
_BODY_ANSWERS = re.compile(r"may (?:also |then )?(?:pass|forward|share|refer|answer|reply|respond|ask|direct|redirect|point|signpost)\b", _I)
_PERSON_NOT = re.compile(rf"\s+(?:that\s+)?(?:(?:all|any|the|our|every|each|such)\s+)?(?:[\w-]+\s+)?(?:{_PERSON.pattern})\s+"
                         r"(?:do|does|will|are|is|can|should|must|shall)(?:\s+not|n't)\b", _I)
"""A person who is to see that they do not act: "ensure that staff do not …"."""


def _rule_after(clause: str, position: int) -> Finding | None:
    """A rule stated inside what the reader is told to know ("remember that X must not …")."""
    rest = clause[position:]
    found: list[Finding] = []
    for pattern, stance, strength, own, _words in _CUES:
        if stance not in ("prohibits", "requires") or not own:
            continue
        for match in pattern.finditer(rest):
            if re.match(r"(?:must|shall|should|have to|has to|is to|are to|will not|won't|(?:is|are) required|"
                        r"required to|(?:have|has) a duty|duty|responsibility)\b", match.group(), _I):
                found.append(Finding(stance, strength, match.group(), position + match.start(), own))
                break
    return min(found, key=lambda f: (f.start, -len(f.cue)), default=None)


_BAN_OUTSIDE_BREAKS = re.compile(r"\b(?:outside(?: of)?|other than (?:during|in|at)|except (?:during|in|at))\s+(?:the\s+|your\s+|their\s+)?"
                                 r"(?:[\w-]+\s+){0,2}?(?:breaks?|break[ -]times?|lunch(?:[ -]?times?|\s+hours?)?|rest periods?)\b", _I)


def bans_outside_breaks(clause: str) -> bool:
    """Whether a ban holds only outside the breaks ("Not using social media … outside of designated break
    times"): it limits the act to them."""
    return _BAN_OUTSIDE_BREAKS.search(clause) is not None


def _limit_by_time(clause: str, finding: Finding) -> Finding:
    """An obligation whose content is a time limit ("must be done in your own time") restricts, as does a
    ban that holds only outside the breaks."""
    if finding.stance == "prohibits" and _BAN_OUTSIDE_BREAKS.search(clause, finding.start):
        return Finding("restricts", finding.strength, finding.cue, finding.start, finding.own, time_bound=True)
    if finding.stance == "requires" and finding.own and (time := _OWN_TIME.search(clause, finding.start)) \
            and not re.search(r"\beven (?:if|when|though|where)\b[^;.]*$", clause[finding.start:time.start()], _I):
        return Finding("restricts", finding.strength, finding.cue, finding.start, finding.own, time_bound=True)
    return finding


_INVERTED_SUBJECT = re.compile(r"\s+(?:a|an|any|the|there|such|this|these|those|your|their|it|you|he|she|they|we|someone|"
                               r"anyone|anybody)\b[^.;,]{0,80}?\b(?:be|occur|arise|happen|exist|have|need|wish|want|receive)\b", _I)
_CONDITION = re.compile(r"^(?:if|unless|in the event that)\s+(?:[\w']+\s+){0,3}$", _I)
"""A condition's opening up to its own verb: "If you " + "are required to …"."""


def _in_condition(clause: str, start: int, end: int) -> bool:
    """Whether a cue sits in the condition of a conditional sentence, not in its rule: "If you
    are required to work late, you will be paid", "Should there be evidence …, action will be
    taken" (an inverted "if"; a question ends with "?")."""
    if start == 0 and clause[:end].lower() == "should":
        return not clause.rstrip().endswith("?")
    if start > 0 and clause[start:end].lower() == "should" and _INVERTED_SUBJECT.match(clause, end):
        return True  # "the steps that may be taken should a disclosure be suspected": "should" before its subject is "if"
    return _CONDITION.match(clause[:start]) is not None and len(clause[end:].split()) > 4


_WH_OBJECT = re.compile(r"\b(?:of|about|on|as to|covers?|explains?|describes?|outlines?|sets? out|shows?|lists?|says?|"
                        r"summari[sz](?:es?|ing)|"
                        r"specif(?:y|ies)|tells?|asks?|asked|wonders?|wondered|decides?|determines?|knows?|know|"
                        r"(?:un|not )?sure|uncertain|doubt|checks?|consider(?:s|ing)?|assess(?:es|ing)?|judge|"
                        r"(?:un)?clear|understands?|understood|see|learn|find out)\s+"
                        r"(?:what|how|whether|when|which|where|if)\b[^,.;:]{0,40}(?:,[^,.;:]{1,40},\s*)?$", _I)
"""A wh-clause that is the object of a description or a question ("a list of what you can do",
"Appendix B explains when staff may accept gifts", "staff ask whether they may …", "unsure whether
a gift is acceptable")."""
_WH_KNOWN = re.compile(r"\b(?:(?:un)?clear|understands?|understood|see|learn|find out|knows?|(?:un|not )?sure)\s+"
                       r"(?:what|how|whether|when|which|where|if)\b[^,.;:]{0,40}$", _I)
"""A wh-clause that is what the reader is to know ("so you are clear what we will not tolerate")."""
_WH_CLOSED = re.compile(r"(?:what|how|whether|when|which|where|if)\s+to\s+\w+(?:\s+\w|\s*$)"
                        r"|\b(?:is|are|was|were)\s+(?:\w+\s+)?\w+\s+$", _I)
"""A wh-clause that ends before the cue: an infinitive ("unsure whether to accept a gift should
ask") or a clause with its own verb and complement ("unsure whether a gift is acceptable
should ask"); the cue that follows is the main clause's."""
_CONTACT = re.compile(r"\b(?:may|can|to)\s+(?:also\s+)?(?:contact|message|e-?mail|write to|get in touch with)\s+"
                      r"(?:us\b|our\b|the\s+\w+|(?-i:[A-Z])\w+)", _I)
"""A permission to get in touch: the contact is offered, as "If you have questions, contact …" is."""
_NOUN_WILL = re.compile(r"\b(?:a|the|their|his|her|my|your|our|its)\s+$", _I)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which)\b[^,.;:]{0,60}$", _I)


def _in_relative_clause(clause: str, start: int) -> bool:
    return re.search(r"\b(?:who|which|whose\s+\w+)(?:,[^,]{1,60},)?\s+(?:\w+\s+)?$", clause[:start], _I) is not None


_WE_AS_PEOPLE = re.compile(r"\b(?:as|when representing|in representing|we are)\s+(?:[\w-]+\s+){0,3}?(?:members?|ambassadors|"
                           r"representatives|trustees|directors|volunteers|tenants|residents|councillors|officers|"
                           r"employees|staff|colleagues)\b|\b(?:in|when) representing\b", _I)
_PERSONAL_CONDUCT = re.compile(r"\s+(?:always\s+)?(?:use (?:\w+ )?language|swear|behave|be (?:rude|abusive|offensive|"
                               r"courteous|polite|respectful|honest)|treat (?:each other|one another|others|everyone|"
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


_BE_BEFORE = re.compile(r"\b(?:is|are|am|was|were|be|been|being|'re|'m|feels?|remains?|becomes?|find themselves|"
                        r"find yourself)\s+(?:\w+ly\s+|also\s+|still\s+)?$", _I)
"""A form of "be" before "unable to": "staff are unable to access" forbids, "people unable to attend" describes."""
_NO_REPLY = re.compile(r"\s+(?:\w+ly\s+|always\s+|necessarily\s+)?(?:receive|get)\s+(?:a|an|any)\s+(?:[\w-]+\s+)?"
                       r"(?:response|reply|answer|acknowledge?ment)\b", _I)


def said_by_body(clause: str) -> bool:
    """Whether the clause's first "will" has the body itself as its subject ("We will hide …")."""
    found = re.search(r"\bwill\b|'ll\b", clause, _I)
    return found is not None and (_OWN_DUTY.search(clause, 0, found.start()) is not None
                                  or _subject(clause, found.start()) == "body")


def _subject(clause: str, start: int) -> str | None:
    """"person" or "person-noun" (a person bound by the rule), "first-person" ("I will keep …", a
    rule the reader states of themselves), "body" (the body itself), or None."""
    if re.search(r"(?-i:\bI)\s+(?:\w+ly\s+|also\s+|always\s+|never\s+)?$", clause[:start]):
        return "first-person"
    before = re.sub(r",[^,]{1,40},\s*$", " ", clause[:start])  # "Officers, for the most part, will"
    before = re.split(r"\b(?:that|if|when|where|because|and|but|so)\b|[,:(]", before, flags=_I)[-1]
    words = before.split()[-6:]
    window = " ".join(words)
    people = list(_PERSON.finditer(window))
    bodies = list(_BODY.finditer(_BODY_OBJECT.sub(lambda m: "x" * len(m.group()), window) if people else window))
    if people and (not bodies or people[-1].start() > bodies[-1].start()):
        pronoun = people[-1].group().lower() in {"you", "he", "she", "they", "anyone", "everyone"}
        return "person" if pronoun else "person-noun"
    return "body" if bodies else None


_MUST = re.compile(r"\b(?:must|have to|has to|shall|(?:will|may|can) only|is to|are to)\b|'ll only\b", _I)
_SHOULD = re.compile(r"\bshould\b", _I)


def _modal(text: str, default: Strength = "should") -> Strength:
    """The strength of a limit: the first "must" or "should" in the clause, else `default`."""
    must, should = _MUST.search(text), _SHOULD.search(text)
    if must and (not should or must.start() < should.start()):
        return "must"
    return "should" if should else default
