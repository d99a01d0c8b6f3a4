"""Propose a clause's stance and strength on a topic from its own wording.

A clause is read against one ordered table of cues (modal verbs, negations, imperatives);
the first rule in table order that matches anywhere in the clause decides, whatever its
position in the text. The order, most specific first:

1. restricts — a cap on something allowed: "should limit", "must not be disproportionate",
   "not spend more time … than is necessary", "excessive", "may/will only".
2. prohibits/must — "must not", "is not allowed", "not permitted", "prohibited",
   "will not be tolerated", "may not"/"cannot" + verb, and a sentence-initial "Do not" or
   "Never": a bare negative imperative leaves no room for exceptions, so it is read as must.
3. prohibits/should — "should not", "should never", a sentence-initial "Avoid".
4. advises/informative — explicit advice: "advised to", "encourage", "recommend",
   "may wish to", a sentence-initial "Be aware".
5. permits with conditions/may — a permission (below) together with a condition:
   "provided that", "as long as", "with … permission", "must agree … in advance", "may … if".
6. permits/may — "may"/"can" + a verb of action, "are able to", "it is possible to",
   "have the right to", "reserves the right to". A power given to someone ("Managers may
   withdraw access") is a permission too. "may be", "may lead to", "can damage" and the
   like state a possibility or a consequence and are not permissions.
7. requires/must — "must", "have to", "are required to", "will be expected to".
8. requires/should — "are expected to", "expects … to", "should", "ought to", "need to",
   "responsibility to", and a sentence-initial imperative ("Ensure", "Make sure", "Use" …).
9. advises/informative — consequences ("may lead to", "may amount to"), "be aware",
   "consider", "important"; a clause with no cue at all is advises/informative too.

A list item is read with its lead-in (the parent clause's text, "Authorised Users must
not:"). The item keeps its own reading only when its first sentence has a cue of its own;
an imperative verb or an informative phrase does not count, because the item continues the
lead-in's sentence ("must: Make sure …"). Otherwise the item takes the reading of the
lead-in's last sentence (or of the whole lead-in when that sentence has no cue), so an item
under "… provided that:" is a condition: permits with conditions/may.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Stance, Strength
from ..text import to_plain


@dataclass(frozen=True)
class StanceReading:
    """A proposed stance and strength, with the words of the text that decided it."""

    stance: Stance
    strength: Strength
    cue: str
    """The deciding words, e.g. "must not"; empty when nothing in the text decided it."""


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    stance: Stance
    strength: Strength | None
    """None: "must" or "should", from the modal nearest the cue."""
    needs: re.Pattern[str] | None = None
    """A second cue that must also be in the text (the permission of a condition)."""
    own: bool = True
    """Whether the cue, in a list item's first sentence, overrides the lead-in."""


def _rule(pattern: str, stance: Stance, strength: Strength | None, *, needs: str | None = None,
          own: bool = True) -> _Rule:
    return _Rule(re.compile(pattern, re.IGNORECASE), stance, strength,
                 re.compile(needs, re.IGNORECASE) if needs else None, own)


_START = r"(?:^|(?<=[.!?;:] ))"
"""The start of a sentence, in text whose whitespace is collapsed to single spaces."""

_ADVERB = r"(?:also|still|now|always|well)"
# After "may"/"can" these state a possibility or a consequence ("may be", "can damage"), not a permission.
_NOT_AN_ACTION = (r"(?:be|been|have|lead|result|amount|damage|cause|appear|bring|compromise|conflict|"
                  rf"constitute|affect|seem|wish|intend|look|make|present|jeopardise|harm|sue|get|not|{_ADVERB})\b")
_PERMISSION = (rf"\b(?:may|can)(?!not) (?:{_ADVERB} )?(?!{_NOT_AN_ACTION})\w+"
               r"|\b(?:is|are)(?: now)? (?:able|allowed|permitted) to\b"
               r"|\bit(?: is|'s)(?: now)? possible to\b"
               r"|\b(?:has|have) the right to\b|\breserves? the right to\b")

_IMPERATIVES = (r"ensure|make sure|comply|be polite|clearly identify|tell|familiari[sz]e|expressly state|"
                r"remember|protect|presume|use(?! of\b)|report|contact|act|take|support|provide|treat|keep|"
                r"follow|seek|check|think")

_RULES: tuple[_Rule, ...] = (
    _rule(r"\b(?:must|should) limit\b", "restricts", None),
    _rule(r"\b(?:must|should) not be (?:disproportionate|to the detriment)\b", "restricts", None),
    _rule(r"\b(?:must|should) not spend more time\b(?=[^.]*\bthan (?:is )?necessary\b)", "restricts", None),
    _rule(r"\bno more time\b(?=[^.]*\bthan (?:is )?necessary\b)", "restricts", None),
    _rule(r"\bdisproportionate\b|\bexcessive\b", "restricts", None),
    _rule(r"\b(?:must|should|will|may|can) only\b", "restricts", None),

    _rule(r"\b(?:do not|must not|should not|never) under any circumstances\b|\bunder no circumstances\b",
          "prohibits", "must"),
    _rule(r"\bmust not\b|\bmustn't\b|\bmust never\b", "prohibits", "must"),
    _rule(r"\b(?:is |are )?not (?:allowed|permitted)\b|\b(?:is|are) prohibited\b|\bwill not be tolerated\b",
          "prohibits", "must"),
    _rule(r"\b(?:may not|cannot|can't|can not)\b(?! (?:be|been|have)\b)", "prohibits", "must"),
    _rule(rf"{_START}(?:do not|don't|never)\b", "prohibits", "must", own=False),
    _rule(r"\bshould not\b|\bshouldn't\b|\bshould never\b|\bought not\b", "prohibits", "should"),
    _rule(rf"{_START}avoid\b", "prohibits", "should", own=False),

    _rule(r"\badvised to\b|\bencourage[ds]?\b|\brecommend(?:s|ed)?\b|\b(?:may|might) (?:wish|want) to\b"
          rf"|{_START}be aware\b", "advises", "informative"),

    _rule(r"\bprovided(?: that)?\b|\bproviding that\b|\b(?:as|so) long as\b|\bon condition that\b"
          r"|\b(?:with|obtain|obtained|obtaining|seek|seeking|ask|asking|having) (?:\w+ ){0,3}?permission\b"
          r"|\bmust agree\b[^.]*?\bin advance\b"
          rf"|\bmay (?!{_NOT_AN_ACTION})\w+[^.;]*?\bif\b",
          "permits with conditions", "may", needs=_PERMISSION),
    _rule(_PERMISSION, "permits", "may"),

    _rule(r"\bmust\b|\b(?:have|has) to\b|\b(?:is|are) required(?: to)?\b"
          r"|(?<!may be )(?<!may also be )\brequired to\b|\bwill be expected to\b", "requires", "must"),
    _rule(r"\b(?:is|are) expected to\b|\bexpects? (?:\w+ ){1,2}?to\b|\bexpects? that\b", "requires", "should"),
    _rule(r"\bshould\b(?! (?:also |already |therefore )?be (?:aware|mindful)\b)|\bought to\b"
          r"|\bneeds? to\b(?! be aware\b)|\bresponsibility to\b|\bresponsible for ensuring\b",
          "requires", "should"),
    _rule(rf"{_START}(?:{_IMPERATIVES})\b", "requires", "should", own=False),
)
"""The cues, in the order they are tried."""

_INFORMATIVE = re.compile(
    r"\b(?:may|could|will) (?:also )?(?:lead to|result in|amount to|constitute|be subject to"
    r"|be investigated|be dealt with|be considered|be viewed)\b"
    r"|\bbe aware\b|\bmindful\b|\bconsider\w*|\bit is important\b|\bimportant\b", re.IGNORECASE)
"""Words that name what makes a clause with no rule informative; they never govern a list item."""

_MUST = re.compile(r"\b(?:must|have to|has to|(?:will|may|can) only)\b", re.IGNORECASE)
_SHOULD = re.compile(r"\bshould\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
_LIST_MARK = re.compile(r"^\s*(?:[-+*]|\d+[.)])\s+", re.MULTILINE)


def propose_stance(text: str, lead_in: str | None = None) -> StanceReading:
    """Propose the stance and strength of a clause from its wording.

    `text` is the clause's Markdown text; `lead_in` is the parent clause's text when the
    clause is a list item (e.g. "Authorised Users must not:"), whose modal governs an item
    that has none of its own.
    """
    item = _plain(text)
    if lead_in:
        inherited = _read_lead_in(_plain(lead_in))
        first = _SENTENCE_END.split(item, maxsplit=1)[0]
        if inherited is not None and _read(first, own_only=True) is None:
            return inherited
    if (reading := _read(item)) is not None:
        return reading
    found = _INFORMATIVE.search(item)
    return StanceReading("advises", "informative", found.group() if found else "")


def _plain(markdown: str) -> str:
    text = to_plain(_LIST_MARK.sub("", markdown))
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split())


def _read_lead_in(lead_in: str) -> StanceReading | None:
    last = _SENTENCE_END.split(lead_in)[-1]
    return _read(last) or _read(lead_in)


def _read(text: str, *, own_only: bool = False) -> StanceReading | None:
    for rule in _RULES:
        if own_only and not rule.own:
            continue
        found = rule.pattern.search(text)
        if found is None or (rule.needs is not None and rule.needs.search(text) is None):
            continue
        strength = rule.strength or _modal(found.group(), _sentence_at(text, found.start()), text)
        return StanceReading(rule.stance, strength, found.group())
    return None


def _sentence_at(text: str, position: int) -> str:
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, position)), default=0)
    end = _SENTENCE_END.search(text, position)
    return text[start:end.start() if end else len(text)]


def _modal(*scopes: str) -> Strength:
    """The strength of a restriction: the first "must" or "should", nearest scope first."""
    for scope in scopes:
        if _MUST.search(scope):
            return "must"
        if _SHOULD.search(scope):
            return "should"
    return "should"
