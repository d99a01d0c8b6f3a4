"""Tune Material's search index so that a query for a rule lands on the clause that states it."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..analyse.status import Applicable, Standings
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


APPLIES_TO_ALL = 1_000
"""Weight of the adopted harmonised policy in force: it applies to every member of staff."""
APPLIES_TO_COUNCIL = 100
"""Weight of a council's own policy in force: it applies to that council's staff."""
NOT_YET = 10
"""Weight of a version not yet in force (proposed, adopted for a later date, draft)."""
NO_LONGER = 1
"""Weight of text no longer in force (superseded, replaced, withdrawn, its body abolished)."""

COMPARISON_LABEL = "All councils compared (for policy officers)"
POLICIES_LABEL = "Every council's policies (for policy officers)"
OTHER_LABEL = "About this handbook"


@dataclass(frozen=True)
class PageLabel:
    """What a search result says about whose text it is, and how much it weighs."""

    words: str
    boost: float = 1


def _weight(key: str, applies_to_all: bool) -> float:
    if key == "in-force":
        return APPLIES_TO_ALL if applies_to_all else APPLIES_TO_COUNCIL
    if key in ("adopted", "proposed", "consultation", "draft"):
        return NOT_YET
    return NO_LONGER


def page_labels(corpus: Corpus, urls: Urls, standings: Standings, applies: Applicable) -> dict[str, PageLabel]:
    """Each policy page's label (its council and status) and weight, by page URL.

    The policy that applies to staff ranks first: the adopted harmonised policy in force,
    which applies to everyone, then each council's own policies in force; text not yet
    or no longer in force comes after. Pages of no single council are labelled by
    :func:`label_for`.
    """
    labels: dict[str, PageLabel] = {}
    for document in corpus.documents.values():
        body = corpus.bodies[document.body]
        everyone = body.kind == "handbook project"
        for version in document.versions:
            standing = standings.of(document, version)
            labels[urls.url(urls.version(document.id, version.id))] = PageLabel(
                f"{body.name} · {standing.words}", _weight(standing.key, everyone))
        latest = standings.of(document, corpus.latest_version(document))
        labels[urls.url(urls.document(document.id))] = PageLabel(f"{body.name} · {latest.words}")
    return labels


def label_for(location: str, labels: dict[str, PageLabel], prefix: str) -> PageLabel:
    """The label of the page at ``location`` (a search index location, anchor included)."""
    page = location.partition("#")[0]
    if page in labels:
        return labels[page]
    if page.startswith("compare/"):
        return PageLabel(COMPARISON_LABEL)
    if page.startswith(f"{prefix}/"):
        return PageLabel(POLICIES_LABEL)
    return PageLabel(OTHER_LABEL)


LABELS_SCRIPT = "assets/policy-handbook/generated/search-labels.js"
"""Site path of the script that gives ``assets/search-owner.js`` each page's label."""


def labels_script(labels: dict[str, PageLabel], prefix: str) -> str:
    """Every page's label for search results, as a script (it works from file:// too)."""
    data = {
        "pages": {url: label.words for url, label in sorted(labels.items())},
        "prefixes": [["compare/", COMPARISON_LABEL], [f"{prefix}/", POLICIES_LABEL]],
        "other": OTHER_LABEL,
    }
    return "var __phSearchLabels = " + json.dumps(data, ensure_ascii=True) + ";\n"


def tune_search_index(data: dict, versions: dict[str, list[str]] | None = None,
                      labels: dict[str, PageLabel] | None = None, prefix: str = "policies") -> dict:
    """Material's search index, tuned for finding rules.

    - A clause's section is weighted to come first (see ``CLAUSE_BOOST``), and within
      clauses the policy that applies to staff first (see :func:`page_labels`).
    The words of each label are shown beside each result by ``assets/search-owner.js``
    (see :func:`labels_script`), so they do not change what a query matches.
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
        location = entry.get("location", "")
        _, _, anchor = location.partition("#")
        if anchor.startswith("clause-"):
            entry["boost"] = entry.get("boost", 1) * CLAUSE_BOOST
        if labels is not None:
            label = label_for(location, labels, prefix)
            if label.boost != 1 and anchor.startswith("clause-"):
                entry["boost"] = entry.get("boost", 1) * label.boost
        kept.append(entry)
    data["docs"] = kept
    return data
