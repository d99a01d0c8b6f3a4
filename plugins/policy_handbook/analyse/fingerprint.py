r"""Fingerprints of policy versions, and whether a policy changed substantively since a version.

The fingerprint
===============

The fingerprint of a version is the SHA-256 digest, written as 64 lower-case hexadecimal
digits, of the UTF-8 bytes of the version's *canonical text*. The canonical text is a
series of lines joined with a line feed (U+000A), with no line feed after the last line:

1. The first line is the document id, a tab (U+0009), and the version id, for example
   ``harmonised-social-media-policy<TAB>committee``.
2. Then one line per clause, in document order: the sections in the order they are
   written, each section's own clauses before those of its subsections, and each clause
   followed by its list items (``items``), depth first. This is the order of
   :meth:`Version.walk_clauses`. A line is the clause's printed number (``-`` when it has
   none), a tab, and the clause's text.

Each text is normalised in three steps (numbers in steps 2 and 3 only):

1. **Markdown marks removed.** A link ``[words](address)`` becomes ``words``; every
   ``**`` and ``__`` is removed; a ``*`` or ``_`` is removed where it opens emphasis (it
   does not follow a letter, digit or underscore, and is followed by a character other
   than whitespace) or closes it (it follows a character other than whitespace, and is
   not followed by a letter, digit or underscore). In Python:
   ``re.sub(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))", "", re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text))``
   (:func:`policy_handbook.text.to_plain`).
2. **Unicode normalisation form C** (NFC).
3. **Whitespace collapsed.** Every run of whitespace (spaces, tabs, line breaks, no-break
   spaces: whatever Python's ``str.split()`` splits on) becomes one space, and spaces at
   the start and end are removed.

So a version's fingerprint changes whenever a word, a punctuation mark or a clause number
of its text changes, and only then: not when the YAML is reformatted, a clause's id or
topics change, or emphasis is added.

Substantive change since a version
==================================

Versions of a document form a chain: each version's predecessor is the version its
``supersedes`` names, or else the one listed before it
(:meth:`~policy_handbook.corpus.Corpus.supersedes`). Between an earlier version and a
later one, every consecutive pair of the chain is aligned with
:func:`~policy_handbook.analyse.align.align_versions`; the policy changed substantively
when any change of any pair, or of ``old`` aligned with ``new`` directly, is
``substantive`` (a clause added, deleted, split, merged, or
its words changed in a way that can change what it requires, as
:func:`~policy_handbook.analyse.classify.classify_change` decides). Renumbering, moving,
and changes of punctuation, case, spelling or contractions alone are editorial. The
changes are counted on ``old`` aligned with ``new`` directly (a clause changed in two
steps is one changed clause), by the same functions as on the redline pages
(:func:`~policy_handbook.analyse.align.summarise` and
:func:`~policy_handbook.analyse.align.summary_of`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from ..corpus import Corpus
from ..model import Document, Version
from ..text import to_plain
from .align import ClauseChange, align_versions, summarise, summary_of

NO_NUMBER = "-"
"""Stands for the number of a clause printed without one."""

UNPUBLISHED_STATUSES = frozenset({"draft", "withdrawn"})

_WHITESPACE = re.compile(r"\s+")


def normalise(text: str, *, markdown: bool = True) -> str:
    """One text as the canonical form holds it: marks stripped (if ``markdown``), NFC, whitespace collapsed."""
    if markdown:
        text = to_plain(text)
    return " ".join(unicodedata.normalize("NFC", text).split())


def canonical_lines(document: Document, version: Version) -> list[str]:
    """The lines of the canonical text (see the module docstring)."""
    lines = [f"{document.id}\t{version.id}"]
    for clause in version.walk_clauses():
        number = normalise(clause.number, markdown=False) if clause.number else ""
        lines.append(f"{number or NO_NUMBER}\t{normalise(clause.text)}")
    return lines


def canonical_text(document: Document, version: Version) -> str:
    """The canonical text of a version, whose SHA-256 is its fingerprint."""
    return "\n".join(canonical_lines(document, version))


def fingerprint(document: Document, version: Version) -> str:
    """SHA-256, in lower-case hexadecimal, of the UTF-8 canonical text of a version."""
    return hashlib.sha256(canonical_text(document, version).encode("utf-8")).hexdigest()


# --- publication and the version chain ----------------------------------------------------


def is_published(version: Version) -> bool:
    """Published: it has a publication date and is neither a draft nor withdrawn."""
    return version.dates.published is not None and version.status not in UNPUBLISHED_STATUSES


def published_versions(document: Document) -> list[Version]:
    """The published versions of a document, in the order they are listed (oldest first)."""
    return [v for v in document.versions if is_published(v)]


def version_chain(document: Document, old: Version, new: Version) -> list[Version] | None:
    """Versions from ``old`` to ``new`` inclusive, oldest first; None when ``new`` does not descend from ``old``."""
    chain = [new]
    seen = {new.id}
    while chain[-1].id != old.id:
        before = Corpus.supersedes(document, chain[-1])
        if before is None or before.id in seen:
            return None
        chain.append(before)
        seen.add(before.id)
    return chain[::-1]


# --- what changed ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Step:
    """The changes between two consecutive versions of the chain."""

    old: Version
    new: Version
    changes: list[ClauseChange]

    @property
    def substantive(self) -> bool:
        return any(c.substantive for c in self.changes)

    @property
    def summary(self) -> str:
        return summary_of(self.changes)

    @property
    def counts(self) -> dict[str, int]:
        return summarise(self.changes)


@dataclass(frozen=True)
class ChangesSince:
    """What changed from an earlier version to a later one, step by step."""

    old: Version
    new: Version
    steps: list[Step] = field(default_factory=list)
    comparable: bool = True
    """False when ``new`` does not descend from ``old``: then the change counts as substantive."""
    direct: list[ClauseChange] = field(default_factory=list)
    """``old`` aligned with ``new`` directly, as a redline of the two versions counts them."""

    @property
    def substantive(self) -> bool:
        return not self.comparable or any(step.substantive for step in self.steps) or any(
            c.substantive for c in self.direct)

    @property
    def consecutive(self) -> bool:
        """The two versions are neighbours in the chain (one step apart)."""
        return self.comparable and len(self.steps) == 1

    @property
    def summary(self) -> str:
        if not self.comparable:
            return f"{self.new.label} does not follow on from {self.old.label}"
        return summary_of(self.direct)

    @property
    def counts(self) -> dict[str, int]:
        """The changes from ``old`` to ``new`` counted as their redline counts them
        (:func:`~policy_handbook.analyse.align.summarise`): a clause changed in several
        steps is counted once."""
        return summarise(self.direct)


def changes_since(document: Document, old: Version, new: Version) -> ChangesSince:
    """Align each consecutive pair of versions from ``old`` to ``new`` (see the module docstring)."""
    chain = version_chain(document, old, new)
    if chain is None:
        return ChangesSince(old, new, [], comparable=False)
    steps = [Step(a, b, align_versions(a, b)) for a, b in zip(chain, chain[1:])]
    direct = steps[0].changes if len(steps) == 1 else align_versions(old, new)
    return ChangesSince(old, new, steps, direct=direct)
