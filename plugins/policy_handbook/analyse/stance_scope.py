"""What a rule applies to (its scope) and the words that bound it (its qualifier).

Scope is read into a small controlled vocabulary, so that pages can say "Prohibits — on
council equipment" and compare bodies term by term:

=====================  =====================================================================
term                   the clause says
=====================  =====================================================================
council equipment      the body's computers, devices, IT systems, network, internet or email
                       (a council's, a trust's, a police force's, a university's, college's or
                       school's), "the internet access", "technology provided by the council", a
                       network account, the use of the internet, email "subject to monitoring"
personal equipment     the person's own computers, devices, phones or equipment ("a user's
                       own devices")
working time           during working hours or working time, in work time, while on duty; office
                       hours, unless they are the hours the body's channels are staffed
outside working time   in your own time, outwith/outside working hours or the workplace, before
                       or after work, in breaks or at lunch, off duty
personal accounts      personal accounts, profiles, blogs or capacity; "as an individual"
official accounts      the body's own accounts, channels, platforms, pages or website, or its
                       official communications ("published in the name of the council"); its
                       voice and its channels' house rules: what "we" remove, block or answer,
                       the public engaging "with us", acting or speaking on the body's behalf
                       ("representing the University"), press releases and media statements;
                       what "we" publish, the spaces "we manage", "this blog", the body's webpage
unless authorised      an exception by permission: without (express) permission or lawful
                       authority, unless agreed or invited, except where sanctioned, where
                       permission has been granted, with (prior) permission, subject to approval
meetings               during or at council, committee or official meetings
=====================  =====================================================================

A phrase the clause sets aside ("irrespective of working hours", "whether in the workplace
or outside it", "both inside and outside of work") is not a scope, nor is a voice the clause
disclaims ("must not give the impression that they are speaking on behalf of the council") or
names only as the exception ("unless you are authorised to speak on behalf of the council").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .patterns import compile_pattern, compile_rule, folded, may_match
from .stance_words import BODY_NOUN, IN_EMERGENCY, OTHERWISE_SAID

_I = re.IGNORECASE

_BODY = (r"(?:the )?(?:councils|colleges|employer's|parish council's|town council's|our|its|corporate|work|"
         rf"(?:{BODY_NOUN})(?:'s)?|(?-i:(?!IT\b|ICT\b)[A-Z]{{2,6}})(?:'s)?)")
_KIT = (r"(?:computers?|devices?|equipment|it|ict|it systems?|ict systems?|systems?|network|internet(?: service)?|"
        r"wi-?fi|e-?mail(?: address)?|laptops?|pcs?|(?:tele)?phones?|mobiles?|tablets?|computer network|resources)")
_OWN = (r"(?:your|their|his or her|his|her|my|(?:user|employee|member|officer|worker|councillor|volunteer)(?:'s|s'|s))"
        r" own|personal|private|home|(?:privately|personally)[-\s]owned")

_APPROVED_FIRST = (r"^(?:once|after|if|when|where)\s+[^,.;:]{0,80}?\b(?:has|have)\s+(?:\w+\s+)?"
                   r"(?:approved|agreed|authori[sz]ed)\b")
"""A fronted condition of someone's approval: "Once your manager has approved your access, …"."""

_SOMEONE_AGREES = (r"\b(?:if|once|when|after)\s+(?:[\w']+\s+){1,4}?(?:agrees?|approves?|consents?|(?:has|have)\s+"
                   r"(?:agreed|approved|consented)|gives?\s+(?:\w+\s+)?(?:permission|consent|approval))\b")
"""A condition of someone's agreement after the rule: "… if their manager agrees"."""


# The readings of `official accounts` beyond the body's named accounts: its voice and channels.
_MODERATES = (r"\b(?:reserves?|ha(?:s|ve)|maintains?|keeps?)\s+the\s+right\s+to\s+(?:[\w/]+,?\s+){0,4}?"
              r"(?:remove|delete|hide|block|ban|mute|moderate|edit|take\s+down|disable)\b"
              r"(?!\s+(?:\w+\s+){0,2}?(?:files?|data|software|e-?mails?|equipment|devices?)\b)"
              r"|\bwe(?:'ll|’ll)?\s+(?:(?:will|may|might|can|could|would|also|then|sometimes|always|often|therefore|"
              r"not|never|do|try|to|and/?\s*or|or|and|report|hide|mute|ban|block|report)\s+){0,4}"
              r"(?:remove|delete|hide|block|ban|mute|moderate|take\s+down)\b"
              r"|\bbefore\s+removing\s+(?:posts|comments|messages)\b"
              r"|\bthe\s+(?:\w+\s+){0,2}?" + BODY_NOUN + r"\s+(?:will|may|can)\s+"
              r"(?:also\s+)?(?:remove|delete|hide|block|ban|moderate)\s+(?:any\s+|all\s+)?(?:comments?|posts?|messages?|"
              r"content|contributions?|users?)\b")
"""The body moderating what others post on its channels: "we reserve the right to remove", "we will block"."""
_ITS_CONDUCT = (r"\bwe(?:'ll|’ll)?\s+(?:(?:will|won't|won’t|may|might|do|don't|don’t|never|sometimes|also|often|not|"
                r"can|cannot|can't|can’t|always|only|automatically)\s+){0,3}(?:use|share|post|retweet|follow|like|"
                r"engage|discuss|tweet|publish|relay|disclose|manage|monitor|provide)\b[^.;]{0,80}?"
                r"\b(?:on|through|via|in)\s+(?:the\s+)?social\s+(?:and\s+digital\s+)?media\b"
                r"|\bwe\s+(?:(?:may|might|will|do|don't|don’t|not|sometimes|automatically|also|only)\s+){0,3}"
                r"(?:follow|like|re-?tweet)\s+(?:or\s+(?:like|follow|re-?tweet)\s+)?(?:people|organisations|accounts?|"
                r"users|a\s+social|content|posts)\b|\bshare\s+or\s+re-?tweet\b"
                r"|\b(?:our\s+(?:own\s+)?|these\s+)terms\s+of\s+(?:use|service)\b"
                r"|\bwe(?:'ll|’ll)?\s+(?:(?:will|won't|won’t|do|don't|don’t|not|never|only|also|may|always)\s+){0,3}publish\s+"
                r"(?:any\s+|all\s+)?(?:[\w/-]+\s+){0,2}?(?:comments?|posts?|photo\w*|images?|pictures?|videos?|replies|content)\b"
                r"|\b(?:spaces|pages|channels|accounts|sites|platforms|forums?)\s+(?:that\s+)?we\s+(?:manage|run|moderate|operate)\b"
                r"|\bmoderat\w*\s+(?:each|every|all|the|our)\s+(?:\w+\s+)?(?:channels?|accounts?|pages?)\b"
                r"|\b(?:removal|deletion|hiding)\s+of\s+(?:the\s+|any\s+|their\s+|your\s+)?(?:posts?|comments?|messages?|"
                r"contributions?)\b")
"""The body's own conduct on social media ("we will never discuss individual cases on social media",
"we may like or follow"), its terms of use for the public, the removal of what others post."""
_REMOVED = (r"\b(?:posts?|comments?|messages?|contributions?|tweets?|replies|postings?)\b[^.;]{0,90}?"
            r"\b(?:will|may|might|could|can)\s+(?:(?:also|then|be|not|always)\s+){0,2}?(?<!not )be\s+"
            r"(?:removed|deleted|hidden|taken\s+down|moderated)\b"
            r"|\bsee\s+your\s+(?:posts?|comments?)\s+(?:removed|deleted|hidden)\b"
            r"|\bthe\s+(?:post|comment)\s+was\s+removed\b")
"""What others post, removed by the body: "posts that go off-track may be removed"."""
_WITH_US = (r"\b(?:engag\w*|interact\w*|correspond\w*|talk\w*|connect\w*|conversations?)\s+with\s+us\b"
            r"|\b(?:talk|speak|write)\s+to\s+us\b|\b(?:contact(?:ing|ed|s)?|messag(?:e|es|ing)|tag|tagging|follow(?:s|ing)?)\s+us\b"
            r"|\b(?:send|sent|direct)\s+us\b|\bshare\s+(?:[\w,]+\s+){0,8}?with\s+us\b|\bmessages?\s+(?:at|to)\s+us\b|\b(?:messages?|comments?)\s+we\s+receive\b")
"""The public addressing the body: "when engaging with us", "tag us", "messages at us"."""
_ANSWERS = (r"\b(?:we(?:'ll|’ll)?|our\s+(?:aim|intention)\s+is\s+to|aim\s+to)\s+(?:(?:will|can|cannot|can't|can’t|"
            r"may|might|aim|try|always|also|usually|not|won't|won’t|don't|don’t|do|be|are|able|unable|to|promise|make|"
            r"endeavour|best|our|no|commitment)\s+){0,5}(?:respond|reply|answer|address|get\s+back\s+to\s+you|deal\s+with\s+(?:your\s+)?"
            r"(?:requests?|quer(?:y|ies)|enquir(?:y|ies)|complaints?|messages?|questions?))\b|\bfor\s+us\s+to\s+(?:respond|reply|"
            r"answer|deal\s+with)\b|\bresponses?/personal\s+messages\b")
"""The body answering the public: "we aim to respond to enquiries", "we can't reply to every message"."""
_HOUSE_RULES = r"\bhouse\s+rules\b|\b(?:our|these)\s+(?:community|moderation)\s+(?:guidelines|rules|standards)\b"
"""The rules a body sets for the public on its channels."""
_OUR_MEDIA = (r"\b(?:our|its)\s+(?:own\s+)?(?:social(?:\s+and\s+digital)?\s+media(?!\s+polic)|feeds?|content|posts|"
              r"online\s+communit(?:y|ies)|communications?|tweets)\b"
              r"|\b(?:its|our|the\s+\w+'s)\s+(?:own\s+)?use\s+of\s+social\s+media\b"
              r"|\b(?:corporate|official)\s+(?:presence|social\s+media)\b|\bhow\s+we\s+communicate\b"
              r"|\b(?:on|to)\s+(?:the|this)\s+(?:facebook|twitter|instagram|linkedin|youtube)\s+(?:page|group|account|feed)\b"
              r"|\b(?:\w+\s+)?social\s+media\s+(?:channels?|accounts?)\s+(?:are|is|will\s+be)\s+(?:managed|run|accessed|monitored|"
              r"moderated)\b|\b(?:this|our)\s+blog\b")
"""The body's own feeds, content and communications."""
_NAMED_CHANNELS = (r"\bthese\s+(?:social\s+media\s+)?channels\b"
                   r"|\b(?:the\s+)?(?:main\s+)?" + BODY_NOUN + r"(?:(?:'s|’s)\s+(?:social\s+media\s+)?|\s+social\s+media\s+)"
                   r"(?:accounts?|channels?|feeds?)\b"
                   r"|\b(?!(?:Your|Their|His|Her|My|Any|All|Some|Many|Most|No|Such|Other|Several|These|Those|Personal|Private|Own)\b)(?-i:[A-Z][\w&'’]*)"
                   r"(?:\s+(?-i:[A-Z][\w&'’]*)){0,4}\s+(?:social\s+media|(?-i:Facebook|Twitter|Instagram|YouTube))\s+"
                   r"(?:channels?|accounts?|pages?|feeds?)\b")
"""The body's channels by its name: "the Counter Terrorism Policing social media channels", "these channels"."""
_ON_BEHALF = (rf"\b(?<!\bnot )(?<!\bnot as )(?<!\bwork )(?<!\bworking )(?<!\bservices )(?<!\bduties )"
              rf"(?:on\s+behalf\s+of|in\s+the\s+name\s+of|as\s+(?:an?\s+)?representatives?\s+(?:of|for)|"
              rf"represent(?:s|ing)?(?:\s+or\s+acting\s+on\s+behalf\s+of)?)\s+(?:the\s+|our\s+|its\s+)?"
              rf"(?:entire\s+)?(?:(?-i:[A-Z])[\w'’&-]*\s+){{0,5}}?{BODY_NOUN}\b")
"""Acting or speaking for the body: "on behalf of the Council", "representing the University"."""
_SPEAKS = (r"\bpress\s+releases?\b|\bmedia\s+statements?\b|\bofficial\s+(?:statements?|spokes\w+)\b"
           r"|\bspokes(?:person|people|man|woman)\b|\bmedia\s+liaison\b")
"""The body's statements to the press and public."""

SCOPES: dict[str, re.Pattern[str]] = {
    "council equipment": compile_rule(
        rf"\b{_BODY}(?:[-\s](?:provided|owned|issued|supplied))?\s+(?:\w+\s+)?{_KIT}\b(?!\s+(?:policy|acceptable))|\bcouncil[-\s]provided\b"
        rf"|\b{_BODY}\s+or\s+(?:your|their|his or her)\s+own\s+(?:[\w-]+\s+){{0,2}}?{_KIT}\b"
        r"|\b(?:the\s+)?(?:e-?mail\s*(?:/|and|or)\s*)?internet\s+(?:access|services?|usage|activity|connections?)\b(?!\s+polic)"
        r"|\b(?:use|usage)\s+of\s+(?:the\s+)?(?:e-?mail\s+(?:and|or)\s+internet|internet\s+(?:and|or)\s+e-?mail)\b"
        r"|\b(?:the\s+)?internet\s+is\s+provided\b"
        r"|\b(?:technolog(?:y|ies)|systems?|computers?|services?)\s+(?:it|which|that)\s+(?:provides|owns|operates)\b"
        r"|\b(?:technolog(?:y|ies)|network\s+resources)\b[^.;]{0,40}?\b(?:provided|managed|supplied|owned)\s+by\b"
        r"|\b(?-i:ICT)\b(?!\s+(?:policy|acceptable))|\b(?-i:IT)\s+(?:equipment|systems?|facilities)\b"
        r"|\bcomputer\s+(?:network|equipment)\b|\bnetwork\s+accounts?\b|\b(?:use|usage)\s+of\s+the\s+internet\b"
        r"|\b(?:e-?mails?|internet\s+(?:use|usage|activity))\b[^.;]{0,40}?\b(?:(?:is|are)\s+subject\s+to|will\s+be)\s+monitor"
        rf"|\b{_KIT}\b[^.;]{{0,60}}?\b(?:provided|issued|supplied|owned|loaned)\s+by\s+(?:the\s+|your\s+)?"
        r"(?:[A-Z][\w'&]*\s+){0,5}?(?:council|trust|authority|organisation|employer|force|university|college)\b"
        rf"|\b{_KIT}\b[^.;]{{0,40}}?\b(?:are|is)\s+the\s+property\s+of\b"
        r"|\b(?:on|to|from|onto)\s+(?:a|any|the|our|its|each|every|their|your)\s+(?:(?!personal\b|private\b|home\b|own\b)[\w-]+\s+)?(?:workstations?|servers?)\b"
        r"|\bworkstations?\s+(?:or|and)\s+servers?\b", _I),
    "personal equipment": compile_rule(
        rf"\b(?:{_OWN})\s+(?:personal\s+|private\s+)?(?:mobile\s+|recording\s+|electronic\s+)?(?:computers?|devices?|equipment|phones?|mobile phones?|smartphones?|"
        r"laptops?|tablets?|pcs?)\b(?!\s+numbers?\b)", _I),
    "working time": compile_rule(
        r"\b(?:during|in)\s+(?:normal\s+|core\s+|your\s+|their\s+)?(?:working|work)\s+(?:hours|time)\b"
        r"|\bin\s+work\s+time\b|\b(?:during|in)\s+(?:the|their|your|his or her|a)\s+working\s+day\b|\b(?:while|whilst)\s+(?:at\s+work|working|on\s+duty)\b|\bon\s+duty\b|"
        r"^during working hours$"
        r"|\boutside(?:\s+of)?\s+(?:the\s+)?(?:designated\s+|agreed\s+|official\s+|scheduled\s+|permitted\s+)?"
        r"(?:(?:lunch|rest)\s+)?(?:breaks?|break\s*times?|break\s+periods?|lunch\s*times?)\b", _I),
    "outside working time": compile_rule(
        r"\b(?:outwith|outside(?:\s+of)?)\s+(?:the\s+)?(?:[\w']+\s+){0,2}?(?:normal\s+|core\s+)?"
        r"(?:working\s+(?:hours|time|day)|(?:work(?:ing)?|office|contracted)\s+hours|work\s+time)\b"
        r"|\b(?:outwith|outside(?:\s+of)?)\s+(?:the\s+|their\s+|your\s+)?workplace\b"
        r"|\b(?:in|during)\s+(?:your|their|his or her)\s+own\s+time\b|\b(?:own|personal|free|spare|leisure)\s+time\b"
        r"|\bat\s+lunch(?:\s*time)?\b|\blunch\s+hours?\b"
        r"|\bbefore\s+(?:and|or)\s+after\s+work\b|\b(?:lunch|rest)\s+(?:breaks?|times?)\b|\blunch\s*times?\b|\bduring\s+lunch\b"
        r"|\b(?:during|in|on)\s+(?:(?:your|their|his or her|a|the)\s+)?(?:\w+\s+)?breaks?\b"
        r"|\boff[-\s]duty\b", _I),
    "personal accounts": compile_rule(
        r"\b(?:personal|private)\s+(?:(?:and|or)\s+\w+\s+)?(?:social\s+(?:media|networking|network)\s+|(?-i:[A-Z])\w+\s+)?"
        r"(?:\([^()]{1,20}\)\s+)?(?:accounts?|profiles?|pages?|blogs?|capacity|capacities|sites?)\b"
        r"|\b(?:their|your|his or her)\s+own\s+(?:personal\s+)?(?:profiles?|accounts?|blogs?)\b"
        r"|\b(?:profile|account|page)s?\s+for\s+(?:their|your|his or her)\s+own\s+(?:personal\s+)?use\b"
        r"|\bas\s+an\s+individual\b", _I),
    "official accounts": compile_rule(
        r"\b(?:official|corporate|council|council's|councils|government|trust's|parish council's|town council's|"
        r"our|its)\s+(?:(?!e-?mail\b)\w+\s+){0,3}?(?:accounts?|channels?|pages?|sites?|website|groups?|profiles?|"
        r"platforms?|webpages?)\b"
        r"|\bcommunications?\s+from\s+the\s+(?:\w+\s+)?council\b|\bofficial\s+council\s+business\b"
        r"|\b(?:sent|published|posted|issued|administered|made)\s+(?:\w+\s+)?(?:on\s+behalf|in\s+the\s+name)\s+of\s+"
        r"the\s+(?:\w+\s+)?council\b"
        + "|" + "|".join((_MODERATES, _REMOVED, _WITH_US, _ANSWERS, _HOUSE_RULES, _OUR_MEDIA, _NAMED_CHANNELS, _ITS_CONDUCT,
                          _ON_BEHALF, _SPEAKS)), _I),
    "unless authorised": compile_rule(
        r"\b(?:without|unless|except)\b[^.;]{0,60}?\b(?:permission|consent|approval|authori[sz]ation|"
        r"authori[sz]ed|agreed|sanctioned|dispensation)\b"
        r"|\b(?:do|does)\s+not\s+have\s+(?:\w+\s+)?permission\b|\bas\s+agreed\s+(?:with|by)\b"
        r"|\b(?:where|when|once|if|after)\s+(?:(?:the|their|your|written|prior|express)\s+)?(?:permission|consent|approval|"
        r"authori[sz]ation)\s+(?:has|have|is|are)\s+(?:been\s+)?(?:granted|given|obtained|received)\b"
        r"|\bwith\s+the\s+(?:\w+\s+)?(?:permission|consent|approval|authori[sz]ation)\s+of\b"
        r"|\bwith\s+(?:your|their|his or her|his|her|the)\s+[\w-]+(?:'s|s')\s+(?:prior\s+|written\s+|express\s+)?"
        r"(?:permission|consent|approval|agreement|authori[sz]ation)\b"
        r"|\bwith\s+(?:(?:prior|written|express|specific|special)\s+)*(?:permission|consent|approval)\b"
        r"|\bwithout\s+(?:lawful\s+|prior\s+|proper\s+|appropriate\s+|express\s+|due\s+)?authority\b"
        r"|\b(?:without|unless|except)\b[^.;]{0,60}?\b(?:prior|written|express)\s+(?:agreement|arrangement)\b"
        r"|\bunless\s+(?:[\w'()/]+\s+){0,4}?(?:invited|permitted|allowed|directed|authori[sz]ed\s+to)\b"
        r"|\bsubject\s+to\s+(?:the\s+)?(?:prior\s+|written\s+)*(?:approval|permission|consent|agreement|authori[sz]ation)\b"
        r"|\bby\s+(?:mutual\s+)?agreement\s+with\b"
        r"|" + _APPROVED_FIRST + "|" + _SOMEONE_AGREES, _I),
    "meetings": compile_rule(
        r"\b(?:during|in|at)\s+(?:an?\s+|the\s+)?(?:official\s+)?(?:(?:council|committee|board|parish council|"
        r"town council|full council)\s+)?meetings?\b"
        r"|\b(?:leave|withdraw\s+from|attend|vote\s+at|speak\s+at|remain\s+in|be\s+present\s+at)\s+(?:the|a|any)\s+"
        r"(?:\w+\s+)?meetings?\b", _I),
}
"""The scope vocabulary, in the order terms are listed."""
_WORDS: dict[str, tuple[str, ...]] = {
    "personal equipment": (" own", "personal", "private", "home"),
    "working time": ("hours", "time", "work", "duty", "break", "lunch"),
    "outside working time": ("time", "hours", "work", "lunch", "break", "duty"),
    "meetings": ("meeting",),
}
"""Words one of which every text a term's pattern matches holds (see :func:`.patterns.may_match`)."""

_SET_ASIDE = compile_rule(
    r"\b(?:not|never|no)\b[^.;]{0,40}?\b(?:impression|suggest\w*|indicat\w*|appear\w*|impl(?:y|ies|ying)|implication|"
    r"misled|believ\w*)\b[^.;]{0,60}?\b(?:on\s+behalf\s+of|represent\w*|speak\w*\s+for)\b[^.;,]*"
    r"|(?:(?<=authorised )|(?<=authorized ))to\s+(?:speak|act|post|comment|publish)\s+(?:\w+\s+){0,2}?on\s+behalf\s+of\b[^.;,)]*|"
    r"\b(?:irrespective|regardless)\s+of\b[^.;]*|\bwhether\b[^.;]*?\bor\s+(?:not|otherwise)\b[^.;]*"
    r"|\bwhether\s+(?:your|the|their|it|this)\b[^.;]*|\bboth\s+(?:inside|in)\b[^.;]*"
    r"|\b(?:during|in|inside|within)\s+(?:and|or)\s+(?:outwith|outside)\b[^.;]*"
    r"|\bwhether\s+(?:[\w'-]+,?\s+){0,12}?or\s+[^.;,)]*", _I)

_DATE_IN = (r"(?:\d{1,2}(?:st|nd|rd|th)?\s+|the\s+\w+\s+of\s+)?(?:january|february|march|april|may|june|july|august|september|"
            r"october|november|december)")
"""A month, or a day of one ("1 April", "the first of October"), that a season runs between."""
_CONDITION = compile_rule(
    r"\b(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )"
    r"(?<!\bfrom )(?<!-)provid(?:ed|ing)\b(?!\s+(?:by|to|for|with|through|via)\b)(?:\s+that)?"
    r"|\b(?:as|so)\s+long\s+as\b|\bon\s+(?:the\s+)?condition\b|\bsubject\s+to\b"
    r"|\b(?:in|under)\s+(?:certain|exceptional|limited|specific|special|rare)\s+(?:circumstances|cases|instances|situations)\b"
    r"|\bon\s+the\s+understanding\s+that\b|(?<=, )assuming\b|\bwhenever\b"
    r"|\b(?:when|while|whilst)\s+(?:there\s+are\s+)?no\s+(?:[\w-]+\s+){0,4}?(?:is|are)\s+(?:present|around|nearby)\b"
    r"|\b(?:once|after)\s+(?:[\w'-]+\s+){1,5}?(?:has|have)\s+(?:been|ended|finished|expired|ceased|closed|concluded|left|passed|elapsed)\b|\bat\s+(?:the\s+)?(?:[\w-]+'s\s+)?invitation\b|\bby\s+invitation\b"
    r"|\b(?:during|at|in)\s+(?:certain|specific|specified|designated)\s+(?:activities|times|periods|sessions|lessons|events)\b"
    r"|\b(?<!\bis )(?<!\bare )(?<!\bnot )(?:in\s+(?:accordance|line)\s+with|under\s+the\s+terms\s+(?:and\s+conditions\s+)?of)\b"
    r"|\bfor\s+(?:your|their|his|her|its)\s+(?:own\s+(?:personal\s+|private\s+|non-commercial\s+)?|(?:personal|private|non-commercial)\s+)use\b"
    r"|\bfor\s+(?:research,?\s+(?:or\s+)?)?private\s+study\b|\bfor\s+non-commercial\s+(?:use|uses|purposes?)\b"
    r"|\bfor\s+the\s+purposes?\s+of\s+(?:non-commercial\s+)?(?:research|private\s+study)\b|\bunder\s+(?:the\s+)?fair\s+dealing\b"
    r"|\bfor\s+(?:personal|private)\s+(?:or|and)\s+(?:personal|private|non-commercial)\s+(?:use|uses|purposes?)\b"
    r"|(?<=\bclaim )reasonable\b"
    r"|\bfrom\s+the\s+age\s+of\b|\b(?:aged|over|under)\s+(?:the\s+age\s+of\s+)?\d{1,2}(?!\s*(?:%|per\s?cent|minutes|hours|days|weeks|months|pounds))\b"
    r"|\b(?:if|when)\s+(?:un(?:accompanied|supervised|authori[sz]ed)|accompanied|supervised|kept|booked|agreed|approved|authori[sz]ed|"
    r"arranged|invited)\b"
    r"|\b(?:between|after|before|until|from)\s+(?:the\s+hours\s+of\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)"
    rf"|\b(?:between|from)\s+{_DATE_IN}\s+(?:and|to|until)\s+{_DATE_IN}\b"
    r"|(?<=, )(?:taking\s+(?:(?:due\s+)?account\s+of|into\s+account)|having\s+(?:due\s+)?regard\s+to)\b|\ba\s+maximum\s+of\b|\bno\s+(?:more|longer)\s+than\b"
    r"|\b(?<!\bis )(?<!\bare )within\s+(?:the\s+|these\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:guidelines|rules|limits|terms|"
    r"parameters|boundaries|restrictions|conditions)\b"
    r"|\b(?:up\s+to|less\s+than|under|below|not\s+exceeding|not\s+more\s+than)\s+(?:a\s+(?:total\s+)?value\s+of\s+)?(?:[£$€]?\d[\d,]*(?:\.\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|fifty|a\s+hundred)\b)"
    r"|\bup\s+to\s+a\s+(?:total\s+)?value\s+of\b"
    r"|\b(?:outwith|outside(?:\s+of)?)\s+(?:the\s+)?(?:[\w']+\s+){0,2}?(?:normal\s+|core\s+)?work(?:ing)?\s+(?:hours|time)\b"
    r"|(?<!\bat work or )(?<!\bin work or )(?<!\bany )(?<!\bof )(?<!\bno )(?<!\bother )(?<!\bsuch )(?<!\bpaid )(?<!\bunpaid )(?<!\bundertake )(?<!\bundertaking )(?<!\bout )(?<!\bdoing )(?<!\bdo )(?<!\bapprove )(?<!\bpermit )(?<!\ballow )(?<!\bauthorise )(?<!\bauthorize )(?<!\bfor )(?<!\bin )(?<!\bon )\b(?:outwith|outside(?:\s+of)?)\s+work\b(?![\w-])"
    r"|\b(?:outwith|outside(?:\s+of)?)\s+(?:the\s+|their\s+|your\s+)?(?:normal|core|office|contracted)\s+hours\b"
    r"|\b(?:outwith|outside(?:\s+of)?)\s+(?:the\s+|their\s+|your\s+)?workplace\b"
    r"|\b(?:normally|ordinarily|usually|generally)\b(?=\s+(?:be\s+)?(?:permitted|allowed|acceptable|accepted|approved)\b)"
    r"|\bbefore\s+(?:and|or)\s+after\s+(?:work|school|(?:your|their)\s+shifts?)\b"
    r"|\bin\s+(?:your|their|his or her)\s+own\s+time\b|\b(?:during|in)\s+(?:your\s+|their\s+)?(?:lunch|rest)\s+breaks?\b|\b(?:during|at)\s+lunch(?:\s*times?)?\b"
    r"|\b(?:during|in|on)\s+(?:(?:your|their|his or her|a|the)\s+)?(?:\w+\s+)?breaks?\b|\blimited\b"
    r"|\bat\s+the\s+(?:sole\s+|absolute\s+|entire\s+)?discretion\s+of\b|\bbut not\b|\bbut\s+(?:may|must|can)\s+not\b"
    r"|(?<=, )in\s+which\s+case\b"
    r"|(?<=, )(?:though|although|just|yet)\s+not\b|\bbut\s+(?:cannot|can't|should\s+not|shouldn't|mustn't)\b"
    r"|,\s+but\s+(?:[\w'-]+\s+){1,6}?(?:is|are)\s+not(?=\s*[.;!]?\s*$)"
    r"|\bat\s+(?:the\s+|their\s+|your\s+)?(?:\w+\s+)?\w+'s\s+discretion\b|\bwithin\s+reason(?:able\s+limits)?\b|\bin\s+moderation\b"
    r"|\b(?:for\s+(?:up\s+to\s+)?|(?:during|in|within)\s+(?:a|the)\s+)(?:\d+|one|two|three|four|five|ten|fifteen|twenty|thirty)"
    r"(?:[- ]minutes?\s+(?:session|slot|period)\b|\s+minutes?\b(?:\s+each\b)?)"
    r"|\bon\s+(?:the\s+)?(?:production|presentation|payment)\s+of\b|\bon\s+application\s+to\b|\b(?:on|upon)\s+(?:written\s+)?request\b|\bupon\s+(?:\w+\s+)?payment\b"
    r"|\bsuch\s+(?:[\w-]+\s+){1,2}?as\s+(?:is|are|may\s+be)\s+(?:\w+ly\s+)?(?:reasonable|necessary|proportionate|appropriate)\b"
    r"|\bup\s+to\s+a\s+maximum\b|\bin\s+the\s+presence\s+of\b|\bas\s+soon\s+as\s+(?:they|it|you|the\s+[\w-]+)\s+(?:are|is|have|has)\b"
    r"|\b(?:by|or)\s+(?:any|at\s+least|not\s+less\s+than|no\s+fewer\s+than)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"twenty)\s+(?:[\w-]+\s+){0,3}?(?:electors|councillors|members|persons|people|residents)\b"
    r"|\bon\s+(?:any\s+)?(?:matters?|items?|business)\s+(?:included|contained|listed|itemised|set\s+out)\s+(?:in|on)\s+the\s+agendas?\b"
    r"|\bonce\s+every\s+|\bevery\s+(?:\d+|two|three|four|six|twelve)\s+(?:days|weeks|months|years)\b"
    r"|\bwithin\s+(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|twenty-eight|thirty)\s+(?:(?:working|calendar|clear)\s+)?(?:days|weeks|months)\b"
    r"|\bup\s+to\s+\w+\s+(?:minutes|hours?)\b|\b(?:an?|one|\d+)\s+(?:minutes|hours?)\s+(?:a|per|each)\s+(?:day|week)\b"
    r"|\b(?:with|obtain\w*|seek\w*|ask\w*|hav\w+)\s+(?:[\w']+\s+){0,3}?(?:permission|consent|approval|agreement|"
    r"authori[sz]ation)\b"
    r"|\bwhere\s+(?:appropriate|necessary|required|relevant|authori[sz]ed|agreed|permitted)\b"
    r"|\bafter\s+(?:first\s+)?(?:consulting|agreeing|discussing|checking|clearing|speaking|talking)\b"
    rf"|\b{IN_EMERGENCY}\b|\b{OTHERWISE_SAID}\b"
    r"|\b(?:after|once\s+(?:they|you|he|she)\s+(?:have|has)\s+(?:completed|worked))\s+(?:\d+|one|two|three|six|nine|twelve|twenty-six)"
    r"\s+(?:weeks|months|years)['’]?\s+(?:continuous\s+)?(?:service|employment)\b"
    r"|(?<!\bincurred )(?<!\bspent )\b(?:while|whilst)\s+(?!(?:\w+ly\s+)?(?:seeking|trying|aiming|recogni[sz]ing|acknowledging|"
    r"accepting)\b)\w+ing\b"
    r"|\b(?:through|via)\s+(?:the\s+)?(?:appropriate|proper|correct|official|approved|agreed)\s+(?:channels?|routes?|procedures?)\b"
    r"|\bas\s+(?:an\s+)?observers?\b|\bas\s+agreed\b|\b(?:by\s+)?no\s+later\s+than\b|\b(?:in|during|within)\s+the\s+public\s+(?:session|forum)\b"
    r"|\bwith\s+the\s+exception\b|\bthe\s+only\s+exceptions?\s+(?:is|are|being)\b|(?<=, )apart\s+from\b"
    r"|\b(?:all\s+(?:[\w-]+\s+){1,6}?|everywhere\s+|anywhere\s+)(?:apart\s+from|other\s+than|save\s+for)\b"
    r"|\bin\s+(?:the\s+)?(?:designated|specific|specified|main\s+public|public|non-clinical|certain)\s+areas?\b|\b(?:without(?!\s+(?:further\s+|prior\s+|any\s+)?(?:notice|notification|warning|explanation|reason|delay|application|request|fear|risk|threat|charge|cost|penalty|the\s+(?:assistance|help)\s+of"
    r"|(?:permission|consent|payment|charge)\s+or\s+(?:permission|consent|payment|charge|a\s+fee)|needing|having\s+to|the\s+need"
    r"|(?:giving|stating|providing)\s+(?:a\s+|any\s+)?reasons?)\b)"
    r"|unless(?!\s+(?:you|they|he|she)\s+(?:wish|want|choose|prefer)\b)|except)\b|" + _SOMEONE_AGREES
    + r"|(?<!\bparticularly )(?<!\bespecially )(?<!\bnotably )\bwhere\s+(?:such|this|these|those|it|the|they|there|you|he|she|any|"
    r"their|your|his|her|its|an?|(?:prior\s+|written\s+)?(?:permission|consent|approval|authori[sz]ation))\b|(?<!\bnot )\bonly\b"
    r"|(?<!\bparticularly )(?<!\bespecially )(?<!\beven )\bif(?:,\s*[^,.;]{1,30},)?\s+(?!in\s+doubt\b)(?!(?:you|they|he|she|we)\s+(?:(?:(?:do|does)\s+not|don't|doesn't)\s+)?(?:wish|want)\s+to\b)(?!(?:you|they)\s+disagree\b)(?:[\w']+\s+){1,8}?(?:is|are|was|were|has|have|had|do|does|did|becomes?|continues?|(?:could|would|might|may)\s+be|"
    r"breach\w*|break\w*|fails?|falls?|goes|go|contains?|seems?|appears?|"
    r"(?:interfer|affect|impact|conflict|disrupt|hinder|impair|compromis|damag|harm|exceed|caus)\w*|costs?|incurs?|involves?|relates?|"
    r"requires?|meets|compl(?:y|ies)|conforms?|remains?|stays?)\b"
    r"|\bwhen\s+(?:our|the|your|their|its|an?|any|this|these|those|they|you|we|it|there|he|she)\s+(?:[\w']+\s+){0,6}?"
    r"(?:is|are|was|were|has|have|aren't|isn't|breach\w*|break\w*|fails?|contains?)\b", _I)
"""Words that bound a permission or a rule; the qualifier runs from them to the end of the clause. Among them: the
times or activities it holds in ("during certain activities"), a request it needs ("on request"), the channel it goes
through ("through the appropriate channels"), the capacity it is given in ("as observers"), a permission it needs ("where
permission has not been granted"), a use of one's own ("for your personal use") and the number of people it needs ("by
any six electors")."""

_CLAUSE_END = compile_pattern(r"[.;:]\s|[.;:]$|\s[-–]\s|,\s+(?:and|but|or|however)\s|$")
_QUALIFIER_LENGTH = 90


_OFFICE_HOURS = compile_rule(r"\b(?:during|in|outside(?:\s+of)?|outwith)\s+(?:normal\s+|core\s+|our\s+)?office\s+(?:hours|time)\b", _I)
"""Office hours: the reader's working time, unless the clause is about the body's channels, when they are the hours
its accounts are staffed ("Our social media accounts are monitored during office hours")."""


@lru_cache(maxsize=16384)
def read_scope(text: str) -> tuple[str, ...]:
    """The scope terms the text states, in vocabulary order (remembered: a lead-in is read for each of its items)."""
    kept = _SET_ASIDE.sub(" ", text)
    lowered = folded(kept)
    terms = [term for term, pattern in SCOPES.items() if may_match(_WORDS.get(term, ()), lowered) and pattern.search(kept)]
    if "official accounts" not in terms and "working time" not in terms and (office := _OFFICE_HOURS.search(kept)):
        terms.append("outside working time" if re.match(r"outside|outwith", office.group(), _I) else "working time")
        terms.sort(key=list(SCOPES).index)
    return tuple(dict.fromkeys(terms))


TITLE_SCOPES: dict[str, re.Pattern[str]] = {
    "official accounts": compile_rule(
        r"\bhouse\s+rules\b|\bmoderat(?:ion|ing|ed|ors?)\b|\bcomment(?:s|ing)\s+(?:policy|guidelines|rules)\b"
        r"|\bcommunity\s+(?:guidelines|standards|rules)\b|\bposting\s+guidelines\b|\brules\s+for\s+participation\b"
        r"|\buser\s+guidelines\b|\bsocial\s+media\s+(?:terms|user)\b|^facebook\b|\bfacebook\s+(?:policy|guidelines|terms)\b", _I),
    "meetings": compile_rule(r"\bmeetings?\b(?!\s+(?:the|our|your|their|its|all|these|those|needs|standards)\b)"
                             r"|\bpublic\s+(?:participation|question\s+time|questions|forums?|speaking)\b|\bspeak(?:ing)?\s+at\b"
                             r"|\b(?:filming|recording)\s+protocol\b|\bprotocol\s+(?:on|for)\s+(?:the\s+)?(?:filming|recording)\b", _I),
}
"""The scope a document's title gives every clause in it. A document on meetings ("Protocol on filming council
meetings", "What to expect at a Parish Council meeting", "Public participation", "Speak at committees", "Filming
protocol") holds rules for meetings. A channel's house rules, moderation or comments policy, community guidelines or
terms for its users ("Social media terms and conditions", "Facebook guidelines") hold rules on the body's own accounts.
Each term was kept only where, on the labelled set's dev half, it made more clauses' scope right than wrong. Titles
that name equipment ("Email policy", "IT acceptable use") give nothing: for them "council equipment" made more wrong
than right, as such documents also state rules of conduct anywhere; so did "Social media policy", "Terms and
conditions", "Standing orders" and "Committees"."""


@lru_cache(maxsize=1024)
def title_scope(title: str | None) -> tuple[str, ...]:
    """The scope terms a document's title gives every clause in it, in vocabulary order."""
    if not title:
        return ()
    return tuple(term for term in SCOPES if term in TITLE_SCOPES and TITLE_SCOPES[term].search(title))


def condition_at(text: str, start: int = 0) -> re.Match[str] | None:
    """The first word that bounds a permission at or after `start`, if any."""
    return _CONDITION.search(text, start)


_APPROVAL_FIRST = compile_pattern(_APPROVED_FIRST + r"[^,.;:]*", _I)


def approval_first(sentence: str) -> re.Match[str] | None:
    """A fronted condition of someone's approval ("Once your manager has approved your access, …"),
    which bounds the permission that follows it in the sentence."""
    return _APPROVAL_FIRST.match(sentence)


def read_qualifier(text: str, start: int = 0) -> str | None:
    """The condition or limit words from the first bounding word at or after `start`.

    "permitted … providing it conforms to the requirements" gives "providing it conforms to
    the requirements"; the phrase ends with its clause and is cut at a word boundary.
    """
    found = condition_at(text, start)
    if found is None:
        return None
    end = _CLAUSE_END.search(text, found.end())
    phrase = text[found.start():end.start() if end else len(text)].strip(" ,")
    if len(phrase) > _QUALIFIER_LENGTH:
        phrase = phrase[:_QUALIFIER_LENGTH].rsplit(" ", 1)[0] + " …"
    return phrase or None
