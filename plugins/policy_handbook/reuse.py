"""Under `mkdocs serve`, a generated page's work from the previous build, reused while its inputs are the same.

After a one-line edit most generated pages come out of the renderer unchanged, yet MkDocs
converts every page's Markdown again, Material's search plugin reads every page's HTML again,
and the theme renders every page again (navigation, header, table of contents). For each
generated page :class:`PageReuse` keeps the results of the previous build, each under a digest
of everything that result depends on:

- the page's Markdown, when the page states its inputs (``Page.inputs``, see render/inputs.py):
  those inputs and what every page shares; the Markdown is then not made at all;
- the converted page (HTML, table of contents, title, metadata, anchors and links for MkDocs'
  anchor validation): the page's Markdown, its path, every file of the site with its URL, and
  the configuration;
- the page's search entries: the converted page, its URL, title, table of contents and
  metadata, and the search plugin's configuration;
- the page as written: the converted page, its title, metadata, URL, table of contents, the
  previous and next pages' titles and URLs, the whole navigation, the page's dates and links,
  the configuration and the theme's files.

The configuration's digest covers every setting and every plugin's options; the theme's,
every file of every theme folder with its size and modification time. Nothing is kept across
`mkdocs build` runs, under ``--dirty``, with plugins other than search and this one (their
effect on a page is unknown), with a theme other than Material, or while the sources do not
load. A page whose conversion or rendering logged anything is not kept, so its messages come
again. What is kept is compressed (a large handbook's pages are many megabytes of HTML).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import zlib
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page as MkPage

log = get_plugin_logger("policy-handbook")

REUSED_TEMPLATE = "policy-handbook-reused.html"
"""The theme template of a page whose written HTML is reused: it renders next to nothing."""

SEARCH_PLUGINS = frozenset({"material/search"})
KNOWN_PLUGINS = SEARCH_PLUGINS | {"policy-handbook"}


@dataclass
class Converted:
    """A generated page's Markdown, converted: what MkDocs and this plugin made of it."""

    key: bytes
    packed: bytes
    """The HTML, compressed."""
    digest: bytes
    meta: dict
    """The Markdown's front matter, as MkDocs read it."""
    toc: Any
    title: str | None
    anchor_ids: frozenset[str]
    markdown_links: dict[str, dict[str, str]] | None
    """Links to anchors MkDocs found in the Markdown: target page's path, anchor, link."""
    block_links: tuple[str, ...]
    """Links in the page's HTML blocks (see html_blocks.py)."""


@dataclass
class _Kept:
    """One page's results, each with the digest it was kept under."""

    converted: Converted | None = None
    inputs: tuple[bytes, bytes] | None = None
    """The digest of the page's inputs, and of the Markdown they made."""
    search: tuple[bytes, bytes] | None = None
    written: tuple[bytes, bytes] | None = None


@dataclass
class PageReuse:
    """What the previous builds of one `mkdocs serve` made of each generated page.

    ``reused`` names the pages of the last build that reused each kind of result (``markdown``:
    not made, as its inputs were unchanged; ``converted``, ``search``, ``written``); ``pages``
    counts its generated pages.
    """

    _kept: dict[str, _Kept] = field(default_factory=dict)
    _site: bytes | None = None
    _theme: bytes = b""
    _search_options: bytes = b""
    _keys: dict[str, bytes] = field(default_factory=dict)
    _inputs: dict[str, tuple[bytes, bytes]] = field(default_factory=dict)
    _digests: dict[str, bytes] = field(default_factory=dict)
    _search_keys: dict[str, bytes] = field(default_factory=dict)
    _written_keys: dict[str, bytes] = field(default_factory=dict)
    _reusing: dict[str, Converted] = field(default_factory=dict)
    _written_planned: set[str] = field(default_factory=set)
    _search: bool = True
    _messages: _Counter | None = None
    _templates: _Templates = field(default_factory=lambda: _Templates())
    reused: dict[str, set[str]] = field(default_factory=dict)
    pages: int = 0

    # --- one build ---------------------------------------------------------------------

    def start(self, config: MkDocsConfig, files: Files, *, serving: bool, problems: bool) -> None:
        """Begin a build (from on_nav, when the site's files and configuration are final)."""
        self._keys, self._digests, self._search_keys, self._written_keys, self._reusing = {}, {}, {}, {}, {}
        self._inputs, self._written_planned, self._search = {}, set(), True
        self.reused, self.pages = {"markdown": set(), "converted": set(), "search": set(), "written": set()}, 0
        reason = why_not(config, serving=serving, problems=problems)
        if reason:
            if serving:
                log.debug(f"serve: no page is reused ({reason})")
            self._site = None
            self._kept = {}
            return
        self._site = _digest(_configuration(config), _files(files))
        self._theme = _digest(_theme_files(config.theme.dirs))
        search = search_plugin(config)
        self._search_options = _digest(repr(sorted(dict(search.config).items())) if search else "")
        if self._messages is None:
            self._messages = _Counter()
            logging.getLogger("mkdocs").addHandler(self._messages)

    @property
    def active(self) -> bool:
        """True during a build that may reuse pages (see :meth:`start`)."""
        return self._site is not None

    def finish(self, generated: Iterable[str]) -> None:
        """End a build: forget the pages it did not make, and log what was reused."""
        if self._messages is not None:
            logging.getLogger("mkdocs").removeHandler(self._messages)
            self._messages = None
        if not self.active:
            return
        keep = set(generated)
        self._kept = {uri: kept for uri, kept in self._kept.items() if uri in keep}
        log.debug(f"serve: of {self.pages} generated pages, reused " +
                  ", ".join(f"{len(uris)} {kind}" for kind, uris in self.reused.items()))
        self._site = None

    def abandon(self) -> None:
        """A failed build: keep nothing of what it half made."""
        self._kept = {}
        self.finish(())

    # --- the converted page --------------------------------------------------------------

    def unmade(self, src_uri: str, inputs: bytes | None) -> bool:
        """True when a generated page's Markdown need not be made: its ``inputs`` (a digest, see
        render/inputs.py) are those of a kept page, whose converted page is reused."""
        if not self.active or inputs is None:
            return False
        kept = self._kept.get(src_uri)
        if not (kept and kept.inputs and kept.converted and kept.inputs[0] == inputs):
            return False
        if not self._reuse(src_uri, kept, _digest(self._site, src_uri, kept.inputs[1])):
            return False
        self.reused["markdown"].add(src_uri)
        return True

    def read(self, src_uri: str, data: bytes, inputs: bytes | None = None) -> bool:
        """Note a generated page's Markdown (made from ``inputs``, when it states them); true when
        its converted page can be reused."""
        if not self.active:
            return False
        markdown = _digest(data)
        if inputs is not None:
            self._inputs[src_uri] = (inputs, markdown)
        kept = self._kept.get(src_uri)
        if self._reuse(src_uri, kept, _digest(self._site, src_uri, markdown)):
            kept.inputs = self._inputs.get(src_uri)
            return True
        return False

    def _reuse(self, src_uri: str, kept: _Kept | None, key: bytes) -> bool:
        self.pages += 1
        self._keys[src_uri] = key
        if self._messages is not None:
            self._messages.mark(src_uri)
        if kept and kept.converted and kept.converted.key == key:
            self._reusing[src_uri] = kept.converted
            self.reused["converted"].add(src_uri)
            return True
        return False

    def meta(self, src_uri: str) -> dict:
        """The front matter of the page whose converted page :meth:`read` or :meth:`unmade` found reusable."""
        return dict(self._reusing[src_uri].meta)

    def is_reusing(self, src_uri: str) -> bool:
        """True when :meth:`read` found the page's converted page reusable."""
        return src_uri in self._reusing

    def take(self, src_uri: str) -> Converted | None:
        """The converted page :meth:`read` found reusable, once."""
        converted = self._reusing.pop(src_uri, None)
        if converted is not None:
            self._digests[src_uri] = converted.digest
        return converted

    def keep_converted(self, page: MkPage, html: bytes, packed: bytes,
                       markdown_links: dict[str, dict[str, str]] | None, block_links: list[str]) -> None:
        """Keep a page's converted HTML (``html`` encoded, and ``packed``) and what MkDocs learned converting it.

        ``markdown_links`` are MkDocs' links to anchors as they were before this plugin added the
        page's HTML blocks' ``block_links`` to them.
        """
        key = self._keys.get(page.file.src_uri)
        if key is None:
            return
        digest = self._digests[page.file.src_uri] = _digest(html)
        if self._logged(page.file.src_uri):
            return
        kept = self._kept.setdefault(page.file.src_uri, _Kept())
        kept.converted = Converted(
            key, packed, digest, dict(page.meta), page.toc, page._title_from_render,
            frozenset(page.present_anchor_ids or ()), markdown_links, tuple(block_links))
        kept.inputs = self._inputs.get(page.file.src_uri)

    # --- search and the written page --------------------------------------------------------

    def plan(self, pages: Iterable[MkPage], nav: Navigation) -> set[str]:
        """Decide, for every generated page, whether its search entries and written HTML are reused.

        Called from on_env, once every page is converted and titled. A page whose written HTML
        is reused gets :data:`REUSED_TEMPLATE`; the paths of those pages are returned.
        """
        if not self.active:
            return set()
        navigation = _digest(repr(_nav_signature(nav.items)))
        written: set[str] = set()
        for page in pages:
            uri = page.file.src_uri
            digest = self._digests.get(uri)
            if digest is None:
                continue
            meta = repr(sorted((str(k), repr(v)) for k, v in page.meta.items()))
            toc = repr(_toc_signature(page.toc))
            self._search_keys[uri] = _digest(self._search_options, digest, page.url, str(page.title), toc, meta)
            self._written_keys[uri] = key = _digest(
                self._site, self._theme, navigation, uri, page.url, digest, str(page.title), toc, meta,
                *(f"{other.title}\0{other.url}" if other else "-" for other in (page.previous_page, page.next_page)),
                str(page.canonical_url), str(page.edit_url), str(page.update_date), str(page.is_homepage))
            kept = self._kept.get(uri)
            if kept and kept.written and kept.written[0] == key:
                page.meta["template"] = REUSED_TEMPLATE
                written.add(uri)
        self._written_planned = written
        return written

    def building(self, src_uri: str) -> None:
        """The page's template is about to be rendered (messages from now on keep its HTML from being kept)."""
        if self._messages is not None and src_uri in self._written_keys:
            self._messages.mark(src_uri)

    def needs_html(self, page: MkPage) -> bool:
        """False when neither the theme nor search will read the page's HTML."""
        return not (page.file.src_uri in self._written_planned and (not self._search or self.searched(page)))

    def searched(self, page: MkPage) -> bool:
        """True when the page's search entries are kept (see :meth:`wrap_search`)."""
        key = self._search_keys.get(page.file.src_uri)
        kept = self._kept.get(page.file.src_uri)
        return key is not None and kept is not None and kept.search is not None and kept.search[0] == key

    def wrap_search(self, config: MkDocsConfig) -> None:
        """Have Material's search index take a page's kept entries instead of reading its HTML again."""
        if not self.active:
            return
        plugin = search_plugin(config)
        if plugin is None or not plugin.config.enabled:
            self._search = False
            return
        index = getattr(plugin, "search_index", None)
        if index is None or not isinstance(getattr(index, "entries", None), list):
            self._search_keys = {}  # not the index this knows: nothing reused, every page's HTML read
            return
        original: Callable[[MkPage], None] = index.add_entry_from_context

        def add_entry_from_context(page: MkPage) -> None:
            uri = page.file.src_uri
            key = self._search_keys.get(uri)
            if key is None:
                return original(page)
            if self.searched(page):
                index.entries.extend(json.loads(zlib.decompress(self._kept[uri].search[1])))
                self.reused["search"].add(uri)
                return None
            start = len(index.entries)
            original(page)
            entries = json.dumps(index.entries[start:], separators=(",", ":"), default=str)
            self._kept.setdefault(uri, _Kept()).search = (key, zlib.compress(entries.encode("utf-8"), 1))

        index.add_entry_from_context = add_entry_from_context

    def written_before(self, page: MkPage) -> bytes | None:
        """The digest of the page as written, when the previous build wrote the same (planned so by :meth:`plan`)."""
        key = self.written_as(page.file.src_uri)
        if key is None or page.meta.get("template") != REUSED_TEMPLATE:
            return None
        self.reused["written"].add(page.file.src_uri)
        return key

    def written_as(self, src_uri: str) -> bytes | None:
        """The digest under which the page's output, as :meth:`written` returned it, is kept (None: not kept)."""
        key = self._written_keys.get(src_uri)
        kept = self._kept.get(src_uri)
        return key if key is not None and kept and kept.written and kept.written[0] == key else None

    def written(self, page: MkPage, output: str) -> str:
        """The page as written: kept from before when planned so, else ``output``, which is kept."""
        uri = page.file.src_uri
        key = self._written_keys.get(uri)
        if key is None:
            return output
        if self.written_before(page) is not None:
            return zlib.decompress(self._kept[uri].written[1]).decode("utf-8", "surrogatepass")
        kept = self._kept.setdefault(uri, _Kept())
        if not self._logged(uri):
            kept.written = (key, zlib.compress(output.encode("utf-8", "surrogatepass"), 1))
        return output

    def theme_templates(self, env: jinja2.Environment) -> None:
        """Let the theme's templates be compiled once per serve, not once per build."""
        if self.active and env.bytecode_cache is None:
            env.bytecode_cache = self._templates

    def _logged(self, src_uri: str) -> bool:
        return self._messages is None or self._messages.since(src_uri)


class _Counter(logging.Handler):
    """Counts MkDocs' messages, so that a page whose building logged any is not kept."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0
        self._marks: dict[str, int] = {}

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1

    def mark(self, src_uri: str) -> None:
        self._marks[src_uri] = self.count

    def since(self, src_uri: str) -> bool:
        return self.count != self._marks.get(src_uri, -1)


class _Templates(jinja2.BytecodeCache):
    """Compiled templates, in memory; Jinja checks each against its template's source."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


def search_plugin(config: MkDocsConfig):
    """The search plugin this knows (Material's), if the site uses it."""
    return next((plugin for name, plugin in config.plugins.items() if name in SEARCH_PLUGINS), None)


def why_not(config: MkDocsConfig, *, serving: bool, problems: bool) -> str | None:
    """Why a build may not reuse the previous one's work, or None when it may."""
    if not serving:
        return "not serving"
    if problems:
        return "the sources do not load"
    if config.theme.name != "material":
        return f"the theme is {config.theme.name}, not material"
    other = sorted(set(config.plugins) - KNOWN_PLUGINS)
    if other:
        return "plugins " + ", ".join(other) + " may change any page"
    return None


def _digest(*parts: bytes | str | None) -> bytes:
    hasher = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode("utf-8", "surrogatepass")
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.digest()


def _configuration(config: MkDocsConfig) -> str:
    """Every setting but the navigation, and every plugin's name and options (a plugin's repr is its address).

    The navigation changes with a page's title, and converting a page does not read it; the
    written pages' digest has the navigation MkDocs made of it.
    """
    settings = [(key, repr(value)) for key, value in config.items() if key not in ("plugins", "nav")]
    plugins = [(name, repr(sorted(dict(plugin.config).items()))) for name, plugin in config.plugins.items()]
    return repr((settings, plugins))


def _files(files: Files) -> str:
    return repr(sorted((f.src_uri, f.dest_uri, f.url, f.inclusion.name, f.edit_uri) for f in files))


def _theme_files(dirs: list[str]) -> str:
    stamps = []
    for folder in dirs:
        for root, subfolders, names in os.walk(folder):
            subfolders.sort()
            for name in sorted(names):
                path = os.path.join(root, name)
                stat = os.stat(path)
                stamps.append((path, stat.st_size, stat.st_mtime_ns))
    return repr(stamps)


def _nav_signature(items: list) -> list:
    signature = []
    for item in items:
        if isinstance(item, Section):
            signature.append(("section", item.title, _nav_signature(item.children)))
        elif isinstance(item, Link):
            signature.append(("link", item.title, item.url))
        else:
            signature.append(("page", item.title, item.url))
    return signature


def _toc_signature(toc: Iterable) -> list:
    return [(item.title, item.id, item.level, _toc_signature(item.children)) for item in toc]
