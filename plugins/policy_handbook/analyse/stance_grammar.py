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
  ("Ensure", "Do not", "Avoid"; not a noun before its verb, "Support is available"), or a
  consequence ("may lead to").

Who the subject is matters for ability and for "may not": "staff are not able to access" is
a prohibition, "the team is unable to police all content" is a fact; "employees may not use"
forbids, "we may not respond to every email" warns, and "staff may not be able to open some
sites" is a possibility. "may" and "can" followed by a verb of consequence ("may lead to",
"can damage", "may face") state a possibility, not a permission. What the body says it will
not do ("the council will not enter into debate") is no rule for anyone else, unlike not
tolerating or allowing something. Being told to *know* something ("be aware that", "remember
you are …", "don't forget that", "should recognise that", "must understand the risks", "keep
in mind that") or to reflect ("ask yourself whether") is informative unless what follows is
itself a rule ("remember that any communication must not …") or a duty to comply is joined
to it ("be aware of and follow the code"). Contact offered for the reader's own wish or
question ("If you have any questions, please contact …") is no duty. The body saying it will
remove or delete posts lays a duty of moderation on itself; posts that "may be removed" keep a
power to remove, unless a condition opens the sentence ("Should a post be reported, it may be
removed" is a consequence); posts that "will be removed" or "saved" are the body's
duty in the passive; so is "we'll remove", "we will report and remove" and "we will always
answer" (not "will always try"). "will only be able to" is an ability, not a limit, where an
imperative "Only post …" is one; a limit word in what is described ("including excessive
repetition") is none. "Let's keep …" is a request, and an imperative after "but if …," is one.
A means that opens the clause makes "can" what it achieves ("By posting often you can reach
more people"); a duty to ensure that a thing is not so is a duty, not a prohibition ("ensure
the rota does not allow lone working"); "Please refer to the … policy" is a cross-reference;
"may be acceptable" judges an act and permits it; "are to be used for work purposes" and "are
for official communication only" are limits.

A modal in what a clause describes is no rule: a wh-clause after a preposition or a verb of
describing ("a list of what you can and cannot do", "covers how you should act"), a relative
clause that tells who is meant ("a colleague who they manage or have responsibilities over"),
and a consequence stated as "the effect will be that …". "The principle must be that gifts
should be refused" takes the rule stated after "that"; "entitled to expect" and "can expect"
name a standard, not a permission; "their Will" is a noun; what "must not be considered" or
"regarded" as something says how a thing is to be understood; being able to contact the body
is contact offered. A proviso set off before a
permission ("subject to certain restrictions, staff will be free to …") bounds it (read in
:mod:`.stance`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from ..model import Stance, Strength
from .patterns import compile_rule

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


_ADVERB = r"(?:also|still|now|always|well|only|therefore|then|currently|normally|usually)"
_NOT_AN_ACTION = (r"(?:be|been|have|expect|lead|result|amount|damage|cause|appear|bring|compromise|conflict|constitute|"
                  r"affect|seem|wish|intend|look|make|present|jeopardise|harm|sue|get|not|face|include|need|occur|"
                  r"happen|arise|reflect|impact|expose|breach|undermine|reveal|vary|remain|find|become|also|still|now|always|"
                  r"well)\b")

_PERSON = re.compile(
    r"\b(?:employees?|staff|members?|officers?|councillors?|users?|you|colleagues|adults|ministers|managers|"
    r"workers|volunteers|contractors|clerks?|everyone|anyone|individuals?|he|she|they|personnel|people|"
    r"anybody|somebody)\b", _I)
_BODY = re.compile(r"\b(?:we|us|council|trust|authority|service|parliament|government|organisation|team)\b", _I)

_AGENT = re.compile(
    rf"{_PERSON.pattern}|{_BODY.pattern}|\b(?:manager|chair(?:man|person)?|moderators?|administrators?|"
    r"webmasters?|heads?|directors?|owners?|departments?|committees?|groups?|parties|i)\b", _I)
"""Anyone who can be granted a permission: a person bound by the policy, a role or a body."""

_LIMITS: tuple[tuple[re.Pattern[str], Strength | Literal["stated"] | None], ...] = tuple((compile_rule(p, _I), s) for p, s in (
    (r"\b(?:must|should) limit\b|^(?:please )?limit\b", None),
    (r"\b(?:must|should) not be (?:disproportionate|to the detriment)\b", None),
    (r"\b(?:must|should) not spend more time\b(?=[^.]*\bthan (?:is )?necessary\b)", None),
    (r"\b(?:must|should|may) not (?:exceed|spend more than|be more than)\b", None),
    (r"\bno more time\b(?=[^.]*\bthan (?:is )?necessary\b)", None),
    (r"\bdisproportionate(?:ly)?\b|\bexcessive(?:ly)?\b", None),
    (r"\b(?:used|accessed|operated) only\b|\bonly (?:be )?(?:used|accessed)\b", None),
    (r"\b(?:must|should|will|may|can|shall) only\b(?! be able\b)|'ll only\b(?! be able\b)|\b(?:is|are) only (?:to be|permitted|allowed)\b", None),
    (r"\b(?:may|can) (?:\w+ ){1,6}?only (?:during|in|on|for|at|when|between|within|from)\b", "must"),
    (r"\b(?:is|are)(?:,? \w+,)? (?:restricted|limited)\b|\brestricted to\b", "must"),
    (r"\b(?:is|are) (?:dependent|conditional|contingent) (?:up)?on\b", "stated"),
    (r"\b(?:kept|keep|keeping) (?:[\w']+ ){0,6}?to (?:a|an absolute) minimum\b", None),
    (r"\b(?:business|work|official|council) (?:use|purposes) only\b"
     r"|\bfor (?:[\w']+ ){1,3}?(?:use|purposes?|communications?|correspondence|business) only\b"
     r"|\b(?:solely|exclusively) for (?:the )?(?:[\w']+ ){0,3}?(?:use|purposes?|business)\b"
     r"|\b(?:used?|accessed|provided|operated) (?:solely |\w+ly )?for (?:[\w']+ ){1,4}?only\b"
     r"|\b(?:is|are) provided for (?:[\w']+ ){0,2}?(?:work|business)(?:[ -]related)? (?:purposes|use|usage)\b", "stated"),
    (r"^(?:please )?only (?:post|provide|share|use|comment|contact|send|publish|upload|follow|accept|connect|"
     r"respond|reply|discuss|access)\b", "stated"),
    (r"^only\b[^.;,]{1,60}?\b(?:may|can|must|should|shall|(?:is|are)(?: \w+)? (?:permitted|allowed|authori[sz]ed))\b",
     None),
    (r"\b(?:(?:is|are) to be|(?:must|should|shall) (?:\w+ly )?be) (?:\w+ly )?used (?:only |solely |exclusively )?"
     r"(?:for )?(?:the )?(?:[\w']+ )?(?:legitimate |official )?(?:business|work)\b"
     r"|\b(?:(?:is|are) to be|(?:must|should|shall) (?:\w+ly )?be) (?:\w+ly )?used (?:\w+ly )?for (?:[\w'-]+ ){0,3}?"
     r"(?:purposes|activities)\b", "stated"),
))
"""Limits on something done, tried before anything else in the clause. With no strength of
its own a limit takes the clause's modal, else "should"; a limit that is "stated" as a fact
("it is for business use only") takes the modal, else is as firm as "must"."""

_STRONG: tuple[tuple[re.Pattern[str], Strength], ...] = tuple((compile_rule(p, _I), s) for p, s in (
    (r"\b(?:do not|don't|must not|should not|never) under any circumstances\b|\bunder no circumstances\b", "must"),
    (r"\b(?:is |are )?not (?:be )?(?:allowed|permitted)\b|\b(?:is|are|be) (?:strictly )?(?:prohibited|forbidden|banned)\b"
     r"|\bwill not be tolerated\b|\b(?:will not|won't|do not|does not) tolerate\b|\bnot eligible to\b"
     r"|\b(?:does|do|will) not (?:allow|permit)\b|\b(?:doesn't|don't|won't) (?:allow|permit)\b"
     r"|\b(?:is|are) not authori[sz]ed\b(?! to\b)|\b(?:is|are) barred from\b|\b(?:is|are) off[- ]limits\b"
     r"|\b(?:is|are) (?:\w+ly )?(?:prevented|precluded|debarred) (?:from|in) \w+ing\b"
     r"|^(?:[\w']+ ){1,4}?(?:strictly )?(?:prohibits|forbids)(?= \w)", "must"),
    (r"\bit is (?:not |un)(?:acceptable|permissible)\b|\b(?:is|are) (?:not acceptable|unacceptable)\b", "must"),
    (r"\bthere (?:must|shall|is to|are to) be no\b", "must"),
    (r"\bthere should be no\b", "should"),
    (r"\bit (?:is|would be) (?:not |in)appropriate\b|\bit would not be appropriate\b|\b(?:is|are) (?:not appropriate|inappropriate) (?:for|to)\b", "should"),
    (r"\b(?:would|'d) like you not to\b|\bshould refrain\b|\b(?:is|are) (?:strongly )?discouraged from\b", "should"),
    (r"\bat no time\b|\b(?:must|shall|will|to|please) refrain\b|\brefrain from\b", "must"),
))
"""Prohibitions that hold wherever they stand in the clause."""

_NEGATED_SUBJECT = re.compile(
    r"(?:^|(?<=[,:(] ))(?:no(?! (?:matter|longer|later|more|less|doubt|one else)\b)(?= \w)|nobody|no one|no-one"
    r"|none of)\b(?P<rest>[^.;]{0,160}?)\b(?P<modal>may|can|shall|should|must|will|is to|are to|(?:is|are) "
    r"(?:permitted|allowed|entitled|authori[sz]ed|able)|(?:has|have) the (?:authority|right))\b", _I)

_DESCRIBES = re.compile(
    r"^(?:this|these|the) (?:policy|guidance|guidelines?|document|protocol|procedure|code|guide)\b(?: [\w']+){0,2}? "
    r"(?:sets? out|outlines?|explains?|describes?|summari[sz]es?)\b", _I)
"""A sentence about what the policy sets out: a modal in what follows ("the standard that
should be followed") belongs to the description, not to a rule."""

_BOUND = (r"(?:(?:all|any|every|each|such|the|those|these|relevant|its|our|their|your) )?(?:[\w'-]+ ){0,2}?"
          r"(?:employees?|staff|members?|officers?|councillors?|users?|you|them|him|her|holders?|individuals?|"
          r"managers?|workers|volunteers|contractors|personnel|colleagues)'?")
"""Who a rule is laid on when a text requires it of them: "requires councillors to register"."""

_OWN_TIME = re.compile(r"\bin (?:your|their|his or her) own time\b|\b(?:outwith|outside(?: of)?) (?:[\w']+ ){0,3}?"
                       r"work(?:ing)? (?:hours|time)\b|\b(?:lunch|rest) breaks?\b|\bbefore (?:and|or) after work\b", _I)

_IMPERATIVES = (r"ensure|make sure|comply|be (?!(?:\w+ly )?(?:aware|mindful)\b|able\b)\w+|clearly identify|tell|"
                r"familiari[sz]e|expressly state|remember|protect|presume|use(?! of\b)|report|contact|act|take|"
                r"support|provide|treat|keep|follow|seek|check|think|read|respect|refer|ask|inform|notify|raise|"
                r"declare|obtain|identify|state|behave|maintain|review|update|delete|remove|block|stop|include|observe|"
                r"verify|let (?:us|them|\w+) know|send|stay|call|try (?:and|to)")
_FRONTED = (r"(?:but,?\s+(?=(?:before|when|if|where|once|after|whenever)\b))?(?:(?:before|when|if|where|once|after|whenever|in addition)[^,]{0,80}?(?:, |\s(?=please\b)))?"
            r"(?:please )?")

# (pattern, stance, strength, own); the leftmost match that survives its check governs.
_CUES: tuple[tuple[re.Pattern[str], Stance, Strength, bool], ...] = tuple(
    (compile_rule(p, _I), stance, strength, own) for p, stance, strength, own in (
        # cross-references and knowing a fact
        (r"\b(?:should|must|is to|are to) be read (?:in conjunction|together|alongside|with)\b"
         r"|^(?:please )?(?:refer to|see)\b(?=[^.;]{0,40}?\b(?:section|paragraph|appendix|annex|policy|procedure|"
         r"guidance|guidelines|document)\b)", "advises", "informative", True),
        (r"\b(?:(?:must|should|need to|needs to|will need to|is to|are to)(?: also| therefore| always| all| still)? )?"
         r"(?:be (?:\w+ly )?(?:aware|mindful)|remember that|note that|bear in mind|be borne in mind|be noted)\b"
         r"|\bmindful\b|\bplease remember\b|\bplease note\b(?! that\b)|\bremember that\b|\b(?:is|are) aware that\b|\breminded that\b"
         r"|\bremember(?=,? (?:you|they|we|it|there|everything|anything|what|how|once|if|when)\b)"
         r"|\b(?:(?:must|should|need to|needs to)(?: also| therefore| always| all| still| fully| clearly)? )?"
         r"(?:(?:understand|recogni[sz]e|accept|reali[sz]e|appreciate|know|acknowledge)s? that|understand"
         r"|be conscious|take note)\b|\b(?:please )?keep in mind\b|\b(?:(?:must|should) )?be (?:emphasi[sz]ed|stressed) that\b"
         r"|\b(?:do not|don't|never) forget\b(?! to\b)"
         r"|\b(?:should|must|do) not (?:\w+ )?(?:assume|expect|think|believe)\b"
         r"|\b(?:should|must|shall) not be (?:considered|regarded|deemed|construed|interpreted)\b",
         "advises", "informative",
         True),
        (r"\badvised to\b|\bencourage[ds]?\b|\b(?:(?:must|should|need to) )?ask (?:yourself|yourselves|themselves|himself|herself)\b|\brecommend(?:s|ed)?\b|\b(?:may|might) (?:wish|want) to\b"
         r"|\bit is (?:\w+ )?(?:important|advisable|good practice)\b|\bworth considering\b", "advises", "informative", True),
        # imperatives opening the clause
        (rf"^{_FRONTED}(?:do not|don't|never) forget to\b", "requires", "should", False),
        (rf"^{_FRONTED}(?:do not|don't|never)\b", "prohibits", "must", False),
        (rf"^{_FRONTED}avoid\b", "prohibits", "should", False),
        (r"\b(?:so|and|but) please (?:do not|don't|never)\b", "prohibits", "must", True),
        (rf"\b(?:so|and|but) please (?!remember\b)(?:{_IMPERATIVES})\b", "requires", "should", True),
        (rf"^{_FRONTED}be (?:\w+ly )?(?:aware|mindful)\b", "advises", "informative", True),
        (r"^let(?:'s| us) (?:keep|be|make|stay|treat|respect|all)\b", "requires", "should", True),
        (rf"^{_FRONTED}(?:{_IMPERATIVES})\b(?!\s+(?:is|are|was|were|will|can|may|might|should|must|has|have)\b)"
         rf"|^{_FRONTED}always (?!been\b)\w+", "requires", "should", False),
        # negated modals
        (r"\b(?:is|are) (?:asked|reminded|expected) not to\b|\b(?:ask|request)(?:s)? (?:that )?(?:you|staff|employees|members|they|users) (?:do not|don't|not to)\b",
         "prohibits", "should", True),
        (r"\bmust not\b|\bmustn't\b|\bmust never\b|\bshall not\b|\bshan't\b|\b(?:is|are) not to (?:be )?\w+",
         "prohibits", "must", True),
        (r"\bshould not\b|\bshouldn't\b|\bshould never\b|\bought not\b|\b(?:would|'d) rather you did not\b",
         "prohibits", "should", True),
        (r"\b(?:may not|cannot|can't|can not)\b", "prohibits", "must", True),
        (r"\b(?:will not|won't)\b(?! (?:be able|necessarily|always|normally|usually|generally)\b)", "prohibits",
         "must", True),
        (r"\b(?:not|un)(?: be)? ?able to\b|\bnot (?:entitled|authori[sz]ed|free) to\b", "prohibits", "must", True),
        # consequences
        (r"\b(?:may|could|will|might|can) (?:also |ultimately |potentially )?(?:lead to|result in|amount to|constitute|"
         r"be subject to|be investigated|be dealt with|be treated as|be considered|be viewed|be regarded|be imposed|"
         r"be terminated|face|take (?:disciplinary |legal |formal |appropriate |further )?action"
         r"|be held (?:\w+ )?(?:responsible|accountable|liable))\b", "advises", "informative",
         True),
        (r"\b(?:effect|result|consequence|outcome|impact)s? (?:of [^.;]{1,40}? )?(?:will|would|may|could|is|was) "
         r"(?:be )?that\b", "advises", "informative", True),
        # a numeric cap on a permission
        (r"\ba maximum of\b(?=[^.;]*\b(?:may|can)\b)|\bno more than \w+\b(?=[^.;]*\b(?:may|can)\b)",
         "permits with conditions", "may", True),
        # obligations
        (r"\b(?:is|are) not (?:required|obliged|expected) to\b|\b(?:does|do) not expect (?:\w+ ){1,3}?to\b|\b(?:(?:do|does) not|don't|doesn't) (?:need|have) to\b"
         r"|\bneed not\b|\bneedn't\b|\bno (?:requirement|obligation|need) (?:for|to)\b"
         r"|\b(?:(?:do|does) not|don't|doesn't) need (?:\w+ )?(?:permission|approval|consent)\b", "permits", "may", True),
        (rf"\brequires? {_BOUND} not to\b", "prohibits", "must", True),
        (rf"\brequires? {_BOUND} to\b", "requires", "must", True),
        (r"\bmay (?:also )?be (?:required|asked|expected) to\b|\bwill be expected to\b", "requires", "must", True),
        (r"\bmust agree\b[^.]*?\bin advance\b", "requires", "must", True),
        (r"\b(?:you|users|they|members|staff|employees) (?:also )?agree to (?:follow|abide by|comply with|adhere to|observe)\b",
         "requires", "must", True),
        (r"\bmust\b|\bshall\b|\b(?:have|has) to\b|\b(?:is|are) (?:mandatory|compulsory|obligatory)\b|\b(?:is|are) required(?: to)?\b|\brequired to\b"
         r"|\b(?:have|has) a duty\b|\bduty (?:of [^.;,]{1,40}? )?to\b|\b(?:is|are) to (?:be )?\w+", "requires", "must", True),
        (r"\b(?:is|are) expected to\b|\bexpects? (?:\w+ ){1,5}?to\b|\bexpects? that\b|\bshould\b|\bought to\b"
         r"|\bneeds? to\b|\bresponsibility (?:of [^.;,]{1,60}? )?to\b|\bresponsible for (?:[^.;]{1,60}? and for )?(?:ensuring|(?!(?:any|every|no|some)thing\b)\w+ing)\b"
         r"|\bresponsible for (?:the )?(?:day-to-day |overall )?\w+(?:ation|ment)\b"
         r"|\bonus is (?:up)?on\b|\bit is (?:vital|essential|imperative)(?: \w+)? (?:that|to)\b|\btrusted to\b"
         r"|\bit is for (?:you|them|(?:the |each |every |all )?(?:\w+ )?(?:employees?|staff|officers?|members?|managers?"
         r"|individuals?|councillors?)) to\b"
         r"|\b(?:would|'d) like you to\b|\b(?:is|are) (?:asked|reminded) to\b|\bexpectation (?:is )?that\b"
         r"|\b(?:ask|request) (?:that|you to|(?:all )?(?:users|staff|employees|members|people|everyone) to)\b"
         r"|\bresponsibility (?:for [^.;]{1,120}? )?(?:lies|rests) with\b"
         r"|\b(?:have|has) (?:\w+ )?responsibilities(?: and obligations)?\b|\b(?:have|has) (?:\w+ )?obligations\b"
         r"|\bneeds? (?:the )?(?:prior |written |express )?(?:approval|permission|authori[sz]ation|consent)\b",
         "requires", "should", True),
        (r"\b(?:is|are) obliged to\b|\b(?:have|has|(?:is|are) under) an? (?:\w+ )?obligation to\b"
         r"|\b(?:it|there) is (?:now |also )?a requirement (?:that|for)\b", "requires", "must", True),
        (r"(?:\bwill|'ll) (?:\w+ (?:and |or )?)?(?:remove|delete|hide|take down)\b", "requires", "must", True),
        (r"(?:\bwill|'ll) always (?!try\b|be\b|aim\b|endeavour\b|seek\b)\w+", "requires", "must", True),
        (r"\bwill (?:also |then |always )?be (?:removed|deleted|hidden|taken down|saved)\b",
         "requires", "must", True),
        (r"\bwill\b(?! be\b)", "requires", "must", True),
        # permissions
        (r"\b(?:is|are)(?: now| currently)? (?:allowed|permitted|free to|entitled|eligible|authori[sz]ed|at liberty|tolerated)\b"
         r"|\b(?:is|are) (?:now |currently )?able to\b|\bbe able to\b|\bmay be (?:allowed|permitted)\b"
         r"|\bwill (?:\w+ly )?be (?:allowed|permitted|free to|entitled to|at liberty to)\b"
         r"|\b(?:has|have) the right to\b|\b(?:reserves?|maintains?|retains?) the right to\b|\brecognise the rights? of\b"
         r"|\b(?:has|have) (?:the )?(?:authority|power|discretion) to\b"
         r"|\bis (?:his|her|his or her|their|your) own business\b|\bis a matter for\b"
         r"|\b(?:does|do) not intend\b[^.;]{0,40}?\bto prevent\b|\bnot intended to prevent\b|\b(?:is|are) welcome to\b"
         r"|\bnothing in this (?:\w+ )?(?:policy|code|guidance) (?:prevents|stops|is intended to prevent)\b"
         r"|\bit is (?:acceptable|reasonable|permissible|legitimate)\b(?: \w+)? (?:for|to|that)\b"
         r"|\b(?:is|are) not (?:prevented|prohibited|barred|precluded) from\b"
         r"|\b(?:does|do) not (?:prevent|stop|prohibit|preclude) (?:\w+ ){1,3}?from\b"
         r"|\b(?:is|are) (?:considered )?acceptable\b"
         r"|\b(?:may|can|might|could|would) (?:\w+ly )?be (?:considered |deemed )?acceptable\b"
         r"|\b(?:there is|(?:has|have)) no objection to\b"
         r"|\bit(?: is|'s)(?: now)? possible for \w+ to\b|^(?:please )?feel free to\b"
         r"|\b(?:is|are|'re|am) (?:happy|content) for (?:\w+ ){1,2}?to\b"
         r"|(?<=\bmay be )(?:removed|deleted|hidden)\b"
         r"|\bwe (?:\w+ly )?welcome (?:your |any |all )?\w+(?=[^.;]*\b(?:as|so) long as\b)"
         r"|\b(?:council|university|trust|authority|service|organisation|we)(?: \w+ly)? (?:permits|allows|permit|allow)"
         r"(?= (?:the |some |limited |reasonable |occasional |personal |staff |employees |you |users )?(?:\w+ ){0,2}?"
         r"(?:use|access|to)\b)", "permits", "may", True),
        (rf"\b(?:may|can)(?!not)(?:,[^,]{{1,40}},)? (?:{_ADVERB} )?(?!(?:\w+ly )?{_NOT_AN_ACTION})\w+", "permits", "may",
         True),
        # advice and facts that name why a clause has no rule
        (r"\bbe aware\b|\bconsider\w*|\bit is important\b|\bimportant\b", "advises", "informative", False),
    ))


@lru_cache(maxsize=16384)
def read_clause(clause: str) -> tuple[Finding, ...]:
    """What governs one clause: at most one finding.

    Remembered: the same stretch of text is read for every page and lead-in that holds it.
    """
    if found := _DESCRIBES.match(clause):
        return (Finding("advises", "informative", found.group(), 0),)
    for pattern, strength in _LIMITS:
        if found := pattern.search(clause):
            if re.search(r"\bincluding\s+$", clause[:found.start()], _I):
                # "We will hide comments, including excessive repetition of content": what is
                # described, not a limit on doing it.
                continue
            if _PROVISO.search(clause, 0, found.start()):
                # "may use …, provided it is not excessive": the limit is the permission's condition.
                continue
            if strength is None or strength == "stated":
                fronted = re.match(r"only\b.*\b(?:may|can)$", found.group(), _I) is not None
                strength = _modal(clause, "must" if strength == "stated" or fronted else "should")
            return (Finding("restricts", strength, found.group(), found.start()),)
    for pattern, strength in _STRONG:
        if found := pattern.search(clause):
            if (ensured := _ENSURED.search(clause, 0, found.start())) and not _PERSON.search(ensured.group("thing")):
                # "ensure the arrangement does not allow favouritism": a duty that a thing is
                # not so, read from the duty to ensure it.
                continue
            if re.match(r"(?:[^.;]*\bshould\b|\s+should\b)", found.group() + clause[found.end():found.end() + 8], _I) \
                    and not re.search(r"\b(?:must|shall)\b", found.group(), _I):
                strength = "should"
            return (Finding("prohibits", strength, found.group(), found.start()),)
    if found := _NEGATED_SUBJECT.search(clause):
        modal = found.group("modal").lower()
        cue = found.group() if len(found.group()) <= 60 else found.group()[:found.start("rest") - found.start()]
        strength: Strength = "should" if modal == "should" else "must"
        return (Finding("prohibits", strength, cue.strip(), found.start()),)
    weakest = len(_CUES) - 1
    candidates = sorted(((i == weakest, m.start(), -len(m.group()), i, m) for i, (p, *_rest) in enumerate(_CUES)
                         for m in p.finditer(clause)), key=lambda c: c[:4])
    for _weak, _start, _length, index, match in candidates:
        _pattern, stance, strength, own = _CUES[index]
        finding = _check(clause, match, stance, strength, own)
        if finding is not None:
            return (_limit_by_time(clause, finding),)
    return ()


_ENSURED = re.compile(r"\b(?:ensure|ensuring|make sure|making sure)\s+(?:that\s+)?(?P<thing>[^,;.]{1,60}?)\s*$", _I)
"""What a duty to ensure is about, up to the verb that follows it."""

_PROVISO = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )"
                      r"\bprovid(?:ed|ing)\b(?!\s+(?:by|to|for|with|through|via)\b)"
                      r"|\b(?:as long as|so long as|on (?:the )?condition)\b", _I)
"""A proviso on a permission: "provided" (not "are provided for" nor "accounts provided by the
council"), "as long as"."""

_KNOWING = ("aware", "mindful", "remember that", "note that", "bear in mind", "aware that", "reminded that",
            "assume", "expect", "think", "believe", "borne in mind", "be noted", "please remember", "please note", "remember",
            "forget", "that", "understand", "conscious", "take note", "in mind")
"""Cue endings that tell the reader to know something: informative unless a rule follows."""
_POSSIBLY = re.compile(r"\b(?:may|might|could)\s+$", _I)
_BODY_JUST_BEFORE = re.compile(rf"{_BODY.pattern}\s+(?:\w+ly\s+)?$", _I)
_AND_COMPLY = re.compile(r"\s+(?:of\s+)?(?:[^.;]{0,80}?\s)?and\s+(?:follow|comply|abide|adhere|observe)\b", _I)
"""A duty to comply coordinated with a duty to know: "be aware of and follow the code"."""
_OFFER = re.compile(r"\bif you (?:\w+ )?(?:wish|want|would like|need(?! to\b)|have (?:any |a |an )?(?:questions?|"
                    r"queries|query|concerns?|complaints?|comments?|feedback))\b", _I)
"""A condition on the reader's own wish or question: the contact that follows is an offer."""
_BY_MEANS = re.compile(r"by\s+\w+ing\b[^.;]*$", _I)
"""A clause opened by its means ("By using …,"), before the modal of what the means achieves."""


def _check(clause: str, match: re.Match[str], stance: Stance, strength: Strength, own: bool) -> Finding | None:
    """The finding a cue gives in its context, or None when the context says it is no rule."""
    cue, start = match.group(), match.start()
    lowered = cue.lower()
    if _in_relative_clause(clause, start) and (stance == "permits" or re.search(r"\b(?:un)?able to\b|^requires?\b",
                                                                               lowered)):
        return None
    if stance != "advises" and _WH_OBJECT.search(clause, 0, start):
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
    subject = _subject(clause, start)
    person = subject in ("person", "person-noun")
    after = clause[match.end():]
    if stance == "permits" and re.match(r"\s+(?:to\s+)?expect\b", after, _I):
        return None  # "The public are entitled to expect high standards": a standard, no permission
    if stance == "permits" and _CONTACT.search(cue + after[:40]) and subject != "body":
        return None  # "Users are able to contact us by direct message": contact offered, no permission
    if stance in ("requires", "prohibits") and re.match(r"\s+be\s+that\b", after, _I):
        # "The principle must be that gifts should be refused": the rule is the one stated after "that".
        inner = _rule_after(clause, match.end())
        if inner is not None:
            return replace(inner, own=own)
    if stance == "advises" and lowered.endswith(_KNOWING):
        if _AND_COMPLY.match(after):
            # "should be aware of and follow the code": the duty to comply is the rule.
            return Finding("requires", "must" if lowered.startswith("must") else "should", cue, start, own)
        inner = _rule_after(clause, match.end())
        return inner if inner is not None else Finding("advises", "informative", cue, start, own)
    if stance == "prohibits" and lowered in ("may not", "cannot", "can't", "can not"):
        if subject == "body" or (lowered == "may not" and re.match(r"\s+be able\b", after)):
            return None
        if re.match(r"\s+(?:\w+ )?(?:be|been|have|necessarily|always)\b", after) and not person:
            passive = lowered == "may not" and re.match(r"\s+be \w+(?:ed|en)\b", after)
            if not passive:
                return None
    if re.search(r"\b(?:un)?able to\b", lowered) and (not person or _POSSIBLY.search(clause[:start])):
        # "staff may not be able to access some sites" is a possibility, not a prohibition.
        return None
    if stance == "requires" and ("obligation" in lowered or "responsibilities" in lowered) and subject != "person-noun" \
            and subject != "person":
        return None
    if stance == "prohibits" and lowered in ("will not", "won't") and _BODY_JUST_BEFORE.search(clause[:start]):
        # "the council will not enter into debate": the body tells what it will not do; only
        # not tolerating or allowing something (read before this) forbids it to others.
        return None
    if stance == "permits" and lowered == "be able to" and re.search(r"\bnot\s+$", clause[:start], _I):
        return None
    if stance == "permits" and lowered in ("removed", "deleted", "hidden") and re.match(r"(?:if|should|where|when)\b",
                                                                                    clause, _I):
        # "Should a post be reported, it may be removed": a consequence of the condition, where
        # "Abusive posts may be removed" keeps a power to remove.
        return None
    if stance == "permits" and lowered.startswith("can") and subject == "body":
        return None
    if stance == "permits" and re.match(r"(?:may|can)\b", lowered) and _BY_MEANS.match(clause[:start]):
        # "By posting regularly you can reach more residents": what the means achieves, not a
        # permission to do it.
        return None
    if stance == "permits" and re.match(r"(?:may|can)\b", lowered) and not lowered.endswith("acceptable") \
            and not _AGENT.search(clause[:start]):
        # "the types of social media available may change", "the use of social media may
        # replace …": with no one to act, "may" states a possibility, not a permission ("a small
        # gift may be acceptable" still judges the act, and permits it).
        return None
    if stance == "requires" and lowered.startswith("need") and _POSSIBLY.search(clause[:start]):
        return None
    if stance == "requires" and re.match(
            r"\s+(?:\w+\s+)?(?:ensure|make sure)\s+(?:that\s+)?(?:you|they|he|she|staff|employees|members)\s+"
            r"(?:do|does|will|are|is|can)(?:\s+not|n't)\b", after, _I):
        return Finding("prohibits", strength, cue, start, own)
    if stance == "requires" and re.search(r"\b(?:ensure|make sure|that)$", lowered) and re.match(
            r"\s+(?:that\s+)?(?:you|they|he|she|staff|employees|members)\s+(?:do|does|will|are|is|can)(?:\s+not|n't)\b",
            after, _I):
        return Finding("prohibits", strength, cue, start, own)
    if stance == "requires" and re.match(r"\s*(?:avoid|refrain)\b|\s*(?:take care|be careful) not to\b", after, _I):
        return Finding("prohibits", strength, cue, start, own)
    if stance == "requires" and not own and lowered.endswith(("contact", "ask")) and _OFFER.search(clause):
        # "If you need a copy, please contact the ICT team": help offered, no duty.
        return Finding("advises", "informative", cue, start, own)
    if stance == "requires" and lowered == "will" and subject != "person-noun":
        return None
    if stance == "requires" and re.match(r"(?:is|are) to ", lowered) and not lowered.split()[2:3] == ["be"] \
            and not person:
        return None
    return Finding(stance, strength, cue, start, own)


def _rule_after(clause: str, position: int) -> Finding | None:
    """A rule stated inside what the reader is told to know ("remember that X must not …")."""
    rest = clause[position:]
    found: list[Finding] = []
    for pattern, stance, strength, own in _CUES:
        if stance not in ("prohibits", "requires") or not own:
            continue
        for match in pattern.finditer(rest):
            if re.match(r"(?:must|shall|should|have to|has to|is to|are to|will not|won't|(?:is|are) required|"
                        r"required to|(?:have|has) a duty|duty|responsibility)\b", match.group(), _I):
                found.append(Finding(stance, strength, match.group(), position + match.start(), own))
                break
    return min(found, key=lambda f: (f.start, -len(f.cue)), default=None)


def _limit_by_time(clause: str, finding: Finding) -> Finding:
    """An obligation whose content is a time limit ("must be done in your own time") restricts."""
    if finding.stance == "requires" and finding.own and _OWN_TIME.search(clause, finding.start):
        return Finding("restricts", finding.strength, finding.cue, finding.start, finding.own, time_bound=True)
    return finding


_CONDITION = re.compile(r"^(?:if|unless|in the event that)\s+(?:[\w']+\s+){0,3}$", _I)
"""A condition's opening up to its own verb: "If you " + "are required to …"."""


def _in_condition(clause: str, start: int, end: int) -> bool:
    """Whether a cue sits in the condition of a conditional sentence, not in its rule: "If you
    are required to work late, you will be paid", "Should there be evidence …, action will be
    taken" (an inverted "if"; a question ends with "?")."""
    if start == 0 and clause[:end].lower() == "should":
        return not clause.rstrip().endswith("?")
    return _CONDITION.match(clause[:start]) is not None and len(clause[end:].split()) > 4


_WH_OBJECT = re.compile(r"\b(?:of|about|on|as to|covers?|explains?|describes?|outlines?|sets? out|shows?)\s+"
                        r"(?:what|how|whether)\b[^,.;:]{0,40}$", _I)
"""A wh-clause that is the object of a description ("a list of what you can do")."""
_CONTACT = re.compile(r"\b(?:may|can|to)\s+(?:also\s+)?(?:contact|message|e-?mail|write to|get in touch with)\s+"
                      r"(?:us\b|our\b|the\s+\w+|(?-i:[A-Z])\w+)", _I)
"""A permission to get in touch: the contact is offered, as "If you have questions, contact …" is."""
_NOUN_WILL = re.compile(r"\b(?:a|the|their|his|her|my|your|our|its)\s+$", _I)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which)\b[^,.;:]{0,60}$", _I)


def _in_relative_clause(clause: str, start: int) -> bool:
    return re.search(r"\b(?:who|which)\s+(?:\w+\s+)?$", clause[:start], _I) is not None


def _subject(clause: str, start: int) -> str | None:
    """"person" or "person-noun" (a person bound by the rule), "body" (the body itself), or None."""
    before = re.split(r"\b(?:that|if|when|where|because|and|but|so)\b|[,:(]", clause[:start], flags=_I)[-1]
    words = before.split()[-6:]
    window = " ".join(words)
    people = list(_PERSON.finditer(window))
    bodies = list(_BODY.finditer(window))
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
