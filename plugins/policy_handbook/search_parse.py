"""Material's search index, with each page's HTML divided into sections more quickly.

Material's search plugin divides every page's HTML into sections (a heading, its title and
its text) with a parser built on Python's ``html.parser``: the HTML is read a few characters
at a time in Python, and each tag and text is handed to methods that keep the open elements
and the excluded ones in lists and sets of objects. On a large handbook that is one of the
build's larger costs. :func:`sections` makes the same sections in one pass of a regular
expression over the HTML, keeping the same state as counts of tag names. It follows
Material's parser (``material/plugins/search/plugin.py``, class ``Parser``) step for step,
its quirks included: its elements compare by tag name alone, so closing any element with
the tag of an excluded one ends the exclusion, and a section's title is any text inside an
element with its heading's tag.

Only HTML whose every ``<`` opens a plain start or end tag (letters, digits and dashes in
names, attribute values quoted) is read this way; for anything else (comments,
declarations, ``<script>`` and the other elements whose text ``html.parser`` reads raw, a
stray ``<``) :func:`sections` gives None and the page is read by Material's parser. So the
search index is the same, entry for entry (``tests/test_search_parse.py`` checks every page
of built sites).
"""

from __future__ import annotations

import re
from collections import defaultdict
from html import escape, unescape
from html.parser import HTMLParser
from typing import Any, Callable

_TOKEN = re.compile(
    r"""([^<]+)"""  # text
    r"""|<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][a-zA-Z0-9_:.-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(/?)>"""
    r"""|</([a-zA-Z][a-zA-Z0-9-]*)\s*>"""  # end tag
    r"""|(<)""")  # anything else
_ATTRIBUTE = re.compile(r"""\s+([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?""")
_MAY_SKIP = re.compile(r"data-search-exclude|linenodiv|&", re.IGNORECASE)
"""Attributes that may start an exclusion, or hide one behind a character reference."""

RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
                      "noscript", "plaintext"})
"""Elements whose content ``html.parser`` reads as raw text in some Python version: a page with one is
read by Material's parser."""

# As in Material's parser.
_ALWAYS_SKIPPED = frozenset({"object", "script", "style"})
_KEPT = frozenset({"p", "code", "pre", "li", "ol", "ul", "sub", "sup"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr"})


def _attributes(text: str) -> dict[str, str | None]:
    """A start tag's attributes as ``html.parser`` gives them to ``dict``: names in lower case,
    character references in values resolved, the last of a repeated name winning."""
    found: dict[str, str | None] = {}
    for match in _ATTRIBUTE.finditer(text):
        name, double, single = match.groups()
        value = double if double is not None else single
        found[name.lower()] = unescape(value) if value else value
    return found


class _Section:
    """A section as Material's parser makes it, until it is handed over as Material's own."""

    __slots__ = ("tag", "attrs", "depth", "title", "text", "id")

    def __init__(self, tag: str, attrs: dict, depth: float = 0) -> None:
        self.tag, self.attrs, self.depth = tag, attrs, depth
        self.title: list[str] = []
        self.text: list[str] = []
        self.id: str | None = None


def _divide(html: str) -> list[_Section] | None:
    context: list[tuple[str, dict | None]] = []
    open_tags: defaultdict[str, int] = defaultdict(int)  # how many open elements have each tag
    skipped = set(_ALWAYS_SKIPPED)  # Material's elements compare by tag: a set of tags is its set of elements
    in_skipped = 0  # how many open elements have a tag in `skipped`: Material skips while any does
    data: list[_Section] = []
    section: _Section | None = None

    for match in _TOKEN.finditer(html):
        text, tag, raw, closed, end, other = match.groups()
        if text is not None:
            if in_skipped:
                continue
            text = unescape(text) if "&" in text else text
            if not open_tags["pre"]:
                text = " " if text.isspace() else text.replace("\n", " ")
            if section is None:
                section = _Section("hx", {})
                data.append(section)
            if open_tags[section.tag]:
                if not any(t == "a" and a is not None and a.get("class") == "headerlink" for t, a in context):
                    section.title.append(escape(text, quote=False))
            elif text.isspace():
                if not section.text or not section.text[-1].isspace() or open_tags["pre"]:
                    section.text.append(text)
            else:
                section.text.append(escape(text, quote=False))
            continue
        if other is not None:
            return None
        if tag is not None:
            tag = tag.lower()
            if tag in RAW_TEXT:
                return None
            ends = [tag] if closed else []
            if tag in _VOID:
                continue  # html.parser's end tag for `<br/>` finds no open `br`, and does nothing
            attrs = _attributes(raw) if raw and (tag in _HEADINGS or tag == "a" or _MAY_SKIP.search(raw)) else None
            context.append((tag, attrs))
            open_tags[tag] += 1
            if tag in skipped:
                in_skipped += 1
            if tag in _HEADINGS and attrs and "id" in attrs:
                depth = len(context)
                if tag != "h1" and not data:
                    section = _Section("hx", {}, depth)
                    data.append(section)
                section = _Section(tag, attrs, depth)
                if data:
                    section.id = attrs["id"]
                data.append(section)
            if section is None:
                section = _Section("hx", {})
                data.append(section)
            if attrs and ("data-search-exclude" in attrs or attrs.get("class") == "linenodiv"):
                if tag not in skipped:
                    skipped.add(tag)
                    in_skipped += open_tags[tag]
            elif tag in _KEPT and not in_skipped:
                (section.title if open_tags[section.tag] else section.text).append(f"<{tag}>")
        else:
            ends = [end.lower()]
        for tag in ends:
            if not context or context[-1][0] != tag:
                continue
            assert section is not None
            if section.depth > len(context):
                for earlier in reversed(data):
                    if earlier.depth <= len(context):
                        section.depth = float("inf")
                        section = earlier
                        break
            context.pop()
            open_tags[tag] -= 1
            if tag in skipped:
                in_skipped -= 1
                if tag not in _ALWAYS_SKIPPED:
                    skipped.remove(tag)
                    in_skipped -= open_tags[tag]
                continue
            if tag in _KEPT and not in_skipped:
                kept = section.title if open_tags[section.tag] else section.text
                index = kept.index(f"<{tag}>")
                if any(not item.isspace() for item in kept[index + 1:]):
                    kept.append(f"</{tag}>")
                else:
                    del kept[index:]
    return data


def sections(html: str, element: Callable[..., Any], section: Callable[..., Any]) -> list[Any] | None:
    """The sections Material's parser divides ``html`` into, made with its ``Element`` and
    ``Section`` classes; None when ``html`` is not plain enough to be read here (see above)."""
    divided = _divide(html)
    if divided is None:
        return None
    made = []
    for part in divided:
        made_section = section(element(part.tag, part.attrs), part.depth)
        made_section.title, made_section.text, made_section.id = part.title, part.text, part.id
        made.append(made_section)
    return made


def read_quickly(index: Any) -> bool:
    """Have Material's search index (its ``SearchIndex``) divide pages with :func:`sections`.

    The index's own ``add_entry_from_context`` is replaced, on this instance only, by the same
    steps with the quicker division. False, and the index left as it is, when it is not
    Material's, or not as this knows it.
    """
    name = type(index).__module__
    if not name.startswith("material.plugins.search") or getattr(index, "reads_quickly", False):
        return False
    module = __import__(name, fromlist=["Parser"])
    parser, element, section = (getattr(module, n, None) for n in ("Parser", "Element", "Section"))
    if not (isinstance(parser, type) and issubclass(parser, HTMLParser) and callable(element)
            and callable(section) and callable(getattr(index, "create_entry_for_section", None))):
        return False
    create: Callable[..., None] = index.create_entry_for_section

    def add_entry_from_context(page: Any) -> None:
        # Material's SearchIndex.add_entry_from_context, dividing the page with sections().
        search = page.meta.get("search") or {}
        if search.get("exclude"):
            return
        divided = sections(page.content, element, section)
        if divided is None:
            reader = parser()
            reader.feed(page.content)
            reader.close()
            divided = reader.data
        for part in divided:
            if not part.is_excluded():
                create(part, page.toc, page.url, page)

    index.add_entry_from_context = add_entry_from_context
    index.reads_quickly = True
    return True
