"""Read the rule of one clause: its modal, the negation in its scope, and its subject.

A clause here is a stretch of one sentence that can hold one rule (the caller cuts
sentences at ";", ":", dashes and ", but"). :func:`read_clause` returns what governs it:

* a limit ("should limit", "may only", "we'll only", "excessive", "is restricted") — *restricts*, unless a ban
  follows it in a relative clause or a second verb (", which should not be shared", "and not to use", "and that you
  will not use"), or a firm ban comes before it ("are not permitted …, so we only accept"): the ban is the clause's rule;
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

The patterns of these readings, each with the words it needs, are the tables of :mod:`.stance_cues`;
who speaks in the clause and what its context makes of a cue (a condition, a relative clause, a
description, the body's own voice) are read by :mod:`.stance_context`. This module holds
:func:`read_clause`, which tries the tables in turn, and the check that keeps or drops each cue in
its context: among them, what the body will not give, pass on or process of the personal data it holds
("No information will be given without the consent of the patient", also in a verb joined by "and": "… will be
treated in confidence and will not be disclosed"), help or a guide the reader "may consult" or "can access" and what
a meeting's minute "Noted that …" state no rule; whom a complaint "should be referred to" or "the complainant should
write directly to" is how to complain, offered. A grant joined by "and" to an encouragement ("are encouraged to attend
and may speak") is the rule. What "the complainant shall provide" in the active voice is a party's duty, where what a
complaint "should include" is how to complain; contact asked "at least 14 days before the meeting" is asked before the
act; people named by a relative clause ("Everyone who works for the Trust has a responsibility to …") own the duty of
the main clause; a responsibility "to be familiar with" terms is a duty, not only to know. Staff who "will provide" or
"offer" the reader something, with or without "our" ("In these circumstances staff will offer …"), serve the reader;
when meetings "shall be held" ("on the last Tuesday of each month", "within 14 days of the election") is the body's
calendar; what members "were reminded that" they must do is a minute's record; "Please contact the Clerk for
information" is contact offered, as "For information, please contact" is; parents who do not want their child's image
"to appear" online, and a long subject after "If any", opt out. A cue in what a thing or an act is for ("The purpose of
a sanction is to make clear that a breach is unacceptable") lays no rule. A grant the reader is told to "note" ("Please
note that meetings may be filmed by members of the public") is the rule; ", but only if" after a grant ("is permitted …,
but only if others are not disturbed") is its condition, not a limit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..model import Stance, Strength
from .patterns import compile_pattern, folded, may_match
from .stance_context import (
    _AGENT, _AIM_BEFORE, _AND_COMPLY, _AND_FORBIDDEN, _BARE_VERB_AT, _BE_BEFORE, _BODY_ANSWERING, _BODY_SERVICE,
    _BODY_FOLLOWS, _BODY_JUST_BEFORE, _BODY_OWNS, _BOUND_PEOPLE, _BY_GRANTEES, _BY_MEANS, _BY_PERSON, _CARE_NOT,
    _CHANNEL, _CIRCUMSTANCES, _COMMITTEE_FIRST, _COMPLAINT, _COMPLAINT_MADE, _CONFIDENT_AFTER, _CONSENTS,
    _CONSEQUENCE_SUBJECT, _CONTACT, _DEPENDS_AFTER, _DEPENDS_SUBJECT, _DOCUMENT_BEFORE, _DUTY_HELD, _ENDS_ON_VERB,
    _ENSURED, _FEELS_THAT, _FOR_INFORMATION_AFTER, _FOR_OWN_NEED, _GIVEN_BY_BODY, _HARMED, _KEEPING_VERB, _KEEPS_REGISTER, _KEPT, _KNOWING,
    _MADE_BY, _NO_CAPACITY, _NO_REPLY, _NOT_ANSWERING, _NOT_CONDUCT, _NOT_NEGATED, _NOUN_WILL, _NUMBER_TO_CALL,
    _OBJECT_RELATIVE, _OBLIGING, _OFFER, _OWN_DUTY, _OWN_PAGES, _OWN_POSTS, _PASSIVE_PERMISSION, _PERSON_AVOIDS,
    _PERSON_NOT, _POSSIBLY, _POSTING, _PREPOSITION_RELATIVE, _PROVISO, _PURPOSE_OF, _PURPOSE_STATED, _REGISTER_KEPT, _RELATIVE_BEFORE, _REPORTED, _REUSED,
    _RULES_HELD, _RULES_NAMED, _SANCTION, _STANDARDS_THAT, _TO_COMPLAIN, _TO_KNOW, _TRAILING_CONDITION, _WE_AS_PEOPLE, _WH_CLOSED,
    _WH_KNOWN, _WH_OBJECT, _WHETHER, _in_condition, _in_relative_clause, _modal, speaks_as_people, _subject,
)
from .stance_cues import (
    ASKS_REMOVAL, CHOICE_GRANTED, HINDERING, INTRANSITIVE_VARY, _A_DOCUMENT, _CUES, _DENIED_BAN_RE, _DESCRIBES, _HINDERS, _LIMITS, _NEGATED_SUBJECT, _NO_NOTICE, _OWN_TIME, _PERSON, _STRONG,
    _VARIED_OBJECT,
)
from .stance_words import ASKERS, CONDUCT_DONE, DOCUMENT, FEARING, PEOPLE, PRESS_TEAM, RULES

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


_TO_KNOW_ASKED = compile_pattern(r"\s+(?:that\s+)?(?:[\w'-]+\s+){0,6}?(?:please\s+)?(?:(?:be|are|is)\s+(?:\w+ly\s+)?(?:aware|mindful)\s+that|"
                                r"take\s+note|bear\s+in\s+mind|keep\s+in\s+mind|note\s+that|remember\s+that)\b", _I)
"""What a request asks its reader to know, after "ask that" or "ask you to" ("… that all users please take note of the
following rules", "… you to be aware that"): informative, as "be aware that" is; to be "mindful of" others' needs is
to act with regard to them."""
_ASKS_REMOVAL = compile_pattern(r"[^.;]{0,60}?" + ASKS_REMOVAL, _I)
_WHICH_FORBIDDEN = compile_pattern(r",\s+which\s+(?P<ban>(?:must|shall|may|should)\s+(?:not|never)|mustn't|shouldn't|cannot)\b"
                                  r"|\s+and\s+(?:that\s+(?:I|you|they|he|she)\s+(?P<will>(?:will|shall|must)\s+not)"
                                  r"|(?P<to>not\s+to)\s+(?!be\b|exceed\b|(?:the|an?|any|your|their|his|her|our|its|this|that|these|those)\b)[a-z]+)\b", _I)
"""A ban in a relative clause after a limit ("must only be made via your … password, which must NOT be given to any
other person", "which should not be shared"), or a second verb that bans after it ("agree to use the service for
lawful purposes only and not to use it to …", "are intended for educational use and that you will not use them …"): the
clause's most restrictive rule, as a ban joined by "and" is; not a place or person the limit shuts out ("only, and not to
the manager")."""

_FRONTED_EXCEPTION = compile_pattern(r"(?:except|save) (?:for|in) [^.;,]{1,80},", _I)
"""An exception put before what it excepts ("Except for confidential matters, meetings are open to the public"), which
the permission's proviso then reads."""
_GRANTED_BEFORE = compile_pattern(r"\b(?:is|are) (?:\w+ly )?(?:permitted|allowed)\b|\b(?:may|can)\b(?! not\b| only\b)", _I)
"""A grant before a limit's "but only if" ("use is permitted …, but only if"), which makes the limit its condition."""


_HINDRANCE_AFTER = compile_pattern(rf"\s+(?:\w+ly\s+)?{HINDERING}\b", _I)
"""A hindrance as the verb after a negated subject's "can" ("Nobody can stop councillors tweeting"), not an act ceased
("No one can stop working without …")."""
_SAVE_FOR = compile_pattern(r"\s*,?\s*(?:(?:[\w-]+\s+){0,3}?(?:other than|except(?: for)?|apart from|save(?: for)?|besides)\b"
                            r"|(?:one\s+)?but\b(?!\s+(?:in particular|especially|particularly|also|not)\b))", _I)
"""An exception to a negated subject ("Nobody other than …", "No one except …", "None but …"): those excepted alone may
act. A "but" further on adds to the subject ("No member of staff but in particular managers should …")."""
_PEOPLE_EXCEPTED_FIRST = compile_pattern(r"\s*(?:except(?: for)?|apart from|other than|save(?: for)?|with the exception of)\s+"
                                         r"(?P<who>(?!(?:in|on|at|when|where|if|during|with|under|by|for)\b)[^,;.]{1,80}),\s*$", _I)
"""People excepted before a negated subject ("Except for the Leader and the Cabinet Member, no councillor …")."""
_OBJECTED_AFTER = compile_pattern(r"\s+(?:\w+ly\s+)?(?:object\s+to|mind|have\s+(?:a\s+problem|an\s+issue)\s+with)\b", _I)
"""What nobody "will object to" or "mind": allowed."""
_HINDERED_AFTER = compile_pattern(r"\s+be\s+(?:\w+ly\s+)?(?:prevented|stopped|barred|precluded)\s+from\b", _I)
"""A hindrance in the passive after a negated subject's modal ("No member of staff will be prevented from raising a
concern"): nobody is hindered, so the act is free."""
_BOUND_AFTER = compile_pattern(r"\s+be\s+(?:\w+ly\s+)?(?:required|obliged|compelled|forced)\s+to\b", _I)
"""A duty in the passive after a negated subject's modal ("No member of staff will be required to use …"): nobody is
bound, so the act is free."""
_FEARED_AFTER = compile_pattern(rf" (?:ever )?{FEARING}\b", _I)
"""Fear of an act after a negated subject's modal ("No one should feel unable to …")."""
_DENIED_WHOLE = compile_pattern(r"(?:(?:but|however|and),? )?(?:it(?: is|'s) (?:not (?:the case|true)|untrue|false) that"
                               r"|(?:(?:this|that|it|\w+ing\b[^,.;]{1,40}?) (?:(?:does not|doesn't) (?:necessarily )?(?:mean|follow|imply)"
                               r"|should not be taken to (?:mean|imply))|(?:this|that|it)(?: is|'s) not to (?:say|suggest)"
                               r"|none of (?:this|that|these|the above) means)(?: that)?)\s+(?=\w)", _I)
"""A sentence that denies all that follows it ("It is not the case that staff are prohibited from …", "This does not
mean that staff cannot use social media", "It does not follow that staff may …", "None of this means that", "That is
not to say that personal use is banned")."""
_DENIED_STANCE: dict[str, tuple[Stance, Strength]] = {
    "prohibits": ("permits", "may"), "restricts": ("permits", "may"), "requires": ("permits", "may"),
    "permits": ("prohibits", "must"), "permits with conditions": ("prohibits", "must"),
}
"""What is left when a rule is denied: no ban, limit or duty leaves the act free; no permission forbids it."""

_NOR_INVERTED = compile_pattern(r"(?:(?:and|but),? )?(?:nor|neither) (?P<aux>is|are|was|were|do|does|did)\s+(?=\w)", _I)
"""A sentence opened by "nor" or "neither" with its verb before its subject ("Nor are staff permitted to …", "Neither
does the council permit …"): it denies what it says."""
_PREDICATE = compile_pattern(r"(?P<subject>(?:[\w'-]+\s+){1,6}?)(?=(?:(?:\w+ly|also|ever)\s+)?(?:\w+ed|\w+en|acceptable|appropriate|"
                             r"permissible|able|free|entitled|welcome|necessary|possible|right|proper|optional|compulsory|"
                             r"mandatory|unacceptable|inappropriate)\b)", _I)
"""The subject of an inverted "is" or "are", up to what is said of it ("staff" in "staff permitted to …")."""

_CHOICE_OF = compile_pattern(CHOICE_GRANTED)


def _denied(denied: re.Match, inner: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """The reading of a sentence that denies the rule read from what follows ``denied``."""
    if not inner or inner[0].stance not in _DENIED_STANCE:
        return inner
    stance, strength = _DENIED_STANCE[inner[0].stance]
    return (Finding(stance, strength, denied.group().strip(), denied.start()),)


_ASKS_READER = compile_pattern(r"\s+(?:\w+ly\s+)?(?:ask|request)\s+(?:you\s+)?(?:for|to\s+(?:give|send|share|confirm))\b", _I)
"""What the body will never ask of the reader ("We will never ask you for your password on social media"): its
commitment, even where it speaks of its own channels."""


@lru_cache(maxsize=16384)
def read_clause(clause: str) -> tuple[Finding, ...]:
    """What governs one clause: at most one finding.

    Remembered: the same stretch of text is read for every page and lead-in that holds it.
    """
    if found := _DESCRIBES.match(clause) or _REPORTED.match(clause) or _DEFINED.match(clause):
        return (Finding("advises", "informative", found.group(), 0),)
    if (denied := _DENIED_WHOLE.match(clause)) is not None:
        return _denied(denied, read_clause(clause[denied.end():]))
    if (inverted := _NOR_INVERTED.match(clause)) is not None:
        rest = clause[inverted.end():]
        if inverted["aux"].lower() in ("do", "does", "did"):
            return _denied(inverted, read_clause(rest))  # "the council permit staff to …" reads as its grant
        if (subject := _PREDICATE.match(rest)) is not None:
            return _denied(inverted, read_clause(f"{subject['subject']}{inverted['aux']} {rest[subject.end():]}"))
    folded_clause = folded(clause)
    for pattern, strength, words in _LIMITS:
        if may_match(words, folded_clause) and (found := pattern.search(clause)):
            if re.search(r"\b(?:identify|detect|investigate|monitor|spot|look for|check for|report)\s+(?:any\s+)?$",
                         clause[:found.start()], _I):
                continue  # "the logs may be reviewed to identify excessive personal use": what is looked for, not a limit
            if re.search(r"\bincluding\s+$", clause[:found.start()], _I):
                # "We will hide comments, including excessive repetition of content": what is
                # described, not a limit on doing it.
                continue
            if _PROVISO.search(clause, 0, found.start()):
                # "may use …, provided it is not excessive": the limit is the permission's condition.
                continue
            if re.match(r"but only\b", found.group(), _I) and _GRANTED_BEFORE.search(clause, 0, found.start()):
                # "Recreational use is permitted, but only if no one is disturbed": the permission's condition, where an
                # item's bare "Use images, but only when parents agree" limits the act.
                continue
            if _BODY_ANSWERING.match(clause, found.end()) and (_OWN_DUTY.search(clause, 0, found.start()) or re.search(
                    rf"\b{PRESS_TEAM}\s+$", clause[:found.start()], _I)):
                # "We'll only discuss your account with you": how the body answers, no limit on conduct.
                continue
            if re.search(r"\b(?:information|data|details)\b[^.;]{0,40}?\b(?:you give|you provide|you supply|given to us|provided to us)\b"
                         r"[^.;]*$", clause[:found.start()], _I):
                continue  # "Information you give to us in confidence will only be used for …": how the body uses what it is given
            if re.match(r"will only$", found.group(), _I) and re.search(r"\bwe\s+$", clause[:found.start()], _I) \
                    and _USES_DATA.match(clause, found.end()):
                continue  # "We will only use the personal information we collect to process the complaint": the same, said by the body
            if re.match(r"(?:in order )?to\s+$", clause[:found.start()], _I) and "," in clause[found.end():]:
                continue  # "To keep queuing to a minimum, please …": the limit is the purpose's, not a rule
            if re.match(r"will only$", found.group(), _I) and re.match(r"\s+be\s+(?:where|when|if)\b", clause[found.end():], _I) \
                    and re.search(r"\b(?:this|that|it)\s+$", clause[:found.start()], _I):
                continue  # "This will only be where it is in our legitimate interests": when a thing is done, described
            if re.match(r"(?:can|will|may) only$", found.group(), _I) \
                    and re.match(r"\s+be\s+(?:achieved|met|realised|realized|delivered|accomplished)\b", clause[found.end():], _I):
                continue  # "the objectives can only be achieved through the support of all staff": the means, no limit
            if (ban := _WHICH_FORBIDDEN.search(clause, found.end())) is not None:
                words = next(name for name in ("ban", "will", "to") if ban.group(name))
                strength = "should" if ban.group(words).lower().startswith("should") else \
                    _modal(clause[:ban.start()], "must") if words == "to" else "must"  # "should … only and not to": asked
                return (Finding("prohibits", strength, ban.group(words), ban.start(words)),)
            if _AND_FORBIDDEN.match(clause, found.end()):
                # "The use of our logos is restricted and may not be used without permission": the ban the limit
                # joins is the clause's most restrictive rule.
                continue
            if (ban := _strong_ban(clause, folded_clause)) is not None and ban.strength == "must" and ban.start < found.start():
                # "Traders are not permitted on the site, so this ensures we only accept genuine visitors": a firm ban
                # before the limit is the clause's most restrictive rule, where what "is discouraged and only allowed
                # in" set areas is limited to them.
                return (ban,)
            if strength is None or strength == "stated":
                fronted = re.match(r"only\b.*\b(?:may|can|permitted|allowed|authori[sz]ed)$", found.group(), _I) is not None
                strength = _modal(clause, "must" if strength == "stated" or fronted else "should")
            return (Finding("restricts", strength, found.group(), found.start()),)
    if (ban := _strong_ban(clause, folded_clause)) is not None:
        return (ban,)
    if (found := _NEGATED_SUBJECT.search(clause)) and found.group("modal").lower() == "can" \
            and _HINDRANCE_AFTER.match(clause, found.end()):
        found = None  # "Nobody can stop councillors tweeting": no one is able to hinder the act, which is free (read below)
    if found:
        modal = found.group("modal").lower()
        bound = _BOUND_AFTER.match(clause, found.end()) if modal in ("will", "shall", "can") else None
        if (hindered := _HINDERED_AFTER.match(clause, found.end()) or bound) is not None:
            # "No member of staff will be prevented from …", "… will be required to …": nobody is hindered or bound
            return (Finding("permits", "may", clause[found.start():hindered.end()].strip(), found.start()),)
        if modal in ("will", "would") and (objected := _OBJECTED_AFTER.match(clause, found.end())) is not None:
            # "No one will object to you using the staff microwave": nobody minds, so the act is allowed
            return (Finding("permits", "may", clause[found.start():objected.end()].strip(), found.start()),)
        if _FEARED_AFTER.match(clause, found.end()):
            # "No one should feel unable to raise a concern": what nobody is to fear doing is encouraged, not banned
            return (Finding("advises", "informative", found.group().strip(), found.start()),)
        someone = _PERSON.search(found.group("rest")) or re.search(r"\bno(?:body| one|-one)\b", found.group(), _I)
        if modal in ("will", "shall", "should") and someone and _HARMED.match(clause, found.end()):
            # "No employee will be victimised for raising a concern": a protection the body gives, no ban on employees.
            return (Finding("advises", "informative", found.group().strip(), found.start()),)
        if modal in ("will", "can") and keeps_data_back(found.group("rest"), clause, found.end()):
            # "No personal details other than their name will be published", "no patient information can be released":
            # how the body keeps what it holds, no ban ("No information should be given" still forbids).
            return (Finding("advises", "informative", found.group().strip(), found.start()),)
        if modal in ("can", "could") and _A_DOCUMENT.match(found.group("rest")):
            # "No code can hope to cover every situation": what a text is unable to do, no rule.
            return (Finding("advises", "informative", found.group().strip(), found.start()),)
        strength: Strength = "should" if modal == "should" else "must"
        if (fronted := _PEOPLE_EXCEPTED_FIRST.match(clause, 0, found.start())) is not None and _PERSON.search(fronted["who"]):
            # "Except for the Leader, no councillor is authorised to speak for the Council": those excepted alone may
            return (Finding("restricts", strength, clause[:found.start("rest")].strip(), 0),)
        if (excepted := _SAVE_FOR.match(found.group("rest"))) is not None:
            # "Nobody other than authorised staff may sign contracts": those excepted alone may, which limits the act
            return (Finding("restricts", strength, clause[found.start():found.start("rest") + excepted.end()].strip(),
                            found.start()),)
        cue = found.group() if len(found.group()) <= 60 else found.group()[:found.start("rest") - found.start()]
        return (Finding("prohibits", strength, cue.strip(), found.start()),)
    if found := _NO_NOTICE.match(clause):
        return (Finding("prohibits", "must", found.group(), 0),)
    weakest = len(_CUES) - 1
    candidates = sorted(((i == weakest, m.start(), -len(m.group()), i, m) for i, (p, *_rest, words) in enumerate(_CUES)
                         if may_match(words, folded_clause) for m in p.finditer(clause)), key=lambda c: c[:4])
    for _weak, _start, _length, index, match in candidates:
        _pattern, stance, strength, own, _words = _CUES[index]
        finding = _check(clause, match, stance, strength, own)
        if finding is not None:
            return (_limit_by_time(clause, finding),)
    return ()


_GRANT_AFTER_CONDITION = compile_pattern(r"[^.;,]{0,80},\s+(?:then\s+)?(?:[\w']+\s+){1,3}?"
                                         r"(?:may|can|(?:is|are)\s+(?:permitted|allowed|welcome)|will(?!\s+not\b|\s+be\b))\b", _I)
"""A grant, or what someone will do, in the main clause after a condition's comma ("…, they may send written comments",
"…, the communications team will post for them")."""
_MAIN_RULE_AFTER = compile_pattern(r"[^.;,]{0,80}?\b(?:must|should|shall|may|can|will need to|(?:is|are) (?:required|expected) to"
                                   r"|(?:is|are) (?:entitled|eligible|permitted|allowed) to)\b", _I)
"""The main clause's modal after a relative clause, or the grant it makes."""
_THINGS_THAT = compile_pattern(r"\b(?:items?|things?|objects?|articles?|goods|substances?|materials?|weapons?|devices?|"
                               r"equipment|sites?|websites?|activities|information|content|data|gifts?|hospitality)\s+(?:that|which)\s+"
                               r"(?:(?:you|they|staff|employees|officers|members)\s+)?$", _I)
"""Things a relative clause says are banned ("items that are banned by the school rules", "Gifts that you may not
accept"): what is named, where a rule or a statement about them follows."""
_MAIN_VERB_AFTER = compile_pattern(r"[^.;,]{1,80}?\s(?:is|are|should|must|shall|will|can|may)\s+(?:\w+ly\s+)?(?:be\s+)?\w+", _I)
"""The main clause's verb after a relative clause that names things ("… that must not leave the network is labelled …")."""
_REDUCED_RELATIVE = compile_pattern(rf"^(?:those|anyone|anybody|people|persons|{PEOPLE}|visitors|drivers|customers)\s+$", _I)
"""The people a participle after them names ("Those not permitted to use the car park may …")."""
_PERSON_RULE = compile_pattern(rf"\s*(?:(?:all|any|our|the)\s+)?(?:{PEOPLE}|they|visitors|drivers|customers)\s+(?:\w+ly\s+)?"
                               r"(?:must|should|shall|may|can|will need to)\b", _I)
"""A person's rule opening the clause, before a condition that follows it."""


def _says_who(clause: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` describe who is meant (a relative clause, or a participle after
    "Those"), before the main clause's own modal."""
    return _MAIN_RULE_AFTER.match(clause, end) is not None \
        and (_in_relative_clause(clause, start) or _REDUCED_RELATIVE.search(clause, 0, start) is not None)


def _strong_ban(clause: str, folded_clause: str) -> Finding | None:
    """The first prohibition of :data:`.stance_cues._STRONG` that holds in its context, wherever it stands in the clause."""
    for pattern, strength, words in _STRONG:
        if may_match(words, folded_clause) and (found := pattern.search(clause)):
            if (verb := _HINDERS.search(found.group())) \
                    and re.search(r"\b(?:nothing|not|no|never)\b", clause[:found.start() + verb.start()], _I):
                continue  # "Nothing in this policy prevents staff from …" permits the act (read below)
            if _THINGS_THAT.search(clause, 0, found.start()) and re.fullmatch(
                    r"(?:is|are) (?:\w+ly )?(?:banned|prohibited|forbidden)", found.group(), _I):
                continue  # "the power to confiscate items that are banned by the school rules": the ban named, not laid
            if re.search(r"\b(?:nobody|no one|no-one)\s+$", clause[:found.start()], _I):
                continue  # "Nobody is prevented from …", "No one is barred from …": no one is hindered (read below)
            if re.match(r"not\s", found.group(), _I) and re.match(r"\s+by\b", clause[found.end():]) \
                    and re.search(r"\b(?:a|an|any)\s+(?:[\w-]+\s+){1,2}$", clause[:found.start()], _I):
                continue  # "to use a system for a purpose not permitted by its owner": what the purpose is, described
            if (_HINDERS.search(found.group()) or _GRANT_AFTER_CONDITION.match(clause, found.end())) \
                    and _in_condition(clause, found.start(), found.end()):
                # "If a technological failure prevents the public from accessing the meeting, …", "If staff are not
                # permitted to attend, they may send written comments": the condition's, not the clause's rule
                continue
            if _says_who(clause, found.start(), found.end()):
                continue  # "Staff who are not allowed to work from home must work in the office": the ban says who is meant
            if (trailing := _TRAILING_CONDITION.search(clause, 0, found.start())) and _PERSON_RULE.match(clause, 0, trailing.start()):
                continue  # "Staff must leave the meeting if they are not permitted to stay": the ban is the condition's
            if any(d.start() <= found.start() < d.end() for d in _DENIED_BAN_RE.finditer(clause)):
                continue  # "there is no rule that says you are not allowed to …" permits (read below)
            if _REFRAINING.fullmatch(found.group()) and _ADVISED_OR_HELPED.search(clause, 0, found.start()):
                continue  # "Parents are encouraged to refrain from …", "to support you to abstain from smoking": advice or help
            if (ensured := _ENSURED.search(clause, 0, found.start())) and not _PERSON.search(ensured.group("thing")):
                # "ensure the arrangement does not allow favouritism": a duty that a thing is
                # not so, read from the duty to ensure it.
                continue
            if re.search(r"\bculture\b[^.;]{0,80}?\b(?:that|where|in which)\s+(?:[\w-]+\s+){1,3}$", clause[:found.start()], _I):
                continue  # "to develop a culture that smoking is unacceptable": the culture the body aims at, no ban laid
            if _PURPOSE_STATED.search(clause, 0, found.start()):
                continue  # "The purpose of a sanction is to make clear that a breach is unacceptable": what it is for
            if _WH_KNOWN.search(clause, 0, found.start()) and not clause.rstrip().endswith(":"):
                continue  # "so you are clear what we will not tolerate": what the reader is to know, not the ban
            if (re.match(r"(?:[^.;]*\bshould\b|\s+should\b)", found.group() + clause[found.end():found.end() + 8], _I)
                    or re.search(r"\bshould\s+$", clause[:found.start()], _I)) \
                    and not re.search(r"\b(?:must|shall)\b", found.group(), _I):
                strength = "should"
            if (negated := _NOT_NEGATED.match(clause, found.end())) is not None and negated.group("not_to"):
                return Finding("requires", strength, found.group(), found.start())  # "It is unacceptable not to declare": a duty
            return Finding("prohibits", strength, found.group(), found.start())
    return None


_OWN_RECOURSE = compile_pattern(
    r"(?:\b(?:requiring|needing|wanting|seeking|who (?:require|need|want))\s+(?:further\s+|more\s+)?"
    r"(?:advice|help|information|support|guidance)\b"
    r"|\bif\s+(?:you|they|(?:a|an|any)\s+(?:[\w-]+\s+){0,2}[\w-]+)\s+(?:[^.;]{1,100}?\s+and\s+)?(?:wish(?:es)?|wants?|would like)\s+to\s+(?:appeal|complain|"
    r"make\s+a\s+complaint|raise\s+(?:a|an|any)\s+(?:[\w-]+\s+)?(?:concern|complaint|query))\b"
    r"|(?:\bif\s+(?:you|they|(?:a|an|any)\s+(?:[\w-]+\s+){0,2}[\w-]+)|\b(?:anyone|those|people|patients|users)\s+who)"
    r"\s+ha(?:s|ve)\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}(?:concern|query|question)s?\b)"
    r"[^.;]{0,60}$", re.I)
"""The reader's own need or recourse before "should" ("Anyone requiring advice …", "If a doctor wishes to appeal a
decision …", "If a teacher has a concern, then they should talk to …"): what follows tells them where to turn."""

_OPTING_OUT = compile_pattern(
    r"(?:\bif\s+(?:you|they|(?:a|an|any)\s+(?:[\w-]+\s+){0,8}?[\w-]+)|\b(?:anyone|those|parents|carers|any\s+(?:[\w-]+\s+){0,8}?[\w-]+)"
    r"\s+who)\s+(?:do(?:es)? not (?:wish|want)|(?:wish(?:es)?|wants?|would (?:like|prefer))"
    r"\s+(?:to\s+)?not|(?:wish(?:es)?|would prefer)\s+not|objects?\s+to\s+being)\s+(?:to\s+)?(?:[\w'’-]+\s+){0,4}?(?:be\s+)?(?:recorded|filmed|"
    r"photographed|named|identified|included|contacted|(?<=\bto )appear)\b[^.;]{0,80}$", re.I)
"""Someone who does not want to be recorded, filmed or named ("If you object to being recorded", "If any member of the public
speaking at the meeting does not wish to be recorded"), or parents who do not want their child's image "to appear" online:
what they are asked to do is how to opt out."""

_FREEDOM = compile_pattern(r"\s+be\s+able\s+to\b[^.;]{0,100}?\bwithout\b|\s+feel\s+(?:\w+ly\s+)?(?:able|free|confident|safe)\s+to\b", re.I)
"""What one "should be able to" do "without" hindrance, or "should feel able to" do: a freedom described, no duty."""
_TOLD_THAT = compile_pattern(r"\b(?:tells?|told|telling|says?|said|saying)\s+(?:you|them|him|her|us)\s+that\s+(?:[\w']+\s+){1,3}$", re.I)
"""Words reported after "tell you that" ("they tell you that you should not …"): another's, not the text's rule."""

_SIGNS = compile_pattern(r"\s*(?:\w+ly\s+)?(?:(?:sign|declare|register)\s+(?:the|a|an|their|his|her|any)\b|behave\s+(?:in|with)\b)", re.I)
"""An act only people do, after "they will": signing or declaring, behaving in a manner."""

_AT_ALL_TIMES = compile_pattern(r"\s+(?:at\s+all\s+times\s+(?!be\b)[a-z]+\b|(?!be\b|not\b)[a-z]+\b[^.;]*\bat\s+all\s+times\b)")
"""An act "at all times", after "will": a standard of conduct ("will at all times pay due care", "will uphold … at all
times"), where "will at all times be available" says what there will be."""
_PLURAL_OPENS = compile_pattern(r"\s*(?:(?-i:[A-Z])[a-z]+s(?:/[a-z]+s)?|(?-i:They))\s+")
"""A plural subject that opens the clause, up to its "will": "Riders", "Riders/cyclists", "They"."""

_HAPPY_TO = compile_pattern(r"\bwho\s+will\s+be\s+(?:happy|pleased|glad)\s+to\b", re.I)
"""Someone to raise things with "who will be happy to" deal with them: help offered."""
_OWN_QUERY = compile_pattern(r"\b(?:concerns?|quer(?:y|ies)|questions?|clarification|enquir(?:y|ies)|issues?)\b", re.I)
_SAID_THAT = compile_pattern(r"\b(?:representations?|suggestions?|proposals?|claims?)\b[^.;]{0,60}\bthat\s+(?:[\w']+\s+){1,8}$"
                            r"|^(?:(?:the\s+)?(?:[\w&'-]+\s+){0,5}?(?:committee|sub-committee|board|cabinet|panel|council|meeting)\s*(?:[–—-]\s*)?)?"
                            r"(?:noted|recorded)\s+that\b[^.;]*$"
                            r"|^(?:[\w'-]+\s+){1,3}?(?:was|were)\s+reminded\s+that\b[^.;]*$", re.I)
"""A modal in what someone represented, suggested or proposed: their words, not the text's rule; so is what a meeting's
minute opens "Noted that …" on, also after the committee's name ("The Finance Committee noted that …"): what the
meeting noted, and what members "were reminded that" they must do, in the past tense: what the meeting was told."""
_MEETING_HELD = compile_pattern(r"\bmeetings?\s+(?:of\s+(?:the\s+)?[\w&' -]{1,60}?\s+)?$", re.I)
"""A meeting as the subject, before its modal: "Ordinary meetings of the Community Council shall …"."""
_HELD_WHEN = compile_pattern(r"\s+(?:normally\s+|usually\s+)?be\s+held\s+(?:on|within|every|each|once|twice|monthly|quarterly|annually|"
                            r"at\s+\d)\b", re.I)
"""When a meeting "shall be held": "on the last Tuesday of each month", "within 14 days of the election"."""
_BEFORE_MEETING = compile_pattern(r"[^.;]{0,60}?\b(?:(?:at least|no later than|not later than)\s+(?:[\w-]+\s+){1,3}?(?:before|prior to)|"
                                 r"(?:before|prior to)\s+(?:the|that)\s+(?:start\s+of\s+(?:the|that)\s+)?(?:meeting|session|hearing))\b", re.I)
"""A time before a meeting by which the reader is to get in touch ("please let the Clerk know at least 14 days before the
meeting", "please speak with the Clerk prior to the start of the meeting"): asked before the act, as "first" is."""
_WHO_THEN_HAS = compile_pattern(r"\b(?:every(?:one|body)|any(?:one|body)|all|those|people|staff|employees|colleagues|members|individuals)\s+"
                               r"(?:who|that)\s+(?:[\w'-]+\s+){1,6}?(?:has|have)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$", re.I)
"""People named by a relative clause, then the main clause's own "has a" ("Everyone who works for the Trust has a
responsibility to …"): the duty is theirs, not part of the description of who is meant."""
_COMPLAINANT_ACTS = compile_pattern(r"\bcomplainants?\s+(?:\w+ly\s+)?$", re.I)
"""The complainant, a person, just before the modal: what the complainant "shall provide" or "should outline" in the
active voice is a party's duty in the process, where what a complaint "should include" is how to complain."""
_DEADLINE = compile_pattern(r"[^.;]{0,80}?\b(?:no later than|not later than|(?:at least |up to )?(?:\w+ ){1,2}(?:working |clear )?(?:days|hours) "
                           r"(?:before|prior to))\b", re.I)
"""A deadline for what is sent ("Questions must be submitted … no later than 16:00 two days before the meeting"): a duty to
keep to it, not only how a request is made."""
_PERSONAL_DATA = compile_pattern(r"\b(?:your|personal|information|data|details)\b", re.I)
_USES_DATA = compile_pattern(r"\s+(?:also\s+)?use\s+(?:cookies|(?:non-)?personal\s+(?:information|data)|(?:the|your|any)\s+(?:personal\s+)?"
                            r"(?:information|data|details))\b", re.I)
"""The body's use of what it holds, after "we will only" or "we may" ("We will only use the personal information we collect
to …", "We may use cookies"): how it handles data, no limit or grant for the reader."""
_DATA_KEPT_BACK = compile_pattern(r"\s+(?:not\s+)?be\s+(?:\w+ly\s+)?(?:made\s+(?:publicly\s+)?available|disclosed|shared|passed\s+(?:on|to)|"
                                 r"published|released|sold|given|processed)\b", re.I)
"""What the body will not publish, give or pass on of the personal data it holds, or how it will not process it ("Your
personal email address … will not be made publicly available", "No information will be given without the consent of the
patient"): how it keeps the data, no rule on the reader."""
_HELP_SOUGHT = compile_pattern(r"(?:also\s+)?(?:(?:choose|wish)\s+to\s+)?(?:consult\s+(?:the\s+|your\s+(?:own\s+)?|an?\s+)?(?:[\w'‘’-]+\s+){0,3}?"
                              r"(?:publications?|guides?|guidance|advis[eo]rs?|solicitors?|professionals?)"
                              r"|(?:access|get|obtain|seek)\s+(?:(?:free|further|independent|confidential|specialist|more|legal|professional)\s+)*"
                              r"(?:help|support|advice|guidance))\b", re.I)
"""Help, advice or a guide the reader may turn to, after "may" or "can" ("You may also consult the NALC publication",
"may also choose to consult your own legal advisers", "can access free help and support"): a pointer, no permission."""
_REFRAINING = compile_pattern(r"(?:to\s+)?(?:refrain|abstain)(?:\s+from)?", re.I)
_ADVISED_OR_HELPED = compile_pattern(r"\b(?:(?:is|are|be|being)\s+(?:\w+ly\s+)?(?:encouraged|advised|recommended)(?:\s+to)?"
                                    r"|(?:help|helps|support|supports|assist|assists)\s+(?:[\w-]+\s+){1,2}?(?:to\s+)?)\s*$", re.I)
"""Advice to refrain, or help given to abstain, before "to refrain" or "abstain from" ("Parents are encouraged to refrain from
sending …", "treatment to support you to abstain from smoking"): advice or an offer, not the ban "must refrain" is."""
_AND_GRANTED = compile_pattern(r"(?:\s+to\s+[^.;,]{1,80}?)?\s+and\s+(?:(?:may|can)\s+(?!not\b|be\b|also\s+be\b)(?:also\s+)?[a-z]+\b"
                              r"|(?:(?:are|is)\s+)?(?:very\s+|most\s+)?welcome\s+to\b)", re.I)
"""A grant joined by "and" to an encouragement, after "encouraged": "are encouraged to attend the meetings and may speak …",
"are encouraged and welcome to attend": the grant is the clause's rule; the encouragement adds none."""


def keeps_data_back(before: str, clause: str, end: int) -> bool:
    """Whether the modal ending at ``end`` of ``clause`` ("will not", or the "will" or "can" of "No … will") says what the
    body will not pass on or process of the personal data named in ``before`` (the clause's own words before it, the
    negated subject of "No personal details … will be published", or the clause it is joined to by "and": "Information
    provided to us will be treated in confidence and will not be disclosed to third parties")."""
    return bool(_DATA_KEPT_BACK.match(clause, end) and _PERSONAL_DATA.search(before))


RULES_NOT_FOLLOWED = compile_pattern(r"(?:if|where|when)\s+(?:you|users?|anyone|they)\s+(?:(?:do not|don't|does not|doesn't|fail to)\s+"
                                    r"(?:follow|comply with|keep to|abide by|stick to)|break|breach|ignore|contravene|violate)\b", re.I)
"""A condition that the reader breaks the rules ("If you do not follow these guidelines, your content may be removed"):
the power it bounds enforces them."""
_POWER_OVER_USERS = compile_pattern(r"\s+(?:\w+ly\s+|also\s+)?(?:block|remove|delete|hide|ban|suspend|bar)\b", re.I)
"""The body's power over users and what they post, after its modal."""
_TAKES_SIDES = compile_pattern(r"\s+(?:\w+ly\s+)?(?:engage|take part|participate|get involved|comment|express (?:a |any )?views?)\b[^.;]{0,30}?"
                         r"\b(?:party[- ]politic\w*|politic\w*)", re.I)
"""What the body cannot do because it is bound to stay out of party politics: its neutrality, a rule for its staff."""
_OWNS_ITS_DUTY = compile_pattern(r"\b(?:(?:acknowledges|recogni[sz]es|accepts)\s+(?:the|its|our|a)|(?:takes?|taking)\s+(?:its|our))"
                                r"\s+(?:[\w-]+\s+)?$", re.I)
"""A body that acknowledges, or takes seriously, a duty or responsibility it names."""
_DEFINED = compile_pattern(r"^[^.;,]{1,80}?\b(?:is|are|(?:can|could|may|might) be) (?:\w+ly )?defined as\b", re.I)
"""A definition ("Disruptive behaviour is defined as behaviour which … prevents students from learning"): what a word
means, no rule."""


_BELIEF_IN_RELATIVE = compile_pattern(r"\b(?:who|which)\s+(?:\w+ly\s+)?(?:believes?|thinks?|feels?|considers?)\s+(?:that\s+)?"
                                      r"[^,;.()]*$", _I)
"""A relative clause that holds what someone believes ("An employee who believes that …")."""
_JUDGED_WRONG = compile_pattern(r"(?:will|shall)(?: \w+ly)? be (?:treated|considered|regarded|viewed|deemed|classed)\b")
"""An act judged as something (the cue is read lower case)."""
_NAMED_WRONG = compile_pattern(r"^\s*(?:(?:any|a|the|such|this|these|repeated|persistent)\s+)?(?:(?:serious|minor|further|deliberate)\s+)?"
                               r"(?:breach(?:es)?|failures?|misuse|abuse|non-?compliance|contraventions?|violations?|infringements?|"
                               r"misconduct|such\s+\w+|this|it|they|which)\b|\b(?:which|that|this|it)\s+$", _I)
"""A subject that already names the act as wrong ("Breach of this policy", "Such misuse", "Failure to comply"):
what it "will be treated as" is what follows it."""


_CONTACT_OFFERED = compile_pattern(r"(?:can|may|could) (?:also |always )?(?:speak|talk|raise|contact|discuss|call|phone|ring|e-?mail|write|"
                                   r"ask|approach|go|get in touch|seek)", _I)
_OWN_CONCERN_FIRST = compile_pattern(r"[^.;]{0,60}?\bwho (?:has|have) (?:any )?(?:[\w-]+ )?(?:concerns?|queries|worries|complaints?)\b"
                                     r"|[^.;]{0,60}?\bwho (?:is|are|feels?) (?:\w+ )?(?:concerned|worried|unhappy|unsure)\b"
                                     r"|(?:if|should) (?:you|they|staff|employees) (?:have|has) (?:any )?(?:[\w-]+ )?(?:concerns?|questions?|"
                                     r"queries|worries|doubts|problems|issues)\b|(?:if|should) (?:you|they) (?:are|feel|is) (?:\w+ )?"
                                     r"(?:unsure|worried|concerned|unhappy|uncomfortable|upset)\b"
                                     r"|(?:if|should) you (?:would like|want|wish|need) (?:to know more|more information|further information|"
                                     r"(?:more |further |any )?(?:help|advice|support))\b", _I)
"""A route the reader is offered for their own concern or wish ("If you have any concerns, you can speak to …", "If you
would like to know more, you can speak to your manager", "Parents who have concerns … may raise them with …")."""


_PROVISO_SUBJECT = compile_pattern(rf"(?:{_PROVISO.pattern})(?:\s+that)?\s+(?:[\w'-]+\s+){{1,3}}$", _I)
"""A proviso and its subject, up to the verb ("as long as it", "provided that the work")."""


def _check(clause: str, match: re.Match[str], stance: Stance, strength: Strength, own: bool) -> Finding | None:
    """The finding a cue gives in its context, or None when the context says it is no rule."""
    cue, start = match.group(), match.start()
    lowered = re.sub(r"^will (?:generally|normally|usually) not$", "will not", cue.lower())  # "will generally not" is "will not"
    reminded = lowered.startswith(("is reminded", "are reminded"))  # "are reminded of their responsibilities": a duty recalled
    if stance == "requires" and lowered == "should" and re.search(r"\w\s+(?:or\s+|and\s+)?which\s+$", clause[:start], _I):
        return None  # "lower level requests, or those which should be directed at a partner agency": what is described
    if _in_relative_clause(clause, start) and (stance == "permits" or re.search(
            r"\b(?:un)?able to\b|^requires?\b|^(?:(?:is|are) )?(?:required|expected|obliged|asked|requested)\b|^needs? to\b|^(?:cannot|can't|can not)\b"
            r"|^(?:is|are|has been|have been) (?:banned|barred|excluded|suspended|prohibited)\b",
            lowered) or (lowered == "will not" and re.match(r"\s+be\s+an?\s", clause[match.end():]))):
        return None  # "one well behaved dog which will not be a danger … is allowed": what is described
    if stance in ("prohibits", "requires", "restricts") and _BELIEF_IN_RELATIVE.search(clause, 0, start) \
            and _MAIN_RULE_AFTER.match(clause, match.end()):
        return None  # "An employee who believes that their post should not be restricted may apply …": what is believed
    if stance == "prohibits" and _JUDGED_WRONG.match(lowered) and _NAMED_WRONG.search(clause, 0, start):
        return None  # "Breach of this policy will be treated as gross misconduct": what follows a breach, a consequence
    if stance == "prohibits" and _THINGS_THAT.search(clause, 0, start) and _MAIN_VERB_AFTER.match(clause, match.end()):
        return None  # "Information that must not leave the council network is labelled …": the things named, described
    if stance == "permits" and _PREPOSITION_RELATIVE.search(clause, 0, start):
        return None  # "prevent access to information to which that person is entitled": the right described, not granted
    if stance == "prohibits" and re.match(r"not (?:\w+ly )?(?:allowed|permitted|entitled|authori[sz]ed|free|able) to$", lowered) \
            and _says_who(clause, start, match.end()):
        return None  # "Staff who are not allowed to work from home must work in the office": who is meant, described
    if stance == "requires" and re.match(r"(?:required|expected|obliged) to$", lowered) \
            and _REDUCED_RELATIVE.search(clause, 0, start) and _MAIN_RULE_AFTER.match(clause, match.end()):
        return None  # "Employees required to work on a bank holiday are entitled to double time": who is meant, described
    if stance == "prohibits" and lowered in ("will not", "will never") and re.search(r"\bwe\s+$", clause[:start], _I) \
            and re.match(r"\s+(?:\w+ly\s+)?(?:remove|delete|hide|take\s+down|block|ban|censor|mute)\b", clause[match.end():], _I):
        return Finding("advises", "informative", cue, start, own)  # "We will not remove comments simply because …": its restraint
    if stance in ("requires", "prohibits") and lowered in ("shall", "shall not", "will not") \
            and re.match(r"\s+(?:\w+ly\s+)?(?:apply|extend)\s+to\b|\s+be\s+liable\s+(?:on\s+(?:summary\s+)?conviction\s+)?to\b",
                         clause[match.end():], _I):
        # "This byelaw shall not apply to assistance dogs", "shall be liable to a fine": whom a rule covers, or its penalty
        return Finding("advises", "informative", cue, start, own)
    if stance == "prohibits" and lowered in ("will not", "won't", "will never") and _PROVISO_SUBJECT.search(clause, 0, start):
        return None  # "Yes, as long as it won't hinder your recovery": what the proviso asks of the future, its term
    if stance == "prohibits" and lowered == "will not" and re.match(r"\s+be\s+(?:returned|refunded|repaid|reimbursed)\b", clause[match.end():], _I):
        return Finding("advises", "informative", cue, start, own)  # "The deposit will not be returned if …": a consequence
    if stance == "prohibits" and lowered in ("cannot", "can't", "can not") \
            and re.match(r"\s+(?:\w+ly\s+)?(?:control|guarantee|promise|predict|vouch\s+for|know|tell|undo|be\s+(?:sure|certain|"
                         r"expected\s+to|taken\s+back|undone|retracted|recalled|unseen))\b", clause[match.end():], _I):
        # "whilst Metro cannot directly control …", "Staff cannot be sure who …", "a post cannot be taken back": what is
        # beyond someone, a fact
        return Finding("advises", "informative", cue, start, own)
    if stance == "prohibits" and lowered == "may not" and re.match(
            r"\s+(?:always\s+|necessarily\s+)?(?:recogni[sz]e|notice|reali[sz]e|understand|appreciate|remember|reflect|represent|"
            r"protect|guarantee|suit|match|be\s+(?:seen|read|noticed|answered|received|responded\s+to|replied\s+to|monitored|"
            r"picked\s+up|viewed|visible|available|possible|accurate|up\s+to\s+date|the\s+case))\b", clause[match.end():], _I):
        # "Staff may not recognise a conflict", "Messages may not be answered until Monday": what may not happen, a fact
        return Finding("advises", "informative", cue, start, own)
    if stance == "requires" and lowered == "have to" and re.search(r"\b(?:may|might|could)\s+$", clause[:start], _I) \
            and re.search(r"^\s*(?:if|where|should|unless)\b[^.;]*,\s*(?:you|they|he|she|he or she|the [\w-]+)\s+\w+\s+$", clause[:start], _I):
        return Finding("advises", "informative", cue, start, own)  # "If you are unable to provide receipts, you may have to pay back the grant"
    if stance == "requires" and re.match(r"(?:may|can) (?:also )?be (?:required|asked) to$", lowered) \
            and re.match(r"\s+(?:withdraw|leave)\b", clause[match.end():], _I) \
            and re.search(r"\b(?:anyone|those|any person|persons?|people)\s+who\b[^.;]*$", clause[:start], _I):
        return Finding("advises", "informative", cue, start, own)  # "Anyone who disturbs the proceedings may be required to withdraw"
    if stance == "permits" and re.match(r"(?:suspended|closed)$", lowered) and re.search(
            r"\b(?:visits?|visiting|services?|sessions?|meetings?|appointments?|clinics?|events?)\s+(?:\w+\s+)?may\s+(?:also\s+)?be\s+$",
            clause[:start], _I):
        return None  # "Face to face visits may be suspended at short notice": what may happen to a service, no grant
    if stance == "prohibits" and re.fullmatch(r"(?:shall|will|should) not", lowered) \
            and re.match(r"\s+(?:prevent|stop|prohibit|forbid|bar|preclude|restrict)\s", clause[match.end():], _I) \
            and re.search(rf"\b(?:this|it|these|which|(?:this|these|the)\s+(?:[\w-]+\s+)?(?:{DOCUMENT}|{RULES}))\s+$",
                          clause[:start], _I):
        return None  # "This shall not restrict the owner of a boat from seeking to sell his boat": what is left free (read below)
    if stance == "prohibits" and re.match(r"should (?:not|never)$", lowered) and re.match(r"\s+be\s+attributed\s+to\b", clause[match.end():], _I):
        return Finding("advises", "informative", cue, start, own)  # "… and should not be attributed to us": a disclaimer
    if stance == "prohibits" and re.fullmatch(r"will not|won't|will never", lowered) \
            and keeps_data_back(clause[:start], clause, match.end()):
        return Finding("advises", "informative", cue, start, own)  # "Your personal email address … will not be made publicly available"
    if stance == "prohibits" and lowered == "may not" and re.match(r"\s+be\s+(?:entered|considered|accepted|admitted)\b", clause[match.end():], _I) \
            and re.search(r"\b(?:who|that)\s+(?:do not|don't|does not|doesn't|fail to)\b[^.;]*$", clause[:start], _I):
        # "Students who do not attend … may not be entered for exams": what befalls those who break a rule, no ban.
        return Finding("advises", "informative", cue, start, own)
    if stance == "prohibits" and lowered in ("cannot", "can't", "can not") and _CONSENTS.match(clause, match.end()) \
            and _NO_CAPACITY.search(clause, 0, start):
        # "Adults who lack mental capacity cannot consent to …": what the law lets them do, no ban on them.
        return Finding("advises", "informative", cue, start, own)
    if stance != "advises" and _DEPENDS_AFTER.match(clause, match.end()) and _DEPENDS_SUBJECT.search(clause, 0, start):
        return None  # "the action which a member of staff should take will depend on …": what is done varies, no rule
    if stance == "permits" and re.search(r"\b(?:although|though|albeit)\s+[^.;,]{1,80}$", clause[:start], _I):
        return None  # "do not: bring food into lessons although bottled water may be allowed": a concession, no grant
    if stance == "requires" and lowered.startswith("duty") and re.search(
            r"(?:\b(?:legislation|(?-i:Act|Regulations)|law)\b(?:\s+\d{4})?[^.]{0,200}?\b|^\s*(?:and\s+)?)(?:puts?|imposes?|places?|lays?)\s+"
            r"(?:on\s+[^.;]{1,80}?\s+)?an?\s+(?:[\w-]+\s+){0,2}$", clause[:start], _I):
        return Finding("advises", "informative", cue, start, own)  # "legislation puts a legal duty of care on all staff": the law
    if stance == "requires" and "responsibility" in lowered and (known := _TO_KNOW.match(clause, match.end())) \
            and not _AND_COMPLY.match(clause, known.end()):
        # "It is the responsibility of all Councillors … to be aware of the following policy statements": a duty only to know
        return Finding("advises", "informative", cue, start, own)
    if stance == "requires" and re.search(r"\b(?:although|though|while|whilst|albeit)\s+(?:[\w']+\s+){0,3}?not\s+$", clause[:start], _I):
        return None  # "Although not required to do so, anyone … is encouraged to": what one need not do, no duty
    if stance == "permits" and re.match(r"(?:permits|entitles|authori[sz]es)\s", lowered) \
            and re.search(r"\b(?:that|which|who)\s+$", clause[:start], _I):
        return None  # "Any media that permits users to publish …": what a thing lets its users do describes it
    if stance == "permits" and lowered.startswith(("reserve", "maintain", "retain")) and re.match(
            r"\s+(?:(?:change|amend|update|revise|modify)\s+(?:our|this|the)\s+privacy\s+(?:policy|notice|statement)"
            r"|(?:decline|refuse)\s+(?:media\s+|press\s+)?requests)\b", clause[match.end():], _I):
        # "We reserve the right to change our privacy policy", "… to decline media requests": its own notice, its own service
        return Finding("advises", "informative", cue, start, own)
    if stance == "permits" and lowered.startswith(("reserve", "maintain", "retain")) and lowered.endswith(" not to") \
            and _NOT_ANSWERING.match(clause, match.end()):
        return None  # "We reserve the right not to engage with …": whether the body answers is its service, no rule
    if stance == "permits" and _OFFER.search(clause, 0, start) and re.match(r"\s+(?:\w+ly\s+)?(?:apply|ask|request)\s+(?:for|online)\b",
                                                                          clause[match.end() - len(cue.split()[-1]) - 1:], _I):
        return None  # "If you would like to re-use it, you may apply for a licence": a process offered for the reader's wish
    if stance == "requires" and re.search(r"\b(?:complain(?:ts?|ants?)?|requests? for (?:information|permission)|your request|concerns?|"
                                          r"questions?|quer(?:y|ies)|clarification|(?:FOI|FOISA|EIR|freeze|information|subject access) requests?)"
                                          r"\b[^.;]{0,60}$|^(?:all )?(?:complaints|requests)\b[^.;]{0,160}$|^(?:any |a |the )complaint\b[^.;]{0,160}$",
                                          clause[:start], _I) \
            and _COMPLAINT_MADE.match(clause, match.end()) and not _DEADLINE.match(clause, match.end()) \
            and not re.match(r"\s+be\s+addressed\s+to\s+the\s+(?:chair|chairman|chairperson|mayor)\b", clause[match.end():], _I) \
            and not (_COMPLAINANT_ACTS.search(clause, 0, start)
                     and not re.match(r"\s+(?:\w+ly\s+)?(?:be|write|go|submit|send|address)\b", clause[match.end():], _I)):
        # "A complaint should be made to the Clerk", "the Complainant should write directly to the Chair": how and where to
        # complain is an offer; but "the complainant shall provide the council with copies of any documentation" is what a
        # party to the process under way must do, as in the active voice only a person acts.
        return Finding("advises", "informative", cue, start, own)
    if stance == "advises" and lowered.endswith("note that") \
            and re.match(r"[^.;]{1,80}?\b(?:is|are|will be) (?:mandatory|compulsory)\b", clause[match.end():], _I):
        return None  # "Please note that face coverings will be mandatory": the rule noted stands
    if stance == "requires" and re.match(r"(?:is|are) (?:required|asked) to$", lowered) \
            and re.match(r"\s+(?:be\s+aware|bear\s+in\s+mind)\b", clause[match.end():], _I):
        return Finding("advises", "informative", cue, start, own)  # "are required to be aware of the following:": to know
    if stance == "requires" and _HAPPY_TO.search(clause, match.end()) and _OWN_QUERY.search(clause, 0, match.end()):
        # "Any concerns or points of clarification should be raised with the Coordinator who will be happy to deal with
        # your enquiry": help offered for the reader's own query ("To obtain permission, please contact the team who will
        # be happy to help" still directs the reader to the one channel).
        return Finding("advises", "informative", cue, start, own)
    if stance != "advises" and _SAID_THAT.search(clause, 0, start):
        return None  # "no representations have been received that this part of the meeting should be open": what was said
    if stance == "requires" and _TO_COMPLAIN.match(clause[:start]):
        return Finding("advises", "informative", cue, start, own)  # "To make a complaint, you need to fill in this form"
    if stance == "permits" and re.search(r"\b(?:before|until|so that|in order that)\s+(?:[\w']+\s+){1,2}$", clause[:start], _I):
        return None  # "Proof of address will be checked before you can enter the site": a time or purpose, no grant
    if stance == "requires" and lowered == "should" and _FREEDOM.match(clause, match.end()):
        return Finding("advises", "informative", cue, start, own)  # "you should be able to do so, without interference"
    if stance != "advises" and _TOLD_THAT.search(clause, 0, start):
        return None  # "they tell you that you should not use the Welsh language": another's words, reported
    if lowered == "may not" and re.match(r"[^.;]{0,80}?\bbecause\b", clause[match.end():], _I):
        return Finding("advises", "informative", cue, start, own)  # "they may not express concerns because they feel …": what happens
    if stance == "requires" and lowered == "should" \
            and re.match(r"\s+(?:also\s+)?be\s+(?:a|an|the)\s+(?:\w+\s+)?(?:guide|reference|tool|framework|resource)\b",
                         clause[match.end():], _I):
        return None  # "this document should also be a guide to assist in …": what a text is for
    if stance == "requires" and re.match(r"(?:duty|responsibilit)", lowered) and _OWNS_ITS_DUTY.search(clause, 0, start):
        # "The Museum … acknowledges the duty of care to safeguard …", "The ICB takes its responsibility to manage
        # conflicts seriously": what the body says of itself
        return None
    if stance == "requires" and re.search(r"\bresponsib\w*\s+for\s+(?:considering|investigating|handling|dealing\s+with|"
                                          r"determining|assessing)\s+(?:\w+\s+)?complaints\b", clause[start:], _I):
        return Finding("advises", "informative", cue, start, own)  # "The Commissioner is responsible for investigating
        # complaints": who handles a complaint, a process offered
    if stance == "requires" and (_OPTING_OUT.search(clause, 0, start) or _OPTING_OUT.search(cue)):
        # "If you do not wish your name to be recorded in the minutes, please inform the Chairman": how to opt out of
        # what the body does, offered to whoever wants it.
        return Finding("advises", "informative", cue, start, own)
    if stance == "requires" and lowered == "should" and _OWN_RECOURSE.search(clause, 0, start) \
            and re.match(r"\s+(?:\w+ly\s+|instead\s+)?(?:contact|speak|talk|ask|e-?mail|call|refer|write to|request|direct|submit)\b",
                     clause[match.end():], _I):
        # "Staff requiring advice … should contact …", "If a doctor wishes to appeal a decision, they should
        # request a review by writing to …": where to turn for the reader's own need or recourse.
        return Finding("advises", "informative", cue, start, own)
    if lowered == "may not" and re.search(r"\b(?:in (?:some|many|most) cases|sometimes|often|occasionally)\b[^.;]{0,40}$", clause[:start], _I):
        return Finding("advises", "informative", cue, start, own)  # "in some cases they may not express concerns": what happens
    if stance == "permits" and re.search(r"\b(?:makes?|made) (?:it )?clear that\s+(?:[\w']+\s+){0,3}$|(?:^\s*|\b)(?:in order )?to "
                                         r"(?:make sure|ensure)(?: that)?\s+(?:[\w']+\s+){0,3}$", clause[:start], _I):
        return None  # "The procedure makes it clear that you can do so …", "To make sure that you are able to …": no grant
    if stance in ("requires", "prohibits") and lowered.startswith("will") and _GIVEN_BY_BODY.match(clause, match.end()):
        return Finding("advises", "informative", cue, start, own)  # "Users will not normally be given admin access": the body's provision
    if stance == "prohibits" and re.search(r"\bif you (?:do not|don't) (?:wish|want)\b(?! to (?:grant|give|accept|agree)\b)"
                                           r"[^.;]{0,80}?(?:do not|don't|never)$", clause[:match.end()], _I):
        # "If you do not wish it published, please do not post it"; not wanting "to grant these rights" or "to accept"
        # the terms is not agreeing to them ("If you do not want to grant these rights, do not submit"), a condition of use.
        return Finding("advises", "informative", cue, start, own)
    if stance == "requires" and lowered.endswith("policy to") and _BODY_ANSWERING.match(clause, match.end()):
        return None  # "It is our policy to respond within ten days": how the body answers is its service, no rule
    if stance == "permits" and _FEELS_THAT.search(clause, 0, start):
        return None  # "We want our followers to feel that they can talk to us": a feeling hoped for, no permission
    if stance == "requires" and lowered in ("should", "must", "shall", "will") and _DOCUMENT_BEFORE.search(clause, 0, start) \
            and re.match(r"\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?(?:reviewed|updated|revised|amended)\b", clause[match.end():], _I):
        return None  # "This code should be reviewed regularly by governors": how the document is kept, no rule of conduct
    if stance == "permits" and re.search(r"\b(?:in order that|so that)\s+(?:[\w'-]+\s+){0,4}$|,\s+so\s+(?:[\w'-]+\s+){1,3}$",
                                         clause[:start], _I):
        return None  # "… in other formats, in order that everyone can use it": what a purpose lets happen, no permission
    if stance == "requires" and re.match(r"(?:is|are) (?:asked|requested|invited|recommended) to", lowered) \
            and _COMMITTEE_FIRST.match(clause[:start]):
        return None  # "The Committee is asked to consider the draft": a report's recommendation, a decision sought
    if stance == "requires" and re.match(r"it is (?:\w+ )?(?:vital|essential|imperative|important) that$", lowered) \
            and _CONFIDENT_AFTER.match(clause, match.end()):
        return None  # "It is essential that our stakeholders can be confident that …": an aim, no duty
    if lowered == "will" and re.search(r"(?:\bour\s+|^(?!(?:all|every|each|any)\b)(?:[\w'-]+\s+){0,3})(?:staff|team|officers|colleagues|employees|workers|personnel)\s+$",
                                       clause[:start], _I) \
            and re.match(r"\s+(?:\w+ly\s+)?(?:provide|offer|give|help|assist|support|be\s+(?:happy|pleased|available))\b",
                         clause[match.end():], _I):
        # "Our staff will provide support where it is needed", "In these circumstances staff will offer …", "Staff will
        # provide you with guidance": a service to the reader
        return Finding("advises", "informative", cue, start, own)
    if lowered == "will" and re.match(r"\s+(?:\w+ly\s+|also\s+|all\s+)?have\s+access\s+to\b", clause[match.end():], _I):
        return None  # "All staff will have access to an NHS mail account": what is provided, no duty
    if lowered == "will" and re.match(r"\s+(?:most\s+|very\s+)?(?:likely|probably|possibly)\b", clause[match.end():], _I):
        return None  # "… will likely be removed": a forecast, no rule
    if lowered in ("will", "shall") and _MEETING_HELD.search(clause, 0, start) and _HELD_WHEN.match(clause, match.end()):
        return None  # "Ordinary meetings of the Council shall be held on the last Tuesday of each month": when meetings are held
    if lowered in ("will", "shall", "must", "should") and re.match(r"\s+(?:always\s+)?(?:take\s+precedence|prevail)\b",
                                                                  clause[match.end():], _I):
        return None  # "… then the Constitution shall take precedence": which text governs, no one's duty
    if lowered in ("will", "would", "may", "can") and re.match(rf"\s+(?:\w+ly\s+)?(?:depend|{INTRANSITIVE_VARY}|differ)\b", clause[match.end():], _I):
        return None  # "… will depend mainly on the type of relationship": what varies with what, no rule
    if stance == "requires" and lowered == "will" and _in_relative_clause(clause, start):
        return None  # "all employees … who will receive training as part of their induction": who is meant
    if stance == "requires" and re.search(r"\b(?:guidance|advice|information|training)(?:\s+and\s+\w+)?(?:\s+(?:to|for)(?:\s+[\w-]+){1,3}?)?"
                                          r"\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                                          r"(?:procedures?|rules|steps|standards|actions?|measures)\s+(?:that|which)\s+$",
                                          clause[:start], _I):
        # "guidance on procedures that must be adopted", "guidance and support to employees on the action that should be
        # taken": the procedures or the action, described, not one of them
        return None
    if stance in ("requires", "prohibits") and re.search(r"\b(?:which|that) (?:states|says|stipulates) that\b[^.;]{0,80}$", clause[:start], _I):
        return None  # "… the Academy Trust Handbook, which states that academy trusts should have a policy": another text's rule
    if stance == "requires" and re.search(r"\b(?:principles|rules|standards|guidelines|guidance)\s+(?:that|which)\s+$", clause[:start], _I) \
            and re.match(r"\s+(?:\w+ly\s+)?be\s+(?:used|read|treated|taken)\s+(?:as|for)\s+(?:general\s+)?(?:guidance|reference|information)\b",
                         clause[match.end():], _I):
        return None  # "general principles that should be used for guidance and interpretation only": what the code is
    if stance == "requires" and _THERE_ARE.match(clause) and re.search(r"\b(?:which|that)\s+$", clause[:start], _I) \
            and not re.match(r"\s+be\b", clause[match.end():], _I):
        return None  # "There are three values which must underpin the work:": what there is, named, no rule
    if stance == "advises" and re.match(r"(?:may|might) (?:wish|want)", lowered) and _in_relative_clause(clause, start):
        return None  # "Staff who may wish to stand for election should speak to HR": the rule follows
    if stance != "advises" and (wh := _WH_OBJECT.search(clause, 0, start)) and not _WH_CLOSED.search(wh.group()):
        # "a list of what you can and cannot do", "This policy covers how you should act": the
        # modal belongs to what is described, not to a rule.
        return None
    if lowered.startswith("will") and _NOUN_WILL.search(clause, 0, start):
        return None  # "a beneficiary in their Will"
    if stance == "requires" and re.search(r"responsibilit|obligation", lowered) and not reminded \
            and _RELATIVE_BEFORE.search(clause, 0, start) and not _WHO_THEN_HAS.search(clause, 0, start):
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
    if stance == "requires" and re.match(r"please (?:contact|get in touch with|speak to|call|e-?mail)\b", cue.lstrip(", "), _I) \
            and re.match(r"[^.;]{0,80}?\bif (?:this is|these are|you (?:\w+ )?(?:require|need|would like|wish|want|have))\b",
                         clause[match.end():], _I):
        return Finding("advises", "informative", cue, start, own)  # "… please contact the office if this is required": an offer
    if stance == "requires" and re.search(r"\bplease\b", cue, _I) and (_FOR_OWN_NEED.match(clause) or (
            re.fullmatch(r"please (?:contact|get in touch with|speak to|call|e-?mail|write to)", cue.strip(), _I)
            and _FOR_INFORMATION_AFTER.match(clause, match.end()))):
        # "For more information, please read our notice", "Please contact the Clerk for information on …"
        return Finding("advises", "informative", cue, start, own)
    if stance == "requires" and _SANCTION.match(clause, match.end()):
        return Finding("advises", "informative", cue, start, own)  # "… to take disciplinary measures when a breach occurs"
    if stance in ("requires", "prohibits") and re.match(r"(?:is|are) (?:not )?to\b", lowered) \
            and _PURPOSE_OF.search(clause, 0, start):
        # "The aim of this code is to set out the standards …", "The intention of our approach is not to limit these
        # roles": what a document or approach is for, or is not for
        return None
    if stance != "advises" and _PURPOSE_STATED.search(clause, 0, start):
        return None  # "The purpose of the notice is to make clear that abuse is unacceptable": a cue in what it is for
    subject = _subject(clause, start)
    person = subject in ("person", "person-noun")
    after = clause[match.end():]
    if stance == "requires" and lowered in ("must", "should", "will", "shall") \
            and re.match(r"\s+(?:also\s+)?be\s+made\s+(?:clear|known|available)\s+to\b", after, _I):
        return Finding("advises", "informative", cue, start, own)  # "Our procedures must be made clear to partners": the body informs
    if stance == "requires" and subject == "body" and re.match(r"(?:is|are) (?:\w+ly )?(?:required|obliged|obligated)(?: to)?$", lowered) \
            and not re.search(r"\b(?:approval|permission|consent|authori[sz]ation)\s+$", clause[:start], _I):
        # "The Trust is required by its Licence to comply …", "The Council is obliged to adopt a Publication Scheme": the
        # body's own duty
        return Finding("advises", "informative", cue, start, own)
    if lowered in ("cannot", "can not", "can't") and re.match(r"\s+(?:accept|take|assume)\s+(?:any\s+)?(?:liability|responsibility)\b",
                                                           after, _I):
        return Finding("advises", "informative", cue, start, own)  # "the DfT cannot accept any liability for …": a disclaimer
    if lowered == "should" and not person and re.match(r"\s+(?:also\s+)?help\b", after, _I):
        return None  # "The implementation of this policy should help to reduce risks": what is hoped for
    if stance == "requires" and subject in (None, "body") and re.search(
            r"(?:\bit is (?:\w+ly )?(?:recogni[sz]ed|acknowledged|understood|appreciated) that|\bbelieves?(?: that)?),?\s+"
            r"(?:[^,.;]{1,80},\s+)?(?:[\w'-]+\s+){1,4}$", clause[:start], _I):
        # "It is recognised that most cases will have to proceed in confidence": what is so, no one's duty; "The Council
        # believes that accurate information should be freely available", "the forces believe these should be managed
        # by …": a view the body holds, of no person's conduct
        return None
    if stance == "requires" and lowered in ("must", "should", "shall", "will") and (kept := _KEPT.match(after)) \
            and _REGISTER_KEPT.search(clause, 0, start) and not _BY_PERSON.match(after, kept.end()):
        return None  # "A record must be kept in each office of the staff employed there": the body's register, as below
    if stance == "requires" and subject != "person" and _KEEPS_REGISTER.match(after) \
            and not _BOUND_PEOPLE.search(" ".join(clause[:start].split()[-6:])):
        # "The Monitoring Officer will place your notification on a public register", "Each local
        # authority is under a duty to maintain a list of restricted posts": the register is the body's to keep.
        return None
    if (stance == "requires" and _BODY_FOLLOWS.search(clause, 0, start) and not _OWN_PAGES.search(clause, 0, start)) \
            or (stance != "advises" and _WHETHER.search(clause, 0, start)
                and not (_CHOICE_OF.match(lowered) and re.match(r"\s*whether\b", clause, re.I))):
        # "rules and guidelines, which we will always follow": the rules the body keeps to, described;
        # "we consider whether a worker should remain on the Register": a question, not a rule ("Whether you use it is
        # your choice" opens with the question as the subject of the choice granted).
        return None
    if stance == "requires" and lowered.startswith(("expect", "require")) and _STANDARDS_THAT.search(clause, 0, start) \
            and _KEEPING_VERB.match(after) and not _RULES_HELD.search(clause, 0, start):
        # "the standards of conduct that the GLA expects (or requires) staff to achieve": the rules, named; "The Trust has a
        # Code of Conduct which we expect staff to follow" says they apply.
        return None
    if stance == "permits" and re.match(r"(?:is|are) able to$", lowered) \
            and re.search(r"\bensure (?:that )?(?:[\w'-]+ ){1,3}$", clause[:start], _I):
        return None  # "… to ensure that they are able to access information": the purpose of what the body provides
    if stance == "permits" and re.match(r"(?:may|can) (?:also )?follow$", lowered) \
            and re.match(r"\s+(?:us|our|(?:the\s+)?(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z])[\w'&-]*){0,4})\s+on\b", after):
        return Finding("advises", "informative", cue, start, own)  # "You can follow UK Parliament on Twitter": an invitation
    if stance == "permits" and re.match(r"(?:may|can) (?:also )?(?:read|find|see|view|get)$", lowered) \
            and re.match(r"\s+(?:more|further|full|(?:this|these|the)\s+(?:information|details|register))\b", after, _I):
        # "You can read more information … here", "you can view this information on the member's page": a pointer
        return Finding("advises", "informative", cue, start, own)
    if stance == "permits" and re.match(r"(?:may|can)\s", lowered) and _HELP_SOUGHT.match(cue.split(maxsplit=1)[-1] + after):
        # "You may also consult the NALC publication …", "Anyone who would like to stop can access free help": help pointed to
        return Finding("advises", "informative", cue, start, own)
    if stance in ("permits", "permits with conditions") and _COMPLAINT.match(cue.split(maxsplit=1)[-1] + after):
        return Finding("advises", "informative", cue, start, own)  # "You can make a formal complaint to …": an offer
    if stance == "permits" and re.match(r"(?:may|can)\s", lowered) and (
            re.search(r"\bor\s+(?:they|we|it|he|she)\s+(?:may|might|could)\b", after, _I)
            or re.search(r"\b(?:may|might|could)\s[^.;]*\bor\s+(?:they|we|it|he|she)\s+$", clause[:start], _I)):
        return None  # "Members may discuss the item … or they may inform you that …": what may happen, one way or another
    if stance == "permits" and re.search(r"\b(?:raise|take|refer)$", lowered) \
            and re.search(r"\bif you are (?:\w+ )?(?:unhappy|dissatisfied|not happy|not satisfied)\b[^.;]*$", clause[:start], _I):
        return Finding("advises", "informative", cue, start, own)  # "If you are unhappy with a decision, you may raise it": recourse
    if stance == "permits" and re.match(r"\s+(?:to\s+)?(?:expect|demand)\b", after, _I):
        return None  # "The public are entitled to expect (schools to demand) high standards": a standard, no permission
    if stance == "requires" and lowered.startswith("expect") and re.search(r"\b(?:entitled|right|free)\s+to\s+$",
                                                                            clause[:start], _I):
        return None  # "The public are entitled to expect that officers act impartially"
    if stance == "permits" and _CONTACT.search(cue + after[:60]) and subject != "body":
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
    if stance == "requires" and re.match(r"we (?:\w+ )?(?:commit|undertake|pledge|promise)", lowered) \
            and not _WE_AS_PEOPLE.search(clause, 0, start):
        return None  # "We commit to replying within five days": the body's own commitment, unless "as members, we …"
    if stance == "advises" and re.match(r"encourage", lowered) and _PROVISO.search(after):
        # "We encourage you to share your experience, provided it is for private purposes": the act is
        # allowed on the proviso, which the permission's condition then reads.
        return Finding("permits", "may", cue, start, own)
    if stance == "advises" and lowered == "encouraged" and _AND_GRANTED.match(after):
        # "Members of the public are encouraged to attend and may speak during the Open Forum", "are encouraged and
        # welcome to attend": what the reader may or is welcome to do, joined by "and", is granted.
        return Finding("permits", "may", cue, start, own)
    if stance == "advises" and lowered.endswith(_KNOWING):
        if _AND_COMPLY.match(after):
            # "should be aware of and follow the code": the duty to comply is the rule, as firm as its modal; a bare
            # imperative ("Understand and evaluate the impact I have") is as firm as "must".
            firm = lowered.startswith("must") or re.fullmatch(r"\s*(?:please\s+)?(?:always\s+)?", clause[:start], _I) is not None
            return Finding("requires", "must" if firm else "should", cue, start, own)
        inner = _rule_after(clause, match.end())
        return inner if inner is not None else Finding("advises", "informative", cue, start, own)
    if stance == "prohibits" and (negated := _NOT_NEGATED.match(after)) is not None:
        if negated.group("scope"):
            return None  # "must not only follow the code but also …": the "must" governs
        if negated.group("fail") or negated.group("not_to"):
            # "must not fail to declare", "never neglect to log off": two negations make a duty.
            return Finding("requires", strength, cue, start, own)
        return Finding("advises", "informative", cue, start, own)  # "do not hesitate to contact us"
    if stance == "prohibits" and lowered in ("may not", "cannot", "can't", "can not"):
        if (subject == "body" and not _TAKES_SIDES.match(after)) or (lowered == "may not" and re.match(r"\s+be able\b", after)):
            return None  # "We cannot give legal advice" is a service the body does not offer; taking sides is conduct
        if re.match(r"\s+(?:\w+ )?(?:be|been|have|necessarily|always)\b", after) and not person:
            # "may not be used" forbids; "cannot be held responsible" is a fact, "cannot be
            # shared" forbids an act of conduct.
            passive = re.match(rf"\s+be (?:\w+(?:ed|en)|{CONDUCT_DONE})\b" if lowered == "may not" else rf"\s+be {CONDUCT_DONE}\b", after)
            if not passive:
                return None
    if lowered.startswith("unable") and not _BE_BEFORE.search(clause[:start]):
        # "for those people unable to make the live chat": a description of who is meant, no rule.
        return None
    if stance == "requires" and start == 0 and re.search(r"\b(?:can|may|will|must|should|shall),\s[^,]{1,120},\s+be\s+\w+$", cue, _I):
        return None  # "applications can, at the discretion of the Trust …, be considered": a modal's verb after an aside
    if stance == "prohibits" and lowered in ("will not", "won't") and re.match(r"\s+(?:reply|respond)\b", after, _I) \
            and re.search(r"\b(?:account|page|feed|channel)s?\s+$", clause[:start], _I):
        return None  # "The school Twitter account will not reply to any 'replies'": how the body's account answers
    if stance == "permits" and _CONTACT_OFFERED.fullmatch(lowered) and _OWN_CONCERN_FIRST.match(clause):
        # "If you have any concerns, you can speak to your manager": a route offered for the reader's own concern, as
        # "If you are unhappy with a Council decision, you may raise your concerns with the Council" is
        return Finding("advises", "informative", cue, start, own)
    if stance == "permits" and re.match(r"(?:is|are|shall be) open to\b(?! (?:all|any|every|each) (?:[\w-]+ )?(?:staff|employees?|"
                                        r"officers?|workers?|member of staff)\b)", lowered) and not _FRONTED_EXCEPTION.match(clause) \
            and not re.search(r"\b(?:except|unless)\b|^,\s+who\s+(?:can|may)\b", after, _I):
        return None  # "All meetings are open to the public" states a fact; "Except for …, meetings are open" grants with it,
        # as an arrangement "open to all employees" is theirs to take up
    if stance == "permits" and re.fullmatch(r"(?:may|might|can) (?:also )?use", lowered) and re.search(r"\bwe\s+$", clause[:start], _I) \
            and _USES_DATA.match(clause, start + lowered.index(" ")):
        return Finding("advises", "informative", cue, start, own)  # "We may use cookies …": how the body handles data, no grant
    if stance == "prohibits" and lowered in ("will not", "won't") and re.match(r"\s+have\s+been\b", after, _I):
        return None  # "as it will not have been placed on the agenda": what will not have happened, a reason
    if stance == "prohibits" and lowered == "will not" and re.search(r"\((?:which|that)\s+$", clause[:start], _I):
        return None  # "a valid e-mail address (which will not be shown)": what the body does with it, an aside
    if stance == "prohibits" and lowered in ("will not", "won't") and re.match(r"\s+suffer\b", after, _I):
        return Finding("advises", "informative", cue, start, own)  # "in the knowledge that they will not suffer as a consequence"
    if stance == "requires" and lowered in ("will", "shall") \
            and re.match(r"\s+(?:\w+ly\s+)?(?:disqualify|invalidate|void|nullify)\b", after, _I):
        return Finding("advises", "informative", cue, start, own)  # "Canvassing by applicants will disqualify them": a consequence
    if stance == "requires" and re.search(r"\bquor(?:ate|um)\b", clause[:start], _I):
        return Finding("advises", "informative", cue, start, own)  # "For meetings to be quorate, three members must be present"
    if stance == "prohibits" and _NO_REPLY.match(after):
        # "queries made after 5pm won't receive an immediate response": what happens to a message, no act.
        return None
    if stance != "advises" and re.search(r"\b(?:un)?able to\b", lowered) and (not person or _POSSIBLY.search(clause[:start])):
        # "staff may not be able to access some sites" is a possibility, not a prohibition.
        return None
    if stance == "requires" and ("obligation" in lowered or "responsibilities" in lowered) and subject != "person-noun" \
            and subject != "person" and "part of" not in lowered and not re.search(r"\b(?:statutory|legal) obligation to$", lowered) \
            and not reminded:
        return None
    if stance == "prohibits" and lowered in ("will not", "won't") \
            and re.match(r"\s+be\s+(?:considered|regarded|treated|deemed|classed|counted)\b", after, _I) \
            and not re.fullmatch(r"(?:[^.;]{1,160}(?:,|\bthat)\s+)?(?:anonymous\s+|late\s+|retrospective\s+)?"
                                 r"(?:applications?|complaints?|nominations?)\b[^.;,]{0,40}",
                                 clause[:start].strip(), _I):
        return None  # "Sending messages to our feed will not be considered official contact": what a thing counts as
    if stance == "prohibits" and lowered == "we never" and not _OWN_POSTS.match(clause, match.end()):
        return None  # "We never ask for your password": a commitment; "We never share … on social media": a standard
    if stance == "prohibits" and lowered in ("will not", "won't", "will never") \
            and _BODY_JUST_BEFORE.search(_MADE_BY.sub(" ", clause[:start])) \
            and (not _OWN_POSTS.match(clause, match.end()) or _NOT_ANSWERING.match(clause, match.end())
                 or _ASKS_READER.match(clause, match.end())) \
            and not speaks_as_people(clause, match.end()):
        # "the council will not enter into debate": the body tells what it will not do; only
        # not tolerating or allowing something (read before this) forbids it to others, and a
        # standard for its own posts ("we will not name staff in our social media posts") binds
        # the staff who write them; not answering comments ("we will not respond to …") is its service.
        return None
    if stance == "permits" and lowered == "be able to" and re.search(r"\bnot\s+$|\bhope\s+(?:that\s+)?\w+\s+will\s+$"
                                                                      r"|\b(?:want|wants|wish|wishes|would like|aim|aims)\b[^.;]{1,60}?\bto\s+$",
                                                                      clause[:start], _I):
        # "staff will not be able to", "We hope you will be able to tell your line manager", "we want as many people as
        # possible to be able to use it": no grant
        return None
    if stance == "permits" and lowered == "be able to" and re.search(r"\b(?:we|the (?:clerk|office|team))\s+will\s+$", clause[:start], _I) \
            and re.match(r"\s+(?:give|provide|send|tell|help|advise|assist|answer|supply)\b", after, _I):
        return Finding("advises", "informative", cue, start, own)  # "The Clerk will be able to give you details": help offered
    if stance == "requires" and re.search(r"\b(?:send|submit|address|direct)$", lowered) and not _DEADLINE.match(after) \
            and re.match(r"\s+(?:your|any)\s+(?:request|complaint|enquiry|query|questions?)\b", after, _I):
        return Finding("advises", "informative", cue, start, own)  # "Please send your request for information to …": how to ask
    if stance == "requires" and re.fullmatch(r"shall|will|must", lowered) and re.match(r"\s+(?:\w+ly\s+|also\s+)?apply\s+to\b", after, _I) \
            and re.search(r"\b(?:code|policy|rules|procedure|standing orders)\b[^.;]{0,80}$", clause[:start], _I):
        return None  # "The Code of Conduct … shall apply to members": whom it covers, no rule
    if stance == "permits" and lowered in ("removed", "deleted", "hidden") and re.match(r"(?:if|should|where|when)\b",
                                                                                    clause, _I) \
            and not RULES_NOT_FOLLOWED.match(clause):
        # "Should a post be reported, it may be removed": a consequence of the condition, where
        # "Abusive posts may be removed" keeps a power to remove.
        return None
    if stance == "permits" and lowered.startswith("can") and subject == "body" and not _PASSIVE_PERMISSION.match(lowered) \
            and not _POWER_OVER_USERS.match(clause, start + len("can")):
        return None  # what the body can do is its service, but for its power over users ("can block access … if")
    if stance == "permits" and subject == "body" and re.search(r"\b(?:need|have) to$", lowered):
        # "we will not have to do this": what the body need not do is no rule on anyone
        return Finding("advises", "informative", cue, start, own)
    if stance == "requires" and re.match(r"will (?:\w+ (?:and |or )?)?(?:withdraw|revoke|suspend)$", lowered) \
            and re.match(r"\s+(?:your|their|his|her|the user's) (?:\w+ )?(?:access|account|membership|privileges|rights)\b", after, _I) \
            and re.match(r"(?:if|should) (?:you|they|a user|users|anyone)\b[^.;]{0,60}\b(?:not|fail|breach|break|misuse)", clause, _I):
        return Finding("advises", "informative", cue, start, own)  # "If you do not abide by these conditions, we will withdraw
        # your access": the consequence for the one who breaks them
    if stance == "permits" and re.match(r"may (?:\w+ly |at any time )?revise$", lowered) \
            and re.match(r"\s+(?:this (?:privacy )?(?:policy|notice|statement)|these terms)\b", after, _I):
        return None  # "The council may at any time revise these terms": the body keeps its own terms up to date
    if stance == "permits" and subject == "body" and lowered.endswith("contact") and re.match(r"\s+you\b", after, _I):
        return None  # "we may contact you to clarify your request": the body's own process ("may contact the police" is a power)
    if stance == "permits" and subject == "body" and _BODY_SERVICE.match(lowered) and not _ASKS_REMOVAL.match(after):
        # "We may share your comments with the service concerned", "We may ask those who contact us …", "We may change
        # this Policy from time to time": how the body passes on or answers what it is sent, and how it runs its own
        # pages and notices, state no rule.
        return None
    if stance == "permits" and re.match(r"(?:may|can)\b", lowered) and _BY_MEANS.match(clause[:start]):
        # "By posting regularly you can reach more residents": what the means achieves, not a
        # permission to do it.
        return None
    if stance == "permits" and _PASSIVE_PERMISSION.match(lowered):
        # "Gifts of low value may be accepted" permits the act; "action may be taken", "your
        # data may be used" and "posts may be shared" say what may happen to a thing.
        done_to = re.split(r"\b(?:where|when|if)\b|[;:]", clause[:start], flags=_I)[-1]  # "…, where material can be used"
        if re.match(r"\s*(?:where|when|if)\b", clause, _I) and "," in done_to:
            done_to = done_to.split(",", 1)[1]  # "Where the risk assessment allows it, home visits can be carried out alone"
        done_to = re.sub(r"^\s*(?:this|that|it) (?:means|is why)(?: that)?\s", "", done_to, flags=_I)  # "This means mobiles may be used"
        # A licence to re-use material grants it whatever its subject ("it may be reproduced free of charge"), unless
        # its subject is denied ("no part of this Site may be reproduced").
        licensed = _REUSED.search(lowered) and not re.search(r"\bno\b", done_to, _I)
        if _NOT_CONDUCT.search(done_to) and not _BY_GRANTEES.search(clause, match.end()) and not licensed:
            return None
        return Finding(stance, strength, cue, start, own)
    if stance == "permits" and re.match(r"(?:may|can) (?:\w+ )?(?:make|include)$", lowered) and not person:
        return None  # "this may make it harder", "the list may include"; "Staff may make personal calls" permits
    if stance == "permits" and re.match(r"(?:may|can)\b", lowered) \
            and not lowered.endswith(("acceptable", "allowed", "permitted")) and "discretion" not in lowered \
            and not _AGENT.search(clause[:start]) \
            and not re.search(rf"\bby (?:the|a|an|any|its|our)$|\bby\b.*\b(?:{ASKERS}|press)$", lowered):
        # "the types of social media available may change", "the use of social media may
        # replace …": with no one to act, "may" states a possibility, not a permission ("a small
        # gift may be acceptable" still judges the act, and permits it, as "may be allowed" grants it; "may be
        # withdrawn by the court" names who may act, as "may also be recorded by the press or members of the public" does).
        return None
    if stance == "permits" and re.fullmatch(r"(?:may|can) (?:also )?(?:fall|arise|occur|happen|vary|differ|exist)", lowered) \
            and not re.match(_VARIED_OBJECT, clause[match.end():], _I):
        return None  # "Information held on personal devices may fall within the scope of a request": what may be so
    if stance == "requires" and lowered.startswith("need") and _POSSIBLY.search(clause[:start]):
        return None
    if stance == "requires" and (re.match(r"\s+(?:\w+\s+)?(?:ensure|make sure|take (?:\w+ )?care|be careful)"
                                          r"(?:\s+that\b[^.;]{1,120}?,?\s+and(?=\s+that\s))?(?=\s)" + _PERSON_NOT.pattern, after, _I)
                                 or (re.search(r"\b(?:ensure|make sure|that)$", lowered) and _PERSON_NOT.match(after))
                                 or (re.search(r"\btake$", lowered) and _CARE_NOT.match(after))
                                 or (lowered.endswith("that") and _PERSON_AVOIDS.match(after))):
        # "must ensure that staff do not …" (or "… that X is so, and that they do not …"), "it is essential that
        # employees do not …": what a person is to see that they do not do is forbidden to them, and so is what
        # "we ask that you avoid".
        return Finding("prohibits", strength, cue, start, own)
    if stance == "requires" and (re.search(r"\bnot to$", lowered) or re.match(
            r"\s+not\s+to\b|\s+to\s+not\b|\s+(?:try|aim|strive|seek)\s+(?:to\s+not|not\s+to|to\s+(?:avoid|refrain)\b)\b"
            r"|\s*(?:(?:at all times|always|also|therefore|\w+ly)\s*(?:\([^()]*\)\s*)?)?(?:avoid|refrain|abstain)\b"
            r"|\s*(?:take (?:\w+ )?care|be careful) (?:not to|to avoid)\b",
            after, _I) or (lowered.endswith(" to") and re.match(r"\s+(?:please\s+)?not\s+(?!only\b|just\b|merely\b|simply\b)\w", after, _I))):
        # "are required not to", "have a duty not to", "should take care not to", and with the
        # infinitive split ("have a responsibility to not behave"): a duty not to act.
        return Finding("prohibits", strength, cue, start, own)
    if stance == "requires" and (not own or lowered.startswith(", please")) and _OFFER.search(clause) and (
            lowered.endswith(("contact", "ask", "speak to", "speak with", "talk to", "talk with", "consult", "call", "refer", "tell"))
            or re.match(r"\s*(?:contact|call|ring|e-?mail|write to|speak to|talk to|get in touch|submit|send)\b", after, _I)
            or _BARE_VERB_AT.match(clause, match.end() - len(cue.split()[-1]))) \
            and not _CHANNEL.search(after) and not re.match(r"\s*(?:\w+\s+){0,2}?(?:first|beforehand|in advance)\b", after, _I) \
            and not _BEFORE_MEETING.match(after) \
            and not re.match(r"[^.;]{0,60}?\b(?:immediately|straight away|at once|without delay|urgently)\b", after, _I):
        # "If you need a copy, please contact the ICT team": help offered, no duty; "please do this
        # through our complaints procedure" (or "please call 999") directs the reader to a channel, and is one, as
        # "should you wish to reproduce any part of this site …, please contact us first" asks before the act, and
        # "If you think your account has been breached, call us immediately" asks for haste.
        return Finding("advises", "informative", cue, start, own)
    if stance == "requires" and re.match(r"ask|request", lowered) and re.search(
            r"\b(?:will|may|might|could|can|'ll)\s+(?:\w+ly\s+|also\s+|then\s+|not\s+|never\s+)?$", clause[:start], _I):
        # "If necessary, we will ask you to follow up by email": what the body will do, not a
        # request made now ("We would ask you to …" still is one); nor what it "will not ask you to" do.
        return None
    if stance == "requires" and re.match(r"(?:\w+ )?(?:ask|request)", lowered) and _TO_KNOW_ASKED.match(after):
        # "We ask that all users please take note of the following house rules:": asked to know, as told to "be aware" is
        return Finding("advises", "informative", cue, start, own)
    if stance == "requires" and _OWN_DUTY.search(_DUTY_HELD.sub(" ", clause[:start]) if lowered.startswith(("duty", "responsibility"))
                                                 else clause[:start]) and re.match(_OBLIGING, lowered) \
            and not _OWN_POSTS.match(clause, match.end()) and not re.match(r"\s+all\b", clause[match.end():]) \
            and not speaks_as_people(clause, match.end()) and subject != "person-noun":
        # "The council has to keep a register", "we must draw up a code": a commitment the body
        # owes its staff or the public is no rule of conduct; what its own posts say or how it
        # moderates them ("We must remain neutral on social media") still is, and so is what "we must
        # all" do, each of us, or what only people do ("we must always act with integrity"), or its people ("Staff who
        # leave the council must return …").
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
            and not speaks_as_people(clause, match.end()) and not (subject == "body" and _POSTING.match(after)) \
            and not (subject == "person" and _SIGNS.match(after)) \
            and not (subject != "body" and _AT_ALL_TIMES.match(after) and _PLURAL_OPENS.fullmatch(clause, 0, start)):
        # "We will share or retweet content we find useful" is a standard for the body's posts; "They will sign the
        # declaration of acceptance of office" is what people do, as "Councillors will sign …" is, and "Riders will at
        # all times pay due care" is what riders owe.
        return None
    if stance == "requires" and re.match(r"(?:is|are) to ", lowered) and not lowered.split()[2:3] == ["be"] \
            and not person:
        return None
    if stance == "requires" and re.match(r"(?:is|are) to ", lowered) and _AIM_BEFORE.search(clause, 0, start):
        return None  # "Our intention is to be helpful": an aim stated, no duty laid
    if stance == "permits" and subject == "body" and re.search(r"\bno (?:requirement|obligation|need)|\bnot (?:required|obliged)",
                                                               lowered):
        return None  # "We are under no obligation to moderate the forum": the body's own duty, denied
    return Finding(stance, strength, cue, start, own)


_THERE_ARE = compile_pattern(r"there\s+(?:are|is|were|was)\s+", _I)
"""A sentence that says what there is: a modal opening its relative clause tells what the things are ("There are three
values which must underpin …"); a passive ("three steps which must be followed:") or a modal after the relative clause's
own subject ("websites which staff must not visit") still rules."""
_SIGNER_BEFORE = compile_pattern(r"(?<!\bif )(?<!\bwhen )(?<!\bunless )(?-i:\bI)\s+(?:\w+ly\s+|then\s+|also\s+)?$")
""""I" just before "will" or "need to": what the one who signs an agreement undertakes ("I understand that … I will
remove it", "I understand that I need to give permission …")."""


_TOLD_WHO = compile_pattern(rf"(?:^|\s)(?:{PEOPLE}|they|visitors)\s+$", _I)
"""The people a noted rule is about, just before its modal ("reminded that they may not use …")."""


def _rule_after(clause: str, position: int) -> Finding | None:
    """A rule stated inside what the reader is told to know ("remember that X must not …", "I understand
    that … I will remove it")."""
    rest = clause[position:]
    found: list[Finding] = []
    for pattern, stance, strength, own, _words in _CUES:
        if stance not in ("prohibits", "requires", "permits") or not own:
            continue
        for match in pattern.finditer(rest):
            if (stance == "permits" and re.match(r"(?:has|have) the right to\b|permits\b|allows\b", match.group(), _I)) \
                    or (stance == "permits" and re.match(rf"(?:may|can) (?:also )?be\b.*\b(?:{ASKERS}|press)$", match.group(), _I)) \
                    or re.match(r"(?:must|shall|should|have to|has to|is to|are to|will not|won't|(?:is|are) required|"
                        r"(?:is|are) not to(?! (?:prohibit|ban|prevent|stop|restrict|discourage)\b)|"
                        r"required to|(?:have|has) a duty|duty|responsibility|(?:does|do) not (?:give|grant|confer))\b", match.group(), _I) \
                    or (re.match(r"(?:will|needs? to)\b", match.group(), _I) and _SIGNER_BEFORE.search(rest[:match.start()])) \
                    or (match.group().lower() == "may not" and re.match(r"\s+be\s+\w+(?:ed|en)\b", rest[match.end():], _I)) \
                    or (match.group().lower() == "may not" and _TOLD_WHO.search(rest, 0, match.start())
                        and not re.match(r"\s+(?:be\s+able|always|necessarily)\b", rest[match.end():], _I)):
                found.append(Finding(stance, strength, match.group(), position + match.start(), own))
                break
    return min(found, key=lambda f: (f.start, -len(f.cue)), default=None)


_BAN_OUTSIDE_BREAKS = compile_pattern(r"\b(?:outside(?: of)?|other than (?:during|in|at)|except (?:during|in|at))\s+(?:the\s+|your\s+|their\s+)?"
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
            and not re.search(r"\beven (?:if|when|though|where)\b[^;.]*$|\bwhether (?:\w+ )?(?:inside|in) or\s*$",
                              clause[finding.start:time.start()], _I):
        return Finding("restricts", finding.strength, finding.cue, finding.start, finding.own, time_bound=True)
    return finding
