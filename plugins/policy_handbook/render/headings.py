"""Headings written as finished HTML, as Python-Markdown's ``toc`` and ``attr_list`` extensions write them.

A generated page is written as the HTML Python-Markdown would make of it, so that MkDocs need
not convert it (see plugin.py). Its headings are the one part whose HTML depends on the site's
configuration: the ``toc`` extension gives each an ``id`` (its own, or one made from its text),
adds a permanent link, and lists it in the page's table of contents. :class:`Headings` writes
each heading of one page that way and keeps what the table of contents needs; with no
:class:`HeadingStyle` it writes Markdown headings instead, for Python-Markdown to convert.
"""

from __future__ import annotations

import html
import re
import secrets
from dataclasses import dataclass

from markdown.extensions.toc import slugify, unique
from markupsafe import Markup

from .environment import md_escape


@dataclass(frozen=True)
class HeadingStyle:
    """What the site's ``toc`` extension adds to a heading (its options of the same names)."""

    permalink: str | None = None
    """The permanent link's text, as HTML; None: no permanent link."""
    permalink_class: str = "headerlink"
    permalink_title: str = "Permanent link"
    permalink_leading: bool = False


@dataclass(frozen=True)
class Heading:
    """A heading as the ``toc`` extension records it: ``name`` and ``html`` are its text as HTML."""

    level: int
    id: str
    name: str
    html: str


@dataclass(frozen=True)
class Rendered:
    """A page as a template wrote it. ``headings`` is None when ``text`` is Markdown still to convert."""

    text: str
    headings: tuple[Heading, ...] | None = None


class Headings:
    """The headings of one page, written as the page is rendered (the templates' ``heading``).

    With a style, each heading is written as HTML; a heading given no id gets the one the ``toc``
    extension would make from its text, unique on the page. That id depends on every id given
    later on the page too, so until :meth:`finish` it stands as a placeholder.
    """

    def __init__(self, style: HeadingStyle | None) -> None:
        self.style = style
        self._found: list[tuple[int, str | None, str]] = []
        self._nonce = secrets.token_hex(8)

    def __call__(self, level: int, text: str, id: str | None = None, attributes: dict[str, str] | None = None) -> Markup:
        """A heading of ``text`` (plain text, escaped here; or Markup) at ``level``, with ``id`` and ``attributes``."""
        if self.style is None:
            return self._markdown(level, text, id, attributes or {})
        inner = (text.__html__() if hasattr(text, "__html__") else html.escape(str(text), quote=False)).strip()
        anchor = id or self._placeholder(len(self._found))
        self._found.append((level, id, inner))
        # In the order Python-Markdown writes attributes: by name.
        opening = "".join(f' {name}="{html.escape(value)}"'
                          for name, value in sorted({**(attributes or {}), "id": anchor}.items()))
        link = self._permalink(anchor)
        if self.style.permalink_leading:
            return Markup(f"<h{level}{opening}>{link}{inner}</h{level}>")
        return Markup(f"<h{level}{opening}>{inner}{link}</h{level}>")

    def _placeholder(self, index: int) -> str:
        return f"phid{self._nonce}x{index}x"

    def _permalink(self, anchor: str) -> str:
        style = self.style
        if style.permalink is None:
            return ""
        title = f' title="{style.permalink_title}"' if style.permalink_title else ""
        return f'<a class="{style.permalink_class}" href="#{html.escape(anchor)}"{title}>{style.permalink}</a>'

    @staticmethod
    def _markdown(level: int, text: str, id: str | None, attributes: dict[str, str]) -> Markup:
        plain = text.unescape() if isinstance(text, Markup) else str(text)
        listed = ([f"#{id}"] if id else []) + [f'{name}="{value}"' for name, value in attributes.items()]
        return Markup("#" * level + " " + md_escape(plain) + (f" {{ {' '.join(listed)} }}" if listed else ""))

    def finish(self, text: str) -> Rendered:
        """The page ``text`` with every heading's id in place, and its headings (with no style: as it is)."""
        if self.style is None:
            return Rendered(text)
        used = {id for _, id, _ in self._found if id}
        headings = []
        for index, (level, id, inner) in enumerate(self._found):
            name = " ".join(re.sub(r"<[^>]*>", "", inner).split())
            if not id:
                id = unique(slugify(html.unescape(name), "-"), used)
                text = text.replace(self._placeholder(index), id)
            headings.append(Heading(level, id, name, inner))
        return Rendered(text, tuple(headings))
