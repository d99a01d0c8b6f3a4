"""Addresses of generated pages, and links between them.

Links inside raw HTML are not rewritten by MkDocs, so they are computed here, the same
way MkDocs computes page URLs (with or without directory URLs).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from .headings import Heading, Rendered


@dataclass(frozen=True, init=False)
class Page:
    """A generated page: where it goes, its text, and the YAML file it comes from.

    The text is either given, and kept encoded as UTF-8, or made when it is read (``content``
    a function returning the text, or the text encoded by :func:`encode_page`): a large handbook's pages are more text than everything else a build holds, and
    a page made when read is held only until the site builder has converted it. UTF-8 because a
    Python string with any character beyond Latin-1 (a dash, a curly quote) takes two or four
    bytes a character; ``surrogatepass`` makes the round trip exact for any string.

    A page written from a template is :class:`~.headings.Rendered`: Markdown, or HTML with the
    headings the site's table of contents needs (see render/headings.py).

    ``inputs``, when given, returns a digest of what the text is made from besides what every
    page shares (see render/inputs.py): a page whose inputs are unchanged has unchanged text.
    """

    src_uri: str
    title: str
    source_file: str | None = None
    in_nav: bool = True
    _utf8: bytes | None = field(default=None, repr=False)
    _headings: tuple[Heading, ...] | None = field(default=None, repr=False)
    _make: Callable[[], str | bytes | Rendered] | None = field(default=None, repr=False, compare=False)
    inputs: Callable[[], str] | None = field(default=None, repr=False, compare=False)

    def __init__(self, src_uri: str, title: str, content: str | Rendered | Callable[[], str | bytes | Rendered],
                 source_file: str | None = None, in_nav: bool = True, inputs: Callable[[], str] | None = None) -> None:
        made_later = callable(content)
        utf8, headings = (None, None) if made_later else _encoded(content)
        for name, value in (("src_uri", src_uri), ("title", title), ("source_file", source_file),
                            ("in_nav", in_nav), ("_utf8", utf8), ("_headings", headings),
                            ("_make", content if made_later else None), ("inputs", inputs)):
            object.__setattr__(self, name, value)

    @property
    def made_when_read(self) -> bool:
        """True when the text is made each time it is read (``content`` was a function)."""
        return self._make is not None

    def read(self) -> tuple[bytes, tuple[Heading, ...] | None]:
        """The text, encoded (see :func:`encode_page`), and its headings if it is HTML (None: Markdown or
        not a page); made now if the page is made when read."""
        if self._make is None:
            return self._utf8, self._headings
        return _encoded(self._make())

    @property
    def utf8(self) -> bytes:
        """The text, encoded (see :func:`encode_page`); made now if the page is made when read."""
        return self.read()[0]

    @property
    def content(self) -> str:
        """The page's text; made now if the page is made when read."""
        return decode_page(self.utf8)


def _encoded(content: str | bytes | Rendered) -> tuple[bytes, tuple[Heading, ...] | None]:
    if isinstance(content, Rendered):
        return encode_page(content.text), content.headings
    return (content if isinstance(content, bytes) else encode_page(content)), None


def encode_page(text: str) -> bytes:
    """A page's text as :attr:`Page.utf8` holds it."""
    return text.encode("utf-8", "surrogatepass")


def decode_page(data: bytes) -> str:
    """The text :func:`encode_page` encoded."""
    return data.decode("utf-8", "surrogatepass")


@dataclass
class Urls:
    """Where each kind of page lives, and how one page links to another."""

    prefix: str = "policies"
    use_directory_urls: bool = True
    _pages: dict[str, str] = field(default_factory=dict)

    # --- where pages live -----------------------------------------------------------

    def policies_index(self) -> str:
        return f"{self.prefix}/index.md"

    def document(self, document_id: str) -> str:
        return f"{self.prefix}/{document_id}/index.md"

    def version(self, document_id: str, version_id: str) -> str:
        return f"{self.prefix}/{document_id}/{version_id}.md"

    def compare_index(self) -> str:
        return "compare/index.md"

    def topic(self, topic_id: str) -> str:
        return f"compare/topics/{topic_id}.md"

    def topic_part(self, topic_id: str, part: str) -> str:
        """A page of a topic holding some of the bodies' clauses (see ``compare.topic_parts``)."""
        return f"compare/topics/{topic_id}/{part}.md"

    def coverage_part(self, part: str) -> str:
        """The coverage matrix of some of the bodies (see ``compare.topic_parts``)."""
        return f"compare/coverage/{part}.md"

    def body_pair(self, first: str, second: str) -> str:
        return f"compare/bodies/{first}--{second}.md"

    def export(self, extension: str) -> str:
        return f"compare/mapping.{extension}"

    def clause(self, document_id: str, version_id: str, clause_id: str) -> tuple[str, str]:
        """The page and anchor of a clause."""
        return self.version(document_id, version_id), self.clause_anchor(clause_id)

    @staticmethod
    def clause_anchor(clause_id: str) -> str:
        return f"clause-{clause_id}"

    @staticmethod
    def section_anchor(section_id: str) -> str:
        return f"section-{section_id}"

    # --- linking --------------------------------------------------------------------

    def url(self, src_uri: str) -> str:
        """The site-relative URL MkDocs gives the page built from ``src_uri``."""
        stem, extension = posixpath.splitext(src_uri)
        if extension != ".md":
            return src_uri
        if not self.use_directory_urls:
            return stem + ".html"
        if posixpath.basename(stem) == "index":
            directory = posixpath.dirname(stem)
            return directory + "/" if directory else ""
        return stem + "/"

    def site_url(self, src_uri: str, anchor: str | None = None) -> str:
        """A site-relative URL (for exports read outside any page)."""
        url = self.url(src_uri)
        return f"{url}#{anchor}" if anchor else url

    def href(self, target_src_uri: str, from_src_uri: str, anchor: str | None = None) -> str:
        """A relative link from one generated page to another, for use in raw HTML."""
        relative = _relative(self.url(target_src_uri), self.url(from_src_uri))
        return f"{relative}#{anchor}" if anchor else relative


@lru_cache(maxsize=65536)
def _relative(target: str, here: str) -> str:
    """The link from the page at URL ``here`` to the URL ``target`` (pages link to the same few often)."""
    base = here[:-1] if here.endswith("/") else posixpath.dirname(here)
    if target.endswith("/") or target == "":
        relative = posixpath.relpath(target.rstrip("/") or ".", base or ".")
        return "./" if relative == "." else relative + "/"
    return posixpath.relpath(target, base or ".")
