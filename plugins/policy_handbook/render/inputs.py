"""What a generated page's Markdown is made from, as a digest: equal digests, equal Markdown.

Under ``mkdocs serve`` a page whose inputs are those of the previous build need not be rendered
again. Every page's Markdown is made from what all pages share (:func:`shared_inputs`: the
lists of bodies and topics, the options, the build date, the templates, and the path and title
of every page, which is what a page shows of the pages it links to) and from what the page
itself reads, which the page states (``Page.inputs``) with :class:`PageInputs`: the source
digests of the documents it reads (the loader's digest of each file's bytes), and values
worked out from other documents (a version's standing, which another document may change).

Declarations are conservative. A page on one topic reads, of each document with a clause on
the topic in any version, the document's and its versions' details and every section holding
such a clause (its title, and every clause in it: a clause is labelled by its place in its
section, compared with its lead-in and list items, and read with its lead-ins). A page that
reads every document (the coverage matrix, the exports) declares no inputs and is made every time.
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path
from typing import Iterable

from ..corpus import Corpus
from ..memo import by_identity
from ..model import Clause, Document
from .options import RenderOptions

TEMPLATES_DIR = Path(__file__).parent / "templates"


def digest(*parts: object) -> str:
    """One digest of ``parts``, each taken as its ``str`` (lengths included, so parts cannot run together)."""
    hasher = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = str(part).encode("utf-8", "surrogatepass")
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()


class PageInputs:
    """Digests of the sources a page reads, for ``Page.inputs`` (see the module's docstring)."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus

    def documents(self, document_ids: Iterable[str], *values: object) -> str:
        """The sources of these documents, and ``values`` worked out from elsewhere."""
        return digest(*(f"{d}\0{self.corpus.digests.get(d, '-')}" for d in sorted(set(document_ids))), "\0", *values)

    def of_bodies(self, body_ids: Iterable[str], *values: object) -> str:
        """Every document of these bodies, and ``values``."""
        bodies = set(body_ids)
        return self.documents((d.id for d in self.corpus.documents.values() if d.body in bodies), *values)

    def on_topic(self, topic_id: str, *values: object) -> str:
        """What each document says on the topic (see the module's docstring); every harmonised document; ``values``."""
        return digest(repr(self._said.get(topic_id, [])), self.documents(self._harmonised, *values))

    @functools.cached_property
    def _said(self) -> dict[str, list[tuple[str, str]]]:
        said: dict[str, list[tuple[str, str]]] = {}
        for document in sorted(self.corpus.documents.values(), key=lambda d: d.id):
            for topic, topic_digest in topic_digests(document).items():
                said.setdefault(topic, []).append((document.id, topic_digest))
        return said

    @functools.cached_property
    def _harmonised(self) -> list[str]:
        return sorted(d.id for d in self.corpus.documents.values()
                      if self.corpus.bodies[d.body].kind == "handbook project")


def shared_inputs(corpus: Corpus, options: RenderOptions, today: object, pages: Iterable[tuple[str, str, bool]],
                  *extra: object) -> str:
    """What every generated page may read: see the module's docstring.

    ``pages``: every generated page's path, title and whether it is in the navigation.
    """
    documents = sorted((d.id, d.body, str(corpus.files.get(d.id, ""))) for d in corpus.documents.values())
    return digest(corpus.digests.get("bodies.yml"), corpus.digests.get("topics.yml"), repr(options), today,
                  _stamps([TEMPLATES_DIR, options.templates_dir]), repr(documents), repr(list(pages)), *extra)


def _stamps(folders: list[Path | None]) -> str:
    stamps = []
    for folder in folders:
        if folder is None:
            continue
        for root, subfolders, names in os.walk(folder):
            subfolders.sort()
            for name in sorted(names):
                stat = os.stat(os.path.join(root, name))
                stamps.append((root, name, stat.st_size, stat.st_mtime_ns))
    return repr(stamps)


@by_identity(maxsize=8192)
def topic_digests(document: Document) -> dict[str, str]:
    """For each topic a clause of ``document`` links to (in any version), a digest of what the
    document says on it: see the module's docstring. Worked out once per document."""
    head = [document.model_dump_json(exclude={"versions"})]
    head += [version.model_dump_json(exclude={"sections"}) for version in document.versions]
    sections: dict[str, list[str]] = {}
    for version in document.versions:
        for section in version.walk_sections():
            topics = {link.topic for clause in section.clauses for link in _links(clause)}
            if topics:
                text = f"{version.id}\0{section.model_dump_json()}"
                for topic in topics:
                    sections.setdefault(topic, []).append(text)
    return {topic: digest(*head, *texts) for topic, texts in sections.items()}


def _links(clause: Clause):
    yield from clause.topic_links
    for item in clause.items:
        yield from _links(item)
