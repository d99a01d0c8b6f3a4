"""The full cross-map as CSV (for spreadsheets) and JSON (for other tools and the browser)."""

from __future__ import annotations

import csv
import io
import json

from ..analyse.crossmap import Mapping, compared_bodies, mappings
from ..corpus import Corpus
from .labels import clause_label
from .markup import to_plain
from .site import Page, Urls

CSV_COLUMNS = [
    "body", "body_name", "document", "document_title", "version", "version_label", "clause", "clause_number",
    "clause_label", "topic", "topic_title", "relationship", "stance", "strength", "stance_source",
    "proposed_stance", "proposed_strength", "inherited_from_lead_in", "rationale", "url", "text",
]


def _row(corpus: Corpus, urls: Urls, m: Mapping) -> dict[str, str]:
    located = m.located
    page, anchor = urls.clause(located.document.id, located.version.id, located.clause.id)
    return {
        "body": m.body_id,
        "body_name": corpus.bodies[m.body_id].name,
        "document": located.document.id,
        "document_title": located.document.title,
        "version": located.version.id,
        "version_label": located.version.label,
        "clause": located.clause.id,
        "clause_number": located.clause.number or "",
        "clause_label": clause_label(located),
        "topic": m.link.topic,
        "topic_title": corpus.topics[m.link.topic].title,
        "relationship": m.link.relationship,
        "stance": m.stance,
        "strength": m.strength,
        "stance_source": "set by hand" if (m.link.stance or m.link.strength) else "proposed",
        "proposed_stance": m.proposed.stance,
        "proposed_strength": m.proposed.strength,
        "inherited_from_lead_in": "yes" if m.inherited else "no",
        "rationale": m.link.rationale or "",
        "url": urls.site_url(page, anchor),
        "text": to_plain(located.clause.text),
    }


def mapping_csv(corpus: Corpus, urls: Urls, found: list[Mapping]) -> str:
    """One row per clause-topic link. UTF-8 with a byte-order mark and CRLF, as Excel expects."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for m in found:
        writer.writerow(_row(corpus, urls, m))
    return out.getvalue()


def mapping_script(json_text: str) -> str:
    """The mapping JSON as a script that sets ``window.__phMapping``, for pages opened from file://."""
    return "var __phMapping = " + json_text.rstrip("\n") + ";\n"


def mapping_json(corpus: Corpus, urls: Urls, found: list[Mapping]) -> str:
    """Topics, bodies, clause texts and links: enough to compare any two bodies in a browser."""
    clauses: dict[str, dict] = {}
    links = []
    for m in found:
        row = _row(corpus, urls, m)
        key = str(m.located.ref)
        clauses.setdefault(key, {k: row[k] for k in ("body", "document", "version", "clause", "clause_number",
                                                      "clause_label", "url", "text")})
        links.append({"clause": key, **{k: row[k] for k in ("topic", "relationship", "stance", "strength",
                                                             "stance_source", "rationale")}})
    data = {
        "bodies": [{"id": b.id, "name": b.name, "kind": b.kind} for b in compared_bodies(corpus)],
        "groups": [{"id": g.id, "title": g.title} for g in corpus.groups.values()],
        "topics": [{"id": t.id, "title": t.title, "question": t.question, "group": t.group}
                   for t in corpus.topics.values()],
        "clauses": clauses,
        "links": links,
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


class ExportFiles:
    """The mapping files linked from the coverage matrix."""

    def __init__(self, site):
        self.corpus, self.urls = site.corpus, site.urls

    def pages(self) -> list[Page]:
        if not self.corpus.topics:
            return []
        every_link = mappings(self.corpus, include_inherited=True)
        data = mapping_json(self.corpus, self.urls, every_link)
        return [
            Page(self.urls.export("csv"), "Mapping (CSV)", mapping_csv(self.corpus, self.urls, every_link), in_nav=False),
            Page(self.urls.export("json"), "Mapping (JSON)", data, in_nav=False),
            # The same data as a script: a page opened from file:// cannot fetch the JSON.
            Page(self.urls.export("js"), "Mapping (script)", mapping_script(data), in_nav=False),
        ]
