"""How the stance reader reads a clause's wording before its grammar, and quotes its cues back as written.

The grammar (:mod:`.stance_grammar`) is written for one form of each construction. :func:`normalised`
gives the text in that form: contractions written out ("mustn't" as "must not"), "ought to" as
"should", American spellings as British, a condition put as "Should you …" as "If you …", an
aside between a modal or a judgement and its words read after them ("should therefore not post" as
"should not therefore post", "is, of course, unacceptable" as "is unacceptable, of course,"), and
a list's heading of what not to do ("Don'ts:") as "Do not:". :func:`as_written` finds the words a
cue was read from in the text as it was written, so that every cue quotes the clause.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .patterns import compile_pattern


_CONTRACTED = compile_pattern(r"\b(?:(?P<can>can)'t|(?P<will>won)'?t|(?P<shall>shan)'t|(?P<stem>(?!ai)[a-z]+)n't"
                              r"|(?P<bare>should|must|does|did|could|would|is|are|was|were|has|have|need)nt)\b", re.I)
_FULL_NOT = compile_pattern(r"\b(?:cannot|will not|shall not|[a-z]+ not|[a-z]+ never)\b|^not\b", re.I)


def _uncontracted(text: str) -> str:
    """The text with its negative contractions written out: "mustn't" → "must not", "won't" →
    "will not", "can't" → "cannot", also without the apostrophe ("wont", "shouldnt")."""
    def full(m: re.Match) -> str:
        if m["can"]:
            return m["can"] + "not"
        if m["will"]:
            return ("W" if m["will"][0] == "W" else "w") + "ill not"
        if m["shall"]:
            return ("S" if m["shall"][0] == "S" else "s") + "hall not"
        return (m["stem"] or m["bare"]) + " not"
    return _CONTRACTED.sub(full, text) if "'" in text or "nt" in text else text


_LINKING_ADVERB = r"(?:therefore|also|thus|hence|still|equally|further|furthermore|accordingly)"
_LINKING_ASIDE = rf"(?:{_LINKING_ADVERB}|however|of course|in addition|moreover|indeed|at all times|in all cases|without exception)"
"""An aside that adds nothing to the rule it stands in: it links it to what came before or stresses it."""
_JUDGED = r"(?:acceptable|appropriate|permitted|allowed|permissible|authori[sz]ed|tolerated)"
_JUDGEMENT = (rf"(?:(?:not|never) {_JUDGED}|(?:un|in|im)(?:acceptable|appropriate|permissible)|(?:prohibited|forbidden|banned)|{_JUDGED}"
              r"|(?:free|entitled|welcome) to|(?:not )?(?:required|obliged|expected|bound) to|essential|vital|important|imperative"
              r"|necessary|to)\b")
"""What "to be" or "need" says of an act, a grant or a duty: "not acceptable", "allowed", "required to", "essential"."""
_ASIDE_LEFT_OUT = compile_pattern(
    rf"\b(is|are|must|should|shall|may|can|need|needs|not|never),\s*{_LINKING_ASIDE}\s*,(?=\s)"
    rf"|\b(must|should|shall|may|can) {_LINKING_ADVERB}(?= (?:not|never)\b)"
    rf"|\b(is|are|need|needs) (?:{_LINKING_ASIDE}(?= {_JUDGEMENT})|{_LINKING_ADVERB}(?= \w+ed\b))", re.I)
"""An aside that adds nothing, just after a modal, a verb "to be" or a negation ("may, however, accept", "is never,
however, to be accepted"), or without commas between a modal and its negation ("should therefore not post") or inside a
judgement ("are at all times expected to", "are also reminded"): left out, so that it does not cut the clause or part the
words of the rule."""
_ASIDE_MOVED = compile_pattern(
    r"\b(must|should|shall|may|can)(,[^,.;]{1,40},) (not|never)\b(?! (?:only|just|merely|simply)\b)"
    rf"|\b(is|are|need|needs)(,[^,.;]{{1,40}},) ({_JUDGEMENT})"
    rf"|\b(not|never)(,[^,.;]{{1,40}},) ({_JUDGED})\b", re.I)
"""Another aside between a modal and its negation, or inside a judgement of an act, a grant or a duty ("must, at all
times, not post", "are, within reason, allowed", "is not, where possible, permitted"): read after them ("must not, at
all times, post", "are allowed, within reason,"), so that they are read whole and a condition in the aside still bounds
a grant. ("not only" stays where it is: it adds, it does not deny.)"""
_ASIDE_WRITTEN = rf"(?:,[^,.;]{{1,40}},|\s+{_LINKING_ASIDE})?"
"""Where a cue quoted from the text may have an aside the reader left out or moved."""


_DONTS = compile_pattern(r"^don'?ts\s*:?\s*$|\b(d)ont\b", re.I)
"""A list's heading of what not to do ("Don'ts:"), read as "Do not:", and "dont" written without its apostrophe, read
as "do not"."""


_PRONOUN_CONTRACTED = compile_pattern(r"\b(you|we|they)'(re|ll)\b", re.I)
"""A pronoun with "are" or "will" contracted ("you're allowed", "you'll be expected"), read as written out."""


_AMERICAN = {"behavior": "behaviour", "organiz": "organis"}
"""Stems the patterns name in British spelling only ("behavior", "organization"), with the British stem."""
_AMERICAN_STEM = compile_pattern(rf"\b(?:{'|'.join(_AMERICAN)})", re.I)
_OUGHT = compile_pattern(r"\bought (not )?to\b", re.I)
_ADDED_POINT = compile_pattern(r"(?:^|(?<=[.;!?] ))(?:(?:in addition|additionally|also|furthermore|further|moreover|similarly|"
                              r"likewise|equally|finally|therefore|as such|in particular|again|once again|as always),\s+|please (?=(?:do not|never|"
                              r"avoid|refrain)\b))([a-z])", re.I)
"""A sentence adverb that adds a point to what came before ("In addition, the user does not …"), or the "please"
of a ban asked politely ("Please do not swear"): no part of the rule, whose sentence is read as it would start
without it. "But", "however" and "yet" are not among them: they set a rule against the one before it."""


_NEITHER = compile_pattern(r"\b(must|should|shall|may|can|will|do|does|is|are)\s+neither\b(?=[^.;]*\bnor\b)", re.I)
"""A negative spread over two acts ("Users must neither amend …, nor make …"): "must not … nor"."""
_NEITHER_VERB = compile_pattern(r"\bneither (permit|allow|condone|tolerate|support|encourage|endorse|accept|authori[sz]e|approve|"
                                r"sanction|require|expect|prohibit|forbid)(s?) nor\b", re.I)
"""The same negative spread over two verbs without a modal ("The council neither permits nor condones …"): "does not
permit nor condone"."""
_INVERTED_IF = compile_pattern(r"(?:^|(?<=[.;!?] ))should (?=(?:you|we|they|he|she|it|anyone|someone|somebody|an?|the|any|staff|"
                              r"employees|members|this|there|your)\b[^.;!?]*(?:[.;!]|$))", re.I)
"""A condition put as "Should you be informed …, please contact …": "if", no duty."""
_INVERTED_IF_WITHIN = compile_pattern(r"(?<=[a-z] )(?<!\bneither )(?<!\bnor )(?<!\bonly )(?<!\bnever )(?<!\bso )(?<!\bas )"
                                     r"(?<!\bcircumstances )(?<!\btime )(?<!\bcase )(?<!\bway )(?<!\bwhy )(?<!\bhow )(?<!\bwhat )"
                                     r"(?<!\bwhen )(?<!\bwhere )(?<!\bwho )(?<!\bwhich )(?<!\bonce )(?<!\bever )(?<!\boccasion )"
                                     r"should (?=(?:you|they|he|she|anyone|someone|an?|the|any|its|their|his|her|your|our|this|"
                                     r"these|those|such)(?:/[\w'-]+)*\s+(?:[\w'/-]+\s+){0,3}?"
                                     r"(?:be|fail|breach|become|wish|need|have|require|decide|choose|continue|persist|refuse)\b)", re.I)
"""The same condition after the main clause ("… reserves the right to withdraw access should a reader breach the
Conditions"): a modal cannot have its subject after it, so "should" opens a condition, unless a negative or a
question word before it inverts the sentence ("Neither should they be used …", "why should they be …")."""
_QUESTION_MARK = compile_pattern(r"^(?:Q|Question)\s*[:.]\s+(?=\S[^?]*\?\s+(?:(?:A|Answer)\s*[:.]\s|(?:Yes|No|You (?:can|may))\b))")
_ANSWER_MARK = compile_pattern(r"(?<=\?)\s+(?:A|Answer)\s*[:.]\s+")
"""The labels of a question and its answer ("Q: Can I …? A: Yes, but …", or "Q: Can I …? Yes, …" with the answer's
or "You can, …" with it left off), which are no part of either."""
_QUOTED_VERB = compile_pattern(r"\b((?:can|may|must|should|could|will|shall|not|to) )['\"\u2018\u201c]([a-z]+)['\"\u2019\u201d]"
                               r"(?=\s+(?:and|or|on|the|a|an|any|their|your|our|its|posts?|comments?|content|pages?|"
                               r"tweets?|messages?|them|it)\b)", re.I)
"""A platform's verb quoted after a modal ("Staff can 'like' and share posts", "must not 'follow' pupils"): the verb, unquoted."""
_DID_YOU_KNOW = compile_pattern(r"^did you know(?: that)?,?\s+(\w)", re.I)
"""A rule asked as a question ("Did you know the use of WhatsApp has only been approved for …?"): its statement."""


def normalised(text: str) -> str:
    """The text as the reader reads it: contractions written out, American spellings as British,
    "ought (not) to" as "should (not)", a condition put as "Should you …" as "If you …", a verb quoted after a modal
    ("can 'like'") without its quotes, a question and answer without
    their labels ("Q:", "A:"), "must
    neither … nor" as "must not … nor", a "Did you know …?" as its statement, and an added point's
    opening adverb or a polite ban's "please" left off. :func:`as_written` finds the cues again in
    the words as written."""
    if "ont" in (low := text.lower()) or "on't" in low:
        text = _DONTS.sub(lambda m: m[1] + "o not" if m[1] else "Do not:", text)
    text = _uncontracted(text)
    text = _ASIDE_LEFT_OUT.sub(lambda m: m[1] or m[2] or m[3], text)
    if "," in text:
        text = _ASIDE_MOVED.sub(_aside_after, text)
    if "'" in text:
        text = _PRONOUN_CONTRACTED.sub(lambda m: m[1] + (" are" if m[2].lower() == "re" else " will"), text)
    if "avior" in text or "aniz" in text:
        text = _AMERICAN_STEM.sub(lambda m: m[0][0] + _AMERICAN[m[0].lower()][1:], text)
    if "ought" in text:
        text = _OUGHT.sub(lambda m: ("S" if m[0][0] == "O" else "s") + "hould" + (" not" if m[1] else ""), text)
    if "," in text or "lease" in text:
        text = _ADDED_POINT.sub(lambda m: m[1].upper(), text)
    if "either" in text:
        text = _NEITHER.sub(r"\1 not", text)
        text = _NEITHER_VERB.sub(lambda m: ("does not " if m[2] else "do not ") + m[1] + " nor", text)
    if "hould " in text:
        text = _INVERTED_IF.sub(lambda m: "If " if m[0][0] == "S" else "if ", text)
        text = _INVERTED_IF_WITHIN.sub("if ", text)
    if text.startswith(("Q", "Question")) and (asked := _QUESTION_MARK.match(text)):
        text = _ANSWER_MARK.sub(" ", text[asked.end():], count=1)
    if "'" in text or "\"" in text or "\u2018" in text or "\u201c" in text:
        text = _QUOTED_VERB.sub(r"\1\2", text)
    if text.startswith(("Did you know", "did you know")):
        text = _DID_YOU_KNOW.sub(lambda m: m[1].upper(), text)
        text = text[:-1] + "." if text.endswith("?") else text
    return text


def _aside_after(m: re.Match[str]) -> str:
    """The words :data:`_ASIDE_MOVED` found, with the aside after what it stood inside."""
    head, aside, tail = (group for group in m.groups() if group is not None)
    return f"{head} {tail}{aside}"


def _contractible(full: str) -> str:
    """A pattern for words :func:`normalised` may have written in place of others: ``full`` ("must not",
    "cannot", "should", "if") or what it stood for ("mustn't", "can't", "ought to", "should you")."""
    low = full.lower()
    if low == "if":
        return r"(?:if|should)"
    if low in ("are", "will"):
        return rf"(?:{low}|(?<=\w)'{'re' if low == 'are' else 'll'})"
    if low in ("should", "should not"):
        return r"(?:should|ought)" + (_ASIDE_WRITTEN + r"(?: not|n'?t| not to)" if low == "should not" else r"(?: to)?")
    if low == "not":  # the cue began after the contracted word: "won't be allowed" read as "not be allowed"
        return r"(?:\bnot|\w+n'?t)"
    if low == "cannot":
        return r"can(?:not|'t)"
    if low.endswith(" never"):
        return re.escape(full[:-6]) + _ASIDE_WRITTEN + " never"
    if low in ("do not", "does not"):  # "neither permits nor" read as "does not permit nor"
        return rf"(?:{low[:-4]}{_ASIDE_WRITTEN}(?: not|n't| neither)|neither)"
    if low in ("will not", "shall not"):
        return rf"(?:{low[:-4]}{_ASIDE_WRITTEN} not|{'won' if low == 'will not' else 'shan'}'?t)"
    return re.escape(full[:-4]) + _ASIDE_WRITTEN + r"(?: not|n'?t| neither)"


@lru_cache(maxsize=4096)
def _written_forms(words: str) -> re.Pattern[str]:
    """What :func:`normalised` may have made ``words`` from: contractions, "ought to", British spellings."""
    parts = re.split(r"(\bshould(?: not)?\b|\bif\b|\bare\b|\bwill\b(?! not\b)|" + _FULL_NOT.pattern + ")", words, flags=re.I)
    pattern = "".join(_contractible(part) if i % 2 else re.escape(part) for i, part in enumerate(parts))
    pattern = re.sub(r"\\ (?=\(\?:are\||\(\?:will\|)", r"\\ ?", pattern)  # "you are" written "you're"
    for american, british in _AMERICAN.items():
        pattern = re.sub(british, f"(?:{british}|{american})", pattern, flags=re.I)
    return re.compile(pattern, re.I)


@lru_cache(maxsize=4096)
def _with_aside(words: str) -> re.Pattern[str]:
    """``words`` with an aside allowed after each of them."""
    return re.compile((_ASIDE_WRITTEN + r"\s+").join(map(re.escape, words.split())), re.I)


_QUOTE_MARK = "\\s+['\"\u2018\u201c]?"
"""A space between words, and a quotation mark that may open the next."""


def as_written(words: str, written: str) -> str:
    """``words`` the reader read, in the words of ``written`` where it read them otherwise: a
    contraction written out, "ought to" as "should", a British spelling for an American one, a
    sentence without its opening adverb, an aside moved out of the words, or a verb unquoted."""
    if not words or words in written:
        return words
    found = _written_forms(words).search(written)
    if found is None and " " in words:  # an aside the reader moved out of the cue: "is, of course, unacceptable"
        found = _with_aside(words).search(written)
    if found is None and " " in words:  # a verb the reader read without its quotes: "can 'like'"
        found = re.search(_QUOTE_MARK.join(map(re.escape, words.split())) + "['\"\u2019\u201d]?", written, re.I)
    if found and written[found.start()] == "'":  # "'ll be expected to" quoted with its pronoun: "You'll be expected to"
        return written[found.start() - len(re.search(r"\w*$", written[:found.start()]).group()):found.end()]
    return found.group() if found else words
