"""The full cross-map as CSV (for spreadsheets) and JSON (for other tools and the browser)."""

from __future__ import annotations

import csv
import functools
import io
import itertools
import json
import zlib
from typing import TextIO

from ..analyse.counterparts import Counterpart, counterpart_on_topic, topic_baseline
from ..analyse.crossmap import Mapping, compared_bodies, coverage, mappings
from ..corpus import Corpus
from .inputs import digest
from .labels import clause_label, headline_words
from .markup import to_plain
from .site import Page, Urls, encode_page

CSV_COLUMNS = [
    "body", "body_name", "document", "document_title", "version", "version_label", "clause", "clause_number",
    "clause_label", "topic", "topic_title", "relationship", "stance", "strength", "stance_provenance",
    "mapping_provenance", "agrees_with_reading", "reviewed_by", "reviewed_on", "proposed_stance",
    "proposed_strength", "scope", "qualifier", "headline", "inherited_from_lead_in", "rationale", "url", "text",
    "counterpart_document", "counterpart_version", "counterpart_clause", "counterpart_label", "counterpart_chosen_by",
]
"""``stance_provenance``/``mapping_provenance``: ``reviewed`` (checked by a person) or ``proposed``;
``headline``: ``yes`` for the clause that states the body's position on the topic; ``scope`` and
``qualifier``: what the wording says the rule applies to and its condition, as read;
``counterpart_*``: the clause this one is compared against on its topic page (empty when none),
and whether it was chosen by derivation or by similarity."""


def _row(corpus: Corpus, urls: Urls, m: Mapping, headlines: frozenset = frozenset()) -> dict[str, str]:
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
        "stance_provenance": m.stance_provenance,
        "mapping_provenance": m.mapping_provenance,
        "agrees_with_reading": "yes" if m.agrees_with_reading else "no",
        "reviewed_by": m.link.reviewed_by or "",
        "reviewed_on": m.link.reviewed_on.isoformat() if m.link.reviewed_on else "",
        "proposed_stance": m.proposed.stance,
        "proposed_strength": m.proposed.strength,
        "scope": "; ".join(m.proposed.scope),
        "qualifier": m.proposed.qualifier or "",
        "headline": "yes" if _key(m) in headlines else "no",
        "inherited_from_lead_in": "yes" if m.inherited else "no",
        "rationale": m.link.rationale or "",
        "url": urls.site_url(page, anchor),
        "text": to_plain(located.clause.text),
    }


def _key(m: Mapping) -> tuple:
    return (m.located.ref, m.link.topic)


def headline_keys(corpus: Corpus) -> frozenset:
    """(clause, topic) of every body's headline clause on every topic."""
    return frozenset(_key(p.headline) for entry in coverage(corpus) for p in entry.addressing)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV injection")."""


def spreadsheet_cell(value: str) -> str:
    """``value``, with a single quote before it if a spreadsheet would run it as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def mapping_csv(corpus: Corpus, urls: Urls, found: list[Mapping], baseline_body: str | None = None, *,
                headlines: frozenset | None = None, chosen: dict | None = None) -> str:
    """One row per clause-topic link. UTF-8 with a byte-order mark and CRLF, as Excel expects.

    Each row names the link's counterpart as the JSON export does. Cells that a spreadsheet would
    run as a formula are prefixed with a single quote. ``headlines`` and ``chosen``: those of
    :func:`headline_keys` and :func:`counterparts`, when already worked out.
    """
    out = io.StringIO()
    write_mapping_csv(out, corpus, urls, found, baseline_body, headlines=headlines, chosen=chosen)
    return out.getvalue()


def write_mapping_csv(out: TextIO, corpus: Corpus, urls: Urls, found: list[Mapping], baseline_body: str | None = None,
                      *, headlines: frozenset | None = None, chosen: dict | None = None) -> None:
    """Write :func:`mapping_csv` to ``out``, row by row."""
    out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    headlines = headline_keys(corpus) if headlines is None else headlines
    chosen = counterparts(corpus, found, baseline_body) if chosen is None else chosen
    _write_rows(writer, corpus, urls, found, headlines, chosen)


def _write_rows(writer: csv.DictWriter, corpus: Corpus, urls: Urls, found: list[Mapping], headlines: frozenset,
                chosen: dict) -> None:
    for m in found:
        counterpart = _counterpart_json(chosen.get((str(m.located.ref), m.link.topic))) or {}
        row = {**_row(corpus, urls, m, headlines),
               **{f"counterpart_{key}": counterpart.get("clause_label" if key == "label" else key, "")
                  for key in ("document", "version", "clause", "label", "chosen_by")}}
        writer.writerow({key: spreadsheet_cell(value) for key, value in row.items()})


def mapping_csv_utf8(*args, **kwargs) -> bytes:
    """:func:`mapping_csv` encoded as a page is (see :func:`encode_page`), without holding it as text."""
    out = io.BytesIO()
    text = io.TextIOWrapper(out, encoding="utf-8", errors="surrogatepass", newline="")
    write_mapping_csv(text, *args, **kwargs)
    text.flush()
    return out.getvalue()


BROWSER_FIELDS = {
    "bodies": ("id", "name"),
    "topics": ("id", "title"),
    "clauses": ("body", "clause_label", "url", "text"),
    "links": ("clause", "topic", "headline", "stance", "strength", "scope", "summary", "stance_provenance",
              "mapping_provenance", "agrees_with_reading", "proposed_stance", "proposed_strength",
              "reviewed_by", "reviewed_on"),
}
"""What the "any two bodies" page reads of the mapping (assets/compare-any.js)."""


def browser_mapping(data: dict) -> dict:
    """The part of the mapping JSON that the "any two bodies" page reads: no counterparts, qualifiers or rationales.

    Clauses and links are rows of values in the order of ``clause_fields`` and ``link_fields``
    (the page makes them objects again), and a link names its clause by its place in ``clauses``:
    spelt out in every row, the field names and clause keys would be a third of the file.
    """
    def pick(row: dict, kind: str) -> dict:
        return {key: row[key] for key in BROWSER_FIELDS[kind]}

    places = {key: place for place, key in enumerate(data["clauses"])}
    return {"bodies": [pick(b, "bodies") for b in data["bodies"]],
            "topics": [pick(t, "topics") for t in data["topics"]],
            "clause_fields": list(BROWSER_FIELDS["clauses"]),
            "clauses": [[c[key] for key in BROWSER_FIELDS["clauses"]] for c in data["clauses"].values()],
            "link_fields": list(BROWSER_FIELDS["links"]),
            "links": [[places[link["clause"]], *(link[key] for key in BROWSER_FIELDS["links"][1:])]
                      for link in data["links"]]}


def compact_json(data: dict) -> str:
    """``data`` as one line of JSON, UTF-8 characters kept."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def compact_json_utf8(data: dict, before: str = "", after: str = "") -> bytes:
    """``before``, :func:`compact_json` of ``data`` and ``after``, encoded as a page is (see :func:`encode_page`).

    Made a few hundred items of each top-level list or object at a time: the whole text at once
    would be several times the size of the bytes (a str with one curly quote takes two bytes a
    character), and JSON's encoder holds it twice over while joining it.
    """
    out = io.BytesIO()
    out.write(encode_page(before + "{"))
    for number, (key, value) in enumerate(data.items()):
        out.write(encode_page(("," if number else "") + compact_json(key) + ":"))
        if isinstance(value, (list, dict)) and value:
            items = list(value.items()) if isinstance(value, dict) else value
            out.write(b"{" if isinstance(value, dict) else b"[")
            for start in range(0, len(items), JSON_BATCH):
                batch = items[start:start + JSON_BATCH]
                text = compact_json(dict(batch) if isinstance(value, dict) else batch)
                out.write(encode_page(("," if start else "") + text[1:-1]))
            out.write(b"}" if isinstance(value, dict) else b"]")
        else:
            out.write(encode_page(compact_json(value)))
    out.write(encode_page("}" + after))
    return out.getvalue()


JSON_BATCH = 500


def mapping_script(data: dict) -> bytes:
    """What the "any two bodies" page reads of the mapping, as a script that sets ``window.__phMapping``
    (a page opened from file:// cannot fetch the JSON), encoded as a page is."""
    return compact_json_utf8(browser_mapping(data), "var __phMapping = ", ";\n")


def counterparts(corpus: Corpus, found: list[Mapping], baseline_body: str | None = None
                 ) -> dict[tuple[str, str], Counterpart]:
    """Each link's counterpart, by (clause reference, topic), as the topic pages choose it."""
    baselines = {entry.topic.id: topic_baseline(corpus, entry, baseline_body) for entry in coverage(corpus)}
    chosen = {}
    for m in found:
        counterpart = counterpart_on_topic(m, baselines.get(m.link.topic))
        if counterpart is not None:
            chosen[str(m.located.ref), m.link.topic] = counterpart
    return chosen


def _counterpart_json(counterpart: Counterpart | None) -> dict | None:
    if counterpart is None:
        return None
    located = counterpart.mapping.located
    return {"document": located.document.id, "version": located.version.id, "clause": located.clause.id,
            "clause_number": located.clause.number or "", "clause_label": clause_label(located),
            "chosen_by": counterpart.chosen_by}


MAPPING_FORMAT = 2
"""The shape of ``mapping.json``. 2: a link's ``counterpart`` names a clause of ``clauses`` (its key)
and how it was chosen; clauses no longer list their counterparts (those of their links). 1 (no
``format`` key): each counterpart spelt out as document, version, clause, number and label, in the
link and again in its clause's ``counterparts``."""

_CLAUSE_FIELDS = ("body", "document", "version", "clause", "clause_number", "clause_label", "url", "text")


def mapping_data(corpus: Corpus, urls: Urls, found: list[Mapping], baseline_body: str | None = None, *,
                 headlines: frozenset | None = None, chosen: dict | None = None) -> dict:
    """Topics, bodies, clause texts and links: enough to compare any two bodies in a browser.

    Each clause is given once, under its key (``document/version#clause``); each link names its
    clause by that key, and the clause it is compared against on its topic page (``counterpart``:
    the clause's key, and whether it was chosen by derivation or by similarity). ``headlines`` and
    ``chosen``: those of :func:`headline_keys` and :func:`counterparts`, when already worked out.
    """
    headlines = headline_keys(corpus) if headlines is None else headlines
    chosen = counterparts(corpus, found, baseline_body) if chosen is None else chosen
    clauses, links = _clauses_and_links(corpus, urls, found, headlines, chosen)
    clauses.update(_unlisted_counterparts(corpus, urls, found, headlines, chosen))
    return {**_heading_data(corpus), "clauses": clauses, "links": links}


def _heading_data(corpus: Corpus) -> dict:
    return {
        "format": MAPPING_FORMAT,
        "bodies": [{"id": b.id, "name": b.name, "kind": b.kind} for b in compared_bodies(corpus)],
        "groups": [{"id": g.id, "title": g.title} for g in corpus.groups.values()],
        "topics": [{"id": t.id, "title": t.title, "question": t.question, "group": t.group}
                   for t in corpus.topics.values()],
    }


def _clauses_and_links(corpus: Corpus, urls: Urls, found: list[Mapping], headlines: frozenset, chosen: dict
                       ) -> tuple[dict[str, dict], list[dict]]:
    clauses: dict[str, dict] = {}
    links = []
    for m in found:
        row = _row(corpus, urls, m, headlines)
        key = str(m.located.ref)
        if key not in clauses:
            clauses[key] = {k: row[k] for k in _CLAUSE_FIELDS}
        counterpart = chosen.get((key, m.link.topic))
        links.append({"clause": key, **{k: row[k] for k in (
            "topic", "relationship", "stance", "strength", "stance_provenance", "mapping_provenance",
            "proposed_stance", "proposed_strength", "rationale")},
            "agrees_with_reading": m.agrees_with_reading, "headline": row["headline"] == "yes",
            "scope": list(m.proposed.scope), "qualifier": m.proposed.qualifier, "summary": headline_words(m),
            "reviewed_by": m.link.reviewed_by, "reviewed_on": row["reviewed_on"] or None,
            "counterpart": {"clause": str(counterpart.mapping.located.ref), "chosen_by": counterpart.chosen_by}
            if counterpart is not None else None})
    return clauses, links


def _unlisted_counterparts(corpus: Corpus, urls: Urls, found: list[Mapping], headlines: frozenset, chosen: dict
                           ) -> dict[str, dict]:
    """Counterparts that are not among the clauses of ``found``: a counterpart is one of the mapped
    clauses, but should one not be, a link must still name a clause the file gives."""
    listed = {str(m.located.ref) for m in found}
    unlisted = {}
    for counterpart in chosen.values():
        key = str(counterpart.mapping.located.ref)
        if key not in listed and key not in unlisted:
            row = _row(corpus, urls, counterpart.mapping, headlines)
            unlisted[key] = {k: row[k] for k in _CLAUSE_FIELDS}
    return unlisted


class ExportFiles:
    """The mapping files linked from the coverage matrix, each made when it is read (see :class:`Page`).

    With ``kept`` (a dict this class fills, held from one build to the next by `mkdocs serve`),
    each document's part of the three files is made again only when what it is made from
    changed: the document's source, the lists of bodies and topics, the addresses, and which
    of its links are headlines and what their counterparts are.
    """

    def __init__(self, site, kept: dict | None = None):
        self.corpus, self.urls = site.corpus, site.urls
        self.baseline_body = site.options.baseline_body
        self._held: dict | None = None
        self._kept = kept

    @functools.cached_property
    def _worked_out(self) -> tuple[list[Mapping], dict]:
        """Every link, and what both files say of each: made once, for the three files."""
        every_link = mappings(self.corpus, include_inherited=True)
        return every_link, {"headlines": headline_keys(self.corpus),
                            "chosen": counterparts(self.corpus, every_link, self.baseline_body)}

    def _data(self) -> dict:
        """The JSON export's data; the JSON and the script file each read it once, so it is
        held from the first of them to the second, and made again only if read again."""
        if self._held is not None:
            data, self._held = self._held, None
            return data
        every_link, worked_out = self._worked_out
        self._held = mapping_data(self.corpus, self.urls, every_link, self.baseline_body, **worked_out)
        return self._held

    def _csv(self) -> bytes:
        if self._kept is not None:
            header = io.StringIO()
            csv.DictWriter(header, fieldnames=CSV_COLUMNS, lineterminator="\r\n").writeheader()
            return encode_page("\ufeff" + header.getvalue() + "".join(self._parts(0)))
        every_link, worked_out = self._worked_out
        return mapping_csv_utf8(self.corpus, self.urls, every_link, self.baseline_body, **worked_out)

    def _json(self) -> bytes:
        if self._kept is not None:
            heading, unlisted = self._whole
            unlisted = compact_json(unlisted)[1:-1]
            text = compact_json(heading)[:-1]
            clauses = ",".join(part for part in [*self._parts(1), unlisted] if part)
            links = ",".join(part for part in self._parts(2) if part)
            return encode_page(f'{text},"clauses":{{{clauses}}},"links":[{links}]}}\n')
        return compact_json_utf8(self._data(), after="\n")

    def _script(self) -> bytes:
        if self._kept is not None:
            heading, unlisted = self._whole
            heading = browser_mapping({**heading, "clauses": unlisted, "links": []})
            clause_rows, link_rows, offset = [], [], 0
            for parts in self._kept_parts:
                clauses, links = self._unpacked(parts[3]), json.loads(self._unpacked(parts[4]))
                if clauses:
                    clause_rows.append(clauses)
                # A link names its clause by its place among all clauses: this document's come after those before it.
                link_rows.extend(compact_json([place + offset, *rest]) for place, *rest in links)
                offset += parts[5]
            clause_rows.append(compact_json(heading["clauses"])[1:-1])
            made = {"clauses": "[" + ",".join(part for part in clause_rows if part) + "]",
                    "links": "[" + ",".join(link_rows) + "]"}
            # The keys in the order mapping_script gives them, so that both make the same bytes.
            text = ",".join(f"{compact_json(key)}:{made.get(key) or compact_json(value)}" for key, value in heading.items())
            return encode_page(f"var __phMapping = {{{text}}};\n")
        return mapping_script(self._data())

    @functools.cached_property
    def _whole(self) -> tuple[dict, dict]:
        """What the JSON and the script add to the documents' parts: bodies, groups and topics, and
        any counterpart that is not among the mapped clauses; made once for both."""
        every_link, worked_out = self._worked_out
        return _heading_data(self.corpus), _unlisted_counterparts(self.corpus, self.urls, every_link, **worked_out)

    @staticmethod
    def _unpacked(part: bytes) -> str:
        return zlib.decompress(part).decode("utf-8", "surrogatepass")

    def _parts(self, number: int) -> list[str]:
        """Each document's part of one file: CSV rows (0), then for the JSON (1, 2) its clauses and
        its links, as JSON without the brackets around them (for the script, see :meth:`_made_parts`)."""
        return [self._unpacked(parts[number]) for parts in self._kept_parts]

    @functools.cached_property
    def _kept_parts(self) -> list[tuple]:
        every_link, worked_out = self._worked_out
        headlines, chosen = worked_out["headlines"], worked_out["chosen"]
        shared = digest(self.corpus.digests.get("bodies.yml"), self.corpus.digests.get("topics.yml"),
                        self.urls.prefix, self.urls.use_directory_urls, self.baseline_body)
        kept, parts = {}, []
        for document, found in itertools.groupby(every_link, key=lambda m: m.located.document.id):
            found = list(found)
            said = [(_key(m) in headlines, _counterpart_json(chosen.get((str(m.located.ref), m.link.topic))))
                    for m in found]
            key = digest(shared, self.corpus.digests.get(document, ""), repr(said))
            entry = self._kept.get(document)
            if entry is None or entry[0] != key:
                entry = (key, self._made_parts(found, headlines, chosen))
            kept[document] = entry
            parts.append(entry[1])
        self._kept.clear()
        self._kept.update(kept)
        return parts

    def _made_parts(self, found: list[Mapping], headlines: frozenset, chosen: dict) -> tuple:
        rows = io.StringIO()
        _write_rows(csv.DictWriter(rows, fieldnames=CSV_COLUMNS, lineterminator="\r\n"), self.corpus, self.urls,
                    found, headlines, chosen)
        clauses, links = _clauses_and_links(self.corpus, self.urls, found, headlines, chosen)
        browser = browser_mapping({"bodies": [], "topics": [], "clauses": clauses, "links": links})
        # The script's clauses without brackets; its links as a whole list, each naming its clause
        # by its place among this document's clauses, and how many those are (see _script).
        texts = [rows.getvalue(), compact_json(clauses)[1:-1], compact_json(links)[1:-1],
                 compact_json(browser["clauses"])[1:-1], compact_json(browser["links"])]
        return (*(zlib.compress(encode_page(text), 1) for text in texts), len(browser["clauses"]))

    def pages(self) -> list[Page]:
        if not self.corpus.topics:
            return []
        return [
            Page(self.urls.export("csv"), "Mapping (CSV)", self._csv, in_nav=False),
            Page(self.urls.export("json"), "Mapping (JSON)", self._json, in_nav=False),
            # What the "any two bodies" page reads, as a script: a page opened from file:// cannot fetch the JSON.
            Page(self.urls.export("js"), "Mapping (script)", self._script, in_nav=False),
        ]
