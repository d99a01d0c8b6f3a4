"""Propose a clause's stance, strength, scope and qualifier from its own wording.

The reader follows the grammar of a rule rather than a list of sentences:

1. The text is cut into sentences and each sentence into clauses at ";", ":", dashes and the
   conjunctions that start a new rule (", but", "however we", "whilst"); a verb joined by
   "and" to a clause with a modal shares it ("must respect copyright and avoid …", "must keep
   records and not delete them", "must keep a distance, avoid …"), and "and will not" starts a
   rule of its own unless the body is the one who will not ("Officers will only confirm facts
   and will not give views" forbids; "We will hide spam and will not reply to it" does not). Words
   quoted inside a clause (a disclaimer to copy, a term) are not read for a rule. A clause opened by
   "while", "whilst" or "although" is a concession: the permission it grants is context,
   never the rule ("Whilst it is acceptable to …, comments should not be made …"), unless the main clause bounds the
   grant by a pronoun ("Although personal use is permitted, it must not interfere with work"); one set off just after
   "who" or "which" ("any person who, although not given the title, is required to …") is an aside in a relative
   clause. A question to be answered "Yes" or "No" lays no rule; the "Yes" or "No" that opens the next sentence
   grants, forbids or frees what it asked about ("Can I …? No." forbids, "Do I have to …? No." frees).
2. Each clause is read by :mod:`.stance_grammar`: its modal ("must", "may", "should", "is to",
   "are required to", "are permitted to" …), the negation in its scope ("must not", "not
   able to", "No member of staff … is permitted", "it is not appropriate to"), its subject
   (a person bound by the policy, or the body itself: "We may not respond" is not a rule)
   and what the modal governs ("may lead to" states a consequence, not a permission).
3. The clause readings are combined: a prohibition outranks a limit, a limit outranks an
   obligation. A permission together with a condition ("provided", "in accordance with",
   "outwith working hours", "a maximum of", "but should …", a fronted "If a user keeps
   posting adverts, we …", one set off between the modal and its verb "may, with your
   manager's agreement, work", a hedge "will normally be permitted", a condition clause after it
   "may block users if the rules are broken", but not an object only described "may remove
   posts that break the rules") is *permits with conditions*;
   alone it is *permits*. A text with no rule is *advises/informative*.

A list item is read with its lead-in (the parent clause's text, "Authorised Users must
not:"). The item keeps its own reading only when its first sentence states a rule of its
own; an imperative or an informative phrase does not count, because the item continues the
lead-in's sentence ("must: Make sure …"). Otherwise the item takes the reading of the
lead-in's last sentence (or of the whole lead-in when that sentence has no rule), unless a
later sentence of the item forbids or limits what the lead-in only asks for. Under a lead-in that is a
sentence of its own (it ends with "." or ";", not ":") an item is read by itself: its
imperative is bare ("Care should be taken with photographs;" + "ensure that …" is must). A fronted approval in the
lead-in ("Once your manager has approved your access, you can use:") bounds every item. A lead-in that opens
on a condition or a role ("When acting as a member:", "As a Member:") is set off from the item by a comma;
a "Do not" item takes the modal of a lead-in it completes ("We ask that you:"). Criteria a use is judged by
("The following criteria will be used in determining whether personal use is acceptable:") make each
item a limit the use must keep to ("it does not …" forbids); a heading such as "What to record:" lays
a duty on each item, whatever an aside in brackets says; examples ("these will include:") and what
the body promises its staff will do for the reader ("We will ensure that our staff:") state no rule.
A lead-in that enforces the rules it lists ("We reserve the right to remove contributions that break the
following rules:") leaves each item the rule it states ("Do not swear" forbids). What the body aims to do
("We aim to:") states no rule, and a lead-in where it says what it will or will not do ("We will not –")
is read as one sentence with each item, a dash ending it as a colon does. A lead-in that reports what a meeting
recognised or resolved ("passed a Motion which recognised that:") is a record: its items state no rule. "and has to", "and must" and
"and you must not" (and "and you must") start a rule of their own, and a fronted "Where …," condition bounds a permission.
The part of a meeting named before a grant ("time set aside at the start of meetings when the public may speak") bounds it;
a condition in a main clause of its own after ", but the …" bounds that clause, not the grant before it; what "can be
used without permission or payment" is free to use, not bounded by permission. A proviso put first may name a numbered rule
("In accordance with Standing Order 1.8, …") or open on "save for"; it bounds the grant after it.

Beside the stance the reader gives the rule's scope (:mod:`.stance_scope`: on council
equipment, outside working time, on personal accounts, unless authorised …), its qualifier
(the condition or limit words) and every cue that decided. The title of the clause's document can
add to the scope (:func:`in_document`): every rule of a protocol for meetings holds at meetings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..model import Stance, Strength
from .patterns import compile_pattern, save_compiled_patterns
from ..text import to_plain
from .stance_context import _KNOWING, _PERSON_NOT, COMMITTEE, said_by_body, speaks_as_people
from .stance_cues import _IMPERATIVES
from .stance_grammar import RULES_NOT_FOLLOWED, Finding, bans_outside_breaks, keeps_data_back, read_clause
from .stance_scope import SCOPES, approval_first, condition_at, read_qualifier, read_scope, title_scope
from .stance_wording import as_written, normalised
from .stance_words import BODY_NOUN, DOCUMENT, IN_EMERGENCY, OTHERWISE_SAID, SETS_OUT, STAFF


@dataclass(frozen=True)
class StanceReading:
    """A proposed stance and strength, with the words of the text that decided it."""

    stance: Stance
    strength: Strength
    cue: str
    """The deciding words, e.g. "must not"; empty when nothing in the text decided it."""
    scope: tuple[str, ...] = ()
    """What the rule applies to, in the vocabulary of :data:`.stance_scope.SCOPES`."""
    qualifier: str | None = None
    """The condition or limit words of the rule, e.g. "providing it conforms …"."""
    cues: tuple[str, ...] = field(default=(), compare=False)
    """Every cue that took part: the rule's words, then its condition or limit."""

    def describe(self) -> str:
        """A one-line summary for people, e.g. "Prohibits (must) — on council equipment"."""
        head = f"{self.stance[0].upper()}{self.stance[1:]}"
        if self.strength != "informative":
            head += f" ({self.strength})"
        details = [scope_phrase(term) for term in self.scope]
        if self.qualifier and self.stance in ("permits with conditions", "restricts"):
            details.append(f"“{self.qualifier}”")
        return head + (" — " + "; ".join(details) if details else "")


def scope_phrase(term: str) -> str:
    """A scope term as it reads after a stance: ``council equipment`` → ``on council equipment``,
    ``meetings`` → ``at meetings``."""
    if term == "meetings":
        return "at meetings"
    return f"on {term}" if term.endswith(("equipment", "accounts")) else term


_SENTENCE_END = compile_pattern(r"(?<=[.!?;])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)\s+", re.I)
"""The end of a sentence; "e.g." and "i.e." never end one, nor "etc." ("the Health and Safety at Work etc. Act 1974")."""
_LIST_MARK = compile_pattern(r"^\s*(?:[-+*•]|\d+[.)]|\d+(?:\.\d+)+\.?|\((?:[a-z]|[ivx]+)\)|[a-z]\))\s+", re.MULTILINE)
_CLAUSE_BREAK = compile_pattern(
    r"(;\s*|:\s+(?=\S)|,\s+(?=in\s+which\s+case\b)"
    r"|\s[-–]\s|,\s+and\s+(?=(?:you|they|staff|employees|members|officers|councillors|workers|colleagues|personnel|managers|users)"
    r"\s+(?:must|should|shall)\s+(?:avoid|refrain)\b)"
    r"|,?\s+and\s+(?=(?:do not|don't|never|avoid|will not|won't|(?:has|have) to|must|shall(?! be\b))\b|(?:(?:you|they|we|staff|employees|members|officers|"
    r"councillors)\s+)?(?:must|should|shall)\s+(?:not|never)\b|(?:you|they|staff|employees|members|officers|councillors)\s+(?:must|shall)\b"
    r"|not\s+(?!that\b|(?:to|through|via|by|with|from|for|in|on|at)\b|(?:[a-z]+(?:ed|ing|ly)\b))[a-z]+\s+(?:it|them|any|the|a|an|your|their|this|these|those|him|her|"
    r"anyone|anything)\b)|,\s+(?=avoid\b(?!\s+(?:any\s+)?(?:behaviour|conduct|situations?|actions?)\b))|(?<!\bwho)(?<!\bwhich),\s+(?=(?:but|however|whilst|while|although|though|yet)\b)"
    r"|,\s+(?=(?:if|when|where)\b[^,.;]{0,100},\s*(?:do not|don't)\b)"
    r"|(?<!\bnobody)(?<!\bno one)(?<!\bno-one)(?<!\bnone)\s(?=but\s+(?:should|must|need|shall|are|is|will|they|you|staff|employees|it|this|these|those|such|(?:we\s+)?(?:would\s+)?"
    r"(?:ask|request)\s+(?:that|you|users|all)\b|"
    r"personal)\b|but\s+(?:[\w'-]+\s+){1,3}(?:is|are)\s+(?:not\s+(?:permitted|allowed)|prohibited|forbidden|banned)\b)"
    r"|\s(?=however\s+(?:we|you|they|staff|employees|users|members|the|it|this)\b)"
    r"|\s+and\s+(?=(?:where|if|when)\s+(?:they|you|he|she)\s[^,.;]{1,100}?\s(?:they|you|he|she)\s+(?:are|is)\s+not\s+"
    r"(?:entitled|permitted|allowed)\b)"
    r"|\s+and\s+(?=(?:may|can)\s+only\b|(?:stop|cease)\s+\w+ing\b"
    r"|only\s+(?!if\b|when\b|where\b|after\b|once\b)(?:[\w-]+\s+){1,4}?(?:may|can|must|should)\s+(?:\w+ly\s+)?be\b)"
    r"|,?\s+and\s+(?=(?:therefore|thus|hence|consequently|so)\s+(?:must|should|shall)\s+(?:not|never)\b)"
    r"|,?\s+and\s+(?=(?:we|I)\s+(?:would\s+)?(?:also\s+)?(?:ask|request)\s+(?:that|you|all)\b)"
    r"|\s\((?=(?:you|staff|users|they|it|this)\s+(?:are|is|must|should|may|will)\s+not\b)"
    r"|\s+and\s+(?=(?:all|any|each|every)\s+(?:[\w-]+\s+){0,2}?(?:must|should|shall)\s+be\b)"
    r"|,?\s+and\s+(?=(?:(?:the|their|your|its|his|her)\s+)?(?:[\w-]+\s+){1,2}?(?:must|should|shall)\s+(?:not|never)\s+be\b"
    r"|no\s+(?:[\w-]+\s+){0,2}?(?:(?:shall|may|must|should)\s+be|is\s+to|are\s+to)\b))", re.I)
"""Where a sentence's clauses meet; the break is captured, so that a split keeps it. "and" before a condition and its
own ban ("… and where they have an interest they are not entitled to take part") starts a clause, and so does a passive ban
of another thing ("… must be kept in a locked box, and the key must not be left with it", "… and no payments shall be made"); a concession set off
just after "who" or "which" ("any person who, although not given the title, is required to …") is an aside in the
relative clause, no break."""
_CONTRAST = compile_pattern(r"^(?:,\s*)?(?:but|however|yet)\b", re.I)
_CONCESSION = compile_pattern(r"^(?:while|whilst|although|though|even though|even if)\b", re.I)
_HAS_MODAL = compile_pattern(r"\b(?:must|should|shall|need|needs|will)\b", re.I)
_LIST_STANDARD = compile_pattern(r"\bwill\b(?! (?:\w+ )?include\b| not\b| never\b| be (?!being\b)\w+ing\b)(?=[^.;]*:$)", re.I)
"""A lead-in of standards ("Communications will meet the following criteria:"), not of examples ("these will include:")
nor of what is to happen ("The Commission will be processing personal data for the following purposes:")."""
_CRITERIA = compile_pattern(r"\b(?:criteria|conditions|tests)\b[^.;]{0,120}\b(?:acceptable|appropriate|permissible|permitted|"
                           r"allowed|reasonable)\b[^.;]*:$|\b(?:judged|deemed|considered|regarded|treated as)\s+(?:to be\s+)?"
                           r"(?:acceptable|appropriate|reasonable|permissible)\b[^.;]{0,40}\b(?:where|when|if|provided(?: that)?|"
                           r"as long as)\s*:$"
                           r"|\b(?:authori[sz]ed|acceptable|permitted|permissible|appropriate) (?:personal )?uses? "
                           r"(?:of [^.;:]{1,60}? )?(?:is|are) (?:\w+ )?(?:that|which)\s*:$", re.I)
"""A lead-in of criteria a use is judged by ("Authorised uses of Council telephones are calls that:"): each item is a
limit the use must keep to."""
_TO_DO = compile_pattern(r"^(?:what|which \w+) (?:you (?:need|have) )?to (?!expect\b|know\b|look\b|find\b|read\b)\w+\s*:$", re.I)
"""A heading used as a lead-in ("What to record:"): the items are what the reader is to do it to."""
_UNDERTAKING_LEAD = compile_pattern(r"^(?:in order to [^.;:,]{1,80},\s*)?(?:all |every |each )?(?:staff|employees?|members?|officers?|governors?|trustees?|volunteers?|"
                                   r"users?|workers?|colleagues?|personnel|I|we)(?: (?:members?|of staff))? (?:also )?"
                                   r"(?:agrees?|undertakes?|promises?|pledges?) to(?: the following)?\s*:$", re.I)
"""What people undertake in an agreement they sign ("All staff agree to:"): each item binds them."""
_REQUIREMENTS_HEAD = compile_pattern(r"^(?:[^.;:]{0,40}?,\s*)?(?:the\s+)?(?P<what>requirements|rules|obligations|duties|expectations)"
                                    r"(?:\s+(?:for|of|on)(?:\s+[\w'-]+){1,3}?)?\s+(?:\w+ly\s+)?include\s*:$"
                                    r"|^(?:(?:our|staff|employee|expected|required|professional|key|core)\s+)?(?P<how>behaviours|standards of "
                                    r"(?:behaviour|conduct))\s*:?$"
                                    r"|^(?:(?:your|key|main|principal|core|general|specific)\s+)?(?:duties|responsibilities)"
                                    r"(?:\s+and\s+(?:duties|responsibilities))?\s*:?$", re.I)
"""A lead-in that names what the items are ("For staff, requirements typically include:", a heading "Staff
Behaviours", the heading of a role's "Key duties and responsibilities:"): each item is a duty ("Not identifying
themselves …" a ban, "To attend panel meetings" a duty); expectations and behaviours are asked for, as "should"."""
_SANCTIONED = compile_pattern(r"\b(?:anybody|anyone|any\s+\w+|those)\s+(?:who\s+(?:is|are)\s+)?(?:caught|found)\s+\w+ing\b[^.;]*?\b"
                             r"will\s+be\s+(?:excluded|expelled|dismissed|suspended|banned|removed|prosecuted)\b", re.I)
"""A sanction on whoever is caught breaking a rule ("Anybody caught stealing … will be excluded"): a consequence."""
_CONFIRMS_LEAD = compile_pattern(r"\bconfirms? that (?:they|he|she|you|I|we|the \w+)\s*:$", re.I)
"""What a hirer or user "confirms that they:" do or will do, in terms they accept: each item binds them."""
_FIRST_PERSON = compile_pattern(r"(?-i:\bI\b)|\b(?:my|me|myself)\b|^am\b", re.I)
"""An item in the voice of the one it binds: "Continuously improve my performance", "Am an ambassador"."""
_EXCEPTIONS_LEAD = compile_pattern(r"\b(?:may|can)\s+(?:also\s+)?be\s+(?:\w+\s+){1,3}?except(?:\s+(?:where|when|if|in|for))?\s*:$"
                                  r"|\b(?:may|can|invites?|allows?|permits?)\s[^.;:]*\b(?P<proviso>(?:provided|providing|on condition|as long as|"
                                  r"so long as)(?:\s+that)?|subject to the following (?:provisions|conditions|rules))"
                                  r"\s*:$",
                                  re.I)
"""A permission whose exceptions or conditions are the items ("these may be used anywhere except where:", "the
information may be copied without formal permission, provided that:")."""
_OPEN_CONDITION = compile_pattern(r"\b(?:if|where|when|whenever|unless)(?:\s+(?:they|it|you|he|she|(?:the|a|an|any)\s+[\w-]+))?\s*:$",
                                 re.I)
"""A condition a lead-in leaves for its items to complete ("We reserve the right to reject comments if they:", "Your
comment has grounds to be removed if:")."""
_ITEM_LIMITED = compile_pattern(r"but only\b|^(?:please )?(?:only )?(?!(?:must|should|shall|may|can|will|is|are|be)\b)(?-i:[a-z]+)(?<!ed)"
                                r"(?: (?:[\w-]+ ){0,3}?only)?(?: (?:in|for|when|if|during|until|as long))?$", re.IGNORECASE)
"""A limit added to an item's act ("…, but only when …"), or an item's act limited at its start ("keep records only for
…", "only post …"), which has no modal of its own."""
_OPEN_ASIDE = compile_pattern(r"\b(?:may|must|should|can|will|shall)(?: also| only)?, [^,;.]+:$", re.I)
"""A lead-in that ends inside an aside after its modal ("You may, with your manager's agreement:"), which the item closes."""
_TO_LEAD = compile_pattern(r"\bto\s*:$", re.I)
"""A lead-in that ends on "to" ("Staff are encouraged to:"): every item is the verb it governs."""
_BARE_PERMISSION = compile_pattern(r"\b(?:may|can)\s*:$", re.I)
"""A lead-in that ends on its modal ("You may:"): every item is the verb that modal governs."""
_ADVISING_LEAD = compile_pattern(r"\b(?:(?:we|i) (?:would )?(?:strongly )?(?:recommend|suggest|advise)(?: that)?(?: you| staff| employees| members| users)?"
                                 r"|(?:you )?(?:may|might) (?:also )?find it (?:\w+ )?(?:helpful|useful)(?: to)?"
                                 r"|it (?:is|may be|can be|would be|might be) (?:\w+ )?(?:helpful|useful|sensible|wise|a good idea)(?: to)?"
                                 r"|(?:can|may) expect to|it (?:may|might|can|will|often) help(?:s)? (?:you )?to)\s*:$", re.I)
"""A lead-in that advises or tells what to expect ("We recommend that you:", "You may find it helpful to:", "the employee can
expect to:"): its items are advice or what is offered, not imperatives."""
_NOTE_LEAD = compile_pattern(r"\b(?:(?:should|must|please) )?note(?: that)?\s*:$", re.I)
"""A lead-in that asks the reader to note what follows ("Hirers should note:"): a fact noted is told, not asked."""
_TABLE_QUESTION = compile_pattern(r"\|[^|]*\?\s*(?:\|[^|]*)*$")
"""A table's header whose column asks a question ("Use | Permitted?", "Type of gift | Can I accept? | Action")."""
_ROW_ANSWER = compile_pattern(r"\|\s*(?P<word>yes|no)\b(?P<rest>.*)$", re.I)
"""A table row's answer to its header's question, and all the row says after it."""
_EXCEPTIONS_HEAD = compile_pattern(r"^(?:the\s+)?(?:only\s+)?(?:exceptions?|exemptions?)(?:\s+to\s+(?:this|the|these|that)"
                                   r"(?:\s+(?:rules?|bans?|prohibitions?|restrictions?|requirements?|polic(?:y|ies)))?)?"
                                   r"(?:\s+(?:are|is|include|will be|would be))?(?:\s+as\s+follows)?\s*:$", re.I)
"""A lead-in that names what follows as exceptions to the rule before it ("… must not be eaten at workstations. Exceptions
to this rule are:"): each item is allowed, as the rule's exception."""
_LIST_OF_USES = compile_pattern(r"\b(?:(un|in|not )?(?:acceptable|appropriate|permitted|allowed) (?:(?:personal|private|business|"
                               r"internet|e-?mail|social media|computer|IC?T|network|online) )?(?:uses?|behaviours?|"
                               r"conduct|activities)|(?P<mis>misuse|improper use|unauthori[sz]ed use|(?:prohibited|forbidden|banned) "
                               r"(?:uses?|behaviours?|conduct|activities)))\b"
                               r"(?!\s+(?:polic(?:y|ies)|agreements?|statements?|code|guidelines|guidance)\b)(?=[^.;]*:$)", re.I)
"""A lead-in that lists (un)acceptable uses ("Examples of unacceptable use include:", "Misuse includes:", "Acceptable
personal use includes:"), not one that names a document ("abide by the Acceptable Use Policy, key provisions of which include:")."""
_HEADING_OF_USES = compile_pattern(r"^(?:(un|in|not |prohibited |forbidden )(?:acceptable |appropriate |permitted |allowed )?"
                                  r"|(?:acceptable|appropriate|permitted|allowed) )(?:uses?|activities|behaviours?)\s*:?$", re.I)
"""A heading over a list of uses ("Prohibited Activities"): a lead-in that is only that."""
_OFFENCES_LEAD = compile_pattern(
    r"\bthe following\b[^.;:]{0,60}?\b(?:(?:is|are|will be|would be|shall be)\s+(?:(?:deemed|considered|regarded|treated|"
    r"classed)\s+(?:as\s+)?)?(?:an?\s+)?(?:(?:some\s+)?examples\s+of\s+)?(?:(?:serious|disciplinary|criminal)\s+)?(?:offen[cs]es?|misconduct|gross misconduct|misuse|"
    r"breach(?:es)?\b)|(?:contravenes?|breach(?:es)?|breaks?|violates?|infringes?)\s+(?:these|this|the|our)\b)"
    r"|\b(?:(?:is|are|will be|would be)\s+(?:(?:deemed|considered|regarded)\s+(?:as\s+)?)?(?:unacceptable|inappropriate|"
    r"not (?:acceptable|appropriate|permitted|allowed)|prohibited|forbidden)|(?:will|would|shall) not be (?:acceptable|"
    r"appropriate|permitted|allowed|tolerated))\b(?=[^:]*\b(?:where|if|when|whenever|which|that)\b"
    r"[^:]*:$)"
    r"|\bthe following\b[^.;:]{0,60}?\b(?:should|must|shall|will|are to)\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?(?:declined|refused|"
    r"rejected|avoided|turned down)\b[^:]*:$"
    r"|\bbreach(?:es)?\s+of\s+(?:the|this|our|these)\s+(?:[\w-]+\s+){0,3}?(?:code|policy|rules|regulations|standards)\b"
    r"(?:\s+(?:may|might|can|could|will|would))?\s+(?:also\s+)?includes?\s*:$"
    r"|^examples\s+of\s+(?:[\w-]+\s+){0,4}?(?<!\bdata\s)(?:violations?|breach(?:es)?|offen[cs]es|misconduct|misuse)\b[^.;:]{0,60}?\binclude\b[^.;:]*:$"
    r"|\b(?:(?:is|are)|(?:considers?|regards?|deems?)\s+(?:[^.;:]{1,60}?\s+)?(?:to\s+be|as))\s+(?:forms?|types?|examples?|acts?)\s+of\s+(?:[\w-]+\s+)?"
    r"(?:bullying|harassment|abuse|discrimination|misconduct|victimi[sz]ation)\s*:$", re.I)
"""A lead-in that lists offences ("The following activities contravene these regulations and are deemed a serious
offence", "A breach of the Code may include:", "Examples of network security violation include:", behaviour "the
University considers to be forms of online bullying:"), what makes a thing forbidden ("An association will not be acceptable
where it has the potential to:") or what is to be turned down ("the following should be politely declined:"): each
item is an act the rule forbids."""
_NEGATED_ITEM = compile_pattern(r"^(?:not|never|no|do not|don't|do nothing)\b|^(?:avoid|refrain from)\b(?! (?:\w+ )?(?:behaviour|conduct|situations?|actions?)\b)"
                               r"|^(?:it|they|this|such use|the use)\s+(?:does|do|is|are|will|must|should)\s+not\b"
                               r"|^(?:(?:the|each|every|any|all)\s+)?(?:users?|staff|employees?|pupils?|students?|members?|"
                               r"officers?|councillors?|visitors?|you)\s+(?:does|do)\s+not\b", re.I)
"""An item that negates the obligation of its lead-in: "not …", or "avoid" an act ("must: Avoid
using personal email accounts"); avoiding a kind of behaviour stays a duty of care."""
_ASIDE = compile_pattern(r"\s*\([^()]*\)")
_PROMISE_LEAD = compile_pattern(rf"(?:\bwe|\b(?:the|our) {BODY_NOUN})\s+(?:will|'ll|shall|promise|commit|undertake|aim)\b"
                               r"(?:[^.;:]*?\b(?:ensure|make sure))?\s+(?:that\s+)?"
                               rf"(?:our|its|all (?:of )?our)\s+(?:[\w-]+\s+)?(?:{STAFF}|"
                               r"teams?|people|advis[eo]rs)(?:\s+will)?\s*:$", re.I)
"""A lead-in where the body promises what its staff will do ("We will ensure that our staff:")."""
_PROVISION_LEAD = compile_pattern(r"\bwill\s+(?:\w+ly\s+)?be\s+(?:afforded|offered|given|provided\s+with)\s+(?:the\s+following|these)\b[^:]*:$", re.I)
"""A lead-in that says what someone will be given ("… will be afforded the following protection and support:")."""
_RESPONSE_LEAD = compile_pattern(r"^(?:if|where|when|should)\b[^:]{1,120}?\b(?:unacceptable|inappropriate|abusive|breach\w*|"
                                rf"breaks?|misuse\w*)\b[^:]{{0,60}}?,\s*(?:we|(?:the|our) {BODY_NOUN})\s+(?:will|may)"
                                r"(?:\s+(?:also|then))?\s*:$", re.I)
"""A lead-in where the body says what it does once someone's behaviour crosses a line ("If we consider a resident's
behaviour unacceptable, we will:"): each item is a consequence, but for removing what was posted, the house rule
stated by its enforcement."""
_REMOVES = compile_pattern(r"^(?:\w+ly\s+)?(?:remove|delete|hide|take\s+down|block|ban|report)\b", re.I)
"""An item that removes or blocks what was posted ("Remove the comment"): the house rule, stated by its enforcement."""
_IF_THEY_LEAD = compile_pattern(r"\s(?:if|when|where|because)\s+(?:they|it|he|she|he or she|you|the\s+[\w-]+|an?\s+[\w-]+)\s*:$", re.I)
"""A lead-in that ends on a condition its items complete ("… might limit contact with a person if they:")."""
_PERIOD_RESTRAINT_LEAD = compile_pattern(r"\b(?:from|during|until|between)\b[^.;:]{1,60}?,\s*(?P<cue>we will not)\s*:$", re.I)
"""A lead-in where the body holds back for a period ("from 23 May until 5 July, we will not:")."""
_BODY_ENSURES_LEAD = compile_pattern(rf"\b(?:we|(?:the|our) {BODY_NOUN})\s+will\b[^.;:]{{0,80}}?\b(?:ensure|make sure)(?:\s+that)?\s*:$",
                                    re.I)
"""A lead-in where the body undertakes to secure what its items name ("the council will, in carrying out its duties
ensure:")."""
_WILL_FIRST = compile_pattern(r"^(?:will(?: not| never| always)?|won't|shall(?: not)?)\s+", re.I)
_COMPLETED = compile_pattern(r"\b(?:must|should|shall|will|may|can|need to|ought to|to|that|you|staff|employees|users|"
                            r"members|they|we|please|not)\s*:$", re.I)
"""A lead-in that ends where its sentence goes on in the item ("We ask that you:", "Staff should:")."""
_SET_OFF = compile_pattern(r"(?:when|whenever|while|whilst|if|where|before|after|once|as an?|in (?:your|their|his|her) "
                          r"(?:role|capacity))\b[^,;.]*:$", re.I)
"""A lead-in that is a condition or a role: the item is the main clause that follows it."""
_AIM_LEAD = compile_pattern(r"^(?:we|it|(?-i:[A-Z]{2,6})|(?:the|our) [\w-]+(?: [\w-]+){0,4}?)\s+(?:aims?|intends?|strives?|seeks?|endeavours?|will (?:aim|try|"
                           r"endeavour|strive|seek)|(?:is|are) committed) to\s*:$"
                           r"|^(?:you|[\w-]+s)\s+(?:can|will|should|may)\s+(?:\w+ly\s+)?expect\s+(?:us|the\s+[\w-]+|our\s+[\w-]+)\s+to\s*:$", re.I)
"""A lead-in of what the body aims to do ("We aim to:") or what the reader can expect of it ("You can expect us to:"):
its own commitments, no rule of conduct."""
_DOCUMENT_AIM_LEAD = compile_pattern(
    rf"^(?=[^:]*\b(?:{DOCUMENT}|page|site|account)\b)"
    r"[^:]*(?:\b(?:aims?|purposes?|objectives?|intentions?|goals?)\b(?: of [^.;:]{1,60}?)? (?:is|are) to"
    r"|\b(?:aims?|intends?|seeks?) to|\b(?:is|are|(?:has|have) been) (?:intended|designed|meant|developed|written|produced)"
    r"(?: to (?:assist|help|support|enable|guide) [^.;:]{1,40}?)? to)(?: ensure(?: that)?| make sure)?\s*:$", re.I)
"""A lead-in of what a document is for ("The aim of this policy is to:", "This protocol is intended to:", "The Code has
been developed to assist Officers to:"): its items say what the document does, no rule of conduct."""
_PERMITTED_WHEN = compile_pattern(r"\b(?:is|are|will\s+be|may\s+be)\s+(?:\w+ly\s+)?(?:allowed|permitted)\s*:$", re.I)
"""A lead-in that grants something it names, not an act of its items ("Exceptional visiting will be allowed:")."""
_CIRCUMSTANCE_ITEM = compile_pattern(r"(?:for|when|where|if|during|in\s+(?:the\s+)?(?:case|event)\s+of|with|at)\b", re.I)
"""An item that is a circumstance, not an act: "For end of life care", "When a patient is very unwell"."""
_CONTENTS_LEAD = compile_pattern(rf"\b{DOCUMENT}\b[^:]{{0,60}}?\b(?:which|that) {SETS_OUT}\s*:$", re.I)
"""A lead-in that lists what a document it names sets out ("download the Warning Indicator Policy which sets out:"): each
item says what the document holds, not a rule of its own."""
_SAYS_THAT = compile_pattern(r"^(?:make (?:it )?clear|give (?:an? )?(?:clear |strong )?message|state|explain|show|set out|"
                            r"remind (?:\w+ )?|emphasi[sz]e|stress|highlight|reinforce)\b[^.;]{0,40}?\bthat\b", re.I)
"""An aim that says a rule ("Make clear that abuse is unacceptable"): the rule is what is said, not the item's own."""
_UNDERSTANDING = compile_pattern(r"\bon (?:the )?(?:understanding|condition|basis) that\s*:$"
                                r"|\b(?:require|requires|insist|insists) that\b[^.;:]*:$", re.I)
"""A lead-in on which a use is given ("… provided on the understanding that:"), or that requires what its items
say ("We require that all those commenting on our channels:"): each item is a duty of its users."""
_ASKING_LEAD = compile_pattern(r"\b(?:ask|request)(?:s|ed)?\s+(?:that\b|you\b|(?:all\s+)?(?:users|visitors|members|everyone|people)\b)", re.I)
"""A lead-in that asks its readers to keep to what follows: a bare "Do not" under it is asked, as "should" is."""
_JOINED_NEGATIVE = compile_pattern(r"(\b(?:and|but)|,)\s+(?:(?:avoid|do not|don't|never|refrain from)\b|not (?!(?:only|just|merely|"
                                  r"too|so|very|as|always|necessarily|least|yet|an?|the|any|from|by|for|in|on|with)\b)(?=\w+ly [a-z]+\b|[a-z]+ [a-z]))", re.I)
"""A ban joined to an item's first verb: "Stay on topic and avoid …", "Keep your password secure, do not share it"."""
_TITLED_ITEM = compile_pattern(r"(?-i:[A-Z])[\w'-]*ing\b[^.;:–—]{0,80}?\s[-–—]\s+", re.I)
"""An item headed by what it is about, then a dash: "Avoiding the disclosure of confidential information – …"."""
_COMMITTEE_ASKED = compile_pattern(rf"^{COMMITTEE}[^:]{{0,30}}?\b(?:is|are) (?:asked|requested|recommended|invited) to\s*:$", re.I)
"""A report's recommendation to a committee ("The Committee is asked to:"): its items are decisions sought, no rule."""
_BODY_ACTS = compile_pattern(r"^(?:(?:if|where|when|whenever|once|should)\b[^,.;]{0,80},\s*)?(?:we|the (?:"
                            + BODY_NOUN + r"|moderators?))\s+(?:will|may|can|shall|would|'ll|(?:\w+ly\s+)?(?:check|close|monitor|"
                            r"review|keep|store|hold|process|delete|remove|suspend|disable|record|log)s?)\b", re.I)
"""An item whose main clause tells what the body will or may do, or does ("We check and close inactive accounts")."""
_RULES_BROKEN = compile_pattern(r"\b(?:break|breach|contravene|violate|infringe|ignore|(?:do|does|did) not (?:follow|comply with|keep to|"
                          r"observe|meet))\w*\b[^.;:]*?\b(?:the following|these|the (?:rules|guidelines|terms) below|below)\b"
                          r"[^.;]*:$", re.I)
"""A lead-in that enforces the rules it lists ("We reserve the right to remove contributions that break the
following rules:"): each item is one of those rules, read by itself."""
_REFUSED_LEAD = compile_pattern(
    r"^(?:we|(?:the|our) " + BODY_NOUN + r")\s+(?:will not|won't|do not|don't|does not|shall not)\s+(?:[\w ]{1,25}?\s+or\s+)?"
    r"(?:accept|publish|allow|permit|tolerate|host|display)(?:\s+the\s+following(?:\s+[\w-]+){0,2})?\s*:$", re.I)
"""A lead-in where the body refuses what others post ("We will not accept:"): each item is content its readers are
forbidden to post, as under "We will not publish comments that are:"."""
_REPORTED_LEAD = compile_pattern(r"\b(?:recogni[sz]ed|noted|acknowledged|resolved|concluded|found|stated|reported|agreed)\s+that\s*:$",
                                re.I)
"""A lead-in that reports what a meeting or a body recognised or resolved ("passed a Motion which recognised that:")."""
_REMOVED = compile_pattern(r"\bwill\b.*\b(?:removed|deleted|hidden)$", re.I)
"""What a removal cue says will happen to a post ("will be removed")."""
_NAME_DEFINED_LEAD = compile_pattern(r"^(?!(?:This|That|These|It|Our|The|Its|Their|Your)\b)(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,4}"
                                    r"\s+(?:is|means):$")
"""A lead-in that defines a name ("Freedom To Speak Up is:"), whose items say what it is."""
_DEFINES_UNACCEPTABLE_LEAD = compile_pattern(r"^(?:(?:examples of )?what (?:we|the [\w-]+) (?:define|consider|regard)s? as )?"
                                            r"unacceptable (?:behaviou?rs?|conduct)\b[^:.;]{0,60}?\b(?:includes?|(?:is|are) defined as)?"
                                            r"(?:,? but (?:is )?not limited to)?\s*:$", re.I)
"""A lead-in that says what counts as unacceptable behaviour ("Unacceptable behaviour includes, but is not limited to:"); a
list of "Examples of unacceptable behaviour" names what is forbidden."""
_MINUTED = compile_pattern(r"^the (?:chair|chairman|clerk|mayor) (?:explained|reported|noted|stated) that\b", re.I)
"""A minute of what the Chair or the Clerk explained at a meeting ("The Chair explained that the public are welcome …"):
a record of what was said, no rule of the minutes' own."""
_OWN_COMMITMENTS_HEAD = compile_pattern(r"^(?:our|the " + BODY_NOUN + r"'s) (?:responsibilities|commitments|promises|pledges|"
                                       r"service standards)\s*:?$|^(?:the|our) (?:[\w-]+ )?" + BODY_NOUN
                                       + r" (?:complies|meets|fulfils|discharges)\b[^:]{0,200}\bby\s*:$", re.I)
"""A heading of what the body owes ("Our responsibilities"), over items it keeps, not rules for those it addresses."""
_BODY_WILL_LEAD = compile_pattern(r"^(?:as an? [\w-]+(?: [\w-]+)?,?\s+)?(?:we|(?:the|our) " + BODY_NOUN + r"|(?:the|this|our) (?:protocol|policy|code|guidance|strategy|"
                                 r"procedure|charter|framework))\s+(?:will|shall|won't)(?:\s+(?:not|never|always|also))?"
                                 r"(?:\s+[^.;:]{1,80}?\s+and\s+will(?:\s+(?:not|also|always))?)?\s*:$"
                                 r"|^(?:(?:when|whenever|if|once|where) [^,.;:]{1,80}?,?\s+)?(?:we|(?:the|our) " + BODY_NOUN
                                 + r")\s+will\s+(?:\w+ly\s+|also\s+)?(?:tell|inform|let)\s+you(?:\s+know)?(?:\s+(?:about|of|that|whether))?\s*:$", re.I)
"""A lead-in where the body, or its document, says what it will (not) do ("We will not:", "The protocol will:", "We will
respond positively to all reasonable media requests and will:", "As a College we will...") or tell the reader ("When we
collect your data we will normally tell you:"): each item is read as one sentence with it."""
_FRONTED = compile_pattern(r"^(?:in addition|additionally|also|furthermore|(?:on|in|through|across|via) (?:[\w-]+ ){0,3}?[\w-]+)"
                          r"(?:,\s*|\s+)(?=(?:we|(?:the|our|this) [\w-]+)\s+(?:will|shall|won't)\b[^:]*:$)", re.I)
"""A phrase that opens a lead-in before the body's "will" ("On social media we will:"): no part of who acts."""
_LEAD_OPEN_END = compile_pattern(r"\s*[–—]\s*$|\s+-\s*$|\s*(?:\.\.\.|…)\s*$")
_PROMISED_OUTCOME = compile_pattern(rf"^((?:please )?(?:{_IMPERATIVES})\b[^.;:]*?),?\s+and (?:you|we|they)(?:'ll|'d| will| would| should|"
                                   r" shall| can)\b[^.;:]*(?=:$)", re.I)
"""A lead-in that promises what following its items brings ("Follow these principles and you should never be in
breach of the full IT Regulations:"): the modal belongs to the outcome, and the lead-in is its imperative."""
_ANSWERABLE = compile_pattern(r"\b(?:responsible|liable|accountable) for\b|\bresponsibility$", re.I)
"""An item that states what the reader answers for ("you are responsible for any content you post", "Any password
issued to a user becomes his/her responsibility"): a fact of its own."""
_RANK: dict[Stance, int] = {"prohibits": 0, "restricts": 1, "requires": 2, "permits with conditions": 3,
                           "permits": 3, "advises": 4}


@dataclass(frozen=True)
class _Located:
    finding: Finding
    start: int
    """Where the cue starts in the whole text."""
    sentence: tuple[int, int]
    concession: bool
    contrast: bool = False
    """Whether the clause opens with "but", "however" or "yet"."""


def in_document(reading: StanceReading, title: str | None) -> StanceReading:
    """``reading`` with the scope its document's title gives every clause in it
    (:func:`.stance_scope.title_scope`: "Protocol on filming council meetings" adds ``meetings``)."""
    given = title_scope(title)
    return replace(reading, scope=_ordered(reading.scope, given)) if given else reading


@lru_cache(maxsize=16384)
def propose_stance(text: str, lead_in: str | None = None) -> StanceReading:
    """Propose the stance, strength, scope and qualifier of a clause from its wording.

    Remembered: a build reads the same clause for several pages (the reading is immutable).

    `text` is the clause's Markdown text; `lead_in` is the parent clause's text when the
    clause is a list item (e.g. "Authorised Users must not:"), whose rule governs an item
    that states none of its own. Contractions read as their full forms ("mustn't" as "must
    not"), and the cues quote the words as written.
    """
    item = _plain(text)
    lead = _plain(lead_in) if lead_in else ""
    reading = _propose(normalised(item), normalised(lead))
    return _as_written(reading, f"{item} {lead}")


def _propose(item: str, lead: str) -> StanceReading:
    if lead and _TABLE_QUESTION.search(lead) and (cell := _ROW_ANSWER.search(item)):
        # "Use | Permitted?" + "Checking personal email | Yes": a table row answers its header's question; what the row
        # adds after "Yes" ("Yes – on silent", "| Yes | Record it on the register") is a term of the grant.
        scope, cue = read_scope(item), cell["word"]
        if cue.lower() == "no":
            return StanceReading("prohibits", "must", cue, scope, cues=(cue,))
        if re.search(r"\w", cell["rest"]):
            return StanceReading("permits with conditions", "may", cue, scope, cell["rest"].strip(" |–—-,;."), cues=(cue,))
        return StanceReading("permits", "may", cue, scope, cues=(cue,))
    if lead and _ASKED_LEAD.search(lead) and _ANSWER_ITEM.match(item) \
            and (answered := _read(normalised(f"{lead} {item}"))) is not None:
        # "Q: Can I use my laptop on the train?" + "A: Yes, as long as …": the item answers the lead-in's question
        return answered
    if lead:
        # A lead-in that ends on a dash ("We will not –") or an ellipsis introduces its items as a colon does.
        last = _SENTENCE_END.split(lead)[-1]
        governing = _FRONTED.sub("", _LEAD_OPEN_END.sub(":", last))
        if _PROMISED_OUTCOME.match(governing):
            governing = _PROMISED_OUTCOME.sub(r"\1", governing)
            lead = lead[:len(lead) - len(last)] + governing
        if _PROMISE_LEAD.search(governing) and _read(_WILL_FIRST.sub("", item), modal_only=True) is None:
            # "We will ensure that our staff:" + "answer your letters within 15 working days": what
            # the body promises its staff will do for the reader is its own commitment.
            return _no_rule(item, governing)
        if _PROVISION_LEAD.search(governing) and ((own := _read(item, modal_only=True)) is None
                                                  or own.stance == "requires" and own.cue.lower().startswith("will")):
            # "Any employee that does report suspected wrongdoing will be afforded the following protection and support:" +
            # "The Council will take all reasonable steps to protect the employee": what the body gives, its commitment.
            return _no_rule(item, governing)
        if (restraint := _PERIOD_RESTRAINT_LEAD.search(governing)) is not None:
            # "Therefore, from 23 May until 5 July, we will not:" + "Announce new funding": what the body holds back
            # for a period (an election's) is a rule on its own communications.
            cue = restraint.group("cue")
            return StanceReading("prohibits", "must", cue, _ordered(read_scope(item), read_scope(governing)), cues=(cue,))
        if _RESPONSE_LEAD.search(governing) and not _REMOVES.match(item):
            # "If we consider a resident's behaviour unacceptable, we will:" + "Restrict contact": what the body does in
            # response is a consequence, no rule on anyone.
            return _no_rule(item, governing)
        if _IF_THEY_LEAD.search(governing) and _read(governing) is None and _read(item, modal_only=True) is None:
            # "Social Security Scotland might limit contact with a person if they:" + "pose a risk to the safety of
            # their staff": each item is a condition of what the lead-in says happens, no act asked of anyone.
            return _no_rule(item, governing)
        if _BODY_ENSURES_LEAD.search(governing):
            # "To achieve the goal of 'equality for all' the council will, in carrying out its duties ensure:" + "no
            # discrimination on the grounds of age …": what the body undertakes to secure is its own commitment.
            return _no_rule(item, governing)
        if _NAME_DEFINED_LEAD.match(governing):
            # "Freedom To Speak Up is:" + "Talking freely – anyone raising a concern can do so …": what a named thing is.
            return _no_rule(item, governing)
        if _DEFINES_UNACCEPTABLE_LEAD.match(governing) and _read(item, modal_only=True) is None:
            # "Unacceptable behaviour includes, but is not limited to:" + "aggression or verbal abuse": what the body counts
            # as unacceptable is defined, as "Disruptive behaviour is defined as …" is, no rule laid on the reader.
            return _no_rule(item, governing)
        if _REPORTED_LEAD.search(governing) or _COMMITTEE_ASKED.match(governing):
            # "… passed a Motion which recognised that:" + "debate … should not be discouraged": a record
            # of what was recognised or resolved, no rule of the policy's own.
            return _no_rule(item, governing)
        if (_AIM_LEAD.match(governing) or _DOCUMENT_AIM_LEAD.search(governing)) \
                and (_read(_WILL_FIRST.sub("", item), modal_only=True) is None or _SAYS_THAT.match(item)
                     or _ENSURE_LEAD.search(governing)) \
                or _CONTENTS_LEAD.search(governing) and not _SAYS_THAT.match(item):
            # "We aim to:" + "Ensure all staff are aware of their obligations": what the body means to do; "This policy
            # is intended to ensure:" + "That staff will be responsible users": what the document is for; "the Warning
            # Indicator Policy which sets out:" + "how you can request a review": what the document holds.
            return _no_rule(item, governing)
        if exception := _EXCEPTIONS_LEAD.search(governing):
            # "Phones may be used anywhere except where:" + "staff ask you not to": each item is an
            # exception to the permission, or its condition ("… provided that:"), which the lead-in grants with it.
            cue = exception.group("proviso") or exception.group()
            scope = _ordered(read_scope(item), read_scope(governing))
            return StanceReading("permits with conditions", "may", cue, scope, read_qualifier(item) or cue, cues=(cue,))
        if _RULES_BROKEN.search(governing) and (own := _read(item)) is not None:
            # "We reserve the right to remove contributions that break the following rules:" + "Do not
            # swear": the item is a rule the lead-in enforces, not the object of its permission.
            scope = _ordered(own.scope, read_scope(governing))
            return replace(own, scope=scope)
        if refused := _REFUSED_LEAD.match(governing):
            # "We will not accept:" + "Content we consider to be abusive": the body's refusal of what others
            # post states the house rule by its enforcement; an item with a rule of its own keeps it.
            own = _read(item)
            if own is None or own.stance in ("advises", "permits", "permits with conditions"):
                own = StanceReading("prohibits", "must", refused.group(), read_scope(item), cues=(refused.group(),))
            return replace(own, scope=_ordered(own.scope, read_scope(governing)))
        if _SANCTIONED.search(item) and _read(item) is None:
            # "You MUST:" + "Anybody caught stealing … will be excluded and may face legal action": what happens to
            # those who break the rules, no duty the lead-in lays.
            return _no_rule(item, governing)
        if _BODY_ACTS.match(item) and _read(item) is None:
            # "we ask you to adhere to the following:" + "If we need further information, we will ask
            # you to contact us": what the body will do states no rule, whatever the lead-in asks.
            return _no_rule(item, governing)
        if (titled := _TITLED_ITEM.match(item)) and (own := _read(item[titled.end():])) is not None:
            # "Complying with equality laws – take care that you do not publish …": the item names its
            # heading, then states its rule in a sentence of its own, which the lead-in does not complete.
            return replace(own, scope=_ordered(own.scope, read_scope(governing)))
        if (advice := _ADVISING_LEAD.search(governing)) is not None and _read(item, modal_only=True) is None \
                or (advice := _NOTE_LEAD.search(governing)) is not None and _read(item) is None:
            # "We recommend that you:" + "use a different password for each account", "You may find it helpful to:" + "keep a
            # diary": advice, the item no imperative of its own; "Hirers should note:" + a fact is told, not asked.
            cue = advice.group().rstrip(": ")
            return StanceReading("advises", "informative", cue, _ordered(read_scope(item), read_scope(governing)), cues=(cue,))
        inherited = _read_lead(lead, governing)
        if inherited is not None and inherited.stance == "permits" and _PERMITTED_WHEN.search(governing) \
                and _CIRCUMSTANCE_ITEM.match(item):
            # "Exceptional visiting will be allowed:" + "For end of life care.": the lead-in names what it allows, and
            # each item a circumstance it is allowed in.
            return replace(inherited, stance="permits with conditions", qualifier=item.rstrip(" .;"),
                           scope=_ordered(inherited.scope, read_scope(item)))
        if inherited is not None and inherited.stance == "requires" and (own := _read(item)) is not None \
                and own.stance == "restricts" and _ITEM_LIMITED.match(own.cue):
            # "Staff should:" + "Share photographs of pupils, but only when parents agree": the item's
            # limit is the rule, as firm as the lead-in lays it.
            return replace(own, strength=inherited.strength, scope=_ordered(own.scope, read_scope(governing)))
        if governing.endswith(":") and (own := _read(item)) is not None and own.stance == "requires" and _REMOVED.search(own.cue) \
                and (banned := _read(_completed(governing, item))) is not None and banned.stance == "prohibits":
            # "Please don't:" + "Swear or use threatening abusive language, your comment(s) will be removed.": the item names
            # what is forbidden and what follows it; the lead-in's ban stands.
            return replace(banned, scope=_ordered(banned.scope, read_scope(item)))
        first = _SENTENCE_END.split(item, maxsplit=1)[0]
        if inherited is not None and inherited.stance == "permits" and _TO_LEAD.search(governing) and _states_own_rule(first) \
                and (joined := _read(_completed(governing, item))) is not None:
            # "Staff are permitted to:" + "join the staff group, but must use their real name": the item is the verb
            # the lead-in's "to" governs, with the rest of its sentence, not an imperative.
            return replace(joined, scope=_ordered(joined.scope, read_scope(item)))
        sentence_of_its_own = lead.endswith((".", ";")) and _read(item) is not None
        if inherited is not None and not _states_own_rule(first) and not sentence_of_its_own:
            result = _inherit(inherited, item, governing)
            if result.strength == "should" and _REQUIREMENTS_HEAD.match(governing) and _FIRST_PERSON.search(item):
                # "Behaviours" + "Am an ambassador for my Fire and Rescue Service": a code in the voice of those it
                # binds states what each undertakes, as "I will …" does, not what is asked of them.
                result = replace(result, strength="must")
            if result.stance == "requires" and _JOINED_NEGATIVE.search(item) and (own := _joined_ban(item)) is not None:
                # "we ask you to:" + "Stay on topic and avoid posting irrelevant comments": the
                # ban joined to the item's first verb is the rule, as firm as the lead-in asks.
                scope = _ordered(own.scope, result.scope)
                return replace(result, stance="prohibits", cue=own.cue, cues=(own.cue,) + result.cues, scope=scope)
            if result.stance == "requires" and _ENSURE_LEAD.search(governing) and _PERSON_NOT.match(" " + item):
                # "officers must ensure that:" + "images are not used without consent": what is to be seen not to be done
                return replace(result, stance="prohibits")
            if result.stance == "requires" and (own := _read(item, modal_only=True)) is not None \
                    and own.stance in ("prohibits", "restricts"):
                # "we ask you to:" + "Be considerate. Abuse will not be tolerated.": a later
                # sentence of the item forbids, which outranks the lead-in's duty, as one that limits does ("must
                # ensure that:" + "Data is kept safely. It should only be shared with staff who need it.").
                scope = _ordered(own.scope, result.scope)
                return replace(own, scope=scope)
            return result
        if inherited is None and (governing.endswith(":") or _UNPUNCTUATED_LEAD.search(governing)) \
                and (_BARE_PERMISSION.search(governing) or _TO_LEAD.search(governing) or not _states_own_rule(first)):
            # "You may:" + "read personal emails in your own time": the item completes the
            # lead-in's sentence, so the two are read as one.
            # A lead-in that opens on a condition or a role ("When acting as a member:", "As a
            # Member:") is set off from the item's main clause by a comma, as in one sentence.
            joined = _completed(governing, item, comma=bool(_SET_OFF.match(governing) or _OPEN_ASIDE.search(governing)))
            if (continued := _read(joined)) is not None:
                if continued.stance == "requires" and (own := _joined_ban(item)) is not None:
                    # "Please follow these rules:" + "Do not post spam" (or "Keep your password secret, do
                    # not share it"): the item's ban is the rule, where the lead-in says.
                    continued = replace(own, scope=_ordered(own.scope, continued.scope))
                scope = _ordered(continued.scope, read_scope(item))
                return replace(continued, scope=scope)
            if _BODY_WILL_LEAD.match(governing):
                # "We will not:" + "share your personal details": the body's own commitment, read as one sentence.
                return _no_rule(item, governing)
            if _BARE_PERMISSION.search(governing):
                # "If you have any concerns about this policy, you can:" + "speak to your line manager": the item is the
                # verb of the lead-in's modal, never an imperative, and the sentence they make lays no rule.
                return _no_rule(item, governing)
            if _TO_LEAD.search(governing) and (advice := _advice_cue(joined)):
                # "Staff are encouraged to:" + "report suspicious emails": advice, the item no imperative of its own.
                return StanceReading("advises", "informative", advice, _ordered(read_scope(item), read_scope(governing)),
                                     cues=(advice,))
        if _OWN_COMMITMENTS_HEAD.match(governing):
            # "Our responsibilities" + "Treat all residents fairly": what the body owes its tenants or the public.
            return _no_rule(item, governing)
    reading = _read(item)
    if reading is None:
        cue = _advice_cue(item)
        reading = StanceReading("advises", "informative", cue, read_scope(item), cues=(cue,) if cue else ())
    if lead:
        reading = replace(reading, scope=_ordered(reading.scope, read_scope(_SENTENCE_END.split(lead)[-1])))
    return reading


def _completed(governing: str, item: str, *, comma: bool = False) -> str:
    """A lead-in and an item read as one sentence ("You may:" + "read e-mail" → "You may read e-mail"), with a comma between
    where the lead-in is set off from its item."""
    return governing.rstrip(":").rstrip() + ("," if comma else "") + " " + item


def _advice_cue(text: str) -> str:
    """The words of the first piece of advice in ``text`` ("encouraged", "it is important"), if any."""
    return next((f.finding.cue for f in _findings(text) if f.finding.stance == "advises"), "")


def _plain(markdown: str) -> str:
    text = to_plain(_LIST_MARK.sub("", markdown))
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split())


def _as_written(reading: StanceReading, written: str) -> StanceReading:
    """The reading with its cues and qualifier in the words of ``written`` (:func:`.stance_wording.as_written`)."""
    if all(not words or words in written for words in (reading.cue, *reading.cues, reading.qualifier)):
        return reading
    return replace(reading, cue=as_written(reading.cue, written), cues=tuple(as_written(c, written) for c in reading.cues),
                   qualifier=as_written(reading.qualifier, written))


def _own_ban(item: str, *, modal_only: bool = False) -> StanceReading | None:
    """The item's own reading where it forbids: under a lead-in that asks for a duty, a ban of the
    item's own outranks it."""
    own = _read(item, modal_only=modal_only)
    return own if own is not None and own.stance == "prohibits" else None


def _joined_ban(item: str) -> StanceReading | None:
    """The item's own ban, or the ban a comma joins to its first verb ("Keep your password secure, do
    not share it"), which the item's imperative would otherwise govern."""
    if (own := _own_ban(item)) is not None:
        return own
    joined = _JOINED_NEGATIVE.search(item)
    if joined and joined.group(1).lower() in ("and", "but") and joined.group().lower().endswith("not "):
        # "promote equality and not discriminate": a second verb negated under the item's one subject.
        own = _own_ban("Do not " + item[joined.end():])
        return replace(own, cue=joined.group().strip(), cues=(joined.group().strip(),)) if own is not None else None
    return _own_ban(item[joined.end(1):].lstrip(" ,")) if joined and joined.group(1) == "," else None


def _tells_to_know(finding: Finding) -> bool:
    """An item that tells the reader to know something ("Be aware that your use may be monitored"):
    informative whatever its lead-in asks, as "you must be aware that" is."""
    return finding.stance == "advises" and finding.cue.lower().endswith(_KNOWING)


def _states_own_rule(sentence: str) -> bool:
    """Whether a list item's first sentence has a rule of its own, or a modal of its own
    ("It should be noted that …"); an imperative continues the lead-in's sentence."""
    sentence = _ASIDE.sub("", sentence)  # "(gifts under £50 don't need to be declared)" is an aside
    return any(f.finding.own and (f.finding.stance != "advises" or _HAS_MODAL.search(f.finding.cue)
                                  or _ANSWERABLE.search(f.finding.cue) or _tells_to_know(f.finding))
               for f in _findings(sentence))


_UNPUNCTUATED_LEAD = compile_pattern(r"\bthe following(?: \w+)?$", re.I)
"""A lead-in that ends on what it introduces, with no colon ("Avoid the following areas")."""


def _read_lead(lead: str, governing: str) -> StanceReading | None:
    """The rule a lead-in lays on its items. Imperatives do not count ("Read our policy. In
    particular, take a look at the following:"); "will" introducing a list of standards
    ("Communications … will meet the following criteria:") is an obligation."""
    if found := _CRITERIA.search(governing):
        return StanceReading("restricts", "must", found.group(), cues=(found.group(),))
    if found := _TO_DO.match(governing) or _UNDERTAKING_LEAD.match(governing) or _UNDERSTANDING.search(governing) \
            or _CONFIRMS_LEAD.search(governing):
        return StanceReading("requires", "must", found.group(), cues=(found.group(),))
    if found := _OFFENCES_LEAD.search(governing):
        return StanceReading("prohibits", "must", found.group(), cues=(found.group(),))
    if found := _REQUIREMENTS_HEAD.match(governing):
        strength: Strength = "should" if found.group("how") or (found.group("what") or "").lower() == "expectations" else "must"
        return StanceReading("requires", strength, found.group(), cues=(found.group(),))
    if found := _EXCEPTIONS_HEAD.match(governing):
        cue = found.group().rstrip(": ")
        return StanceReading("permits", "may", cue, cues=(cue,))
    reading = _read(governing, modal_only=True)
    if reading is None and not _BARE_PERMISSION.search(governing):
        # A lead-in whose last sentence grants by its bare modal ("… must not use e-mail for personal purposes. However,
        # staff may:") grants; only a last sentence with no rule of its own takes the one before it.
        reading = _read(lead, modal_only=True)
    if reading is None and not _BODY_WILL_LEAD.match(governing) and (found := _LIST_STANDARD.search(governing)):
        reading = StanceReading("requires", "must", found.group(), cues=(found.group(),))
    if reading is None and (found := _LIST_OF_USES.search(governing) or _HEADING_OF_USES.match(governing)):
        negative = found.group(1) is not None or found.groupdict().get("mis") is not None
        stance: Stance = "prohibits" if negative else "permits"
        reading = StanceReading(stance, "may" if stance == "permits" else "must", found.group(), cues=(found.group(),))
    return reading


def _inherit(inherited: StanceReading, item: str, governing: str) -> StanceReading:
    if inherited.stance == "prohibits" and (failing := re.match(r"(?:fail|neglect|omit|forget)\s+to\b", item, re.I)):
        # "Staff must not:" + "fail to declare any interest": a ban on failing to act is a duty to act.
        inherited = replace(inherited, stance="requires", cue=failing.group(), cues=(failing.group(),) + inherited.cues)
    elif inherited.stance == "requires" and (only := re.match(r"(?:only|solely|exclusively|strictly)\b", item, re.I)):
        # "The accounts are to be used:" + "solely to promote Council services": the duty is a limit.
        inherited = replace(inherited, stance="restricts", cue=only.group(), cues=(only.group(),) + inherited.cues)
    if (negation := _NEGATED_ITEM.match(item)) and (inherited.stance in ("requires", "restricts") or (
            inherited.stance == "permits" and re.match(r"never|do not|don't|avoid|refrain", negation.group(), re.I))):
        # A bare "Do not …" takes the modal of a lead-in it completes ("We ask that you:" + "Do not
        # post …" is asked); under a lead-in that is a clause of its own ("… follow these rules:") it
        # is as firm as "must not". Under a grant's lead-in ("Examples of acceptable use:"), an item that
        # forbids in its own words ("Never share passwords") forbids.
        bare = negation.group().lower() in ("do not", "don't") and not _COMPLETED.search(governing) \
            and not _ASKING_LEAD.search(governing)
        strength = "must" if bare or inherited.stance == "permits" else inherited.strength
        stance: Stance = "restricts" if bans_outside_breaks(item) else "prohibits"
        inherited = replace(inherited, stance=stance, strength=strength, cue=negation.group(),
                             cues=(negation.group(),) + inherited.cues)
    scope = _ordered(read_scope(item), inherited.scope, read_scope(governing))
    qualifier = inherited.qualifier
    if inherited.stance == "permits" and ((condition := condition_at(item)) is not None
                                          or (condition := approval_first(governing)) is not None
                                          or (condition := _OPEN_CONDITION.search(governing)) is not None):
        inherited = replace(inherited, stance="permits with conditions", cue=condition.group(),
                             cues=inherited.cues + (condition.group(),))
        qualifier = qualifier or read_qualifier(item) or condition.group()
    if inherited.stance in ("permits with conditions", "restricts", "prohibits", "requires"):
        qualifier = qualifier or read_qualifier(item)
    return replace(inherited, scope=scope, qualifier=qualifier)


_NAMED_STANCE = r"(?:approach|policy|stance|attitude)\b"
_QUOTED = compile_pattern(r"(?<=\S)(\s*[\u201c\"])(?!(?:[\w-]+\s){0,2}[\w-]+[\u201d\"]\s+" + _NAMED_STANCE + r")([^\u201d\"]+)(?=[\u201d\"])"
                         r"|(?<=\s)(')(?!(?:[\w-]+\s){0,2}[\w-]+'\s+" + _NAMED_STANCE + r")([^']+)(?='(?:[\s.,;:!?)]|$))", re.I)
"""Words quoted after the clause has begun (a disclaimer to use, a term): no rule of the clause. A short term quoted
to name the clause's own stance (a "'zero tolerance' approach") is read with it."""


def _unquoted(text: str) -> str:
    """The text with the words of each quotation blanked out, keeping every position."""
    return _QUOTED.sub(lambda m: (m.group(1) or m.group(3)) + re.sub(r"\S", "x", m.group(2) or m.group(4)), text)


_AND_BREAK = compile_pattern(r"\s+and\s+$", re.I)
_YOUR_PROVISO = compile_pattern(r"\b(?:provided(?: that)?|providing(?: that)?|as long as|so long as|on condition that)\s+"
                                r"(?:you\s+[^,;:()]*|(?:they|we|he or she)\s+[^;:()]*)$", re.I)
"""A proviso on what "you" (or "they", "we") do, whose "and do not" is its second verb ("Yes, as long as you are not in
uniform and do not take part"; "provided that they go as a group, are accompanied … and do not engage"): a proviso does
not end on an imperative."""
_SERIES_AND = compile_pattern(r",\s+and\s+", re.I)
"""The comma and "and" before the last of a series ("clean, changed daily, and do not …")."""
_SECOND_VERB = compile_pattern(r"(?:do not|don't|avoid|never)\b", re.I)
"""A negative second verb after "and" that may share its subject with the clause before it."""
_DASH = compile_pattern(r"\s[-–]\s")
_ADVICE_THAT = compile_pattern(r"^(?:[\w,'-]+\s+){0,6}?it\s+is\s+(?:\w+ly\s+)?(?:recommended|advised|advisable|suggested),?\s+"
                              r"(?:therefore,?\s+)?that\s[^.;:]*$", re.I)
"""Advice in the impersonal "it is recommended that" or "it is advised that", up to an "and should not" in what it
advises ("It is advised, therefore, that staff … and should not publish …")."""
_PLURAL_CONDITION = compile_pattern(
    r"\b(?:where|if|when|whenever|unless|provided(?: that)?|providing|as long as|so long as)\s+"
    r"(?:these|they|those|we|staff|employees|members|users|people|pupils|students"
    r"|(?:the|their|its|our|your|all|any|such|both)\s+(?:[\w-]+\s+){0,2}?(?!(?:is|was|has|does)\b)[\w-]+s)\s+[^,;:()]*$", re.I)
"""A condition whose subject is plural, open at the end of a clause ("… where these cause no difficulties"); a verb
that agrees with a singular ("If the tram is full") is no plural noun."""


_PLURAL_STATEMENT = compile_pattern(r"(?:the|our|these|those|its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:are|were)\s+not\b[^,;:()]*$",
                                   re.I)
"""A statement of what a plural subject is not ("The Communications Team are not health professionals"), whose
"and do not …" is that subject's second verb, not an imperative."""


def _clauses(sentence: str) -> list[str]:
    """The sentence split at each clause break, except that "and do not" after a condition
    with a plural subject is that subject's second verb ("may be followed where these cause
    no difficulties and do not compromise school use"), not an imperative of its own; "do"
    cannot agree with a singular, "you" may be either, and a comma before "and" starts a
    main clause, so those keep the break; nor is "and should not" in what "it is advised that" someone do."""
    parts = _CLAUSE_BREAK.split(sentence)
    clauses = [parts[0]]
    aside = False  # the last clause ends in an aside opened by a dash that holds no rule of its own
    for separator, piece in zip(parts[1::2], parts[2::2]):
        if _SECOND_VERB.match(piece) and _shares_subject(clauses[-1], separator, piece):
            clauses[-1] += separator + piece
        elif _AND_BREAK.fullmatch(separator) and re.match(r"(?:should|must|shall)\s+(?:not|never)\b", piece, re.I) \
                and _ADVICE_THAT.match(clauses[-1]):
            # "It is advised that staff check their settings and should not post …": the second verb shares the subject
            # inside what is advised, so its ban is advised too.
            clauses[-1] += separator + piece
        elif re.fullmatch(r",?\s+and\s+", separator) and re.match(r"(?:not|never)\s+to\b", piece, re.I) \
                and re.search(r"\b(?:advised|encouraged|recommended)\s+to\b", clauses[-1], re.I):
            # "Staff are advised to use a different password, and never to reuse …": the second "to" is advised too.
            clauses[-1] += separator + piece
        elif aside and _DASH.fullmatch(separator):
            # "Any staff member who is concerned about trolls – those behind fake accounts – should report
            # this": an aside set off by two dashes leaves the sentence whole around it.
            clauses[-1] += separator + piece
            aside = False
            continue
        elif _DASH.fullmatch(separator) and _DASH.search(sentence, sentence.index(piece)) and not read_clause(piece):
            clauses[-1] += separator + piece
            aside = True
            continue
        else:
            clauses.append(piece)
        aside = False
    return [part for clause in clauses for part in _advice_then_duty(clause)]


def _shares_subject(before: str, separator: str, piece: str) -> bool:
    """Whether the negative verb opening ``piece`` is the second verb of the clause ``before`` (see :func:`_clauses`),
    or the last of a proviso's series of terms after ", and" ("provided they are clean, changed daily, and do not
    drape …")."""
    proviso = _YOUR_PROVISO.search(before)
    if _AND_BREAK.fullmatch(separator):
        return proviso is not None or (re.match(r"(?:do not|don't)\b", piece, re.I) is not None
                                       and bool(_PLURAL_CONDITION.search(before) or _PLURAL_STATEMENT.match(before)))
    return bool(_SERIES_AND.fullmatch(separator)) and proviso is not None and "," in proviso.group()


_ADVICE_THEN_DUTY = compile_pattern(r"\b(?:advised|encouraged|recommended|invited)\s+to\s+[^,;:]{1,80}?\s+"
                                   r"(?=and\s+(?:(?:also|then|always)\s+)?(?:should|must|shall)\s+(?!not\b|never\b)\w)", re.I)


def _advice_then_duty(clause: str) -> list[str]:
    """A clause of advice joined by "and" to a modal of its own ("are advised to be cautious and should
    consult the Monitoring Officer"): two clauses, the second a duty."""
    if found := _ADVICE_THEN_DUTY.search(clause):
        return [clause[:found.end()].rstrip(), clause[found.end():]]
    return [clause]


def _pieces(sentence: str) -> list[str]:
    """The clauses of a sentence; a concession ends at its first comma ("Whilst it is
    acceptable to X, comments should not …"), where the main clause begins, unless "and" goes on with it, or with no comma where
    "we" begins it after the concession's own verb ("Although comments may sway off topic we reserve …")."""
    pieces: list[str] = []
    for piece in _clauses(sentence):
        head, comma, rest = piece.partition(", ")
        if _CONCESSION.match(piece) and comma and rest:
            while rest.startswith("and ") and ", " in rest:
                # "Whilst we recognise …, and we have no wish to interfere with that, staff must not …": "and" goes on
                # with the concession, which ends at the next comma
                more, _, rest = rest.partition(", ")
                head += ", " + more
            pieces += [head + ",", rest]
        elif (main := _MAIN_WE.match(piece)) is not None:
            pieces += [piece[:main.start("main")], piece[main.start("main"):]]
        else:
            pieces.append(piece)
    return pieces


_QUESTION = compile_pattern(r"(?:(?:and|but|so),? )?(?:can|could|may|might|am|is|are|do|does|must|should|shall|will|would|"
                           r"have|has)\b[^?]*\?$", re.I)
"""A question to be answered "Yes" or "No" ("Can I use Facebook at work?"), where a question that asks what, when or how
("What should a petition contain?") keeps its modal for the answer that follows it."""
_ASKED_LEAD = compile_pattern(r"\?\s*$")
"""A lead-in that is a question."""
_TAIL_QUESTION = compile_pattern(r"(?:\s[-–—]\s+|,\s+)(?P<question>(?:can|could|may|might|am|is|are|do|does|must|should|shall|will|"
                                 r"would|have|has)\b[^?,–—]*\?)$", re.I)
"""A yes-or-no question put after what led to it ("I've been asked to be a governor – is that allowed?")."""
_ASKS_LEAVE = compile_pattern(r"(?:(?:and|but|so),? )?(?:can|could|may|might|(?:am|is|are) (?:i|we|you|staff|employees|"
                             r"it|that|this|(?:[\w-]+ )?[\w-]+s)(?: \w+)? (?:allowed|permitted|able|ok|okay|all right|alright|"
                             r"acceptable|appropriate|possible|fine)\b)", re.I)
_ASKS_DUTY = compile_pattern(r"(?:(?:and|but|so),? )?(?:must|(?:do|does) (?:i|we|you|staff|employees|\w+) (?:still |also |really |\w+ly )?(?:have|need) to|"
                            r"(?:have|has) (?:i|we|you) got to|(?:am|are|is) (?:i|we|you|staff|employees|it|that|this)(?: \w+)? "
                            r"(?:required|obliged|expected|compulsory|mandatory|necessary)\b)", re.I)
_ASKS_ADVICE = compile_pattern(r"(?:(?:and|but|so),? )?should\b", re.I)  # "ought" is read as "should"
_ANSWER = compile_pattern(r"(?P<word>yes|no)\b(?![-'’])|(?P<denied>(?:absolutely|certainly|definitely) not)\b"
                          r"|(?P<only>only)(?=\s+(?:with|if|when|where|after|before|once|outside|during|in|on|at|by|for|from|via|"
                          r"through)\b)|(?P<granted>you (?:can|may))(?=\s*(?:[,.;!]|$))"
                          r"|(?P<refused>you (?:can't|can’t|cannot|can not|may not))(?=\s*(?:[.;!]|$))", re.I)
"""An answer to the question before it, at the start of the next sentence ("No.", "Yes, but only during your breaks.",
"Only with the approval of your manager.", which grants within its condition, or "You can, but …", whose verb is the
question's)."""
_ANSWER_MEANS = {"denied": "no", "only": "only", "granted": "yes", "refused": "no"}
"""What an answer other than "Yes" or "No" means: "Absolutely not" and a bare "You can't." are "No", "You can" is "Yes"."""
_ANSWER_ITEM = compile_pattern(r"(?:A|Answer)\s*[:.]\s|" + _ANSWER.pattern, re.I)
"""An item that answers its lead-in's question ("A: Yes, as long as …", "No.", "Only with your manager's approval.")."""


def _answers(question: str) -> dict[str, tuple[Stance, Strength]] | None:
    """What "Yes" and "No" mean after ``question``: "Can I …? No." forbids, "Do I have to …? No." leaves it free."""
    if _ASKS_DUTY.match(question):
        return {"yes": ("requires", "must"), "no": ("permits", "may")}
    if _ASKS_ADVICE.match(question):
        return {"yes": ("requires", "should"), "no": ("prohibits", "should")}
    if _ASKS_LEAVE.match(question):
        return {"yes": ("permits", "may"), "no": ("prohibits", "must"), "only": ("permits with conditions", "may")}
    return None


_BOUNDS_GRANT = compile_pattern(r"(?:it|this|such use|this use)\s+(?:\w+ly\s+)?(?:(?:must|should|shall|may|can|will)\s+not|cannot)\b",
                                re.I)
"""The main clause after a concession that bounds what the concession grants, naming it by a pronoun."""


_MAIN_WE = compile_pattern(_CONCESSION.pattern + r"\s[^,]*?\b(?:may|might|can|could|will|is|are)\s[^,]*?\s(?P<main>we\s)", re.I)
"""A concession with no comma, and the "we" that begins the main clause after the concession's own verb."""


@lru_cache(maxsize=16384)
def _findings(text: str) -> tuple[_Located, ...]:
    """Every cue of a rule in ``text``, sentence by sentence (remembered: a text is read for
    its rule, for its lead-in's and for whether it states a rule of its own)."""
    written, text = text, _unquoted(text)
    found: list[_Located] = []
    offset = 0
    asked: dict[str, tuple[Stance, Strength]] | None = None  # what "Yes" and "No" answer to the question before
    for sentence in _SENTENCE_END.split(text):
        start = text.index(sentence, offset)
        bounds = (start, start + len(sentence))
        offset = bounds[1]
        if _MINUTED.match(sentence):
            continue  # "The Chair explained that the public … are not allowed to speak": a record of what was said
        question = sentence if _QUESTION.match(sentence) else (tail := _TAIL_QUESTION.search(sentence)) and tail["question"]
        if question:
            # "Should I accept friend requests?": a question asks, and lays no rule; one put after what led to it
            # ("I've been offered a bottle of wine - can I keep it?") asks what its last clause asks
            asked = _answers(question)
            continue
        if asked is not None and (answer := _ANSWER.match(sentence)) is not None \
                and (key := _ANSWER_MEANS.get(answer.lastgroup) or answer.group().lower()) in asked:
            stance, strength = asked[key]
            found.append(_Located(Finding(stance, strength, answer.group(), answer.start()), start + answer.start(), bounds, False))
        asked = None
        position, previous, contrasted = 0, "", False
        pieces = _pieces(sentence)
        # "Although personal use is permitted, it must not interfere with work": the main clause bounds the act the
        # concession grants, as "… is permitted but must not …" does
        bounded = {i for i in range(len(pieces) - 1) if _CONCESSION.match(pieces[i]) and _BOUNDS_GRANT.match(pieces[i + 1])}
        for index, piece in enumerate(pieces):
            if not piece:
                continue
            at = sentence.index(piece, position)
            joined = _JOINED.search(sentence, position, at) is not None or (
                sentence[position:at].strip() == "," and piece.lower().startswith("avoid"))
            position = at + len(piece)
            concession = bool(_CONCESSION.match(piece))
            bounds_grant = index in bounded
            # "may use them, but must check … and must not enter …": what "and" joins to a "but" is part of the same exception
            contrast = bool(_CONTRAST.match(piece)) or concession or index - 1 in bounded or (joined and contrasted)
            contrasted = contrast
            readings = read_clause(piece)
            if not readings and (but := _BUT_IMPERATIVE.match(piece)) is not None:
                # "You may join groups, but be careful what you say": the imperative after "but" is read as one
                readings = tuple(replace(f, start=f.start + but.end()) for f in read_clause(piece[but.end():]) if not f.own)
            if bounds_grant:
                granted = piece[_CONCESSION.match(piece).end():]
                skip = len(piece) - len(granted.lstrip())
                readings = tuple(replace(f, start=f.start + skip) for f in read_clause(granted.lstrip())
                                 if f.stance in ("permits", "permits with conditions"))
            for finding in readings:
                if concession and not bounds_grant and finding.stance in ("permits", "permits with conditions"):
                    continue
                if joined and finding.cue.lower() in ("will not", "won't") and said_by_body(previous) \
                        and not speaks_as_people(previous):
                    continue  # "We will hide spam and will not reply to it": what the body will not do
                if joined and finding.cue.lower() in ("will not", "won't") \
                        and keeps_data_back(previous, piece, finding.start + len(finding.cue)):
                    continue  # "Information … will be treated in confidence and will not be disclosed": how the body keeps it
                if joined and not finding.own and _PURPOSE_TO.search(previous):
                    continue  # "This is to ensure transparency and avoid any suspicion": the verb shares the purpose's "to"
                if joined and not finding.own and finding.stance == "prohibits" and _STATED_BEFORE.search(previous) \
                        and _STATIVE_AFTER.match(piece, finding.start + len(finding.cue)):
                    continue  # "Views are my own and do not represent my employer": the statement goes on, no imperative
                if joined and not finding.own and finding.stance == "prohibits":
                    finding = _shared_modal(finding, previous)
                position_in_text = start + at + finding.start
                span = slice(position_in_text, position_in_text + len(finding.cue))
                if text[span] == finding.cue != written[span]:
                    finding = replace(finding, cue=written[span])  # a cue that spans a quotation names it as written
                found.append(_Located(finding, position_in_text, bounds, concession, contrast))
            previous = piece
    return tuple(found)


_ENSURE_LEAD = compile_pattern(r"\b(?:ensure|make sure)(?:\s+that)?\s*:$", re.I)
"""A lead-in that lays a duty to see that its items are so ("officers must ensure that:")."""
_JOINED = compile_pattern(r"\band\s*$")
_BUT_IMPERATIVE = compile_pattern(r"but,?\s+(?=[a-z])", re.I)
"""A piece opened by "but" before a word in lower case, which may be an imperative ("but be careful what you say")."""
_STATED_BEFORE = compile_pattern(r"^(?!(?:please|you|always|never|be|do)\b)[^.;:]*?\b(?:are|is|remain|remains)\b"
                                r"(?![^.;:]*\b(?:must|should|shall|may|can|will|need|needs|have to|has to)\b)", re.I)
_STATIVE_AFTER = compile_pattern(r"\s+(?:\w+ly\s+)?(?:represent|reflect|constitute|imply|indicate|mean|amount to|form part|"
                                r"replace|affect|cover|apply|include|belong|endorse|express)\b", re.I)
"""A statement before "and do not …" ("Views expressed are their own and do not reflect …"): the verb after it goes on
stating what the subject is or does, as a verb of being or meaning shows, and forbids nothing."""
_PURPOSE_TO = compile_pattern(r"^(?:(?:this|that|it) is(?: intended| designed| meant)?|in order|so as) to\s+\w+\b", re.I)
"""A piece that states a purpose with "to", which the verb joined to it by "and" shares."""
_MODALS = compile_pattern(r"\b(?:must|shall|should)\b", re.I)
_IN_WHICH_CASE = compile_pattern(r"\bin\s+which\s+case\b[^.;]*$", re.I)


def _shared_modal(finding: Finding, previous: str) -> Finding:
    """A verb joined by "and" to a clause with a modal shares that modal: "Users must respect
    copyright and avoid …" forbids as firmly as "must", "Staff should … and never …" as "should"."""
    modals = _MODALS.findall(previous)
    if not modals:
        return finding
    return replace(finding, strength="should" if modals[-1].lower() == "should" else "must")


def _read(text: str, *, modal_only: bool = False) -> StanceReading | None:
    """The reading of a text with a rule, or None; `modal_only` ignores imperatives (a
    lead-in such as "Read our policy. Take a look at the following:" governs no item)."""
    findings = [f for f in _findings(text) if f.finding.stance != "advises" and (f.finding.own or not modal_only)]
    if grants := [f.start for f in findings if f.finding.stance in ("permits", "permits with conditions")]:
        # "Hirers may bring their own food unless …, in which case outside catering isn't allowed": a rule in the case a
        # grant's condition names is one of the grant's terms, not the clause's rule.
        findings = [f for f in findings if f.finding.stance in ("permits", "permits with conditions")
                    or not ((case := _IN_WHICH_CASE.search(text, f.sentence[0], f.start)) and min(grants) < case.start())
                    ] or findings
    if not findings:
        return None
    best = min(_RANK[f.finding.stance] for f in findings)
    findings.sort(key=lambda f: (_RANK[f.finding.stance], f.finding.strength != "must", f.start))
    permissions = [f for f in findings if f.finding.stance in ("permits", "permits with conditions")]
    if best in (0, 1):
        chosen = findings[0]
        same_sentence = [p for p in permissions if p.sentence == chosen.sentence]
        if chosen.finding.time_bound and same_sentence:
            return _reading(text, same_sentence[0], "permits with conditions", "may", chosen)
        earlier = [p for p in permissions if p.start < chosen.start and not (
            chosen.finding.stance == "prohibits" and _DENIED_NEED.search(p.finding.cue))]
        if not earlier and chosen.finding.stance == "prohibits" \
                and re.search(r",\s+(?:al)?though\s+[^.;,]*$", text[chosen.sentence[0]:chosen.start], re.I):
            # "Sketching is encouraged, though we do not permit charcoal": what is encouraged is allowed, but for the
            # exception the ban makes ("… are encouraged, but personal attacks will not be permitted" bans another act).
            earlier = [f for f in _findings(text) if f.finding.stance == "advises" and f.sentence == chosen.sentence
                       and f.start < chosen.start and f.finding.cue.lower().startswith("encourag")]
        excepted = earlier and earlier[0].contrast and any(f.sentence[1] <= earlier[0].sentence[0] for f in findings
                                                           if f.finding.stance not in ("permits", "permits with conditions"))
        # "You may X. However, you must not Y": the prohibition limits the permission, as the ban in the sentence of a
        # "limited permission" does. A permission that is itself the exception to a rule before it ("X must be done by
        # day. However, you may set up at dawn, however no X must take place then") limits that rule, and the clause's
        # most restrictive rule stands, as it does for what "will not be tolerated" after a welcome.
        if earlier:
            contrasted = chosen.contrast and chosen.sentence[0] - earlier[0].sentence[1] <= 1 and not excepted \
                and not _NOT_TOLERATED.search(chosen.finding.cue)
            limited = earlier[0].sentence == chosen.sentence and _LIMITED_GRANT.search(earlier[0].finding.cue)
            if contrasted or limited:
                return _reading(text, earlier[0], "permits with conditions", "may", chosen)
        return _reading(text, chosen, chosen.finding.stance, chosen.finding.strength)
    if permissions:
        permission = permissions[0]
        condition = _condition_of(text, permission)
        if condition is not None or permission.finding.stance == "permits with conditions":
            return _reading(text, permission, "permits with conditions", "may", condition)
        if best == 2:
            obligation = next(f for f in findings if f.finding.stance == "requires")
            if obligation.start < permission.start and _REMOVAL_POWER.search(permission.finding.cue):
                # "Comments must be relevant; off-topic comments may be removed": the rule is the users' duty, and the
                # body's power to remove what breaks it grants them nothing
                return _reading(text, obligation, "requires", obligation.finding.strength)
            return _reading(text, permission, "permits with conditions", "may", obligation)
        if _WELCOME_BOUNDED.search(text) and "welcome" in permission.finding.cue.lower():
            return _reading(text, permission, "permits with conditions", "may")  # "welcome to attend, and a public participation period …"
        if _PLAIN_WELCOME.match(text, permission.start):
            return _reading(text, permission, "advises", "informative")  # "Everyone is welcome to join in": a welcome
        return _reading(text, permission, "permits", "may")
    chosen = findings[0]
    return _reading(text, chosen, chosen.finding.stance, chosen.finding.strength)


_REMOVAL_POWER = compile_pattern(r"^(?:(?:may|can|will)\s+(?:\w+ly\s+)?(?:also\s+)?be\s+)?(?:removed|hidden|deleted|blocked)$"
                                r"|^(?:may|can)\s+(?:\w+ly\s+)?(?:also\s+)?(?:remove|hide|delete|block)$", re.I)
"""The body's power over what users post ("off-topic comments may be hidden", "we may remove …")."""
_NOT_TOLERATED = compile_pattern(r"\btolerat", re.I)
"""What "will not be tolerated" after a welcome ("You are welcome to debate, but personal attacks will not be tolerated"):
conduct forbidden outright, not an exception to what is welcome ("… but hand-held scanners are not permitted")."""
_LIMITED_GRANT = compile_pattern(r"\b(?:limited|restricted)\b", re.I)
"""A permission granted as limited ("limited permission to"), whose sentence may go on to say how."""
_PLAIN_WELCOME = compile_pattern(r"(?:is|are) (?:very |most |always )?welcome to (?:post|comment|participate|join|take part|engage|get involved|contribute|attend|"
                                r"ask|leave)\b", re.I)
"""A welcome to take part on the body's pages, with no condition or exception, states no rule, as a welcome of comments
does; "welcome to share our posts" grants the act, and "welcome to …, but … is not permitted" grants it with an
exception."""
_WELCOME_BOUNDED = compile_pattern(r"\bunless otherwise (?:stated|advised|notified)\b"
                                  r"|\bpublic (?:question|participation) (?:session|period|time)\b", re.I)
"""A welcome bounded by an exception the body keeps or the time set aside for the public ("unless otherwise stated …
welcome to attend", "welcome to attend, and a public participation period of 15 minutes is allocated"): a permission with
its condition. The capacity a welcome is given in ("welcome to attend as observers") bounds it as it bounds any grant, as
a condition (:mod:`.stance_scope`)."""
_DENIED_NEED = compile_pattern(r"\b(?:not|no) (?:necessary|needed|required|need)\b|n't (?:need|have) to\b|\bnot (?:need|have) to\b", re.I)
"""A permission that only denies a need ("It is not necessary to ask permission to link"): it grants nothing that a
ban after it ("however our pages must not be framed") would limit, so the ban stands."""
_NO_NEED = compile_pattern(r"\bno\b|\bnot\b|n't\b", re.I)
_ASKING = compile_pattern(r"(?:with|obtain|seek|ask|hav)\w*\s", re.I)


_CONDITION_OPENS = r"(?:if|unless|once|when(?:ever)?|where(?! possible\b| appropriate\b| necessary\b| relevant\b))"
"""The word that opens a condition put before the clause it bounds ("where possible" and the like open none)."""
_IF_FIRST = compile_pattern(r"(?:in (?:\w+ ){0,2}?(?:cases|circumstances|instances|situations),?\s+)?"
                           rf"(?:{_CONDITION_OPENS}|after|having)\s(?:[^.;:]|\b[ei]\.[ge]\.){{3,160}}?(?=,\s+(?:then\s+)?(?:we|the\s+\w+|any\s+\w+|they|you|it|there|(?-i:[A-Z])\w+|(?:[\w-]+\s+)?(?:staff|employees|officers|members|councillors|users|visitors))\s|\s+(?:we|the\s+council)\s"
                           r"|\s+(?:you|they|he or she|he|she|the\s+(?-i:[A-Z])\w+)\s+(?:(?:may|can)\s|$)|,\s+$)", re.I)
"""A condition opening the sentence of a permission: "If you're offensive about the council, we may …", "In
extreme cases, where people continue to break the rules, the council reserves the right to …", "If you know the
answer, feel free to reply" (the permission straight after the comma)."""


_IF_FIRST_PASSIVE = compile_pattern(rf"{_CONDITION_OPENS}\s"
                                   r"(?!\w+ing\b)[^,.;:]{3,120}?(?=,\s+(?!(?:and|but|or|so|then|which|who|that)\b)(?:[\w'-]+\s+){1,3}$)",
                                   re.I)
"""A condition with a clause of its own opening the sentence of a permission in the passive, up to the thing permitted:
"If the manager agrees, visits may be carried out alone" (not "When using official accounts, …", which names the act)."""


_CLAUSES_JOINED = compile_pattern(r"\s[-–—]\s+(?:and\s+|but\s+)?|;\s+(?:and\s+|but\s+)?|,?\s+(?:and|but)\s+(?=(?:if|unless)\s)")
"""Where a second main clause begins inside a sentence: after a dash or a semicolon, or with a condition after "and"."""

_PROVISO_BEFORE = compile_pattern(r"(?:^|(?<=[.!?:]\s)|[,(]\s*)((?:subject to|(?:except|save) (?:for|in)|provid(?:ed|ing)(?!\s+(?:by|to|for|with|through|via)\b)"
                                 r"|as long as|so long as|on condition that|at the discretion of|in accordance with"
                                 r"|with (?:[\w']+ ){0,3}?(?:permission|consent|approval|agreement|authori[sz]ation))\b"
                                 r"(?:[^,.;()]|(?<=\d)\.(?=\d)|\([^()]{1,80}\)){0,100}?)(?:[,)]|(?=\s+(?:you|we|they|staff|employees|"
                                 r"officers|members|tenants|residents|councillors)\s*$))", re.I)
"""A proviso set off before the permission it bounds ("With their manager's agreement, staff may …", "Subject to the
Council's consent (which …), you may"), or run on to the grant's subject ("With our written permission you may …"; searched up to the grant)."""


_IN_CIRCUMSTANCES = compile_pattern(r"(?:only )?(?:in|under) (?:certain|some|exceptional|limited|specific|special)"
                                   r"(?: \w+)? circumstances\b|during (?:the|any) (?:[\w-]+ ){0,2}?period(?: of [^,.;()]{1,40}?)?(?=[\s,(])"
                                   rf"|(?:in principle|normally|ordinarily|usually|(?:on|upon) (?:written )?request|{IN_EMERGENCY}"
                                   rf"|{OTHERWISE_SAID})(?=,)", re.I)
"""A permission's circumstances or period put first: it holds in those only ("During the period of Purdah … we reserve
the right to remove posts which are of a political nature", "In an emergency, anyone may enter …"), as one held "In
principle," or "Normally," holds as a rule, not in every case, and one "Unless stated otherwise," until someone says so."""
_EXCEPTED_FIRST = compile_pattern(r"(?:^|(?<=,\s))(?:except|save|apart|other than|with the exception of|excluding)\b"
                                  r"[^,.;:]{1,80}?,", re.I)
"""An exception put first or set off by commas before the grant ("Except during confidential items, filming is allowed",
"Gifts, other than cash, may be accepted"): the permission holds outside it only."""
_SESSION_BEFORE = compile_pattern(r"\b(?:time|session|period|slot|forum)\b[^.;:]{0,40}?\b(?:(?:at|near|during) the (?:start|beginning|end)\b"
                                 r"|set aside\b)|\b(?:starts?|begins?|opens?) with (?:an? |the )?(?:[\w-]+ ){0,2}?(?:question time|"
                                 r"participation|session|forum)\b", re.I)
"""The part of a meeting set aside for what is granted, named before the grant ("time set aside at the start of meetings
at which residents may address the council", "Each meeting starts with public question time when anyone can ask"): the
grant holds then only."""
_CAP_BEFORE = compile_pattern(r"\b(?:worth|valued at|(?:with|of) an? (?:total )?value of|costing)\s+(?:up to|less than|under|"
                             r"below|not exceeding|no more than)\s+(?:about\s+)?[£$€]?\d", re.I)
"""A cap on value in the subject of a permission ("Gifts worth less than £25 may be accepted")."""
_LIMITED_BEFORE = compile_pattern(r"\b(?:(?:very|strictly)\s+)?limited(?:,?\s+(?:and\s+)?(?:occasional|reasonable|brief))*\s+"
                                 r"(?:personal\s+|private\s+)?(?:use|access)\b", re.I)
"""A limit in the subject of a permission ("Very limited, occasional personal use … will be tolerated"), where
"limited" bounds it as it does after the modal; "occasional" or "reasonable" use alone is granted plainly."""


_OWN_ACT_IF = compile_pattern(r"(?<!\beven )\bif,?\s+(?:(?:after|having|once|when)\s[^,.;]{1,60},\s*)?(?P<who>they|you|he|she|we|(?:its|their|his|her|your|the|an?|any)\s+[\w-]+)\s+(?:\w+ly\s+)?"
                             r"(?!(?:(?:do|does) not\s+|(?:don|doesn)'t\s+)?"
                             r"(?:wish|want|like|choose|prefer|so|would|can|could|may|might|will|need|disagree)\b)(?-i:[a-z]+)\b", re.I)
"""A condition on someone's act after a permission: the grantee's own ("… if they travel away from the village")
or another's that the power answers ("We reserve the right to block users if they post abuse", "… to ask a visitor
to leave if, after a warning, they continue"), which holds only
when the condition does, as a condition put first does; the grantee's own wish ("if they wish", "if you do not wish
to") grants freely."""


_OWN_WISH = compile_pattern(r"if (?:you|they|he|she) (?:\w+ly )?(?:wish|want|would like|choose|prefer)(?: to\b|(?=,?\s*$))"
                           r"(?!.*\b(?:with|without|provided|providing|if|when|where|only|unless|approv\w*|permission|consent)\b)", re.I)
"""The grantee's own wish, put before a permission ("Should you wish to like a post or page then, of course, you are free
to do so", also a bare one: "If they wish, they can leave"): it grants freely, as a wish after the permission does."""


_BUT_ANOTHER = compile_pattern(r",\s+(?:but|or)\s+(?:the|a|an|this|that|it|there|we|our)\b(?!\s+only\b)", re.I)
"""A main clause of its own after ", but" or ", or": a condition ("if", "when") in it bounds that clause, not the permission before it;
a limit in it ("but that spokesperson will only be entitled to 3 minutes") still bounds the grant."""


_ASKING_FIRST = compile_pattern(r"without\s+(?:first\s+)?(?:asking|seeking|going\s+through|sending|acknowledging|checking|"
                                r"telling|informing|notifying|consulting|referring)\b", re.I)
"""A grant that needs no one's leave or notice ("… without asking us first", "… without going through their manager"), where
"without" would otherwise bound it."""


_PURPOSE_OR_REASON = compile_pattern(r"\bto\s+(?:ensure|make sure)\b|,?\s(?:as|because|since)\s+(?:[\w']+\s+){1,6}?"
                                    r"(?:will|is|are|would)\b", re.I)
"""A purpose or a reason after a permission, before words that would otherwise bound it."""


def _condition_of(text: str, permission: _Located) -> _Located | None:
    """A word bounding the permission later in its own sentence ("provided", "outwith …"), or
    set off by commas between the modal and its verb ("may, with your manager's agreement, work")."""
    def bounded(condition: str, start: int) -> _Located:
        return _Located(Finding("permits with conditions", "may", condition, 0), start, permission.sentence, False)

    cue = permission.finding.cue
    head = re.search(r"[\s,]", cue)  # the modal's first word: "will normally be permitted" is hedged
    found = condition_at(text, permission.start + (head.start() if head else len(cue)))
    if found is not None and _NO_NEED.search(cue) and _ASKING.match(found.group()):
        # "there is no need to ask permission": the permission needs none, but what comes after may still bound it ("no
        # need to seek approval unless the work could conflict with your role")
        found = condition_at(text, found.end())
        if found is not None and _ASKING.match(found.group()):
            found = None
    if found is not None and _ASKING_FIRST.match(text, found.start()):
        found = None  # "You may link to any page without asking our permission": the grant needs no one's leave
    if found is not None and _PURPOSE_OR_REASON.search(text, permission.start, found.start()):
        # "have the right to inspect … to ensure that they are organised in accordance with these Conditions", "you do not
        # need to cite the Act as requests will be treated in line with it": the words belong to a purpose or a reason.
        found = None
    if found is not None and re.match(r"(?:if|when|where|unless)\b", found.group(), re.I) \
            and _BUT_ANOTHER.search(text, permission.start + len(cue), found.start()):
        found = None  # "You may remain anonymous, but the chances … are increased if we can contact you": the other clause's
    if found is not None and found.start() < permission.sentence[1]:
        return bounded(found.group(), found.start())
    opening = permission.sentence[0]
    if (own := _OWN_ACT_IF.search(text, permission.start + len(cue), permission.sentence[1])) is not None \
            and not _BUT_ANOTHER.search(text, permission.start + len(cue), own.start()):
        # "Councillors may claim expenses if they travel away from the village", "We may block users if they post
        # abuse": the permission or power holds only if its condition does.
        return bounded(own.group(), own.start())
    fronted = _IF_FIRST.match(text, opening, permission.start)
    if fronted is None and (joins := list(_CLAUSES_JOINED.finditer(text, opening, permission.start))):
        # "We want our pages to be places to talk - and if you can help someone, feel free to get involved"
        fronted = _IF_FIRST.match(text, joins[-1].end(), permission.start)
    if fronted is None and " be " in cue:
        fronted = _IF_FIRST_PASSIVE.match(text, opening, permission.start)
    if fronted is not None and not re.search(r"\b(?:and|or|but)$", fronted.group()) and not _OWN_WISH.match(fronted.group()) \
            and len(text[fronted.end():permission.start].split()) <= 4:
        # "If a user continues to breach the policy we reserve the right to ban them": the
        # power holds only when its condition does.
        return bounded(fronted.group().rstrip(" ,"), opening)
    if (broken := RULES_NOT_FOLLOWED.match(text, opening, permission.start)) is not None \
            and (comma := text.find(",", broken.end(), permission.start)) != -1:
        return bounded(text[opening:comma], opening)  # "If you do not follow these guidelines, your content may be removed"
    if (excepted := _EXCEPTED_FIRST.search(text, opening, permission.start)) is not None:
        return bounded(excepted.group().rstrip(" ,"), excepted.start())
    if (circumstance := _IN_CIRCUMSTANCES.match(text, opening, permission.start)) is not None:
        return bounded(circumstance.group(), opening)  # "In certain limited circumstances you may apply …"
    if (proviso := _PROVISO_BEFORE.search(text, opening, permission.start)) is not None:
        # "It has been agreed that, subject to certain restrictions, staff will be free to …"
        return bounded(proviso.group(1), proviso.start(1))
    if (session := _SESSION_BEFORE.search(text, opening, permission.start)) is not None:
        return bounded(session.group(), session.start())  # "time set aside at the start of meetings at which … may address"
    if (cap := _CAP_BEFORE.search(text, opening, permission.start) or _LIMITED_BEFORE.search(text, opening,
                                                                                              permission.start)) is not None:
        # "Gifts worth less than £25 may be accepted", "Limited personal use is permitted": a cap or a limit in
        # what the permission is for.
        return bounded(cap.group(), cap.start())
    if (first := approval_first(text[opening:permission.start])) is not None:
        return bounded(first.group(), opening)
    return None


def _reading(text: str, chosen: _Located, stance: Stance, strength: Strength,
             condition: _Located | None = None) -> StanceReading:
    cue = (condition or chosen).finding.cue
    cues = tuple(dict.fromkeys(c.finding.cue for c in (chosen, condition) if c is not None))
    region = text[chosen.sentence[0]:chosen.sentence[1]]
    if condition is not None and condition.sentence != chosen.sentence:
        region += " " + text[condition.sentence[0]:condition.sentence[1]]
    qualifier = None
    if stance in ("permits with conditions", "restricts"):
        if condition is not None and approval_first(condition.finding.cue):
            qualifier = condition.finding.cue
        elif condition is not None:
            qualifier = read_qualifier(text, condition.start) or _rest_of_clause(text, condition.start)
        else:
            qualifier = read_qualifier(region)
        if stance == "restricts" and qualifier is None:
            qualifier = _rest_of_clause(text, chosen.start)
    elif stance in ("prohibits", "requires"):
        qualifier = _exception(region)
    return StanceReading(stance, strength, cue, read_scope(region), qualifier, cues)


_EXCEPTION = compile_pattern(r"\b(?:unless|without|except|other than|where)\b", re.I)


def _exception(region: str) -> str | None:
    found = _EXCEPTION.search(region)
    return read_qualifier(region, found.start()) if found and found.start() > 0 else None


def _rest_of_clause(text: str, start: int) -> str | None:
    end = re.search(r"[.;:](?:\s|$)", text[start:])
    phrase = text[start:start + end.start() if end else len(text)].strip()
    return phrase[:90].rsplit(" ", 1)[0] + " …" if len(phrase) > 90 else phrase or None


def _ordered(*scopes: tuple[str, ...]) -> tuple[str, ...]:
    """The terms of all ``scopes``, each once, in the vocabulary's order."""
    found = set().union(*scopes)
    return tuple(term for term in SCOPES if term in found)


def _no_rule(item: str, governing: str) -> StanceReading:
    """An item that, with its lead-in, states no rule of conduct, with the scope either names."""
    return StanceReading("advises", "informative", "", _ordered(read_scope(item), read_scope(governing)))


save_compiled_patterns()  # every pattern of the reader is compiled by now: keep them for the next process
