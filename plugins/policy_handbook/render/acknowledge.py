"""Acknowledgement pages for each published version of the harmonised policy.

For every published version (see :func:`~policy_handbook.analyse.fingerprint.is_published`)
of every document of a body of kind ``handbook project``, this makes:

- ``acknowledge/<document>/<version>.md``: the version, its status and effective date, its
  fingerprint and how to recompute it, and a form that gives the reader a receipt
  (``assets/acknowledge.js`` does the work in the browser);
- ``acknowledge/<document>/<version>.txt``: the canonical text whose SHA-256 is the
  fingerprint, to check it with any SHA-256 tool;
- ``acknowledge/index.md``: every acknowledgement page, with its fingerprint;
- ``acknowledge/fingerprints.json``: every fingerprint, for ``policy-handbook verify-receipt --site``
  and for the receipts service (``policy-handbook receipts serve --site``);
- with the ``receipts_public_key`` option, ``acknowledge/receipts-public-key.json`` and ``.pem``:
  the key the receipts service signs receipts with, also shown on every acknowledgement page.

What changed since each earlier published version is computed here, at build time, and
embedded in the page as JSON for the script to tell a returning reader.
"""

from __future__ import annotations

import functools
import json
import posixpath
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..analyse.fingerprint import ChangesSince, canonical_text, changes_since, fingerprint, published_versions
from ..analyse.status import Applicable, applicable
from ..corpus import Corpus
from ..model import Document, Version
from .site import Page, Urls

FOLDER = "acknowledge"
FINGERPRINTS = f"{FOLDER}/fingerprints.json"
"""Site path of every published fingerprint, as read by ``verify-receipt --site``."""
FINGERPRINTS_FORMAT = "policy-handbook fingerprints 1"
PUBLIC_KEY_JSON = f"{FOLDER}/receipts-public-key.json"
"""Site path of the receipts service's public key, as read by ``verify-receipt --site``."""
PUBLIC_KEY_PEM = f"{FOLDER}/receipts-public-key.pem"
STORAGE_PREFIX = "policy-handbook:acknowledgement:"
"""localStorage key of a document's receipt: this, then the document id."""

STATUS_WORDS = {
    "consultation": "Consultation draft — open for comment, not yet adopted",
    "proposed": "Proposed — not yet adopted",
    "approved": "Approved — adopted",
    "superseded": "Superseded — replaced by a later version",
}


def status_words(version: Version) -> str:
    """A version's status in words, e.g. ``Proposed — not yet adopted``."""
    return STATUS_WORDS.get(version.status, version.status.capitalize())


def acknowledgement_documents(corpus: Corpus) -> list[Document]:
    """Documents of handbook-project bodies that have at least one published version."""
    return [d for d in corpus.documents.values()
            if corpus.bodies[d.body].kind == "handbook project" and published_versions(d)]


def page_src(document_id: str, version_id: str) -> str:
    """Source path of a version's acknowledgement page (link to it with ``Urls.href``)."""
    return f"{FOLDER}/{document_id}/{version_id}.md"


def canonical_src(document_id: str, version_id: str) -> str:
    """Site path of a version's canonical text."""
    return f"{FOLDER}/{document_id}/{version_id}.txt"


def redline_src(prefix: str, document_id: str, old_id: str, new_id: str) -> str:
    """Source path of the redline between two versions (``render/versions.py`` makes these pages)."""
    return f"{prefix}/{document_id}/redline/{old_id}--{new_id}.md"


def file_href(urls: Urls, path: str, from_src: str) -> str:
    """A relative link from a generated page to a file that is not a page (kept as named)."""
    here = urls.url(from_src)
    base = here[:-1] if here.endswith("/") else posixpath.dirname(here)
    return posixpath.relpath(path, base or ".")


def read_public_key_option(value: str, root: Path) -> str:
    """The ``receipts_public_key`` option as PEM text: it is PEM text, or a file relative to ``root``.

    Raises:
        ValueError: when it is neither a readable file nor an Ed25519 public key.
    """
    if "-----BEGIN" in value:
        text, where = value, "receipts_public_key in mkdocs.yml"
    else:
        path = root / value
        try:
            text, where = path.read_text(encoding="utf-8"), str(path)
        except (OSError, UnicodeDecodeError) as e:
            raise ValueError(f"receipts_public_key: cannot read {path} ({getattr(e, 'strerror', None) or e}); "
                             "give the .pub file `policy-handbook receipts keygen` wrote") from None
    signing = _signing()
    try:
        return signing.public_pem(signing.parse_public_key(text, where))
    except signing.KeyFileError as e:
        raise ValueError(f"receipts_public_key: {e}") from None


def _signing():
    # Loads cryptography, which a handbook without a receipts key does not need.
    from ..receipts import signing

    return signing


def endpoint_host(endpoint: str) -> str:
    """Where an endpoint is, in words: its host (and port), or ``this website`` for a relative URL."""
    return urlsplit(endpoint).netloc or "this website"


class AcknowledgementPages:
    """Acknowledgement pages for each published version of the harmonised policy."""

    def __init__(self, site):
        self.site = site
        self.corpus: Corpus = site.corpus
        self.urls: Urls = site.urls
        self.endpoint: str | None = site.options.acknowledgement_endpoint or None
        self.redlines: set[tuple[str, str]] = {tuple(p) for p in (site.options.redlines or [])}
        pem = site.options.receipts_public_key
        self.public_key = _signing().parse_public_key(pem, "receipts_public_key") if pem else None

    def pages(self) -> list[Page]:
        documents = acknowledgement_documents(self.corpus)
        if not documents:
            return []
        pages = [self.index_page(documents)]
        for document in documents:
            for version in published_versions(document):
                pages.append(self.version_page(document, version))
                pages.append(Page(canonical_src(document.id, version.id), f"{document.title} ({version.label}): "
                                  "canonical text", canonical_text(document, version), in_nav=False))
        pages.append(Page(FINGERPRINTS, "Fingerprints", self.fingerprints_json(documents), in_nav=False))
        if self.public_key is not None:
            signing = _signing()
            pages.append(Page(PUBLIC_KEY_JSON, "Receipts public key",
                              json.dumps(signing.public_key_document(self.public_key), indent=1) + "\n", in_nav=False))
            pages.append(Page(PUBLIC_KEY_PEM, "Receipts public key", signing.public_pem(self.public_key), in_nav=False))
        return pages

    def key_data(self, src: str) -> dict[str, str] | None:
        """The receipts key's id and the links to it, for a page; None without a key."""
        if self.public_key is None:
            return None
        signing = _signing()
        return {"key_id": signing.key_id(self.public_key), "pem": signing.public_pem(self.public_key),
                "json_href": file_href(self.urls, PUBLIC_KEY_JSON, src),
                "pem_href": file_href(self.urls, PUBLIC_KEY_PEM, src)}

    # --- pages ------------------------------------------------------------------------

    @functools.cached_property
    def applies(self) -> Applicable:
        """What applies to staff on the build date (what the home page says)."""
        return applicable(self.corpus, self.site.today, self.site.standings)

    def index_page(self, documents: list[Document]) -> Page:
        """Every published version with its reference code; when none is in force today (by the
        standings, not the sources' statuses), first a notice saying so and what applies meanwhile."""
        src = f"{FOLDER}/index.md"
        standings = self.site.standings
        rows = [(d, v, fingerprint(d, v)) for d in documents for v in reversed(published_versions(d))]
        acknowledgeable = any(standings.of(d, v).adoptable for d, v, _ in rows)
        newest = [(d, published_versions(d)[-1]) for d in documents]
        content = self.site.render_template(
            "acknowledge_index.md", src, rows=rows, page_src=page_src, acknowledgeable=acknowledgeable,
            pending=[(d, v, standings.of(d, v)) for d, v in newest], applies=self.applies,
            home_href=self.urls.href("index.md", src))
        return Page(src, "Acknowledge a policy", content)

    def version_page(self, document: Document, version: Version) -> Page:
        src = page_src(document.id, version.id)
        published = published_versions(document)
        newest = published[-1]
        data = self.page_data(document, version, src)
        standing = self.site.standings.of(document, version)
        in_force = [v for v in published if self.site.standings.of(document, v).adoptable]
        content = self.site.render_template(
            "acknowledge.md", src, document=document, version=version, body=self.corpus.bodies[document.body],
            fingerprint=data["fingerprint"], status=standing.words, standing=standing, newest=newest,
            newest_standing=self.site.standings.of(document, newest),
            in_force=in_force[-1] if in_force else None,
            in_force_href=self.urls.href(page_src(document.id, in_force[-1].id), src) if in_force else None,
            newest_href=self.urls.href(page_src(document.id, newest.id), src),
            policy_href=self.urls.href(self.urls.version(document.id, version.id), src),
            canonical_href=file_href(self.urls, canonical_src(document.id, version.id), src),
            canonical_name=posixpath.basename(canonical_src(document.id, version.id)),
            endpoint=self.endpoint, endpoint_host=endpoint_host(self.endpoint) if self.endpoint else None,
            data=data, receipts_key=self.key_data(src),
            applies=self.applies, home_href=self.urls.href("index.md", src),
        )
        return Page(src, f"Acknowledge: {document.title} ({version.label})", content)

    # --- data -------------------------------------------------------------------------

    def page_data(self, document: Document, version: Version, src: str) -> dict[str, Any]:
        """What the page's script needs, embedded in the page as JSON."""
        published = published_versions(document)
        position = next(i for i, v in enumerate(published) if v.id == version.id)
        return {
            "document": document.id,
            "document_title": document.title,
            "version": version.id,
            "version_label": version.label,
            "status": self.site.standings.of(document, version).words,
            "effective_from": version.dates.effective_from.isoformat() if version.dates.effective_from else None,
            "fingerprint": fingerprint(document, version),
            "storage_key": STORAGE_PREFIX + document.id,
            "endpoint": self.endpoint,
            "endpoint_host": endpoint_host(self.endpoint) if self.endpoint else None,
            "receipt_file": f"acknowledgement-{document.id}-{version.id}.json",
            "key_id": _signing().key_id(self.public_key) if self.public_key is not None else None,
            "versions": {v.id: {"label": v.label, "position": i, "url": self.urls.href(page_src(document.id, v.id), src)}
                         for i, v in enumerate(published)},
            "changes_since": {old.id: self.change_data(document, changes_since(document, old, version), src)
                              for old in published[:position]},
        }

    def change_data(self, document: Document, since: ChangesSince, src: str) -> dict[str, Any]:
        """``{substantive, summary, counts, redline_url, redline_label, steps}`` for one earlier version."""
        href, label = self.redline_link(document, since.old, since.new, direct=since.consecutive, src=src)
        return {
            "label": since.old.label,
            "substantive": since.substantive,
            "summary": since.summary,
            "counts": since.counts,
            "redline_url": href,
            "redline_label": label,
            "steps": [{"from": s.old.id, "from_label": s.old.label, "to": s.new.id, "to_label": s.new.label,
                       "substantive": s.substantive, "summary": s.summary, "counts": s.counts,
                       "redline_url": self.redline_link(document, s.old, s.new, direct=True, src=src)[0]}
                      for s in since.steps],
        }

    def redline_link(self, document: Document, old: Version, new: Version, *, direct: bool,
                     src: str) -> tuple[str, str]:
        """The redline from ``old`` to ``new`` when one is built, else the document's page; and its words."""
        configured = (f"{document.id}/{old.id}", f"{document.id}/{new.id}") in self.redlines
        if direct or configured:
            target = redline_src(self.urls.prefix, document.id, old.id, new.id)
            return self.urls.href(target, src), f"Redline: what changed from {old.label} to {new.label}"
        return (self.urls.href(self.urls.document(document.id), src),
                f"Every version of {document.title}, with a redline between each one and the next")

    def fingerprints_json(self, documents: list[Document]) -> str:
        """Every published fingerprint, by document and version."""
        data = {
            "format": FINGERPRINTS_FORMAT,
            "algorithm": "sha256",
            "documents": {
                d.id: {
                    "title": d.title,
                    "versions": {
                        v.id: {
                            "label": v.label,
                            "status": v.status,
                            "published": v.dates.published.isoformat() if v.dates.published else None,
                            "effective_from": v.dates.effective_from.isoformat() if v.dates.effective_from else None,
                            "fingerprint": fingerprint(d, v),
                            "page": self.urls.site_url(page_src(d.id, v.id)),
                            "canonical_text": canonical_src(d.id, v.id),
                        } for v in published_versions(d)
                    },
                } for d in documents
            },
        }
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
