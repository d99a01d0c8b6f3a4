"""Size of the handbook's search index: bytes, entries, and where they come from.

Builds the bundled handbook into a temporary folder (or reads a site already built) and
prints the size of Material's ``search/search_index.json``, its number of entries, and the
bytes each part of the site contributes. The index should grow with the corpus's unique
text, not with the number of pages that show it: compare "clause text in the corpus".

    python scripts/index_size.py            # build the bundled handbook, then measure
    python scripts/index_size.py site/      # measure a site already built
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build(site: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"mkdocs build failed:\n{result.stdout}{result.stderr}")


def part_of_site(location: str) -> str:
    """The first one or two folders of an entry's page, e.g. ``compare/topics``."""
    path = location.partition("#")[0].strip("/")
    parts = [p for p in path.split("/") if p]
    return "/".join(parts[:2]) if parts else "(home)"


def corpus_text_bytes() -> int:
    """Bytes of clause text in the bundled corpus, each distinct text counted once."""
    from policy_handbook.load.loader import load_corpus
    from policy_handbook.render.markup import to_plain

    corpus = load_corpus(ROOT / "source_policies")
    texts: set[str] = set()

    def walk(clauses) -> None:
        for clause in clauses:
            texts.add(to_plain(clause.text))
            walk(clause.items)

    def sections(items) -> None:
        for section in items:
            walk(section.clauses)
            sections(section.sections)

    for document in corpus.documents.values():
        for version in document.versions:
            sections(version.sections)
    return sum(len(t.encode("utf-8")) for t in texts)


def report(site: Path, *, corpus: bool) -> str:
    index = site / "search" / "search_index.json"
    data = json.loads(index.read_text(encoding="utf-8"))
    docs = data["docs"]
    by_part: Counter[str] = Counter()
    entries: Counter[str] = Counter()
    for doc in docs:
        part = part_of_site(doc["location"])
        by_part[part] += len(json.dumps(doc, separators=(",", ":")).encode("utf-8"))
        entries[part] += 1
    lines = [
        f"search index: {index.stat().st_size} bytes, {len(docs)} entries",
        f"  clause sections (#clause-…): {sum(1 for d in docs if '#clause-' in d['location'])} entries",
    ]
    if corpus:
        lines.append(f"  clause text in the corpus (distinct texts, once each): {corpus_text_bytes()} bytes")
    lines.append("  by part of the site (bytes, entries):")
    for part, size in by_part.most_common():
        lines.append(f"    {size:>8}  {entries[part]:>4}  {part}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, help="a built site (default: build the bundled handbook)")
    parser.add_argument("--no-corpus", action="store_true", help="do not load the corpus to compare its text size")
    args = parser.parse_args(argv)
    if args.site:
        print(report(args.site, corpus=not args.no_corpus))
        return
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "site"
        build(site)
        print(report(site, corpus=not args.no_corpus))


if __name__ == "__main__":
    main()
