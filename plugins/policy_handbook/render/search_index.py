"""Tune Material's search index so that a query for a rule lands on the clause that states it."""

from __future__ import annotations

from ..corpus import Corpus
from .site import Urls


def version_pages_newest_first(corpus: Corpus, urls: Urls) -> dict[str, list[str]]:
    """Each document's version page URLs, newest first (following ``supersedes``)."""
    chains = {}
    for document in corpus.documents.values():
        by_id = {v.id: v for v in document.versions}
        order: list[str] = []
        version = corpus.latest_version(document)
        while version is not None and version.id not in order:
            order.append(version.id)
            version = by_id.get(version.supersedes) if version.supersedes else None
        order += [v.id for v in reversed(document.versions) if v.id not in order]
        chains[document.id] = [urls.url(urls.version(document.id, v)) for v in order]
    return chains


CLAUSE_BOOST = 10_000
"""Search weight of a clause's own section (its heading carries ``id="clause-…"``).

Material scores a match in a title 1,000 times one in text, and a page's top section up to
2.5 times a section further down. So a query for a rule ("friend request") found a topic
comparison, whose title and summary name the rule, before the clause that states it. Weighted
this way, sections that state a rule come first whenever they match, and the rest of the
site after them, in Material's own order."""


def tune_search_index(data: dict, versions: dict[str, list[str]] | None = None) -> dict:
    """Material's search index, tuned for finding rules.

    - A clause's section is weighted to come first (see ``CLAUSE_BOOST``).
    - A clause is indexed once per document: a section of an older version whose clause
      anchor and text are the same in a newer version of the document is left out, so a
      query lands on the newest wording, and the index grows with the corpus's distinct
      text, not with its number of versions. ``versions`` gives each document's version
      page URLs, newest first.
    """
    docs = data.get("docs", [])
    dropped: set[int] = set()
    by_page: dict[str, list[int]] = {}
    for i, entry in enumerate(docs):
        by_page.setdefault(entry.get("location", "").partition("#")[0], []).append(i)
    for pages in (versions or {}).values():
        seen: set[tuple[str, str]] = set()
        for page in pages:
            here = []
            for i in by_page.get(page, []):
                _, _, anchor = docs[i]["location"].partition("#")
                if not anchor.startswith("clause-"):
                    continue
                key = (anchor, docs[i].get("text", ""))
                if key in seen:
                    dropped.add(i)
                here.append(key)
            seen.update(here)
    kept = []
    for i, entry in enumerate(docs):
        if i in dropped:
            continue
        _, _, anchor = entry.get("location", "").partition("#")
        if anchor.startswith("clause-"):
            entry["boost"] = entry.get("boost", 1) * CLAUSE_BOOST
        kept.append(entry)
    data["docs"] = kept
    return data
