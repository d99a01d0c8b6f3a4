"""What a valid corpus still lacks: unmapped clauses, source clauses a proposal leaves unaccounted,
importer placeholder text not yet replaced.

These are warnings, not errors: the site builds, but ``mkdocs build --strict`` and
``policy-handbook validate --strict`` fail on them.
"""

from __future__ import annotations

from ..corpus import Corpus
from ..placeholders import find_placeholders
from .crossmap import unmapped_clauses
from .derivation import proposals, unaccounted_source_clauses


def advisories(corpus: Corpus) -> list[str]:
    """One message per thing to put right, as ``file:line:column: what — what to do``."""
    messages = []
    for path in sorted(set(corpus.files.values())):
        messages += [found.message() for found in find_placeholders(path)]
    for document, version in proposals(corpus):
        for located in unaccounted_source_clauses(corpus, document, version):
            messages.append(f"{corpus.where(document.id, version.id)}: source clause {located.ref} is not accounted for by "
                            f"version '{version.id}' — add it to a clause's `derived_from`, or to "
                            "`not_carried_forward` with a reason")
    for located in unmapped_clauses(corpus):
        messages.append(f"{corpus.where(located.document.id, located.version.id, located.clause.id)}: clause '{located.clause.id}' of version "
                        f"'{located.version.id}' maps to no topic — add `topics: [...]`, or `not_a_rule: …` "
                        "if it states no rule (run `policy-handbook suggest` for likely topics)")
    return messages
