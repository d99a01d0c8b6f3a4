"""The stance grammar's and scope reader's patterns, compiled with shared word boundaries, match as written."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from unittest import mock

import pytest

from policy_handbook.analyse import patterns, stance_grammar, stance_scope
from policy_handbook.analyse.patterns import compile_rule, shared_boundary, top_level_alternatives
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


WRITTEN = _as_written(stance_grammar)
SCOPE_WRITTEN = _as_written(stance_scope)


def test_the_grammar_is_compiled_with_shared_boundaries():
    compiled = ([p for p, _ in stance_grammar._LIMITS] + [p for p, _ in stance_grammar._STRONG]
                + [p for p, *_ in stance_grammar._CUES])
    assert [p.pattern for p in compiled] == [shared_boundary(p) for p in WRITTEN]
    assert sum(p.pattern != w for p, w in zip(compiled, WRITTEN)) >= 10  # the change is in force


def test_the_scope_vocabulary_is_compiled_with_shared_boundaries():
    compiled = [*stance_scope.SCOPES.values(), stance_scope._SET_ASIDE, stance_scope._CONDITION]
    assert [p.pattern for p in compiled] == [shared_boundary(p) for p in SCOPE_WRITTEN]
    assert sum(p.pattern != w for p, w in zip(compiled, SCOPE_WRITTEN)) >= 8  # the change is in force


@pytest.mark.parametrize("pattern", WRITTEN + SCOPE_WRITTEN)
def test_every_grammar_pattern_finds_what_it_found_as_written(pattern):
    written, shared = re.compile(pattern, re.IGNORECASE), compile_rule(pattern, re.IGNORECASE)
    for text in [*TEXTS, *GLUED, *EDGES, *(t.upper() for t in TEXTS[:50])]:
        assert [(m.span(), m.groups()) for m in shared.finditer(text)] == \
               [(m.span(), m.groups()) for m in written.finditer(text)], text
