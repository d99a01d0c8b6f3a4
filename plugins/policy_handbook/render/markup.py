"""Clause text (a small Markdown subset) to safe HTML.

Clause text is data typed by policy officers, never trusted markup: raw HTML is escaped,
and only paragraphs, lists, emphasis and links are recognised. Links are limited to
http(s) and mailto by markdown-it's own URL validation.
"""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt

from ..text import to_plain

__all__ = ["to_html", "to_plain"]

_RULES = ["paragraph", "list", "emphasis", "link", "newline", "escape", "entity", "text", "autolink"]


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("zero", {"html": False, "typographer": False}).enable(_RULES)
    md.validateLink = lambda url: url.lower().startswith(("http://", "https://", "mailto:", "#"))
    return md


def to_html(text: str, *, inline: bool = False) -> str:
    """Render clause text. ``inline`` drops the wrapping ``<p>`` of a one-paragraph text."""
    return _to_html(text, inline)


@lru_cache(maxsize=1 << 16)
def _to_html(text: str, inline: bool) -> str:
    # Pages show the same clause many times (topic, comparison and print pages), and a serve
    # rebuild shows every unchanged clause again.
    html = _parser().render(text).strip()
    if inline and html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html
