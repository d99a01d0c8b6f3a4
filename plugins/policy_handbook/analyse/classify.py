"""Whether a change of wording is editorial or substantive, and why.

A change is **editorial** only if it cannot change what a rule requires:

- *punctuation* and *whitespace* (``posting pictures of, or details about,`` → ``posting
  pictures of or details about``), apostrophe and quotation-mark styles;
- *case* (``Council`` → ``council``);
- *contractions* written out or contracted (``don't`` ↔ ``do not``, ``can't`` ↔ ``cannot``
  ↔ ``can not``, ``it's`` ↔ ``it is``);
- *spelling*: British and American variants (``recognise``/``recognize``,
  ``colour``/``color``, ``centre``/``center``, ``licence``/``license``,
  ``judgement``/``judgment``), a compound written as one word or two (``e-mail`` →
  ``email``), and a misspelling corrected or introduced (``recieve`` → ``receive``);
- *numbering*: the clause or list number at the start of the text (``3.1`` → ``3.2``,
  ``(a)`` → ``(b)``).

Everything else is **substantive**. Each substantive change is given the categories that
make it so, from the words it touches: *negation* (``not``, ``no``, ``never``, ``without``
… added, removed or swapped, and negating prefixes ``un-``, ``in-``, ``im-``, ``il-``,
``ir-``, ``non-``, ``dis-``: ``authorised`` → ``unauthorised``); *modal* (``must``,
``should``, ``may``, ``can`` …: how binding the rule is); *number*; *date*; *time*;
*duration*; *named body or role* (``employer`` → ``employee``, a capitalised name); and
*wording* for any other word added, removed or replaced.

How the rule decides, exactly:

1. A number at the start of either text (``3.1``, ``4.``, ``(a)``, ``ii)``, followed by
   a capital letter) is set aside; if they differ, that is an editorial *numbering* reason.
2. Both texts are split into words (letters and digits, apostrophes inside a word kept);
   contractions are written out; words are case-folded, with ``’`` read as ``'``.
3. The two word lists are diffed (:class:`difflib.SequenceMatcher`). Each run of changed
   words (deleted and inserted words between two equal stretches) is editorial when the
   deleted words joined equal the inserted words joined (a compound), or when as many
   words are deleted as inserted and each is a spelling variant of its counterpart (see
   :func:`is_spelling_variant`). Any other run is substantive.
4. Where the words are equal, their written forms are compared for the editorial reasons
   *contraction* and *case*; the characters other than letters, digits and spaces for
   *punctuation*.

A word is a *known word* when it is in the English word list of ``pyspellchecker``. Two
different words that are both known are never spelling variants unless a British and
American spelling rule makes them equal: ``team``/``tram``, ``formally``/``formerly`` and
``employer``/``employee`` are different words. A misspelling is recognised only when at
most one of the two words is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Iterable, Literal

from rapidfuzz.distance import OSA

Kind = Literal["editorial", "substantive"]

EDITORIAL_CATEGORIES = ("numbering", "punctuation", "whitespace", "case", "contraction", "spelling")
SUBSTANTIVE_CATEGORIES = ("negation", "modal", "number", "date", "time", "duration", "named body or role",
                          "wording")


@dataclass(frozen=True)
class Reason:
    """One thing that changed, and whether it can change what a rule requires."""

    category: str
    """One of :data:`EDITORIAL_CATEGORIES` or :data:`SUBSTANTIVE_CATEGORIES`."""
    old: str
    """The words before ('' when words were added)."""
    new: str
    """The words after ('' when words were removed)."""
    explanation: str

    @property
    def substantive(self) -> bool:
        return self.category in SUBSTANTIVE_CATEGORIES

    def as_dict(self) -> dict[str, object]:
        return {"category": self.category, "substantive": self.substantive, "old": self.old, "new": self.new,
                "explanation": self.explanation}


@dataclass(frozen=True)
class ChangeVerdict:
    """The classification of one change of text."""

    kind: Kind
    reasons: tuple[Reason, ...] = field(default_factory=tuple)
    changed: bool = True
    """False when the texts are identical (then ``kind`` is editorial and there are no reasons)."""

    @property
    def substantive(self) -> bool:
        return self.kind == "substantive"

    def as_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "changed": self.changed, "reasons": [r.as_dict() for r in self.reasons]}


# --- words -------------------------------------------------------------------------------

_WORD = re.compile(r"\d{1,2}:\d{2}(?:\s?[ap]\.?m\b\.?)?|\d{1,2}(?:\.\d{2})?\s?[ap]\.?m\b\.?"
                   r"|[^\W_]+(?:['’][^\W_]+)*", re.IGNORECASE)
_NUMBERING = re.compile(
    r"^\s*(?:\(?\d+(?:\.\d+)*[.)]|\d+(?:\.\d+)+|\([a-z]{1,2}\)|[a-z][.)]|\(?[ivxlc]{1,5}[.)])\s+(?=[\"'“‘(]?[A-Z])",
    re.IGNORECASE)

_CONTRACTIONS = {
    "can't": ("can", "not"), "cannot": ("can", "not"), "won't": ("will", "not"), "shan't": ("shall", "not"),
    "ain't": ("is", "not"), "let's": ("let", "us"), "it's": ("it", "is"), "that's": ("that", "is"),
    "there's": ("there", "is"), "what's": ("what", "is"), "who's": ("who", "is"), "here's": ("here", "is"),
    "he's": ("he", "is"), "she's": ("she", "is"), "i'm": ("i", "am"),
}
_SUFFIXES = (("n't", ("not",)), ("'re", ("are",)), ("'ll", ("will",)), ("'ve", ("have",)))


@dataclass(frozen=True)
class _Word:
    norm: str
    """Case-folded, contractions written out: one part of what was written."""
    written: str
    """As written (the whole contraction for each of its parts)."""
    contracted: bool = False


@lru_cache(maxsize=65536)
def _expand(written: str) -> tuple[_Word, ...]:
    folded = written.casefold().replace("’", "'")
    if folded in _CONTRACTIONS:
        return tuple(_Word(p, written, True) for p in _CONTRACTIONS[folded])
    if "'" in folded:
        for suffix, parts in _SUFFIXES:
            if folded.endswith(suffix) and len(folded) > len(suffix):
                return tuple(_Word(p, written, True) for p in (folded[: -len(suffix)], *parts))
    return (_Word(folded, written),)


def words(text: str) -> list[_Word]:
    """The words of ``text`` as the classifier compares them (contractions written out)."""
    return [part for written in _WORD.findall(text) for part in _expand(written)]


def normal_words(text: str) -> list[str]:
    """Case-folded words of ``text`` with contractions written out and British spellings
    made American, so that texts differing only editorially (except for misspellings)
    give the same list. Used to measure how similar two clauses are."""
    return [_spelling_key(w.norm) for w in words(text)]


# --- spelling ----------------------------------------------------------------------------

# British → American endings and forms; a word of at least six letters only, so that
# short words (``four``, ``prise``) are never folded onto another word.
_SPELLING_RULES = [
    (re.compile(r"is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"our(s|ed|ing|able|ite|ites|er|ful)?$"), r"or\1"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"gement(s)?$"), r"gment\1"),
    (re.compile(r"amme(s)?$"), r"am\1"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"oe(?=[^s]|$)"), "e"),
]


@lru_cache(maxsize=65536)
def _spelling_key(word: str) -> str:
    if len(word) < 6 or any(c.isdigit() for c in word):
        return word
    for pattern, replacement in _SPELLING_RULES:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=1)
def _dictionary():
    from spellchecker import SpellChecker

    return SpellChecker(language="en")


def is_known_word(word: str) -> bool:
    """Whether ``word`` (case-folded) is in the English word list (or is an American form of one)."""
    return _spelling_key(word) in _dictionary() or word in _dictionary()


NEGATING_PREFIXES = ("non-", "non", "dis", "un", "in", "im", "il", "ir")


def negating_prefix(a: str, b: str) -> str | None:
    """The prefix that turns one word into the other (``un`` for authorised/unauthorised), or None."""
    short, long = sorted((a, b), key=len)
    for prefix in NEGATING_PREFIXES:
        if long == prefix + short and len(short) >= 3:
            return prefix.rstrip("-")
    return None


def is_spelling_variant(old: str, new: str) -> bool:
    """Whether two case-folded words are one word spelt two ways.

    Equal words are; so are a British and an American spelling (``organisation`` /
    ``organization``). Otherwise, for a misspelling: neither holds a digit, neither is a
    rule word (:data:`RULE_WORDS`), at most one of them is a known word, they are at
    least 4 letters long, start with the same letter, are not a word and its negation,
    and are at most ``max(1, len(shorter) // 4)`` edits apart (optimal string alignment:
    swapping two neighbouring letters is one edit).
    """
    if old == new or _spelling_key(old) == _spelling_key(new):
        return True
    if any(c.isdigit() for c in old + new) or old in RULE_WORDS or new in RULE_WORDS:
        return False
    if min(len(old), len(new)) < 4 or old[0] != new[0] or negating_prefix(old, new):
        return False
    if OSA.distance(old, new) > max(1, min(len(old), len(new)) // 4):
        return False
    return not (is_known_word(old) and is_known_word(new))


# --- what a changed word is about --------------------------------------------------------

NEGATION_WORDS = frozenset({"not", "no", "never", "none", "nor", "neither", "nobody", "nothing", "nowhere",
                            "without", "unless", "except", "non", "cannot"})
MODAL_WORDS = frozenset({"must", "should", "shall", "may", "might", "can", "could", "will", "would", "ought",
                         "need", "needs", "required", "require", "requires", "permitted", "allowed", "expected",
                         "encouraged", "recommended", "advised", "mandatory", "optional", "entitled", "forbidden",
                         "prohibited"})
QUANTIFIER_WORDS = frozenset({"all", "any", "only", "always", "every", "each", "some", "most", "few"})
RULE_WORDS = NEGATION_WORDS | MODAL_WORDS | QUANTIFIER_WORDS
"""Words whose change alters a rule however small the spelling change (``not`` → ``now``)."""

NUMBER_WORDS = frozenset("""zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
million first second third fourth fifth sixth seventh eighth ninth tenth once twice half quarter double single
dozen""".split())
MONTHS = frozenset("""january february march april may june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday weekday weekend
weekends""".split()) - {"may", "march"}
TIME_WORDS = frozenset({"am", "pm", "noon", "midday", "midnight", "clock", "morning", "afternoon", "evening",
                        "night", "lunchtime", "overnight"})
DURATION_WORDS = frozenset("""second seconds minute minutes hour hours day days week weeks fortnight fortnights month
months year years annual annually daily weekly monthly yearly quarterly period periods""".split())
ROLE_WORDS = frozenset("""employee employees employer employers staff manager managers officer officers councillor
councillors member members clerk clerks director directors supervisor supervisors contractor contractors volunteer
volunteers agency agencies union unions committee committees council councils authority authorities department
departments team teams hr user users customer customers client clients public citizen citizens resident residents
child children parent parents family families colleague colleagues administrator administrators partner partners
governor governors executive executives chair chairman mayor head heads worker workers trainee trainees consultant
consultants candidate candidates pupil pupils student students patient patients tenant tenants""".split())

_PLAIN_NUMBER = re.compile(r"\d")
_CLOCK = re.compile(r"^\d{1,2}(?::\d{2}|(?:\.\d{2})?\s?[ap]\.?m\.?)")


def _categories(deleted: list[_Word], inserted: list[_Word], capitalised: set[str],
                beside: list[_Word]) -> list[str]:
    words_ = [w.norm for w in deleted + inserted]
    found: list[str] = []

    def add(category: str) -> None:
        if category not in found:
            found.append(category)

    if any(w in NEGATION_WORDS for w in words_):
        add("negation")
    if any(negating_prefix(a.norm, b.norm) for a in deleted for b in inserted):
        add("negation")
    if any(w in MODAL_WORDS for w in words_):
        add("modal")
    if any(_PLAIN_NUMBER.search(w) or w in NUMBER_WORDS for w in words_):
        add("number")
    if any(w in MONTHS for w in words_):
        add("date")
    if any(w in TIME_WORDS or _CLOCK.match(w) for w in words_):
        add("time")
    if any(w in DURATION_WORDS for w in words_) or ("number" in found and any(
            w.norm in DURATION_WORDS for w in beside)):
        add("duration")
    if any(w in ROLE_WORDS or w in capitalised for w in words_):
        add("named body or role")
    if not found or any(w in QUANTIFIER_WORDS for w in words_):
        add("wording")
    return found


_EXPLAIN = {
    "negation": "a negation was added, removed or changed, which can reverse the rule",
    "modal": "a word that says how binding the rule is (must, should, may …) changed",
    "number": "a number changed",
    "date": "a date or day changed",
    "time": "a time of day changed",
    "duration": "a period of time changed",
    "named body or role": "the body or person the rule is about changed",
    "wording": "different words, which may change what the rule requires",
}


def _quote(ws: Iterable[_Word]) -> str:
    written: list[str] = []
    for w in ws:
        if not written or not (w.contracted and written[-1] == w.written):
            written.append(w.written)
    return " ".join(written)


_SENTENCE_OPENERS = frozenset(".!?:;•(\"“‘'")
"""Marks after which a capital starts a sentence or a quotation rather than a name."""


def _capitalised_names(text: str) -> set[str]:
    """Case-folded words written with a capital that do not start a sentence: names of bodies and roles."""
    names = set()
    for match in _WORD.finditer(text):
        word = match.group(0)
        if not word[:1].isupper() or word == "I" or word.casefold() in MONTHS:
            continue
        k = match.start() - 1
        while k >= 0 and text[k].isspace():
            k -= 1
        if k >= 0 and text[k] not in _SENTENCE_OPENERS:
            names.add(word.casefold().replace("’", "'"))
    return names


def _hunk_reasons(deleted: list[_Word], inserted: list[_Word], capitalised: set[str],
                  beside: list[_Word]) -> list[Reason]:
    old, new = _quote(deleted), _quote(inserted)
    if deleted and inserted and "".join(w.norm for w in deleted) == "".join(w.norm for w in inserted):
        return [Reason("spelling", old, new, f"‘{old}’ → ‘{new}’: the same word written as one or as several")]
    if deleted and len(deleted) == len(inserted) and all(
            is_spelling_variant(a.norm, b.norm) for a, b in zip(deleted, inserted)):
        return [Reason("spelling", old, new, f"‘{old}’ → ‘{new}’: the same word spelt differently")]
    prefixes = {p for a in deleted for b in inserted if (p := negating_prefix(a.norm, b.norm))}
    reasons = []
    for category in _categories(deleted, inserted, capitalised, beside):
        what = _EXPLAIN[category]
        if category == "negation" and prefixes:
            what = f"a negating prefix ({', '.join(sorted(p + '-' for p in prefixes))}) reverses the meaning"
        if old and new:
            change = f"‘{old}’ → ‘{new}’"
        elif old:
            change = f"‘{old}’ removed"
        else:
            change = f"‘{new}’ added"
        reasons.append(Reason(category, old, new, f"{change}: {what}"))
    return reasons


_IN_WORD_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _punctuation(text: str) -> list[str]:
    """The marks of a text other than letters, digits, spaces and apostrophes inside words."""
    return re.findall(r"[^\w\s]", _IN_WORD_APOSTROPHE.sub("", text).translate(_QUOTES))


def classify_change(old: str, new: str) -> ChangeVerdict:
    """Whether changing ``old`` into ``new`` is editorial or substantive, with every reason.

    The texts are plain text (strip Markdown marks first). The module docstring gives the
    rule. Identical texts give an editorial verdict with ``changed`` False and no reasons.
    """
    if old == new:
        return ChangeVerdict("editorial", (), changed=False)
    reasons: list[Reason] = []
    old_number, new_number = _NUMBERING.match(old), _NUMBERING.match(new)
    old_mark = old_number.group(0).strip() if old_number else ""
    new_mark = new_number.group(0).strip() if new_number else ""
    if old_mark != new_mark:
        reasons.append(Reason("numbering", old_mark, new_mark,
                              f"the number at the start changed (‘{old_mark}’ → ‘{new_mark}’)"))
    old_body, new_body = old[len(old_number.group(0)) if old_number else 0:], new[
        len(new_number.group(0)) if new_number else 0:]
    a, b = words(old_body), words(new_body)
    capitalised = _capitalised_names(old_body) | _capitalised_names(new_body)
    matcher = SequenceMatcher(None, [w.norm for w in a], [w.norm for w in b], autojunk=False)
    contractions: list[tuple[str, str]] = []
    cases: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            beside = a[max(i1 - 1, 0):i1] + a[i2:i2 + 1] + b[max(j1 - 1, 0):j1] + b[j2:j2 + 1]
            reasons += _hunk_reasons(a[i1:i2], b[j1:j2], capitalised, beside)
            continue
        for x, y in zip(a[i1:i2], b[j1:j2]):
            if x.contracted != y.contracted or (x.contracted and x.written.casefold() != y.written.casefold()):
                pair = (x.written, y.written)
                if pair not in contractions:
                    contractions.append(pair)
            elif x.written.replace("’", "'") != y.written.replace("’", "'") and (x.written, y.written) not in cases:
                cases.append((x.written, y.written))
    for x, y in _merge_contractions(contractions):
        reasons.append(Reason("contraction", x, y, f"‘{x}’ → ‘{y}’: a contraction written out or contracted"))
    for x, y in cases:
        reasons.append(Reason("case", x, y, f"‘{x}’ → ‘{y}’: capitals only"))
    if _punctuation(old_body) != _punctuation(new_body):
        reasons.append(Reason("punctuation", "", "", "punctuation changed"))
    if not reasons:
        reasons.append(Reason("whitespace" if old.split() == new.split() else "punctuation", "", "",
                              "spacing changed" if old.split() == new.split() else "punctuation changed"))
    kind: Kind = "substantive" if any(r.substantive for r in reasons) else "editorial"
    return ChangeVerdict(kind, tuple(reasons))


def _merge_contractions(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One pair per contraction: ``don't`` ↔ ``do`` and ``don't`` ↔ ``not`` become ``don't`` ↔ ``do not``."""
    merged: list[tuple[str, str]] = []
    for x, y in pairs:
        if merged and merged[-1][0] == x and x != y and not merged[-1][1].endswith(y):
            merged[-1] = (x, f"{merged[-1][1]} {y}")
        elif merged and merged[-1][1] == y and x != y and not merged[-1][0].endswith(x):
            merged[-1] = (f"{merged[-1][0]} {x}", y)
        else:
            merged.append((x, y))
    return merged
