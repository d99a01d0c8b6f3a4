"""Which link targets source text may hold: web pages and e-mail addresses only.

A ``javascript:`` or ``data:`` address in a source would become a live link on every page
that shows it, so the schema refuses anything but ``http``, ``https`` and ``mailto`` in URL
fields and in the links of clause text (which may also point at an anchor, ``#…``).
"""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from pydantic_core import PydanticCustomError

SCHEMES = ("http", "https", "mailto")
UNSAFE_LINK = "unsafe_link"
"""The pydantic error type of a refused address; its context holds ``fix``, what to write instead."""


def is_allowed(url: str, *, anchors: bool = False) -> bool:
    """Whether ``url`` is an http(s) or mailto address (or, with ``anchors``, a ``#fragment``)."""
    cleaned = "".join(url.split()).lower()
    if anchors and cleaned.startswith("#"):
        return True
    scheme, colon, rest = cleaned.partition(":")
    if not colon or scheme not in SCHEMES:
        return False
    return bool(rest) and (scheme == "mailto" or rest.startswith("//"))


def check_url(url: str | None) -> str | None:
    """A pydantic validator for URL fields."""
    if url is not None and not is_allowed(url):
        raise PydanticCustomError(
            UNSAFE_LINK, "'{url}' is not a web address",
            {"url": url[:60], "fix": "write an address that starts with https:// (or http://), "
                                     "or mailto: for an e-mail address"})
    return url


@lru_cache(maxsize=1)
def _link_parser() -> MarkdownIt:
    md = MarkdownIt("zero").enable(["link", "autolink", "image"])
    md.validateLink = lambda url: True
    return md


def markdown_link_targets(text: str) -> list[str]:
    """Every link target written in Markdown text: ``[words](target)`` and ``<target>``."""
    if "[" not in text and "<" not in text:
        return []  # every link, image and autolink opens with one of the two: most clauses have none
    targets: list[str] = []
    for block in _link_parser().parse(text):
        for token in block.children or []:
            if token.type in ("link_open", "image"):
                targets.append(str(token.attrGet("href") or token.attrGet("src") or ""))
    return targets


def check_markdown_links(text: str) -> str:
    """A pydantic validator for clause text: every link goes to a web page, an e-mail address or an anchor."""
    for target in markdown_link_targets(text):
        if not is_allowed(target, anchors=True):
            raise PydanticCustomError(
                UNSAFE_LINK, "the link to '{url}' is not a web address",
                {"url": target[:60], "fix": "link to an address that starts with https:// (or http://), "
                                            "mailto: or #, or write the words without a link"})
    return text
