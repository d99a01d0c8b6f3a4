"""The words that mark a clause's rule: the pattern tables :func:`.stance_grammar.read_clause` tries.

Three tables, in the order they are tried: :data:`_LIMITS` (a limit on something done),
:data:`_STRONG` (prohibitions that hold wherever they stand in the clause) and :data:`_CUES` (modals,
obligations, permissions, advice, imperatives and consequences: the leftmost that survives its check
governs), with the building blocks they share. Beside each pattern are the words one of which every
text it matches holds. What the tables read:

"will only be able to" is an ability, not a limit, where an
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
authorised to", "neither required nor permitted to") forbids; "our aim is to" states an aim, and what "shall be
effective" or "final" states a legal effect;
what people "should not have to" endure, or no one "should have to" or "be made to feel", is a protection owed
them, no ban; the body "under no obligation to" moderate denies a duty of its own, and help offered with
what the reader does not understand is an offer; "are to be used for work purposes" and "are
for official communication only" are limits.

The grammar leaves room for what real policies put inside a verb phrase: an adverb ("not
normally permitted", "expressly forbidden", "is not generally permissible"), a fronted negative
("On no account should …", "In no circumstances may …"; a "should" before or after it keeps its
strength) and a negated right ("have no right to use"). A duty not to act ("are required not
to", "have a duty not to", "take care that they do not") forbids, and a right ("have a right
to") permits, but not a right to a state ("a right to confidentiality") or to act "without fear of" abuse, which
is a protection. Advice to refrain ("are encouraged to refrain from") advises, and help "to abstain from" smoking
is offered: only "must refrain" and its like forbid. What may be done to a thing by those bound ("Gifts of low value may be accepted",
"laptops may be taken home") permits it, and what cannot be done to it forbids ("information
cannot be shared"), but not what may happen to the body's action or to someone's data
("disciplinary action may be taken", "your data may be used"); what "should be avoided" is
forbidden. How the body may pass on or
answer what it is sent ("We may share your comments with …") states no rule.

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
a body that "has a legal duty to" act owes it; what people "may come across", "notice" or "feel", the signs they
"may observe", and what they "may themselves be", are possibilities.

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
expected of members").

A breach that "will result in us deleting your post", "lead to your comment being removed" or "result in
permanent blocking", and "will take action to hide … or report", state the house rule by its enforcement;
what the body "will not respond to" is its service. "That means only posting …", a use that "is for …
only" and an item's "but only when …" limit; a right the body "respects" or "recognises" grants; a
policy that "does not intend that" it "should deter" staff grants; being "placed in a position where"
one has to act, and a place "where you can share", are no rule; a platform's own terms that "require
users to" are a fact; "It is essential that … should be avoided" forbids.

Rules that "are a condition of use", and tickets "issued subject to compliance with" them, bind; conduct
"expected from" people is a duty, as "expected of" is; what the body "requires that" others do binds, and
"we would prefer to receive" and "please advise us of" ask. "Shall take no part in", with or without its
modal, "neither party should", and what the body "considers unacceptable" or "will not condone" forbid
("do not condone and will remove" states the house rule by its enforcement, as "aim to delete" does). A
purpose "not to prohibit" an act grants it, as a permission that "may be withdrawn by" someone is their
power, and "can have a maximum of" grants with its limit; what is "not required in order to" be something is
not needed. What the body "may miss", and "may fear" or "may just be", are no rule. A secretary or treasurer
who "will" act has a duty, as a clerk has, and so has a post-holder who "has day-to-day responsibility
for" something, or whom a text "requires" as "the clerk to" act; "it is for line management to" act is a duty.
A thing that "will be between the hours of" a time, or remarks kept "to a three minute maximum", are
limited. What a body "is obliged to" do is its own duty, and one that "cannot accept any liability"
disclaims. Terms that "do not grant you the right to" act forbid it; "it is reasonable that they should"
requires; "For example, don't" forbids as a fronted condition before "don't" does; "should be conscious of
… and exercise" is a duty. A body that "expects high levels of" conduct "from" people lays a duty; what is
"strictly limited to" a thing is limited; a right "under" a named law grants; "please refer to" a web address
points elsewhere.

Where the reader turns for a recourse of their own ("If a doctor wishes to appeal …, they should write to …", "If
you think a councillor has breached the Code please tell us", "To make a complaint, you need to …", "You can make
an application to the Commissioner") is offered, as what a complaint "must be about" is; the grantee's own wish not
to act ("if you do not wish to") is no condition. A right reserved "in its absolute discretion" is reserved; items
of what "a breach of the Code may include" are forbidden; a maximum that "shall be allowed" limits. What one "should
be able to" do "without" hindrance, words after "tells you that", what a text "makes clear to" its readers and a
question with its subject run on ("whether they, and employees … should") are no rule; "we must always act with
integrity" is one, as only people do it, and a bank, like a council, owes its own duties.

A notice that leaves out "is" ("No fires permitted", "Nothing to be stored", "Consent required for …") rules as
one that keeps it; a thing that "continues to require a permit", what is done "as a condition of their appointment"
and what people "agree to carry out" bind, and so does a deadline for what the reader does. The body asks visitors,
patients and the public as it asks "you", and what it "is not currently allowing" it forbids. Media enquiries sent
to a communications team, and a team that "must be the initial point of contact", go through one channel. Costs
"incurred whilst" working, "before you can enter", a purpose's "to a minimum", capacity "limited to comply with" a
rule, "This will only be where", "who cannot attend", indirect questions listed after "decide" and a welcome to
attend or ask set no condition, grant or limit; the items of "may be used anywhere except where:" are the
permission's exceptions; "they will sign" a declaration, and people named before a list of committees, are bound.

A time "for 3 minutes each" and "on the production of" a document bound a permission, as the items of "may be copied
…, provided that:" do; "The maximum number of … is" limits; a summons, a reminder "of the requirement to", what
"will be mandatory" (noted or not), admission or membership "subject to" terms, items of what a hirer "confirms that
they:" do and "and not to be entered" bind or forbid. The body "may contact you" as part of its own process, and "can
block" users only as its power over them. Requests for information to be in writing, as complaints, and queries
raised with someone "who will be happy to" help, are offered; a modal in what someone represented is theirs; a
purpose ("to ensure that …") or a reason ("as requests will be treated in line with …") after a permission does not
bound it; a contact given by its e-mail address is offered.

A zero-tolerance policy "in respect of" a thing forbids it, unless it is what others are expected to demonstrate;
use that "constitutes acceptance of" terms, people who "agree to these terms" or "have agreed to abide by" a code,
what governors "agree to the following:", a thing one is "duty bound to" do, a statutory obligation, approval that
"is required", attendance that "is expected" and a speed limit bind or limit; "required to be aware of" is a duty to
know. A definition states no rule; "to ensure you can" is a purpose; "have been instructed not to" forbids, and
"and may only" or "and stop attending" start a clause of their own ("stop" + "-ing" forbids); "please therefore
continue to" is an imperative; an item on what happens to "anybody caught" breaking a rule is a consequence.

A notice with no verb of its own ("No swearing", "No personal attacks, either direct or indirect") forbids, unless it
names no act ("No further action"). What the body "will not tweet" or post, and its staying "politically neutral" or
unable to "engage on issues of party politics", are standards for its own voice; it "cannot give legal advice" is a
service it does not offer. Things "not okay" or "not OK" are as unacceptable as things "not acceptable"; a body
that "requires visitors to" (or tenants, customers, residents, parents…) act binds them as it binds staff, and so does
"It is a condition of … that you accept"; "must ensure that … and that they do not …" forbids. Where to turn with
one's own urgent query, how to opt out of being recorded or named, a culture where a thing "is unacceptable" that the
body aims at, a thing that "could be defined as" something, a body that "takes its responsibility … seriously", an
assurance that "you will always have" support, an organisation named before a dash ("Protect - formerly … - are"),
and standing orders that "require that the Trust" keep a register, state no rule of conduct.

A permission that only denies a need ("It is not necessary to request permission to link") grants nothing a ban after
it limits; a permission in a concession ("although bottled water may be allowed") grants nothing either, and a lead-in
"Unless agreed by your tutor, do not:" still forbids its items. What a body "will not accept a petition which" is, what
"is never acceptable", what "it's crucial that you" do, "have not been banned from", a body's logo as the subject of
"may not", a power to disconnect, what staff "will have access to", the imperatives "Remain", "Build", "Challenge",
"Show", "Demonstrate", "Listen" and "liaise with", and a channel something must "be raised" or "expressed through" read
as they say; "which should" describes; a purpose of private study, "If required," or "In accordance with …," put first,
and "every 16 weeks" bound a permission; an animal or a donor may be let act. What people "are not … and do not" have
is a fact; what the body "does not publish" is a standard for its posts; a policy "not about prohibiting" a thing
permits it; "I … and will" is the writer's own undertaking.

Visitors "asked to please not" do a thing are forbidden it; the press and public "excluded" from a meeting, or a
discussion held "excluding the press and public", are kept out, where those who "may be excluded" are told what may
happen; "you're agreeing to be bound by" binds; accounts that "may be closed" are the body's power over users;
circumstances ("In certain circumstances") or a period ("During the period of Purdah") put first, a "15 minute session"
and "only with your consent" bound what is granted; "All visitors to be signed in" is a notice's duty; a cap that "shall
not" or "must never exceed" limits. The body that "may change this Policy" keeps its own notice up to date; access
withdrawn from someone who breaks the rules, where to send one's own question, what a complaint must provide, who
investigates complaints, how to opt out of being filmed, what a document is for ("should also be a guide"), a duty of
care the body acknowledges and a book it keeps state no rule of conduct.

A lead-in that ends on "the following …" with no colon is completed by each item. "In exceptional circumstances" or
"at the sole discretion of" after a permission bounds it; the grantee's own wish put first ("Should you wish to …, you
are free to") grants freely. "There must be no more than" limits, and so does an "acceptable level" stated in money;
sites that "are no smoking sites" forbid smoking. A ban joined by "and therefore should not", or in a relative clause
after a limit (", which must not be given to any other person"), is the clause's most restrictive rule; what a Chair
"will" do at a meeting binds, as what a Mayor will do does; a right noted ("Please note that the Chair has the right
to") is the permission it states; contact asked for "first" is a duty before the act. What one is "not required to"
do in a concession, what a body "cannot directly control", what someone "should expect" as a consequence, "the way in
which they should" behave named after "and", a duty the law lays ("legislation puts a legal duty of care on"), what
"the complainant should be asked to" do and how someone who objects "to being recorded" opts out state no rule.

What "may also be blocked" is the body's power; a reply "asking you to remove it" enforces the house rules, where a
reply alone is the body's service. A "'zero tolerance' approach" in quotation marks and "there will be no tolerance of"
forbid; access "conditional on observance of" the rules binds; a use that "must be in support of" aims is limited to
them; "Please email" an address asks, unless the contact is offered to someone "calling out-of-hours" or "interested
in" taking part.

A no-smoking policy a body "operates" forbids smoking, and smoking "only allowed in" set areas is limited to them; what
"is now a personal choice" is allowed; a comment that "has grounds to be removed" is the body's power over it.

Agreeing to terms "in becoming" a member or "when you confirm your purchase", agreeing "to abide by" a code, people who
"work to" a code, a role that "involves a commitment to" act and training "mandated for" staff bind; a use "subject to
the prior approval of" someone, visitors one is "limiting … to one" visit, sessions that "last a maximum of" a time and
material "for your personal use … only" are limited; what "will not be at risk" or "will not be penalised" is a
protection, "This is because" a reason, and activities "which may lead to" harm a description, not a consequence.

Agreeing "by submitting" one's data, being "bound by" rules one "will be" bound by and councillors who "commit
themselves to" act bind; disciplinary action that "may proceed" is a consequence; enquiries that "should come through"
a team are limited to it; a meeting "open to the public" except at set times is open with that exception; complaints
that "will not normally be accepted" are forbidden; time set aside at a meeting for the public to speak grants it.

Minutes "given over" or "allocated" to public questions, a session that "lasts for" a time and rules that "allow a period
of" minutes for questions set time aside too; a question that "shall not require a response" is a need denied; a power
kept "in certain circumstances" is bounded by them; petitions the body "won't act on" for what they are are forbidden; a
matter "dealt with by the Chairman" is the chair's duty.

Minutes "allowed" for the public or set aside "at the start" of a meeting set time aside, where "a total of" minutes
limits; a speech that "will not last more than" a time and "a time limit of" minutes limit; a duty to act "and not to"
act, and what is "against Company policy", forbid; "shall each be entitled to" grants; what is to be agreed or checked
with a communications team or an IT office goes through it.

"There will be no areas where … is allowed" and "There is no visiting" forbid; what staff "should not feel inhibited
from" doing is granted; "It is Trust policy that" binds; a place that "will be subject to" conditions binds.

What one is "no longer required to" do is granted; a time, number or speed a rule must not go past ("will last no longer
than", "shall not speak for more than", "at a speed not exceeding") limits, and "may speak for no longer than" grants
within it; a rule that ends on "only" limits; one who "must be a resident of" a place, or needs to "live, work or study
in" it, is limited to it; what a rule "shall not restrict" anyone from doing is left free; a smoke-free site or policy
forbids smoking; "Unless with our prior permission no part of" a site forbids; what "does not give" a right, or is not
to "be construed as conferring" a licence, is withheld; what the body "expects" people "not to" do and what one "may be
asked not to" do are asked against; the people a code binds who "will be" polite or courteous are bound to be, where the
body's "our staff will be polite" is its service. A document's aim "to specify how" people should behave describes it.

Those who "do not have an automatic right to" act, or are "disqualified from" it, are denied it; applications or
complaints that "will not be considered" are refused; use "by permit only", "the maximum grant that can be awarded" and
a session that "will last for a maximum period of" minutes limit, as does asking people "to have no more than" a number;
use that "confirms your acceptance of" terms binds; people "reminded of their responsibilities" or "politely requested
to" act are bound or asked; "Section 137 states that" reports the law; a purpose "not permitted by" its owner, a right to
privacy the body respects, how it "will only use" the personal information it holds, and wishes it "will always abide
by" are its account of itself; those who "may be excluded" or "will not suffer" are told what may or will not happen; a
notice's "Chairman to introduce everyone" lays a duty; a welcome "as observers", a permission "no later than" a time and
use "in designated areas" are bounded.

Meetings that "shall be open to the public unless" and a welcome with "a public question session" grant with their
condition, as do an invitation "to attend and contribute within the public forum", members of the public who "will be
invited to speak", "15 minutes of time allocated to public questions" and the public "welcomed" to observe "with the
exception" of some items; "must not begin before 6 pm" limits; "you agree to these rules", one who "will be expected,
…, to" act and a duty "to comply … and not to" act bind; "not an appropriate place to" forbids; "Only those … may"
limits; "The law says that", "The Code of Conduct says that" and what councils "are required by law to" do report the
law; the body that "may use cookies" or one's personal information, and "minutes may be published", grant nothing; a
condition that runs on ("If you have symptoms, or think you might have COVID-19, do not") bounds its imperative; who
"cannot be left unattended" is forbidden it; what "will not have been" done is a reason.

What one "will no longer need to" do, what people "do not require" (tickets, evidence, an appointment), what "is up to
you whether" you do and what "is optional" or "is allowable" are granted; "there is an opportunity for" the public to
ask grants it, and minutes set aside "during each meeting" for anyone to speak grant it within that time. One "may
remain anonymous", "seated" or "silent" by choice, where a thing "may remain" so by chance. One who "does not have the
right to" act, unless "but may" follows, or whom a thing "does not give … permission to" act, is denied it; a negation
over verbs joined by "or" ("does not approve, endorse or allow") forbids as "does not allow" does; what the body "will
not accept any" of, but for a liability it disclaims, is refused; "a total of" minutes set aside for the public limits
the time.

What the reader "will need a valid booking" (a permit, a ticket, a pass) for is required, as what "requires a permit"
is; use that "will constitute your acceptance of" terms binds, as "constitutes" does; one "hereby summonsed" is
summoned; standards "always expected from" people bind, as those "expected from" them do; a responsibility "as a
customer to" act is one "to" act; after "please" a word before a preposition is an imperative ("please continue on a
separate sheet"), but not before an infinitive ("please arrange to speak"); what "may be convened", "called", "recorded"
or "filmed" by the public, the press or electors is granted to them (the number of electors it needs, "by any six
electors", bounds it), where "calls may be recorded" names no one who may; "No appointment necessary" (or "no booking is
required") and "There is no formal dress code" grant as "do not require" does; a body that "supports the use" of a thing
"provided" its conditions hold grants it on them, as a welcome "as long as" does; what "is unkind and not acceptable"
(or "rude or unacceptable") is forbidden as what "is not acceptable" is; a place that "is strictly non-smoking" or "no
smoking" forbids smoking; ", nor may it" (they, the …) inside a clause negates the modal it inverts; "will generally
not" (or "normally", "usually") is "will not"; and "only" after a verb before its object ("should provide only
additional information") limits what is done, where "only if" is a condition.

One "respectfully summoned" (any adverb in "-ly") is summoned; a body that "is asking" people to act asks them, as one
that "asks" does, and so does one that asks "those in command of" a thing, with or without a "please" set off after
them; people "expected" to act are bound with an aside set off by two dashes between ("all members of our community —
students, staff, visitors and partners — to treat"); a purpose put first ("In order to help us … please ensure") is set
off from the imperative after it as a condition is; ", however please" asks (or forbids) as ", but please" does; and
"please help us by having" a thing ready asks for it. Members of the public who "are" or "may be" invited to speak,
address or ask are granted it, as those who "will be" invited are; meetings that "may be recorded and/or commented on
online by" the public or press are granted to them; a meeting "open to the public" is granted with an exception before
it ("Except for confidential matters, …") as after it. What "is not transferable" (or "non-transferable") may not be
passed on; applications "considered only from" some, or bids "accepted only through" a channel, are limited to them, as
those "permitted only" are; a use or a visit that "is for a maximum of" a time (or "will be for a maximum period of" it)
is limited as one that "lasts" it is; what the body "does not accept", named without a determiner ("We do not accept
late entries"), is refused as what it "will not accept any" of is, where a responsibility, a liability or "that" is not,
nor what it "will not accept" (its own conduct); what "cannot be submitted" is forbidden as what "cannot be shared" is,
what "may be submitted" granted; and a byelaw however spelt ("This Bye Law", "by-laws") that "shall not prevent the
lighting or use of" a thing leaves it free, as one that "shall not restrict" anyone "from" an act does.
"""

from __future__ import annotations

import re
from typing import Literal

from ..model import Stance, Strength
from .patterns import compile_pattern, compile_rule
from .stance_words import ASKERS, BODY_NOUN, CONDUCT_DONE, DOCUMENT, FEARING, HARMED, PEOPLE, PRESS_TEAM, RULES, SETS_OUT, STAFF

_I = re.IGNORECASE

_I_OPENS = r"(?:^|(?<=[,;:] )|(?<=\band ))(?-i:I) "
""""I" opening a clause: a code in the voice of those it binds ("As a Member, I register …")."""
_I_STATE = (r"(?:am|was|have|had|understand|know|recogni[sz]e|believe|think|feel|hope|wish|want|see|appreciate|"
            r"reali[sz]e|acknowledge|confirm|consent|agree|note|remember|expect|get|like|love|need|mind|certify)")
"""What "I" knows, feels or is: no rule of conduct ("I understand that …", "I have read …")."""
_ADVERB = r"(?:also|still|now|always|sometimes|just|well|only|therefore|then|currently|normally|usually)"
_VARIED_OBJECT = r"\s+(?:the|their|his|her|its|your|our|any|a|an|this|these|those|each|every)\b"
"""What "vary" acts on when someone varies a thing ("may vary the order of business")."""
INTRANSITIVE_VARY = rf"vary(?!{_VARIED_OBJECT})"
""""vary" as what differs ("costs may vary"), not as an act."""
_NOT_AN_ACTION = (r"(?:be|been|have|expect|lead|result|amount|damage|cause|appear|bring(?=\s+(?:[\w'-]+\s+){0,5}?(?:into (?:disrepute|question|conflict)|about)\b)|compromise|conflict|constitute|"
                  r"affect|seem|wish|intend|look|make|present(?! (?:a|an|your|their) (?:petition|question|case|deputation|statement|views?)\b)|jeopardi[sz]e|pose|harm|sue|get|not|face|include|need|occur|miss|fear|"
                  rf"happen|arise|reflect|impact|expose|breach|undermine|reveal|{INTRANSITIVE_VARY}|remain(?! (?:anonymous|seated|silent|present|in (?:the )?(?:room|meeting|chamber|hall))\b)|find|become|feel|experience|encounter|come across|notice|observe(?=\s+(?:[\w'-]+\s+){{0,3}}?(?:signs?|changes?|symptoms?|indicators?)\b)|help|assist|exist|take (?:longer|a while|(?:some )?time|up to(?! [^.;]{{0,30}}?\b(?:leave|holidays?|off|breaks?)\b))|"
                  r"do (?:[\w-]+ ){0,2}?(?:damage|harm)|(?:develop|form) (?:[\w-]+ ){0,2}?(?:relationships?|friendships?|feelings|"
                  r"attachments?))\b")

_SELF = r"(?:themselves|himself|herself|itself|yourself|yourselves|ourselves)"
"""A reflexive between a modal and its verb ("officers may themselves be at risk")."""

_PAPERS = r"(?:certificates?|(?:fit|sick|medical|doctor's) notes?|receipts?|licen[cs]es?|permits?|tickets?)"
"""Papers one may need to have or show: "A fit note is needed", "You do not need a ticket"."""

_PERSON = compile_pattern(
    r"\b(?:employees?|staff|members?|officers?|councillors?|users?|you|colleagues|adults|ministers|managers|"
    r"workers|volunteers|contractors|clerks?|secretar(?:y|ies)|treasurers?|everyone|anyone|individuals?|he|she|they|personnel|people|"
    r"anybody|somebody|colleague|governors?|trustees?|students?|post ?holders?|consultants?|apprentices?|interns?|"
    r"trainees?|supervisors?|directors?|mayor|chair(?:man|men|woman|women|person|people)?s?|leaders?|candidates?|"
    r"applicants?|complainants?|lecturers?|teachers?|doctors?|"
    r"nurses?|clinicians?|practitioners?|constables?|firefighters?|crews?|civil servants?|representatives?|(?<=the )public|"
    r"residents?|visitors?|cyclists?|drivers?|riders?|walkers?|swimmers?|anglers?|hirers?|tenants?|traders?|stallholders?|"
    r"passengers?|customers?|parents?|carers?|pupils?|patients?|owners?|occupiers?|licen[cs]ees?|speakers?|questioners?|petitioners?|"
    r"readers?|borrowers?|children|guests?|spectators?|participants?|learners?|attendees?|bathers?|players?|holders?|cardholders?|"
    r"fathers?|mothers?|partners?|spouses?|adopters?|claimants?|jurors?|wardens?|rangers?|stewards?|marshals?|invigilators?|"
    r"caretakers?|lifeguards?|relatives?|assistants?|advis[eo]rs?|co-?ordinators?|officials?|auditors?|inspectors?|"
    r"technicians?|therapists?|midwi(?:fe|ves)|surgeons?|pharmacists?|paramedics?|engineers?|analysts?|administrators?|"
    r"receptionists?|cleaners?|porters?|tutors?|instructors?|mentors?|solicitors?|accountants?|head ?teachers?|deputies|"
    r"researchers?|surveyors?|investigators?|assessors?|caseworkers?|operatives?|sub-?contractors?|bidders?|tenderers?|"
    r"plot ?holders?|leaseholders?"
    r"|persons?|ceos?|chief executives?|head (?:of|for) (?-i:[A-Z][\w&-]*)(?: (?-i:[A-Z][\w&-]*)){0,3}"
    r"|those(?= (?:who|working|employed|engaged|acting|involved)\b))\b", _I)

_MINUTES = r"(?:\d+|one|two|three|four|five|ten|fifteen|twenty|thirty|forty-five|sixty) minutes?"
"""A stretch of time at a meeting, in minutes."""

_LIMITS: tuple[tuple[re.Pattern[str], Strength | Literal["stated"] | None, tuple[str, ...]], ...] = tuple(
    (compile_rule(p, _I), s, words) for p, s, words in (
    (r"\b(?:must|should) (?:limit|restrict|confine)\b|^(?:please )?(?:limit|restrict|confine)\b", None, ("limit", "restrict", "confine")),
    # a number not to be exceeded, as the subject of a duty ("No more than two visitors should be at a bedside")
    (r"^(?:no|not) more than (?:[\w'-]+ ){1,6}?(?:should|must|shall|are to|is to)\b(?! not\b)"
     r"|\b(?:must|should|shall|is to|are to) (?:\w+ly )?be (?:kept|held|limited|restricted) to (?:no more than|not more than|a maximum of)\b",
     None, ("more than", "maximum")),
    (r"\b(?:must|should) not be (?:disproportionate|to the detriment)\b", None, ("disproportionate", "detriment")),
    (r"\b(?:must|should) not spend more time\b(?=[^.]*\bthan (?:is )?necessary\b)", None, ("spend more time",)),
    (r"\b(?:must|should|may|shall|can|will) (?:not|never) (?:exceed|spend more than|be more than|last more than|last longer than|"
     r"[a-z]+ for more than|[a-z]+ for longer than|[a-z]+ more than (?:once|twice|\d+|one|two|three|four|five|six|ten|twelve|twenty))\b",
     None, ("exceed", "more than", "longer than")),
    (r"(?:\b(?:must|should|shall|is to|are to)(?: \w+ly)? (?:[\w'-]+ ){0,3}?|\bwill last )(?:(?:for|at|to) )?(?:an? [\w-]+ )?"
     r"(?:no longer than|no more than|not exceeding|not more than|not longer than) (?:\d+|one|two|three|four|five|six|ten|fifteen|twenty|thirty)\b",
     "stated", ("no longer than", "no more than", "not exceeding", "not more than", "not longer than")),
    (r"\b(?:ask|request)s? (?:that|you to) (?:[\w'-]+ ){0,3}?(?:no more than|no longer than|not more than) "
     r"(?:\d+|one|two|three|four|five|six|ten|fifteen|twenty|thirty)\b", "should", ("no more than", "no longer than", "not more than")),
    (r"(?<!\bthat )(?<!\bwhich )\b(?:must|should|shall|may|can|is to|are to|(?:is|are|will be) (?:permitted|allowed))\b"
     r"(?! be (?:downloaded|reproduced|copied|re-?used|printed)\b)[^.;:]{1,80}?(?<!\bnot) only(?=\s*(?:[.;]|,\s|$))", "stated",
     ("only",)),
    # a second verb of the duty that limits ("kept in the tin and only handled by the cashiers", "discreet and limited to
    # natural tones"), and a duty done by one and "by nobody else"
    (r"\b(?:must|should|shall|is to|are to)(?! not\b) [^.;]{1,80}? and (?:(?!(?:must|should|shall|may|can|will|is|are)\b)[a-z]+ )?(?:only (?!then\b|if\b)(?:[a-z]+ )?(?:by|to|on|in|for|"
     r"with|at|from|via|through|using|during|within)\b|(?:limited|restricted|confined) to\b)"
     r"|\band (?:by|to) (?:nobody|no one|no-one) else\b", None, ("only", "limited", "restricted", "confined", "else")),
    (r"\bthere is a (?:time )?limit of\b", "stated", ("limit",)),
    (r"\b(?:is|are) the only (?:[\w-]+ ){1,3}?(?:allowed|permitted|accepted)\b", "stated", ("only",)),
    # what alone may be done ("may accept only small tokens", "The only gifts staff may accept are …", "but nothing else")
    (r"\b(?:may|can) (?:\w+ly )?(?!\w+ly\b|not\b|also\b)(?-i:[a-z]+) only (?!(?:if|when|where|with|after|once|provided|providing|subject|on|in|during|for|at|"
     r"between|within|from|by|via|through)\b)\w+"
     r"|\bthe only (?:[\w-]+ ){1,3}?(?:that |which )?(?:[\w-]+ ){0,2}?(?:may|can) (?:be )?\w+|\b(?:but|and) nothing else\b",
     "stated", ("only", "nothing else")),
    # who or what a thing is for, only ("The kitchen is for use by staff only"), and a notice of it ("Members only.")
    (r"\b(?:is|are) for (?:the )?(?:(?:sole|exclusive) use (?:of|by)\b|use (?:of|by) (?:[\w'-]+ ){1,4}?only\b)"
     r"|^(?!for\b)(?:[\w'-]+ ){1,3}?only(?: (?:beyond|past|after) this point)?\s*[.!]?\s*$", "stated", ("only", "sole", "exclusive")),
    # a ban that holds only where its condition does ("is prohibited only where it interferes with work") limits the act
    (r"\b(?:is|are) (?:only (?:prohibited|forbidden|banned|restricted|not (?:permitted|allowed))|(?:prohibited|forbidden|banned|restricted) only)"
     r" (?:where|when|if|during|in|on)\b", "stated", ("only",)),
    (r"^(?:(?:but|and),? )?restrictions (?:also )?apply (?:to|on)\b", "stated", ("restrictions",)),
    (r"\b(?:is|are) only (?:considered )?(?:acceptable|permissible|allowable)\b|\b(?:is|are) (?:strictly )?reserved (?:to|for)\b(?! the future\b)",
     "stated", ("only", "reserved")),
    (r"(?<=\w )alone (?:may|can|(?:is|are) (?:permitted|allowed|authori[sz]ed|entitled))\b", "stated", ("alone",)),
    # a grant for one purpose by denying every other ("may use the phones for nothing but work calls", "for no other purpose")
    (r"\b(?:may|can|(?:is|are) (?:permitted|allowed))\b(?! not\b)[^.;]{0,60}? for (?:nothing|no other purposes?|no other reasons?|no purposes?|no reasons?)"
     r"(?: (?:other than|but|except|besides|apart from)\b|(?=\s*[.;]?\s*$))", "stated", ("nothing", "no other", "no purpose", "no reason")),
    # a ban on every use but one ("must not be used for anything other than official journeys")
    (r"\b(?:must|may|shall|should|can)(?: not|not|n't| never)\b[^.;]{0,60}? (?:for|on|in) (?:anything|any (?:other )?(?:purpose|reason|use|"
     r"business|activity|work)) (?:other than|except|but|apart from|besides)\b", "stated", ("other than", "except", "but", "apart from", "besides")),
    (r"\b(?:is|are|will be) (?:(?:very |only )?rarely|seldom|hardly ever|not always) (?:be )?(?:allowed|permitted|acceptable)\b",
     "stated", ("rarely", "seldom", "hardly", "not always")),
    # a permission whose subject is a small quantity ("Few gifts may be accepted", "Hardly any personal use is permitted")
    (r"^(?:(?:but|and|however),? )?(?:(?:very|only|so|too) )?(?:little|few|(?:hardly|scarcely|barely) any|not (?:all|every(?:one|body)?))\b"
     r"(?= [^.;]{0,60}?\b(?:may|can|(?:is|are|will be) (?:permitted|allowed|tolerated|acceptable))\b)", "stated",
     ("little", "few", "hardly", "scarcely", "barely", "not all", "not every")),
    (r"\b(?:must|shall|should|may) (?:not|never) (?:begin|start|commence|take place) (?:before|after|later than) (?:\d|noon|midday|midnight)", None,
     ("before", "after", "later than")),
    (r"(?<!\bnot )(?<!\bnever )\b(?:must|shall|need to|have to) (?:be (?:a )?resident\b|live(?:,? (?:or |and )?(?:work|study))* in\b)", "stated", ("resident", "live")),
    (r"(?<!\brecord )(?<!\brecords )\b(?:must|should|shall) (?:only )?(?:be kept|take place) (?:with)?in (?:the |an? )?(?:[\w-]+ ){0,3}?(?:office|area|room|premises|building)s?\b"
     r"|\b(?:must|should|shall) (?:only )?take place from (?:the |an? )?(?:[\w-]+ ){0,3}?(?:area|room|position|place)s?\b", None,
     ("kept", "take place")),
    (r"\bno more time\b(?=[^.]*\bthan (?:is )?necessary\b)", None, ("no more time",)),
    (r"\bthere (?:must|shall|should) be no (?:more|greater|larger) (?:number )?than\b", None, ("than",)),
    (r"\band only (?:allowed|permitted) (?:in|on|at|during|within)\b", "must", ("only",)),
    (r"\b(?:the )?use of [^.;]{1,80}? (?:must|should|shall) (?:only )?be in support of\b", None, ("support",)),
    (r"\bdisproportionate(?:ly)?\b|\bexcessive(?:ly)?\b", None, ("disproportionate", "excessive")),
    (r"\b(?:used|accessed|operated) only\b|\bonly (?:be )?(?:used|accessed)\b", None, ("only",)),
    (r"\b(?:must|should|shall|is to|are to|will|needs? to)(?: always| all| only)? (?:go|come|be channelled|be routed|be directed|be made|"
     r"be done|be conducted|be sent|be expressed|be raised|be put|be addressed|take place|"
     r"be (?:authori[sz]ed|approved|arranged|cleared|co-?ordinated)(?: in advance)?) (?:through|via)\b|\b(?:must|should|shall|is to|are to|will)(?: \w+ly)? be via\b", None, ("through", "via")),
    (r"\b(?:is|are|will be) (?:only )?between the hours of\b", "stated", ("hours",)),
    (r"\b(?:keep|limit|restrict)s? (?:[\w'\"“”-]+ ){1,4}?to (?:a|an) (?:[\w-]+ ){0,2}?(?:maximum|limit)\b", None, ("maximum", "limit")),
    # kept to a number of minutes, or to the reader's breaks ("keep calls to 15 minutes", "keep personal use to your lunch break")
    (r"(?:^(?:please )?|: |\b(?:must|should|shall|to|please) (?:\w+ly )?)(?:keep|limit|restrict) (?:[\w'\"“”-]+ ){1,6}?to (?:(?:a maximum of|no more than|under|less than) )?"
     r"(?:\d+|one|two|three|four|five|ten|fifteen|twenty|thirty) (?:minutes?|hours?|days?|words?|pages?|people|items?|visitors?|posts?)\b"
     r"|(?:^(?:please )?|: |\b(?:must|should|shall|to|please) (?:\w+ly )?)(?:keep|limit|restrict) (?:[\w'\"“”-]+ ){1,6}?to (?:your|their|his or her|the) (?:own time|(?:lunch|rest|tea) ?breaks?|breaks?)\b"
     r"|(?:^(?:please )?|: |\b(?:must|should|shall|to|please) (?:\w+ly )?)(?:keep|limit|restrict) (?:[\w'\"“”-]+ ){1,8}?to (?:those|people|staff|colleagues) (?:who|with)\b",
     "stated", ("minute", "hour", "day", "word", "page", "people", "item", "visitor", "post", "time", "break", "those", "staff",
                "colleagues")),
    (r"(?<!\bif it )(?<!\bif this )(?<!\bthough it )\b(?:is|are) (?:solely|exclusively|strictly|only) for\b(?! (?:general )?(?:information|reference|guidance|illustration)\b)",
     "stated", ("solely", "exclusively", "strictly", "only")),
    (r"\b(?:is|are) only (?:taken|used|shared|kept|given|sent|published|posted|stored|disclosed|released)\b(?= [^.;]{0,60}?\b(?:with|when|if|where|for)\b)"
     r"|\b(?:has|have) only been (?:permitted|allowed|approved|authori[sz]ed|sanctioned)\b"
     r"|\b(?:is|are|will be) only (?:approved|authori[sz]ed|sanctioned)\b"
     r"|\b(?:is|are|will be) (?:permitted|allowed|approved|authori[sz]ed|sanctioned|considered|accepted) only (?:via|through|by|for|in|on|when|where|"
     r"if|with|from|within|during|before|after|between|outside|until)\b"
     r"|\b(?:is|are|will be) (?:permitted|allowed) only(?=\s*:$)"
     r"|\b(?:may|can) (?:only )?be (?:\w+ed|passed on|given|shown)(?: (?:on|out))?(?: (?:to|with) [^.;:]{1,40}?)? only(?=\s*:|\s+(?:with|if|when|where|"
     r"for|by|in)\b)", "must", ("only",)),
    (r"\b(?:must|should|will|may|can|shall) only\b(?! be able\b)|'ll only\b(?! be able\b)|\b(?:is|are) only (?:to be|permitted|allowed)\b", None,
     ("only",)),
    (r"\b(?:must|shall|should|will|is to|are to) (?:\w+ly )?(?:be (?:\w+ed|held|done|run|made) |take place |operate |run )?"
     r"(?:only )?between (?:the hours of )?\d{1,2}(?:[.:]\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)", "stated", ("between",)),
    (r"\bwe (?:\w+ly )?only (?:link|post|share|publish|retweet|re-tweet|follow|feature|promote|advertise|accept)\b", "stated", ("only",)),
    (r"\b(?:may|can|(?:is|are) (?:permitted|allowed) to) (?:[\w,]+ ){1,10}?(?:only|solely|exclusively) (?:during|in|on|for|at|when|between|within|from|with|after|via|through)\b",
     "must", ("only", "solely", "exclusively")),
    (r"(?:(?-i:\bI)|\byou) (?:also |hereby )?(?:agree to|undertake to|promise to|commit to|will)(?! not\b) (?:[\w']+ ){1,6}?"
     r"(?:only|solely|exclusively) (?:in|for|on|within|during|with)\b", "stated", ("only", "solely", "exclusively")),
    (r"\b(?:must|should|shall|is to|are to)(?! not\b) (?:[\w']+ ){1,3}?(?:solely|exclusively)\b(?! (?:responsible|liable|accountable)\b)"
     r"|\b(?:must|should|shall|is to|are to)(?! not\b) (?:[\w'-]+ ){1,5}?only (?:in|for|on|within|during|with|by|through|via|from|"
     r"outside|at|when|while|whilst|where|to|using|as)\b"
     # "only" closing the duty's sentence: "must be delivered through the school's Teams account only (see …)"
     r"|\b(?:must|should|shall|is to|are to)(?! not\b) [^.;()]{1,80}?(?<!guidance)(?<!reference)(?<!information)(?<!illustration)"
     r"(?<!interpretation) only(?=\s*(?:[.;(]|,\s|$))"
     # "only" after the verb, before its object: "should provide only additional information"
     r"|\b(?:must|should|shall) (?:\w+ly )?(?!(?:be|have|not|never|also)\b)[a-z]+ only"
     r"(?= (?!(?:if|when|where|whenever|after|before|once|to|as|because|then|be)\b)[a-z])", None,
     ("only", "solely", "exclusively")),
    (r"\b(?:all|any) (?:media|press|journalists?'?) (?:enquiries|inquiries|queries|requests|calls)\b[^.;]{0,40}?\b(?:must|should|shall|"
     r"are to|will) (?:\w+ly )?be (?:directed|referred|forwarded|passed|routed|made)(?: directly)? to\b"
     rf"|\b(?:must|should|shall|are to|is to) (?:\w+ly )?be (?:directed|referred|forwarded|passed|routed) to (?:the|our) "
     rf"(?:[\w-]+ )?{PRESS_TEAM}\b"
     r"|\b(?:must|should|shall|will|is to) (?:\w+ly )?be the (?:initial|first|only|single|sole) point of contact for\b"
     r"|\b(?:must|should|shall) (?:\w+ly )?be (?:sent|agreed|arranged|discussed|checked|cleared)(?: and (?:agreed|arranged|approved))?"
     rf"(?: in advance| by e-?mail)? (?:with|to|by) the (?:{PRESS_TEAM}|IT (?:team|office))\b", None,
     ("media", "press", "journalist", "point of contact", "communication", "office", "team")),
    (r"\b(?:must|should|shall) (?:only )?be (?:conducted|carried out) (?:on|using|through) (?:[\w-]+ ){0,3}?(?:accounts?|systems?)\b", None,
     ("conducted", "carried out")),
    (r"^the maximum (?:number|amount|length|duration|size|grant|sum|award) (?:of |(?:that|which) (?:can|may|will) be )[^.;]{1,60}? "
     r"(?:is|will be|shall be)\b|\bwill last (?:for )?a maximum (?:period )?of\b"
     r"|\bspeed limit of \d+\b|\bat a speed (?:of )?(?:not exceeding|no more than|no greater than)\b"
     r"|\b(?:acceptable|maximum|permitted|allowable) (?:level|limit|value|amount) (?:is|to be|will be|shall be) (?:set at )?[£$€]\d+"
     r"|\b(?:is|are|will be) (?:strictly )?by (?:permit|appointment|invitation|ticket) only\b",
     "must", ("maximum", "speed limit", "at a speed", "level", "limit", "value", "amount", "only")),
    (r"\b(?:must|should|shall|will|is to|are to) (?:\w+ly )?be (?:restricted|limited|confined) to\b"
     r"(?! (?:comply|ensure|allow|reduce|protect|maintain|keep|meet|prevent|help|avoid|minimi[sz]e|enable)\b)", None,
     ("restricted", "limited", "confined")),
    (r"\b(?:must|should|shall) (?:\w+ly )?be (?:kept )?(?:limited|restricted|minimi[sz]ed)\b(?! to\b)"
     r"|\b(?:must|should|shall) (?:\w+ly )?be subject to (?:\w+ )?(?:restrictions|limits|limitations)\b", None,
     ("limited", "restricted", "minimi", "subject")),
    (r"\b(?:is|are)(?:,? \w+,| strictly)? (?:restricted|limited|confined to)\b|(?<!\bnot )\brestricted to\b", "must",
     ("restricted", "limited", "confined")),
    (rf"^(?:a|the) maximum of (?!{_MINUTES} (?:will|shall) be allowed for (?:members of )?the public\b)[^.;]{{1,60}}?\b(?:shall|will|must|is|are) (?:\w+ly )?(?:be )?(?:allowed|permitted|"
     r"accepted|given)\b|^(?:a|the) maximum of [^.;]{1,60}?\bcan be (?:asked|submitted|put)\b"
     rf"|^(?:a|the) total of {_MINUTES}\b[^.;]{{0,60}}? (?:is|are|will be|shall be) (?:given over|allocated|set aside|reserved|allowed)\b",
     "must", ("maximum", "total")),
    (r"\b(?:is|are) (?:dependent|conditional|contingent) (?:up)?on\b(?! (?:your |their |the user's |users' )?(?:compliance|acceptance|observance)\b)",
     "stated", ("dependent", "conditional", "contingent")),
    (r"\b(?:use|usage) of [^.;]{1,80}? (?:is|are) subject to (?:the )?(?:prior |written |express )?(?:approval|permission|consent|"
     r"authori[sz]ation)\b", "stated", ("subject",)),
    (r"\blimiting (?:[\w'-]+ ){1,3}?to (?:one|two|three|four|five|a|an|\d+)\b", "stated", ("limiting",)),
    (r"\b(?:lasts?|run|runs|(?:is|are|will be) for) (?:for )?a maximum (?:time limit |period )?of (?:\w+ )(?:minutes?|hours?|days?|weeks?)\b", "stated",
     ("maximum",)),
    (r"\b(?:is|are) for (?:your|their|his|her|his or her) (?:own )?(?:personal |private )?use\b[^.;]{0,60}? only\b", "stated",
     ("only",)),
    (r"\b(?:is|are) the only (?:[\w'/-]+ ){0,5}?(?:(?:who|that|when) (?:[^.;]{0,60}? )?(?:may|can|(?:is|are) (?:\w+ )?(?:permitted|allowed|authori[sz]ed|"
     r"entitled) to)|(?:empowered|authori[sz]ed|permitted|allowed|entitled) to)\b"
     r"|^only (?:those|people|persons|users|organisations|individuals|members|applicants)\b[^.;]{1,120}?\b(?:may|can)\b", "stated", ("only",)),
    (r"\b(?:is|are) (?:primarily|mainly|principally|chiefly|predominantly|largely) (?:intended |provided |designed )?for "
     r"(?:[\w'-]+ ){0,3}?(?:purposes|use|business|communications?|work|teaching|learning|education|activit(?:y|ies))\b", "stated",
     ("primarily", "mainly", "principally", "chiefly", "predominantly", "largely")),
    (rf"^(?!(?:[\w'-]+ ){{0,3}}?{DOCUMENT}\b)[^.;]{{0,80}}?\b(?:is|are) (?:\w+ly )?(?:intended|meant|designed|there) "
     r"(?:solely |only |primarily |mainly )?for [^.;]{1,80}?,? (?:and |but )?not (?:for|as)\b", "stated",
     ("intended", "meant", "designed", "there")),
    (r"\b(?:must|should|shall) (?:\w+ly )?be (?:appropriate|relevant|suitable) (?:to|for) (?:[\w'-]+ ){0,3}?(?:work|role|job|"
     r"duties|studies|education|activit(?:y|ies)|purposes|business|school life|learning)\b", None,
     ("appropriate", "relevant", "suitable")),
    (r"\b(?:kept|keep|keeping) (?:[\w']+ ){0,6}?to (?:a|an absolute) minimum\b", None, ("minimum",)),
    (r"\b(?:business|work|official|council) (?:use|purposes) only\b"
     r"|\bfor (?:[\w']+ ){1,3}?(?:use|purposes?|communications?|correspondence|business) only\b"
     r"|\b(?:solely|exclusively) for (?:the )?(?:[\w']+ ){0,3}?(?:use|purposes?|business)\b"
     r"|\b(?:used?|accessed|provided|operated) (?:solely |\w+ly )?for (?!(?:general )?(?:guidance|information|reference|illustration|convenience)\b)"
     r"(?:[\w']+ ){1,4}?only\b"
     r"|\b(?:is|are) provided for (?:[\w']+ ){0,2}?(?:work|business)(?:[ -]related)? (?:purposes|use|usage)\b", "stated",
     ("only", "solely", "exclusively", "provided for")),
    # a room, a place or a thing kept for one use or one group ("Meeting rooms on the third floor are for client interviews
    # only"), not a note on what a text is for ("for information only") nor a contact point ("the Press Office is for media only")
    (r"^(?:the |this |these |our |all )?(?!(?:[\w'-]+ ){0,4}?(?:office|desk|line|inbox|address|number|page|document|"
     r"section|list|table|guide)s? )(?:[\w'-]+ ){0,6}?(?:is|are) (?:strictly )?for (?!information\b|reference\b|guidance\b|"
     r"illustrat\w+\b|general\b)[^.;]{1,50}? only\b", "stated", ("only",)),
    (r"\bmeans only (?!if\b|when\b|where\b)\w+ing\b"
     r"|\b(?:use|usage|access) of (?:[\w'/-]+ ){1,4}?(?:is|are) (?:\w+ly )?for (?!information\b|reference\b)[^.;]{1,60}? only\b"
     r"|\bbut only (?:when|where|if|with|after|once|through|via)\b", "stated", ("only",)),
    (r"^(?:please )?(?:only (?:(?:post|provide|share|use|comment|contact|send|publish|upload|follow|accept|connect|respond|enter|"
     r"reply|discuss|access|download|install|store|save|open|visit|print|copy|forward|disclose|release|carry|take|do so|do this)\b)"
     r"|(?:post|share|use|send|publish|upload|accept|access|download|install|store|save|open|visit|print|copy|forward|"
     r"disclose|release|carry|take) only\b"
     r"|(?:contact|call|dial|ring|phone|e-?mail|text|use|address|speak) (?:[\w-]+ ){0,3}?only (?:in|for|when|if|during)\b"
     r"|(?:keep|retain|hold|store) (?:[\w-]+ ){0,3}?only (?:for|as long|until)\b)",
     "stated", ()),
    (r"^(?:(?:however|but|and|so|therefore),?\s+|(?:during|at|in) [^,.;]{1,40},\s+|(?:where|if|when|whenever|once) [^,.;]{1,120},\s+)?only\b(?:[^.;,]{1,100}?|[^.;,]{1,60}?,[^.;]{1,100}?,\s+(?=are\b|is\b|can\b|may\b)|[^.;,]{1,80}?,[^.;,]{1,140}?\s(?=may\b|can\b|must\b|should\b))\b(?:may|can|must|should|shall|(?:is|are) to|(?:is|are|will be)(?: \w+)? (?:permitted|allowed|authori[sz]ed))\b",
     None, ()),
    (r"\b(?:(?:is|are) to be|(?:must|should|shall) (?:\w+ly )?be) (?:\w+ly )?used (?:only |solely |exclusively )?"
     r"(?:for )?(?:the )?(?:[\w']+ )?(?:legitimate |official )?(?:business|work)\b"
     r"|\b(?:(?:is|are) to be|(?:must|should|shall) (?:\w+ly )?be) used (?:mainly|primarily|principally|predominantly|"
     r"largely) for\b|\b(?:is|are|be) (?:\w+ly )?reserved (?:solely |only |exclusively )?for\b"
     r"|\b(?:(?:is|are) to be|(?:must|should|shall) (?:\w+ly )?be) (?:\w+ly )?used (?:\w+ly )?for (?:[\w'-]+ ){0,3}?"
     r"(?:purposes|activities)\b"
     # what a thing "is to be used for" is what it is kept for
     r"|\b(?:is|are) to be used (?:only |solely |exclusively )?for(?= )(?! (?:\w+ )?(?:purposes|activities|business|work)\b)", "stated",
     ("used", "reserved")),
    # what is to be kept or confined to a time, a place or a subject ("kept to the hours between", "confine their questions to")
    (r"\b(?:must|should|shall|is to|are to) (?:\w+ly )?be (?:confined|kept) to(?= )(?! (?:an? |the )?(?:[\w-]+ )?standards?\b)"
     r"|\bconfine (?:[\w'-]+ ){1,4}?to\b|\b(?:must|should|shall|is to|are to) (?:\w+ly )?(?:be kept|stay|remain) within (?:the |these |those |its |their )?(?:[\w-]+ )?(?:limits?|hours|budget|allowance)\b",
     None, ("confine", "kept", "within")),
    # a route to send by that shuts out the others ("should direct all requests to the Head of Service rather than to officers")
    (r"\b(?:must|should|shall|are to|is to)(?! not\b) (?:\w+ly )?(?:be )?(?:direct(?:ed)?|sen[dt]|refer(?:red)?|route(?:d)?|forward(?:ed)?|pass(?:ed)?|address(?:ed)?|submit(?:ted)?)\b"
     r"[^.;]{1,100}?\b(?:rather than|instead of|and not (?:to|through|via))\b"
     # or a place to act from that shuts out the others ("must be made from one of the private rooms and not from the office")
     r"|\b(?:must|should|shall|are to|is to)(?! not\b) (?:\w+ly )?be (?:made|taken|held|done|carried out) (?:from|in|at) [^.;]{1,80}?"
     r"\band not (?:from|in|at)\b", None, ("rather", "instead", "not")),
    # a cap inside a duty ("must be taken in units of no more than two days")
    (r"\b(?:must|should|shall|is to|are to)(?! not\b) (?:[\w'-]+ ){1,8}?(?:no|not) (?:more|longer|greater) than\b", None, ("than",)),
))
"""Limits on something done, tried before anything else in the clause. With no strength of
its own a limit takes the clause's modal, else "should"; a limit that is "stated" as a fact
("it is for business use only") takes the modal, else is as firm as "must". Beside each pattern,
words one of which every text it matches holds (see :func:`.patterns.may_match`)."""

ASKS_REMOVAL = r"\basking (?:you|users|them|people|the \w+) to (?:remove|delete|take down)\b"
"""A reply that asks the poster to remove what they posted ("respond publicly … asking you to remove it"): the house
rule enforced, as removing the post is."""
_LY = r"(?:(?!only\b)\w+ly )?"
"""An adverb of manner or frequency inside a verb phrase: "not normally permitted", "expressly forbidden"."""

_ASIDE_UNMARKED = (r" (?:without (?:any |prior |further |advance )?(?:notice|warning|notification)|at any time|from time to time"
                   r"|at (?:its|our|their|the \w+'s) (?:sole |absolute )?discretion)")
"""An aside between a modal and its verb without commas ("may without notice ban", "may at any time remove")."""

_STRONG: tuple[tuple[re.Pattern[str], Strength, tuple[str, ...]], ...] = tuple(
    (compile_rule(p, _I), s, words) for p, s, words in (
    (r"\b(?:do not|don't|must not|should not|never) under any circumstances?\b|(?:^|(?<=, ))not (?:under|in) any circumstances?\b|\b(?:under|in) no circumstances?\b"
     r"|\b(?:is|are) not, (?:under|in) any circumstances?, to\b"
     r"|\bon no account\b|\bin no case\b", "must", ("circumstance", "no account", "no case")),
    (r"\b(?:does|do|will|shall) not (?:give|grant|confer) (?:[\w'-]+ ){0,8}?(?:an? |any )?(?:automatic |legal )?(?:right|permission) to\b"
     r"|^nothing (?:in|of) (?:this|these|the|our) [^.;]{1,60}? (?:permits|allows|entitles|authori[sz]es)\b"
     r"|^nothing (?:in|of) (?:this|these|the|our) [^.;]{1,60}? (?:gives|grants) (?:you |staff |employees |members |anyone )?(?:the |any )?(?:right|permission|licence|authority) to\b"
     r"|\bnothing\b[^.;]{0,60}?\b(?:shall|will|should) be (?:construed|interpreted|taken) as (?:conferring|granting|giving) (?:any |a )?"
     r"(?:licence|license|right)\b", "must", ("right", "licence", "license", "permission", "nothing")),
    (rf"\b(?:is |are )?(?:not|no longer|never) {_LY}(?:be )?{_LY}(?:allowed|permitted)\b|\b(?:is|are) (?:not|no longer) (?:free|at liberty) to\b|(?<!\bwho )(?<!\bmay )(?<!\bmight )(?<!\bcould )\b(?:is|are|be) (?:also |further |therefore |equally |both |all )?{_LY}(?:prohibited|forbidden|banned|disallowed)\b(?! only (?:where|when|if|during|in|on)\b)"
     r"|\b(?:there will be no|there is no|there are no) (?:[\w-]+ ){0,3}?(?:areas?|places?|rooms?)\b[^.;]{0,60}?\b(?:is|are) (?:allowed|permitted)\b"
     r"|\b(?:there is no|there will be no) (?:visiting|smoking|parking|entry|admission)\b"
     # the place denied ("Smoking is allowed nowhere", "Nowhere in the harbour is swimming permitted")
     r"|\b(?:allowed|permitted|tolerated) nowhere\b|^(?:nowhere|in no (?:part|area|room|place) of)\b[^.;]{0,60}?\b(?:is|are|may|can|shall)\b"
     # what is not admitted, but not a liability ("Liability is not admitted")
     r"|(?<!\bliability )\b(?:is|are) not (?:\w+ly )?admitted\b(?! that\b)|(?<!\bliability )(?<!\bliability is )\bnot admitted(?=\s*[.;!]?\s*$)"
     r"|\bwill not be tolerated\b|\b(?:is|are) (?:against|contrary to) (?:the |this |these |our )?(?:[\w-]+ )?(?:policy|policies|rules)\b|\b(?:will not|won't|do not|does not) (?:[\w ]{1,25}? or )?(?:tolerate|condone(?! and will\b))\b|\bnot eligible to\b"
     r"|\b(?:does|do|will) not (?:[\w ,]{1,40}? or )?(?:allow|permit)\b|\b(?:doesn't|don't|won't) (?:allow|permit)\b"
     r"|\b(?:is|are) not authori[sz]ed\b(?! to\b)|\b(?:is|are) (?:barred|disqualified) from\b|\b(?:is|are) (?:off[- ]limits|out of bounds)\b"
     rf"|\b(?:we|(?:the|our) {BODY_NOUN}) (?:has |have )?(?:now )?(?:strictly )?(?:bans|banned|prohibited|forbidden) (?:the|all|any)\b"
     r"|\b(?:ban|prohibition)s? (?:on [^.;]{1,60}? )?(?:remains?|stays?|is still|are still) (?:in place|in force|in effect)\b"
     r"|\b(?:ban|prohibition)s? (?:on [^.;]{1,60}? )?still appl(?:y|ies)\b"
     r"|\b(?:ban|prohibition)s? (?:on [^.;]{1,60}? )?(?:will |is to )?(?:remains?|stays?)(?= in (?:place|force|effect)\b|\s*(?:[.;]|$)|\s+until\b)"
     r"|\b(?:remains?|continues? to be) (?:\w+ly )?(?:prohibited|banned|forbidden|barred|not (?:allowed|permitted))\b"
     r"|\bcontinue not to be (?:allowed|permitted)\b"
     r"|\b(?:may|can|must|shall|should) (?:\w+ly )?(?-i:[a-z]+) neither\b(?=[^.;]{1,80}?\bnor\b)"
     r"|\b(?:ban|prohibition)s? (?:also )?(?:applies|apply|extends?|covers?)(?: also)?(?: to)?(?= \w)"
     r"|\b(?:is|are) (?:also )?included in (?:this|the|that|these) (?:ban|prohibition)s?\b"
     r"|\b(?:permission|approval|consent|authori[sz]ation) (?:will|shall) not (?:\w+ly )?be (?:given|granted)\b"
     # a grant the body has ended ("has stopped allowing", "has withdrawn permission for", "Permission … has been
     # withdrawn"), or what it no longer tolerates
     r"|\b(?:has|have) (?:now )?(?:stopped|ceased) (?:allowing|permitting|to (?:allow|permit))\b"
     r"|\b(?:has|have) (?:now )?withdrawn (?:the |its |their )?(?:permission|approval|consent)\b"
     r"|\b(?:permission|approval|consent) (?:(?:for|to) [^.;]{1,60}? )?(?:has|have) (?:now )?been withdrawn\b"
     r"|\b(?:is|are) no longer (?:\w+ly )?tolerated\b"
     # no case in which a grant holds ("There are no circumstances in which staff may …", "There is no situation in
     # which sharing a password is acceptable")
     r"|\bthere (?:are no|is no|will be no) (?:circumstances?|situations?|cases?|occasions?) (?:in which|where|when)\b"
     r"(?=[^.;]{1,80}?\b(?:may|can|could|(?:is|are|be) (?:\w+ly )?(?:acceptable|appropriate|allowed|permitted|permissible)|"
     r"allowed|permitted)\b)"
     # a negative put first, with its verb before its subject ("In no way should staff …", "On no occasion should …")
     r"|^(?:(?:and|but),? )?(?:in no (?:way|case|instance)|on no (?:occasion|condition|grounds)|not once|not ever) "
     r"(?:should|must|may|can|shall|will|is|are|do|does)\b(?![^.;]*\b(?:liable|liability|responsible|responsibility)\b)"
     # a ban stated as a thing that exists ("There is a ban on …", "There is a strict prohibition on …")
     r"|\bthere (?:is|are|will be) (?:an? |a total |a complete |a strict |an absolute )?(?:ban|prohibition)s? (?:on|against)\b"
     r"|\b(?:is|are) (?:not |non-)transferr?able\b"
     r"|\b(?:is|are) (?:\w+ly )?(?:prevented|precluded|debarred) (?:from|in) \w+ing\b"
     r"|^(?:[\w']+ ){1,4}?(?:strictly )?(?:prohibits|forbids)(?= \w)"
     r"|\b(?:prohibits|forbids|prevents|bars|debars|precludes) (?:[\w']+ ){1,6}?from \w+ing\b"
     r"|\b(?:regulations|rules|laws|provisions|restrictions|statutes|terms|conditions) (?:also )?"
     r"(?:prohibit|forbid|prevent|bar|debar|preclude) (?:[\w']+ ){1,6}?from \w+ing\b",
     "must",
     ("allow", "permit", "prohibit", "forbid", "banned", "free", "liberty", "tolerat", "condone", "eligible", "authori", "bar", "disqualified", "limits", "prevent", "preclude",
      "ban",
      "transfer", "against", "contrary", "bounds", "permission", "approval", "consent", "neither", "never", "nowhere",
      "no part", "no area", "no room", "no place", "admitted", "remain", "stay", "continue", "there is no", "there will be no", "there are no",
      "stopped", "ceased", "withdrawn", "in no", "on no", "not once", "not ever")),
    (rf"\b(?:we|(?-i:[A-Z])\w+) (?:\w+ly )?(?:consider|regard|deem|view|find)s? (?:that|this|it|such (?:[\w-]+ ){{0,2}}?[\w-]+) (?:as |to be )?(?:{_LY})?unacceptable\b"
     rf"|\bit(?: is|'s) (?:(?:not |un|im)(?:acceptable|permissible)|not (?:okay|ok))\b|\b(?:is|are) (?:[\w-]+ (?:and|or) )?(?:(?:not|never) {_LY}(?:acceptable|permissible|okay|ok)|{_LY}unacceptable"
     r"|impermissible)\b|\b(?:has|have) no (?:automatic )?(?:right|authority|entitlement) to (?!privacy\b)\w+"
     r"|\b(?:is|are) (?:not in any way|not at all|by no means|in no way) (?:acceptable|appropriate|permissible|permitted|allowed)\b"
     # no excuse for the act ("can never be justified", "There can be no justification for")
     r"|\b(?:can|could|may|will) never be (?:justified|justifiable|excused|condoned)\b"
     r"|\bthere (?:can|could|will) be no (?:possible )?(?:justification|excuse) for\b"
     r"|\bthere is never (?:a|any) (?:good |valid |legitimate )?(?:reason|justification|excuse) (?:to|for)\b"
     r"|\bthere is no (?:automatic |legal |general )?right (?:for (?:[\w-]+ ){1,4}?)?to (?!privacy\b)\w+"
     # "do not have an automatic right to" act, or "the right to" it unless "but may" follows (a permission with its condition)
     r"|\b(?:do|does) not have (?:the |an? |any )?(?:automatic |legal )?(?:right|authority) to\b"
     r"(?![^.;]*\bbut (?:\w+ )?(?:may|can)\b)"
     r"|(?<!\bwho )(?<!\bthat )(?<!\bif you )(?<!\bif they )\b(?:do|does) not have (?:the |any )?permission to\b"
     r"(?![^.;]*\bbut (?:\w+ )?(?:may|can)\b)|\b(?:has|have) no permission to\b"
     r"|\b(?:has|have) not been (?:given|granted) (?:the |any )?permission to\b|\bno permission (?:has|have|will) (?:been |be )?(?:given|granted)\b",
     "must",
     ("acceptable", "permissible", "right", "authority", "entitlement", "ok", "permission", "appropriate", "permitted", "allowed",
      "justif", "excus", "condon", "reason")),
    (r"\bthere (?:must|shall|is to|are to) be (?:no|nothing)\b(?! (?:more|greater|larger) (?:number )?than\b)", "must", ("there",)),
    (r"\b(?:the public|(?:the )?press|members of the public|visitors)\b(?: (?:and|or) (?:the )?(?:press|public))?[^.;]{0,20}? "
     r"(?:is|are|(?<!\bmay )be|will be|shall be|will need to be) (?:\w+ly )?excluded\b"
     r"|\bexcluding (?:the )?(?:press|public)(?: and (?:the )?(?:press|public))?\b(?! holidays?\b)", "must", ("exclud",)),
    (r"\b(?:do|does|will) not (?:grant|give|confer) (?:you|users|visitors|members|staff|anyone|any person) (?:the|any) "
     r"(?:right|permission|licence|license) to\b", "must", ("grant", "give", "confer")),
    (r"\bit is (?:\w+ly )?incompatible with\b", "must", ("incompatible",)),
    (r"\b(?:is|are) (?:an? )?(?:(?:no|non)[- ]smoking|smoke[- ]free) (?:sites?|areas?|zones?|premises|buildings?|campus(?:es)?)\b"
     r"|\b(?:is|are) (?:strictly |entirely |completely |totally )?(?:no|non)[- ]smoking(?=\s*[.;]?\s*$)"
     r"|\b(?:operates?|has|have|enforces?) an? (?:(?:no|non)[- ]smoking|smoke[- ]free(?: and (?:vape|vaping)[- ]free)?) policy\b", "must",
     ("smoking", "smoke")),
    (r"\b(?:will not|won't|do not|don't|does not|doesn't|cannot) accept (?:the use of |any |any form of )?(?:(?!(?:for|of|liability|responsibility)\b)[\w-]+,? |\([^()]{1,60}\) )"
     r"{0,8}?"
     r"(?:language|behaviou?r|content|comments|posts|abuse|material|conduct|harassment|(?:petitions?|submissions?)(?= (?:which|that)\b))\b",
     "must", ("accept",)),
    # what the body refuses to take in from others ("We will not accept any hazardous waste", and in the present without
    # "any": "We do not accept anonymous comments"), but for a liability it disclaims, and without "any" for terms, a fact
    # or a thing a determiner names; "The council will not accept gifts" is what it says it will not do, no rule
    (rf"\b(?:we|(?:the|our) {BODY_NOUN}) (?:(?:will not|won't|do not|don't|does not|doesn't|cannot) (?:normally |usually |generally )?accept"
     r"(?= any (?!(?:form of )?(?:liability|responsibility|claims?)\b|of\b))|(?:do not|don't|does not|doesn't|cannot) (?:normally |usually |generally )?accept"
     r"(?= (?!(?:any|liability|responsibility|claims?|the|these|this|that|those|your|our|their|its|his|her|it|them|you|an?|or|and|"
     r"to|as|such|payment)\b)[a-z]))", "must", ("accept",)),
    # the same refusal in the passive, of what is named ("Cash gifts are not accepted", "Late entries are not normally
    # accepted"), but not a liability disclaimed ("Responsibility is not accepted for …") nor a view ("It is not accepted that")
    (r"(?<=\w )(?<!\bit )(?<!\bthis )(?<!\bthat )(?<!\bliability )(?<!\bresponsibility )(?:is|are) (?:\w+ly )?not (?:\w+ly )?"
     r"accepted\b(?! (?:that|as|by (?:all|everyone|some|many))\b)", "must", ("accepted",)),
    (r"(?<!\bdemonstrate a )(?<!\badopt a )(?<!\bshow a )\bzero[- ]tolerance['’\"”]?(?:(?: (?:policy|approach|stance|attitude))? "
     r"(?:to|towards|of|for|on|in relation to|in respect of|regarding|against)\b| (?:policy|approach|stance)(?=\s*[.;]?$))"
     r"|\bthere (?:will be|is) no tolerance (?:of|for|towards?)\b"
     r"|^zero[- ]tolerance\s*(?:[:–—-]|$)", "must", ("tolerance",)),
    (r"\bthere(?: is|'s| are) (?:absolutely |simply |definitely )?no (?:place|room)\b(?=[^.;]{0,60}\bfor\b)"
     r"|\b(?:has|have) (?:absolutely )?no place (?:on|in|at|within)\b", "must", ("place", "room")),
    (r"\bthere should be (?:no|nothing)\b", "should", ("there",)),
    (r"\bshould (?:by no means|in no way)\b", "should", ("no means", "no way")),
    (r"\b(?:must|shall|may|can|(?:is|are) to) (?:by no means|in no way)\b(?! be (?:construed|interpreted|taken|read|seen|regarded|"
     r"considered|deemed|understood)\b)", "must", ("no means", "no way")),
    (r"\b(?:would|'d) (?:really )?like (?:you|everyone|users|people|all users|our followers) not\b", "should", ("like",)),
    (r"^(?:(?:and|but) )?(?:neither|nor) (?:should|ought)\b|\bneither (?:party|side|person|of (?:them|us|you|these))"
     r" (?:should|ought)\b", "should", ()),
    (r"^(?:(?:and|but) )?(?:neither|nor) (?:may|must|can|shall|could|will)\b|\bneither (?:party|side|person|of (?:them|us|you|these))"
     r" (?:may|must|can|shall|will)\b"
     # ", nor may it be used": the inverted modal negated inside the clause
     r"|(?<=\w),? nor (?:may|must|shall) (?:it|they|he|she|you|(?:this|these|such|the|any) [\w-]+)\b", "must", ()),
    (r"\bit (?:is|would be) (?:not |in)appropriate\b|\bit(?: is|'s| would be) not (?:really|at all|particularly) appropriate\b"
     r"|\bit would not (?:really )?be appropriate\b|\bit(?: is|'s) not really acceptable (?:for|to)\b"
     # a wrong done ("It would be wrong for staff to accept …"), not a belief judged ("It is wrong to assume that …")
     r"|\bit(?: is|'s| would be| will be) (?:\w+ly )?wrong (?:for (?:[\w-]+ ){1,3}?)?to "
     r"(?!(?:assume|think|believe|suggest|say|conclude|imply|expect|see)\b)"
     r"|\b(?:is|are) (?:not appropriate|inappropriate) (?:for|to)\b"
     r"|\b(?:is|are) not (?:an? |the )?appropriate (?:place|forum|platform|channel|way) (?:for|to)\b"
     r"|\bit (?:is|would|will) (?:(?:almost|nearly|virtually) )?(?:never|rarely|seldom|hardly ever) (?:be )?"
     r"(?:appropriate|acceptable) (?:for|to)\b|\bit (?:would|will) not (?:\w+ly )?be (?:appropriate|acceptable) (?:for|to)\b"
     # an act named by its gerund, judged ("Sharing passwords is inappropriate")
     r"|^(?:(?:however|similarly|likewise),? )?(?!(?:nothing|something|anything|everything)\b)(?-i:[A-Z]?[a-z]+ing)\b[^.;,]{0,100}? (?:is|are) "
     r"(?:(?:also|equally|always|clearly|wholly|entirely|totally) )?(?:inappropriate|not appropriate)(?=\s*(?:[.;]|$))",
     "should", ("appropriate", "acceptable", "wrong")),
    (rf"\b(?:would|'d) like you not to\b|\bshould (?:refrain|abstain)\b"
     rf"|\b(?:is|are) {_LY}discouraged\b(?!,? (?:but|though|although) not (?:\w+ly )?(?:prohibited|forbidden|banned)\b)"
     rf"|\b(?:is|are) {_LY}frowned (?:up)?on\b", "should",
     ("like you not", "refrain", "abstain", "discouraged", "frowned")),
    (r"\bat no (?:time|point|stage)\b|\b(?:must|shall|will|to|please) (?:refrain|abstain|desist)\b|\b(?:refrain|abstain|desist) from\b", "must",
     ("no time", "no point", "no stage", "refrain", "abstain", "desist")),
    (r"\b(?:(?:must|shall|should|will|to)(?: then| also)? |(?<!\bwho )(?<!\bthat )(?<!\bwhich ))takes? no (?:further )?part in\b",
     "must", ("take", "no part")),
))
"""Prohibitions that hold wherever they stand in the clause, each with the words a text it matches holds."""
_DENIED_OBJECT = (r"(?:(?:make|give|accept|take|send|post|share|use|offer|enter into|seek|solicit|receive|disclose|publish|"
                  r"express|show|bring|display|leave|say|do) (?:no|nothing)\b(?! (?:doubt|more|longer|less|fewer|later|other|further)\b)"
                  r"|have (?:no (?:[\w-]+ )?(?:contact|dealings|involvement|part|role|association|communications?|relationships?|"
                  r"connections?|business|access)\b|nothing to do with\b))")
"""A verb with its object denied by "no" or "nothing"; "have" only with a dealing ("no contact", "nothing to do with"), as
"should have no expectation of privacy" and "nothing to fear" tell the reader what to expect."""
CHOICE_GRANTED = (r"(?:is|are) (?:entirely |purely )?(?:(?:a matter|one) for (?:you|them|the individual|individuals|each "
                  r"(?:individual|employee|person|member))|(?:a matter|one) (?:for|of) (?:your|their|his|her|his or her|the individual's) (?:own )?"
                  r"(?:judge?ment|discretion|choice)|(?:your|their|his|her|his or her) (?:own )?(?:choice|decision|business))\b")
"""A choice left to the person ("is his or her own business", "is a matter for you", "is your choice"), whose subject
may be a question ("Whether you use social media is your choice")."""
HINDERING = r"(?:prevent|bar|prohibit|forbid|preclude|stop(?!\s+\w+ing\b))"
"""A verb that hinders someone from an act, where "stop" and a gerund ("stop working") is an act ceased instead."""
_HINDERS = compile_pattern(r"\b(?:prohibit|forbid|prevent|bar|debar|preclude)s?\b", _I)
"""The verb of a text or law that forbids by hindering: negated ("nothing … prevents"), it permits."""

_ASKED_ONE = (r"(?:(?:all|our) )?(?:" + PEOPLE + r"|they|people|everyone|visitors|members of the public|the public|residents|"
              r"customers|patients|parents|carers|families|relatives|members of the press|journalists|respondents|participants|"
              r"followers|tenants|those (?:in|on|aboard|using|visiting|attending) [^,.;]{1,60}?)")
_ASKED = rf"{_ASKED_ONE}(?:(?:, | and | or |, and ){_ASKED_ONE})*(?:,? please,?)?"
"""Whom the body asks ("We ask visitors not to smoke", "we ask all members of the public to not film"): whoever it addresses,
one or several joined by "and" or "or" ("we ask all residents and respondents to adhere to"), or named by a phrase after
"those" ("we ask those in charge of dogs to"), and a "please" set off after them ("we ask visitors, please, to")."""

_NEGATED_SUBJECT = compile_pattern(
    r"(?:^(?:(?:however|but|and|equally|similarly|likewise|also|so|therefore),? |(?:unless|except) (?:with|by) [^,.;]{1,60}? "
    r"|(?:during|throughout|under|within|outside|between|before|after|in|on|at) (?:(?!(?:where|when|whenever|if|which|that|who|"
    r"unless|because|as|so|once|is|are|was|were|has|have|had)\b)[^,.;:()])+?(?:\([^()]{1,60}\) )?)?"
    r"|(?<=[,:(] )|(?<=\bunderstand that )|(?<=\bknow that )|(?<=\baware that ))"
    r"(?:no(?! (?:matter|longer|later|more|less|fewer|doubt|one else)\b)(?= \w)|nobody|no one|no-one"
    r"|none of|none(?= (?:but|other than|except)\b)|not (?:a single|one)(?= \w)|neither(?=[^.;]{1,80}?\bnor\b)|nothing(?=\s+(?:is\s+|are\s+)?to\s+be\b)"
    r"|nothing(?:\s+(?:on|in|from)\s+(?:this|the|our)\s+(?:site|website|page|app|channel|account|feed))?"
    r"(?=\s+(?:may|must|should|shall|can)\s+(?:\w+ly\s+)?be\s+(?!(?:construed|taken|interpreted|read|deemed|regarded|understood|"
    r"considered|seen|done to|able|possible)\b)\w+))\b(?P<rest>(?:(?!(?<!\bwho )(?<!\bwhich )(?<!\bthat )\b(?:has|have|had|was|were)\s+(?:been|not|no)\b)[^.;]){0,240}?)\b"
    r"(?P<modal>may|can|shall|should(?!\s+(?:ever\s+)?(?:(?:have|need) to|be made to feel)\b)|must|will|is to|are to|(?<=\bnothing )to be|(?:(?:is|are) )?(?:permitted|allowed)|(?:is|are) "
    r"(?:entitled|authori[sz]ed|able)|(?:has|have) the (?:authority|right))\b", _I)
"""A negated subject and its modal: "No member of staff may …", "No fires (are) permitted", "Nothing (is) to be stored"
(a notice may leave out "is"), also after a phrase of time or place put first with no comma ("During the pre-election
period no officer may publish"); not what no one "should have to" endure, a protection, nor a modal after the subject's own
verb ("no representations had been received that the item should be heard in private"; a relative clause's is no such
verb: "No member of staff who has been absent is to return")."""

_NO_NOTICE = compile_pattern(
    r"^(?:(?:and|but|also),? )?(?:strictly |absolutely )?no (?!(?:matter|longer|later|more|less|doubt|one|body|-one|exceptions?|further|action|"
    r"need|problem|issues?|replies|reply|response|answer|restrictions?|limits?|charge|objection)\b)"
    r"(?![^.;:]*\b(?:is|are|was|were|be|been|being|will|would|can|could|may|might|must|shall|should|has|have|had|do|does|"
    r"did|needs?|needed|required|necessary|charges?|fees?|costs?|appl(?:y|ies)|exists?)\b)[\w'’-]+(?: [\w'’/-]+){0,10}?(?=\s*(?:[.!;(,]|$))", _I)
"""A notice of what is not done, with no verb of its own: "No smoking", "No personal attacks, either direct or indirect"."""

_A_DOCUMENT = compile_pattern(r"\s*(?:[\w-]+ ){0,2}?(?:code|policy|policies|guidance|guide|document|list|rules?|procedure|"
                             r"handbook|set of \w+)(?: of [\w-]+)?\s*$", _I)
"""The subject of a negated "can" that is a text: "No Code of Conduct can hope to …"."""

_DESCRIBES = compile_pattern(
    r"^(?:(?:this|these|the|an?|our) (?:(?!and\b|or\b)[\w'-]+ ){0,2}?(?:policy|guidance|guidelines?|document|protocol|procedure|code|guide|framework|toolkit|"
    r"section|statement|regulations|circular|note|leaflet|factsheet|page|web ?page|notice|licen[cs]e agreements?)\b(?: (?:of|for|on) [\w'/-]+)?"
    r"(?: \([^()]{1,20}\))?(?: [\w'/-]+){0,2}?|it) (?:also )?"
    rf"(?:{SETS_OUT}|"
    r"makes? clear (?:to (?:[\w'-]+ ){1,3}?)?(?:the|what|how)\b|"
    r"(?:provides?|gives?|offers?) (?:\w+ )?(?:guidance|advice|information)|(?:is|are) (?:designed|intended|meant) to "
    r"(?:give|provide|set out|explain|describe|outline)(?: \w+)? guidance)\b(?! in\b)"
    r"|^(?:this|these|the|our) (?:[\w'-]+ ){0,2}?(?:policy|guidance|guidelines|document|code|procedure)\b[^.;]{0,80}?"
    r"\b(?:is|are) (?:designed|intended|meant) to make clear (?:to (?:[\w'-]+ ){1,3}?)?(?:the|what|how)\b"
    r"|^(?:the )?(?:aims?|purposes?|objectives?|intentions?) of (?:this|the|these|our) (?:[\w'-]+ ){0,2}?"
    r"(?:policy|guidance|guidelines|document|code|procedure|protocol|section) (?:is|are) to (?:specify|set out|explain|describe|outline|"
    r"define|clarify) (?:how|what|when|where|whether)\b", _I)
"""A sentence about what the policy sets out (not "the guidelines set out in section 3", a participle), or makes clear
to its readers (not "makes clear that", a rule restated): a modal in what follows ("the standard that should be
followed", "the standards each is expected to uphold") belongs to the description, not to a rule."""

_BOUND = (r"(?:(?:all|any|every|each|such|the|those|these|relevant|its|our|their|your) )?(?:[\w'-]+ ){0,2}?"
          r"(?:employees?|staff|members?|officers?|councillors?|users?|you|them|him|her|holders?|individuals?|"
          r"managers?|workers|volunteers|contractors|personnel|colleagues|governors|trustees|students|directors|"
          r"post ?holders|postholders|clerks?|visitors|customers|residents|tenants|parents|pupils|patients|guests|readers|"
          r"hirers|applicants|candidates|participants|everyone|anyone)'?(?: (?:of|in) (?:[\w'-]+ ){0,3}?(?:posts?|roles?|positions?|grades?))?")
"""Who a rule is laid on when a text requires it of them: "requires councillors to register"."""

_UNDERTAKERS = rf"(?:{PEOPLE}|they|governors|trustees|directors|managers)"
"""Who can undertake to act or not to act ("Members undertake to observe the Code"); never the body."""
_VERB_AFTER_TO = r"(?!(?:the|a|an|its|our|their|your|this|that|these|those|any|all)\b)(?-i:[a-z]+)\b"
"""The verb of an infinitive, where "to" could also open a place ("expects staff … to come forward", not "… to the
council")."""

_OWN_TIME = compile_pattern(r"\bin (?:your|their|his or her) own time\b|\b(?:outwith|outside(?: of)?) (?:[\w']+ ){0,3}?"
                           r"work(?:ing)? (?:hours|time)\b|\b(?:lunch|rest) breaks?\b|\bbefore (?:and|or) after work\b", _I)

_IMPERATIVES = (r"ensure|make sure|comply|be (?!(?:\w+ly )?(?:aware|mindful|assured)\b|able\b)\w+|clearly identify|tell|"
                r"familiari[sz]e|expressly state|remember(?! that\b)(?!,)|protect|presume|use(?! of\b)|report|contact(?! with\b)|act|take|"
                r"support|provide|treat|keep|follow|seek|check|think|read|respect|refer|ask|inform|notify|raise|"
                r"declare|obtain|identify|state|behave|maintain|review|update|delete|remove|block|stop|include|observe|"
                r"verify|explain|confirm|acknowledge|have regard to|let (?:us|them|\w+) know|send|stay|remain|call|try (?:and|to)|speak (?:to|with)|"
                r"talk (?:to|with)|liaise with|consult|find out|build|challenge|demonstrate|show|listen|co-?operate (?:with|by|fully)|"
                r"help (?:us )?(?:to )?(?:reduce|keep|protect|prevent|stop|minimi[sz]e)|help us by \w+ing|"
                r"complete(?= (?:the|your|a|an|all|any|each|every|this|these|it|them|their|our|and|in|on|online|using|with)\b)|submit")
"""Verbs read as an imperative at a clause's start or after "please": "complete" only before what or how it is
completed ("Please complete in black ink"), never as an adjective ("Complete details are on our website")."""
_WE_MODAL = r"we\s+(?:\w+ly\s+)?(?:may|must|will|can|should|shall|might|could)\b"
"""The body's own modal, where a fronted condition ends and its main clause begins ("If …, we may hide it")."""
_WORD_BEFORE_IMPERATIVE = (r"(?:\b(?!(?:i|we|you|they|he|she|it|staff|who|that|which|will|would|may|might|can|could|must|should|"
                           r"shall|cannot|then|to|not|and|or|do|did|of|for|with|by|on|in|at|from|a|an|the|your|their|our|any|no)\b)"
                           r"[\w'-]*[^\Ws]|(?<=s )you)\s")
"""The word before an imperative that follows a condition without a comma: not the condition's subject ("If you do not
…", "If members report …"), a modal, "do" or "to" the verb belongs to, or a preposition or determiner before a noun ("in
respect of"), unless "you" is the condition's object ("If a journalist contacts you refer them …")."""
_RUN_ON_CONDITION = (r"^(?:if|when|where|whenever|once|before|after|in the event of)\s"
                     r"(?:(?!\b(?:will|would|may|might|can|could|must|should|shall|cannot|then)\b)[^,.;:()]){2,99}?"
                     rf"{_WORD_BEFORE_IMPERATIVE}")
"""A condition run on to its main clause without a comma ("If you receive a suspicious email do not open it", "When
leaving the building make sure …"), up to an imperative after the condition's own subject and verb; no modal in it."""
_NO_MAIN_CLAUSE_AFTER = r"(?![^.;]*\b(?:we|you|they|he|she|it|there|this|that|staff)\s+(?:will|would|may|might|can|could|must|should|shall)\b)"
"""No subject and modal later in the sentence: the word taken for an imperative is not the condition's own verb before
its main clause ("If members of the public report a problem we will investigate")."""
_FRONTED = (r"(?:(?:if|when) in doubt,? )?"
            r"(?:but,?\s+(?=(?:before|when|if|where|once|after|whenever)\b))?(?:(?:even )?(?:before|when|if|unless|where|once|after|whenever|in addition|during|throughout"
            r"|prior to|in the event (?:of|that)|in case of|for (?:example|instance)|in (?:either|each|any|both|all|every) cases?"
            r"|(?:on|upon) (?:your )?(?:arrival|entry|entering|leaving|departure|return)|in order to|so as to"
            r"|for your own)"
            rf"(?:(?!{_WE_MODAL})[^,.;]{{1,80}}?, "
            r"(?=[^,.;]{1,30}?(?:,| or | and ))){0,4}"
            rf"(?!{_WE_MODAL})"
            r"[^,]{0,160}?(?:, (?:(?:or|and) (?:when|if|where|whenever|once) [^,.;]{1,80}?, |or (?:think|believe|suspect) [^,.;]{1,80}?, )?"
            r"|\s(?=please\b)|\s(?=always\s)))?"
            r"(?:please )?(?:therefore |also |now )?")

_NOUN_PHRASE_WORDS = (r"(?:(?!(?:that|if|when|where|whether|who|which|what|how|you|they|we|it|he|she|there|this|these|those|and|or|"
                      r"but|because|as|so|while|whilst|until|before|after|once|your|their|our|to|not)\b)[\w'-]+\s+){0,4}")
"""Up to four words of a noun phrase, none of which opens a clause or an object: a word that looks like an imperative
but opens a subject ("Support workers are permitted …", "Contact from former service users is not unusual")."""
_ALSO_NOUNS = r"contact(?! with\b)|support|report|use(?! of\b)|review|update|call|block|stop|act|respect|challenge|build|check|state"
"""Imperatives that are also nouns, which open a subject when a verb follows within a few words (not "Ensure all staff
are aware", whose verb takes a clause)."""

_VERDICT_HEADED = r"(?:(?<=[:|—–] )|(?<=[:|—–])(?! )|(?<= - ))"
"""Where a verdict starts after its heading: after a colon, a bar or a dash, not at a clause's start ("To be used in cases of
complaint" states a purpose)."""
_VERDICT_AFTER = rf"(?:^|{_VERDICT_HEADED})"
"""Where a heading's or a table row's verdict starts: the clause's start, or after its heading."""
_VERDICT_ENDS = (r"(?=\s*(?:[.;,(!]|$)|\s+(?:during|in|on|at|for|if|when|where|with|provided|providing|subject|but|up to|only|outside|"
                 r"before|after|between|within|as long as|unless|except)\b)")
"""A verdict that ends where a heading's does, or goes on to its terms ("permitted during breaks", "allowed in the park but
…"), not a word before a noun ("Acceptable behaviour includes", "Welcome challenge")."""

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
              r"(?:your|the|a|an|any|all|this|these|those|it|them|each|every|one|both|yourself|their|our)\b"
              r"| (?!only\b)\w+ly (?:with|to|at|and|in|on|when|towards)\b| (?:suitable|appropriate|sensible|protective) \w"
              r"| (?:in|out|off) (?:on|at|to|using|via|when|before|after|and)\b"
              r"| [\w.+-]+@[\w-]+\."
              r"| (?-i:[a-z]+s) (?:in|on|to|with|about|for|from|into|at|by|securely|regularly|carefully)\b"
              r"(?![^.;]*\b(?:must|should|shall|will|may|can|is|are|was|were|need|needs|has|have)\b))")
"""A word opening the clause before its object, as an imperative does ("Lock your screen",
"Refuse any gift", "Log off or lock your computer", "Store passwords in the approved manager", "Please email
memberships@… to confirm"):
the verbs real policies use are too many to list."""

_PLEASE_VERB = (rf"(?!{_NOT_A_VERB}\b|feel\b|rest\b|kindly\b|help\b)(?-i:[a-z]+)(?<!ing)(?<!ly)(?<!ed)(?<![^s]s)"
                r"(?= (?:with|on|in|at|by|for|through|from|onto|into)\b| to (?:the|a|an|your|our|us|them|him|her|by|(?-i:[A-Z]))\b"
                r"| (?:out|off|up|down|back|away|round)\b| (?!(?:to|of)\b)(?-i:[a-z][\w'-]*)\b)")
"""A word after "please" and before a preposition: an intransitive imperative ("please continue on …", "please write to
… by noon"), which :data:`_BARE_VERB` leaves because no object follows; not before an infinitive ("please arrange to
speak with …")."""

_HINDER = (r"(?:(?:prevent|stop|stifle|hinder|impede|curtail|interfere with|discourage|deter)\b|(?:prohibit|restrict|preclude|ban|bar)\b"
           r"(?= (?:[\w']+ ){1,4}?from\b))")
"""Hindering someone from an act: a policy that does not mean to hinder it permits the act
("is not intended to stop staff from …"; not "is not intended to prohibit all social involvement")."""

_PUBLIC_ACTS = r"(?:convened|called|requisitioned|recorded|filmed|photographed|broadcast|audio[- ]recorded)"
"""What the public, the press or a number of electors may do to a meeting, in the passive: "A parish meeting may be convened
by any six electors", "The meeting may also be recorded by the press or members of the public": a grant to them, where "calls
may be recorded" names no one who may."""

_SUBJECT_DOES = r"(?:\bdoes |(?<=\w )(?<!\bplease )(?<!\band )(?<!\bor )do )"
""""does not" always has a subject; "do not" only when a word comes before it, so that a clause
opening "Do not prevent others from …" stays the imperative it is."""

_DENIED_BAN = (r"\b(?:nothing|no (?:rule|reason|law|policy|requirement|regulation))\b(?: (?:in|of) (?:this|the|our) "
               r"(?:\w+ )?(?:policy|code|guidance|rules))? (?:to say|that says|which says|says|saying|why)\b(?: that)? "
               r"(?:[\w'-]+ ){1,3}?(?:cannot|can't|can not|may not|must not|mustn't|should not|shouldn't|"
               r"(?:is|are) not (?:allowed|permitted) to)\b"
               r"|\bno reason (?:[\w'-]+ ){1,3}?(?:cannot|can not|may not|must not|should not)\b")
"""A ban denied: "there is nothing to say you cannot", "no reason why staff should not", "no reason staff should not":
the act is allowed."""
_DENIED_BAN_RE = compile_pattern(_DENIED_BAN, _I)

# (pattern, stance, strength, own, words one of which a text it matches holds); the leftmost match
# that survives its check governs.
_CUES: tuple[tuple[re.Pattern[str], Stance, Strength, bool, tuple[str, ...]], ...] = tuple(
    (compile_rule(p, _I), stance, strength, own, words) for p, stance, strength, own, words in (
        # cross-references and knowing a fact
        (r"\b(?:should|must|is to|are to) be read (?:in conjunction|together|alongside|with)\b"
         r"|\b(?:should|must|shall|is to|are to) (?:also |not |never |always )?be (?:read|viewed|seen|considered|interpreted|"
         r"regarded|understood|used|consulted)(?: \w+ly,?)? (?:in conjunction|together|alongside|in (?:the )?(?:context|light) of|in isolation)\b"
         r"(?![^.;]{0,30}?\b(?:common sense|judge?ment|discretion)\b)"
         r"|\b(?:should|must|shall|is to|are to) be (?:read|construed|interpreted|understood|taken) as\b"
         r"|\b(?:should|must|shall|is to|are to) be (?:taken|read|understood|construed) to (?:include|mean|refer to|cover)\b"
         r"|\bshould (?:also )?consult (?:with )?[^.;]{1,60}? for (?:further|more|additional) (?:information|details|guidance|clarification)\b"
         r"|\bshould (?:also )?read (?:this|it|these) (?:in conjunction with|together with|alongside)\b"
         r"|^(?:please )?(?:refer to|see|read (?:the |our )?(?:full |more |further )?(?:details|information|guidance)\b"
         r"|(?:view|download|open|print) (?:a |the |our )?(?:[\w-]+ ){0,2}?(?:copy|version)\b)"
         r"(?=[^.;]{0,80}?\b(?:section|paragraph|appendix|annex|policy|procedure|"
         r"guidance|guidelines|document|code|handbook|guide|intranet|website|page|faqs?|https?(?=://)|www(?=\.)|"
         r"for (?:further|more|full|up-to-date|(?:the )?latest) (?:contact )?(?:details|information|guidance))\b)", "advises", "informative", True, ()),
        (r"\b(?:(?:must|shall|should|need to|needs to|will need to|is to|are to)(?: also| therefore| always| all| still)? )?"
         r"(?:be (?:\w+ly )?(?:aware|mindful)(?! that (?:you|they) (?:are|remain) (?:\w+ )?responsible for\b)|remember that|note that|bear in mind|be borne in mind|be noted"
         r"|(?:ensure|make sure) (?:that )?(?:they|you|he|she|he or she) (?:are|is) (?:\w+ly )?(?:aware|mindful))\b"
         r"|\bmindful\b|\bplease remember\b(?! to\b)|\bplease note\b(?! that\b)|\b(?:maintain|keep|have|develop) (?:an? |your )?(?:\w+ )?awareness\b|\bremember that\b|\b(?:is|are) aware that\b|\breminded that\b(?! it is a requirement\b| (?:they|you) (?:must|are required)\b)"
         r"|\bremember(?=,? (?:you|they|we|it|there|everything|anything|what|how|once|if|when)\b)"
         r"|\b(?:(?:must|shall|should|need to|needs to)(?: also| therefore| always| all| still| fully| clearly)? )?"
         r"(?:(?:understand|recogni[sz]e|accept|reali[sz]e|appreciate|know|acknowledge|assume)s? that|understand"
         r"|be conscious|take note)\b|\b(?:(?:please|must|should|need to|needs to)(?: also| always)? )?keep in mind\b|\b(?:(?:must|should) )?be (?:emphasi[sz]ed|stressed) that\b"
         r"|\b(?:(?:must|should|shall) )?(?:do not|don't|never|not) forget\b(?! to\b)|\b(?:please )?(?:be|rest) assured\b"
         r"|\b(?:should|must|do) (?:not|never) (?:\w+ )?(?:assume|expect|think|believe)\b|^(?:please )?never (?:\w+ )?(?:assume|expect|think|believe)\b"
         # what people are not to fear doing is encouraged, not banned ("Staff should not be afraid to raise concerns")
         rf"|\b(?:should|must|need|do|does)(?: not| never|n't)? (?:ever )?{FEARING}\b"
         rf"|\b(?:no need|(?:do|does|will) not need|don't need|doesn't need|won't need|needn't) to (?:ever )?(?:{FEARING}|feel (?:guilty|ashamed))\b|^(?:please )?(?:never|do not|don't) {FEARING}\b|^(?:please )?(?:do not|don't) be (?:offended|upset|alarmed|surprised)\b"
         r"|\b(?:(?:must|should|need to|needs to)(?: also| therefore| always)? )?(?:have|has) no expectation (?:of|that)\b"
         r"|\b(?:(?:please|must|should|need to|needs to)(?: also| therefore| always)? )?make (?:yourself|yourselves|themselves|"
         r"himself|herself|himself or herself) (?:fully )?aware\b"
         r"|\b(?:must|should) (?:\w+ )?expect (?:that\b|(?:their|your|his|her|all|any) (?:[\w-]+ ){1,3}?to be\b)"
         r"|\b(?:must|should) (?:\w+ )?expect(?:,|\s+(?:to\s+(?:be|receive|face)|(?:\w+\s+)?(?:challenge|action|sanctions?|"
         r"consequences?|disciplinary))\b)"
         r"|\b(?:should|must|shall) (?:not|never) be (?:considered|regarded|deemed|construed|interpreted|(?:taken|seen|read|viewed|understood) as)\b"
         r"|\b(?:must|should|shall|needs? to) (?:always )?(?:be able to (?:trust|have (?:\w+ )?confidence)|have (?:\w+ )?confidence|"
         r"be (?:\w+ )?confident)\b"
         r"|\b(?:can|may) (?:also |always )?(?:check|verify|confirm) (?:that )?(?:it|this|the (?:account|page))(?:'s| is) "
         r"(?:really )?(?:us|genuine|real|official|ours)\b",
         "advises", "informative",
         True, ()),
        (r"\b(?:you|users|members|they|we|everyone) (?:are|is|remain) (?:\w+ly |all )?(?:responsible|liable|accountable) for "
         r"(?:any |all |the |everything |what )?(?:[\w-]+ )?(?:content|posts?|comments?|messages?|you|they|we)\b"
         r"|\b(?:becomes?|is|are|remains?) (?:his|her|his/her|his or her|their|your|the user's) (?:own |sole |personal )?"
         r"responsibility\b(?!(?: as (?:an? |the )?[\w-]+(?: [\w-]+)?)? to\b| for \w+ing\b)",
         "advises", "informative", True, ("responsib", "liable", "accountable")),
        # advice in the impersonal "it is advised that" ("It is advised, therefore, that users check …"), where "you are
        # advised that" only tells the reader what will happen
        (r"\badvised to\b|\bit is (?:\w+ly )?advised(?=,? (?:therefore,? )?that\b)|\bencourage[ds]?\b|\b(?:(?:must|should|need to) )?ask (?:yourself|yourselves|themselves|himself|herself)\b|\brecommend(?:s|ed)?\b|\b(?:may|might) (?:wish|want) to\b"
         r"|\bit is (?:\w+ )?(?:important|advisable|good practice)\b|\bworth considering\b"
         r"|\bthe (?:best|safest|wisest) (?:policy|approach|course(?: of action)?|option|thing|advice) (?:is|would be) (?:not )?to\b"
         r"|\b(?:should|will|need) have (?:nothing|no need) to (?:fear|worry)\b"
         r"|\bshould (?:\w+ )?(?:seek|obtain|take) (?:your own |specific |independent |professional )*(?:legal|professional|financial) "
         r"advice\b"
         r"|\b(?:shall|will|would) (?:\w+ly )?cease to (?:be|hold)\b"
         r"|\b(?:will|would|shall|cannot|can) (?:not )?be (?:accepted|considered|treated|regarded) as (?:an? |any )?(?:[\w-]+ )?"
         r"(?:excuse|mitigation|mitigating factor|defen[cs]e|justification)\b",
         "advises", "informative", True,
         ("advised", "encourage", "ask", "recommend", "wish", "want", "important", "advisable", "good practice", "considering",
          "best", "safest", "wisest", "fear", "worry", "excuse", "mitigati", "defen", "justification", "cease", "advice",
          "afraid", "scared", "frightened", "worried", "nervous", "reluctant", "embarrassed", "unable", "cannot", "can't")),
        # a rule set out as a heading and its verdict, or a table's row ("Personal calls – permitted during breaks", "Photos on
        # desks: allowed", "Tattoos: no restrictions", "USB sticks — encrypted devices only", "ID badges – to be worn")
        (rf"{_VERDICT_AFTER}(?:allowed|permitted|acceptable|welcome|no restrictions?|no limits?)\b{_VERDICT_ENDS}"
         r"|(?<!\beverything )(?<!\bit )(?<!\bthis )(?<!\bthat )\b(?:is|are) (?:absolutely |perfectly )?(?:fine|ok|okay)\b"
         r"(?= (?:on|at|during|provided|providing|as long as|so long as|if|when|to (?:wear|use|bring|keep))\b)",
         "permits", "may", True, ("allowed", "permitted", "acceptable", "welcome", "no restriction", "no limit", "fine", "ok")),
        (rf"{_VERDICT_AFTER}(?:not (?:allowed|permitted|acceptable)|prohibited|banned|forbidden)\b{_VERDICT_ENDS}", "prohibits", "must", True,
         ("allowed", "permitted", "acceptable", "prohibited", "banned", "forbidden")),
        (rf"{_VERDICT_HEADED}to be (?:\w+ly )?(?!(?:confirmed|decided|agreed|determined|announced|arranged|advised)\b)(?-i:[a-z]+)(?:ed|en|rn|ne|ld|pt|de)\b"
         r"|^to be (?:\w+ly )?(?:worn|returned|made|kept|signed(?: in| out)?|completed|displayed|submitted|carried|locked|recorded|"
         r"reported|booked|cleared|switched off|turned off|closed|declared|logged)\b(?= (?:at|by|on|in|before|within|and|or|when|while|"
         r"whenever|as soon as)\b)",
         "requires", "must", True, ("to be",)),
        (rf"{_VERDICT_AFTER}(?![^.;:|]*\b(?:is|are|was|were|be|will|may|can|must|should|shall)\b)"
         r"[^.;:|—–]{1,60}?(?<!guidance)(?<!reference)(?<!information)(?<!illustration)(?<!example) only\s*(?:[.;(]|$)",
         "restricts", "must", True, ("only",)),
        # a block on the body's equipment stated as a fact ("Streaming sites cannot be accessed from the corporate network")
        (r"\b(?:cannot|can't|can not|will not|won't) be (?:accessed|viewed|used|opened|downloaded|installed|streamed|visited) "
         r"(?:from|on|via|using|through) (?:the |our |any |a |your )?(?:[\w'-]+ ){0,2}?(?:network|computers?|pcs?|laptops?|devices?|"
         r"equipment|systems?|wi-?fi|it|phones?|mobiles?)\b", "prohibits", "must", True, ("cannot", "can't", "can not", "will not", "won't")),
        # imperatives opening the clause
        (rf"^(?:but |and |so )?{_FRONTED}(?:do not|don't|never) forget to\b", "requires", "must", False, ()),
        # a ban set against what came before ("…, but do not add comments"), not what the reader is told to expect
        (r"^(?:(?:but|however|yet),? (?!(?:do not|don't|never) (?:\w+ )?(?:assume|expect|think|believe)\b))?"
         rf"{_FRONTED}(?:do not|don't|never)\b(?! (?:want|wish|like) to\b)(?! (?:count (?:as|towards)|qualify (?:as|for)|constitute|form part of|amount to)\b)"
         rf"|^{_FRONTED}(?:stay|keep) (?:off|away from|out of)\b"
         rf"|^{_FRONTED}(?:have|make|give|accept|take|send|post|share|use|allow|offer|enter into) no\b(?! (?:doubt|more|longer)\b)",
         "prohibits", "must", False, ()),
        (rf"^{_FRONTED}(?:avoid|beware of)\b|^{_FRONTED}(?:try|aim) not to\b", "prohibits", "should", False, ()),
        (rf"{_RUN_ON_CONDITION}(?:do not|don't|never)\b{_NO_MAIN_CLAUSE_AFTER}", "prohibits", "must", False, ()),
        (rf"{_RUN_ON_CONDITION}(?:make sure|(?!be\b)(?:{_IMPERATIVES}))\b(?=\s){_NO_MAIN_CLAUSE_AFTER}", "requires", "must", False, ()),
        (rf"^{_FRONTED}do nothing (?:to|that|which)\b", "prohibits", "must", False, ("nothing",)),
        (r"\bshould do nothing (?:to|that|which)\b", "prohibits", "should", True, ("nothing",)),
        (rf"^{_FRONTED}(?:also )?consider (?:whether|if|how|what|carefully)\b", "requires", "must", False, ()),
        (r"\bwe never\b", "prohibits", "must", True, ("we never",)),
        (r"\b(?:officers|staff|employees|members|councillors|colleagues|governors|trustees|teachers|nurses|doctors|"
         r"firefighters|civil servants|volunteers|managers) (?:\w+ly )?never (?!knows?\b|needs?\b|ha(?:ve|s|d)\b)"
         r"(?-i:[a-z]+)(?<!ed)(?<!ing)\b", "prohibits", "must", True, ("never",)),
        (r"\bwe (?:(?:always|also|generally|usually|normally|try to) )?avoid\b"
         rf"|\b{BODY_NOUN} (?:always |also |generally |usually "
         r"|normally )?avoids\b", "prohibits", "should", True, ("avoid",)),
        (rf"^not\b(?= {_BARE_VERB}| (?!\w+ing\b)(?-i:[a-z]+) (?:with|in|on|into) (?:any|the|a|an|your|other)\b)|^not to be (?:\w+ly )?\w+ed\b",
         "prohibits", "must", False, ()),
        (r"(?:\b(?:so|and|but|however)|,) please (?:do not|don't|never)\b", "prohibits", "must", True, ("please",)),
        (rf"(?:\b(?:so|and|but|then|however)|,) please (?!remember\b)(?:{_IMPERATIVES}|do (?:this|so|it))\b", "requires", "must", True,
         ("please",)),
        (rf"^{_FRONTED}be (?:\w+ly )?(?:aware|mindful)\b(?! that (?:you|they) (?:are|remain) (?:\w+ )?responsible for\b)", "advises",
         "informative", True, ()),
        (r"^let(?:'s| us) (?:keep|be|make|stay|treat|respect|all)\b", "requires", "should", True, ()),
        # a polite request: "It would be appreciated if hirers did not …", "We'd prefer that councillors didn't …"
        (r"\b(?:(?:it )?would be (?:much |greatly |very much |most )?appreciated|(?:we|i)(?: would|'d) (?:\w+ly )?(?:appreciate(?: it)?|prefer(?: it)?))"
         r" (?:if|that)\b(?=[^.;]{1,80}?\b(?:did not|didn't|would not|wouldn't|do not|don't|not to|refrained|avoided)\b)",
         "prohibits", "should", True, ("appreciate", "prefer")),
        (r"\b(?:(?:it )?would be (?:much |greatly |very much |most )?appreciated|(?:we|i)(?: would|'d) (?:\w+ly )?(?:appreciate(?: it)?|prefer(?: it)?))"
         r" (?:if|that)\b", "requires", "should", True, ("appreciate", "prefer")),
        (rf"^{_FRONTED}(?:(?:{_ALSO_NOUNS})\b(?!\s+{_NOUN_PHRASE_WORDS}(?:is|are|was|were|will|can|may|might|should|must|has|have)\b)"
         rf"|(?!(?:{_ALSO_NOUNS})\b)(?:{_IMPERATIVES})\b(?!\s+(?:is|are|was|were|will|can|may|might|should|must|has|have)\b))"
         r"(?!\s+[-–—][^.;]{1,60}?[-–—]\s+(?:is|are|was|were|has|have)\b)"
         rf"|^{_FRONTED}always (?!been\b)\w+", "requires", "must", False, ()),
        (rf"^{_FRONTED}{_BARE_VERB}", "requires", "must", False, ()),
        # after "please" a word is a verb, also before a preposition rather than an object ("please continue on a separate
        # sheet", "Please discuss with the nurse in charge")
        (rf"^{_FRONTED}(?<=\bplease ){_PLEASE_VERB}", "requires", "must", False, ()),
        # those a notice addresses, then "please" ("Cyclists please dismount", "Visitors please sign in at reception")
        (rf"^(?:all |our )?(?:[\w-]+ )?{_PERSON.pattern} please (?!note\b|remember\b|be (?:\w+ly )?(?:aware|mindful)\b)"
         rf"(?:(?:{_IMPERATIVES})\b|{_BARE_VERB}|{_PLEASE_VERB}|(?-i:[a-z]+)(?=\s*[.!]?\s*$))", "requires", "must", False, ("please",)),
        (rf"^{_FRONTED}do (?=(?:{_IMPERATIVES})\b|{_BARE_VERB})", "requires", "must", False, ()),
        (rf"^{_FRONTED}continue to(?= (?:{_IMPERATIVES})\b)", "requires", "must", False, ("continue",)),
        (rf"^{_FRONTED}(?:stop|cease) \w+ing\b", "prohibits", "must", False, ("stop", "cease")),
        # negated modals
        (rf"\b(?:is|are|(?:may|will) (?:also )?be) (?:asked|reminded|expected|requested) not to\b|\b(?:ask|request)(?:s)? (?:that )?{_ASKED} (?:do not|don't|not to|to not)\b"
         r"|\bexpects? (?:all |our |its |any |every |the )?(?:[\w,'-]+ ){1,14}?not to\b"
         r"|\b(?:(?:is|are) (?:asked|reminded|expected|requested|required) to|should)\b[^.;:]{1,120}?\band (?:also |equally )?not to\b",
         "prohibits", "should", True, ("do not", "don't", "not to", "to not")),
        # the act's object denied ("Staff must accept no gifts", "should have nothing to do with"), as the imperative "Accept no
        # gifts" is; not a limit ("must have no more than two")
        (rf"\b(?:{PEOPLE}|they) (?:\w+ly |also |all )?(?:must|shall|are to|is to) (?:\w+ly )?{_DENIED_OBJECT}", "prohibits", "must",
         True, ("no",)),
        (rf"\b(?:{PEOPLE}|they) (?:\w+ly |also |all )?should (?:\w+ly )?{_DENIED_OBJECT}", "prohibits", "should",
         True, ("no",)),
        (rf"\b(?:{PEOPLE}|they) (?:\w+ly |also )?(?:may|can) (?:\w+ly )?{_DENIED_OBJECT}", "prohibits", "must", True, ("no",)),
        (r"\b(?:is|are|has been|have been) (?:instructed|directed|told|warned) not to\b|\bmust not\b|\bmustn't\b|\b(?:must|shall) never\b|\bshall not\b|\bshan't\b|\b(?:is|are) (?:not to|never to) (?:be )?\w+"
         r"|\b(?:must|shall|is to|are to) (?:\w+ly )?be avoided\b|\band not to be (?:\w+ly )?(?:entered|used|removed|taken|opened)\b",
         "prohibits", "must", True, ("must", "shall", "shan't", "not to", "never to", "avoided")),
        (r"\bshould (?:\w+ly )?be avoided\b|\b(?:is|are) (?:best|better) avoided\b", "prohibits", "should", True, ("avoided",)),
        (r"\b(?:have|has) a duty to\b[^.;:]{1,120}?,? and (?:also )?not to\b", "prohibits", "must", True, ("duty",)),
        (r"\b(?:will not|cannot|can not) (?:normally|usually|generally) be (?:accepted|considered|permitted|allowed|approved|granted|"
         r"carried (?:over|forward))\b", "prohibits", "must", True,
         ("normally", "usually", "generally")),  # a ban the body keeps for exceptions: "will not normally be accepted"
        (rf"\b(?:we|the {BODY_NOUN}) (?:are|is) not (?:currently |presently |yet |at present )?(?:allowing|permitting)\b",
         "prohibits", "must", True, ("allowing", "permitting")),
        (rf"\b{_UNDERTAKERS} (?:also |hereby |each |will )?undertake not to\b",
         "prohibits", "must", True, ("undertake",)),
        (r"\b(?:should not|shouldn't|should never|ought not)\b(?!\s+(?:to\s+)?(?:have|need) to\b)|\b(?:would|'d) rather you did not\b"
         r"|\b(?:had|'d) better not\b",
         "prohibits", "should", True, ("should", "ought not", "rather you did not", "better not")),
        (r"(?<!\bcan and )(?<!\bor )\b(?:may not|cannot|can't|can not)\b(?![^.;]{0,60}?\bor (?:may|can)\b)"
         r"(?! only\b| (?:\w+ly )?(?:imagine|stress|emphasi[sz]e|overstate|overemphasi[sz]e)\b)"
         # what the reader may not know or what may not always hold: a possibility ("You may not be aware that …")
         r"(?! (?:be (?:aware|conscious|obvious|clear|apparent|immediately|covered|insured|available|possible|eligible|reimbursed)|reali[sz]e|know|notice|understand|always|necessarily"
         r"|afford)\b)"
         r"|\b(?:may|can) (?:no longer|never)\b", "prohibits", "must", True,
         ("may not", "cannot", "can't", "can not", "no longer", "never")),
        (rf"\b(?:we|(?-i:[A-Z]{{2,6}})|{BODY_NOUN}) (?:do|does) not (?:\w+ly )?(?:publish|post|tweet|retweet)\b",
         "prohibits", "must", True, ("not",)),
        (r"\b(?:will not|will generally not|will normally not|will usually not|won't)\b(?! (?:be able|necessarily|always|normally|usually|generally|occur|happen|arise|exist)\b)"
         # what befalls someone rather than what they do ("You won't lose any pay"), and a promise that a decision "will not
         # be unreasonably withheld"; what a thing will not do to someone ("Raising a concern will not affect your
         # employment", "will not in itself be a reason", "The system will not let you submit …")
         r"(?! (?:lose|encounter|experience|be unreasonably|affect|prejudice|in itself|of itself|necessarily|let you|"
         r"get (?:their|your|his|her|the) [\w-]+ back|be disciplined|face (?:any )?(?:action|disciplinary|sanctions?))\b)"
         r"(?! be (?:required|obliged|expected) to\b)"
         r"(?! be (?:removed|deleted|hidden) (?:purely|simply|just|only|merely) because\b)"
         # what a thing counts as ("will not count as sickness absence"): a fact
         r"(?! (?:count|be counted|be treated|be regarded) as\b)"
         r"|\bwill never\b(?! (?:occur|happen|arise|exist|lose|encounter|experience)\b)",
         "prohibits",
         "must", True, ("will not", "won't", "will never", "generally not", "normally not", "usually not")),
        (r"(?<!\bfeel )(?<!\bfeels )(?<!\bfelt )\b(?:not|un)(?: be)? ?able to\b|\bno longer (?:be )?able to\b|\b(?:not|neither) (?:\w+ (?:or|nor) )?(?:entitled|authori[sz]ed|free|permitted|allowed) to\b",
         "prohibits", "must", True, ("able to", "entitled", "authori", "free", "permitted", "allowed")),
        # the house rule stated by its enforcement as what a breach leads to; a platform's own terms
        (rf"\b(?:will|shall) (?:\w+ly )?(?:result in|lead to) (?:us |the (?:\w+ )?(?:{BODY_NOUN}|team) )?(?:\w+ly )?(?:deleting|removing|hiding|blocking|banning|muting|"
         r"reporting|suspending) (?:(?:your|the|their|any|that|this) )?(?:[\w-]+ )?(?:posts?|comments?|messages?|"
         r"contributions?|content|tweets?|accounts?|users?|you|them)\b"
         r"|\b(?:will|shall) (?:\w+ly )?(?:result in|lead to) (?:your|the|their|any) (?:[\w-]+ )?(?:posts?|comments?|messages?|"
         r"contributions?|accounts?)\b(?: [\w-]+){0,3}? being (?:removed|deleted|hidden|blocked|banned|suspended)\b"
         r"|\b(?:will|shall) (?:\w+ly )?(?:result in|lead to) (?:an? )?(?:(?:permanent|temporary|instant|immediate|automatic) )?"
         r"(?:blocking|block|ban|banning)\b"
         r"|\b(?:will|shall) (?:\w+ly )?(?:result in|lead to) (?:the )?(?:removal|deletion) of (?:your|the|their|any|that|this) "
         r"(?:[\w-]+ )?(?:posts?|comments?|messages?|contributions?|content|tweets?)\b"
         r"|\bwill (?:\w+ly )?take (?:\w+ )?action to (?:[\w/]+,? (?:(?:and|or|and/or) )?){0,3}?(?:hide|delete|remove|block|ban|"
         r"mute|report)\b",
         "requires", "must", True, ("result in", "lead to", "action")),
        (r"\b(?:terms(?: and conditions| of (?:service|use))?|rules|policies) of (?:most |many |all |some |the |each )?"
         r"(?:[\w-]+ ){0,2}?(?:social (?:media|networking|networks?)|platforms?|sites?|apps?|networks?)(?: \w+)? requires?\b"
         r"|\b(?:most|many|all|some) (?:social media |social networking )?(?:sites|platforms|apps|networks|services)(?: \w+)? "
         r"requires?\b|\b(?:facebook|twitter|instagram|tiktok|snapchat|youtube|whatsapp|linkedin)(?:'s)? (?:own )?"
         r"(?:terms(?: and conditions| of (?:service|use))?|rules|policies)(?: \w+)? requires?\b",
         "advises", "informative", True, ("require",)),
        # an act judged as misconduct or a breach is forbidden; a breach so judged is a consequence (see _check)
        (r"\b(?:will|shall)(?: \w+ly)? be (?:treated|considered|regarded|viewed|deemed|classed)(?: to be)?(?: as)? "
         r"(?:an? )?(?:(?:very )?(?:serious|gross|major) )?(?:misconduct|(?:disciplinary )?(?:breach|offence)(?: of| against)?\b)"
         r"|\b(?:will|shall)(?: \w+ly)? be (?:treated|considered|regarded|viewed|deemed|classed) as having committed "
         r"(?:an? )?(?:(?:very )?(?:serious|gross|major) )?(?:misconduct|(?:disciplinary )?(?:breach|offence))\b",
         "prohibits", "must", True, ("treated", "considered", "regarded", "viewed", "deemed", "classed")),
        # what someone may lose or be shut out of for what they did ("may lose the right to use the school computers", "may be
        # banned from the premises"): a consequence
        (r"\b(?:may|could|might) (?:also )?(?:be (?:banned|excluded|barred) from|lose (?:the right|their|your|his|her|access))\b",
         "advises", "informative", True, ("banned", "excluded", "barred", "lose")),
        # consequences
        (r"(?<!\bwhich )(?<!\bthat )\b(?:may|could|will|might|can) (?:also |ultimately |potentially )?(?:lead to|result in|"
         r"amount to|constitute|"
         r"be subject to|be investigated|be dealt with(?! by (?:the )?(?:chair|chairman|chairperson|clerk|town clerk|mayor)\b)|be treated as|be considered|be viewed|be regarded|be imposed|"
         r"be terminated|face|take (?:disciplinary |legal |formal |appropriate |further )?action"
         r"|leave (?:themselves|yourself|himself|herself|themself|you|them) (?:open|vulnerable|exposed)|invalidate|jeopardi[sz]e"
         r"|come to (?:see|regard|view|rely on|depend on|think of)"
         r"|be held (?:\w+ )?(?:responsible|accountable|liable)|(?:put|place) (?:[\w']+ ){1,3}?(?:at risk|in an? (?:\w+ )?(?:difficult|awkward|compromising|vulnerable|embarrassing) position))\b"
         r"|\b(?:disciplinary|legal|formal) (?:actions?|proceedings) (?:may|will|could) (?:then )?(?:proceed|follow|ensue)\b"
         r"|\bwill (?:\w+ly )?receive (?:an? )?(?:formal |written |final )?(?:warning|notice|NTQ|sanction|fine|penalty)\b"
         # a penalty as the subject of "apply": "legal penalties may apply", "charges may apply"
         r"|\b(?:penalt(?:y|ies)|sanctions?|fines?|charges?|action)\s+(?:may|will|could|might|can)\s+(?:also\s+|then\s+)?apply\b",
         "advises", "informative",
         True, ("may", "could", "will", "might", "can")),
        # a protection for those who raise a concern, or their pay kept ("You won't lose any pay for jury service")
        (rf"\b(?:will not|won't|shall not) (?:be (?:(?:put )?at risk|(?:\w+ly )?{HARMED})|lose)\b"
         rf"|\b(?:will not|won't|shall not|cannot|can't|can not) be (?:\w+ly )?(?:{HARMED}|dismissed|treated (?:less favourably|unfairly)|"
         r"subjected to (?:a )?detriment)(?= (?:or|because|for|as a result|simply|just|on the grounds)\b)",
         "advises", "informative", True, ("risk", "victimi", "penali", "disadvantaged", "lose", "dismissed", "treated", "detriment")),
        # what no one "should have to" endure or "be made to feel", or people "should not have to" ("they should not have to
        # put up with abuse"): a protection owed to them, neither a ban nor a duty
        (r"\b(?:should not|shouldn't|should never|ought not to)\s+(?:(?:have|need) to|be made to feel)\b"
         r"|\b(?:nobody|no-one|no(?: [\w-]+){1,3}?) should (?:ever )?(?:(?:have|need) to|be made to feel)\b",
         "advises", "informative", True, ("should", "ought not")),
        # the one told is the recipient, not an actor ("The organisation will not be told who raised the concern"):
        # a promise of confidence; and a protection lost ("… outside these arrangements will not be protected") a consequence
        (r"\b(?:will not|won't|shall not) (?:\w+ly )?be (?:told|informed|notified)\b|\b(?:will|may) not (?:\w+ly )?be protected\b",
         "advises", "informative", True, ("told", "informed", "notified", "protected")),
        (r"\b(?:will|shall) (?:also |then )?be (?:\w+ly )?(?:liable|responsible|accountable) for (?:their|his|her|any|all) "
         r"(?:[\w-]+ ){0,2}?(?:use|misuse|loss(?:es)?|damage|costs?|consequences|breach(?:es)?)\b", "advises", "informative",
         True, ("liable", "responsible", "accountable")),
        # an effect stated, and the legal effect of an amendment or a decision ("shall be effective immediately", "shall be
        # final"): no duty
        (r"\b(?:effect|result|consequence|outcome|impact)s? (?:of [^.;]{1,40}? )?(?:will|would|may|could|is|was) "
         r"(?:be )?that\b|^(?:this|that) is (?:because|why)\b"
         r"|\b(?:shall|will) (?:\w+ly )?(?:be|become) (?:effective|final|binding)\b", "advises", "informative", True,
         ("effect", "result", "consequence", "outcome", "impact", "because", "why", "effective", "final", "binding")),
        # the only limit named ("The only restriction on personal use is that it must not interfere with work"): a grant
        # with its condition
        (r"^(?:the )?only (?:(?:restriction|limit|limitation)s? (?:on|to|is|are)|(?:condition|requirement|proviso)s? (?:on|for|of))\b",
         "permits with conditions", "may", False, ("only",)),
        # a numeric cap on a permission
        (r"\ba maximum of\b(?=[^.;]*\b(?:may|can|will be (?:allowed|permitted))\b)|\bno more than \w+\b(?=[^.;]*\b(?:may|can|will be (?:allowed|permitted))\b)"
         r"|\b(?:may|can) (?:[\w'-]+ ){1,3}?(?:for )?(?:no longer than|no more than) (?:\d+|one|two|three|four|five|six|ten|fifteen|twenty|thirty)\b"
         # up to a limit set elsewhere ("may claim a meal allowance, up to the limits set out in Appendix C")
         r"|\b(?:may|can) (?:\w+ly )?(?:(?:also )?be )?(?:[\w'-]+,? ){1,6}?up to (?:a maximum of|the (?:[\w-]+ ){0,3}?(?:limits?|maximum)\b)"
         # and a cap in the subject of a passive grant ("Study leave of up to five days … may be granted")
         r"|\bof up to (?:£?\d[\d,.]*|one|two|three|four|five|six|ten)\b(?=[^.;]*\b(?:may|can) (?:\w+ly )?be\b)",
         "permits with conditions", "may", True, ("maximum", "no more than", "no longer than", "up to")),
        # time set aside at a meeting for the public to speak grants it, within that time
        (r"\b(?:(?:there will be|will have) (?:a period of |up to )?(?:\d+|one|two|three|four|five|ten|fifteen|twenty|thirty) "
         r"minutes?|(?:can|may) (?:also )?be granted time)\b(?: \w+){0,6}? to (?:receive questions|allow|address|speak|state|ask)\b"
         rf"|(?<!\btotal of )\b{_MINUTES}\b[^.;]{{0,60}}? (?:is|are|will be) (?:given over|allocated|set aside|reserved|allowed) "
         r"(?:(?:during|at|in) (?:each|every|all|any|the) (?:[\w-]+ ){0,2}?meetings?\b(?: \([^()]{1,40}\))? )?(?:(?:to|for) "
         r"(?:an? |the )?(?:[\w'‘’-]+ ){0,2}?(?:participation|questions?|question time|forum|speakers?|session|(?:members of the )?public|anyone)\b"
         r"|at the (?:start|beginning)\b)"
         rf"|\bthere (?:is|are|will be) {_MINUTES} (?:set aside|allocated|allowed|available)\b"
         rf"|\b{_MINUTES} of time (?:allocated|set aside) (?:to|for) (?:the )?public (?:questions?|participation|speaking)\b"
         rf"|\b(?:session|question ?time|forum) (?:\w+ )?(?:lasts|will last) (?:for )?(?:up to )?{_MINUTES}\b"
         rf"|\ballow (?:a period of |up to )?{_MINUTES} for\b",
         "permits with conditions", "may", True, ("minute", "time")),
        # what the body refuses to act on, for what it is, states the house rule by its enforcement
        (r"\bwe (?:also )?(?:will (?:also )?not|won't) (?:act on|consider|accept|publish) (?:any |the )?"
         r"(?:petitions?|questions?|comments?|posts?|submissions?|contributions?) (?:that|which) (?:are|is|contains?|includes?)\b",
         "prohibits", "must", True, ("not", "won't")),
        # a matter put in a named post-holder's hands is their duty
        (r"\bwill be dealt with by (?:the )?(?:chair|chairman|chairperson|clerk|town clerk|mayor)\b", "requires", "must", True,
         ("dealt with",)),
        # a power kept for some circumstances only
        (r"\b(?:has|have) (?:the )?(?:authority|power|discretion) (?:in|under) (?:certain|some|exceptional|limited|specific) "
         r"circumstances to\b", "permits with conditions", "may", True, ("circumstances",)),
        # obligations
        (r"\b(?:is|are) (?:not|no longer) (?:(?:currently|normally|usually|generally|ordinarily|necessarily|always) )?(?:required|obliged|expected) to\b|\b(?:will )?no longer (?:need|have) to\b"
         # a duty no one can lay on them ("Staff cannot be required to", "will not be made to"), or that no one has
         # ("No employee is obliged to", "No one has to", "Neither staff nor councillors need declare …")
         r"|\b(?:cannot|can not|will not|shall not|may not) (?:\w+ly )?be (?:required|obliged|forced|compelled|pressured|"
         r"pressuri[sz]ed) to\b"
         r"|\b(?:no one|nobody|no-one|no (?:member of staff|employee|officer|councillor|person|user|volunteer))"
         r" (?:(?:is|will be|shall be) (?:\w+ly )?(?:required|obliged|compelled|forced|expected)|has|needs) to\b"
         r"|^neither\b[^.;]{1,60}?\bnor\b[^.;]{1,60}?\b(?:(?:is|are|will be) (?:\w+ly )?(?:required|obliged|expected) to"
         r"|(?:needs?|has|have) to|need (?!to\b)(?=\w))"
         r"|\bwill not be (?:required|obliged|expected) to\b|\b(?:and|but|or) not (?:required|obliged|expected) to\b"
         r"|\b(?:tickets?|appointments?|bookings?|registration|permission|consent|approval) (?:is|are|will be) not (?:required|needed|necessary)\b"
         r"|\b(?:permission|approval|consent) (?:will|shall) (?:\w+ly )?be (?:given|granted)(?= (?:to|for) )"
         r"|\b(?:is|are|will be|shall be) (?:\w+ly )?(?:exempt|exempted) from\b"
         r"|\b(?:is|are|will be|shall be) (?:\w+ly )?excluded from (?:this |the |that |any )?(?:ban|prohibition|restriction|rule|"
         r"requirement|duty)s?\b"
         r"|\b(?:does|do) not expect (?:\w+ ){1,3}?to\b|\b(?:(?:do|does|will) not|don't|doesn't|won't) (?:need|have) to\b"
         r"|\bneed not\b|\bneedn't\b|\bno (?:requirement|obligation|need) (?:for|to)\b"
         # a duty denied in so many words ("It is not a requirement of the Dress Code that …", "There is no rule that says you
         # have to …")
         r"|\bit is not (?:a )?(?:requirement|obligation) (?:of [^.;]{1,40}? )?(?:that|to|for)\b"
         r"|\bthere is no (?:rule|requirement|law|policy) (?:that|which) (?:says|states|requires) (?:that )?(?:\w+ ){1,3}?(?:has|have|needs?) to\b"
         r"|^(?:(?:but|and|however),? )?not (?:all|every(?:one|body)?)\b[^.;]{0,60}?\b(?:needs?|ha(?:s|ve)|(?:is|are) required) to\b"
         r"|\b(?:is|are) not (?:required|needed|necessary) in order to\b"
         r"|\bit is (?:not necessary|unnecessary) (?:for [\w' ]{1,30}? )?to\b"
         rf"|\b(?:(?:do|does|will) not|don't|doesn't|won't) need (?:(?:[\w']+ ){{0,3}}?(?:permission|approval|consent|agreement|authori[sz]ation)|(?:a |an |any )?{_PAPERS})\b"
         r"|\b(?:(?:do|does) not|don't|doesn't) (?:insist on|insist that|mandate|prescribe)\b"
         r"|\b(?:shall|will|does) not require (?:a|an|any) (?:\w+ )?(?:response|answer|reply|debate)\b"
         r"|\b(?:(?:do|does) not|don't|doesn't) require (?:a |an |any )?(?:[\w-]+ )?(?:tickets?|evidence|appointments?|bookings?|"
         r"permission|consent|approval|registration|sign-?off|signing off|authori[sz]ation|clearance|declaration|licen[cs]es?|"
         r"permits?|notification)\b"
         r"|\bno (?:[\w-]+ )?(?:tickets?|appointments?|bookings?|registration|permission|consent|approval) (?:is |are )?(?:necessary|"
         r"needed|required)\b", "permits", "may", True,
         ("required", "obliged", "expect", "need", "have", "requirement", "obligation", "necessary", "insist", "mandate", "exempt",
          "exclud", "permission", "approval", "consent", "prescribe", "require", "not all", "not every", "forced", "compelled",
          "pressur", "has", "neither")),
        (rf"\brequires? {_BOUND} not to\b", "prohibits", "must", True, ("require",)),
        (rf"\bit(?: is|'s) (?:a|an) (?:[\w-]+ )?condition of [^.;]{{1,120}}? that (?:they|{_BOUND}) (?:do|does|will|shall|must|should) not\b",
         "prohibits", "must", True, ("condition",)),
        (rf"\b(?:is|are) (?:conditional|subject|dependent) (?:up)?(?:on|to) {_BOUND}(?: \w+ly)? (?:accepting|agreeing to|"
         r"signing|acknowledging)\b|\bsubject to (?:the |their |your |his or her )?acceptance (?:by [^,.;]{1,60}? )?of\b"
         rf"|\bon (?:the )?condition that (?:they|{_BOUND}) (?:\w+ )?(?:accept|agree to|sign|acknowledge)\b"
         rf"|\bit(?: is|'s) (?:a|an) (?:[\w-]+ )?condition of [^.;]{{1,120}}? that (?:they|{_BOUND}) (?:\w+ )?"
         r"(?:accept|agree to|sign|acknowledge|comply|abide)\b"
         r"|\b(?:is|are) (?:conditional|dependent) (?:up)?on (?:your |their |the user's |users' )?(?:compliance|acceptance|observance)(?: in full| fully)? (?:with|of)\b",
         "requires", "must", True, ("subject", "conditional", "dependent", "condition")),
        (rf"\brequires? {_BOUND} to\b|\brequires? that(?= {_BOUND} \w)|\brequires? (?:anyone|everyone|everybody) to\b"
         rf"|\brequires? {_BOUND}(?:,| and| or)(?: [\w'-]+,?){{1,12}}? to {_VERB_AFTER_TO}"
         r"|\b(?:regulations?|rules|code|law|act|policy|procedures?|standards|orders|terms of (?:appointment|employment))"
         rf"(?: \([^()]{{1,40}}\))? (?:also )?requires? that\b(?! (?:we|it|the {BODY_NOUN})\b)"
         rf"|\b(?:we|{BODY_NOUN}) (?:also )?requires? that\b(?! (?:we|it|the {BODY_NOUN})\b)", "requires", "must", True, ("require",)),
        (r"\brequires? (?:the )?(?:prior |written |express |formal )?(?:[\w-]+ )?(?:approval|permission|"
         r"authori[sz]ation|sign-off)\b", "requires", "must", True, ("require",)),
        (r"\b(?:may|can) (?:also )?be (?:required|asked|expected) to\b|\bwill be expected to\b", "requires", "must", True,
         ("required", "asked", "expected")),
        (r"\bmust agree\b[^.]*?\bin advance\b", "requires", "must", True, ("must agree",)),
        # money owed ("Payment is due within 30 days", "The hire fee is payable in advance")
        (r"(?<!\bno )(?<!\bnot any )\b(?:payments?|fees?|rent|charges?|deposits?|invoices?|the balance|sums?|amounts?)(?: of [£$€]?\d[\d,.]*)? "
         r"(?:is|are|will be|shall be|becomes?) (?:\w+ly )?(?:due|payable)\b(?! (?:to|on) (?:you|staff|employees|the (?:employee|member|officer|hirer|customer))\b)",
         "requires", "must", True, ("due", "payable")),
        (r"\bplease (?:\w+ly )?(?:advise|inform|notify) (?:us |the [\w-]+ )?(?:of|if|whether|when|about)\b"
         r"|\b(?:is|are) (?:\w+ )?(?:issued|granted|given|offered|sold) subject to (?:your |their )?(?:compliance|acceptance) (?:with|of)\b",
         "requires", "must", True, ("please", "subject")),
        (r"\b(?:may|can) (?:\w+ly )?have (?:a maximum of|up to|no more than)\b", "permits", "may", True, ("have",)),
        # a service the reader may have done for them ("staff may have their subscriptions deducted from salary")
        (r"\b(?:may|can) (?:also )?have (?:their|your|his or her|his|her) (?:[\w-]+ ){1,4}?(?:deducted|paid|set up|installed|"
         r"reimbursed|refunded|transferred|forwarded|redirected|backed up|printed|delivered)\b", "permits", "may", True, ("have",)),
        (r"\bmay (?:\w+ly )?be (?:withdrawn|revoked|rescinded|cancelled|terminated) (?:at any time )?by (?:the|a|an|any|its|our)\b",
         "permits", "may", True, ("withdrawn", "revoked", "rescinded", "cancelled", "terminated")),
        (r"\b(?:is|are) (?:a )?conditions? of (?:use|using|entry|access|membership|employment|participation|engagement)\b",
         "requires", "must", True, ("condition",)),
        (r"(?:\b(?:by|in) (?:using|entering|accessing|visiting|becoming|joining|registering|enrolling|booking|buying|purchasing|"
         r"submitting)\b"
         r"|\b(?:when|once) you (?:confirm|complete|make|place|submit) your (?:purchase|booking|order|registration)\b)"
         r"[^.;]{1,80}?\b(?:you|users?)\b(?: as a user)? (?:\w+ly )?(?:agree|accept|"
         r"are (?:accepting|agreeing)|signify (?:your )?acceptance|consent)\b(?! not\b| that (?:you|they) (?:will not|shall not|won't)\b)",
         "requires", "must", True,
         ("using", "entering", "accessing", "visiting", "becoming", "joining", "registering", "enrolling", "booking", "buying",
          "purchasing", "submitting", "confirm", "complete", "make", "place", "submit")),
        (r"\b(?:call|dial|ring|phone|telephone) 999\b", "requires", "must", True, ("999",)),
        (r"(?-i:\bI) (?:also |hereby )?(?:agree|undertake|promise|commit) (?:not )?to\b", "requires", "must", True,
         ("agree", "undertake", "promise", "commit")),
        (r"\bwe (?:also |hereby |each |all )?(?:commit|undertake|pledge|promise) (?:ourselves )?to\b", "requires", "must", True,
         ("commit", "undertake", "pledge", "promise")),
        (rf"\b{_UNDERTAKERS} (?:also |hereby |each |will )?undertake to\b|\b{_UNDERTAKERS} (?:also |each )?commit themselves to\b",
         "requires", "must", True, ("undertake", "commit")),
        (rf"(?<!\bif )(?<!\bwhen )\b{_UNDERTAKERS} (?:all |also |each )?(?:work to|sign up to|abide by|adhere to|comply with) "
         r"(?:an? |the |our |its |their )?(?:[\w-]+ ){0,2}?(?:code|codes|standards|rules)\b", "requires", "must", True,
         ("work to", "sign up", "abide", "adhere", "comply")),
        (rf"\b(?:{_UNDERTAKERS}|we) (?:also |hereby |each |all )?agree to (?:\w+ly )?(?:abide by|follow|comply with|observe|"
         r"adhere to|uphold|keep to)\b", "requires", "must", True, ("agree",)),
        (r"(?-i:\bI|\b[Ww]e) will (?:also |always )?consider(?: \w+ing\b|(?= (?:a|an|the|your|their|each|every|any|all) ))", "advises",
         "informative", True, ("consider",)),
        (rf"{_I_OPENS}(?:do not|don't|never) (?!{_I_STATE}\b)(?-i:[a-z]+)\b", "prohibits", "must", True,
         ("do not", "don't", "never")),
        (rf"{_I_OPENS}(?:also |always )?(?!{_I_STATE}\b|also\b|always\b|do\b|did\b|will\b|would\b|shall\b|should\b|can(?:not)?\b|could\b|may\b|"
         r"might\b|must\b|never\b)(?-i:[a-z]+)(?<!ed)(?<!ing)\b(?! that\b)", "requires", "must", True, ()),
        (rf"\b(?:{PEOPLE}|they) (?:also |hereby )?(?:have |has )?agreed? not to\b", "prohibits", "must", True, ("agree",)),
        (rf"\b(?:{PEOPLE}|they) (?:also )?agree to (?:follow|abide by|comply with|adhere to|observe|carry out|uphold)\b"
         r"|\b(?:you|users) (?:also |hereby )?agree to (?!(?:the|these|this|our|its|their|any|all|an?|that|such)\b)(?-i:[a-z]+)\b"
         r"|\b(?:you|they) (?:have|has) agreed to (?:abide by|follow|comply with|observe|keep to)\b"
         r"|\b(?:you|parents|guardians|parents/guardians|carers|hirers?|customers|visitors|members) (?:also |hereby )?agree to "
         r"(?:these|the|our|this) (?:terms|conditions|rules|code)\b",
         "requires", "must", True, ("agree to", "agreed to")),
        (r"\bmust\b|\bshall\b|\b(?:have|has) to\b|\b(?:is|are) (?:mandatory|compulsory|obligatory)\b|\b(?:is|are) required(?: to)?\b|\brequired to\b"
         r"|\b(?:have|has) a duty\b|\bduty (?:of [^.;,]{1,40}? )?to\b|\b(?:is|are) to (?:be )?\w+"
         r"|^(?:(?:prior|written|express|formal) )*(?:consent|permission|approval|authori[sz]ation|a permit|a licence) required\b"
         r"|^the (?:deadline|closing date|cut-off(?: time)?) for [^.;]{1,80}? is\b"
         r"|\b(?:is|are) (?:hereby |\w+ly )?summon(?:s)?ed to\b|\b(?:is|are) reminded of (?:the|their) (?:requirement|duty|obligation) to\b"
         r"|\b(?:is|are) reminded of (?:their|his or her|his|her) (?:responsibilities|obligations|duties)\b"
         r"|\bwill be (?:mandatory|compulsory)\b|\b(?:is|are|it(?: is|'s)) not (?:optional|voluntary)\b(?! (?:sector|organi[sz]ations?|bodies|groups?|work|basis)\b)"
         r"|\b(?:constitutes?|confirms?|will (?:\w+ly )?(?:constitute|confirm)) (?:your )?acceptance of\b"
         r"|\b(?:includes|involves|implies) (?:the |your )?(?:explicit |full )?acceptance of\b"
         r"|\byou(?:'re| are) (?:\w+ly )?agreeing to (?:be bound by|abide by|comply with|accept|(?:our|the|these) (?:terms|conditions|rules))\b"
         r"|\b(?:have|has) an? (?:statutory |legal )?obligation to\b|\b(?:is|are) (?:\w+,? and )?duty[- ]bound to\b"

         r"|^(?:[\w'’-]+ ){0,4}?(?:membership|access|admission|entry|hire|booking|(?:place|offer)(?: on (?:a|the|this|your) course)?|the right to use [\w ]{1,30}?) "
         r"(?:is|are|will be) subject to\b"
         r"|\b(?:continue to |will |also )?requires? (?:a|an) (?:[\w-]+ ){0,2}?(?:permit|licence|license|pass|ticket)\b"
         # what the reader "will need" before entry ("You will need a valid booking to visit"): a permit by another name
         r"|\b(?:you|visitors|customers|users|residents|members of the public) (?:will (?:also )?|would )?need (?:a|an) (?:valid |current )?"
         r"(?:booking|permit|licence|license|pass|ticket|appointment)\b"
         r"|\bas a condition of (?:their|your|his or her|his|her) (?:appointment|employment|membership|engagement)\b",
         "requires", "must", True,
         ()),
        (r"\b(?:full |regular |good )?(?:attendance|punctuality) (?:is|are) (?:\w+ly )?expected\b|"
         r"\b(?:is|are) (?:furthermore |further |additionally |similarly |equally |therefore )?expected to\b|\bwill be expected,[^,.;]{1,160}?, to\b|\b(?<!\bwhat )(?<!\bthat )(?<!\bwhich )(?:is|are) (?:\w+ly |always |also |still |at all times )?(?:expected|required|demanded) (?:of|from)\b|\bexpects? (?:[\w,]+ |[—–] [^—–.;:]{1,80}? [—–] ){1,6}?to\b(?! (?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)|"
         rf"\bexpects? (?:all |our |its |any |every |the )?(?:[\w-]+ ){{0,3}}?(?:{PEOPLE}|managers|everyone|anyone)\b"
         rf"(?:,? [\w'-]+,?){{1,24}}? to {_VERB_AFTER_TO}"
         rf"|\bexpects? (?:each|all|every one|both) of (?:us|you|them)\b(?: \([^()]{{1,120}}\))? to {_VERB_AFTER_TO}"
         r"|\bexpects? that\b|\bexpects? (?:the same|no less|(?:similar|equal|mutual) (?:courtesy|respect|"
         r"behaviou?r|standards))(?: \w+)?? (?:of|from|in return)\b|\bexpects? (?:very )?high(?:est)? (?:levels?|standards?) of [\w-]+ (?:of|from)\b|\b(?:expect|demand|require) and (?:expect|demand|require) (?:[\w-]+ ){0,3}?(?:standards|behaviou?r|conduct)\b|\bit is (?:\w+ )?expected that\b|\bshould\b|\bought to\b"
         r"|\b(?<!\ba )(?<!\bno )(?<!\bthe )(?:will (?:also |therefore )?)?needs? to\b|\b(?<!\bno )needs? only(?= [a-z]+ )|\bresponsibility (?:of [^.;,]{1,60}? |as (?:an? |the )?[\w-]+(?: [\w-]+)? )?to\b|\bit is incumbent (?:up)?on\b|\b(?:responsible|accountable) for (?:[^.;]{1,160}? and for |[^.;,]{1,60}? and )?(?:\w+ly )?(?:ensuring|(?!(?:any|every|no|some)thing\b)\w+ing)\b"
         r"|\bresponsible for (?:the )?(?:day-to-day |overall )?\w+(?:ation|ment)\b"
         r"|\b(?:managers|heads|supervisors|directors|headteachers|head teachers|leads|owners|administrators)"
         r"(?: of [\w-]+(?: [\w-]+)?)? (?:are|remain) (?:\w+ly |also |each |all )?responsible for (?!(?:any|every|no|some)thing\b)\w+"
         r"|\b(?:each|every|the) (?:[\w-]+ ){0,3}?(?:officer|manager|clerk|director|head|lead|owner|administrator|supervisor)"
         r"(?: \([^()]{1,20}\))? (?:is|remains) (?:\w+ly |also )?responsible for (?!(?:any|every|no|some)thing\b)\w+"
         r"|\b(?:each|every|the) (?:[\w-]+ ){0,3}?(?:officer|manager|clerk|director|head|lead|owner|administrator|supervisor)"
         r"(?: of (?-i:[A-Z])[\w&-]*(?: (?-i:[A-Z])[\w&-]*){0,2})? (?:has|holds) (?:the )?(?:day-to-day |overall |lead |primary )?"
         r"responsibility (?:for|in respect of)\b"
         r"|\bonus is (?:up)?on\b|\bit(?: is|'s) (?:therefore |also |thus |equally |absolutely )?(?:vital|essential|imperative|crucial(?= that (?:you|all|every|each)\b))(?: \w+)? (?:that|to)\b(?![^.;]*\b(?:should|must|shall) (?:\w+ly )?(?:be avoided|avoid|not|never)\b)"
         r"(?! (?:[\w'-]+ ){1,4}?never (?-i:[a-z]+)\b)|\btrusted to\b"
         r"|^\w+ing\b[^.;]{0,60}? is (?:vital|essential|imperative|crucial) for (?:all |every |each )?(?:[\w-]+ ){0,2}?[\w-]+s\b"
         r"|^\w+ing\b[^.;]{0,60}? is (?:absolutely )?(?:vital|essential|imperative)(?=\s*[.!]?\s*$)"
         r"|\bit (?:is (?:for|up to)|falls to) (?:you|them|(?:the |each |every |all )?(?:\w+ )?(?:employees?|staff|officers?|members?|managers?"
         r"|individuals?|councillors?|(?:line )?management)) to\b"
         r"|\b(?<!\bwhere )(?<!\bif )(?<!\bwhen )(?<!\bwhether )(?:it(?:'s| is)|\w+ing\b[^.;,]{0,60}? is) (?:\w+ )?part of (?:your|their|his|her|(?:every|each|an?|the) [\w-]+'s|"
         r"(?:staff|employees|managers|officers|members)') (?:own )?(?:job|role|duties|responsibilit(?:y|ies))\b"
         r"|\b(?:would|'d) like you to\b|\b(?:we|I) (?:would|'d) (?:much )?prefer (?:to receive|that you|you to|it if you|if you)\b|\b(?:we|I) (?:would|'d) be (?:\w+ )?grateful if you (?:would|could)\b|\b(?:is|are) (?:politely |kindly |respectfully )?(?:asked|reminded|requested|prompted) to\b|\bexpectation (?:is )?that\b|\bthere is an? (?:\w+ )?expectation (?:of|that)\b"
         r"|\b(?:only|one|main|simple|key) (?:ask|request) (?:of (?:you|users) )?is that\b|\b(?:all|what) (?:we|I) (?:would )?ask (?:of (?:you|users) )?is that\b"
         rf"|\b(?:ask|request)s? (?:that|{_ASKED} to)\b|\b(?:is|are|we're|we are) (?:\w+ly )?(?:asking|requesting) {_ASKED} to\b"
         r"|\bresponsibility (?:for [^.;]{1,120}? )?(?:lies|rests) with\b"
         r"|\bresponsibilit(?:y|ies) for [^.;]{1,160}? (?:is|are) (?:\w+ly )?(?:that|those) of\b"
         r"|\b(?:have|has|hold|holds|bear|bears|share|shares) (?:\w+ )?responsibility for (?!including\b)\w+ing\b"
         r"|\b(?:have|has) (?:\w+ )?responsibilities(?: and obligations)?\b|\b(?:have|has) (?:\w+ )?obligations\b"
         r"|\bneeds? (?:the |our |its |their )?(?:[\w-]+['’]s )?(?:prior |written |express )?(?:approval|permission|authori[sz]ation|consent)\b",
         "requires", "should", True, ()),
        (r"\b(?:is|are|will be) (?:the )?(?:sole |personal |individual )?responsibility of (?:the |each |every |all |any )?"
         rf"(?:individual\b|(?:[\w-]+ ){{0,4}}?(?:{_PERSON.pattern}))"
         r"|\b(?:approval|permission|consent|authori[sz]ation|agreement|disclosures?|declarations?|notifications?"
         rf"|{_PAPERS}) (?:is|are) (?:\w+ly )?(?:needed|necessary)\b",
         "requires", "should", True, ("responsibility of", "needed", "necessary")),
        (r"\b(?:is|are) (?:\w+ed (?:and|or) )?(?:obliged|obligated|instructed|directed) (?:not )?to\b"
         r"|\b(?:has|have) no (?:choice|option|alternative) but to\b|\b(?:have|has|(?:is|are) under) an? (?:[\w-]+ ){0,3}?obligation (?:not )?to\b|\b(?:your|their) (?:\w+ )?role is to\b"
         r"|\b(?:it|there) is (?:now |also )?a requirement (?:that|for|to)\b"
         rf"|\b(?:{PEOPLE}|councillors|governors|trustees) (?:are|remain|will be|will/are) (?:\w+ly |also |all |equally )?bound by\b"
         r"(?![^.;]{0,80}?\band (?:therefore |so |thus )?(?:cannot|can't|may not|must not)\b)"
         r"|\bit is (?:our|its|the (?:[\w-]+ )?(?:council|trust|authority|board|university|college|school)'s|(?-i:[A-Z])\w+) "
         r"(?:\w+ )?policy (?:to|that)\b"
         r"|\b(?:involves|entails) (?:a |an )?(?:[\w-]+ )?(?:commitment|obligation|duty) to\b|\b(?:is|are) mandated for\b",
         "requires", "must", True,
         ("obliged", "obligated", "instructed", "directed", "obligation", "requirement", "role", "policy", "bound",
          "commitment", "duty", "mandated", "but to")),
        (r"(?:\bwill|'ll) (?:(?!not\b|never\b)\w+ (?:and |or )?)?(?:remove|delete|hide|take down|ban|block|mute|withdraw|revoke|suspend)\b"
         r"|(?:\bwill|'ll) (?:\w+ly |also |always )?report (?:any |all |the |such )?(?:[\w-]+ ){0,2}?(?:posts?|comments?|"
         r"messages?|content|accounts?|users?|tweets?|profiles?)\b"
         r"|\b(?:aim|try|endeavour|seek|strive)s? to (?:\w+ (?:and |or ))?(?:remove|delete|hide|take down|ban|block)\b"
         rf"|(?:\bwill|'ll) (?:\w+ly )?respond\b(?=[^.;]{{0,60}}?{ASKS_REMOVAL})",
         "requires", "must", True, ("will", "'ll", "aim", "try", "endeavour", "seek", "strive")),
        (r"(?:\bwill|'ll) always (?!try\b|be\b|aim\b|have\b(?! to\b)|endeavour\b|seek\b|do (?:our|its|their|my) (?:very )?best\b"
         r"|(?:abide by|respect|honour|follow) (?:your|their) wishes\b)\w+", "requires", "must", True, ("always",)),
        (r"\bwill (?:also |then |always )?(?:be )?(?:(?!automatically\b|likely\b|probably\b|possibly\b)\w+ly )?(?:removed|deleted|hidden|taken down|blocked|muted|"
         r"banned)\b|(?<!\byou )(?<!\bthey )(?<!\bhe )(?<!\bshe )\bwill (?:also |then |always )?be (?:\w+ly )?suspended\b"
         # an employee suspended from work is a step of a disciplinary process, no moderation of what they post
         r"(?! (?:on (?:full |normal )?pay|pending|from (?:work|duty|their (?:post|duties|role)))\b)"
         r"|\b(?:press|news|media) (?:releases?|statements?)\b(?:\s+[\w'’-]+){0,8}?\s+will (?:\w+ly |always |first |only )?be "
         r"(?:issued|made|checked|approved|signed off|cleared|authori[sz]ed|released|agreed|proof-?read)\b"
         r"|\b(?:posts?|tweets?|content|updates?|responses?|replies)\b(?:\s+[\w'’-]+){0,8}?\s+will (?:\w+ly |always |first )?be "
         r"(?:checked|approved|signed off|cleared|authori[sz]ed|proof-?read) by\b",
         "requires", "must", True, ("will",)),
        (r"\bwill (?:\w+ly |always |also |at all times )?be (?:adhered to|observed|followed|complied with|upheld|kept to)\b"
         r"|\bwill (?:\w+ly |only |always )?be (?:set up|created|opened|registered|launched|operated|managed|run)\b"
         r"(?:(?: and| or|,) (?:\w+ed|set up|run))*(?: [\w-]+){0,6}? with the (?:prior |written |express )?(?:authori[sz]ation|"
         r"approval|agreement|consent|permission) of\b", "requires", "must", True, ("will",)),
        (r"\bwill (?:\w+ly |always |also |at all times )?(?:be|remain) (?:politically |strictly |always )?(?:neutral|impartial|"
         r"non-political|apolitical)\b", "requires", "must", True, ("will",)),
        (r"^(?:all|any|every|each)\b(?![^.;]*\b(?:is|are|was|were|will|would|can|could|may|might|must|shall|should|has|have|"
         r"wish|wishes|wants?)\b)[^.;]{1,80}? to be (?:\w+ly )?\w+ed\b", "requires", "must", True, ("to be",)),
        (r"^(?:the |all )?(?:chair(?:man|person)?|(?:committee )?chairman|clerk|mayor|complainant|visitors|councillors|"
         r"members of the public)(?: \([^()]{1,30}\))?(?: or (?:[\w-]+ ){0,2}?[\w-]+)? to (?!(?:be|the|a|an|all|any|our|this|that|these|"
         r"those|your|their|its|his|her)\b)(?-i:[a-z]+)\b(?![^.;]*\b(?:is|are|was|were|will|would|can|could|may|might|must|shall|should|"
         r"has|have)\b)", "requires", "must", False, ("to",)),
        (r"\bwill\b(?! be\b| have (?!to\b)| not (?:always |necessarily )?be able\b| not get (?:their|your|his|her|the|any) [\w-]+ back\b| no longer be\b| (?:also |automatically )?(?:receive|get)\b"
         r"| (?:still |continue (?:not )?to )be (?:able|allowed|permitted|free|entitled|prohibited|banned|forbidden)\b)",
         "requires", "must", True, ("will",)),
        # the people a code binds who "will be" courteous are bound to be so; the body's "We (or our staff) will be polite" is
        # its service
        (rf"(?<!\bour )(?<!\bits )(?<!\btheir )\b(?:(?:all |the )?{PEOPLE}|we all|we(?= will all\b))(?: all)? will (?:always |all |at all times )?be (?:\w+ly )?"
         r"(?:polite|courteous|respectful|welcoming|considerate|kind|friendly|helpful|tolerant|punctual)\b", "requires", "must", True,
         ("will",)),
        # permissions
        (r"\b(?:is|are)(?: now| currently| legally| fully| also| sometimes| occasionally| often| generally| normally| usually| ordinarily| all| both)? (?:allowed|permitted|free to|entitled|eligible|authori[sz]ed|at liberty|tolerated)\b"
         r"|\b(?:is|are) (?:now |currently )?able to\b|(?<!\bnot always )(?<!\bnot necessarily )\bbe able to\b|\b(?:may|might) be (?:allowed|permitted)\b"
         r"|\bwill (?:\w+ly )?be (?:allowed|permitted|free to|entitled to|at liberty to|tolerated)\b"
         r"|\bshall (?:each |also )?be (?:entitled|allowed|permitted) to\b"
         rf"|\b{PEOPLE} (?:will|shall) (?:\w+ly )?(?:have|be (?:given|granted)) access to\b"
         r"|\b(?:has|have) (?:the|a|every) (?:general |legal |statutory )?right of (?:appeal|reply|review)\b"
         r"|\brecognises? that (?:all |every |each |our |its |the )?(?:[\w-]+ ){0,2}?(?:is|are) (?:entitled|free) to\b"
         r"|\b(?:has|have) (?:the|a|every) (?:general |legal |statutory )?right (?:of access |under (?:the )?(?-i:[A-Z])[\w&-]*(?: (?-i:[A-Z])[\w&-]*){0,4} )?to\b"
         r"(?! (?:feel|be(?! (?:accompanied|represented)\b)|expect|confidentiality|privacy|dignity|respect|safety)\b)(?![^.;]{0,60}?\bwithout (?:fear|being)\b)"
         r"|\b(?:gives?|grants?) (?:[\w-]+ ){1,3}?(?:the|a) right to\b|\b(?:is|are) (?:well |perfectly |fully )?within (?:their|your|his|her|his or her|its) rights? to\b|\b(?:reserves?|maintains?|retains?|keeps?) the right(?:,? (?:at|in) (?:its|our|their|his|her) (?:own |sole |absolute |entire )*discretion,?|,? at any (?:time|stage|point),?)? (?:not )?to\b|\brecognise the rights? of\b"
         r"|\b(?:respects?|recogni[sz]es|acknowledges|upholds) (?:the |their |your |its |our |an? )?(?:[\w'-]+ ){0,2}?rights? "
         r"(?:of (?:[\w'-]+ ){1,3}?)?to\b(?! privacy\b)"
         r"|\b(?:has|have) (?:the )?(?:authority|power|discretion) to\b"
         r"|\b(?:may|can) (?:also )?be invited to (?:speak|address|ask|put|present|attend|take part|participate|comment)\b"
         rf"|\b(?:wants?|wish(?:es)?|would like|aims?|(?:is|are) keen) to (?:support|enable|allow|empower) (?:(?:all |our |its |the )?{PEOPLE}|them) to\b"
         rf"|\bit is (?:always |also )?open to (?:any|all|every|each) (?:[\w-]+ )?(?:{PEOPLE}|employee|member|officer|councillor|"
         r"person|individual|resident|tenant|parent|member of staff) to(?= \w)(?! be\b)"
         # an arrangement open to the body's people ("Flexible working is open to all employees"): they may take it up
         rf"|\b(?:is|are) (?:also )?open to (?:all|any|every|each) (?:[\w-]+ )?(?:{STAFF}|employee|member of staff|officer|worker)\b"
         r"|\b(?:is|are) (?:subject to (?:the |your |their |his or her )?(?:[\w']+ ){0,2}?(?:approval|permission|consent|agreement|"
         r"authori[sz]ation)|at the (?:sole |absolute |entire )?discretion of)\b"
         r"|\b(?:is|are) (?:given|granted|allowed) (?:the |some |a degree of )?(?:discretion|freedom|latitude|flexibility) to\b"
         r"|\bthere is an? (?:automatic |legal |general )?right (?:for (?:[\w-]+ ){1,4}?)?to (?!privacy\b)(?!(?:feel|be|expect)\b)\w+"
         # a grant that stays ("remain free to", "will continue to be allowed to")
         r"|\b(?:remains?|continues? to be) (?:free|entitled|allowed|permitted|able) to\b"
         # "may not only read but also post": not a negation
         r"|\b(?:may|can) not only\b(?=[^.;]*\bbut\b)"
         rf"|\b(?:may|can) (?:also )?be (?:put|asked|submitted|raised|{_PUBLIC_ACTS})(?: (?:or|and(?:/or)?) (?:{_PUBLIC_ACTS}|commented on(?: online)?))* by "
         rf"(?:(?!(?:for|to|with|about|from|in|on|at)\b)[\w-]+,? ){{0,12}}?(?:{ASKERS}|(?:the )?press)\b"
         r"|(?<=\bat the )(?:[\w-]+'s discretion to\b|discretion of the (?:clerk|chair|chairman|mayor) who\b)"
         r"|\b(?:permits|entitles|authori[sz]es) (?:the |an? |any |each |every |all |its |our |their )?(?:[\w-]+ )?"
         rf"{_PERSON.pattern} to\b"
         r"|\b(?:will|may|can) (?:use|exercise) (?:our|its|their|his|her) (?:own )?discretion to\b"
         rf"|\b{CHOICE_GRANTED}"
         rf"|\b(?:permits|allows)(?: (?:its|their|our) {PEOPLE})? (?:(?:limited|reasonable|occasional|some|modest) )?"
         r"(?:personal|private) use\b"
         rf"|\b(?:does|do) not (?:intend|wish|want|seek|aim)\b[^.;]{{0,40}}?\b(?:to|should|would) {_HINDER}\b"
         rf"|\b(?:has|have) no (?:wish|intention|desire|aim) (?:to {_HINDER}|of (?:preventing|stopping|discouraging|deterring|"
         r"restricting|banning|prohibiting|hindering))\b"
         rf"|\bnot (?:\w+ly )?(?:intended|meant|designed)\b[^.;]{{0,40}}?\b(?:to|should|would) {_HINDER}\b"
         rf"|\bnot (?:the|our|its) (?:intention|aim|purpose|intent)\b[^.;]{{0,40}}?\bto {_HINDER}\b|\b(?:is|are) (?:very |most |always )?welcome to\b"
         rf"|\b(?:aims?|purposes?|intentions?|objectives?) of (?:this|the|these|our) [^.;]{{1,60}}? (?:is|are) not to (?:{_HINDER}|prohibit|ban)\b"
         r"|\bnothing in this (?:\w+ )?(?:policy|code|guidance|document|procedure|protocol|guide|section) (?:prevents|stops|"
         r"prohibits|forbids|bars|precludes|restricts|limits|(?:is|was) (?:\w+ly )?(?:intended|meant|designed) to (?:have the effect of (?:preventing|stopping|prohibiting|restricting|"
         r"limiting|affecting)|prevent|stop|prohibit|forbid|bar|preclude|restrict|limit|discourage|affect|interfere with))\b"
         r"|\b(?:there is|is there) nothing to (?:prevent|stop)\b"
         # "it is accepted that staff will …" grants; "it is accepted that there will be …" acknowledges what will happen
         r"|\bit is (?:always |perfectly |entirely )?(?:acceptable|accepted|reasonable|permissible|legitimate)\b(?: \w+)? (?:for|to|that(?! there (?:is|are|will|may|can|could|might|would)\b)"
         r"(?![^.;]*\bshould\b))\b"
         r"|\b(?:may|will|can),? at (?:our|its|the [\w-]+'s) (?:sole |absolute |own )?discretion,? (?:result in|lead to)\b"
         r"|\b(?:(?:is|are) not|(?:has|have) not been|(?:must|shall|should|will|may) not be|(?:cannot|can not) be) "
         r"(?:prevented|prohibited|forbidden|barred|banned|precluded|restricted|stopped|discouraged) from\b"
         # a hindrance no one is able to make: "Nobody can stop councillors tweeting" (where "No one may prevent staff
         # from …" forbids the hindrance, and "No one can stop working without …" is no hindrance)
         rf"|\b(?:nobody|no one|no-one) can (?:\w+ly )?{HINDERING}\b"
         # a hindrance with a negated subject: "nobody is prevented from", "no restriction applies to"
         r"|\b(?:nobody|no one|no-one) (?:is|will be|shall be|should be|can be) (?:\w+ly )?"
         r"(?:prevented|prohibited|barred|banned|precluded|restricted|stopped|discouraged) from\b"
         r"|\bno (?:restriction|ban|prohibition|limit)s? (?:applies|apply|is placed|are placed|will apply|exists?) (?:to|on)\b"
         rf"|{_SUBJECT_DOES}not (?:prevent|stop|prohibit|forbid|bar|preclude) (?:\w+ ){{1,3}}?from\b"
         # nothing in a text to hinder an act ("There is nothing in this Protocol to prevent a councillor from campaigning"),
         # where what nothing "shall be construed as preventing" is a saving clause
         r"|\bthere is nothing (?:in [^.;]{1,40}? )?to (?:prevent|stop) (?:[\w'-]+ ){1,4}?from\b"
         rf"|\b(?:this|it|these|which|(?:this|these|the) (?:[\w-]+ )?{DOCUMENT}|(?:this|these|the) (?:[\w-]+ )?{RULES})"
         r" (?:shall|will|should) not (?:prevent|stop|prohibit|forbid|bar|preclude|restrict) (?:(?:[\w']+ ){1,8}?from \w+ing|the (?:use|\w+ing) (?:or|of)\b)"
         rf"|{_SUBJECT_DOES}not (?:object to|discourage)\b"
         # the body denies itself a hindrance ("The council will not prevent staff from …", "We cannot stop staff …"), or
         # a ban on a use ("does not prohibit the use of …"), or the power to make one ("has no power to stop …"), or has
         # no intention to ("There is no intention to stop staff from …")
         rf"|(?:\b(?:we|(?:the|our) {BODY_NOUN}) (?:cannot|will not|does not|do not|shall not|may not"
         rf"|(?:has|have) no (?:power|right|authority) to)|\bthere is no (?:intention|wish|desire|plan) to) (?:\w+ly )?(?:{HINDERING}|ban)"
         rf" (?:its |our |their |any )?(?:{STAFF}|councillors|members)(?: from)? \w+ing\b"
         rf"|{_SUBJECT_DOES}not (?:prohibit|forbid|ban) (?:the |any )?(?:personal |private |reasonable |occasional )?(?:use|\w+ing)\b"
         # permission held or given: "Staff have permission to …", "have been given permission to …"
         r"|(?<!\bif you )(?<!\bwhere you )(?<!\bwhen you )(?<!\bunless you )(?<!\bonce you )"
         r"(?:(?<=\byou )|(?<=\bstaff )|(?<=\bemployees )|(?<=\bofficers )|(?<=\bmembers )|(?<=\busers )|(?<=\bcouncillors ))"
         r"(?:has|have)(?: (?:been|also been) (?:given|granted))? (?:the |prior |written |express )?permission to\b"
         r"|\bshould (?:always )?feel free to\b"
         r"|\b(?:is|are) not about (?:prohibiting|banning|preventing|stopping|forbidding)\b"
         r"|\bshould (?:not|never) feel (?:\w+ )?(?:inhibited|prevented|discouraged|deterred|constrained) from\b"
         rf"|{_DENIED_BAN}"
         r"|\b(?:duty|requirement|obligation|need|ban|prohibition|restriction)\b(?: (?:to|on|of) [^.;]{1,60}?)? "
         r"(?:(?:does|do|will|shall) not apply|no longer appl(?:y|ies))\b"
         r"|\b(?:this|that|the|such|these) (?:approach|duty|requirement|obligation|restriction|ban|prohibition|principle|"
         r"neutrality)s?\b(?: [\w-]+){0,3}? (?:should|must|will|shall|does|do) (?:not|never) (?:be extended|extend) to\b"
         r"|\b(?:there (?:is|are)|(?:has|have)) no (?:restrictions?|bar|ban|prohibition) (?:on|to)\b|\bthere is no (?:formal |strict |set )?dress code\b"
         r"|\bno restrictions? (?:appl(?:y|ies)|(?:is|are) placed)\b"
         r"|\b(?:is|are) (?:considered )?(?:acceptable|allowable)\b"
         r"|\b(?:may|can|might|could|would) (?:\w+ly )?be (?:considered |deemed )?acceptable\b"
         r"|\b(?:there is|(?:has|have)) no objection to\b|\bthere(?: is|'s) no (?:problem|issue|harm) (?:with|in)\b(?= (?:(?!(?:the|a|an|its|our|your|their|this|that) )(?:[\w'-]+ ){0,3}?\w+ing|that|this|it)\b)"
         # a ban denied: "The use of personal devices is not prohibited.", "It is not forbidden to …", "There is no rule
         # against …", "Nothing prevents staff from …"
         r"|\b(?:is|are) not (?:\w+ly )?(?:prohibited|forbidden|banned|restricted|precluded)(?=\s*(?:[.;,]|$)|\s+(?:unless|except|"
         r"provided|providing|as long as|so long as)\b)"
         r"|\b(?:is|are) no longer (?:\w+ly )?(?:prohibited|forbidden|banned|restricted|precluded|barred|prevented|stopped)\b"
         r"|\b(?:is|are) free from (?:any |all )?restrictions? (?:on|as to)\b"
         r"|\bit (?:shall|will) (?:also )?be lawful for\b|\bit is (?:also )?lawful for\b"
         r"|\bit(?: is|'s) not (?:prohibited|forbidden|banned) (?:for (?:[\w-]+ ){1,3}?)?to\b"
         r"|\bthere (?:is|are) no (?:rules?|laws?|regulations?) (?:against|that (?:prevents|prohibits|forbids|stops|bans))\b"
         r"|\bthere(?: is|'s) nothing wrong (?:with|in)\b"
         r"|\b(?:is|are|it(?: is|'s)) not (?:\w+ly )?against (?:the |our |any |these |this )?(?:[\w-]+ )?(?:rules?|polic(?:y|ies)|law|code)\b"
         r"|\bunder no restrictions? (?:as to|on|in)\b"
         r"|(?:^|(?<=, ))nothing (?:(?:in|of) [^.;]{1,60}? )?(?:prevents|stops|prohibits|forbids|bars|precludes)\b"
         r"|\b(?:is|are|'re|am) not (?:banning|prohibiting|forbidding|outlawing|preventing|stopping)\b"
         r"|\bit(?: is|'s| remains| will remain)(?: now| still)? possible for \w+ to\b|(?:^|(?<=, )|(?<= - )|(?<=; ))(?:please )?feel free to\b"
         r"|(?<=, )(?:then )?go ahead(?=\s*[.!]?\s*$| and\b)"
         r"|\b(?:is|are) (?:\w+ly |very |most |always )?welcome (?:on|in|at|here)\b"
         r"|\b(?:is|are) (?:\w+ly |very |most |always )?welcome(?=\s*[.!;]?\s*$)"
         r"|^(?:all|everyone|everybody|anyone) (?:(?:is|are) )?(?:very |most |always )?welcome\b(?! to\b)"
         r"|\b(?:that|this|it)(?:'s| is| would be) (?:all |perfectly |absolutely |usually )?(?:fine|ok|okay|alright|all right)\b"
         r"|\b(?!\w*thing\b)\w+ing\b[^.;,]{0,60}? (?:is|are) (?:all |perfectly |absolutely |usually )?(?:fine|ok|okay|alright|all right)\b"
         r"|\b(?:is|are|'re|am) (?:happy|content) for (?:\w+ ){1,2}?to\b"
         r"|(?:(?<=\bmay be )|(?<=\bmay also be ))(?:removed|deleted|hidden|(?<!\byou may be )(?<!\byou may also be )"
         r"(?:blocked|banned|suspended|muted|disconnected|closed))\b"
         r"|\bwe (?:\w+ly )?welcome (?:your |any |all )?\w+(?=[^.;]*\b(?:as|so) long as\b)"
         r"|\b(?:supports?|welcomes?) (?:the |their |its )?use\b(?=[^.;]*\b(?:provided|providing|(?:as|so) long as)\b)"
         r"|\b(?:may|can) (?:also )?be (?:granted|given) (?:permission|the right) to\b"
         r"|\b(?:has|have) grounds to be (?:removed|deleted|hidden|blocked)\b"
         r"|\b(?:has|have) (?:a )?(?:limited|restricted) (?:permission|licen[cs]e|right) to\b"
         r"|\b(?:is|are) (?:now )?(?:a )?(?:matter of )?(?:personal|individual) (?:choice|preference)\b"
         r"|\bit(?: is|'s) (?:entirely )?up to (?:you|them|each [\w-]+) (?:whether|if)\b|\b(?:is|are) (?:entirely |completely )?optional\b"
         r"|\b(?:is|are) (?:entirely |completely |purely )?voluntary\b(?! (?:sector|organi[sz]ations?|bodies|groups?|work|basis)\b)"
         r"|\b(?:is|are) not (?:compulsory|mandatory|obligatory)\b"
         r"|\bit(?: is|'s) not (?:compulsory|mandatory|obligatory|a requirement) (?:for (?:[\w-]+ ){1,3}?)?to\b"
         # a ban denied by a negative judgement ("It is not unreasonable for staff to …")
         r"|\bit(?: is|'s) not (?:unreasonable|unacceptable|inappropriate|impermissible) (?:for (?:[\w-]+ ){1,3}?)?to\b"
         # a ban lifted, or no longer applying
         r"|\b(?:lift(?:s|ed)?|remov(?:es|ed)|withdr(?:aws|awn|ew)|revok(?:es|ed)) (?:the |its |our )?(?:ban|prohibition|restriction)s? (?:on|against)\b"
         r"|\b(?:ban|prohibition|restriction)s? (?:on [^.;]{1,60}? )?(?:has|have) (?:now )?been (?:lifted|removed|withdrawn|revoked)\b"
         r"|\b(?:is|are|shall be) open to (?:the public|members of the public)\b"  # with an exception, or who may act: checked
         r"|\binvites? (?:members of the public|the public|residents)\b[^.;]{0,80}? to (?:attend|speak|contribute)\b"
         rf"|\bthere (?:is|will be) (?:also )?(?:an?|the) opportunity for (?:any |all )?{ASKERS}\b"
         r"|\bmembers of the public(?:,[^,.;]{1,80},)? (?:(?:will|may) be|are) invited to (?:speak|address|ask|raise|put)\b"
         r"|\bwelcomes (?:members of )?the public to (?:observe|attend)\b(?=[^.;]*\bwith the exception\b)"
         rf"|(?:\b(?:{BODY_NOUN}|we|policy)|(?-i:\b[A-Z]{{2,6}}))(?: \w+ly| also)?(?: does| do)? (?:permits|allows|permit|allow)"
         rf"(?= (?:the |some |limited |reasonable |occasional |personal |{PEOPLE} )?(?:[\w/]+ ){{0,2}}?"
         r"(?:use|access|to)\b)", "permits", "may", True, ()),
        (rf"\b(?:may|can(?!not))(?:, (?!and (?:should|must)\b)[^,.;]{{1,80}},)? (?:\w+ly )?(?:also )?be {CONDUCT_DONE}\b"
         # "by" names who else acts, but for the means or measure of the act ("held by video call", "shortened by up to a
         # month") and for those who go with the grantee ("accompanied by a colleague")
         rf"(?! (?:by(?! (?:all |any |our |the |its )?(?:{STAFF}|councillors|volunteers|contractors|members of staff|visitors|hirers|tenants|residents)\b"
         r"| (?:up to|video|phone|telephone|e-?mail|letter|post|mutual agreement)\b| \d)(?<!accompanied by)(?<!represented by)"
         r"|against|as(?! (?:long|soon|(?:an? )?(?:friends?|contacts?|followers?|connections?))\b)|into (?:disrepute|question|account|conflict|effect|force)|in account|"
         r"to (?:identify|mean|be)|under (?:the )?(?:freedom of information|foi|data protection|environmental information)"
         r"|in response to (?:a |an |any )?(?:[\w-]+ ){0,3}?requests?)\b)"
         rf"|\b(?:may|can)(?!not) (?:{_ADVERB} )?(?:make|include)\b(?! (?:it|them|you|yourself|themselves|him|her|us|sure|"
         rf"mistakes|the {BODY_NOUN})\b)"
         # a standing the people a rule binds may hold ("Employees may be members of a party", "Staff who are related to a
         # pupil may be their friend"), not what someone may turn out to be ("The complainant may be a member of the public")
         rf"|^(?:all |the |our |an? |any |every )?(?:{STAFF}|councillors?|employees?|officers?|volunteers?)\b(?: (?:who|in|on|at|with) [^,.;]{{1,60}}?)? "
         r"(?:may|can)(?!not) (?:also |still )?be (?:an? |their |his or her |his |her )?(?:friends?|members?|governors?|trustees?|"
         r"directors?|candidates?|volunteers?)\b(?! of (?:the )?public\b)"
         # the same standing, for a pronoun after a condition ("Where a member of staff is related to a pupil, they may be
         # friends with that pupil online")
         r"|(?<=, )(?:they|you|he or she|he|she) (?:may|can)(?!not) (?:also |still )?be (?:an? |their |his or her |his |her )?"
         r"friends? with\b", "permits", "may", True, ("may", "can")),
        # an aside between commas or brackets may part "may" from its verb, unless it sets a duty beside it ("can, and should,")
        (r"(?:(?<=\bunder )|(?<=\bover )|(?<=\baged ))\d{1,2} (?:may|can)(?!not) (?!be\b)(?-i:[a-z]+)\b"
         r"|\b(?<!\d )(?:may|can)(?!not)(?! \d)(?! never\b)(?:,(?! and (?:should|must)\b)[^,]{1,60},| \((?!and (?:should|must)\b)[^()]{1,60}\)"
         rf"|{_ASIDE_UNMARKED})? (?:{_ADVERB} )?+(?!(?:\w+ly )?(?:{_SELF} )?{_NOT_AN_ACTION})\w+", "permits", "may",
         True, ("may", "can")),
        (r"\b(?:(?<=\byou )|(?<=\bthey )|(?<=\bstaff )|(?<=\bemployees )|(?<=\bofficers )|(?<=\bmembers ))could (?:\w+ly )?"
         r"(?:accept|keep|retain|use|attend|take|claim|"
         r"receive)\b", "permits", "may", True, ("could",)),
        # advice and facts that name why a clause has no rule
        (r"\bbe aware\b|\bconsider\w*|\bit is important\b|\bimportant\b", "advises", "informative", False,
         ("aware", "consider", "important")),
    ))
