"""Random damage to the bundled policy files: the loader answers with a message and a real line.

Seeded, so a failure is reproducible: each case is named by its number. Every case is read on
its own (YAML and schema); every twentieth is also loaded as a corpus (bodies, topics and the
damaged document) so that the checks across files run too.
"""

from __future__ import annotations

import random
import re
import shutil
import time
from pathlib import Path

from policy_handbook.load.loader import check_file, load_corpus
from policy_handbook.load.problems import CorpusError, Problem
from policy_handbook.model import BodiesFile, Document, TopicsFile

from conftest import ROOT

SEED = 20261202
CASES = 5000
SLOWEST_CASE = 2.0
SOURCE = ROOT / "source_policies"

FILES = [(SOURCE / "bodies.yml", BodiesFile), (SOURCE / "topics.yml", TopicsFile)] + [
    (path, Document) for path in sorted((SOURCE / "documents").glob("*.yml"))]
TYPICAL_LINES = 300
"""Files longer than this are damaged less often, in proportion, to keep the test fast."""
CORPUS_EVERY = 20


def _deep(rng: random.Random) -> str:
    n = rng.choice([40, 63, 64, 65, 200, 700])
    return rng.choice(["[" * n + "]" * n, "{a: " * n + "b" + "}" * n, "- " * min(n, 120) + "x"])


SNIPPETS = [
    # tags
    "note: !!int abc", "note: !!float abc", "note: !!bool maybe", "note: !custom value", "text: !!str tagged",
    "!!map {a: b}", "note: ! plain", "? !!str key\n: value", "%TAG ! tag:example.com,2000:",
    # anchors, aliases, merge keys
    "note: &x [*x]", "- &anchor value", "note: *nowhere", "<<: {id: merged}", "text: &t Shared text",
    "a: &a [1, 2]\nb: [*a, *a, *a]",
    # numbers
    lambda r: "note: " + "9" * r.choice([4300, 4301, 5000, 20000]),
    lambda r: "number: " + "1" * 5000 + ".5", "number: 1e99999", lambda r: "note: 0x" + "f" * 5000,
    lambda r: "note: " + ":".join(["1"] + ["59"] * 2000), "number: -0", "number: .nan",
    # nesting
    lambda r: "note: " + _deep(r), lambda r: "sections: " + _deep(r),
    # odd text
    "text: \u202egnitirw\u202c right to left", "text: zero\u200bwidth", "title: \U0001F600 emoji",
    "text: line\u2028separator", "text: next\x85line", "text: bell\x07", "note: nul\x00", "\ufeffid: bom-inside",
    "\tid: tab-indented", "text:\ttab after colon", "text: \"unterminated", "text: 'unterminated",
    "text: |\n  block\n bad", "- - - - -", ": :", "? [a, b]\n: complex key", "{", "]", "---", "...",
    "%YAML 1.1", "# only a comment", "text: a: b: c", "id: Bad Id", "id: index", "id: redline", "id: a--b",
    "Title: Case differs", "Text: Typed twice", "status: maybe", "dates: {published: 2020-02-30}",
    "topics: [{topic: no-such-topic, strength: sometimes}]", "topics: [12, true, null]",
    "derived_from: [nowhere/at#all]", "derived_from: [not a reference]", "supersedes: itself",
    "items: [{id: x}]", "not_a_rule: scope", "bullet: perhaps", "cover: [{}]", "approval: {}", "~: null",
    "1: number key", "true: boolean key", "2020-01-01: date key", "note: " + "x" * 5000,
]
BYTES = [b"\xff", b"\xc3", b"\xed\xa0\x80", b"\r", b"\r\n", b"\x1b", b"\x00"]


def _snippet(rng: random.Random) -> str:
    choice = rng.choice(SNIPPETS)
    return choice(rng) if callable(choice) else choice


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" "))]


def mutate(text: str, rng: random.Random) -> bytes:
    """``text`` with one to three random changes of the kinds careless or hostile editing makes."""
    lines = text.split("\n")
    raw_insert: bytes | None = None
    for _ in range(rng.choice([1, 1, 2, 3])):
        i = rng.randrange(len(lines))
        kind = rng.randrange(9)
        if kind == 0 and len(lines) > 1:
            del lines[i]
        elif kind == 1:
            lines.insert(i, lines[i])
        elif kind == 2:
            j = rng.randrange(len(lines)) if rng.random() < 0.5 else min(i + 1, len(lines) - 1)
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == 3:
            shift = rng.choice([-4, -2, -1, 1, 2, 4])
            lines[i] = " " * max(0, len(_indent(lines[i])) + shift) + lines[i].lstrip(" ")
        elif kind in (4, 5):
            indent = _indent(lines[i]) if rng.random() < 0.8 else " " * rng.choice([0, 1, 3, 8])
            lines[i:i] = [indent + part for part in _snippet(rng).split("\n")]
        elif kind == 6 and ": " in lines[i]:
            key = lines[i].split(": ", 1)[0]
            value = _snippet(rng).split(": ", 1)[-1].split("\n")[0]
            lines[i] = f"{key}: {value}"
        elif kind == 7:
            cut = rng.randrange(len(text))
            lines = text[:cut].split("\n")
        else:
            raw_insert = rng.choice(BYTES)
    data = "\n".join(lines).encode("utf-8")
    if raw_insert is not None:
        at = rng.randrange(len(data) + 1)
        data = data[:at] + raw_insert + data[at:]
    return data


def _bad_lines(problems: list[Problem], line_counts: dict[Path, int]) -> list[str]:
    bad = []
    for problem in problems:
        count = max(1, line_counts.get(Path(problem.path), 1))
        if not (1 <= problem.line <= count) or problem.column < 1 or not problem.message:
            bad.append(f"{problem} (the file has {count} lines)")
    return bad


def _kind(problem: Problem) -> str:
    """A message with its particulars (quoted values, numbers) taken out."""
    return re.sub(r"'[^']*'|`[^`]*`|\([^)]*\)|\d[\d,]*|#x[0-9a-f]+", "…", problem.message)


def _corpus_problems(folder: Path, damaged: Path, data: bytes) -> tuple[list[Problem], dict[Path, int]]:
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "documents").mkdir(parents=True)
    for name in ("bodies.yml", "topics.yml"):
        shutil.copy(SOURCE / name, folder / name)
    target = folder / (damaged.name if damaged.parent == SOURCE else f"documents/{damaged.name}")
    if damaged.parent == SOURCE:
        shutil.copy(SOURCE / "documents/dorset-county-council-staffing-report-2016.yml", folder / "documents")
    target.write_bytes(data)
    counts = {p: len(p.read_bytes().splitlines()) for p in folder.rglob("*.yml")}
    try:
        load_corpus(folder)
    except CorpusError as e:
        return e.problems, counts
    return [], counts


def test_random_damage_never_crashes_the_loader(tmp_path):
    rng = random.Random(SEED)
    texts = {path: path.read_text(encoding="utf-8") for path, _ in FILES}
    weights = [min(1.0, TYPICAL_LINES / texts[path].count("\n")) for path, _ in FILES]
    kinds: dict[str, int] = {}
    failures: list[str] = []
    slowest, total, accepted = 0.0, 0.0, 0
    for case in range(CASES):
        path, model = rng.choices(FILES, weights)[0]
        data = mutate(texts[path], random.Random(SEED + case))
        damaged = tmp_path / path.name
        damaged.write_bytes(data)
        started = time.perf_counter()
        try:
            problems = check_file(damaged, model)
            counts = {damaged: len(data.splitlines())}
            if case % CORPUS_EVERY == 0:
                more, more_counts = _corpus_problems(tmp_path / "corpus", path, data)
                problems, counts = problems + more, {**counts, **more_counts}
        except Exception as e:  # noqa: BLE001 - any exception at all is the failure looked for
            failures.append(f"case {case} ({path.name}): {type(e).__name__}: {str(e)[:200]}")
            continue
        finally:
            elapsed = time.perf_counter() - started
            total += elapsed
            slowest = max(slowest, elapsed)
        if elapsed > SLOWEST_CASE:
            failures.append(f"case {case} ({path.name}) took {elapsed:.1f} s")
        failures.extend(f"case {case}: {bad}" for bad in _bad_lines(problems, counts))
        accepted += not problems
        for problem in problems:
            kinds[_kind(problem)] = kinds.get(_kind(problem), 0) + 1
    print(f"\n{CASES} damaged files (seed {SEED}): {accepted} still valid, {len(kinds)} distinct kinds of "
          f"message, loader time {total:.1f} s in all, slowest case {slowest:.2f} s")
    assert not failures, "\n".join(failures[:20])
    assert len(kinds) >= 30, sorted(kinds)
