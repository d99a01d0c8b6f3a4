"""Which sentences of the source documents in ``tests/seeds/`` are missing from the corpus?

Run ``python tests/seed_coverage.py`` to list them. A sentence counts as present when its
exact words (numbering, bullet marks and underlining stripped) appear in some text of the
corpus: a clause, a heading, a cover entry or a version's metadata.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SEEDS = Path(__file__).parent / "seeds"
_NUMBERING = re.compile(r"^(?:[-•]\s*)?(?:\d+(?:\.\d+)*\.?|[ivx]+\.)?\s+|^[-•]\s*")
_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+")


def normalise(text: str) -> str:
    text = re.sub(r"</?u>", "", text).replace("**", "").replace("*", "")
    return re.sub(r"\s+", " ", text).strip()


def corpus_texts(corpus) -> str:
    """All the words the corpus holds, as one normalised string."""
    parts: list[str] = []
    for document in corpus.documents.values():
        parts += [document.title, document.part_of or ""]
        for version in document.versions:
            parts += [version.label, version.source.title]
            parts += [f"{c.label or ''} {c.text}" for c in version.cover] + [c.text for c in version.cover]
            if version.approval:
                parts += [version.approval.recommendation or "", version.approval.committee]
            for section in version.walk_sections():
                parts += [section.title or "", section.appendix or ""]
            parts += [c.text for c in version.walk_clauses()]
    return "\n".join(normalise(p) for p in parts if p)


def fragments(seed_text: str) -> list[str]:
    """The sentences of a seed, one by one, without numbering or bullet marks."""
    found: list[str] = []
    for line in seed_text.splitlines():
        for cell in line.split("\t"):
            cell = _NUMBERING.sub("", cell.strip(), count=1).strip()
            for sentence in _SENTENCE_END.split(cell):
                sentence = normalise(sentence)
                if sentence:
                    found.append(sentence)
    return found


def missing_sentences(corpus, seeds: Path = SEEDS) -> dict[str, list[str]]:
    """Sentences of each seed file that are not in the corpus, by file name."""
    haystack = corpus_texts(corpus)
    return {
        path.name: [s for s in fragments(path.read_text(encoding="utf-8")) if s not in haystack]
        for path in sorted(seeds.glob("*.txt"))
    }


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parents[1] / "plugins"))
    from policy_handbook.load.loader import load_corpus

    result = missing_sentences(load_corpus(Path(__file__).parents[1] / "source_policies"))
    only = sys.argv[1:]
    for name, missing in result.items():
        if only and not any(name.startswith(o) for o in only):
            continue
        print(f"{name}: {len(missing)} missing")
        for sentence in missing:
            print(f"    {sentence}")
