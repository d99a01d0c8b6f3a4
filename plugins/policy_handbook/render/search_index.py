"""Material's search index for the handbook: a query for a rule lands on the clause that
states it, and each text is indexed once, at its canonical clause."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from ..analyse.status import Applicable, Standings
from ..corpus import Corpus
from ..model import Document, Version
from ..text import to_plain
from .site import Urls


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


@dataclass(frozen=True)
class Copies:
    """What of one version page search finds on another page that ranks before it.

    ``text``: ids of clauses (and list items) whose own text, case and punctuation aside,
    is stated by a clause indexed elsewhere; ``whole``: of those, the ones all of whose items are copies
    too, so nothing of the clause is indexed here; ``sections``: ids of sections whose
    heading is a copy; ``passages``: names of the page's other passages from the sources
    (see :func:`passages`) that are copies. The page still shows every word; only the
    search index leaves these out (``data-search-exclude``).
    """

    text: frozenset[str] = frozenset()
    whole: frozenset[str] = frozenset()
    sections: frozenset[str] = frozenset()
    passages: frozenset[str] = frozenset()


def _words(text: str) -> str:
    """The words search matches in a text: a text differing from another only in case or
    punctuation holds nothing more to find."""
    return " ".join(re.findall(r"\w+", to_plain(text).lower()))


def passages(document: Document, version: Version) -> dict[str, str]:
    """The passages of a version page, other than its clauses, that come from the sources, by name."""
    found = {
        "source": " ".join(filter(None, [version.source.title, version.source.url, version.source.note])),
        "attribution": document.attribution.note or "",
        "note": version.note or "",
        "cover": " ".join(f"{e.label or ''} {e.text}" for e in version.cover or []),
    }
    if version.approval:
        found["recommendation"] = version.approval.recommendation or ""
        found["report_author"] = version.approval.report_author or ""
        found["replaces"] = version.approval.replaces or ""
    return found


def search_copies(corpus: Corpus, standings: Standings) -> dict[tuple[str, str], Copies]:
    """What each version page leaves out of the search index, by (document id, version id).

    Every distinct text (its words: case and punctuation aside) is indexed once, at its
    canonical place: the first version page to state it, with version pages in the order
    search ranks them (see :func:`page_labels`): the policy that applies to staff first,
    then versions not yet in force, then text no longer in force; within one rank,
    documents in the order of their bodies in ``bodies.yml`` and each document's versions
    newest first. So a superseded version is indexed only for the words no current version
    states, and a clause that several councils publish word for word is found once, at the
    version that applies most widely. Other pages that show clauses (topics,
    comparisons, redlines, committee packs) index none of them.
    """
    ranked = []
    in_body_order = [d for body in corpus.bodies for d in corpus.documents_of(body)]
    for rank, document in enumerate(in_body_order):
        everyone = corpus.bodies[document.body].kind == "handbook project"
        for age, version in enumerate(corpus.newest_first(document)):
            weight = _weight(standings.of(document, version).key, everyone)
            ranked.append((-weight, rank, age, document, version))
    ranked.sort(key=lambda r: r[:3])
    seen: set[tuple[str, str]] = set()

    def copied(text: str, kind: str = "clause") -> bool:
        key = _words(text)
        if not key or (kind, key) in seen:
            return True
        seen.add((kind, key))
        return False

    copies: dict[tuple[str, str], Copies] = {}
    for *_, document, version in ranked:
        text: set[str] = set()
        whole: set[str] = set()

        def visit(clause) -> bool:
            if copied(clause.text):
                text.add(clause.id)
            items = [visit(item) for item in clause.items]
            if clause.id in text and all(items):
                whole.add(clause.id)
                return True
            return False

        sections = set()
        for section in version.walk_sections():
            heading = " ".join(filter(None, [section.appendix, section.number, section.title]))
            if copied(heading, "section"):
                sections.add(section.id)
            for clause in section.clauses:
                visit(clause)
        named = {name for name, words in passages(document, version).items() if copied(words, name)}
        copies[(document.id, version.id)] = Copies(frozenset(text), frozenset(whole), frozenset(sections),
                                                   frozenset(named))
    return copies


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


_EMPTY = re.compile(r"<(li|ul|ol|p)>\s*</\1>")


def _without_empty_elements(text: str) -> str:
    """Text without the empty list items and lists that excluded items leave behind."""
    while True:
        shorter = _EMPTY.sub("", text)
        if shorter == text:
            return text
        text = shorter


def tune_search_index(data: dict, labels: dict[str, PageLabel] | None = None, prefix: str = "policies") -> dict:
    """Material's search index, tuned for finding rules.

    A clause's section is weighted to come first (see ``CLAUSE_BOOST``), and within
    clauses the policy that applies to staff first (see :func:`page_labels`). The words of
    each label are shown beside each result by ``assets/search-owner.js`` (see
    :func:`labels_script`), so they do not change what a query matches. Which text is
    indexed at all is decided when pages are rendered (see :func:`search_copies`); the
    empty list items that excluded items leave in a section's text are removed.
    """
    for entry in data.get("docs", []):
        if "text" in entry:
            entry["text"] = _without_empty_elements(entry["text"])
        location = entry.get("location", "")
        _, _, anchor = location.partition("#")
        if not anchor.startswith("clause-"):
            continue
        entry["boost"] = entry.get("boost", 1) * CLAUSE_BOOST
        if labels is not None:
            entry["boost"] *= label_for(location, labels, prefix).boost
    return data
