"""The stance grammar's and scope reader's patterns, compiled with shared word boundaries, match as written."""

from __future__ import annotations

import importlib.util
import re
import sys
from re import _parser
from pathlib import Path
from unittest import mock

import pytest

from policy_handbook.analyse import patterns, stance_context, stance_cues, stance_grammar, stance_scope
from policy_handbook.analyse.patterns import compile_rule, folded, may_match, shared_boundary, top_level_alternatives
from policy_handbook.load.loader import load_corpus

CORPUS = load_corpus(Path(__file__).parents[1] / "source_policies")
TEXTS = sorted({c.text for d in CORPUS.documents.values() for v in d.versions for c in v.walk_clauses()})
GLUED = [re.sub(r"\b(\w)", r"x\1", t) for t in TEXTS] + [re.sub(r"(\w)\b", r"\1x", t) for t in TEXTS]
"""Texts whose words are glued to a letter: a word boundary a pattern needs is not there."""
EDGES = ["", "must", "MUST NOT", "x must", "mustn't", "you may be removed", "Only staff may post.", "must-not",
         "it's     not allowed", "no one may", "Ensure that you do not", "café must", "é may not"]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\ba|\bb", r"\b(?:a|b)"),
    (r"^x|\ba|\bb|(?<=y)z|\bc", r"^x|\b(?:a|b)|(?<=y)z|\bc"),
    (r"\b[|]a|\bb", r"\b(?:[|]a|b)"),
    (r"\b[]|]x|\b[^]|]y", r"\b(?:[]|]x|[^]|]y)"),
    (r"\ba\|b|\bc", r"\b(?:a\|b|c)"),
    (r"\b(?:a|b)|\bc", r"\b(?:(?:a|b)|c)"),
    (r"\\ba|\\bb", r"\\ba|\\bb"),
    (r"(?i)\ba|\bb", r"(?i)\ba|\bb"),
    (r"\ba", r"\ba"),
])
def test_a_run_of_alternatives_shares_its_boundary(pattern, expected):
    assert shared_boundary(pattern) == expected
    assert "|".join(top_level_alternatives(pattern)) == pattern


def _as_written(source) -> list[str]:
    """A module's patterns as its source writes them: the module run again, recording what it compiles."""
    written: list[str] = []

    def record(pattern: str, flags: int = 0) -> re.Pattern[str]:
        written.append(pattern)
        return re.compile(pattern, flags)

    name = f"policy_handbook.analyse._{source.__name__.rsplit('.', 1)[-1]}_as_written"
    spec = importlib.util.spec_from_file_location(name, source.__file__)
    module = importlib.util.module_from_spec(spec)
    # Registered while it runs: its dataclasses look their module up by name.
    with mock.patch.object(patterns, "compile_rule", record), mock.patch.dict(sys.modules, {name: module}):
        spec.loader.exec_module(module)
    return written


WRITTEN = [p for module in (stance_cues, stance_context, stance_grammar) for p in _as_written(module)]
"""The grammar's patterns as written, in the order its modules are read (the tables are in :mod:`stance_cues`)."""
SCOPE_WRITTEN = _as_written(stance_scope)


def test_the_grammar_is_compiled_with_shared_boundaries():
    compiled = ([p for p, *_ in stance_cues._LIMITS] + [p for p, *_ in stance_cues._STRONG]
                + [p for p, *_ in stance_cues._CUES])
    assert [p.pattern for p in compiled] == [shared_boundary(p) for p in WRITTEN]
    assert sum(p.pattern != w for p, w in zip(compiled, WRITTEN)) >= 10  # the change is in force


def test_the_scope_vocabulary_is_compiled_with_shared_boundaries():
    compiled = [*stance_scope.SCOPES.values(), stance_scope._SET_ASIDE, stance_scope._CONDITION, stance_scope._OFFICE_HOURS,
                *stance_scope.TITLE_SCOPES.values()]
    assert [p.pattern for p in compiled] == [shared_boundary(p) for p in SCOPE_WRITTEN]
    assert sum(p.pattern != w for p, w in zip(compiled, SCOPE_WRITTEN)) >= 8  # the change is in force


@pytest.mark.parametrize("pattern", WRITTEN + SCOPE_WRITTEN)
def test_every_grammar_pattern_finds_what_it_found_as_written(pattern):
    written, shared = re.compile(pattern, re.IGNORECASE), compile_rule(pattern, re.IGNORECASE)
    for text in [*TEXTS, *GLUED, *EDGES, *(t.upper() for t in TEXTS[:50])]:
        assert [(m.span(), m.groups()) for m in shared.finditer(text)] == \
               [(m.span(), m.groups()) for m in written.finditer(text)], text


def _holds(items: list, words: tuple[str, ...]) -> bool:
    """Whether every match of a parsed pattern (``items``) holds one of ``words``: one of them is in
    a run of literal characters the match must go through, or in what a group it must go through holds."""
    run: list = []
    for op, value in [*items, (None, None)]:
        if op is _parser.LITERAL and value < 128:
            run.append((op, value))
            continue
        text = "".join(chr(v) for _, v in run).lower()
        if any(word in text for word in words):
            return True
        if op is _parser.BRANCH and all(_holds([*run, *branch.data], words) for branch in value[1]):
            return True  # the parser takes a prefix out of every branch: "personal|private" is "p" + "ersonal|rivate"
        if op is _parser.SUBPATTERN and _holds(value[3].data, words):
            return True
        if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT) and value[0] >= 1 \
                and _holds(value[2].data, words):
            return True
        run = []
    return False


PREFILTERED = {**{f"limit {i}": (p, w) for i, (p, _, w) in enumerate(stance_cues._LIMITS)},
               **{f"strong {i}": (p, w) for i, (p, _, w) in enumerate(stance_cues._STRONG)},
               **{f"cue {i}": (p, w) for i, (p, *_, w) in enumerate(stance_cues._CUES)},
               **{t: (stance_scope.SCOPES[t], w) for t, w in stance_scope._WORDS.items()}}
"""Each pattern read with the words it needs, by name."""


def test_most_patterns_name_the_words_they_need():
    assert sum(bool(w) for _, w in PREFILTERED.values()) >= 60
    assert all(w == tuple(x.lower() for x in w) for _, w in PREFILTERED.values())


@pytest.mark.parametrize("name", [name for name, (_, w) in PREFILTERED.items() if w])
def test_every_match_holds_a_word_its_pattern_needs(name):
    pattern, words = PREFILTERED[name]
    assert _holds(_parser.parse(pattern.pattern, pattern.flags).data, words)
    for text in [*TEXTS, *GLUED, *EDGES, *(t.upper() for t in TEXTS)]:
        if pattern.search(text):
            assert may_match(words, folded(text)), text


@pytest.mark.parametrize(("pattern", "words", "text", "held"), [
    (r"\bmust not\b|\bshall\b", ("must not", "shall"), "", True),
    (r"\bmust not\b|\bshall\b", ("must",), "", False),  # "shall" holds no "must"
    (r"\b(?:personal|private) accounts?\b", ("personal", "private"), "", True),
    (r"\b(?:will not|won't)\b", ("will not", "won't"), "", True),
    (r"\bmust(?: not)?\b", ("must not",), "", False),
    (r"\b(?:\w+ ){1,3}only\b", ("only",), "", True),
    (r"\b(?:\w+ ){0,3}only\b|\bsolely\b", ("only",), "", False),
])
def test_the_words_a_pattern_needs_are_checked(pattern, words, text, held):
    assert _holds(_parser.parse(pattern, re.IGNORECASE).data, words) is held


def test_a_folded_text_holds_the_letters_a_pattern_reads_as_ascii():
    for text in ("MUST NOT", "muſt not", "Must Not", "\u0130t is"):
        match = re.search(r"\bmust not\b|\bit is\b", text, re.IGNORECASE)
        assert match and may_match(("must not", "it is"), folded(text)), text
    assert len(folded("\u0130 \u0131 \u017f K")) == len("\u0130 \u0131 \u017f K")
    assert not may_match(("only",), folded("Staff may post."))
    assert may_match((), folded("anything"))


# --- compiled patterns kept between processes ---------------------------------------------------

def _fresh(source: str, flags: int, rewrite: str) -> re.Pattern[str]:
    return re.compile(shared_boundary(source) if rewrite else source, flags)


def test_every_pattern_the_reader_uses_is_the_one_re_compile_makes():
    """Each pattern of the reader, as this process got it (from the file or compiled), equals a fresh ``re.compile``."""
    used = patterns._CACHE.used
    assert len(used) >= 300
    for (source, flags, rewrite), _compiled in used.items():
        again = patterns.PatternCache(patterns.CACHE_FILE).compile(
            source, flags, shared_boundary if rewrite else None)
        assert again == _fresh(source, flags, rewrite), source  # equal patterns have the same flags, text and code


def test_a_pattern_is_compiled_once_and_read_back_the_same(tmp_path):
    file = tmp_path / "patterns.sre"
    cache = patterns.PatternCache(file)
    wanted = [(p, f) for (p, f, _r) in list(patterns._CACHE.used)[:40]] + [(r"(?i)x(?P<y>a|b)\1", 0), ("(?x) a b # c", re.M)]
    first = [cache.compile(p, f) for p, f in wanted]
    assert cache.missed == len(wanted)
    cache.save(always=True)
    assert file.exists()
    again = patterns.PatternCache(file)
    second = [again.compile(p, f) for p, f in wanted]
    assert again.missed == 0  # every one read from the file
    assert first == second == [re.compile(p, f) for p, f in wanted]
    assert [p.groupindex for p in second] == [re.compile(p, f).groupindex for p, f in wanted]
    assert second[-2].fullmatch("XbB") and not second[-2].fullmatch("xab")


@pytest.mark.parametrize("content", [b"", b"not marshal", None])
def test_a_file_from_elsewhere_or_damaged_is_not_used(tmp_path, content):
    file = tmp_path / "patterns.sre"
    if content is None:  # written by another Python or engine: its key differs
        writer = patterns.PatternCache(file)
        writer.compile("a+b", 0)
        writer.save(always=True)
        with mock.patch.object(patterns, "_engine_key", lambda: ("another Python",)):
            reader = patterns.PatternCache(file)
            assert reader.compile("a+b", 0) == re.compile("a+b")
            assert reader.missed == 1
        return
    file.write_bytes(content)
    reader = patterns.PatternCache(file)
    assert reader.compile(r"\bmust\b", re.I) == re.compile(r"\bmust\b", re.I)
    assert reader.missed == 1


def test_an_entry_is_used_only_for_its_own_pattern_and_flags(tmp_path):
    file = tmp_path / "patterns.sre"
    writer = patterns.PatternCache(file)
    writer.compile("must", re.I)
    writer.save(always=True)
    reader = patterns.PatternCache(file)
    assert reader.compile("must", 0) == re.compile("must") != re.compile("must", re.I)
    assert reader.compile("must", 0, shared_boundary) == re.compile("must")
    assert reader.missed == 2


def test_a_folder_that_cannot_be_written_leaves_the_patterns_compiled(tmp_path):
    cache = patterns.PatternCache(tmp_path / "missing" / "deeper" / "patterns.sre")
    assert cache.compile("a|b", 0) == re.compile("a|b")
    cache.save(always=True)  # no folder to write in: nothing kept, nothing raised
    assert not (tmp_path / "missing").exists()


def test_nothing_is_written_where_python_writes_no_bytecode(tmp_path):
    cache = patterns.PatternCache(tmp_path / "patterns.sre")
    cache.compile("a|b", 0)
    with mock.patch.object(sys, "dont_write_bytecode", True):
        cache.save()
    assert not (tmp_path / "patterns.sre").exists()
    with mock.patch.object(sys, "dont_write_bytecode", False):
        cache.save()
    assert (tmp_path / "patterns.sre").exists()


def test_a_write_that_fails_leaves_no_file_behind(tmp_path):
    cache = patterns.PatternCache(tmp_path / "patterns.sre")
    cache.compile("a|b", 0)
    with mock.patch.object(patterns.os, "replace", side_effect=OSError("disk full")):
        cache.save(always=True)
    assert list(tmp_path.iterdir()) == []
    assert cache.missed == 1  # still to be written
